"""Events told around another act: a meeting or visit named in a 'bei/während' phrase has happened
even when the clause agrees on something to come; a signing agreed on is still to come."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_meeting_in_a_bei_phrase_took_place_though_the_clause_agrees_on_more() -> None:
    got = dyads(events("Bei einem Treffen in Lima am Montag vereinbarten die Außenminister Perus und "
                       "Chiles eine engere Zusammenarbeit."))
    assert ("meeting", "PER", "CHL", "2024-06-17", "occurred") in got


def test_visit_in_a_waehrend_phrase_took_place_though_the_clause_agrees_on_more() -> None:
    got = dyads(events("Während ihres Besuchs in Santiago am Montag vereinbarte die peruanische "
                       "Außenministerin mit Chile eine engere Zusammenarbeit."))
    assert ("visit", "PER", "CHL", "2024-06-17", "occurred") in got


def test_agreed_visit_without_a_presupposing_phrase_stays_planned() -> None:
    got = dyads(events("Die Außenminister Perus und Chiles vereinbarten am Montag ein Treffen in Lima."))
    assert [d for d in got if d[0] == "meeting" and d[4] == "occurred"] == []


def test_signing_agreed_on_is_planned_and_the_meeting_it_was_agreed_at_happened() -> None:
    got = dyads(events("Bei einem Treffen am Dienstag in Accra vereinbarten der kenianische Präsident William "
                       "Ruto und der ghanaische Präsident Nana Akufo-Addo, ein Handelsabkommen zu unterzeichnen."))
    assert ("meeting", "KEN", "GHA", "2024-06-18", "occurred") in got
    assert [d for d in got if d[0] == "agreement_signed"] == [
        ("agreement_signed", "KEN", "GHA", "2024-06-18", "planned")]


def test_signing_before_an_agreement_on_further_talks_happened() -> None:
    got = dyads(events("Die Außenminister Perus und Chiles unterzeichneten am Montag ein Luftverkehrsabkommen "
                       "und vereinbarten, die Gespräche fortzusetzen."))
    assert ("agreement_signed", "PER", "CHL", "2024-06-17", "occurred") in got


def test_meeting_told_in_a_wo_clause_after_the_trip() -> None:
    got = dyads(events("Der ghanaische Außenminister reiste am Montag nach Dakar, wo er mit dem senegalesischen "
                       "Präsidenten Macky Sall zusammentraf."))
    assert ("visit", "GHA", "SEN", "2024-06-17", "occurred") in got
    assert [d[0] for d in got].count("meeting") == 1


def test_second_conjunct_of_a_reception_is_a_meeting() -> None:
    got = dyads(events("Die argentinische Außenministerin reiste am Montag nach Montevideo, wo sie vom uruguayischen "
                       "Präsidenten empfangen wurde und mit ihrem Amtskollegen zusammentraf."))
    assert ("meeting", "ARG", "URY", "2024-06-17", "occurred") in got


def test_a_council_convening_is_no_meeting() -> None:
    got = dyads(events("Der kenianische Sicherheitsrat, der am Samstag in Nairobi zusammenkam, verhängte "
                       "Einreiseverbote gegen ugandische Offiziere."))
    assert [d for d in got if d[0] == "meeting"] == []


def test_talks_held_by_coordinated_subjects_are_between_them() -> None:
    got = dyads(events("Peru und Chile hielten am Montag in Lima Konsultationen ab."))
    assert ("talks", "PER", "CHL", "2024-06-17", "occurred") in got
    got = dyads(events("Die Außenminister Perus und Chiles führten am Montag in Lima Konsultationen."))
    assert ("talks", "PER", "CHL", "2024-06-17", "occurred") in got


def test_meeting_of_coordinated_genitives_is_between_them() -> None:
    got = dyads(events("Nach dem Treffen der Präsidenten Kenias und Ghanas am Montag sagte Ruto, er sei zufrieden."))
    assert ("meeting", "KEN", "GHA", "2024-06-17", "occurred") in got


def test_guest_received_by_a_named_host_in_the_passive_also_met_the_host() -> None:
    got = dyads(events("Der ghanaische Präsident wurde 2012 von Königin Beatrix in Den Haag empfangen."))
    assert ("visit", "GHA", "NLD", "2012", "occurred") in got
    assert ("meeting", "GHA", "NLD", "2012", "occurred") in got


def test_passive_reception_followed_by_talks_is_no_extra_meeting() -> None:
    got = dyads(events("Der ghanaische Präsident wurde am Montag von Königin Beatrix in Den Haag empfangen. "
                       "Anschließend führten beide Gespräche über den Handel zwischen Ghana und den Niederlanden."))
    assert [d for d in got if d[0] == "meeting"] == []
