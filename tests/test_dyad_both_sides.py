"""'beide Seiten', 'beide Länder': when the clause names at most one country before the phrase, it stands for the
two countries listed together just before (not the article's two most-named ones); a group opening the clause is
its subject; 'mahnte beide Regierungen' addresses both."""

from __future__ import annotations

from tests.event_reading import found


def pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t, s, o) for t, _, s, o, _ in found(text)]


def test_both_sides_are_the_pair_told_before() -> None:
    got = pairs("Die Gefechte zwischen Eritrea und Äthiopien gehen weiter. Das Außenministerium in Rom rief beide "
                "Seiten zur Zurückhaltung auf.")
    assert ("REQUEST", "ITA", "ERI") in got
    assert ("REQUEST", "ITA", "ETH") in got


def test_both_governments_are_admonished() -> None:
    got = pairs("Die Spannungen zwischen Guyana und Venezuela wachsen. Auch Brasilien forderte Venezuela zur Mäßigung "
                "auf und mahnte beide Regierungen zur Zurückhaltung.")
    assert ("REQUEST", "BRA", "VEN") in got
    assert ("REQUEST", "BRA", "GUY") in got


def test_both_countries_opening_the_clause_act() -> None:
    got = pairs("Moldau bittet um Hilfe. Die Außenminister Rumäniens und Litauens reisten am Montag nach Chișinău. "
                "Beide Länder kritisierten Russland dort scharf.")
    assert ("ACCUSE", "ROU", "RUS") in got
    assert ("ACCUSE", "LTU", "RUS") in got
    assert ("ACCUSE", "RUS", "MDA") not in got


def test_companions_listed_before_are_no_sides() -> None:
    got = pairs("Peru und Bolivien streiten über den Grenzfluss. Peru wirft Bolivien Vertragsbruch vor. Diplomaten "
                "Spaniens und Portugals begleiteten die Delegation zum Flughafen. Ein Sprecher des kanadischen "
                "Außenministeriums rief beide Seiten auf, ihre Differenzen beizulegen.")
    assert ("REQUEST", "CAN", "PER") in got
    assert ("REQUEST", "CAN", "BOL") in got
    assert ("REQUEST", "CAN", "ESP") not in got
