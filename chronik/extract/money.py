"""Money figures (first pass: '<number> Milliarden/Millionen <currency>')."""

from __future__ import annotations

import re

from chronik.model import Analysis, EntityLayer, Fact, TimeExpr

_SCALE = {"milliarden": 1e9, "milliarde": 1e9, "mrd": 1e9, "millionen": 1e6, "million": 1e6, "mio": 1e6}
_MONEY = re.compile(r"(\d+(?:,\d+)?)[\s-]*(Milliarden?|Millionen?|Mrd\.?|Mio\.?)[\s-]*(US-Dollar|Dollar|Euro)",
                    re.IGNORECASE)
_CURRENCY = {"us-dollar": "USD", "dollar": "USD", "euro": "EUR"}


def extract_facts(analysis: Analysis, layer: EntityLayer, times: list[TimeExpr]) -> list[Fact]:
    """Money facts of one document."""
    countries = sorted({e.country for e in layer.entities if e.type == "GPE" and e.country})[:2]
    facts = []
    for sent in analysis.sentences:
        for m in _MONEY.finditer(sent.text):
            value = float(m.group(1).replace(",", ".")) * _SCALE[m.group(2).lower().rstrip(".")]
            facts.append(Fact("other", value, _CURRENCY[m.group(3).lower()], "eq", None, countries,
                              sent.text, sent.start + m.start(), sent.start + m.end()))
    return facts
