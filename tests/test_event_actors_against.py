"""Whom 'gegen' names with a country adjective is the target of the act before it, whatever the noun
("Sanktionen gegen russische Oligarchen", "gegen iranische Funktionäre"). Sentences from the source/target audit."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Großbritannien verhängte Sanktionen gegen russische Oligarchen.", ("SANCTION", "GBR", "RUS")),
    ("Südkorea verhängte Sanktionen gegen nordkoreanische Banken.", ("SANCTION", "KOR", "PRK")),
    ("Kanada kündigte Sanktionen gegen mehrere iranische Funktionäre an.", ("THREATEN", "CAN", "IRN")),
])
def test_the_adjective_after_gegen_names_the_target(text: str, want: tuple) -> None:
    assert want in [(t, s, o) for t, _, s, o, _ in found(text)]


def test_the_adjective_after_gegen_never_acts() -> None:
    got = found("Japan protestierte gegen chinesische Manöver vor den Senkaku-Inseln.")
    assert all(s != "CHN" for _, _, s, _, _ in got)


def test_nationals_after_fuer_are_the_target() -> None:
    got = found("Lettland verhängte ein Einreiseverbot für russische Staatsbürger.")
    assert ("LVA", "RUS") in [(s, o) for _, _, s, o, _ in got]
