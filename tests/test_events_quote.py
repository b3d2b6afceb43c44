"""Demands and threats told in a Konjunktiv sentence that goes on with the quote of a speaker named in
the sentence before, and expectations stated in a zu-infinitive."""

from __future__ import annotations

from tests.event_reading import found

SAID = "Der ugandische Präsident Yoweri Museveni sagte am Montag in Kampala, Uganda sei bereit. "


def _acts(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return sorted((t, s, a, b) for t, s, a, b, _ in found(text) if s in ("demand", "threat"))


def test_named_state_told_what_it_must_do_in_the_next_sentence() -> None:
    assert _acts(SAID + "Ruanda müsse die Angriffe sofort einstellen.") == [("REQUEST", "demand", "UGA", "RWA")]
    assert _acts(SAID + "Kigali solle seine Rhetorik mäßigen.") == [("REQUEST", "demand", "UGA", "RWA")]


def test_demand_with_sonst_is_also_a_threat() -> None:
    assert _acts(SAID + "Kanada müsse die Lieferungen stoppen, sonst werde Kampala entsprechend antworten.") == [
        ("REQUEST", "demand", "UGA", "CAN"), ("THREATEN", "threat", "UGA", "CAN")]


def test_no_speaker_before_gives_no_demand() -> None:
    assert _acts("Die Lage in der Region bleibt angespannt. Ruanda müsse nun abwarten.") == []


def test_expectation_in_a_zu_infinitive_is_a_demand() -> None:
    assert _acts("Der ugandische Präsident Yoweri Museveni erwarte von Kigali, die Grenzübergänge "
                 "rasch zu öffnen, sagte ein Sprecher.") == [("REQUEST", "demand", "UGA", "RWA")]
