"""A country adjective or genitive on a person's title ("die chilenische Präsidentin", "die Präsidentin Chiles",
"Chiles Präsidentin") names one person: acts told only of people (a flight, a stay) take it as their actor."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize("text", [
    "Die chilenische Präsidentin flog am Montag nach Lima.",
    "Die Präsidentin Chiles flog am Montag nach Lima.",
    "Chiles Präsidentin flog am Montag nach Lima.",
])
def test_a_titled_country_travels(text: str) -> None:
    assert ("CONSULT", "visit", "CHL", "PER", "occurred") in found(text)


def test_a_country_without_a_title_does_not_fly() -> None:
    assert all(s != "CHL" for _, _, s, _, _ in found("Die chilenische Fluggesellschaft flog am Montag nach Lima."))
