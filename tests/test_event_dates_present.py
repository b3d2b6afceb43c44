"""A present tense, 'für' or this week/month/year: what the sentence announces lies ahead (planned, dated forwards)."""

from __future__ import annotations

import pytest

from tests.event_reading import dyads, events

THURSDAY = "2024-03-14"


@pytest.mark.parametrize("text, want", [
    # present tense with this week: the visit still lies ahead
    ("Diese Woche reist der Präsident Sambias nach Angola.", ("ZMB", "AGO", "2024-03", "planned")),
    # "am Wochenende" with a present "reist": the coming weekend
    ("Am Wochenende reist der Präsident Sambias nach Angola.", ("ZMB", "AGO", "2024-03-16", "planned")),
    # "für" + a year-less month: the coming one, not last year's
    ("Der Präsident Togos sagte für Juli einen Gegenbesuch in Benin zu.", ("TGO", "BEN", "2024-07", "planned")),
    # "für" + a year-less day
    ("Ein Besuch des Präsidenten Togos in Benin ist für den 2. April geplant.",
     ("TGO", "BEN", "2024-04-02", "planned")),
])
def test_present_tense_lies_ahead(text: str, want: tuple[str, str, str, str]) -> None:
    found = [(a, b, d, s) for _, a, b, d, s in dyads(events(text, THURSDAY))]
    assert want in found or (want[1], want[0], *want[2:]) in found, found


def test_weekday_of_the_publication_day_in_the_present_is_today() -> None:
    found = dyads(events("Am Donnerstag trifft der Präsident Ghanas den Premierminister Jamaikas.", THURSDAY))
    assert [d for _, _, _, d, _ in found] == ["2024-03-14"]


def test_seit_with_a_present_verb_stays_in_the_past() -> None:
    found = dyads(events("Seit März treffen sich die Unterhändler Perus und Ecuadors jede Woche. "
                         "Am 2. März unterzeichneten Peru und Ecuador ein Abkommen.", THURSDAY))
    assert found and all(d is None or d <= THURSDAY for _, _, _, d, _ in found), found


def test_noun_treffen_is_no_present_verb() -> None:
    found = dyads(events("Beim Treffen im Februar kritisierte der Präsident Perus Ecuador scharf.", THURSDAY))
    assert ("criticism", "PER", "ECU", "2024-02", "occurred") in found, found


def test_fuer_a_date_just_past_stays_in_this_year() -> None:
    from chronik.extract.time import find_times, resolve_times
    from chronik.model import DocDate

    [t] = resolve_times(find_times("Die für den 3. März geplante Reise wurde abgesagt."), DocDate(THURSDAY))
    assert (t.value, t.future) == ("2024-03-03", False)


@pytest.mark.parametrize("text, want", [
    # a year-less date opening the sentence, the verb in second place: finite present, what lies ahead
    ("Im April besucht der Präsident Sambias Angola.", ("ZMB", "AGO", "2024-04", "planned")),
    # a plural present in second place
    ("Ende März unterzeichnen Sambia und Angola ein Abkommen über Wasser.", ("ZMB", "AGO", "2024-03", "planned")),
    # the same verb as the participle of a perfect: what has happened
    ("Der Präsident Sambias hat im Februar Angola besucht.", ("ZMB", "AGO", "2024-02", "occurred")),
])
def test_fronted_present(text: str, want: tuple[str, str, str, str]) -> None:
    found = [(a, b, d, s) for _, a, b, d, s in dyads(events(text, THURSDAY))]
    assert want in found, found
