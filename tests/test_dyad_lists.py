"""Lists of actors: the EU coordinated with a state acts with it ("die USA und die EU"), and actors after a
companion phrase ("gemeinsam mit", "zusammen mit") act with the subject, unless a new predicate lies between
them or they are the article's other main country (a host, not a companion)."""

from __future__ import annotations

from tests.event_reading import found


def pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t, s, o) for t, _, s, o, _ in found(text)]


def test_the_eu_listed_with_a_state_sanctions_too() -> None:
    got = pairs("Großbritannien und die EU verhängten am Montag Sanktionen gegen Nicaragua.")
    assert ("SANCTION", "GBR", "NIC") in got
    assert ("SANCTION", "EUU", "NIC") in got
    assert ("SANCTION", "GBR", "EUU") not in got


def test_a_companion_travels_too() -> None:
    got = pairs("Die Regierungschefs Kroatiens und Sloweniens reisten gemeinsam mit dem Präsidenten Bulgariens nach "
                "Skopje.")
    assert {("CONSULT", c, "MKD") for c in ("HRV", "SVN", "BGR")} <= set(got)


def test_a_list_of_companions_travels_too() -> None:
    got = pairs("Am Freitag reiste der Regierungschef Finnlands zusammen mit den Präsidenten Schwedens und Dänemarks "
                "nach Kiew.")
    assert {("CONSULT", c, "UKR") for c in ("FIN", "SWE", "DNK")} <= set(got)


def test_companions_sign_with_the_signatories() -> None:
    got = {(s, o) for t, s, o in pairs("Im Jahr 1998 unterzeichneten die Präsidenten Boliviens und Chiles – "
                                       "gemeinsam mit Argentinien und dem Gastgeber Uruguay – in Montevideo einen "
                                       "Grenzvertrag.") if t == "SUPPORT"}
    assert ("BOL", "CHL") in got or ("CHL", "BOL") in got
    assert ("ARG", "URY") in got or ("URY", "ARG") in got


def test_a_companion_of_a_new_predicate_does_not_join() -> None:
    got = pairs("Als Russland den Angriff begann, verurteilte Kuwait den Schritt scharf und beantragte gemeinsam mit "
                "Malaysia eine Sitzung des Sicherheitsrats.")
    assert ("ACCUSE", "KWT", "RUS") in got
    assert ("ACCUSE", "MYS", "RUS") not in got
