"""The von-phrase of an attributive participle names who did its act ("die von X kritisierte Entscheidung Ys":
X criticises Y); a mediator's participle ("das von X vermittelte Abkommen") keeps X a mediator."""

from __future__ import annotations

from tests.event_reading import found


def pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t, s, o) for t, _, s, o, _ in found(text)]


def test_the_agent_of_a_participle_criticises() -> None:
    got = pairs("Die von Uruguay scharf kritisierte Entscheidung Argentiniens, die Fähren zu stoppen, bleibt in Kraft.")
    assert ("ACCUSE", "URY", "ARG") in got
    assert ("ACCUSE", "ARG", "URY") not in got


def test_a_mediator_stays_outside_the_agreement() -> None:
    got = pairs("Das von Norwegen vermittelte Abkommen zwischen Kolumbien und Venezuela wurde am Freitag "
                "unterzeichnet.")
    assert ("SUPPORT", "COL", "VEN") in got or ("SUPPORT", "VEN", "COL") in got
    assert not any("NOR" in (s, o) for _, s, o in got)
