"""Concessions and retreats: measures suspended ('setzt die Zölle auf Einfuhren aus X aus'), cultural property
returned ('Rückgabe von 30 Bronzen'), detainees handed over to another state's authorities, prisoners freed
('kam … frei'), police and peacekeepers withdrawn ('werde ihre Polizisten aus X abziehen'), apology and regret
('bat X um Verzeihung', 'sein Bedauern ausgedrückt'); and ties restored: mutual recognition, embassies reopened,
ambassadors exchanged, 'Seit … unterhalten beide Staaten diplomatische Beziehungen'. A handover demanded, of
suspects, or of an office is none."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "kind", "src", "tgt"), [
    ("Im Gegenzug setzt Kanada die Zölle auf Einfuhren aus Mexiko für einen Monat aus.", "CONCEDE", "CAN", "MEX"),
    ("Die Aussetzung der Strafzölle gegen Brasilien verkündete Washington am Abend.", "CONCEDE", "USA", "BRA"),
    ("Mit der Rückgabe von 30 Bronzen im März hat Frankreich einen Schritt auf Benin zu gemacht.",
     "CONCEDE", "FRA", "BEN"),
    ("Die Niederlande gaben Indonesien im Juli mehrere hundert Kunstwerke zurück.", "CONCEDE", "NLD", "IDN"),
    ("Die beiden Seeleute wurden im Dezember in Dakar an die gambischen Behörden übergeben.",
     "CONCEDE", "SEN", "GMB"),
    ("Der japanische Premierminister entschuldigte sich bei Südkorea für die Äußerungen.", "CONCEDE", "JPN", "KOR"),
    ("Der kolumbianische Präsident bat Venezuela um Verzeihung.", "CONCEDE", "COL", "VEN"),
    ("Der US-Außenminister habe sein Bedauern über den Vorfall ausgedrückt, sagte der mexikanische Minister.",
     "CONCEDE", "USA", "MEX"),
    ("Die Regierung in Nairobi werde ihre Polizisten aus Somalia abziehen, teilte das Außenministerium mit.",
     "RETREAT", "KEN", "SOM"),
    ("Estland und Lettland hatten am 20. August 1991 ihre Unabhängigkeit erklärt und sich tags darauf "
     "gegenseitig anerkannt.", "SUPPORT", "LVA", "EST"),
    ("Im Mai eröffnete Katar seine Botschaft in Damaskus wieder.", "SUPPORT", "QAT", "SYR"),
    ("Chile und Peru unterhalten seit dem 19. Jahrhundert diplomatische Beziehungen.", "SUPPORT", "CHL", "PER"),
])
def test_concessions_and_ties(text: str, kind: str, src: str, tgt: str) -> None:
    sides = [(e[2], e[3]) for e in found(text) if e[0] == kind]
    assert (src, tgt) in sides or (kind == "SUPPORT" and (tgt, src) in sides)  # relations are symmetric


def test_mutual_recognition_is_one_event_each_way() -> None:
    text = "Estland und Lettland erkannten sich im August 1991 gegenseitig an."
    assert {(e[2], e[3]) for e in found(text) if e[1] == "recognition"} == {("EST", "LVA"), ("LVA", "EST")}


@pytest.mark.parametrize("text", [
    "Mali übergab den Vorsitz der Organisation an Guinea.",
    "Der Botschafter Perus übergab dem Präsidenten Chiles sein Beglaubigungsschreiben.",
    "Ghana müsse die Fischer unverzüglich an die togoischen Behörden übergeben, forderte Lomé.",
    "Benin übergab im Juli 12 mutmaßliche Rebellen an die nigrischen Behörden.",
    "Der Sänger kam nach zwei Tagen frei.",
])
def test_no_concession(text: str) -> None:
    assert [e for e in found(text) if e[0] == "CONCEDE"] == []


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Kolumbien habe allen Bedingungen von Präsident Trump zugestimmt, teilte eine Sprecherin in Washington mit.",
     "COL", "USA"),
    ("Ende Juni lenkt Ankara ein und lässt die Lieferung nach Armenien passieren.", "TUR", "ARM"),
    ("Ghana öffnete am Montag die Grenzübergänge nach Togo wieder.", "GHA", "TGO"),
])
def test_yielding(text: str, src: str, tgt: str) -> None:
    assert ("CONCEDE", "other", src, tgt, "occurred") in found(text)


def test_a_border_reopened_under_a_treaty_is_no_concession() -> None:
    text = ("Schon am Tag nach der Unterzeichnung des Abkommens öffnete Kirgistan die Grenzübergänge nach "
            "Tadschikistan wieder.")
    assert [e for e in found(text) if e[0] == "CONCEDE"] == []


@pytest.mark.parametrize(("text", "kind", "src", "tgt"), [
    ("Die Fischereirechte wurden verlängert – ein Zugeständnis Norwegens, um das die EU gerungen hatte.",
     "CONCEDE", "NOR", "EUU"),
    ("Ecuador verzichtete damit auf seine Ansprüche auf das Gebiet, Peru im Gegenzug auf Entschädigungen.",
     "CONCEDE", "ECU", "PER"),
    ("Die Installation an der Grenze zu Chile sei ein Fehler gewesen und werde abgebaut, räumte die "
     "Außenministerin Perus ein.", "CONCEDE", "PER", "CHL"),
    ("Die Familie hatte in der Botschaft Boliviens in Lima Zuflucht gesucht, wo ihr Bolivien politisches Asyl "
     "gewährt hatte.", "AID", "BOL", "PER"),
    ("Der Kanzler Österreichs hatte Ungarn im Frühjahr gegen Kritik aus Brüssel in Schutz genommen.",
     "SUPPORT", "AUT", "HUN"),
])
def test_concessions_asylum_and_shielding(text: str, kind: str, src: str, tgt: str) -> None:
    assert any(e[0] == kind and (e[2], e[3]) == (src, tgt) for e in found(text))


def test_admitting_without_fault_is_no_concession() -> None:
    text = "Der Minister Perus räumte ein, dass die Gespräche mit Chile schwierig seien."
    assert [e for e in found(text) if e[0] == "CONCEDE"] == []


def test_talks_about_a_release_are_no_release() -> None:
    text = ("Der Minister Südkoreas teilte mit, die Verhandlungen mit Japan über die Freilassung der Fischer seien "
            "abgeschlossen.")
    assert [e for e in found(text) if e[0] == "CONCEDE"] == []


def test_relations_established_inside_dashes() -> None:
    text = ("Was als Freundschaft zwischen Ghana und Kanada begann – die beiden Staaten nahmen im Mai 1972 "
            "diplomatische Beziehungen auf –, ist heute eine Partnerschaft.")
    assert [e[:2] for e in found(text)] == [("SUPPORT", "relations_established")]


def test_a_measure_reversed_is_a_concession() -> None:
    text = "Die Regierung Serbiens machte die Ausweisung des kroatischen Botschafters am Montag rückgängig."
    assert ("CONCEDE", "other", "SRB", "HRV", "occurred") in found(text)
    assert [e for e in found("Uganda müsse die Beschlagnahmung rückgängig machen, forderte Kenia.")
            if e[0] == "CONCEDE"] == []


def test_leaving_the_union_is_a_retreat() -> None:
    text = "Am 31. Januar 2020 verließ das Vereinigte Königreich die EU."
    assert ("RETREAT", "other", "GBR", "EUU", "occurred") in found(text)
    assert found("Der Präsident Frankreichs verließ den Saal vor der Rede des Gastes aus Russland.") == []
