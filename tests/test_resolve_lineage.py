"""Arabic chain names across documents: 'Hamad bin Khalid' and 'Hamad bin Khalid Al Nahyan' (own name, father's
name, the family name written or not) are one person; another family or another own name is another person."""

from __future__ import annotations

import pytest

from chronik.resolve.keys import lineage, split_name
from tests.resolve_reading import corpus_kb, same_entity


def test_family_name_written_or_not_is_one_person() -> None:
    kb = corpus_kb("Der emiratische Minister Mansur bin Tahnun traf am Montag in Abu Dhabi den Botschafter.",
                   "Scheich Mansur bin Tahnun Al Nahyan reiste am Mittwoch zu Gesprächen nach Nairobi.")
    assert same_entity(kb, "Mansur bin Tahnun", "Mansur bin Tahnun Al Nahyan")


@pytest.mark.parametrize(("one", "other"), [
    ("Khalid bin Hamad Al Attiyah", "Khalid bin Hamad Al Khalifa"),
    ("Saif bin Tahnun", "Hazza bin Tahnun"),
])
def test_other_family_or_own_name_is_another_person(one: str, other: str) -> None:
    kb = corpus_kb(f"Der Minister {one} traf am Montag in Doha den kenianischen Botschafter.",
                   f"Der Minister {other} reiste am Mittwoch zu Gesprächen nach Nairobi.")
    assert not same_entity(kb, one, other)


def test_lineage_reads_own_father_and_family_name() -> None:
    assert lineage(split_name("Mansur bin Tahnun")) == ("Mansur", "Tahnun", "")
    assert lineage(split_name("Mansur bin Tahnun Al Nahyan")) == ("Mansur", "Tahnun", "Al Nahyan")
    assert lineage(split_name("Abdel Fattah al-Sisi")) is None


def test_a_dropped_bin_is_the_same_chain() -> None:
    kb = corpus_kb("Der katarische Energieminister Saad bin Scharida traf am Montag in Doha den Botschafter.",
                   "Der katarische Energieminister Saad Scharida reiste am Mittwoch zu Gesprächen nach Tokio.")
    assert same_entity(kb, "Saad bin Scharida", "Saad Scharida")
    kb = corpus_kb("Der katarische Energieminister Saad Scharida reiste am Mittwoch zu Gesprächen nach Tokio.",
                   "Der katarische Finanzminister Saad Kaabi traf am Montag in Doha den japanischen Botschafter.")
    assert not same_entity(kb, "Saad Scharida", "Saad Kaabi")
