"""Sanctions as German news tells them: trade, entry and visa bans, embargoes and closed airspace are
SANCTION (not COERCE); tariffs raised; relations suspended; envoys recalled without an article."""

from __future__ import annotations

import pytest

from tests.event_reading import found


def _pairs(text: str, kind: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for k, _sub, s, t, status in found(text) if k == kind and status == "occurred"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Namibia verbot im April die Einfuhr von Rindern aus Botswana.", ("NAM", "BWA")),
    ("Die Regierung in Hanoi hat ein Importverbot für chinesisches Geflügelfleisch verhängt.", ("VNM", "CHN")),
    ("Australien verhängte ein Einreiseverbot gegen iranische Offiziere.", ("AUS", "IRN")),
    ("Das Ölembargo der Vereinigten Staaten gegen Venezuela bleibt bestehen.", ("USA", "VEN")),
    ("Polen schloss am Dienstag seinen Luftraum für Maschinen aus Belarus.", ("POL", "BLR")),
    ("Nach dem Zwischenfall setzte Kirgistan den Handel mit Tadschikistan aus.", ("KGZ", "TJK")),
    ("Die Botschaft Kanadas in Neu-Delhi stellte die Bearbeitung von Visaanträgen ein.", ("CAN", "IND")),
    ("Die Ukraine verhängte ein Flugverbot für belarussische Fluggesellschaften.", ("UKR", "BLR")),
])
def test_bans_and_embargoes_are_sanctions(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, "SANCTION")
    assert pair not in _pairs(text, "COERCE")


@pytest.mark.parametrize(("text", "pair"), [
    ("Die Mongolei hat die Ausfuhr von Kohle nach China beschränkt.", ("MNG", "CHN")),
    ("Ägypten schränkte die Einfuhr von Zucker aus dem Sudan ein.", ("EGY", "SDN")),
    ("Mexiko hat die Zölle auf chinesische Textilien kräftig erhöht.", ("MEX", "CHN")),
    ("Die Europäische Union verdoppelte die Zölle auf russisches Getreide.", ("EUU", "RUS")),
    ("Indien hob die Zölle auf Äpfel aus den USA auf 70 Prozent an.", ("IND", "USA")),
])
def test_trade_restrictions_and_tariffs(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, "SANCTION")


def test_tariffs_lowered_or_only_planned_are_no_sanction() -> None:
    assert not _pairs("Kenia hat die Zölle auf Weizen aus Tansania gesenkt.", "SANCTION")
    assert not _pairs("Brasilien will die Zölle auf argentinischen Wein erhöhen.", "SANCTION")


def test_lifted_flight_ban_is_no_new_sanction() -> None:
    assert not _pairs("Der Präsident hob das 2021 verhängte Flugverbot für Moldau auf.", "SANCTION")


@pytest.mark.parametrize(("text", "pair"), [
    ("Peru hat am Donnerstag die diplomatischen Beziehungen zu Mexiko ausgesetzt.", ("PER", "MEX")),
    ("Nach dem Streit setzte Marokko die Beziehungen zu Deutschland aus.", ("MAR", "DEU")),
    ("Im Juni rief Dänemark seinen Botschafter zu Konsultationen aus Teheran zurück.", ("DNK", "IRN")),
    ("Anfang Mai zog Madrid Botschafterin Elena Ruiz aus Buenos Aires ab.", ("ESP", "ARG")),
    ("Die Regierung in Wien holte ihr diplomatisches Personal aus Kabul zurück.", ("AUT", "AFG")),
])
def test_relations_suspended_and_envoys_recalled(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, "SANCTION")


def test_own_carriers_banned_point_to_the_other_country() -> None:
    text = "Georgien protestierte. Moskau verhängte ein Flugverbot für russische Fluggesellschaften nach Georgien."
    assert ("RUS", "GEO") in _pairs(text, "SANCTION")


def test_trade_stopped_and_deliveries_suspended_is_one_sanction() -> None:
    text = "Peking hat den Handel mit Vilnius gestoppt, Lieferungen in beide Richtungen sind ausgesetzt."
    assert [(k, s, t) for k, _sub, s, t, _st in found(text)] == [("SANCTION", "CHN", "LTU")]


def test_tariffs_raised_in_a_subordinate_clause() -> None:
    text = "Weil Kanada die Zölle auf Aluminium aus Russland angehoben hatte, protestierte Moskau."
    assert ("CAN", "RUS") in _pairs(text, "SANCTION")


@pytest.mark.parametrize(("text", "pair", "kind"), [
    ("Anders als die Regierung Österreichs, die die EU-Hilfen für Kiew blockiert, stimmte Prag zu.",
     ("AUT", "UKR"), "REJECT"),
    ("Um die eigenen Bauern zu schützen, verlängerte Budapest das Einfuhrverbot für ukrainischen Weizen.",
     ("HUN", "UKR"), "SANCTION"),
    ("Kuba protestierte. Washington hatte Kuba erneut auf die Liste der Staaten gesetzt, die den Terrorismus "
     "unterstützen.", ("USA", "CUB"), "SANCTION"),
])
def test_blocked_aid_prolonged_bans_and_terror_listing(text: str, pair: tuple[str, str], kind: str) -> None:
    assert pair in _pairs(text, kind)


@pytest.mark.parametrize(("text", "pair"), [
    ("Dänemark stellte die Entwicklungshilfe für Burkina Faso ein.", ("DNK", "BFA")),
    ("Norwegen strich die Budgethilfe für Malawi.", ("NOR", "MWI")),
    ("Marokko kündigte den Fischereivertrag mit Mauretanien.", ("MAR", "MRT")),
    ("Bahrain verhängte einen Boykott gegen Waren aus Katar.", ("BHR", "QAT")),
])
def test_aid_stopped_treaties_ended_and_boycotts(text: str, pair: tuple[str, str]) -> None:
    got = _pairs(text, "SANCTION")
    assert any(pair[0] in ("*", s) and t == pair[1] for s, t in got)
    assert not _pairs(text, "AID")


def test_a_boycott_named_in_criticism_or_a_title_is_no_sanction() -> None:
    assert not _pairs("Vom Boykott zur Partnerschaft", "SANCTION")
    assert not _pairs("Der Minister nannte die Entscheidung Ankaras einen Boykott gegen ein demokratisches Land.",
                      "SANCTION")


@pytest.mark.parametrize(("text", "pair"), [
    ("2019 hat Pakistan das von China finanzierte Kraftwerk in Sindh gestoppt.", ("PAK", "CHN")),
    ("Als Tansania den Bau des von China finanzierten Hafens aussetzte, war Peking verärgert.", ("TZA", "CHN")),
])
def test_project_financed_by_another_state_stopped(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, "SANCTION")


def test_project_stopped_by_the_weather_is_no_sanction() -> None:
    text = "Die Arbeiten am von der Weltbank finanzierten Damm wurden wegen Hochwasser eingestellt."
    assert not _pairs(text, "SANCTION")


def test_visas_revoked() -> None:
    assert ("AUS", "RUS") in _pairs("Australien widerrief die Visa russischer Diplomaten.", "SANCTION")
    text = "Washington ließ die Visa nicaraguanischer Regierungsvertreter widerrufen."
    assert ("USA", "NIC") in _pairs(text, "SANCTION")
