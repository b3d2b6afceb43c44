"""Social networks and messaging services are organisations; a one-letter name ("X") only after a cue."""

from __future__ import annotations

import pytest

from tests.entity_reading import read


def _orgs(text: str) -> list[str]:
    return [e.name for e in read(text).entities if e.type == "ORG"]


@pytest.mark.parametrize(("text", "name"), [
    ("Das schrieb die Ministerin am Abend auf der Plattform X.", "X"),
    ("Auf X nannte der Präsident Boliviens die Entscheidung einen Fehler.", "X"),
    ("Im Kurznachrichtendienst X warf er der Regierung in Quito Versagen vor.", "X"),
    ("Der Außenminister schrieb auf Twitter, er sei enttäuscht.", "Twitter"),
    ("In einer Mitteilung auf Telegram hieß es, die Grenze bleibe geschlossen.", "Telegram"),
    ("Die Regierung in Kathmandu sperrte die App Tiktok.", "Tiktok"),
    ("Das schrieb die Ministerin im Kurznachrichtendienst Mastodon.", "Mastodon"),
])
def test_a_platform_is_an_organisation(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize("text", [
    "Am Tag X sollen die Truppen abziehen.",
    "Die Generation X wählt anders als ihre Eltern.",
])
def test_a_letter_without_a_cue_is_no_platform(text: str) -> None:
    assert "X" not in _orgs(text)
