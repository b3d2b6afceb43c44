"""Nationality nouns after a definite article stand for their state ("Die Iraner kritisierten …"); counted or
bare ones stay patients ("sieben Amerikaner festgenommen"). Sentences from the source/target audit."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Die Iraner kritisierten am Montag die Haltung der Saudis.", ("ACCUSE", "criticism", "IRN", "SAU", "occurred")),
    ("Die Türken drohten den Griechen mit Konsequenzen.", ("THREATEN", "threat", "TUR", "GRC", "occurred")),
    ("Die Kenianer unterstützen die Kandidatur der Äthiopier.", ("SUPPORT", "support_statement", "KEN", "ETH",
                                                                "occurred")),
])
def test_a_nationality_noun_after_the_article_acts_for_its_state(text: str, want: tuple) -> None:
    assert want in found(text)


def test_the_two_sides_named_by_nationality_nouns_meet() -> None:
    got = found("Die Argentinier und die Chilenen trafen sich am Dienstag in Mendoza zu Gesprächen.")
    assert {(t, s, o) for t, _, s, o, _ in got} >= {("CONSULT", "ARG", "CHL")}


def test_counted_nationals_stay_patients() -> None:
    got = found("Die Polizei in Lagos nahm sieben Amerikaner fest, teilte die Regierung Nigerias mit.")
    assert all(s != "USA" for _, _, s, _, _ in got)
