"""Acts told only inside reported speech or as offers: praise voiced by a speaker named after the clause,
and offers to mediate between two parties."""

from __future__ import annotations

from tests.event_reading import found

VISIT = "Der portugiesische Außenminister Paulo Rangel besuchte am Montag Santiago de Chile. "


def _support(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(subtype, src, tgt) for _, subtype, src, tgt, _ in found(text) if subtype == "support_statement"]


def test_ties_praised_in_reported_speech_with_the_speaker_after_it() -> None:
    assert _support(VISIT + "Die Zusammenarbeit mit Chile habe sich bewährt, erklärte Rangel.") == [
        ("support_statement", "PRT", "CHL")]
    assert _support(VISIT + "Die Beziehungen zu Chile seien hervorragend, betonte der Minister.") == [
        ("support_statement", "PRT", "CHL")]


def test_negated_or_unvoiced_praise_of_ties_is_no_event() -> None:
    assert _support(VISIT + "Die Beziehungen zu Chile seien nicht hervorragend, betonte Rangel.") == []
    assert _support(VISIT + "Die Zusammenarbeit mit Chile hat sich bewährt.") == []


def test_partner_copula_with_a_fuer_phrase() -> None:
    assert _support(VISIT + "Chile sei für Portugal ein unverzichtbarer Partner, sagte der Minister.") == [
        ("support_statement", "PRT", "CHL")]


def test_valued_role_and_constructive_role_in_reported_speech() -> None:
    assert _support(VISIT + "Man schätze die Rolle Chiles in der Region sehr, sagte Rangel.") == [
        ("support_statement", "PRT", "CHL")]
    assert _support(VISIT + "Chile spiele eine konstruktive Rolle in der Region, sagte Rangel.") == [
        ("support_statement", "PRT", "CHL")]


def test_an_estimate_is_no_praise() -> None:
    assert _support("Experten in Lissabon schätzen die Rolle Chiles auf rund zehn Prozent des Handels.") == []


def _offers(text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return sorted(f for f in found(text) if f[1] in ("other", "talks"))


def test_offer_to_mediate_in_an_infinitive_is_agree_toward_each_party() -> None:
    assert _offers("Oman bot am Dienstag an, zwischen Eritrea und Äthiopien zu vermitteln.") == [
        ("AGREE", "other", "OMN", "ERI", "occurred"), ("AGREE", "other", "OMN", "ETH", "occurred")]
    assert _offers("Brasilien hatte angeboten, im Streit zwischen Guyana und Venezuela zu vermitteln.") == [
        ("AGREE", "other", "BRA", "GUY", "occurred"), ("AGREE", "other", "BRA", "VEN", "occurred")]


def test_offered_mediation_noun_is_no_talks() -> None:
    assert _offers("Außenminister Fidan bot Aserbaidschan und Armenien die Vermittlung Ankaras an.") == [
        ("AGREE", "other", "TUR", "ARM", "occurred"), ("AGREE", "other", "TUR", "AZE", "occurred")]


def test_mediator_offer_names_both_sides() -> None:
    assert _offers("Ägypten bot sich als Vermittler zwischen Sudan und Südsudan an.") == [
        ("AGREE", "other", "EGY", "SDN", "occurred"), ("AGREE", "other", "EGY", "SSD", "occurred")]


def test_wish_to_mediate_between_two_states() -> None:
    assert _offers("Kasachstan will im Konflikt zwischen Aserbaidschan und Armenien vermitteln.") == [
        ("AGREE", "other", "KAZ", "ARM", "planned"), ("AGREE", "other", "KAZ", "AZE", "planned")]


def test_demand_told_only_as_a_reported_modal() -> None:
    text = "Die finnische Außenministerin Elina Valtonen reiste nach Oslo. " \
           "Norwegen müsse die Fangquoten sofort senken, sagte die Ministerin."
    assert ("REQUEST", "demand", "FIN", "NOR", "occurred") in found(text)
    assert ("REQUEST", "demand", "EST", "LVA", "occurred") in found(
        "Der estnische Präsident sagte, Lettland solle die Grenze wieder öffnen.")


def test_reported_modal_without_a_demand_is_no_event() -> None:
    assert found("Lettland müsse sich keine Sorgen machen, sagte der estnische Präsident.") == []
    assert found("Das Treffen solle im Mai in Riga stattfinden, sagte der estnische Präsident.") == []


def test_reported_perfect_welcome_and_agreement() -> None:
    assert ("SUPPORT", "support_statement", "GHA", "TGO", "occurred") in found(
        "Der ghanaische Präsident habe den Plan Togos ausdrücklich begrüßt, sagte ein Sprecher in Accra.")
    assert ("SUPPORT", "agreement_signed", "ECU", "PER", "occurred") in found(
        "Laut dem Vermittler hätten sich Ecuador und Peru auf ein Abkommen über die Grenze geeinigt.")


def test_condolences_back_the_bereaved_country() -> None:
    assert found("Der rumänische Präsident bekundete den Opfern in Moldau sein Beileid.") == [
        ("SUPPORT", "support_statement", "ROU", "MDA", "occurred")]


def test_cabinet_in_a_capital_acts_for_its_country() -> None:
    assert found("Das Kabinett in Montevideo bedauerte die Entscheidung Argentiniens.") == [
        ("ACCUSE", "criticism", "URY", "ARG", "occurred")]


def test_act_judged_in_quoted_or_reported_speech_is_criticism_by_the_speaker() -> None:
    assert found("„Das ist ein Bruch des Völkerrechts“, sagte die lettische Außenamtssprecherin über das "
                 "Vorgehen Russlands.") == [("ACCUSE", "criticism", "LVA", "RUS", "occurred")]
    text = "Solche Drohungen seien nicht hinnehmbar, sagte der estnische Außenminister über die Äußerungen aus Minsk."
    assert found(text) == [("ACCUSE", "criticism", "EST", "BLR", "occurred")]


def test_judgement_of_a_state_of_affairs_names_no_culprit() -> None:
    assert found("Die Lage an der Grenze sei nicht hinnehmbar, sagte der estnische Außenminister.") == []


def test_patrol_boats_or_ambulances_handed_over_are_aid() -> None:
    assert found("Japan hatte der philippinischen Küstenwache zwei Patrouillenboote übergeben.") == [
        ("AID", "aid", "JPN", "PHL", "occurred")]
    assert found("Südkorea übergab Vietnam am Montag zwanzig Krankenwagen.") == [
        ("AID", "aid", "KOR", "VNM", "occurred")]
    assert found("Der Supermarkt lieferte Lebensmittel an die Schule.") == []


def test_appeal_to_both_sides_is_one_demand_toward_each() -> None:
    text = "Die Gefechte zwischen Äthiopien und Eritrea dauern an. Kanada rief beide Seiten zur Zurückhaltung auf."
    assert sorted(f for f in found(text) if f[1] == "demand") == [
        ("REQUEST", "demand", "CAN", "ERI", "occurred"), ("REQUEST", "demand", "CAN", "ETH", "occurred")]
    text = ("Der äthiopische Präsident traf den eritreischen Präsidenten. "
            "Später forderte Kanada beide Länder auf, die Grenze zu öffnen.")
    assert sorted(f for f in found(text) if f[1] == "demand") == [
        ("REQUEST", "demand", "CAN", "ERI", "occurred"), ("REQUEST", "demand", "CAN", "ETH", "occurred")]


def test_conditional_measure_in_reported_speech_is_one_threat_toward_the_condition_side() -> None:
    assert found("Sollte Belgrad die Truppen nicht abziehen, werde man die Gespräche abbrechen, sagte der "
                    "kroatische Außenminister am Montag.") == [("THREATEN", "threat", "HRV", "SRB", "occurred")]
    assert found("Sollte Minsk die Grenze nicht öffnen, werde Litauen den Transit sperren, sagte "
                    "Außenminister Budrys.") == [("THREATEN", "threat", "LTU", "BLR", "occurred")]


def test_measure_and_condition_of_a_conditional_threat_are_no_events_of_their_own() -> None:
    assert found("Sollte die Türkei weiter Gas fördern, sehe sich Zypern gezwungen, den Botschafter "
                    "auszuweisen, sagte der zyprische Präsident.") == [("THREATEN", "threat", "CYP", "TUR", "occurred")]
    assert found("Sollte Lima die Zahlungen nicht erhöhen, werde man den Abzug der eigenen Truppen prüfen, "
                    "sagte der Sprecher in Quito.") == [("THREATEN", "threat", "ECU", "PER", "occurred")]


def test_a_condition_without_a_measure_against_anyone_is_no_threat() -> None:
    assert found("Sollte sich das Wetter bessern, werde man den Hafen wieder öffnen, sagte der "
                    "Hafenmeister.") == []


def test_konjunktiv_man_goes_on_with_the_speaker_of_the_sentence_before() -> None:
    text = ("Der Außenminister Kroatiens sagte am Montag, Serbien verletze das Abkommen. "
            "Sollte Belgrad die Truppen nicht abziehen, werde man die Gespräche abbrechen.")
    assert ("THREATEN", "threat", "HRV", "SRB", "occurred") in found(text)
    assert ("THREATEN", "threat", "SRB", "HRV", "occurred") not in found(text)
