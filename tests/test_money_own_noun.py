"""The noun a figure is the amount of ('Investitionen in Höhe von …') decides its kind before a stronger cue
elsewhere in the sentence; a genitive attribute ('den Bau eines Kraftwerks im Wert von …') does not."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def _kinds(text: str) -> list[tuple[str, float]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value) for f in record.facts]


@pytest.mark.parametrize("text, facts", [
    ("Im Rahmen des Handelsabkommens sagte Japan Investitionen in Höhe von 80 Milliarden Dollar in Brasilien zu.",
     [("investment", 8e10)]),
    ("Oman hatte auf der Konferenz für Jemen Kredite und Investitionen von 500 Millionen Dollar zugesagt.",
     [("investment", 5e8)]),
    ("Unterzeichnet wurde ein Abkommen über einen Zuschuss von 25 Millionen Euro für Benin.", [("aid", 2.5e7)]),
    ("Bei dem Treffen sagte Singapur Investitionen von 2 Milliarden Dollar in das Industrieparkprojekt zu.",
     [("investment", 2e9)]),
    ("Ein spanisches Konsortium erhielt den Auftrag für den Bau eines Kraftwerks in Chile im Wert von 900 Millionen "
     "Euro.", [("contract_value", 9e8)]),
])
def test_the_figures_own_noun_decides(text: str, facts: list[tuple[str, float]]) -> None:
    assert _kinds(text) == facts


def test_a_project_that_requires_investments_keeps_its_value() -> None:
    assert _kinds("Das Wasserstoffprojekt, dessen erste Phase Investitionen von 3 Milliarden Dollar erfordert, "
                  "soll 2028 fertig sein.") == [("project_value", 3e9)]
