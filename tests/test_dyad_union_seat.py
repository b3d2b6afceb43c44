"""The EU's seat city as the EU: in an article that names the EU as an actor and the city's country in no other
way, "Brüssel" acting or addressed is the EU (GUIDELINES: the EU acting as one is EUU); where the article names
Belgium itself, or never names the EU, the city stays Belgium's."""

from __future__ import annotations

from tests.event_reading import found


def pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t, s, o) for t, _, s, o, _ in found(text)]


def test_the_seat_pays_out_for_the_eu() -> None:
    got = pairs("Die EU und Jordanien vertiefen ihre Partnerschaft. Weitere 300 Millionen Euro will Brüssel noch in "
                "diesem Jahr als Budgethilfe an Jordanien auszahlen.")
    assert ("AGREE", "EUU", "JOR") in got
    assert not any("BEL" in (s, o) for _, s, o in got)


def test_demands_from_the_seat_are_the_eus() -> None:
    got = pairs("Die EU verhandelt mit Ägypten über Migration. Vor wenigen Wochen wies Kairo Forderungen aus Brüssel "
                "zurück.")
    assert ("REJECT", "EGY", "EUU") in got
    assert ("REJECT", "EGY", "BEL") not in got


def test_an_agreement_with_the_seat_is_with_the_eu() -> None:
    got = pairs("Norwegen und die EU ringen um Fischereirechte. Im Dezember einigte sich Oslo mit Brüssel auf ein "
                "Fischereiabkommen.")
    assert ("SUPPORT", "NOR", "EUU") in got or ("SUPPORT", "EUU", "NOR") in got
    assert ("SUPPORT", "NOR", "BEL") not in got


def test_belgium_named_keeps_the_city_belgian() -> None:
    got = pairs("Die belgische Regierung streitet mit Burundi. Bujumbura brach am Montag die Beziehungen zu Brüssel "
                "ab, die EU bedauerte den Schritt.")
    assert ("SANCTION", "BDI", "BEL") in got
    assert ("SANCTION", "BDI", "EUU") not in got


def test_without_the_eu_the_city_is_belgian() -> None:
    got = pairs("Der angolanische Präsident reiste am Montag zu einem Besuch nach Brüssel.")
    assert ("CONSULT", "AGO", "BEL") in got
