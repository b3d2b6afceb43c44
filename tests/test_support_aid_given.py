"""Aid told by what was sent, delivered, handed over or paid for: teams and goods sent ('hatte Löschflugzeuge
und Einsatzkräfte nach X geschickt'), forces sent at a government's request ('Auf Ersuchen Xs entsandte Y
Truppen'), aid nouns ('lieferte Nahrungsmittelhilfe', 'die Entwicklungshilfe Xs'), sums ('mit mehr als 8
Millionen Euro unterstützt'), financing ('finanzierte in X den Bau …') and help named by its giver ('mit Hilfe
der USA'). Troops sent unasked, domestic financing and domestic help are no aid."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Spanien hatte damals Löschflugzeuge und mehrere hundert Einsatzkräfte nach Griechenland geschickt.",
     "ESP", "GRC"),
    ("Polen hatte im März 2020 ein Team von 20 Ärzten nach Italien entsandt.", "POL", "ITA"),
    ("Auf Ersuchen Liberias entsandte Ghana binnen Tagen Truppen, die den Hafen sicherten.", "GHA", "LBR"),
    ("Die Entsendung nigerianischer Soldaten nach Freetown erfolgte nach Angaben Abujas auf Bitten der Regierung "
     "Sierra Leones.", "NGA", "SLE"),
    ("Während der Dürre lieferte Frankreich über das Welternährungsprogramm Nahrungsmittelhilfe im Wert von "
     "3 Millionen Euro nach Madagaskar.", "FRA", "MDG"),
    ("Neuseeland hatte der Polizei Fidschis erst im Dezember 40 Fahrzeuge übergeben.", "NZL", "FJI"),
    ("Seit 2015 hat Österreich die Minenräumung in Bosnien mit mehr als 8 Millionen Euro unterstützt.",
     "AUT", "BIH"),
    ("Die Schweiz finanzierte in Nepal den Bau von mehr als hundert Hängebrücken.", "CHE", "NPL"),
    ("Die Entwicklungshilfe Neuseelands für Samoa belief sich im Jahr 2023 auf rund 40 Millionen Dollar.",
     "NZL", "WSM"),
    ("Die Raketen seien abgefangen worden, auch mit Hilfe der USA und Frankreichs, sagte ein Sprecher in Kairo.",
     "USA", "EGY"),
])
def test_aid_given(text: str, src: str, tgt: str) -> None:
    assert ("AID", "aid", src, tgt, "occurred") in found(text)


@pytest.mark.parametrize("text", [
    "Russland schickte weitere Soldaten an die Grenze zur Ukraine.",
    "Die Proteste finanzierte die Opposition mit Spenden.",
    "Die Polizei fand die Vermissten mit Hilfe der Feuerwehr.",
    "Der Konzern lieferte im vergangenen Jahr mehr Autos nach China.",
    "Chile exportiert vor allem Kupfer und Kraftfahrzeuge; Peru liefert Obst und Kaffee.",
])
def test_no_aid(text: str) -> None:
    assert [e for e in found(text) if e[1] == "aid"] == []


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Teheran unterstützt die Rebellen im Jemen politisch und militärisch.", "IRN", "YEM"),
    ("Japan hat das Projekt in Kenia finanziell unterstützt.", "JPN", "KEN"),
])
def test_backing_in_kind_is_aid(text: str, src: str, tgt: str) -> None:
    assert [e for e in found(text) if e[0] in ("AID", "SUPPORT")] == [("AID", "aid", src, tgt, "occurred")]


def test_military_backing_in_an_accusation_is_no_aid() -> None:
    text = "Der Präsident Kenias warf Uganda vor, die Rebellen militärisch zu unterstützen."
    assert [e for e in found(text) if e[0] in ("AID", "SUPPORT")] == []


def test_help_offered_is_a_pledge() -> None:
    text = "Jordanien sei bereit, Syrien mit Strom und Gas zu beliefern, sagte der Außenminister nach dem Treffen."
    assert ("AGREE", "aid", "JOR", "SYR", "planned") in found(text)
    assert [e for e in found(text) if e[0] == "AID"] == []


def test_thanks_for_help_tell_the_help() -> None:
    text = ("Der Präsident Zyperns dankte Griechenland für die Löschflugzeuge und Einsatzkräfte, die Athen im "
            "vergangenen Sommer entsandt hatte.")
    assert {e[:4] for e in found(text)} >= {("SUPPORT", "support_statement", "CYP", "GRC"),
                                           ("AID", "aid", "GRC", "CYP")}


def test_thanks_for_hospitality_tell_no_aid() -> None:
    text = "Der Präsident Zyperns dankte Griechenland für die Gastfreundschaft und den Empfang."
    assert [e for e in found(text) if e[0] == "AID"] == []
