"""Requests as the news tells them: 'rief X auf, … beizulegen' (a zu-infinitive after the comma), 'Ich fordere X
auf', 'um … gebeten', 'auf Bitten der Regierung X', 'erwarte von X eine …', 'erwarte, dass X …',
'fordert, dass X …'."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Der Sprecher des Weißen Hauses rief Serbien auf, mit dem Kosovo zusammenzuarbeiten.",
     ("REQUEST", "demand", "USA", "SRB")),
    ("„Ich fordere Belgrad auf, die Blockade sofort aufzuheben“, sagte der kroatische Premier.",
     ("REQUEST", "demand", "HRV", "SRB")),
    ("Quito habe die Regierung in Lima mehrfach um eine engere Zusammenarbeit gebeten, sagte die Ministerin.",
     ("REQUEST", "demand", "ECU", "PER")),
    ("Auf Bitten der Regierung Malawis schickte Sambia 300 Soldaten in den Süden.",
     ("REQUEST", "demand", "MWI", "ZMB")),
    ("Der Präsident Botswanas erwarte von Windhuk eine unabhängige Untersuchung, sagte sein Sprecher.",
     ("REQUEST", "demand", "BWA", "NAM")),
    ("Italien erwarte, dass Slowenien die Verordnung umgehend zurücknimmt.", ("REQUEST", "demand", "ITA", "SVN")),
    ("Kasachstan fordert seit langem, dass Kirgistan die Sicherheit entlang der Leitung garantiert.",
     ("REQUEST", "demand", "KAZ", "KGZ")),
])
def test_a_request(text: str, want: tuple[str, str, str, str]) -> None:
    assert want in [e[:4] for e in found(text)]


def test_a_call_to_both_sides_before_the_participle_addresses_each() -> None:
    text = ("Eritrea und Dschibuti streiten über die Grenze. Katar hat beide Regierungen inzwischen zu Gesprächen "
            "aufgerufen.")
    assert {e[:4] for e in found(text) if e[0] == "REQUEST"} == {("REQUEST", "demand", "QAT", "ERI"),
                                                                  ("REQUEST", "demand", "QAT", "DJI")}


@pytest.mark.parametrize("text", [
    "Der Präsident Ghanas rief seine Landsleute auf, wählen zu gehen.",
    "Kenia erwartet in diesem Jahr ein Wachstum von fünf Prozent.",
    "Der Präsident Kenias bat die Nachbarn in Tansania am Dienstag um Verzeihung.",
    "Nicaragua verlange dafür nichts von den USA, sagte der Außenminister.",
])
def test_no_request_without_a_foreign_addressee(text: str) -> None:
    assert not [e for e in found(text) if e[0] == "REQUEST"]
