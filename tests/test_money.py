"""Money facts: German figures, their kind, qualifier, period and countries, and `chronik facts`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronik.cli import app
from chronik.extract.alternation import grouped
from chronik.extract.money import find_figures, parse_number
from chronik.facts import load_rates
from chronik.language.text import analyze
from chronik.model import Fact, RawDocument
from chronik.pipeline import process


def read(text: str, date: str | None = "2024-03-01") -> list[Fact]:
    """The facts chronik reads from one article."""
    return process(RawDocument("t", text, "test", meta_date=date)).facts


def only(text: str, date: str | None = "2024-03-01") -> Fact:
    facts = read(text, date)
    assert len(facts) == 1, [(f.value, f.currency, f.kind) for f in facts]
    return facts[0]


def figures(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.currency) for s in analyze(sentence).sentences for f in find_figures(s)]


@pytest.mark.parametrize("text, value", [
    ("3,9", 3.9), ("1.200.000", 1_200_000), ("273,8", 273.8), ("2.500", 2500), ("1\u00a0200", 1200),
    ("10.000,50", 10000.5), ("eine", 1), ("zwei", 2), ("zehn", 10), ("anderthalb", 1.5)])
def test_parse_number_reads_german_numbers(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("sentence, value, currency", [
    ("Das Handelsvolumen erreichte 3,9 Milliarden US-Dollar.", 3.9e9, "USD"),
    ("Der Konzern plant Investitionen von 2,5 Mrd. Euro.", 2.5e9, "EUR"),
    ("Die Regierung stellt € 400 Mio. bereit.", 4e8, "EUR"),
    ("Berlin sagte eine Milliarde Euro zu.", 1e9, "EUR"),
    ("Washington gab zwei Millionen Dollar frei.", 2e6, "USD"),
    ("Es wurden Abkommen über 300 Mio. USD unterzeichnet.", 3e8, "USD"),
    ("Die Stiftung erhielt 1.200.000 Euro.", 1.2e6, "EUR"),
    ("Der Vertrag hat einen Wert von 150 Milliarden Kasachischer Tenge.", 1.5e11, "KZT"),
    ("Der Handel wird in Russischen Rubel abgerechnet, zuletzt 80 Milliarden Russische Rubel.", 8e10, "RUB"),
    ("China vergab Kredite über 600 Mio. Yuan.", 6e8, "CNY"),
    ("Peking stellte 5 Milliarden Renminbi bereit.", 5e9, "CNY"),
    ("Tokio sagte ¥ 30 Milliarden zu.", 3e10, "JPY"),
    ("London gab £ 12 Mio. für das Programm.", 1.2e7, "GBP"),
    ("Die Bank lieh $ 1,5 Milliarden.", 1.5e9, "USD"),
    ("Ein 180-Millionen-Dollar-Projekt wurde angekündigt.", 1.8e8, "USD"),
    ("Der Handel mit Neuseeland lag bei 12,5 Mrd. A$.", 1.25e10, "AUD"),
    ("Ottawa sagte C$ 40 Millionen zu.", 4e7, "CAD"),
    ("Die Exporte erreichten 4,1 Mrd. S$.", 4.1e9, "SGD"),
    ("Die Bank vergab Kredite über 900 Mio. HK$.", 9e8, "HKD"),
    ("Wellington stellte 15 Mio. NZ$ bereit.", 1.5e7, "NZD"),
    ("Brasília investierte R$ 2 Milliarden.", 2e9, "BRL"),
    ("Der Fonds hält 3 Mrd. US$.", 3e9, "USD"),
])
def test_money_expressions(sentence: str, value: float, currency: str) -> None:
    assert figures(sentence) == [(pytest.approx(value), currency)]


@pytest.mark.parametrize("sentence, currency", [
    ("Norwegen stockt seine Hilfe für die Ukraine um 500 Millionen Kronen auf.", "NOK"),
    ("Tschechien investiert 2 Milliarden Kronen in das Stromnetz.", "CZK"),
    ("Aserbaidschan stellt 300 Millionen Manat für den Wiederaufbau bereit.", "AZN"),
])
def test_shared_currency_words_follow_the_country(sentence: str, currency: str) -> None:
    assert only(sentence).currency == currency


def test_shared_currency_word_without_a_country_is_no_fact() -> None:
    assert read("Der Kredit beläuft sich auf 10 Milliarden Pesos.") == []


@pytest.mark.parametrize("sentence, change", [
    ("Die Exporte nach Polen stiegen um 4,2 Mrd. Euro.", True),
    ("Die Vereinten Nationen bitten um 4,3 Milliarden Dollar für humanitäre Hilfe.", False)])
def test_um_marks_a_change_only_with_growth_words(sentence: str, change: bool) -> None:
    assert only(sentence).change is change


@pytest.mark.parametrize("sentence", [
    "Kasachstan vergibt über 500 Stipendien für Studierende.",
    "An der Übung nahmen 1.200 Soldaten teil.",
    "Die Hauptstadt hat zwei Millionen Einwohner.",
    "Der Warenaustausch legte um 25 Prozent zu.",
    "Das entspricht einem Anstieg um das 5,8-fache.",
    "Die Millionenstadt liegt an der Grenze.",
    "Im Jahr 2023 reisten 40 Delegationen nach Berlin.",
    "Die 20 Euro-Länder beraten in Brüssel über den Haushalt.",
    "Der Preisdeckel für russisches Öl liegt bei 60 Dollar pro Barrel.",
    "Ein Euro entspricht derzeit 1,08 Dollar.",
])
def test_counts_are_not_money(sentence: str) -> None:
    assert read(sentence) == []


def test_trade_volume_with_period_and_growth_as_change() -> None:
    facts = read("Im Jahr 2023 erreichte das bilaterale Handelsvolumen zwischen Usbekistan und Deutschland "
                 "2,4 Milliarden Euro, was einem Anstieg von 0,6 Milliarden Euro gegenüber 2022 entspricht.")
    level, change = facts
    assert (level.kind, level.value, level.currency, level.qualifier, level.period, level.change) == (
        "trade_volume", 2.4e9, "EUR", "eq", "2023", False)
    assert level.countries == ["DEU", "UZB"]
    assert (change.kind, change.value, change.period, change.change) == ("other", 6e8, "2023", True)


def test_investment_since_year_is_approx() -> None:
    fact = only("Japan ist ein wichtiger Partner für Usbekistan und hat seit 2010 rund 5,8 Milliarden "
                "US-Dollar in die Wirtschaft investiert.")
    assert (fact.kind, fact.value, fact.qualifier, fact.period) == ("investment", 5.8e9, "approx", "2010")
    assert fact.countries == ["JPN", "UZB"]


def test_each_figure_takes_the_year_after_it() -> None:
    facts = read("Die deutschen Investitionen in Kirgisistan stiegen von 12,5 Millionen Euro im Jahr 2021 "
                 "auf 30,2 Millionen Euro im Jahr 2022, was einem Anstieg um das 2,4-fache entspricht.")
    assert [(f.kind, f.value, f.period) for f in facts] == [("investment", 12.5e6, "2021"),
                                                             ("investment", 30.2e6, "2022")]
    assert facts[0].countries == ["DEU", "KGZ"]


def test_contract_value_more_than_and_adjective_countries() -> None:
    fact = only("Während des Gipfels wurden Verträge zwischen usbekischen und US-Unternehmen mit einem "
                "Gesamtvolumen von über 12 Milliarden US-Dollar abgeschlossen.")
    assert (fact.kind, fact.value, fact.qualifier) == ("contract_value", 1.2e10, "gt")
    assert fact.countries == ["USA", "UZB"]
    assert fact.period == "2024"  # an undated deal dates from the report


def test_project_value_from_compound_head() -> None:
    fact = only("Unter anderem wurde ein 250-Millionen-Euro-Projekt mit einem Chemiekonzern in Kasachstan angekündigt.")
    assert (fact.kind, fact.value, fact.currency) == ("project_value", 2.5e8, "EUR")


def test_aid_loan_amount_is_exact_and_conversion_is_no_second_fact() -> None:
    fact = only("Anlässlich des Besuchs stellte China Tadschikistan Kredite über 900 Mio. Yuan "
                "(umgerechnet knapp 120 Mio. Euro) bereit.", date="2019-06-12")
    assert (fact.kind, fact.value, fact.currency, fact.qualifier, fact.period) == (
        "aid", 9e8, "CNY", "eq", "2019")
    assert fact.countries == ["CHN", "TJK"]


def test_grant_to_the_neighbour_concerns_both_countries() -> None:
    text = ("Kirgisistan und Kasachstan bauen eine Brücke. Als unentgeltliche Hilfe gewährt Kasachstan "
            "dem Nachbarland dafür 40 Millionen US-Dollar.")
    fact = only(text)
    assert fact.kind == "aid"
    assert fact.countries == ["KAZ", "KGZ"]


@pytest.mark.parametrize("phrase, qualifier", [
    ("fast 30 Milliarden Dollar", "lt"), ("weniger als 2 Milliarden Euro", "lt"),
    ("mehr als 770 Millionen Dollar", "gt"), ("etwa 1,2 Milliarden Euro", "approx"),
    ("ca. 3 Mrd. Euro", "approx"), ("knapp 4 Milliarden Euro", "lt"), ("über 5 Milliarden Euro", "gt"),
    ("genau 7 Milliarden Euro", "eq")])
def test_qualifiers(phrase: str, qualifier: str) -> None:
    fact = only(f"Der Warenaustausch zwischen Polen und Litauen betrug im Jahr 2022 {phrase}.")
    assert (fact.qualifier, fact.kind, fact.period) == (qualifier, "trade_volume", "2022")


def test_trade_target_is_other_and_counted_once() -> None:
    text = ("Die Türkei will alles tun, damit der Handel mit Georgien ein Volumen von 10 Milliarden Dollar "
            "erreicht. Erstmals habe der gesamte Handelsumsatz im Jahr 2023 3 Milliarden Dollar erreicht. "
            "Nun wolle man die Anstrengungen verstärken, um auf die angestrebten 10 Milliarden Dollar zu kommen.")
    facts = read(text)
    assert [(f.kind, f.value, f.period) for f in facts] == [("other", 1e10, None), ("trade_volume", 3e9, "2023")]
    assert facts[0].countries == ["GEO", "TUR"]


def test_an_undated_aim_is_other() -> None:
    fact = only("Die Türkei strebt mit Georgien ein Handelsvolumen von 5 Milliarden Dollar an.")
    assert (fact.kind, fact.period) == ("other", None)


def test_trade_target_with_a_target_year_is_trade_volume_of_that_year() -> None:
    fact = only("Polen und Litauen wollen den Warenaustausch bis 2028 auf 12 Milliarden Euro steigern.")
    assert (fact.kind, fact.value, fact.period) == ("trade_volume", 1.2e10, "2028")


def test_a_goal_in_one_clause_does_not_make_the_next_clause_a_goal() -> None:
    facts = read("Beide Regierungen bekräftigten das Ziel, den Handel zwischen Chile und Peru bis 2027 auf "
                 "40 Milliarden Euro zu erhöhen; im vergangenen Jahr hatte er 31 Milliarden Euro erreicht.")
    assert [(f.kind, f.value, f.period) for f in facts] == [("trade_volume", 4e10, "2027"),
                                                            ("trade_volume", 3.1e10, "2023")]


def test_a_pronoun_takes_the_topic_of_the_previous_sentence() -> None:
    facts = read("Der Warenaustausch zwischen Chile und Peru wuchs 2022 kräftig. "
                 "Im Jahr davor hatte er 6,1 Milliarden Dollar betragen.")
    assert [(f.kind, f.value, f.period) for f in facts] == [("trade_volume", 6.1e9, "2021")]


def test_a_year_before_counts_from_the_sentence_year() -> None:
    facts = read("Der Handel zwischen Chile und Argentinien belief sich 2022 auf 9,5 Milliarden US-Dollar, "
                 "nachdem er ein Jahr zuvor noch bei 8 Milliarden gelegen hatte.")
    assert [(f.kind, f.value, f.currency, f.period) for f in facts] == [
        ("trade_volume", 9.5e9, "USD", "2022"), ("trade_volume", 8e9, "USD", "2021")]


def test_the_previous_year_of_the_sentence() -> None:
    facts = read("Die deutschen Exporte nach Chile stiegen 2021 auf 4 Mrd. Euro (Vorjahr: 3,5 Mrd. Euro).")
    assert [(f.value, f.period) for f in facts] == [(4e9, "2021"), (3.5e9, "2020")]


def test_money_made_available_for_a_programme_is_aid() -> None:
    fact = only("Norwegen stellt Kenia 30 Millionen Euro für ein Programm zur Wasserversorgung zur Verfügung, "
                "eines der Vorzeigevorhaben der Regierung.")
    assert (fact.kind, fact.countries) == ("aid", ["KEN", "NOR"])


def test_estimated_costs_are_a_project_value_not_dated_by_a_plan() -> None:
    facts = read("Die Slowakei und Ungarn vereinbarten eine Gasleitung, über die ab 2026 Gas fließen soll. "
                 "Die Kosten für den slowakischen Abschnitt werden auf rund 250 Millionen Euro veranschlagt.")
    assert [(f.kind, f.qualifier, f.period) for f in facts] == [("project_value", "approx", None)]


@pytest.mark.parametrize("text", [
    "Ein Konsortium bereitet den Bau eines Solarparks in Marokko vor; das Investitionsvolumen liegt bei "
    "rund 2 Milliarden Euro.",
    "Unterzeichnet wurde ein Vertrag über eine Brücke zwischen Laos und Thailand; das Vorhaben hat einen "
    "Wert von 400 Mio. Euro.",
])
def test_the_value_of_a_named_project(text: str) -> None:
    assert only(text).kind == "project_value"


def test_a_conversion_in_a_sentence_of_its_own_is_a_fact_of_the_same_kind() -> None:
    facts = read("Japan will in Vietnam Investitionen von zwei Billionen Yen tätigen. "
                 "Das entspricht umgerechnet rund 13 Milliarden Euro.")
    assert [(f.kind, f.value, f.currency, f.qualifier) for f in facts] == [
        ("investment", 2e12, "JPY", "eq"), ("investment", 1.3e10, "EUR", "approx")]
    assert facts[1].countries == facts[0].countries == ["JPN", "VNM"]


def test_period_from_the_previous_sentence_of_the_paragraph() -> None:
    text = ("Im ersten Halbjahr 2023 wuchs der Warenaustausch zwischen Armenien und Georgien deutlich. "
            "Die Exporte erreichten 310 Millionen Dollar.\n\nDie Importe lagen bei 200 Millionen Dollar.")
    facts = read(text)
    assert [(f.value, f.period) for f in facts] == [(3.1e8, "2023"), (2e8, None)]


def test_undated_loan_dates_from_the_report_not_from_the_previous_sentence() -> None:
    text = ("Deutschland hat Kasachstan seit 1992 Entwicklungshilfe im Umfang von rund 250 Millionen Euro "
            "geleistet. Zudem vergab die KfW einen Kredit über 150 Mio. Euro für erneuerbare Energien.")
    assert [(f.kind, f.qualifier, f.period) for f in read(text, date="2024-06-14")] == [
        ("aid", "approx", "1992"), ("aid", "eq", "2024")]


def test_headline_and_body_figure_are_one_fact_with_the_body_kind_and_date() -> None:
    text = ("Deutschland sagt Kenia 100 Millionen Euro zu\n\nDie Bundesentwicklungsministerin sagte Kenia am "
            "Montag Entwicklungshilfe von 100 Millionen Euro für 2024 zu.")
    fact = only(text, date="2024-05-06")
    assert (fact.kind, fact.period, fact.countries) == ("aid", "2024", ["DEU", "KEN"])
    assert fact.evidence.startswith("Die Bundesentwicklungsministerin")


@pytest.mark.parametrize("bracket", ["(3,7 Mrd. Euro)", "(etwa 3,7 Mrd. Euro)"])
def test_bracketed_second_currency_is_no_second_fact(bracket: str) -> None:
    fact = only(f"Die USA verkaufen Taiwan Waffen im Wert von 4 Mrd. Dollar {bracket}.")
    assert (fact.value, fact.currency) == (4e9, "USD")


def test_a_date_with_a_colon_labels_the_figure_after_it() -> None:
    facts = read("Die Exporte Ungarns nach Serbien lagen bei 5 Milliarden Euro (2022: 4,5 Milliarden).")
    assert [(f.value, f.currency, f.period) for f in facts] == [(5e9, "EUR", None), (4.5e9, "EUR", "2022")]


def test_each_figure_takes_the_cue_word_before_it() -> None:
    facts = read("Der Handel zwischen Spanien und Marokko erreichte 2023 rund 22 Milliarden Euro, die "
                 "spanischen Investitionen 4 Milliarden Euro.")
    assert [(f.kind, f.value) for f in facts] == [("trade_volume", 2.2e10), ("investment", 4e9)]


def test_range_shares_scale_and_currency() -> None:
    facts = read("Die Exporte nach Kasachstan stiegen 2023 von 2,1 auf 3,4 Milliarden Euro.")
    assert [(f.value, f.currency, f.kind) for f in facts] == [(2.1e9, "EUR", "trade_volume"),
                                                              (3.4e9, "EUR", "trade_volume")]


def test_figure_without_currency_takes_the_next_in_its_sentence() -> None:
    facts = read("Der Handel zwischen Polen und Litauen stieg von 3 Mrd. (2022) auf 4 Mrd. Euro (2023).")
    assert [(f.value, f.currency, f.period) for f in facts] == [(3e9, "EUR", "2022"), (4e9, "EUR", "2023")]


def test_figure_without_currency_takes_the_paragraphs() -> None:
    facts = read("Deutschland sagte der Ukraine Hilfen von 5 Milliarden Euro zu. Davon sind rund "
                 "2 Milliarden für Waffenlieferungen bestimmt.")
    assert [(f.value, f.currency, f.qualifier) for f in facts] == [(5e9, "EUR", "eq"), (2e9, "EUR", "approx")]


def test_bare_millions_in_a_sentence_not_about_money_stay_a_count() -> None:
    facts = read("Deutschland gab der Ukraine 2 Mrd. Euro. Die Zahl der Flüchtlinge stieg auf rund 3 Millionen.")
    assert [(f.value, f.currency) for f in facts] == [(2e9, "EUR")]


def test_potential_without_country_falls_back_to_the_main_pair() -> None:
    text = ("Der Präsident von Tadschikistan reiste nach Usbekistan. Tadschikistan und Usbekistan wollen "
            "enger kooperieren.\n\nMirziyoyev zufolge liegt das Potenzial bei 500 Mio. USD, auf lange Sicht "
            "sogar bei einer Milliarde US-Dollar.")
    facts = read(text)
    assert [(f.kind, f.value) for f in facts] == [("other", 5e8), ("other", 1e9)]
    assert facts[1].countries == ["TJK", "UZB"]


def test_facts_keep_evidence_sentence_offsets() -> None:
    text = "Kasachstan und Deutschland trafen sich. Der Handel erreichte 2023 rund 3,9 Milliarden US-Dollar."
    fact = only(text)
    assert text[fact.start:fact.end] == fact.evidence == "Der Handel erreichte 2023 rund 3,9 Milliarden US-Dollar."


def test_rates_file_csv_and_tsv(tmp_path: Path) -> None:
    csv_file = tmp_path / "rates.csv"
    csv_file.write_text("# ECB reference, 2024-03-01\ncurrency,rate_to_target\nUSD,0.92\nCNY,0.128\n", encoding="utf-8")
    tsv_file = tmp_path / "rates.tsv"
    tsv_file.write_text("USD\t0,92\n", encoding="utf-8")
    table = load_rates(csv_file, "eur")
    assert table.convert(100.0, "USD") == pytest.approx(92.0)
    assert table.convert(100.0, "EUR") == 100.0
    assert table.convert(100.0, "KZT") is None
    assert load_rates(tsv_file, "EUR").convert(10.0, "USD") == pytest.approx(9.2)
    bad = tmp_path / "bad.csv"
    bad.write_text("USD,0.9\nCNY,viel\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        load_rates(bad, "EUR")


def test_facts_command_on_an_ingested_store(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "handel.txt").write_text(
        "date 2024-02-20\nKasachstan und Deutschland wollen ihre Zusammenarbeit weiter ausbauen. Im Jahr 2023 "
        "erreichte das bilaterale Handelsvolumen zwischen Kasachstan und Deutschland 3,9 Milliarden US-Dollar. "
        "Die Außenminister der beiden Länder sprachen auch über Bildung und Kultur.\n", encoding="utf-8")
    (corpus / "hilfe.txt").write_text(
        "date 2018-09-18\nChina und Tadschikistan haben sich auf den Bau eines Regierungsgebäudes verständigt. "
        "Als unentgeltliche Hilfe gewährt China dem Nachbarland dafür 220 Millionen Yuan. Über die Vereinbarung "
        "hatte zuerst eine tadschikische Agentur berichtet.\n", encoding="utf-8")
    rates = tmp_path / "rates.csv"
    rates.write_text("currency,rate_to_target\nUSD,0.9\nCNY,0.13\n", encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(corpus), "--db", db]).exit_code == 0

    result = runner.invoke(app, ["facts", "--db", db, "--country", "KAZ", "--partner", "DEU", "--format", "json",
                                 "--rates", str(rates), "--to-currency", "EUR"])
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    assert (record["kind"], record["value"], record["currency"], record["period"]) == (
        "trade_volume", 3900000000, "USD", "2023")
    assert record["countries"] == ["DEU", "KAZ"] and record["doc_id"] == "handel"
    assert record["converted_value"] == pytest.approx(3.51e9) and record["converted_currency"] == "EUR"

    result = runner.invoke(app, ["facts", "--db", db, "--format", "csv"])
    lines = result.stdout.splitlines()
    assert lines[0].startswith("doc_id,kind,value,currency,qualifier,period,countries")
    assert len(lines) == 3 and any("aid,220000000,CNY" in line for line in lines)

    table = runner.invoke(app, ["facts", "--db", db, "--country", "TJK"])
    assert table.exit_code == 0 and "220 Mio. CNY" in table.stdout

    lonely = runner.invoke(app, ["facts", "--db", db, "--to-currency", "EUR"])
    assert lonely.exit_code != 0


@pytest.mark.parametrize("text, kind", [
    ("Polen und Litauen unterzeichneten am Montag einen Vertrag über den Bau einer Brücke, deren Kosten "
     "auf 420 Millionen Euro veranschlagt werden.", "project_value"),
    ("Die Europäische Union will sich an der Bahnstrecke in Serbien mit bis zu 150 Millionen Euro beteiligen.",
     "aid"),
    ("Deutschland will sich mit bis zu 90 Millionen Euro am Ausbau des Hafens in Ghana beteiligen.", "aid"),
    ("Japan liefert Vietnam sechs Patrouillenboote im Wert von 35 Milliarden Yen.", "aid"),
    ("Südkorea übergab den Philippinen zwei Korvetten im Wert von 40 Milliarden Won.", "aid"),
    ("Kanada schickte Haiti im Frühjahr Lieferungen von Mais und Zelten im Wert von 30 Millionen Dollar.", "aid"),
    ("Brasilien erhielt Getreidelieferungen aus Argentinien im Wert von 12 Millionen Dollar.", "aid"),
    ("Die rund 2 Milliarden Euro teure Raffinerie in Mombasa soll 2028 den Betrieb aufnehmen, sagte der "
     "kenianische Minister.", "project_value"),
])
def test_cost_contribution_and_delivery_kinds(text: str, kind: str) -> None:
    assert only(text).kind == kind


def test_goods_delivered_abroad_are_trade_and_a_dear_project_has_no_period() -> None:
    assert only("Chile verkaufte Lieferungen von Kupfer im Wert von 3 Milliarden Dollar nach Japan.").kind == \
        "trade_volume"
    assert only("Die 900 Millionen Euro teure Brücke über die Donau soll 2027 fertig sein.").period is None


def test_a_company_taking_part_invests() -> None:
    fact = only("Der chinesische Konzern will sich mit 2 Milliarden Dollar an dem Hafen in Peru beteiligen.")
    assert fact.kind == "investment"


def test_goods_delivered_to_a_destination_are_exports() -> None:
    assert only("Russland lieferte 2023 Öl im Wert von 5 Milliarden Dollar nach Indien.").kind == "trade_volume"


def test_a_cost_clause_does_not_retype_a_deal_in_another_phrase() -> None:
    fact = only("Frankreich und Indien schlossen Verträge über 7 Milliarden Euro, die Kosten der Ausbildung "
                "trägt Indien.")
    assert fact.kind == "contract_value"


@pytest.mark.parametrize("text", [
    "Die Kosten des Tunnels zwischen Dänemark und Deutschland, der bis 2031 fertig sein soll, werden auf "
    "7 Milliarden Euro geschätzt.",
    "Rumänien und Bulgarien unterzeichneten am Dienstag den Vertrag. Die Kosten der neuen Donaubrücke werden "
    "auf 260 Millionen Euro veranschlagt.",
    "Die Brücke zwischen Albanien und Montenegro soll 2032 fertig sein. Die Kosten werden auf 210 Millionen "
    "Euro veranschlagt.",
])
def test_a_project_cost_has_no_period(text: str) -> None:
    fact = only(text, "2025-03-10")
    assert (fact.kind, fact.period) == ("project_value", None)


def test_a_historic_year_of_the_previous_sentence_does_not_date_a_figure() -> None:
    fact = only("Ägypten und Kasachstan nahmen 1962 diplomatische Beziehungen auf. Ägypten zahlt Kasachstan "
                "für Weizen 500 Millionen Dollar.", "2025-03-10")
    assert fact.period is None
    recent = only("Im Jahr 2024 stieg der Handel deutlich. Er erreichte 4 Milliarden Euro zwischen Chile und "
                  "Peru.", "2025-03-10")
    assert recent.period == "2024"


def test_up_to_is_at_most() -> None:
    assert only("Die Europäische Union will sich mit bis zu 150 Millionen Euro an der Bahnstrecke in Serbien "
                "beteiligen.").qualifier == "lt"


def _flat(forms: list[str]) -> re.Pattern[str]:
    return re.compile("(?i:" + "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True)) + ")")


@pytest.mark.parametrize("text", [
    "Norwegen zahlt 500 Millionen norwegische Kronen, Schweden 20 Millionen Kronen.",
    "Die SCHWEIZER FRANKEN und die Franken-Anleihe: 3 Mrd. Fr. für Bern.",
    "Die Kronenzeitung nennt keine Krone und keine Kronen.",
])
def test_grouped_alternation_finds_what_a_flat_one_finds(text: str) -> None:
    forms = ["Kronen", "Krone", "norwegische Kronen", "Franken", "Schweizer Franken", "Schweizer", "Fr.", "Fr", "krone"]
    alts = [(f[0], re.escape(f[1:])) for f in sorted(set(forms), key=len, reverse=True)]
    grouped_re = re.compile(grouped(alts, ignore_case=True))
    flat = _flat(forms)
    assert [m.span() for m in grouped_re.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert [m.span() for m in grouped_re.finditer(text)]


def test_a_sentence_without_digits_holds_a_figure_only_with_a_scale_word() -> None:
    assert figures("Die Union sagte anderthalb Milliarden Euro zu.") == [(pytest.approx(1.5e9), "EUR")]
    assert figures("Die Union sagte eine Spende in Euro zu.") == []


def test_a_sum_given_only_converted_is_a_fact_of_its_own_kind() -> None:
    f = only("Die Regierung in Seoul werde Ecuador Mittel von umgerechnet knapp 80 Millionen US-Dollar "
             "bereitstellen, kündigte Präsident Yoon an.")
    assert (f.kind, f.value, f.currency, f.qualifier) == ("aid", 80e6, "USD", "lt")
    assert f.countries == ["ECU", "KOR"]


def test_a_conversion_of_the_previous_sentence_is_no_new_kind() -> None:
    facts = read("Korea gewährt Ecuador Kredite von 100 Milliarden Won. Das entspricht umgerechnet rund "
                 "75 Millionen US-Dollar.")
    assert [(f.kind, f.currency) for f in facts] == [("aid", "KRW"), ("aid", "USD")]


@pytest.mark.parametrize("text, kind", [
    ("Wien versprach Tiflis Gelder von 14 Millionen Euro für die Wasserversorgung.", "aid"),
    ("Dublin sagte Freetown Mittel in Höhe von 6 Millionen Euro zu.", "aid"),
    ("Ottawa hat Kingston bereits 9 Millionen Dollar zugesagt, erklärte die Ministerin.", "aid"),
    ("Der Autokonzern versprach Investitionen von 3 Milliarden Euro in Marokko.", "investment"),
    ("Der Konzern versprach Rabat 300 Millionen Euro für ein Werk in Tanger.", "investment"),  # a company's pledge
    ("Marokko sagte, der Handel mit Spanien liege bei 20 Milliarden Euro.", "trade_volume"),
])
def test_pledged_public_money_is_aid(text: str, kind: str) -> None:
    assert only(text).kind == kind


@pytest.mark.parametrize("text", [
    "Rom verzichtet auf Forderungen von 30 Millionen Euro, die Tunesien in Solaranlagen investieren soll.",
    "Paris erlässt Kamerun Schulden von 45 Millionen Euro, die das Land in Schulen investiert.",
])
def test_a_waived_claim_is_aid_whatever_the_debtor_invests_in(text: str) -> None:
    assert only(text).kind == "aid"


def test_investment_without_a_waiver_stays_investment() -> None:
    assert only("Tunesien investiert 30 Millionen Euro in Solaranlagen, die Forderungen sind beglichen.").kind \
        == "investment"


def test_export_credit_guarantees_are_no_trade() -> None:
    fact = only("Mit Hermes-Bürgschaften wurden 2023 Ausfuhren nach Angola im Wert von 900 Millionen Euro abgesichert.")
    assert (fact.kind, fact.period) == ("other", "2023")
    assert only("Die Exporte nach Angola erreichten 2023 einen Wert von 900 Millionen Euro.").kind == "trade_volume"


@pytest.mark.parametrize("text", [
    "Der neue Rahmenplan der Zusammenarbeit mit Bolivien umfasst Gelder von 60 Millionen Euro bis 2028.",
    "Das Kooperationsprogramm mit Sambia sieht bis 2027 Mittel von 40 Millionen Euro vor.",
])
def test_a_programme_sum_until_a_coming_year_is_aid_without_period(text: str) -> None:
    fact = only(text, date="2025-02-01")
    assert (fact.kind, fact.period) == ("aid", None)


def test_a_goal_until_a_coming_year_keeps_that_year() -> None:
    fact = only("Chile und Argentinien wollen den Handel bis 2029 auf 40 Milliarden Dollar steigern.",
                date="2025-02-01")
    assert (fact.kind, fact.period) == ("trade_volume", "2029")


def test_a_headline_pledge_joins_the_dated_body_sentence() -> None:
    text = ("Schweden sagt Liberia 8 Millionen Euro zu\n\nDie Ministerin sagte Liberia am Dienstag "
            "Mittel von 8 Millionen Euro für 2025 zu.")
    fact = only(text, date="2025-01-15")
    assert (fact.kind, fact.period) == ("aid", "2025")
    assert fact.evidence.startswith("Die Ministerin")


@pytest.mark.parametrize("text", [
    "Frankreich verzichtet auf Forderungen gegenüber Kamerun.",
    "Die Bundesregierung gewährte Hermes-Bürgschaften für Exporte nach Angola.",
])
def test_a_waiver_or_guarantee_without_a_figure_is_no_fact(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Italien verzichtet auf alte Forderungen an Tunesien. Tunesien investiert 30 Millionen Euro in Solaranlagen.",
     "investment"),
    ("Der Bund übernahm eine Bürgschaft, Deutschland gewährte Angola Hilfe von 900 Millionen Euro.", "aid"),
    ("Der Bund übernahm eine Bürgschaft für den Kredit, die Exporte nach Angola erreichten 2023 900 Millionen Euro.",
     "trade_volume"),
    # the cover reaches a figure in a phrase with no cue of its own
    ("Der Bund sicherte mit Bürgschaften Ausfuhren nach Angola ab, die 900 Millionen Euro wert waren.", "other"),
])
def test_a_waiver_or_guarantee_in_another_phrase_leaves_the_figure_its_own_kind(text: str, kind: str) -> None:
    assert only(text).kind == kind


@pytest.mark.parametrize("text, kind", [
    ("Litauen bezog im vergangenen Jahr Gas im Wert von über 300 Millionen Euro aus Norwegen.", "trade_volume"),
    ("Der Handelsaustausch zwischen Chile und Peru erreichte 2023 rund 4 Milliarden Dollar.", "trade_volume"),
    ("Die Europäische Kommission hat Moldau aus einem EU-Fonds 45 Millionen Euro bewilligt.", "aid"),
    ("Uganda zahlt Kenia jährlich rund 40 Millionen Dollar an Hafengebühren.", "other"),
    ("Nach dem Swap-Abkommen mit China stiegen die Devisenreserven Kenias auf 7 Milliarden Dollar.", "other"),
    ("Ein Staatsfonds aus Katar investierte 45 Millionen Euro in den Hafen von Tanger.", "investment"),
])
def test_purchases_exchange_grants_fees_and_reserves(text: str, kind: str) -> None:
    assert only(text).kind == kind


def test_a_deal_signed_in_a_text_without_a_date_line_takes_the_year_the_text_reports() -> None:
    text = ("Am 12. März 2024 reiste Präsident Li Wen nach Nairobi. Während des Besuchs unterzeichneten beide "
            "Seiten ein Währungsabkommen über 2 Milliarden Dollar.")
    fact = only(text, date=None)
    assert (fact.kind, fact.period) == ("contract_value", "2024")


def test_a_credit_line_of_an_international_lender_is_no_countrys_aid() -> None:
    text = "Der Internationale Währungsfonds gewährte Sri Lanka eine Kreditlinie über 2,9 Milliarden Dollar."
    assert only(text).kind == "other"
    assert only("Der IWF stellte Ägypten im Februar 2024 8 Milliarden Dollar zur Verfügung.").kind == "other"


def test_a_countrys_credit_beside_a_lender_stays_aid() -> None:
    assert only("Japan gewährte Sri Lanka einen Kredit über 500 Millionen Dollar.").kind == "aid"
    facts = read("Norwegen zahlte 20 Millionen Dollar in einen Fonds der Weltbank für Nepal ein, "
                 "und Japan gewährte Nepal Hilfe von 30 Millionen Dollar.")
    assert [f.kind for f in facts if f.value == 30_000_000] == ["aid"]


@pytest.mark.parametrize("sentence, currency", [
    ("Zwischen Niger und Burkina Faso wurden 2022 Waren im Wert von 120 Milliarden CFA-Franc gehandelt.", "XOF"),
    ("Kamerun sagte dem Tschad Hilfen über 15 Milliarden Franc CFA zu.", "XAF"),
    ("Die Weltbank bewilligte ein Projekt über 60 Milliarden FCFA.", "XOF"),
    ("Das Abkommen sieht Zahlungen von 9 Milliarden zentralafrikanischen CFA-Franc vor.", "XAF"),
])
def test_cfa_franc_is_west_african_unless_a_central_african_country_is_named(sentence: str, currency: str) -> None:
    assert only(sentence).currency == currency


def test_goods_traded_in_the_passive_are_trade_volume() -> None:
    text = ("Über den Grenzübergang bei Nong Khai wurden im Jahr 2023 Waren im Wert von rund 90 Milliarden "
            "Baht zwischen Thailand und Laos gehandelt.")
    assert (only(text).kind, only(text).currency) == ("trade_volume", "THB")


def test_acting_quickly_with_a_credit_is_no_trade() -> None:
    text = "Die Regierung in Lusaka hat schnell gehandelt und Malawi einen Kredit über 5 Millionen Dollar gewährt."
    assert only(text).kind == "aid"


@pytest.mark.parametrize("sentence, value", [
    ("Schweden überweist Kolumbien rund eine Milliarde Kronen pro Jahr für den Waldschutz.", 1e9),
    ("Der Fonds erhält zwei Millionen Euro je Monat aus Oslo.", 2e6),
])
def test_a_sum_per_year_or_month_is_a_figure(sentence: str, value: float) -> None:
    assert [v for v, _ in figures(sentence)] == [value]


def test_a_price_per_unit_is_no_figure_even_after_a_number_word() -> None:
    assert figures("Weizen kostete zuletzt zwei Dollar pro Scheffel.") == []


def test_a_named_contract_value_wins_over_the_word_investment() -> None:
    fact = only("Chile und Südkorea schlossen einen Vertrag über ein Stahlwerk. Den Wert des Auftrags – "
                "eine Investition von drei Milliarden Dollar – bezifferte der Hersteller am Freitag.")
    assert fact.kind == "contract_value"


def test_the_value_of_investments_stays_investment() -> None:
    fact = only("Der Wert der Investitionen Südkoreas in Chile liegt bei drei Milliarden Dollar.")
    assert fact.kind == "investment"


def test_a_pledge_split_by_a_relative_clause_is_aid() -> None:
    fact = only("Finnland sagte der Klimapartnerschaft mit Kenia, an der sich auch Kanada beteiligt, "
                "250 Millionen Euro zu.")
    assert fact.kind == "aid"


@pytest.mark.parametrize("text, kind, period", [
    # a share or stake bought is an investment
    ("Ein Staatsfonds aus Oman erwarb für rund 1,5 Milliarden Dollar einen Anteil am Hafen von Mombasa in Kenia.",
     "investment", None),
    ("Eine Firma aus Malaysia kaufte für 300 Millionen Euro eine Beteiligung am Flughafen von Porto in Portugal.",
     "investment", None),
    # a deficit or surplus booked beside the trade is no trade volume
    ("Der Handel zwischen Brasilien und Argentinien erreichte 2023 rund 28 Milliarden Dollar, wobei Argentinien "
     "ein Defizit von 4 Milliarden Dollar verbuchte.", "other", "2023"),
    # support 'mit' a sum is aid
    ("Spanien kündigte an, Marokko mit 200 Millionen Euro unterstützen zu wollen.", "aid", "2024"),
    ("Finnland hat Schulen in Sambia seit 2014 mit über 6 Millionen Euro gefördert.", "aid", "2014"),
    ("Irland ist mit 40 Millionen Euro der wichtigste Geldgeber Lesothos.", "aid", "2024"),
])
def test_stakes_balances_and_support_kinds(text: str, kind: str, period: str | None) -> None:
    facts = [f for f in read(text) if f.kind == kind]
    assert facts and facts[-1].period == period, [(f.kind, f.value, f.period) for f in read(text)]


def test_a_trade_figure_beside_a_deficit_stays_trade() -> None:
    facts = read("Der Handel zwischen Brasilien und Argentinien erreichte 2023 rund 28 Milliarden Dollar, wobei "
                 "Argentinien ein Defizit von 4 Milliarden Dollar verbuchte.")
    assert [(f.kind, f.value) for f in facts] == [("trade_volume", 28e9), ("other", 4e9)]


def test_a_market_share_in_trade_is_no_investment() -> None:
    assert only("Chinas Anteil am Außenhandel Vietnams von 30 Milliarden Dollar wuchs 2023.").kind == "trade_volume"


def test_a_bare_dollar_after_a_named_dollar_currency_is_that_currency() -> None:
    facts = read("Kanada sagte Jamaika 40 Millionen kanadische Dollar zu. Weitere 15 Millionen Dollar sollen in "
                 "Schulen fließen. Die USA zahlten 8 Millionen US-Dollar.")
    assert [f.currency for f in facts] == ["CAD", "CAD", "USD"]
    assert [f.currency for f in read("Brasilien zahlte Bolivien 30 Millionen Dollar.")] == ["USD"]


def test_funds_made_available_are_aid() -> None:
    assert only("Norwegen stellt Malawi 25 Millionen Euro für die Ernährungssicherheit bereit.").kind == "aid"


def test_a_states_contribution_to_a_fund_is_aid() -> None:
    assert only("Finnland sagte einen jährlichen Beitrag von 15 Millionen Euro für den Klimafonds zu.").kind == "aid"
    assert only("Ein Beitrag von 4 Millionen Euro aus Irland für Malawi ist vorgesehen.").kind == "aid"
