"""An attribution to a news outlet ('wie die Agentur Kyodo meldete', 'laut der Agentur Tass', 'dem Sender RTS
zufolge') names the outlet, not the actors after its verb: those still act."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Wie die Agentur Kyodo meldete, hat Japan Nordkorea scharf kritisiert.", ("ACCUSE", "JPN", "PRK")),
    ("Dem Sender RTS zufolge hat Serbien den kroatischen Botschafter einbestellt.", ("ACCUSE", "SRB", "HRV")),
    ("Laut der Agentur Tass hat Russland die Botschafterin Moldaus einbestellt.", ("ACCUSE", "RUS", "MDA")),
    ("Nach Informationen der Zeitung Kathimerini hat Griechenland die Türkei aufgefordert, die Bohrungen einzustellen.",
     ("REQUEST", "GRC", "TUR")),
])
def test_an_actor_after_the_outlets_verb_acts(text: str, want: tuple[str, str, str]) -> None:
    assert [(kind, src, tgt) for kind, _, src, tgt, _ in found(text)] == [want]


def test_an_outlet_named_after_its_media_word_is_no_actor() -> None:
    assert found("Die Zeitung „Ghana Times“ kritisierte Togo.") == []
