"""A condition opened by 'Sollte'/'Sollten' ("Sollte Indien Pakistan angreifen, werde …") tells no
happening: the act in it is neither an attack nor an announced one; the clause after it still counts."""

from __future__ import annotations

from tests.event_reading import dyads, events

LEAD = "Die Spannungen in der Region wachsen. "


def test_attack_in_a_sollte_condition_is_no_event() -> None:
    text = LEAD + "Sollte Indien Pakistan angreifen, werde die Antwort «sofort und mit aller Härte» erfolgen, sagte er."
    assert [d for d in dyads(events(text)) if d[0] == "attack"] == []


def test_signing_in_a_sollten_condition_is_no_event() -> None:
    text = LEAD + "Sollten Chile und Peru das Abkommen unterzeichnen, wäre das ein Durchbruch."
    assert dyads(events(text)) == []


def test_threat_after_the_condition_is_kept() -> None:
    text = LEAD + "Sollte Äthiopien den Sudan angreifen, werde Ägypten antworten."
    assert [(s, a, b) for s, a, b, _, _ in dyads(events(text))] == [("threat", "EGY", "ETH")]


def test_sollte_inside_a_main_clause_still_plans() -> None:
    text = LEAD + "Ghana sollte Togo am Montag besuchen, sagte der Sprecher."
    assert [(s, a, b, st) for s, a, b, _, st in dyads(events(text))] == [("visit", "GHA", "TGO", "planned")]
