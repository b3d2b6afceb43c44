"""Compensation, reparations and damages are sums paid as redress: kind other, even when given only converted."""

from __future__ import annotations

import pytest

from tests.fact_reading import read


@pytest.mark.parametrize("text, value", [
    ("Die Regierung Perus kündigte an, betroffenen Familien Entschädigungen von umgerechnet insgesamt rund "
     "30 Millionen US-Dollar zu zahlen.", 30e6),
    ("Namibia fordert von Deutschland Reparationen in Höhe von 4 Milliarden Euro für den Völkermord.", 4e9),
    ("Ein Gericht verurteilte Venezuela zu Schadenersatz von 8 Milliarden Dollar an einen kanadischen Bergbaukonzern.",
     8e9),
    ("Der Irak zahlte Kuwait Entschädigungen von 52 Milliarden Dollar.", 52e9),
])
def test_redress_is_other(text: str, value: float) -> None:
    facts = read(text, "2025-03-01")
    assert [(f.kind, f.value) for f in facts] == [("other", pytest.approx(value))]


def test_aid_given_for_compensation_stays_aid() -> None:
    facts = read("Mexiko sagte Guatemala Hilfen von 30 Millionen Dollar zu, "
                 "um Entschädigungen für Flutopfer zu zahlen.", "2025-03-01")
    assert [(f.kind, f.value) for f in facts] == [("aid", pytest.approx(30e6))]
