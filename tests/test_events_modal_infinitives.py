"""After a modal or the future ('will … gewähren', 'wird … liefern', 'soll … aufnehmen') the act's verb is an
infinitive: the triggers have those forms, and the act is planned."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Japan wird Sri Lanka weitere Hilfe in Höhe von 20 Millionen Dollar gewähren.", ("aid", "JPN", "LKA")),
    ("Estland wird der Ukraine weitere Haubitzen liefern.", ("aid", "EST", "UKR")),
    ("Norwegen will dem Sudan Hilfsgüter schicken.", ("aid", "NOR", "SDN")),
    ("Peru wird Bolivien Hilfe zusagen.", ("aid", "PER", "BOL")),
    ("Mexiko will die diplomatischen Beziehungen zu Ecuador wiederaufnehmen.", ("relations_established", "MEX", "ECU")),
    ("Fidschi will diplomatische Beziehungen zu Kosovo aufnehmen.", ("relations_established", "FJI", "XKX")),
    ("Peru will Palästina anerkennen.", ("recognition", "PER", "PSE")),
    ("Der Präsident Perus will mit dem Präsidenten Chiles verhandeln.", ("talks", "PER", "CHL")),
    ("Sambia will mit Malawi ein Abkommen über die Fischerei schließen.", ("agreement_signed", "ZMB", "MWI")),
])
def test_a_planned_act_in_the_infinitive(text: str, want: tuple[str, str, str]) -> None:
    assert [(subtype, src, tgt) for kind, subtype, src, tgt, status in found(text)
            if kind == "AGREE" and status == "planned"] == [want]


def test_an_infinitive_refusal_stays_a_rejection_and_an_access_granted_no_aid() -> None:
    assert found("Peru will Palästina nicht anerkennen.") == [("REJECT", "rejection", "PER", "PSE", "occurred")]
    assert found("Peru wird Chile keinen Zugang zum Hafen gewähren.") == []


def test_a_relations_participle_before_a_passive_auxiliary_still_reads() -> None:
    text = "Zwischen Mexiko und Ecuador sind die diplomatischen Beziehungen am Montag wiederaufgenommen worden."
    assert found(text) == [("SUPPORT", "relations_established", "MEX", "ECU", "occurred")]
