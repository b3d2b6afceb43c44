"""Events told in lists and sequences: returned fire, a further agreement that follows, both guests
received, and the leftovers of the generalisation report (one trip, forums, planned meetings)."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_separable_attack_and_returned_fire_give_one_attack_per_direction() -> None:
    text = ("Am 4. März griffen somalische Milizen einen kenianischen Grenzposten an; "
            "die kenianischen Grenztruppen schossen zurück.")
    assert dyads(events(text)) == [("attack", "SOM", "KEN", "2024-03-04", "occurred"),
                                   ("attack", "KEN", "SOM", "2024-03-04", "occurred")]


def test_fire_returned_by_an_army() -> None:
    text = ("Äthiopische Soldaten beschossen am Montag eine Stellung im Sudan; "
            "die sudanesische Armee erwiderte das Feuer.")
    assert [(e.source.country, e.target.country) for e in events(text)] == [("ETH", "SDN"), ("SDN", "ETH")]


def test_a_verbal_attack_on_a_government_is_no_attack() -> None:
    assert events("Der Oppositionsführer griff die Regierung Kenias am Montag scharf an.") == []


def test_a_following_agreement_has_its_own_date() -> None:
    text = ("Die Beziehungen zwischen Vietnam und Chile sind eng. 2016 unterzeichneten beide Regierungen "
            "ein Bildungsabkommen, 2021 folgte eine Absichtserklärung zu Wasserstoff.")
    found = [e for e in events(text) if e.subtype == "agreement_signed"]
    assert sorted(e.date for e in found) == ["2016", "2021"]
    assert all({e.source.country, e.target.country} == {"VNM", "CHL"} for e in found)


def test_a_reception_that_follows_a_speech_is_no_agreement() -> None:
    assert [e.subtype for e in events("Auf die Rede folgte ein Empfang in Hanoi.")] == []


def test_both_ministers_received_give_one_talks_event_each() -> None:
    text = ("Die peruanische Außenministerin Ana Cecilia Gervasi und ihr bolivianischer Amtskollege Rogelio Mayta "
            "reisten am 9. Juni nach Quito. Ecuadors Präsident Guillermo Lasso empfing die beiden Minister zu "
            "einem Gespräch.")
    talks = [(e.source.country, e.target.country) for e in events(text) if e.subtype == "talks"]
    assert talks == [("ECU", "PER"), ("ECU", "BOL")]


def test_visitors_listed_after_a_colon_give_one_visit_per_name_and_year() -> None:
    text = ("Die früheren portugiesischen Außenminister Rui Silva, Ana Costa und Pedro Mendes lobten Marokko.\n\n"
            "Die portugiesischen Außenminister besuchten Marokko regelmäßig: Silva (2009, 2012), Costa (2017) "
            "sowie Mendes, der im April 2022 in Rabat eintraf.")
    found = [(e.source.name, e.target.country, e.date) for e in events(text) if e.subtype == "visit"]
    assert found == [("Rui Silva", "MAR", "2009"), ("Rui Silva", "MAR", "2012"), ("Ana Costa", "MAR", "2017"),
                     ("Pedro Mendes", "MAR", "2022-04")]


def test_a_name_after_a_singular_role_does_not_take_its_country() -> None:
    found = events("Der portugiesische Präsident Rui Silva und Ana Costa besuchten Marokko.")
    assert [(e.source.name, e.target.country) for e in found] == [("Rui Silva", "MAR")]


def test_an_announced_state_visit_is_one_trip() -> None:
    found = events("Chile kündigte an, zu einem Staatsbesuch nach Peru zu reisen.")
    assert dyads(found) == [("state_visit", "CHL", "PER", None, "planned")]


def test_a_forum_is_no_summit_but_a_summit_is() -> None:
    assert events("Der kolumbianische Präsident Gustavo Petro nahm in Berlin an einem Wirtschaftsforum teil.") == []
    found = events("Der kolumbianische Präsident Gustavo Petro nahm im Mai am Gipfel in Berlin teil.")
    assert dyads(found) == [("summit", "COL", "DEU", "2024-05", "occurred")]


def test_a_session_between_two_countries_names_its_parties() -> None:
    text = ("Am 14. Mai 2024 fand in Vilnius die Sitzung des Rates für Zusammenarbeit zwischen Litauen "
            "und Polen statt.")
    assert [(e.subtype, {e.source.country, e.target.country}) for e in events(text)] == [
        ("meeting", {"LTU", "POL"})]


def test_agreeing_to_convene_a_council_is_a_planned_meeting_dated_by_its_clause() -> None:
    text = ("Die Außenminister Ghanas und Togos einigten sich am 3. Mai in Accra darauf, die gemeinsame "
            "Grenzkommission im kommenden Frühjahr einzuberufen.")
    found = events(text)
    assert [(e.subtype, {e.source.country, e.target.country}, e.date, e.status, e.type) for e in found] == [
        ("meeting", {"GHA", "TGO"}, "2025", "planned", "AGREE")]


def test_convening_a_parliament_is_no_meeting_of_states() -> None:
    assert events("Der Präsident Perus berief eine Sondersitzung des Parlaments ein.") == []


def test_an_undated_meeting_takes_the_date_of_the_next_sentence_that_retells_it() -> None:
    text = ("Am Rande des Gipfels trafen sich der kenianische Präsident William Ruto und der tansanische Präsident "
            "Samia Suluhu Hassan. Das Treffen am Samstag dauerte zwei Stunden. Am Mittwoch hatte Ruto Uganda besucht.")
    found = {e.subtype: e.date for e in events(text)}
    assert found == {"meeting": "2024-06-15", "visit": "2024-06-19"}


def test_co_subjects_of_a_sanction_act_each_toward_the_named_target() -> None:
    found = events("Estland, Lettland und Litauen froren am Dienstag ihre Beziehungen zu Belarus ein.")
    assert sorted((e.source.country, e.target.country) for e in found) == [("EST", "BLR"), ("LTU", "BLR"),
                                                                           ("LVA", "BLR")]


def test_co_subjects_are_never_each_others_target() -> None:
    found = events("Am Freitag verkündeten Kenia, Uganda und Ruanda den Abbruch ihrer Beziehungen zu Burundi.")
    assert not any({e.source.country, e.target.country} <= {"KEN", "UGA", "RWA"} for e in found)
    assert {e.source.country for e in found} == {"KEN", "UGA", "RWA"}


def test_a_recipient_list_without_a_named_sender_gives_no_pair_from_the_list() -> None:
    found = events("Der Militärrat hat seine Botschafter aus Senegal, Gambia und Mauretanien abberufen.")
    assert not any({e.source.country, e.target.country} <= {"SEN", "GMB", "MRT"} for e in found)


def test_a_recipient_list_after_a_named_sender_gives_one_recall_each() -> None:
    found = events("Die Regierung Nigers hat ihre Botschafter aus Benin, Togo und Ghana abberufen.")
    assert sorted(e.target.country for e in found) == ["BEN", "GHA", "TGO"]
    assert {e.source.country for e in found} == {"NER"}


def test_a_mutual_act_between_listed_countries_stays() -> None:
    found = events("Armenien und Aserbaidschan beschuldigten sich am Montag gegenseitig, die Waffenruhe "
                   "gebrochen zu haben.")
    assert {(e.source.country, e.target.country) for e in found} >= {("ARM", "AZE"), ("AZE", "ARM")}


def test_an_apposition_before_a_dative_is_no_list() -> None:
    text = ("Am Donnerstag überreichte der neue Botschafter Portugals, João Ferreira, Staatspräsident "
            "Cyril Ramaphosa sein Beglaubigungsschreiben.")
    assert [(e.subtype, e.source.country, e.target.country) for e in events(text)] == [
        ("credentials", "PRT", "ZAF")]


def test_a_country_genitive_after_a_noun_is_no_list_member() -> None:
    text = "Es folgte die Entscheidung Litauens, den Botschafter Weißrusslands des Landes zu verweisen."
    assert [(e.subtype, e.source.country, e.target.country) for e in events(text)] == [
        ("expulsion", "LTU", "BLR")]


def test_the_mediator_of_an_agreement_noun_is_no_party() -> None:
    text = ("Das von Norwegen vermittelte Abkommen zwischen Kolumbien und Venezuela wurde am Montag in Oslo "
            "unterzeichnet.")
    assert [(e.subtype, e.source.country, e.target.country) for e in events(text)] == [
        ("agreement_signed", "COL", "VEN")]


def test_a_mediation_told_as_such_still_names_the_mediator() -> None:
    text = "Unter Vermittlung Norwegens unterzeichneten Kolumbien und Venezuela ein Abkommen."
    found = {(e.subtype, e.source.country, e.target.country) for e in events(text)}
    assert ("agreement_signed", "COL", "VEN") in found and ("talks", "NOR", "COL") in found


def test_further_countries_of_a_trip_are_one_planned_visit_each_from_the_traveller() -> None:
    text = ("Der kenianische Außenminister Musalia Mudavadi reiste am Montag nach Lilongwe. "
            "Auf seiner Reise will der Minister noch Tansania, Sambia und Namibia besuchen.")
    planned = [(e.source.country, e.target.country, e.date) for e in events(text) if e.status == "planned"]
    assert planned == [("KEN", "TZA", None), ("KEN", "ZMB", None), ("KEN", "NAM", None)]


def test_further_stops_of_a_trip_named_by_a_copula() -> None:
    text = "Der japanische Premier Fumio Kishida besucht Indien. Weitere Stationen der Reise sind Nepal und Bhutan."
    assert dyads(events(text))[1:] == [("visit", "JPN", "NPL", None, "planned"),
                                       ("visit", "JPN", "BTN", None, "planned")]


def test_listed_stops_without_a_traveller_never_visit_each_other() -> None:
    assert events("Auf seiner Reise will der Minister noch Malawi, Sambia und Namibia besuchen.") == []


def test_listed_visitors_named_as_subject_are_no_stops() -> None:
    found = [(e.source.country, e.target.country) for e in events("Malawi und Sambia besuchten im Mai Kenia.")]
    assert ("MWI", "ZMB") not in found and ("KEN", "MWI") not in found


def test_a_separable_verb_before_a_second_predicate_closes_on_its_own_particle() -> None:
    text = "Riga wies am Montag zwei belarussische Diplomaten aus und setzte das Abkommen mit Minsk aus."
    assert [(e.subtype, e.source.country, e.target.country) for e in events(text)] == [
        ("expulsion", "LVA", "BLR"), ("other", "LVA", "BLR")]
