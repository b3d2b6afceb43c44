"""Protests and justifications: a crowd before a country's embassy protests toward that country; 'Kritik aus
<place>' is that place's state's criticism; a measure 'begründet … mit dem Vorwurf' or 'mit der angeblichen
Unterstützung' of another state accuses it; 'zitierte … ins Außenministerium' summons."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Vor der Botschaft Frankreichs in Dakar protestierten am Freitag mehrere Hundert Menschen gegen die "
     "Militärpräsenz.", ("PROTEST", "protest", "SEN", "FRA")),
    ("In Ouagadougou haben am Morgen rund 300 Menschen vor der russischen Botschaft demonstriert.",
     ("PROTEST", "protest", "BFA", "RUS")),
    ("Im Januar hatten Demonstranten die kuwaitische Botschaft in Bagdad gestürmt, wie irakische Medien berichteten.",
     ("PROTEST", "protest", "IRQ", "KWT")),
    ("Nach scharfer Kritik aus Warschau zog Belarus den Entwurf zurück.", ("ACCUSE", "criticism", "POL", "BLR")),
    ("Peru begründete den Schritt mit „wiederholten Verletzungen“ seines Luftraums durch Bolivien.",
     ("ACCUSE", "criticism", "PER", "BOL")),
    ("Begründet wurde die Grenzschließung Tansanias mit dem Vorwurf, Malawi unterstütze Schmuggler.",
     ("ACCUSE", "criticism", "TZA", "MWI")),
    ("Die Regierung Ghanas zitierte den nigerianischen Hochkommissar ins Außenministerium.",
     ("ACCUSE", "criticism", "GHA", "NGA")),
])
def test_a_protest_or_criticism(text: str, want: tuple[str, str, str, str]) -> None:
    assert want in [e[:4] for e in found(text)]


@pytest.mark.parametrize("text", [
    "In Lima protestierten Tausende gegen die Rentenreform der Regierung.",
    "Die Polizei Kenias hat die Botschaft Ugandas in Nairobi gestürmt und Dokumente beschlagnahmt.",
    "Der Kanzler hatte den Premier Ungarns gegen Kritik aus Brüssel in Schutz genommen.",
])
def test_no_protest_or_criticism(text: str) -> None:
    assert not [e for e in found(text) if e[0] in ("PROTEST", "ACCUSE")]
