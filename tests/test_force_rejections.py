"""Rejections: an account or charge denied when its author is told before, refusals to act, visits and
talks called off by one side, talks broken off."""

from __future__ import annotations

import pytest

from tests.event_reading import found


def _pairs(text: str, kind: str = "REJECT") -> set[tuple[str | None, str | None]]:
    return {(s, t) for k, _sub, s, t, _status in found(text) if k == kind}


@pytest.mark.parametrize(("text", "pair"), [
    ("Peru warf Ecuador Waffenschmuggel vor. Quito wies die Darstellung zurück.", ("ECU", "PER")),
    ("Benin beschuldigte Niger, Milizen zu dulden. Niamey bestritt jede Beteiligung.", ("NER", "BEN")),
    ("Eriwan macht Baku für den Beschuss verantwortlich. Aserbaidschan bestreitet das.", ("AZE", "ARM")),
    ("Laut Vietnam hatte Laos den Vertrag gebrochen. Vientiane ließ diese Darstellung nicht gelten.", ("LAO", "VNM")),
])
def test_denials_of_an_account(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_media_reports_denied_are_no_rejection() -> None:
    assert not _pairs("Der Minister wies Berichte über seinen Rücktritt zurück.")


@pytest.mark.parametrize(("text", "pair"), [
    ("Ungarn werde keine weiteren Waffen an die Ukraine liefern, sagte der Außenminister.", ("HUN", "UKR")),
    ("Der Präsident Boliviens weigerte sich, nach Santiago zu reisen.", ("BOL", "CHL")),
    ("Ghana sagte den geplanten Besuch des togoischen Präsidenten ab.", ("GHA", "TGO")),
    ("Ein geplantes Treffen der Außenminister in Lima wurde von Quito abgesagt.", ("ECU", "PER")),
    ("Die Regierung in Hanoi zog ihre Delegation aus den Verhandlungen mit Peking zurück.", ("VNM", "CHN")),
    ("Chile brach die Verhandlungen mit Bolivien ab.", ("CHL", "BOL")),
    ("Auf die Frage des argentinischen Gesandten beschied ihm der britische Premier, darüber gebe es "
     "nichts zu verhandeln.", ("GBR", "ARG")),
])
def test_refusals_and_cancellations(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_refused_trip_is_no_visit() -> None:
    assert not _pairs("Der Präsident Boliviens weigerte sich, nach Santiago zu reisen.", "CONSULT")


@pytest.mark.parametrize("text", [
    "Ein geplanter Besuch in einem Dorf im Norden Ghanas wurde abgesagt.",
    "Der Geistliche habe sich geweigert, das Land zu verlassen.",
    "Der Präsident Ghanas sagte seinen Besuch in Togo wegen einer Erkrankung ab.",
])
def test_cancellations_without_a_state_or_for_illness(text: str) -> None:
    assert not _pairs(text)


def test_cancellation_in_the_perfect_and_subordinate_clause() -> None:
    assert ("URY", "PRY") in _pairs("Nachdem Uruguay das Treffen mit Paraguay abgesagt hatte, stieg die Spannung.")
    assert ("KEN", "UGA") in _pairs("Kenia hat den Besuch des ugandischen Präsidenten abgesagt.")
    assert not _pairs("Der Besuch des Präsidenten Kenias in Uganda wurde abgesagt.")


def test_denial_followed_by_a_second_act() -> None:
    text = "Bahrain beschuldigte Katar. Doha bestritt dies und reichte seinerseits Beschwerde ein."
    assert ("QAT", "BHR") in _pairs(text)


@pytest.mark.parametrize(("text", "pair"), [
    ("Serbien schlug das Angebot Kroatiens aus, über die Grenze zu verhandeln.", ("SRB", "HRV")),
    ("Ungarn ließ Rumänien mit der Forderung abblitzen.", ("HUN", "ROU")),
    ("Pakistan erteilte dem Vorschlag Indiens eine klare Abfuhr.", ("PAK", "IND")),
])
def test_offers_turned_down_and_requests_rebuffed(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_a_ball_played_out_is_no_rejection() -> None:
    assert not _pairs("Der Stürmer aus Brasilien schlug den Ball ins Aus.")
