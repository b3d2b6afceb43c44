"""Event constructions read from the failure reports of unseen sets: allies named beside an actor,
separable verbs whose particle closes the clause, idioms that carry an event."""

from __future__ import annotations

from tests.event_reading import dyads, events, found


def test_ally_beside_the_actor_acts_too_and_is_no_target() -> None:
    text = "Im März 2016 brach Litauen an der Seite Lettlands und Estlands die Beziehungen zu Belarus ab."
    assert sorted(dyads(events(text))) == [("other", "EST", "BLR", "2016-03", "occurred"),
                                           ("other", "LTU", "BLR", "2016-03", "occurred"),
                                           ("other", "LVA", "BLR", "2016-03", "occurred")]


def test_ally_after_wie_zuvor_is_one_more_source() -> None:
    text = "Im Mai 2017 verhängte Lettland wie zuvor Estland Sanktionen gegen Belarus."
    assert sorted(dyads(events(text))) == [("sanction", "EST", "BLR", "2017-05", "occurred"),
                                           ("sanction", "LVA", "BLR", "2017-05", "occurred")]


def test_standing_at_a_countrys_side_is_still_support_for_it() -> None:
    assert dyads(events("Polen steht fest an der Seite der Ukraine.")) == [
        ("support_statement", "POL", "UKR", None, "occurred")]


def test_separable_anrufen_with_the_particle_closing_the_clause_is_a_call() -> None:
    text = ("Der slowakische Außenminister Juraj Blanar rief am 5. Juni bei seinem ungarischen Amtskollegen an, "
            "um über die Gasversorgung zu sprechen.")
    assert dyads(events(text)) == [("phone_call", "SVK", "HUN", "2024-06-05", "occurred")]


def test_calling_on_a_court_is_no_phone_call() -> None:
    assert events("Die Slowakei rief im Mai den Internationalen Gerichtshof an.") == []


def test_recalled_ambassador_fronted_before_the_verb() -> None:
    text = "Ihren Botschafter rief die norwegische Regierung am 4. März aus Lettland zurück."
    assert dyads(events(text)) == [("other", "NOR", "LVA", "2024-03-04", "occurred")]
    assert events(text)[0].type == "SANCTION"


def test_opening_fire_on_a_neighbours_boat_is_an_attack() -> None:
    text = "Grenzsoldaten Kroatiens eröffneten am 2. Mai das Feuer auf ein slowenisches Fischerboot."
    assert dyads(events(text)) == [("attack", "HRV", "SVN", "2024-05-02", "occurred")]


def test_opening_a_fair_is_no_attack() -> None:
    assert events("Der kroatische Präsident eröffnete in Ljubljana die Messe mit einem Feuerwerk.") == []


def test_a_trip_under_discussion_is_planned_and_no_talks() -> None:
    text = "Eine Reise von Präsident Nauseda nach Helsinki ist für den Herbst im Gespräch."
    assert [(s, a, b, st) for s, a, b, _, st in dyads(events(text))] == [("visit", "LTU", "FIN", "planned")]


def test_talks_on_a_programme_to_come_are_planned() -> None:
    text = ("Auf dem Programm des litauischen Ministers stehen Unterredungen mit dem polnischen Präsidenten "
            "Andrzej Duda.")
    assert [(s, st) for s, *_, st in dyads(events(text))] == [("talks", "planned")]


def test_told_to_pull_out_their_diplomats_is_one_expulsion_per_listed_country() -> None:
    text = ("Die estnische Regierung forderte am 3. Mai Litauen, Lettland und Polen auf, ihre Diplomaten "
            "binnen 48 Stunden abzuziehen.")
    assert sorted(dyads(events(text))) == [("expulsion", "EST", c, "2024-05-03", "occurred")
                                           for c in ("LTU", "LVA", "POL")]


def test_told_to_pull_out_troops_stays_a_demand() -> None:
    text = "Die estnische Regierung forderte Russland auf, seine Truppen abzuziehen."
    assert [d[:3] for d in dyads(events(text))] == [("demand", "EST", "RUS")]


def test_ambassador_told_to_leave_is_expelled_and_his_ausreise_is_no_visit() -> None:
    assert [d[:3] for d in dyads(events("Der estnische Außenminister forderte den russischen Botschafter zur "
                                        "Ausreise auf."))] == [("expulsion", "EST", "RUS")]
    text = "Zwei russische Diplomaten wurden am 3. Mai aufgefordert, Estland innerhalb von drei Tagen zu verlassen."
    assert dyads(events(text)) == [("expulsion", "EST", "RUS", "2024-05-03", "occurred")]


def test_flights_suspended_to_two_capitals_are_two_sanctions() -> None:
    text = "Die Regierung in Vilnius setzte am 3. Mai sämtliche Direktflüge nach Minsk und Moskau aus."
    assert sorted(dyads(events(text))) == [("sanction", "LTU", "BLR", "2024-05-03", "occurred"),
                                           ("sanction", "LTU", "RUS", "2024-05-03", "occurred")]


def test_flights_cancelled_for_a_strike_are_no_sanction() -> None:
    assert events("Wegen eines Streiks wurden am Montag alle Flüge nach Riga gestrichen.") == []


def test_backing_received_from_a_capital_is_support_by_the_giver() -> None:
    text = "Rückendeckung erhielt Vilnius am 3. Mai aus Warschau."
    assert dyads(events(text)) == [("support_statement", "POL", "LTU", "2024-05-03", "occurred")]


def test_money_received_is_no_support_statement() -> None:
    text = "Litauen erhielt 2023 finanzielle Unterstützung in Höhe von 5 Millionen Euro aus Polen."
    assert not [e for e in events(text) if e.subtype == "support_statement"]



def test_recognition_refused_is_a_rejection_and_a_standing_refusal_is_background() -> None:
    assert found("Estland erkenne das Ergebnis der Wahl in Belarus nicht an, sagte der Außenminister.") == [
        ("REJECT", "rejection", "EST", "BLR", "occurred")]
    assert found("Litauen werde die Wahl in Georgien nicht anerkennen, sagte die Präsidentin.") == [
        ("REJECT", "rejection", "LTU", "GEO", "occurred")]
    assert found("Polen erkannte den Staat Palästina am Dienstag an.") == [
        ("SUPPORT", "recognition", "POL", "PSE", "occurred")]
    assert found("Serbien erkennt Kosovo bis heute nicht an.") == []


def test_light_verb_idioms_of_war_terror_listing_and_weight_laid_on_ties() -> None:
    assert found("Aserbaidschan führte im Herbst 2020 Krieg gegen Armenien.") == [
        ("ASSAULT", "attack", "AZE", "ARM", "occurred")]
    assert found("Kanada stufte die Hamas am Mittwoch als Terrororganisation ein.") == [
        ("SANCTION", "sanction", "CAN", "PSE", "occurred")]
    assert found("Chile lege größten Wert auf eine enge Partnerschaft mit Bolivien, sagte der Sprecher.") == [
        ("SUPPORT", "support_statement", "CHL", "BOL", "occurred")]


def test_envoys_from_two_capitals_meeting_in_a_third_are_the_two_sides() -> None:
    assert found("Im Mai trafen sich Unterhändler aus Seoul und Hanoi in Kuala Lumpur.") == [
        ("CONSULT", "meeting", "KOR", "VNM", "occurred")]
    assert found("Außenministerin Baerbock traf in Berlin Studenten aus Frankreich.") == []


def test_meeting_noun_in_a_phrase_before_coordinated_subjects_is_their_meeting() -> None:
    assert ("CONSULT", "meeting", "PER", "CHL", "occurred") in found(
        "Bei einem Treffen in Lima verständigten sich die Außenminister Perus und Chiles auf einen Fahrplan.")
    assert not [f for f in found("Bei ihrer Begegnung in Bern betonten Außenministerin Hanna Virtanen und der "
                                 "estnische Außenminister Margus Tamm, dass die Beziehungen gut seien.")
                if f[1] == "meeting"]
