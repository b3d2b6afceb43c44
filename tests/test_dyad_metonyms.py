"""Seats of government standing for their state in every inflected form ("Das Weiße Haus warf … vor")."""

from __future__ import annotations

from tests.event_reading import found


def test_the_white_house_with_its_article_is_the_us() -> None:
    got = [(t, s, o) for t, _, s, o, _ in found("Das Weiße Haus warf der kubanischen Regierung am Montag vor, "
                                                 "Spionage zu betreiben.")]
    assert ("ACCUSE", "USA", "CUB") in got
    assert ("ACCUSE", "CUB", "USA") not in got
