"""Event readings from the blind21–23 failure reports: attributive participles, agents after 'durch',
present tense with a year-less future date, planned sessions and motion verbs (own sentences)."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_attributive_recognised_is_no_recognition() -> None:
    found = dyads(events("Russland lieferte Waffen an die international anerkannte Regierung Libyens."))
    assert all(d[0] != "recognition" for d in found)
    assert dyads(events("Die Türkei verhandelte mit der von der UNO anerkannten libyschen Regierung.")) == []


def test_finite_recognition_still_read() -> None:
    found = dyads(events("Brasilien erkannte im Mai 2024 Palästina als Staat an."))
    assert ("recognition", "BRA", "PSE", "2024-05", "occurred") in found


def test_agent_after_durch_is_the_criticised_party() -> None:
    found = dyads(events("Polen verurteilte am Montag die Verletzung der Souveränität Litauens durch Belarus."))
    assert [(d[0], d[1], d[2]) for d in found] == [("criticism", "POL", "BLR")]
    found = dyads(events("Finnland kritisierte die Verletzung des estnischen Luftraums durch russische Kampfjets."))
    assert [(d[0], d[1], d[2]) for d in found] == [("criticism", "FIN", "RUS")]


def test_present_tense_trip_with_month_is_planned_ahead() -> None:
    found = dyads(events("Im November reist der dänische Außenminister Lars Juul nach Peru.", date="2026-03-10"))
    assert found == [("visit", "DNK", "PER", "2026-11", "planned")]


def test_present_tense_meeting_on_a_day_without_year_is_ahead() -> None:
    text = "Die dänische Premierministerin Ida Holm trifft am 3. Mai den peruanischen Präsidenten Luis Soto."
    assert dyads(events(text, date="2026-03-10")) == [("meeting", "DNK", "PER", "2026-05-03", "planned")]


def test_past_tense_and_present_with_year_keep_their_reading() -> None:
    found = dyads(events("Im Januar reiste die dänische Premierministerin Ida Holm nach Peru.", date="2026-03-10"))
    assert found == [("visit", "DNK", "PER", "2026-01", "occurred")]


def test_committee_of_two_states_to_meet_is_a_planned_meeting() -> None:
    found = dyads(events("Der Grenzausschuss Perus und Chiles soll Anfang Mai in Lima tagen.", date="2026-03-10"))
    assert found == [("meeting", "PER", "CHL", "2026-05", "planned")]
    text = "Die Verteidigungsminister Malis und Nigers sollen sich im Juli in Bamako zusammensetzen."
    assert dyads(events(text, date="2026-03-10")) == [("meeting", "MLI", "NER", "2026-07", "planned")]


def test_composition_and_noun_tagen_are_no_meeting() -> None:
    assert events("Die Kommission setzt sich aus zehn Vertretern Perus und Chiles zusammen.") == []


def test_awaited_visitor_is_a_planned_visit() -> None:
    text = "Im Herbst wird der kanadische Premierminister Paul Roy in Mexiko erwartet."
    found = dyads(events(text, date="2026-03-10"))
    assert [(d[0], d[1], d[2], d[4]) for d in found] == [("visit", "CAN", "MEX", "planned")]
    assert events("Eine Entscheidung Chiles wird im Mai in Lima erwartet.") == []


def test_setting_off_flying_landing_and_stopover_are_visits() -> None:
    text = "Der peruanische Präsident Luis Soto flog am 9. März nach Brasilien."
    assert dyads(events(text, date="2026-03-10")) == [("visit", "PER", "BRA", "2026-03-09", "occurred")]
    text = "Der peruanische Präsident Luis Soto legte am 9. März einen Zwischenstopp in Panama ein."
    assert dyads(events(text, date="2026-03-10")) == [("visit", "PER", "PAN", "2026-03-09", "occurred")]
    text = "Die norwegische Außenministerin Kari Dahl ist am 9. März nach Island aufgebrochen."
    assert dyads(events(text, date="2026-03-10")) == [("visit", "NOR", "ISL", "2026-03-09", "occurred")]


def test_aircraft_flying_is_no_visit() -> None:
    assert events("Zwei russische Kampfjets flogen am Montag nach Estland.") == []


def test_am_morgen_is_this_morning_not_tomorrow() -> None:
    text = "Die norwegische Außenministerin Kari Dahl traf am Morgen in Island ein."
    assert [(d[0], d[1], d[2], d[4]) for d in dyads(events(text))] == [("visit", "NOR", "ISL", "occurred")]
    text = "Die norwegische Außenministerin Kari Dahl reist morgen nach Island."
    assert [(d[0], d[1], d[2], d[4]) for d in dyads(events(text))] == [("visit", "NOR", "ISL", "planned")]


def test_counted_plural_of_states_stands_for_the_list_told_before() -> None:
    text = ("Ghana, Togo, Benin und Burkina Faso bilden eine Grenzallianz. "
            "Am 9. März verurteilten die vier Länder den Grenzübertritt nigerianischer Soldaten.")
    found = {(d[0], d[1], d[2]) for d in dyads(events(text, date="2026-03-10"))}
    assert found == {("criticism", c, "NGA") for c in ("GHA", "TGO", "BEN", "BFA")}


def test_counted_plural_takes_only_a_list_of_that_size() -> None:
    text = ("Ghana, Togo und Benin bilden eine Grenzallianz. "
            "Am 9. März verurteilten die vier Länder den Grenzübertritt nigerianischer Soldaten.")
    found = {d[1] for d in dyads(events(text, date="2026-03-10"))}
    assert not {"GHA", "TGO", "BEN"} <= found


def test_visit_in_preparation_is_planned() -> None:
    found = dyads(events("Ein Staatsbesuch des peruanischen Präsidenten in Chile ist in Vorbereitung."))
    assert [(d[0], d[1], d[2], d[4]) for d in found] == [("state_visit", "PER", "CHL", "planned")]


def test_agreeing_to_sign_later_is_a_planned_signing() -> None:
    text = "Peru und Chile vereinbarten am Montag, bis Jahresende ein Luftverkehrsabkommen zu unterzeichnen."
    found = dyads(events(text, date="2026-03-10"))
    assert [(d[0], d[1], d[2], d[4]) for d in found] == [("agreement_signed", "PER", "CHL", "planned")]
    text = "Peru und Chile unterzeichneten am Montag ein Luftverkehrsabkommen."
    assert [d[4] for d in dyads(events(text, date="2026-03-10"))] == ["occurred"]


def test_present_stay_is_a_visit_but_not_for_mercenaries() -> None:
    text = ("Auf Einladung des chilenischen Präsidenten Gabriel Rojas hält sich die Schweizer Bundespräsidentin "
            "Eva Keller in Santiago auf.")
    assert [(d[0], d[1], d[2]) for d in dyads(events(text))] == [("visit", "CHE", "CHL")]
    assert events("In Mali halten sich seit Monaten russische Söldner auf.") == []


def test_withdrawal_demanded_is_a_demand_not_a_retreat() -> None:
    text = "Georgien forderte am Montag den Abzug der russischen Soldaten aus Abchasien."
    assert [(e.type, e.source.country, e.target.country) for e in events(text)] == [("REQUEST", "GEO", "RUS")]
    text = "Russland zog im Mai 2024 seine Truppen aus Georgien ab."
    assert [(e.type, e.source.country, e.target.country) for e in events(text)] == [("RETREAT", "RUS", "GEO")]


def test_invitation_to_travel_is_a_planned_visit_by_the_invitee() -> None:
    text = ("Seine Einladung an die peruanische Kollegin Ana Ruiz, im Frühjahr nach Bolivien zu reisen, "
            "bekräftigte der bolivianische Außenminister Luis Arce am Montag.")
    assert [(d[0], d[1], d[2], d[4]) for d in dyads(events(text))] == [("visit", "PER", "BOL", "planned")]
    text = ("Auf Einladung des bolivianischen Präsidenten reiste die peruanische Ministerin Ana Ruiz am 2. März "
            "nach Bolivien.")
    assert [d[4] for d in dyads(events(text))] == ["occurred"]
