"""Event frames on German news sentences: verbal, nominal and passive triggers, status, lists,
summits, conflict, PLOVER/CAMEO mapping and in-document deduplication."""

from __future__ import annotations

import re

import pytest

from chronik.extract.event_lexicon import (
    SENTENCE_CLASSES,
    AnchorIndex,
    cameo,
    is_symmetric,
    plover_type,
    possible_patterns,
    status_cues,
    triggers,
    word_class,
)
from tests.event_reading import dyads, events


def test_verbal_visit_with_date_and_host_city() -> None:
    found = events("Der kasachische Präsident Kassym-Schomart Tokajew besuchte am 12. März 2024 Berlin.")
    assert dyads(found) == [("visit", "KAZ", "DEU", "2024-03-12", "occurred")]
    assert found[0].type == "CONSULT"
    assert found[0].evidence.startswith("Der kasachische Präsident")


def test_nominal_official_visit_takes_first_day_of_span() -> None:
    text = ("Ein Höhepunkt war der offizielle Besuch des Präsidenten der Republik Usbekistan "
            "Shavkat Mirziyoyev in Frankreich am 3. und 4. Mai 2021.")
    assert dyads(events(text)) == [("official_visit", "UZB", "FRA", "2021-05-03", "occurred")]


def test_separable_verb_state_visit() -> None:
    text = "Im Oktober 2015 stattete der polnische Präsident Andrzej Duda der Mongolei einen Staatsbesuch ab."
    assert dyads(events(text)) == [("state_visit", "POL", "MNG", "2015-10", "occurred")]


def test_passive_recognition_source_is_the_von_phrase() -> None:
    found = events("Die Unabhängigkeit Georgiens wurde von Frankreich am 15. Januar 1992 anerkannt.")
    assert dyads(found) == [("recognition", "FRA", "GEO", "1992-01-15", "occurred")]
    assert found[0].type == "SUPPORT"


def test_passive_relations_established_without_actors_uses_the_articles_countries() -> None:
    text = ("Georgien und Estland arbeiten seit Jahren eng zusammen.\n\n"
            "Diplomatische Beziehungen wurden am 20. März 1992 aufgenommen.")
    found = [e for e in events(text) if e.subtype == "relations_established"]
    assert [(sorted([e.source.country, e.target.country]), e.date) for e in found] == [(["EST", "GEO"], "1992-03-20")]


def test_planned_visit_is_agree() -> None:
    found = events("Der polnische Außenminister Radosław Sikorski wird im Mai Kanada besuchen.")
    assert [(e.subtype, e.type, e.status, e.source.country, e.target.country) for e in found] == [
        ("visit", "AGREE", "planned", "POL", "CAN")]


def test_negated_visit_is_not_an_event() -> None:
    assert events("Der französische Präsident Emmanuel Macron hat Algerien in diesem Jahr nicht besucht.") == []


def test_list_of_years_gives_one_event_per_year() -> None:
    text = ("Der Präsident der Kirgisischen Republik Sadyr Schaparow war mit vier offiziellen Besuchen "
            "in Österreich (2001, 2005, 2010, 2014).")
    found = events(text)
    assert sorted(e.date for e in found if e.subtype == "official_visit") == ["2001", "2005", "2010", "2014"]
    assert {(e.source.country, e.target.country) for e in found} == {("KGZ", "AUT")}


def test_listed_persons_with_years_give_one_visit_each() -> None:
    text = ("Georgien wurde vom Bundespräsidenten R. Weizsäcker (1992), Bundeskanzler H. Kohl (1993) "
            "und von der Bundeskanzlerin A. Merkel (2008) besucht.")
    found = events(text)
    assert sorted((e.source.name, e.date) for e in found) == [
        ("A. Merkel", "2008"), ("H. Kohl", "1993"), ("R. Weizsäcker", "1992")]
    assert {(e.source.country, e.target.country, e.subtype) for e in found} == {("DEU", "GEO", "visit")}


def test_multilateral_summit_gives_one_event_per_participant_and_host() -> None:
    text = ("Am Gipfel in Paris unter Vorsitz von Präsident Emmanuel Macron nahmen die Staats- und "
            "Regierungschefs von Spanien, Portugal und Italien teil.")
    found = events(text)
    assert all(e.subtype == "summit" and e.type == "CONSULT" for e in found)
    assert sorted(frozenset((e.source.country, e.target.country)) for e in found) == sorted(
        [frozenset({"ESP", "FRA"}), frozenset({"PRT", "FRA"}), frozenset({"ITA", "FRA"})])


def test_credentials_nominal_with_possessive() -> None:
    text = ("Die neue Botschafterin Italiens, Maria Rossi, erklärte am 5. Juni 2023 nach der Überreichung "
            "ihres Beglaubigungsschreibens an den kirgisischen Präsidenten Sadyr Schaparow, sie freue sich.")
    found = [e for e in events(text) if e.subtype == "credentials"]
    assert dyads(found) == [("credentials", "ITA", "KGZ", "2023-06-05", "occurred")]


def test_summoned_ambassador_is_criticism() -> None:
    found = events("Das polnische Außenministerium hat am Montag den Botschafter Russlands einbestellt.")
    assert [(e.subtype, e.type, e.source.country, e.target.country) for e in found] == [
        ("criticism", "ACCUSE", "POL", "RUS")]


def test_expulsion_is_sanction() -> None:
    found = events("Am Montag verfügte die Regierung in Vilnius die Ausweisung des belarussischen Botschafters.")
    assert [(e.subtype, e.type, e.source.country, e.target.country) for e in found] == [
        ("expulsion", "SANCTION", "LTU", "BLR")]


def test_expulsion_demanded_but_refused_is_not_an_expulsion() -> None:
    found = events("Lettland hat die Forderung Russlands zurückgewiesen, den Botschafter der Ukraine auszuweisen.")
    assert [e.subtype for e in found if e.type == "SANCTION"] == []
    assert ("rejection", "LVA", "RUS") in [(e.subtype, e.source.country, e.target.country) for e in found]


def test_threatened_sanctions_are_threaten() -> None:
    found = events("Die Vereinigten Staaten drohten Venezuela am Dienstag mit neuen Sanktionen.")
    assert [(e.type, e.source.country, e.target.country) for e in found] == [("THREATEN", "USA", "VEN")]


def test_phone_call_and_agreement_are_symmetric() -> None:
    found = events("Der türkische Präsident Recep Tayyip Erdogan telefonierte am Dienstag mit dem "
                   "russischen Präsidenten Wladimir Putin.")
    assert [(e.subtype, {e.source.country, e.target.country}) for e in found] == [("phone_call", {"TUR", "RUS"})]
    found = events("Armenien und Georgien unterzeichneten am 2. April 2019 in Tiflis ein Abkommen über Visafreiheit.")
    assert [(e.subtype, {e.source.country, e.target.country}, e.date) for e in found] == [
        ("agreement_signed", {"ARM", "GEO"}, "2019-04-02")]
    assert is_symmetric("agreement_signed") and not is_symmetric("visit")


def test_purely_domestic_happening_is_not_an_event() -> None:
    assert events("Der kasachische Präsident Kassym-Schomart Tokajew besuchte am Montag Almaty.") == []


def test_one_visit_told_twice_is_one_event_with_the_most_precise_date() -> None:
    text = ("Im Mai 2022 reiste der armenische Präsident Wahagn Chatschaturjan nach Estland.\n\n"
            "Der Besuch des armenischen Präsidenten Wahagn Chatschaturjan in Estland am 12. Mai 2022 "
            "galt als Erfolg.")
    found = events(text)
    assert [(e.source.country, e.target.country, e.date) for e in found] == [("ARM", "EST", "2022-05-12")]


@pytest.mark.parametrize(("subtype", "status", "expected"), [
    ("state_visit", "occurred", "CONSULT"), ("state_visit", "planned", "AGREE"),
    ("aid", "occurred", "AID"), ("aid", "planned", "AGREE"), ("sanction", "planned", "THREATEN"),
    ("criticism", "planned", "ACCUSE"), ("expulsion", "occurred", "SANCTION"), ("other", "occurred", None),
])
def test_plover_type_follows_the_table(subtype: str, status: str, expected: str | None) -> None:
    assert plover_type(subtype, status) == expected


def test_cameo_code_and_goldstein_score() -> None:
    assert cameo("state_visit", "occurred", "CONSULT") == ("042", 1.9)
    assert cameo("other", "occurred", "SANCTION") == ("160", -4.0)
    found = events("Das polnische Außenministerium hat am Montag den Botschafter Russlands einbestellt.")
    assert (found[0].cameo, found[0].goldstein) == ("111", -2.0)


def test_country_compound_names_the_host_and_pronoun_the_visitor() -> None:
    text = ("Der indische Premierminister Narendra Modi hat am 3. Juni 2024 Paris erreicht. "
            "Während seines Frankreichbesuchs traf er Präsident Emmanuel Macron.")
    found = events(text)
    assert ("visit", "IND", "FRA") in [(e.subtype, e.source.country, e.target.country) for e in found]
    assert ("meeting", "IND", "FRA") in [(e.subtype, e.source.country, e.target.country) for e in found]


def test_role_noun_stands_for_the_person_named_before() -> None:
    text = ("Bundeskanzlerin Angela Merkel sprach in Berlin über die Wirtschaft.\n\n"
            "Im Juli 2016 nahm die Bundeskanzlerin in Ulan Bator am ASEM-Gipfel teil.")
    found = [e for e in events(text) if e.subtype == "summit"]
    assert [(e.source.name, e.source.country, e.target.country, e.date) for e in found] == [
        ("Angela Merkel", "DEU", "MNG", "2016-07")]


def test_pledged_aid_is_planned_and_a_headline_repeats_the_body() -> None:
    text = ("Frankreich sagt Marokko Hilfe zu\n\n"
            "Die Regierung in Paris sagte Marokko am Montag Hilfen in Höhe von 150 Millionen Euro zu.")
    found = events(text)
    assert [(e.subtype, e.type, e.status, e.source.country, e.target.country) for e in found] == [
        ("aid", "AGREE", "planned", "FRA", "MAR")]


def test_mutual_exchange_of_fire_gives_one_attack_per_direction() -> None:
    text = ("Armenien und Aserbaidschan streiten seit Jahren um die Grenze. "
            "Am 13. September 2022 lieferten sich Einheiten beider Staaten heftige Gefechte.")
    found = [(e.source.country, e.target.country) for e in events(text) if e.subtype == "attack"]
    assert sorted(found) == [("ARM", "AZE"), ("AZE", "ARM")]


@pytest.mark.parametrize("text", [
    "Der geplante Besuch des chinesischen Außenministers Wang Yi in Berlin wurde kurzfristig abgesagt.",
    "Eine Reise des türkischen Präsidenten Recep Tayyip Erdogan nach Moskau sei derzeit nicht geplant.",
    "Der französische Präsident Emmanuel Macron und der chinesische Präsident Xi Jinping könnten sich im "
    "November treffen.",
])
def test_cancelled_unplanned_and_hypothetical_meetings_are_not_events(text: str) -> None:
    assert events(text) == []


def test_announcement_scopes_over_its_own_clause_only() -> None:
    text = ("Die norwegische Ministerpräsidentin Erna Solberg telefonierte am Dienstag mit dem "
            "schwedischen Regierungschef Stefan Löfven und kündigte an, im Winter nach Schweden zu reisen.")
    got = {(e.subtype, e.status) for e in events(text, "2019-03-14")}
    assert ("phone_call", "occurred") in got
    assert ("visit", "planned") in got


def test_promise_and_accepted_invitation_make_a_visit_planned() -> None:
    text = "Der chilenische Präsident Gabriel Boric sagte zu, im Oktober nach Argentinien zu reisen."
    assert [(e.subtype, e.status) for e in events(text, "2023-03-01")] == [("visit", "planned")]
    text = "Der polnische Präsident Andrzej Duda nahm eine Einladung zu einem Staatsbesuch in Japan an."
    assert [(e.subtype, e.status, e.type) for e in events(text)] == [("state_visit", "planned", "AGREE")]


def test_since_and_until_dates_date_no_happening() -> None:
    text = ("Bei dem ersten Treffen seit 2015 sprach der kenianische Präsident William Ruto am Montag "
            "mit dem tansanischen Präsidenten Samia Suluhu Hassan. Beide Seiten unterzeichneten ein "
            "Abkommen über eine Pipeline, die ab 2027 Öl liefern soll.")
    found = events(text, "2024-05-07")
    assert all(e.date is None or not e.date.startswith(("2015", "2027")) for e in found)
    assert any(e.subtype == "agreement_signed" and e.status == "occurred" for e in found)


def test_verb_final_negation_drops_the_event() -> None:
    text = "Eine gemeinsame Kritik an Russland enthielt die Erklärung der Außenminister Polens und Ungarns nicht."
    assert [e for e in events(text) if e.subtype == "criticism"] == []


def test_dateline_agency_and_place_are_no_participants() -> None:
    text = ("Lissabon (Lusa) – Der brasilianische Präsident Luiz Inácio Lula da Silva ist am Montag "
            "zu einem Staatsbesuch in Portugal eingetroffen.")
    assert {(e.source.country, e.target.country) for e in events(text, "2023-04-25")} == {("BRA", "PRT")}


def test_relative_clause_actors_stay_in_their_clause() -> None:
    text = ("Der georgische Ministerpräsident Irakli Garibaschwili empfing seinen Gast in Tiflis; anschließend "
            "berieten beide über eine Bahnlinie, die Georgien mit der Türkei und Aserbaidschan verbinden soll.")
    assert not any(e.source.country in ("TUR", "AZE") for e in events(text))


def test_subject_before_a_relative_clause_and_recalled_ambassadors() -> None:
    text = ("Venezuela, das die Regierung in Havanna unterstützt, rief daraufhin seinen Botschafter aus "
            "Bogotá zurück. Ecuador berief seine Botschafterin aus Lima ab.")
    got = {(e.type, e.source.country, e.target.country) for e in events(text)}
    assert {("SANCTION", "VEN", "COL"), ("SANCTION", "ECU", "PER")} <= got


def test_passive_reception_and_pronoun_subject() -> None:
    text = ("Der kanadische Premierminister Justin Trudeau ist zu einer Asienreise aufgebrochen. "
            "Am Dienstag wurde er in Tokio von Ministerpräsident Fumio Kishida empfangen.")
    assert ("CAN", "JPN", "2023-07-11") in {(e.source.country, e.target.country, e.date)
                                            for e in events(text, "2023-07-12")}


def test_pledged_sums_are_aid_and_intended_investments_agree() -> None:
    text = "Paris stellt Senegal zudem Kredite von insgesamt 200 Millionen Euro in Aussicht."
    assert [(e.subtype, e.type, e.source.country, e.target.country) for e in events(text)] == [
        ("aid", "AGREE", "FRA", "SEN")]
    text = "Katar will seine Investitionen in Pakistan auf drei Milliarden Dollar ausbauen."
    assert [(e.subtype, e.type, e.status) for e in events(text)] == [("investment", "AGREE", "planned")]


def test_cumulative_investment_is_no_single_happening() -> None:
    text = "Japan hat seit 2010 rund 4,2 Milliarden Dollar in die Wirtschaft Vietnams investiert."
    assert [e for e in events(text) if e.subtype == "investment"] == []


def test_conflict_vocabulary() -> None:
    text = ("Im Mai 2021 hatte Algerien seine Landgrenze zu Marokko geschlossen. "
            "Großbritannien hatte die Visumpflicht für Kolumbianer bereits 2022 eingeführt.")
    got = {(e.type, e.source.country, e.target.country, e.date) for e in events(text)}
    assert ("COERCE", "DZA", "MAR", "2021-05") in got
    assert any(t == "COERCE" and s == "GBR" and d == "2022" for t, s, _, d in got)
    text = "Der türkische Präsident Recep Tayyip Erdoğan bezeichnete das Vorgehen Schwedens als „Verrat und Angriff“."
    assert [(e.type, e.source.country, e.target.country) for e in events(text)] == [("ACCUSE", "TUR", "SWE")]


def test_refusing_to_join_is_a_rejection() -> None:
    text = ("Der ungarische Ministerpräsident Viktor Orbán erklärte, Ungarn werde sich den Plänen der Ukraine "
            "nicht anschließen.")
    assert ("rejection", "REJECT", "HUN", "UKR") in {(e.subtype, e.type, e.source.country, e.target.country)
                                                     for e in events(text)}


def test_summit_participant_list_gives_one_event_per_participant() -> None:
    text = ("Auf Einladung von Präsident Emmanuel Macron kamen am 5. Mai 2024 zahlreiche Staats- und Regierungschefs "
            "zu einem Sondergipfel zusammen. Unter den Teilnehmern waren der polnische Präsident Andrzej Duda "
            "und der italienische Präsident Sergio Mattarella.")
    got = {(e.subtype, e.source.country, e.target.country) for e in events(text)}
    assert {("summit", "POL", "FRA"), ("summit", "ITA", "FRA")} <= got


def test_mediation_gives_talks_with_each_party() -> None:
    text = "Äthiopien und Eritrea hatten im Juli 2018 unter amerikanischer Vermittlung Frieden geschlossen."
    got = {(e.subtype, e.source.country, e.target.country) for e in events(text)}
    assert {("talks", "USA", "ETH"), ("talks", "USA", "ERI")} <= got


def test_relations_established_dated_inside_a_seit_phrase() -> None:
    text = ("Seit der Aufnahme diplomatischer Beziehungen im Mai 1993 haben Mexiko und Singapur ihren Handel "
            "verzehnfacht.")
    got = [(e.subtype, e.date) for e in events(text) if e.subtype == "relations_established"]
    assert got == [("relations_established", "1993-05")]


def test_gap_words_are_whole_words() -> None:
    # "sei…einbestellt" must not start inside "seiner"
    text = ("Kenia hat nach einem Angriff auf das Gelände seiner Botschaft in Kampala am Montag den ugandischen "
            "Botschafter in Nairobi einbestellt.")
    assert [(e.type, e.source.country, e.target.country) for e in events(text)
            if e.type == "ACCUSE"] == [("ACCUSE", "KEN", "UGA")]


def test_genitive_country_before_a_person_gives_the_persons_country() -> None:
    text = "Perus Außenministerin Elvira Dubois wies die Vorwürfe Boliviens zurück."
    assert [(e.subtype, e.source.country, e.target.country) for e in events(text)] == [("rejection", "PER", "BOL")]


def test_a_future_inside_a_verbal_act_is_its_content() -> None:
    text = ("Der brasilianische Präsident Lula erklärte, Brasilien werde sich den Sanktionen gegen Venezuela "
            "nicht anschließen.")
    got = [(e.subtype, e.status) for e in events(text) if e.subtype == "rejection"]
    assert got == [("rejection", "occurred")]


def test_a_meeting_that_did_not_take_place() -> None:
    text = ("Ein Treffen des chinesischen Außenministers Wang Yi mit dem japanischen Premier Fumio Kishida "
            "fand nicht statt.")
    assert events(text) == []


def test_headline_act_joins_the_body_act_with_the_same_verb() -> None:
    text = ("Streit um Fischereirechte: Norwegen bestellt isländischen Botschafter ein\n\n"
            "Oslo (NTB) – Norwegen hat die neuen Fangquoten Islands scharf kritisiert. Der norwegische "
            "Außenminister Espen Barth Eide bestellte am Freitag den isländischen Botschafter ein.")
    found = [e for e in events(text, "2024-03-02") if e.type == "ACCUSE"]
    assert len(found) == 2
    assert any(e.date == "2024-03-01" and e.evidence.startswith("Der norwegische") for e in found)


def test_elided_subject_is_the_subject_of_the_previous_clause() -> None:
    text = ("Die Beziehungen waren 2019 angespannt, nachdem Kolumbien einen Oppositionellen aufgenommen hatte; "
            "Venezuela schloss daraufhin seine Grenze und berief seinen Botschafter aus Bogotá ab.")
    got = {(e.type, e.source.country, e.target.country) for e in events(text)}
    assert ("SANCTION", "VEN", "COL") in got


def test_nominal_visa_requirement_by_a_durch_agent() -> None:
    text = "Brasilien hat die Wiedereinführung der Visumpflicht für Brasilianer durch Japan kritisiert."
    got = {(e.type, e.source.country, e.target.country) for e in events(text)}
    assert {("COERCE", "JPN", "BRA"), ("ACCUSE", "BRA", "JPN")} <= got


def test_coordinated_participants_discussing_hold_talks() -> None:
    text = ("Der kenianische Präsident William Ruto und der tansanische Präsident Samia Suluhu Hassan "
            "erörterten am Montag den Ausbau der Bahnlinie.")
    assert [(e.subtype, {e.source.country, e.target.country}) for e in events(text)] == [
        ("talks", {"KEN", "TZA"})]


def test_relative_clause_describing_a_person_keeps_its_country() -> None:
    text = ("Am Montag hat der mongolische Präsident Uchnaagiin Chürelsüch Anna Berg, die neue Botschafterin, "
            "welche Schweden in der Mongolei vertritt, zu einem Treffen empfangen.")
    assert ("meeting", "MNG", "SWE") in {(e.subtype, e.source.country, e.target.country) for e in events(text)}


def test_present_tense_provision_of_a_sum_is_a_pledge() -> None:
    text = "Japan stellt den Philippinen 40 Millionen Dollar für den Küstenschutz zur Verfügung."
    assert [(e.subtype, e.type, e.status) for e in events(text)] == [("aid", "AGREE", "planned")]


def test_genitive_after_a_compound_noun_is_the_object() -> None:
    text = "Rumänien unterstützt nach den Worten von Präsident Klaus Iohannis den EU-Beitritt Moldaus mit aller Kraft."
    assert [(e.subtype, e.source.country, e.target.country) for e in events(text)] == [
        ("support_statement", "ROU", "MDA")]


def test_verb_final_negation_before_a_semicolon() -> None:
    text = ("Eine Verurteilung Venezuelas enthielt die Erklärung der Außenminister Brasiliens und Kolumbiens "
            "nicht; beide Länder wollen vermitteln.")
    assert [e for e in events(text) if e.subtype == "criticism"] == []


def test_a_relative_clause_trigger_finds_its_target_inside_it() -> None:
    text = "Iran, das die Huthi-Rebellen unterstützt, rief daraufhin seinen Botschafter aus Riad zurück."
    got = {(e.subtype, e.source.country, e.target.country) for e in events(text)}
    assert not any(sub == "support_statement" and target == "SAU" for sub, _, target in got)  # Huthi: YEM
    assert ("other", "IRN", "SAU") in got


def test_threat_to_close_a_border_is_one_threat() -> None:
    text = "Bolivien drohte zudem, die Grenze zu Chile vollständig zu schließen."
    assert [e.type for e in events(text)] == ["THREATEN"]


def test_summit_host_in_the_summits_relative_clause() -> None:
    text = ("Der indische Premierminister Narendra Modi nahm die Einladung zum Gipfel der G7-Staaten an, "
            "der im Juni in Italien stattfinden soll.")
    found = events(text, "2024-03-01")
    assert [(e.subtype, e.status, e.source.country, e.target.country) for e in found] == [
        ("summit", "planned", "IND", "ITA")]


def test_doomed_to_is_no_condemnation() -> None:
    text = "„Kenia und Tansania sind dazu verurteilt, Partner zu sein“, sagte der kenianische Präsident William Ruto."
    assert [e for e in events(text) if e.subtype == "criticism"] == []


def test_subject_after_fronted_time_is_the_source_and_the_bare_country_the_target() -> None:
    found = events("Am Dienstag kritisierten die EU-Staaten Venezuela scharf.")
    assert [(e.subtype, e.source.country, e.target.country) for e in found] == [("criticism", "EUU", "VEN")]


def test_demand_object_is_the_target() -> None:
    found = events("Der kenianische Präsident William Ruto forderte Somalia auf, die Grenze wieder zu öffnen.")
    assert [(e.subtype, e.source.country, e.target.country) for e in found] == [("demand", "KEN", "SOM")]


def test_adjective_on_expelled_diplomats_names_the_target() -> None:
    found = events("Die Slowakei wies am Freitag zwei ukrainische Diplomaten aus.")
    assert [(e.subtype, e.source.country, e.target.country, e.status) for e in found] == [
        ("expulsion", "SVK", "UKR", "occurred")]


def test_considered_expulsion_is_a_threat() -> None:
    found = events("Die tschechische Regierung erwäge, den iranischen Botschafter auszuweisen, sagte ein Sprecher.")
    assert [(e.subtype, e.type, e.status, e.source.country, e.target.country) for e in found] == [
        ("expulsion", "THREATEN", "planned", "CZE", "IRN")]


@pytest.mark.parametrize("text, source, target", [
    ("Die norwegische Regierung sagte zu, der Ukraine weitere Panzer zu überlassen.", "NOR", "UKR"),
    ("Der spanische Verteidigungsminister kündigte an, Marokko Hubschrauber zu liefern.", "ESP", "MAR"),
    ("Deutschland will sich an dem Projekt in Kenia mit bis zu 200 Millionen Euro beteiligen.", "DEU", "KEN"),
])
def test_pledges_are_planned_agreements_by_the_governing_subject(text: str, source: str, target: str) -> None:
    found = events(text)
    assert [(e.type, e.status, e.source.country, e.target.country) for e in found] == [
        ("AGREE", "planned", source, target)]


def test_assured_support_by_two_countries_is_two_statements_to_the_dative() -> None:
    found = events("Frankreich und Italien sicherten Tunesien ihre Unterstützung zu.")
    assert sorted((e.type, e.source.country, e.target.country) for e in found) == [
        ("SUPPORT", "FRA", "TUN"), ("SUPPORT", "ITA", "TUN")]


def test_capitals_resume_relations_as_their_countries() -> None:
    found = events("Nach drei Jahren nahmen Riad und Teheran im März 2023 ihre diplomatischen Beziehungen wieder auf.")
    assert [(e.subtype, sorted([e.source.country, e.target.country]), e.date) for e in found] == [
        ("relations_established", ["IRN", "SAU"], "2023-03")]


def test_relations_between_two_named_states_are_theirs_not_the_next_clause_s() -> None:
    found = events("Die Beziehungen zwischen Armenien und der Türkei hatten sich im Juli 2022 normalisiert; "
                   "Frankreich und Kanada begrüßten den Schritt.")
    assert [(e.subtype, sorted([e.source.country, e.target.country])) for e in found][:1] == [
        ("relations_established", ["ARM", "TUR"])]


def test_a_weekday_phrase_does_not_govern_the_country_after_it() -> None:
    found = events("Der ukrainische Präsident Selenskyj besuchte am Montag Moldau.")
    assert dyads(found) == [("visit", "UKR", "MDA", "2024-06-17", "occurred")]


def test_a_list_of_years_broken_by_a_count_gives_one_visit_per_year() -> None:
    found = events("Der Außenminister Chinas Wang Yi war bereits 2021, zweimal 2022 und 2023 nach Teheran gereist.")
    assert dyads(found) == [("visit", "CHN", "IRN", y, "occurred") for y in ("2021", "2022", "2023")]


def test_background_treaty_and_blockade_in_the_pluperfect() -> None:
    assert dyads(events("Ägypten und Israel hatten 1979 einen Friedensvertrag geschlossen.")) == [
        ("agreement_signed", "EGY", "ISR", "1979", "occurred")]
    assert dyads(events("Saudi-Arabien hatte Katar von 2017 an wirtschaftlich blockiert.")) == [
        ("coercion", "SAU", "QAT", "2017", "occurred")]


def test_an_als_clause_is_dated_by_the_time_it_explains() -> None:
    found = events("Zuletzt kam ein türkischer Staatschef im Dezember 2017 nach Griechenland. "
                   "Es war die erste Reise seit 2004, als Recep Tayyip Erdoğan Athen besucht hatte.")
    assert ("visit", "TUR", "GRC", "2004", "occurred") in dyads(found)


def test_a_reported_accusation_is_criticism_not_the_attack() -> None:
    found = events("Das indische Außenministerium warf Pakistan vor, Dörfer in Kaschmir bombardiert zu haben.")
    assert [(e.subtype, e.source.country, e.target.country) for e in found] == [("criticism", "IND", "PAK")]


def test_talks_demanded_are_no_talks() -> None:
    found = events("Der russische Außenminister Sergej Lawrow forderte die Ukraine zu Verhandlungen auf.")
    assert [e.subtype for e in found] == ["demand"]


def test_a_joint_press_conference_is_no_meeting() -> None:
    text = ("Der französische Präsident Emmanuel Macron und der kenianische Präsident William Ruto "
            "gaben eine gemeinsame Pressekonferenz in Nairobi.")
    assert events(text) == []


def test_a_later_mention_of_an_expulsion_is_no_new_event_but_its_criticism_is() -> None:
    text = ("Polen hat am Montag zwei belarussische Diplomaten ausgewiesen. "
            "Die Ausweisung bezeichnete der belarussische Außenminister als unfreundlichen Akt.")
    assert [(e.subtype, e.source.country, e.target.country) for e in events(text)] == [
        ("expulsion", "POL", "BLR"), ("criticism", "BLR", "POL")]


def test_expulsion_noun_with_a_numeral_and_an_agent() -> None:
    found = events("Die Ausweisung von zwei tschechischen Diplomaten durch Russland kam überraschend.")
    assert [(e.subtype, e.source.country, e.target.country) for e in found] == [("expulsion", "RUS", "CZE")]


def test_a_pronoun_after_the_verb_is_the_subject_not_the_genitive() -> None:
    text = ("Der nordmazedonische Regierungschef Hristijan Mickoski traf in Rom den italienischen Präsidenten "
            "Sergio Mattarella. Danach lehnte er die Forderungen Bulgariens ab.")
    found = [e for e in events(text) if e.subtype == "rejection"]
    assert [(e.source.country, e.target.country) for e in found] == [("MKD", "BGR")]


def test_a_title_of_a_country_is_the_giver_not_the_dative() -> None:
    found = events("Der Emir von Katar sagte Pakistan Investitionen in Höhe von drei Milliarden Dollar zu.")
    assert [(e.type, e.status, e.source.country, e.target.country) for e in found] == [
        ("AGREE", "planned", "QAT", "PAK")]


def test_an_unnamed_person_known_by_a_country_adjective() -> None:
    found = events("Der saudische Kronprinz telefonierte am Montag mit dem iranischen Präsidenten Massud Peseschkian.")
    assert dyads(found) == [("phone_call", "SAU", "IRN", "2024-06-17", "occurred")]


def test_talks_between_two_countries_named_after_the_noun() -> None:
    found = events("Die Gespräche zwischen Indien und China wurden am Montag fortgesetzt.")
    assert [(e.subtype, sorted([e.source.country, e.target.country])) for e in found] == [
        ("talks", ["CHN", "IND"])]


def test_a_named_agreement_in_a_background_phrase_is_signed_by_the_articles_pair() -> None:
    found = events("Katar und Saudi-Arabien versöhnten sich nach dem Abkommen von al-Ula im Januar 2021.")
    assert [(e.subtype, sorted([e.source.country, e.target.country]), e.date) for e in found] == [
        ("agreement_signed", ["QAT", "SAU"], "2021-01")]


def test_relations_broken_in_a_nachdem_clause_keep_their_own_date() -> None:
    found = events("Peru und Mexiko haben ihre Beziehungen wiederhergestellt, nachdem Peru sie 2022 abgebrochen hatte.")
    assert [(e.subtype, e.type, e.source.country, e.target.country, e.date) for e in found] == [
        ("relations_established", "SUPPORT", "PER", "MEX", None), ("other", "SANCTION", "PER", "MEX", "2022")]


def test_a_headline_joins_the_body_act_it_retells_even_when_its_wording_blurs_the_status() -> None:
    text = ("Iohannis telefoniert mit Orbán\n\n"
            "Der rumänische Präsident Klaus Iohannis will am Freitag mit dem ungarischen Ministerpräsidenten "
            "Viktor Orbán telefonieren.")
    assert [(e.subtype, e.status, e.source.country, e.target.country) for e in events(text)] == [
        ("phone_call", "planned", "ROU", "HUN")]


def test_a_meeting_with_a_domestic_group_is_no_event_and_the_pronoun_after_the_verb_acts() -> None:
    text = ("Italien kritisierte Frankreich. Nachdem sich der französische Präsident Emmanuel Macron mit "
            "Vertretern der Gelbwesten getroffen hatte, kritisierte er Italien.")
    assert [(e.subtype, e.source.country, e.target.country) for e in events(text)] == [
        ("criticism", "ITA", "FRA"), ("criticism", "FRA", "ITA")]


def test_a_meeting_with_representatives_of_a_foreign_government_stays() -> None:
    found = events("Der französische Präsident Emmanuel Macron traf sich mit Vertretern der chinesischen Regierung.")
    assert [(e.subtype, e.source.country, e.target.country) for e in found] == [("meeting", "FRA", "CHN")]


def test_criticism_voiced_by_the_domestic_opposition_is_no_event() -> None:
    text = ("Der chilenische Präsident Gabriel Boric traf in Lima die peruanische Präsidentin Dina Boluarte. "
            "Die chilenische Opposition kritisierte das Treffen scharf.")
    assert [e.subtype for e in events(text)] == ["meeting"]


def test_a_non_actor_subject_after_the_verb_leaves_the_bare_country_as_target() -> None:
    text = ("Saudi-Arabien und Katar wollen enger zusammenarbeiten. "
            "In einer gemeinsamen Erklärung kritisierten die Golfstaaten Iran scharf.")
    assert [(e.subtype, e.source.country, e.target.country) for e in events(text)] == [("criticism", "SAU", "IRN")]


@pytest.mark.parametrize("text, expected", [
    ("Nach der Ausweisung drohte Russland Estland mit Gegenmaßnahmen.", [("threat", "RUS", "EST")]),
    ("Die USA drohten China mit Strafzöllen.", [("sanction", "USA", "CHN")]),
])
def test_a_threat_is_one_threatening_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = events(text)
    assert [(e.subtype, e.source.country, e.target.country) for e in found] == expected
    assert all(e.type == "THREATEN" for e in found)


def test_sanctions_owned_by_a_genitive_are_in_force_and_target_the_gegen_phrase() -> None:
    text = ("Der ungarische Regierungschef Viktor Orbán bekräftigte, Ungarn werde sich den Sanktionen "
            "der Vereinigten Staaten gegen Kuba nicht anschließen.")
    found = [e for e in events(text) if e.subtype == "sanction"]
    assert [(e.type, e.status, e.source.country, e.target.country) for e in found] == [
        ("SANCTION", "occurred", "USA", "CUB")]
    planned = events("Die Europäische Union will neue Sanktionen gegen Belarus verhängen.")
    assert [(e.type, e.source.country, e.target.country) for e in planned] == [("THREATEN", "EUU", "BLR")]


def test_a_negation_inside_a_separable_verb_negates_it() -> None:
    text = ("Frankreich hatte die Unabhängigkeit des Kosovo im Februar 2008 anerkannt; "
            "Spanien erkennt den Kosovo bis heute nicht an.")
    assert dyads(events(text)) == [("recognition", "FRA", "XKX", "2008-02", "occurred")]


def test_a_quoted_attack_that_characterises_an_incident_is_no_attack() -> None:
    text = ("Der litauische Außenminister Gabrielius Landsbergis nannte den Vorfall einen „gezielten Angriff“ "
            "auf die Souveränität seines Landes und verlangte von Minsk eine Erklärung.")
    assert [e.subtype for e in events(text)] == ["criticism", "demand"]


def test_support_in_a_purpose_clause_is_an_aim_not_an_act() -> None:
    text = ("Die peruanische Präsidentin Dina Boluarte hatte Soldaten an die Grenze zu Chile entsandt, "
            "um die Polizei zu unterstützen.")
    assert [e.subtype for e in events(text)] == ["mobilization"]


def test_a_country_after_the_verb_is_no_source_when_a_non_actor_subject_precedes() -> None:
    text = "Ägypten und Israel verhandeln. Die Arabische Liga forderte Israel auf, die Angriffe einzustellen."
    found = [e for e in events(text) if e.subtype == "demand"]
    assert [e.target.country for e in found] == ["ISR"]
    assert all(e.source.country != "ISR" for e in found)


@pytest.mark.parametrize("text, source, target", [
    ("Die Regierung in Oslo kündigte an, der Ukraine zehn Milliarden Kronen zur Verfügung zu stellen.", "NOR", "UKR"),
    ("Spanien sagte zu, Marokko beim Bau der Bahnstrecke zu unterstützen.", "ESP", "MAR"),
    ("Bundeskanzler Olaf Scholz stellte Kiew weitere Luftabwehrsysteme in Aussicht.", "DEU", "UKR"),
])
def test_more_pledge_wordings_are_planned_agreements(text: str, source: str, target: str) -> None:
    found = events(text)
    assert [(e.type, e.status, e.source.country, e.target.country) for e in found] == [
        ("AGREE", "planned", source, target)]


def test_a_joint_statement_with_a_named_counterpart_is_their_meeting() -> None:
    text = ("Der türkische Präsident Recep Tayyip Erdoğan äußerte sich am 3. Mai 2024 bei einer gemeinsamen "
            "Presseerklärung mit dem georgischen Ministerpräsidenten Irakli Kobachidse.")
    assert [(e.subtype, sorted([e.source.country, e.target.country])) for e in events(text)] == [
        ("meeting", ["GEO", "TUR"])]


def test_talks_during_a_visit_take_its_month_and_the_person_not_the_body() -> None:
    text = ("Am 14.-16. April 2019 fand ein Besuch des Vorsitzenden des Senats der Republik Polen "
            "Herrn Stanisław Karczewski in Deutschland statt, während dessen Gespräche mit dem Präsidenten "
            "des Deutschen Bundestages Herrn Wolfgang Schäuble, Vertretern des deutschen Auswärtigen Amtes sowie "
            "anderen Vertretern der deutschen Wirtschaft geführt wurden.")
    found = events(text)
    visit = [e for e in found if e.subtype == "visit"]
    talks = [e for e in found if e.subtype == "talks"]
    assert [(e.source.name, e.target.country, e.date) for e in visit] == [("Stanisław Karczewski", "DEU", "2019-04-14")]
    assert [(e.source.name, e.target.name, e.date) for e in talks] == [
        ("Stanisław Karczewski", "Wolfgang Schäuble", "2019-04"),
        ("Stanisław Karczewski", "Auswärtiges Amt", "2019-04")]


def test_nominal_visit_list_gives_each_visitor_their_own_year_and_the_destination() -> None:
    text = ("Die Besuche des Vorsitzenden des Senats der Republik Chile Jaime Quintana (2019) und des "
            "Vorsitzenden des Ausschusses für Verteidigung, Sicherheit und Außenpolitik des Senats der Republik "
            "Chile Kenneth Pugh (2021) nach Spanien dienten der Vertiefung der Beziehungen.")
    found = [e for e in events(text) if e.subtype == "visit"]
    assert [(e.source.name, e.source.country, e.target.country, e.date) for e in found] == [
        ("Jaime Quintana", "CHL", "ESP", "2019"), ("Kenneth Pugh", "CHL", "ESP", "2021")]


def test_a_country_list_after_a_semicolon_is_not_expanded_into_the_relation() -> None:
    found = events("Die Beziehungen zwischen Kenia und dem Nachbarland hatten sich erst im März 2019 normalisiert; "
                   "die Komoren, Somalia, Tansania und Uganda hatten Kenia zuvor jahrelang boykottiert.")
    assert [(e.subtype, e.source.country, e.target.country) for e in found
            if e.subtype == "relations_established"] == [("relations_established", "KEN", "COM")]


def test_criticism_of_a_thing_in_a_relative_clause_is_no_interstate_criticism() -> None:
    found = events("Der serbische Präsident Vucic traf am Montag den kroatischen Premier Plenković. "
                   "Vucic, der das Abkommen im Wahlkampf noch als „Verrat“ kritisiert hatte, lehnte eine "
                   "Neuverhandlung nun ab.")
    assert "criticism" not in [e.subtype for e in found]
    found = events("Der serbische Präsident Vucic traf am Montag den kroatischen Premier Plenković. "
                   "Vucic, der Kroatien im Wahlkampf noch scharf kritisiert hatte, lobte nun die Zusammenarbeit.")
    assert ("criticism", "SRB", "HRV") in [(e.subtype, e.source.country, e.target.country) for e in found]


def test_a_statement_naming_neither_side_retells_the_previous_sentence_s_act() -> None:
    found = events("Das chilenische Außenministerium hat am Montag den peruanischen Botschafter in Santiago "
                   "einbestellt und gegen das Vorgehen peruanischer Grenzbeamter scharf protestiert. "
                   "Man verurteile die „wiederholten Schikanen“, hieß es in einer Erklärung.")
    assert dyads(found) == [("criticism", "CHL", "PER", "2024-06-17", "occurred")]


def test_a_relative_clause_on_the_opposition_is_no_interstate_criticism() -> None:
    found = events("Der peruanische Präsident Pedro Castillo traf am Montag den bolivianischen Präsidenten Luis Arce. "
                   "Kritik kam von der peruanischen Opposition, die Castillo vorwarf, Arce trotz der umstrittenen "
                   "Wahl aufzuwerten.")
    assert dyads(found) == [("meeting", "PER", "BOL", "2024-06-17", "occurred")]


def test_promised_backing_is_support_and_promised_money_is_aid() -> None:
    assert dyads(events("Japan sicherte Vietnam am Montag seine volle Unterstützung zu.")) == [
        ("support_statement", "JPN", "VNM", "2024-06-17", "occurred")]
    assert [e.subtype for e in events("Japan sicherte Vietnam am Montag Unterstützung in Höhe von "
                                      "50 Millionen Euro zu.")] == ["aid"]


def test_the_subject_of_a_verb_after_a_relative_clause_is_its_antecedent() -> None:
    found = events("Der serbische Präsident Vucic traf am Montag den kroatischen Premier Plenković. "
                   "Vucic, der das Abkommen im Wahlkampf noch als „Verrat“ bezeichnet hatte, lehnte eine "
                   "Neuverhandlung nun ab.")
    assert ("rejection", "SRB", "HRV") in [(e.subtype, e.source.country, e.target.country) for e in found]


def test_nun_dates_an_undated_act_by_the_article_not_the_paragraph_s_past() -> None:
    text = ("Der serbische Präsident Vucic traf am Montag den kroatischen Premier Plenković. Das Abkommen war "
            "im Mai 2013 in Zagreb unterzeichnet worden. Vucic, der das Abkommen im Wahlkampf noch als „Verrat“ "
            "bezeichnet hatte, lehnte eine Neuverhandlung nun ab.")
    assert [(e.subtype, e.date) for e in events(text) if e.subtype == "rejection"] == [("rejection", "2024-06-17")]


def test_a_zwischen_phrase_of_another_clause_names_no_participants_of_the_talks() -> None:
    found = events("Der estnische Präsident Alar Karis besuchte am Montag Finnland. Bei ihren Gesprächen, an denen "
                   "auch die Außenminister teilnahmen, ging es vor allem um die Sicherung des schmalen Korridors "
                   "zwischen Russland und Weißrussland.")
    assert not [e for e in found if {e.source.country, e.target.country} & {"RUS", "BLR"}]


def test_meeting_representatives_of_a_foreign_domestic_group_is_no_interstate_meeting() -> None:
    found = events("Der spanische Ministerpräsident Pedro Sánchez und die italienische Ministerpräsidentin Giorgia "
                   "Meloni haben am Dienstag telefoniert. Im Februar 2020 hatte Spanien seinen Botschafter aus Rom "
                   "zurückgerufen, nachdem sich der damalige italienische Innenminister mit Vertretern der spanischen "
                   "Gewerkschaften getroffen hatte.")
    assert "meeting" not in [e.subtype for e in found]


def test_joining_this_demand_is_a_demand_toward_its_target() -> None:
    found = events("Der polnische Präsident Andrzej Duda verlangte am Montag von Russland die Freilassung der "
                   "Journalisten. Auch der slowakische Präsident Peter Pellegrini hatte sich dieser Forderung in der "
                   "vergangenen Woche angeschlossen.")
    assert [(e.subtype, e.source.country, e.target.country) for e in found] == [
        ("demand", "POL", "RUS"), ("demand", "SVK", "RUS")]


def test_clashes_after_nach_that_name_no_actor_are_not_the_main_subject_s_attack() -> None:
    found = events("Nach heftigen Gefechten an der gemeinsamen Grenze hat Armenien zwei aserbaidschanische "
                   "Diplomaten ausgewiesen.")
    assert [(e.subtype, e.source.country, e.target.country) for e in found] == [("expulsion", "ARM", "AZE")]
    found = events("Nach russischen Luftangriffen auf Kiew hat die Ukraine den Botschafter Belarus einbestellt.")
    assert ("attack", "RUS", "UKR") in [(e.subtype, e.source.country, e.target.country) for e in found]


def test_pledged_investments_are_investment_not_aid() -> None:
    found = events("Der türkische Präsident Erdogan sagte Aserbaidschan am Montag Investitionen in Höhe von "
                   "zwei Milliarden Dollar zu.")
    assert dyads(found) == [("investment", "TUR", "AZE", "2024-06-17", "planned")]


def test_a_titled_name_before_the_verb_is_the_subject_and_the_country_after_it_the_object() -> None:
    found = events("Der kenianische Präsident William Ruto traf am Montag den somalischen Präsidenten. "
                   "Außenminister Abdi Omar Said forderte Kenia auf, die Grenze zu öffnen.")
    assert ("demand", "SOM", "KEN") in [(e.subtype, e.source.country, e.target.country) for e in found]


@pytest.mark.parametrize("sentence", [
    "Der Präsident kam am Montag zu einem Staatsbesuch in Berlin an.",
    "MOSKAU KRITISIERT NEUE SANKTIONEN DER EU",
    "Die Außenminister trafen sich in Wien und unterzeichneten ein Abkommen über den Handel.",
    "Beim Treffen der Staatschefs wurde die Einführung einer Visumpflicht für Bürger Georgiens angekündigt.",
    "Die Delegation wurde am Dienstag im Kreml empfangen; Gespräche fanden nicht statt.",
    "Die Regierung in Ankara bestellte den Botschafter ein und rief ihren Botschafter zurück.",
    "Der Präsident will nächste Woche nach Paris reisen, falls die Gespräche nicht scheitern.",
    "İSTANBUL: Der Außenmınıster kritisierte die Angriffe.",  # letters the regex engine folds unlike str.lower
    "Beide Seiten vereinbarten, die Gespräche mit dem Nachbarland fortzusetzen.",
])
def test_prefilter_keeps_every_lexicon_regex_that_matches(sentence: str) -> None:
    possible = possible_patterns(sentence)
    regexes = [p for t in triggers() for p in (t.pattern, t.requires, t.excludes) if p is not None]
    regexes += [c.pattern for c in status_cues()] + [word_class(name) for name in SENTENCE_CLASSES]
    matching = [p for p in regexes if p.search(sentence)]
    assert matching and all(p in possible for p in matching)


def test_prefilter_leaves_out_triggers_a_sentence_lacks_the_words_of() -> None:
    possible = possible_patterns("Der Präsident besuchte am Montag Berlin.")
    candidates = [t for t in triggers() if t.pattern in possible]
    assert {t.subtype for t in candidates} <= {"visit", "state_visit", "official_visit", "working_visit"}
    assert len(candidates) < len(triggers()) // 4


def test_anchor_index_needs_a_word_of_every_regex_and_tries_one_without_words_everywhere() -> None:
    colon = re.compile(r"[;:]")
    also = re.compile(r"(?:,|;) und (?:zwar|auch)", re.IGNORECASE)
    visit = re.compile(r"(?<![\w-])Staatsbesuch\w*")
    index = AnchorIndex([colon, also, visit])
    found = index.candidates("Der Staatsbesuch fand statt, UND ZWAR im Mai.")
    assert {colon, also, visit} <= found
    assert index.candidates("Der Besuch fand im Mai statt.") == frozenset({colon})


def test_copula_stay_of_a_person_abroad_is_a_visit() -> None:
    text = "Der bolivianische Präsident Luis Arce sucht neue Partner. Im März war er in Peking."
    assert dyads(events(text)) == [("visit", "BOL", "CHN", "2024-03", "occurred")]
    text = "Der chilenische Außenminister Alberto van Klaveren hielt sich im Juni in Buenos Aires auf."
    assert dyads(events(text)) == [("visit", "CHL", "ARG", "2024-06", "occurred")]
    text = "Die indonesische Außenministerin Retno Marsudi weilte im Februar in Canberra."
    assert dyads(events(text)) == [("visit", "IDN", "AUS", "2024-02", "occurred")]
    assert dyads(events("Eine Delegation aus Vietnam war im Oktober in Laos.")) == \
        [("visit", "VNM", "LAO", "2023-10", "occurred")]


def test_copula_stay_at_home_or_of_a_thing_or_with_a_predicate_is_no_visit() -> None:
    assert events("Der ghanaische Präsident John Mahama war im Juli in Accra.") == []
    assert events("Der kenianische Präsident William Ruto war in Lyon geboren worden.") == []
    assert events("Die Ministerin Anna Lindqvist aus Schweden war bis 2020 Botschafterin in Paris.") == []
    text = "Der kenianische Präsident William Ruto sprach am Montag. Die Lage war im März in Kampala ruhig."
    assert events(text) == []
    assert events("Der Grenzstreit zwischen Ghana und Togo war im Mai in Lomé.") == []


def test_ceremonial_reception_and_retold_trip_join_the_visit() -> None:
    arrival = "Die Präsidentin Perus, Rosa Quispe, ist am Montag zu einem Staatsbesuch in Quito eingetroffen. "
    expected = [("state_visit", "PER", "ECU", "2024-06-17", "occurred")]
    reception = "Präsident Daniel Noboa empfing Quispe im Palast mit militärischen Ehren."
    assert dyads(events(arrival + reception)) == expected
    assert dyads(events(arrival + "Es ist ihre erste Auslandsreise seit ihrem Amtsantritt im April.")) == expected
    text = "Der Präsident Ghanas, Kofi Mensah, reiste am Dienstag nach Lomé. Es war der erste Besuch in Togo seit 2019."
    assert dyads(events(text)) == [("visit", "GHA", "TGO", "2024-06-18", "occurred")]


def test_order_names_the_source_of_a_passive_withdrawal() -> None:
    text = ("Zypern und die Türkei streiten um Gasfelder. Das Bohrschiff war am Montag auf Anweisung Ankaras "
            "aus den zyprischen Gewässern abgezogen worden.")
    found = [(e.type, e.source.country, e.target.country) for e in events(text) if e.type == "RETREAT"]
    assert found == [("RETREAT", "TUR", "CYP")]
    text = "Die Soldaten wurden im Mai auf Befehl aus Paris aus Tschad abgezogen."
    assert [(e.type, e.source.country, e.target.country) for e in events(text)] == [("RETREAT", "FRA", "TCD")]


def test_host_receiving_a_named_guest_and_counterparts_from_listed_countries() -> None:
    text = ("Die Ministerpräsidentin Lettlands, Evika Siliņa, empfing am Freitag in Riga neben dem polnischen "
            "Regierungschef Donald Tusk auch die Amtskollegen aus Estland und Litauen.")
    assert [(e.source.country, e.target.country) for e in events(text)] == \
        [("POL", "LVA"), ("EST", "LVA"), ("LTU", "LVA")]
    text = "Der estnische Regierungschef Kristen Michal traf sich am Montag mit Amtskollegen aus Lettland und Litauen."
    assert dyads(events(text)) == [("meeting", "EST", "LVA", "2024-06-17", "occurred"),
                                   ("meeting", "EST", "LTU", "2024-06-17", "occurred")]
    assert events("Der Präsident empfing Studenten aus Kenia.") == []


def test_subject_with_a_name_apposition_before_the_verb() -> None:
    text = "Die Präsidentin Mexikos, Claudia Sheinbaum, besuchte am Freitag Guatemala."
    assert dyads(events(text)) == [("visit", "MEX", "GTM", "2024-06-14", "occurred")]
    text = "Am Montag, dem 3. März, besuchte der chilenische Präsident Gabriel Boric Argentinien."
    assert dyads(events(text)) == [("visit", "CHL", "ARG", "2024-03-03", "occurred")]


def test_coordinated_verbs_share_the_listed_subject() -> None:
    text = ("Am Donnerstag verurteilten Kolumbien, Chile und Peru Venezuela scharf und forderten Caracas auf, "
            "die Gefangenen freizulassen.")
    found = [(e.subtype, e.source.country, e.target.country) for e in events(text)]
    assert found == [("criticism", c, "VEN") for c in ("COL", "CHL", "PER")] + \
        [("demand", c, "VEN") for c in ("COL", "CHL", "PER")]


def test_subjectless_second_clause_takes_the_first_verbs_actor() -> None:
    text = ("Die Türkei kritisierte Griechenland am Montag scharf. Am Dienstag kritisierten die Nato-Partner "
            "Griechenland erneut und forderten Athen auf, die Übungen abzubrechen.")
    found = [(e.subtype, e.source.country, e.target.country) for e in events(text) if e.date == "2024-06-18"]
    assert found == [("criticism", "TUR", "GRC"), ("demand", "TUR", "GRC")]  # not Athens demanding


def test_visit_and_meeting_of_coordinated_verbs_share_the_visitor() -> None:
    text = "Der ungarische Minister Péter Szijjártó reiste am Montag nach Minsk und traf dort Präsident Lukaschenko."
    assert dyads(events(text)) == [("visit", "HUN", "BLR", "2024-06-17", "occurred"),
                                   ("meeting", "HUN", "BLR", "2024-06-17", "occurred")]
    text = ("Der mexikanische Präsident Andrés López traf im Mai Präsident Gustavo Petro in Bogotá "
            "und besuchte dann Kuba.")
    assert dyads(events(text)) == [("meeting", "MEX", "COL", "2024-05", "occurred"),
                                   ("visit", "MEX", "CUB", "2024-05", "occurred")]


def test_an_anniversary_dates_the_event_its_ordinal_years_earlier() -> None:
    text = "2019 feierten Polen und Japan das 40. Jubiläum der Aufnahme diplomatischer Beziehungen."
    assert dyads(events(text)) == [("relations_established", "POL", "JPN", "1979", "occurred")]
    text = "2019 feierten Polen und Japan den Jahrestag der Aufnahme diplomatischer Beziehungen."
    assert dyads(events(text)) == [("relations_established", "POL", "JPN", "2019", "occurred")]


def test_an_invitation_makes_the_invitee_the_planned_visitor() -> None:
    text = "Die Präsidentin Perus lud den chilenischen Präsidenten zu einem Staatsbesuch nach Lima ein."
    assert dyads(events(text)) == [("state_visit", "CHL", "PER", None, "planned")]


def test_times_the_time_parser_split_are_read_as_one_list() -> None:
    text = "Die Außenminister Kenias und Äthiopiens trafen sich 2021, zweimal 2022 und 2023."
    assert [d[3] for d in dyads(events(text))] == ["2021", "2022", "2023"]


def test_an_undated_lead_takes_the_day_its_opening_paragraph_names_not_older_background() -> None:
    text = ("Paraguay bricht mit Bolivien\n\nAsunción (dpa) – Paraguay hat die diplomatischen Beziehungen zu "
            "Bolivien abgebrochen. Außenminister Carlos Benítez gab die Entscheidung am Donnerstagabend in einer "
            "Fernsehansprache bekannt.\n\nBereits im Februar hatte Paraguay Bolivien vorgeworfen, Schmuggler an "
            "der Grenze zu decken.")
    assert dyads(events(text)) == [("other", "PRY", "BOL", "2024-06-20", "occurred"),
                                   ("criticism", "PRY", "BOL", "2024-02", "occurred")]


def test_an_undated_lead_without_a_day_takes_the_event_closest_to_the_document_date() -> None:
    text = ("Paraguay hat die diplomatischen Beziehungen zu Bolivien abgebrochen.\n\nBereits im Februar hatte "
            "Paraguay Bolivien vorgeworfen, Schmuggler an der Grenze zu decken. Im Mai hatte die paraguayische "
            "Marine ein bolivianisches Frachtschiff beschlagnahmt.")
    assert [e.date for e in events(text)] == ["2024-05", "2024-02", "2024-05"]


def test_a_treaty_year_in_an_attributive_phrase_dates_only_the_treaty() -> None:
    # the treaty named by its year is its own past signing (as the gold of tests/heldout5 and heldout12 reads it)
    found = events("Im Juni 2019 setzte Russland den 1987 mit den USA geschlossenen Vertrag aus.")
    assert dyads(found) == [("other", "RUS", "USA", "2019-06", "occurred"),
                            ("agreement_signed", "RUS", "USA", "1987", "occurred")]
    found = events("Serbien hat im Juli 2020 den 1975 geschlossenen Freundschaftsvertrag mit Ungarn ausgesetzt.")
    assert sorted((e.subtype, e.date) for e in found) == [("agreement_signed", "1975"), ("other", "2020-07")]


def test_a_treaty_year_with_a_place_dates_no_neighbouring_event() -> None:
    text = ("Bolivien kündigte im Mai 2022 das 2014 in La Paz unterzeichnete Abkommen mit Chile. "
            "Chile forderte Bolivien auf, die Entscheidung zurückzunehmen.")
    found = events(text)
    assert [(e.subtype, e.date) for e in found if e.subtype == "demand"] == [("demand", "2022-05")]
    text = ("Am 3. Februar 2023 beriefen die Philippinen den chinesischen Botschafter ein. "
            "Vietnam kritisierte das 2002 in Phnom Penh unterzeichnete Abkommen.")
    assert [e.date for e in events(text) if e.subtype == "criticism"] == ["2023-02-03"]


def test_the_attributive_year_still_dates_its_own_treaty_noun() -> None:
    found = events("Das 2019 in Lima unterzeichnete Abkommen zwischen Peru und Chile trat in Kraft.")
    assert [(e.subtype, e.date) for e in found] == [("agreement_signed", "2019")]


def test_a_continuing_contribution_since_a_year_is_dated_by_its_start() -> None:
    found = events("Seit 1995 hat Norwegen Tansania Entwicklungshilfe in Höhe von 300 Millionen Euro "
                   "zur Verfügung gestellt.")
    assert dyads(found) == [("aid", "NOR", "TZA", "1995", "occurred")]
    found = events("Seit Beginn des Krieges im Februar 2022 hat Polen der Ukraine Waffen geliefert.")
    assert [(e.subtype, e.date) for e in found] == [("aid", "2022-02")]


def test_since_dates_no_other_act_and_no_neighbouring_sentence() -> None:
    text = ("Seit Ausbruch der Kämpfe im April 2023 sind Tausende geflohen. "
            "Ägypten kritisierte den Sudan scharf.")
    assert [(e.subtype, e.date) for e in events(text, None)] == [("criticism", None)]
    text = "Seit 2021 kritisiert Ägypten den Sudan wegen des Staudamms."
    assert [(e.subtype, e.date) for e in events(text)] == [("criticism", None)]


def test_a_visit_invited_to_is_not_dated_by_the_invitation() -> None:
    text = ("Chiles Präsident Gabriel Boric lud am 5. März 2024 den argentinischen Präsidenten "
            "zu einem Besuch nach Santiago ein.")
    assert dyads(events(text)) == [("visit", "ARG", "CHL", None, "planned")]
    text = ("Chiles Präsident Gabriel Boric lud den argentinischen Präsidenten "
            "zu einem Besuch im Oktober 2024 nach Santiago ein.")
    assert dyads(events(text)) == [("visit", "ARG", "CHL", "2024-10", "planned")]


def test_a_time_before_the_invitation_dates_no_invited_visit() -> None:
    text = ("Chiles Präsident Gabriel Boric lud den argentinischen Präsidenten "
            "zu einem Besuch im Oktober nach Santiago ein.")
    assert [e.date for e in events(text)] == [None]


def test_live_blog_entries_take_the_day_heading_above_them() -> None:
    """A ticker in reverse order: each entry under 'Freitag, 4. März' is dated by that heading, not
    by the document date or the lead event."""
    text = ("Liveblog: Krise im Baltikum\n\nFreitag, 4. März\n\n"
            "18.20 Uhr: Lettland hat den russischen Botschafter einbestellt.\n\n"
            "Donnerstag, 3. März\n\n21.05 Uhr: Litauen hat Sanktionen gegen Belarus verhängt.\n\n"
            "9.30 Uhr: Finnlands Präsident hat Schweden besucht.\n\n"
            "Mittwoch, 23. Februar\n\nDie Ukraine hat Russland scharf kritisiert.")
    assert [(e.subtype, e.source.country, e.date) for e in events(text, "2022-03-05")] == [
        ("criticism", "LVA", "2022-03-04"), ("sanction", "LTU", "2022-03-03"),
        ("visit", "FIN", "2022-03-03"), ("criticism", "UKR", "2022-02-23")]


def test_timeline_entries_take_the_year_or_ticker_day_above_them() -> None:
    """A timeline under year lines, a ticker whose day headings carry a clock time."""
    timeline = ("Chronik der Beziehungen\n\n2011\n\nDer mongolische Präsident besuchte Seoul.\n\n"
                "Juni 2017\n\nSüdkorea und die Mongolei unterzeichneten ein Abkommen über Bergbau.")
    assert [(e.subtype, e.date) for e in events(timeline)] == [("visit", "2011"), ("agreement_signed", "2017-06")]
    ticker = ("+++ Dienstag, 9. Januar, 14.40 Uhr +++\n\nDer kirgisische Außenminister ist in Duschanbe eingetroffen."
              "\n\n+++ Mittwoch, 10. Januar, 08.15 Uhr +++\n\nTadschikistan hat Kirgistan scharf kritisiert.")
    assert [(e.source.country, e.date) for e in events(ticker, "2024-01-12")] == [
        ("KGZ", "2024-01-09"), ("TJK", "2024-01-10")]


def test_kurz_zuvor_takes_the_main_time_not_a_historical_year_in_the_sentence_before() -> None:
    text = ("Am 12. Mai 2024 feierte Dakar den Jahrestag der Föderation, die 1960 zerbrochen war. "
            "Kurz zuvor hatte Mali Senegal scharf kritisiert.")
    assert [(e.subtype, e.date) for e in events(text) if e.subtype == "criticism"] == [("criticism", "2024-05-12")]


def test_without_a_sequence_adverb_the_paragraph_s_last_time_still_dates() -> None:
    text = ("Am 12. Mai 2024 sprach Malis Präsident in Dakar über das Jahr 1960. "
            "Mali hatte Senegal scharf kritisiert.")
    assert [e.date for e in events(text) if e.subtype == "criticism"] == ["1960"]
