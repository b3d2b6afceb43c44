"""Backing told as an assurance, a reaffirmation or thanks: 'sicherte X die Unterstützung Ys zu' and
'hat X ihre Solidarität zugesichert' are SUPPORT (a pledge of aid only with goods or sums, or 'sagte weitere
Unterstützung zu'); 'bekräftigte die Solidarität Ys mit X'; 'dankte X für …', 'bedankte sich bei X'; two
statements toward one country in one sentence are one event."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Der kanadische Premierminister sicherte der neuen Regierung in Accra nach dem Gespräch die Unterstützung "
     "Kanadas beim Aufbau der Verwaltung zu.", "CAN", "GHA"),
    ("Die finnische Regierungschefin hat Estland die «unerschütterliche» Unterstützung Finnlands zugesichert.",
     "FIN", "EST"),
    ("Der Präsident Senegals sicherte Gambia die Solidarität seines Landes zu.", "SEN", "GMB"),
    ("Der Präsident Kolumbiens sagte Panama seine volle Solidarität zu.", "COL", "PAN"),
    ("Präsident Kagame bekräftigte die Solidarität Ruandas mit Burundi im Kampf gegen die Cholera.", "RWA", "BDI"),
    ("Die Präsidentin bekräftigte dabei die Unterstützung Litauens für die wirtschaftliche Entwicklung Moldaus.",
     "LTU", "MDA"),
    ("Uruguay bekräftigte seine Solidarität mit Paraguay.", "URY", "PRY"),
    ("Präsident Boric dankte Peru für diese Hilfe.", "CHL", "PER"),
    ("Der bolivianische Präsident bedankte sich bei Argentinien für die schnelle Hilfe.", "BOL", "ARG"),
    ("Der Außenminister Jordaniens dankte Ägypten ausdrücklich «für die brüderliche Solidarität».", "JOR", "EGY"),
    ("Die Regierungen in Oslo und Kopenhagen haben Island ihre Solidarität zugesichert.", "NOR", "ISL"),
])
def test_backing_is_support(text: str, src: str, tgt: str) -> None:
    assert ("SUPPORT", "support_statement", src, tgt, "occurred") in found(text)
    assert not [e for e in found(text) if e[0] == "AGREE"]


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Der Präsident Südkoreas sicherte Vietnam Hilfe im Umfang von 20 Millionen Dollar zu.", "KOR", "VNM"),
    ("Bei einem Besuch in Dhaka sagte der Premierminister Indiens seinem Amtskollegen aus Bangladesch weitere "
     "Unterstützung zu.", "IND", "BGD"),
])
def test_a_pledge_of_help_stays_aid(text: str, src: str, tgt: str) -> None:
    assert ("AGREE", "aid", src, tgt, "planned") in found(text)


def test_two_statements_toward_one_country_in_one_sentence_are_one() -> None:
    text = ("Der Ministerpräsident Portugals würdigte die Vermittlung Marokkos und bekräftigte die Unterstützung "
            "seines Landes für diese Bemühungen.")
    assert [e for e in found(text) if e[0] == "SUPPORT"] == [
        ("SUPPORT", "support_statement", "PRT", "MAR", "occurred")]


@pytest.mark.parametrize("text", [
    "Der Minister bekräftigte die Unterstützung der Regierung für die heimischen Landwirte.",
    "Der Minister dankte den Feuerwehrleuten für ihren Einsatz.",
])
def test_domestic_backing_is_no_event(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Meloni sicherte Albanien im Gegenzug Italiens volle Unterstützung auf dem Weg in die Europäische Union zu.",
     "ITA", "ALB"),
    ("Der Präsident Mexikos sicherte Kuba die „volle Solidarität“ Mexikos zu; man werde bei Bedarf Ärzte "
     "schicken.", "MEX", "CUB"),
    ("Der Präsident sicherte Laos dabei die Unterstützung Chinas für die Wahlen zu – ein Signal an alle.",
     "CHN", "LAO"),
    ("Im Rahmen einer Zeremonie verlieh der König Thailands dem Premierminister Japans den höchsten zivilen Orden "
     "des Landes.", "THA", "JPN"),
    ("Der Präsident Chiles nutzte den Gipfel, um den früheren Präsidenten Uruguays mit dem höchsten Orden Chiles "
     "auszuzeichnen.", "CHL", "URY"),
    ("Der Präsident Fidschis nannte Neuseeland den «natürlichen Sicherheitspartner» seines Landes.", "FJI", "NZL"),
    ("Finnland sei für Estland \"ein strategischer Partner\", sagte der Regierungschef Estlands nach den Gesprächen.",
     "EST", "FIN"),
    ("Der Präsident Frankreichs sprach von einem «Hoffnungsschimmer» für den Libanon.", "FRA", "LBN"),
])
def test_praise_honours_and_quoted_backing(text: str, src: str, tgt: str) -> None:
    assert ("SUPPORT", "support_statement", src, tgt, "occurred") in found(text)


def test_a_setback_is_no_praise() -> None:
    assert found("Der Minister sprach von einem Rückschlag für die Beziehungen zu Chile.") == []


@pytest.mark.parametrize("text", [
    "Der Präsident Kenias warf Uganda vor, Rebellen im Grenzgebiet unterstützt zu haben.",
    "Begründet wurde der Schritt mit dem Vorwurf, Eritrea unterstütze Milizen in Äthiopien.",
    "Tiflis hat sich in dem Streit um Rückendeckung aus Ankara bemüht.",
    "Beide vereinbarten, Gespräche über die Wiederaufnahme der Beziehungen zwischen Ghana und Togo aufzunehmen.",
])
def test_support_told_in_an_accusation_or_sought_is_none(text: str) -> None:
    assert [e for e in found(text) if e[0] == "SUPPORT"] == []


def test_backing_for_a_bid_is_no_purpose_clause_and_no_accession() -> None:
    text = ("Der Staatschef Brasiliens sicherte Uruguay am selben Tag Unterstützung bei dessen Bemühungen um einen "
            "Beitritt zum Freihandelsabkommen zu.")
    assert [e[:2] for e in found(text)] == [("SUPPORT", "support_statement")]


def test_a_pledge_to_let_no_one_harm_a_partner_is_support() -> None:
    text = ("Ghana werde niemandem erlauben, Togo oder seine Sicherheit zu bedrohen, sagte der Präsident nach dem "
            "Treffen.")
    assert ("SUPPORT", "support_statement", "GHA", "TGO", "occurred") in found(text)


def test_credit_for_a_contribution_is_support_for_each_named() -> None:
    text = "Ghana und Togo hätten wertvolle Vorarbeit geleistet, betonte der Außenminister Nigerias am Donnerstag."
    assert {(e[2], e[3]) for e in found(text) if e[0] == "SUPPORT"} == {("NGA", "GHA"), ("NGA", "TGO")}
