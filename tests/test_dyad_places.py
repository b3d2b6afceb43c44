"""A place is where an act goes only within its own main clause: a place named after a semicolon belongs to the
next clause ("…vorgedrungen; erst ein Urteil in Den Haag …"), while a clause after one may go on from a place
named before ("reiste nach X; sie besuchte auch …")."""

from __future__ import annotations

from tests.event_reading import found


def pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t, s, o) for t, _, s, o, _ in found(text)]


def test_a_court_city_after_a_semicolon_is_no_target() -> None:
    got = pairs("Im Mai 2009 waren eritreische Soldaten auf die umstrittene Insel vorgedrungen; erst ein Urteil in "
                "Den Haag sprach sie Dschibuti zu.")
    assert ("ASSAULT", "ERI", "DJI") in got
    assert ("ASSAULT", "ERI", "NLD") not in got


def test_recalled_envoys_keep_their_countries_before_a_semicolon() -> None:
    got = pairs("Zugleich beorderte Marokko seine Botschafter aus Tunesien und Libyen zurück; der Amtsantritt des "
                "neuen Botschafters in Mauretanien wurde verschoben.")
    assert ("SANCTION", "MAR", "TUN") in got
    assert ("SANCTION", "MAR", "LBY") in got
    assert ("SANCTION", "MAR", "MRT") not in got
