"""German temporal expressions: recognition, normalisation, document date, resolution, governing."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from chronik.extract.time import (
    _spec_of,
    document_date,
    expand_list,
    find_times,
    governing_time,
    headings,
    is_list,
    resolve_times,
)
from chronik.language.text import analyze
from chronik.model import DocDate, TimeExpr


def only(text: str) -> TimeExpr:
    times = find_times(text)
    assert len(times) == 1, [t.text for t in times]
    return times[0]


def resolved(text: str, anchor: str | None) -> list[TimeExpr]:
    return resolve_times(find_times(text), DocDate(anchor))


@pytest.mark.parametrize("text, span, value, precision", [
    ("Die Diplomatin wurde am 3. November 2024 vom Senat bestätigt.", "am 3. November 2024", "2024-11-03", "day"),
    ("Der Bericht vom 07.10.2025 liegt vor.", "vom 07.10.2025", "2025-10-07", "day"),
    ("Veröffentlicht 2025-11-10 in Lissabon.", "2025-11-10", "2025-11-10", "day"),
    ("Am 31. Dez. 1991 wurde die Unabhängigkeit anerkannt.", "Am 31. Dez. 1991", "1991-12-31", "day"),
    ("Ab dem 3. Jänner 2024 gilt die Regel.", "Ab dem 3. Jänner 2024", "2024-01-03", "day"),
    ("Seit dem 24. Februar 2022 herrscht Krieg.", "Seit dem 24. Februar 2022", "2022-02-24", "day"),
    ("Am 24. Februar des Jahres 2022 begann der Krieg.", "Am 24. Februar des Jahres 2022", "2022-02-24", "day"),
    ("Im Februar des Jahres 2022 begann der Krieg.", "Im Februar des Jahres 2022", "2022-02", "month"),
    ("Die Konferenz fand im Sept. 2019 statt.", "im Sept. 2019", "2019-09", "month"),
    ("Im Jahr 2021 stieg der Handel auf 2,7 Milliarden Euro.", "Im Jahr 2021", "2021", "year"),
    ("Die Reform soll Ende 2024 abgeschlossen sein.", "Ende 2024", "2024", "year"),
    ("Frankreich hat seit 2007 rund 4,1 Milliarden Euro investiert.", "seit 2007", "2007", "year"),
    ("Stand: März 2019", "Stand: März 2019", "2019-03", "month"),
    ("Die Außenministerin ist am Montag, 13. Mai 2019, in Wien empfangen worden.",
     "am Montag, 13. Mai 2019", "2019-05-13", "day"),
    ("Der Premier hat am Donnerstag (14.03.2024) angekündigt, nach Oslo zu reisen.",
     "am Donnerstag (14.03.2024)", "2024-03-14", "day"),
])
def test_absolute_dates(text: str, span: str, value: str, precision: str) -> None:
    t = only(text)
    assert (t.text, t.value, t.precision, t.relative) == (span, value, precision, False)
    assert text[t.start:t.end] == span


@pytest.mark.parametrize("text, value, end_value", [
    ("der Staatsbesuch in Frankreich am 4. und 5. April 2016", "2016-04-04", "2016-04-05"),
    ("Am 14.-16. Mai 2013 tagte die Kommission in Rom.", "2013-05-14", "2013-05-16"),
    ("Die Gespräche dauerten vom 9. bis 12. Juni 2018.", "2018-06-09", "2018-06-12"),
    ("Die Messe lief vom 30. September bis 2. Oktober 2019.", "2019-09-30", "2019-10-02"),
    ("Die Mission dauerte von Juni bis August 2024.", "2024-06", "2024-08"),
    ("Er war von 2014 bis 2016 Botschafter.", "2014", "2016"),
    ("In den Jahren 2014 bis 2016 wuchs der Handel.", "2014", "2016"),
    ("Die Übung fand zwischen dem 5. und 7. Mai 2024 statt.", "2024-05-05", "2024-05-07"),
])
def test_spans_are_one_expression(text: str, value: str, end_value: str) -> None:
    t = only(text)
    assert (t.value, t.end_value) == (value, end_value)
    assert not is_list(t)
    assert expand_list(t) == [t]


@pytest.mark.parametrize("text, values", [
    ("von der Kanzlerin S. Brandt (im März und Oktober 2011) besucht", ["2011-03", "2011-10"]),
    ("mit fünf offiziellen Besuchen in Italien (1995, 1999, 2003, 2008, 2013).",
     ["1995", "1999", "2003", "2008", "2013"]),
    ("Die Reisen im Laufe der Jahre 2016 und 2017 nach Georgien", ["2016", "2017"]),
    ("Bereits 2008 und 2018 war die Ministerin nach Armenien gereist.", ["2008", "2018"]),
])
def test_lists_expand_to_items(text: str, values: list[str]) -> None:
    t = only(text)
    assert is_list(t)
    items = expand_list(t)
    assert [i.value for i in items] == values
    assert all(text[i.start:i.end] == i.text for i in items)
    assert t.value == values[0] and t.end_value is None


def test_year_less_list_items_resolve_with_the_list() -> None:
    (t,) = resolved("Er reiste im März und Mai nach Berlin.", "2024-07-01")
    assert [i.value for i in expand_list(t)] == ["2024-03", "2024-05"]


@pytest.mark.parametrize("text", [
    "Das Handelsvolumen betrug 4,2 Milliarden US-Dollar.",
    "Georgien vergibt über 300 Stipendien.",
    "Die Investitionen stiegen auf 2,5 Mrd. Euro.",
    "Rund 1.200 Soldaten wurden verlegt.",
    "Rund 2000 Soldaten wurden verlegt.",
    "Der Vertrag hat einen Wert von 2024 Euro.",
    "Das Werk beschäftigt 1900 Mitarbeiter.",
    "Es geht um 2,5 Prozent.",
    "Zum 30. Jahrestag der Unabhängigkeit gratulierte er.",
])
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_times(text) == []


def test_first_name_august_is_not_a_month() -> None:
    assert find_times("Ein Gespräch mit August Hanning fand statt.") == []


@pytest.mark.parametrize("text, anchor, value, precision", [
    ("Der Minister reiste gestern nach Paris.", "2025-11-14", "2025-11-13", "day"),
    ("Heute empfing der Präsident den Gast.", "2020-02-19", "2020-02-19", "day"),
    ("Am Montag empfing die Präsidentin den Gesandten.", "2024-03-05", "2024-03-04", "day"),
    ("Am Dienstag sprach die Ministerin in Riga.", "2024-03-05", "2024-03-05", "day"),
    ("Am vergangenen Freitag trafen sie sich.", "2023-06-16", "2023-06-09", "day"),
    ("Am Montag wies die Regierung den Gesandten aus.", "2021-04", "2021-04", "month"),
    ("Der Vizepremier ist Ende vergangener Woche nach Rom gereist.", "2024-09-17", "2024-09", "month"),
    ("Der Vizepremier ist Ende vergangener Woche nach Rom gereist.", "2024-09", "2024-09", "month"),
    ("Gegen Ende der vergangenen Woche wurde es bekannt.", "2024-09-10", "2024-09", "month"),
    # a week across two months is a span: its first day's month (29.8.-1.9. -> August)
    ("Gegen Ende der vergangenen Woche wurde es bekannt.", "2024-09-03", "2024-08", "month"),
    ("Vergangene Woche traf Petro in Quito den Präsidenten Ecuadors.", "2025-03-05", "2025-02", "month"),
    ("Letzte Woche reiste die Premierministerin nach Oslo.", "2026-01-07", "2025-12", "month"),
    ("Der Streit begann in der vergangenen Woche.", "2023-05-10", "2023-05", "month"),
    ("Der Handel erreichte im vergangenen Jahr 6,1 Milliarden Euro.", "2022-04-13", "2021", "year"),
    ("Das Gremium wurde im Januar dieses Jahres gegründet.", "2026-02-24", "2026-01", "month"),
    ("Die Länder hatten am 3. Oktober vergangenen Jahres einen Vertrag geschlossen.",
     "2019-05-02", "2018-10-03", "day"),
    ("Die Premierministerin sprach am 11. März mit ihrem Amtskollegen.", "2022-03-12", "2022-03-11", "day"),
    ("Die Sitzung fand am 14. Februar statt.", "2025-02-14", "2025-02-14", "day"),
    ("Er war im Oktober in Valparaíso.", "2022-04-13", "2021-10", "month"),
    ("Erst Mitte September war die Fregatte zurückgekehrt.", "2021-10", "2021-09", "month"),
    ("Anfang Februar kam es zu Gesprächen.", "2025-03-10", "2025-02", "month"),
    ("Im Juli reiste eine Delegation nach Chile.", "2019-11", "2019-07", "month"),
    ("Bereits im Sommer rief Brasilien seinen Botschafter zurück.", "2022-12-01", "2022", "year"),
    ("Vor 60 Jahren wurde der Vertrag unterzeichnet.", "2023-01-22", "1963", "year"),
    ("Seit Anfang des Jahres hat sich der Streit verschärft.", "2024-05", "2024", "year"),
    ("Die Zeremonie war am 14. Februar.", "2025", "2025-02-14", "day"),
    ("Am 12.10. trafen sich die Minister.", "2025-11-12", "2025-10-12", "day"),
    ("Am Mittwoch (13.4.) lehnte Lima den Antrag ab.", "2022-04-15", "2022-04-13", "day"),
    ("Am Mittwoch (13. April) lehnte Lima den Antrag ab.", "2022-04-15", "2022-04-13", "day"),
    ("Ende vergangenen Jahres wurde das Abkommen ratifiziert.", "2025-03-12", "2024", "year"),
    ("Heuer wird die Kommission wieder tagen.", "2025-03-12", "2025", "year"),
    ("Vor zwei Monaten trafen sich die Außenminister.", "2025-03-12", "2025-01", "month"),
    ("Der Gipfel ist für Januar nächsten Jahres geplant.", "2025-03-12", "2026-01", "month"),
    ("Die Regierung tagte am vergangenen Wochenende.", "2025-11-12", "2025-11-08", "day"),
])
def test_relative_and_year_less_resolution(text: str, anchor: str, value: str, precision: str) -> None:
    (t,) = resolved(text, anchor)
    assert (t.value, t.precision) == (value, precision)


def test_bare_day_and_month_numbers_are_no_date() -> None:
    assert find_times("Lesen Sie Kapitel 5.10. im Bericht.") == []


def test_relative_before_resolution_has_no_value() -> None:
    for text in ("gestern", "am Montag", "im November", "Ende vergangener Woche", "im vergangenen Jahr"):
        t = only(f"Er kam {text} an.")
        assert t.relative and t.value is None


def test_unresolvable_without_anchor() -> None:
    (t,) = resolved("Am Mittwoch (13. April) lehnte Lima den Antrag ab.", None)
    assert t.value is None


def test_same_month_takes_the_previous_date() -> None:
    times = resolved("Im Mai 2017 besuchte die Präsidentin Peru. Noch im selben Monat folgte der Premier.", "2018-02")
    assert [t.value for t in times] == ["2017-05", "2017-05"]
    times = resolved("Am 5. Mai 2024 reiste er an. Am selben Tag traf er die Kanzlerin.", "2024-06")
    assert [t.value for t in times] == ["2024-05-05", "2024-05-05"]
    times = resolved("Im Mai 2024 reiste er an. Am selben Tag traf er die Kanzlerin.", "2024-06")
    assert [t.value for t in times] == ["2024-05", None]


@pytest.mark.parametrize("text, values", [
    ("Am 12. März 2021 landete sie in Lima. Am Vortag hatte sie Quito besucht.", ["2021-03-12", "2021-03-11"]),
    ("Am 12. März 2021 landete die Kanzlerin in Lima, tags darauf reiste sie weiter.", ["2021-03-12", "2021-03-13"]),
    ("Im Mai 2019 scheiterten die Gespräche. Zwei Jahre später kam es zur Einigung.", ["2019-05", "2021"]),
    ("Der Handel belief sich 2022 auf 9 Mrd., nachdem er ein Jahr zuvor bei 8 Mrd. gelegen hatte.", ["2022", "2021"]),
    ("Im Jahr 2015 trat das Abkommen in Kraft. Im Jahr darauf folgte das Protokoll.", ["2015", "2016"]),
    ("Am Vortag hatte sie Quito besucht.", ["2024-05-31"]),
    ("Tags zuvor war der Minister in Bogotá gelandet.", ["2024-05-31"]),
    ("Im Mai 2024 reiste sie an. Einen Tag zuvor hatte sie Quito besucht.", ["2024-05", None]),
])
def test_times_counted_from_the_previous_date(text: str, values: list[str | None]) -> None:
    assert [t.value for t in resolved(text, "2024-06-01")] == values


@pytest.mark.parametrize("text, values", [
    ("Am 8. April trafen sich die Minister in Lusaka, wie schon im Juli 2021. Tags zuvor hatten sie telefoniert.",
     ["2024-04-08", "2021-07", "2024-04-07"]),
    ("Am Samstag reiste die Premierministerin nach Rabat. Am Tag davor hatte sie den Botschafter empfangen.",
     ["2024-06-01", "2024-05-31"]),
    ("Am 3. Mai, bis zum Jahr 2030 gültig, trat das Abkommen in Kraft. Einen Tag zuvor wurde es unterzeichnet.",
     ["2024-05-03", "2030", "2024-05-02"]),
])
def test_the_day_before_counts_from_the_last_day_named(text: str, values: list[str | None]) -> None:
    assert [t.value for t in resolve_times(find_times(text), DocDate("2024-06-01"), analyze(text))] == values


def test_previous_year_counts_from_a_year_in_its_sentence() -> None:
    text = "Die Exporte stiegen 2019 auf 4 Mrd. Euro, nach 3 Mrd. Euro im Vorjahr. Im Vorjahr war es anders."
    times = find_times(text)
    values = [t.value for t in resolve_times(times, DocDate("2021-02-01"), analyze(text))]
    assert values == ["2019", "2018", "2020"]
    assert [t.value for t in resolve_times(times, DocDate("2021-02-01"))] == ["2019", "2020", "2020"]


def test_in_two_weeks_is_ahead() -> None:
    (t,) = resolved("In zwei Wochen reist die Delegation nach Canberra.", "2024-06-03")
    assert (t.value, t.future) == ("2024-06-17", True)  # weeks counted from the day: to the day


def test_year_end_words() -> None:
    assert [t.value for t in resolved("Zum Jahresende soll das Abkommen stehen.", "2025-03-01")] == ["2025"]
    assert [t.value for t in resolved("Bis zum Jahresende 2024 wurde verhandelt.", "2025-03-01")] == ["2024"]


@pytest.mark.parametrize("text, vague, future", [
    ("Er sprach kürzlich mit der Kanzlerin.", True, False),
    ("Der Austausch ist in den letzten Jahren gewachsen.", True, False),
    ("Sie wird in der kommenden Zeit erneut Japan besuchen.", True, True),
    ("Nächstes Jahr soll der Gipfel in Lima stattfinden.", False, True),
    ("Im Herbst wird der Präsident nach Madrid reisen.", False, True),
    ("Ein Treffen der Minister ist für die kommenden Wochen vorgesehen.", True, True),
])
def test_vague_and_future(text: str, vague: bool, future: bool) -> None:
    t = only(text)
    assert (t.vague, t.future) == (vague, future)


def test_future_clause_resolves_forwards() -> None:
    text = ("Das Präsidialamt bestätigte heute, dass die Minister zusammentreffen werden; "
            "für Mittwoch seien Verhandlungen angesetzt.")
    heute, mittwoch = resolved(text, "2024-03-05")
    assert heute.value == "2024-03-05" and not heute.future
    assert (mittwoch.value, mittwoch.future) == ("2024-03-06", True)
    (t,) = resolved("Die Konferenz, die am 17. März in Oslo ansteht, wurde vorbereitet.", "2023-03-07")
    assert (t.value, t.future) == ("2023-03-17", True)


@pytest.mark.parametrize("text, value", [
    ("Ein Sprecher teilte mit, Präsident Lula werde im Juni nach Tokio reisen.", "2025-06"),
    ("Die Ministerin würde im Mai gern nach Nairobi reisen, hieß es.", "2025-05"),
    ("Regierungskreisen zufolge würden die Außenminister im Januar in Kairo beraten.", "2026-01"),
    ("Der Gipfel solle im Februar in Lima stattfinden, sagte ein Diplomat.", "2026-02"),
    ("Die Premierministerin wolle im Mai nach Seoul reisen, berichtete die Zeitung.", "2025-05"),
])
def test_reported_future_month_resolves_forwards(text: str, value: str) -> None:
    (t,) = resolved(text, "2025-03-12")
    assert (t.value, t.future) == (value, True)


def test_reported_past_month_stays_behind() -> None:
    (t,) = resolved("Ein Sprecher teilte mit, Präsident Lula sei im Juni nach Tokio gereist.", "2025-03-12")
    assert (t.value, t.future) == ("2024-06", False)


@pytest.mark.parametrize("text, value", [
    ("Die Premiers kamen überein, den Wirtschaftsrat im Herbst erneut einzuberufen.", "2025"),
    ("Beide Seiten einigten sich darauf, im Frühjahr die Grenzgespräche fortzusetzen.", "2026"),
    ("Die Außenminister verständigten sich, im Februar ein Protokoll zu unterzeichnen.", "2026-02"),
])
def test_agreed_plans_resolve_forwards(text: str, value: str) -> None:
    (t,) = resolved(text, "2025-09-20")
    assert (t.value, t.future) == (value, True)


def test_in_the_autumn_in_the_past() -> None:
    (t,) = resolved("Im Herbst hatte er Madrid besucht.", "2025-03-01")
    assert (t.value, t.future) == ("2024", False)


def test_dated_preposition_vom_stays_in_the_past() -> None:
    (t,) = resolved("Die Einigung vom Montag soll rasch umgesetzt werden.", "2023-05-10")
    assert t.value == "2023-05-08"


# ------------------------------------------------------------------ document date

def test_metadata_wins() -> None:
    times = find_times("Am 3. November 2024 wurde sie bestätigt.")
    assert document_date("2025-02-14", times) == DocDate("2025-02-14", inferred=False)


def test_metadata_timestamp_keeps_its_date() -> None:
    assert document_date("2025-11-10T08:30:00+01:00", []) == DocDate("2025-11-10")
    assert document_date("unbekannt", find_times("Am 3. November 2024 wurde sie bestätigt.")) == \
        DocDate("2024-11-03", inferred=True)


def test_year_less_day_after_the_latest_full_date() -> None:
    text = ("Der Botschafter übergab am 14. Februar sein Beglaubigungsschreiben. "
            "Er war am 3. November 2024 vom Parlament bestätigt worden. Im Jahr 2022 wurde er ausgezeichnet.")
    assert document_date(None, find_times(text)) == DocDate("2025-02-14", inferred=True)


def test_year_less_day_on_the_latest_full_date() -> None:
    text = ("Der Ausschuss tagte am 12. Mai. Am 20. April hatte die Regierung entschieden, "
            "gemäß dem am 20. April 2021 geschlossenen Vertrag.")
    assert document_date(None, find_times(text)).value == "2021-05-12"


def test_latest_year_when_only_years() -> None:
    text = "Im Jahr 2021 stieg der Handel auf 2,7 Milliarden Euro, mehr als 2020. Italien investiert seit 2009."
    assert document_date(None, find_times(text)) == DocDate("2021", inferred=True)


def test_no_dates_no_document_date() -> None:
    text = "Die Ministerin unternahm Ende vergangener Woche eine Reise nach Kanada."
    assert document_date(None, find_times(text)) == DocDate(None)
    assert document_date(None, find_times("Am Mittwoch (13. April) lehnte Lima den Antrag ab.")).value is None


def test_future_dates_do_not_date_the_document() -> None:
    text = ("Am 3. März 2024 trafen sie sich. Nächstes Jahr soll der Gipfel in Lima stattfinden. "
            "Das Abkommen soll am 1. Januar 2026 in Kraft treten.")
    assert document_date(None, find_times(text)).value == "2024-03-03"


def test_deadlines_do_not_date_the_document() -> None:
    text = "Am 3. März 2024 wurde das Abkommen unterzeichnet. Es gilt bis 2030, die Zölle sinken ab 2027."
    assert document_date(None, find_times(text)).value == "2024-03-03"


def test_targets_and_plans_do_not_date_the_document() -> None:
    text = ("Am 14. Mai 2021 tagte in Wien der Kooperationsrat. Die Fertigstellung der Brücke wurde für 2024 "
            "bekräftigt. Die nächste Sitzung soll 2022 in Prag stattfinden.")
    assert document_date(None, find_times(text)).value == "2021-05-14"


def test_a_later_year_less_month_of_the_same_year_dates_the_document() -> None:
    text = "Am 3. März 2024 begannen die Verhandlungen. Im Mai unterzeichneten beide Seiten das Abkommen."
    assert document_date(None, find_times(text)) == DocDate("2024-05", inferred=True)


def test_year_less_months_in_the_past_do_not_push_the_document_date() -> None:
    text = ("Am 3. Oktober 2023 trafen sich die Präsidenten in Lissabon; es war ihr zweites Treffen in diesem Jahr, "
            "nachdem der Portugiese im April Warschau besucht hatte und der Pole im Juli nach Porto gereist war.")
    times = find_times(text)
    doc = document_date(None, times)
    assert doc.value == "2023-10-03"
    assert [t.value for t in resolve_times(times, doc)] == ["2023-10-03", "2023", "2023-04", "2023-07"]


def test_an_expiry_told_in_the_present_does_not_date_the_document() -> None:
    text = ("Georgien und Armenien unterzeichneten am Montag, dem 3. Juni 2024, in Jerewan ein Abkommen über den "
            "Stromhandel. Der alte Vertrag läuft Ende Oktober aus, das Zollprotokoll tritt im September in Kraft.")
    times = find_times(text)
    assert document_date(None, times) == DocDate("2024-06-03", inferred=True)
    assert [t.future for t in times] == [False, True, True]


def test_a_present_tritt_is_future_only_in_an_entry_into_force() -> None:
    text = "Der Premier tritt am 3. Mai 2024 in Berlin vor die Presse."
    assert [t.future for t in find_times(text)] == [False]
    assert document_date(None, find_times(text)) == DocDate("2024-05-03", inferred=True)
    text = "Die Reform, die am 1. Juli 2025 in Kraft tritt, wurde gestern beschlossen."
    assert [t.future for t in find_times(text)][:1] == [True]


def test_a_date_inside_a_counterfactual_lead_is_a_happening() -> None:
    text = ("Wer vor einem Jahr prophezeit hätte, dass Präsident Tomás Varga im Mai 2025 in Bratislava empfangen "
            "würde, wäre ausgelacht worden. Im Januar 2024 hatte Ungarn noch protestiert.")
    assert document_date(None, find_times(text)) == DocDate("2025-05", inferred=True)


def test_a_wish_in_konjunktiv_two_is_no_counterfactual_lead() -> None:
    text = "Er sagte, man hätte sich gewünscht, dass Kenia im Juni 2025 an dem Gipfel teilnehmen würde."
    assert [t.future for t in find_times(text)] == [True]
    assert document_date(None, find_times(text)) != DocDate("2025-06", inferred=True)


def test_a_counterfactual_dass_clause_with_two_subjects_is_a_happening() -> None:
    text = ("Wer im Jahr 2019 vorausgesagt hätte, dass Litauen und Polen im Oktober 2023 ein gemeinsames Manöver "
            "abhalten würden, wäre belächelt worden. Im November unterzeichneten beide ein Abkommen.")
    assert document_date(None, find_times(text)) == DocDate("2023-11", inferred=True)


def test_a_plain_dass_clause_after_an_und_stays_ahead() -> None:
    text = "Vilnius kündigte an, dass Litauen und Polen im Oktober 2025 ein Manöver abhalten werden."
    assert [t.future for t in find_times(text)] == [True]


def test_a_counterfactual_condition_keeps_its_consequence_unreal() -> None:
    text = "Hätte Bratislava zugestimmt, würde der Vertrag im Mai 2025 in Kraft treten."
    assert [t.future for t in find_times(text)] == [True]


def test_a_year_less_month_takes_the_year_the_text_tells_of_before_it() -> None:
    text = ("Im Oktober 2024 hatten Kroatien und Montenegro verhandelt. Im November legte Zagreb einen Entwurf vor. "
            "Anfang Januar 2025 brach Podgorica die Gespräche ab. Am Dienstag bestellte Zagreb den Botschafter ein.")
    assert document_date(None, find_times(text)) == DocDate("2025-01", inferred=True)


def test_a_year_less_day_earlier_than_the_month_told_before_it_stays_in_that_year() -> None:
    text = ("Im Februar 2025 hatte Uganda die Zölle auf kenianische Milch erhöht. Am 26. Januar war der Streit "
            "eskaliert. Am Dienstag reiste die Handelsministerin nach Nairobi.")
    times = find_times(text)
    doc = document_date(None, times)
    assert doc == DocDate("2025-02", inferred=True)
    assert [t.value for t in resolve_times(times, doc)] == ["2025-02", "2025-01-26", "2025-01-28"]


@pytest.mark.parametrize("text, anchor, value", [
    ("Die Präsidentin sagte zu, im Oktober zur Eröffnung der Messe nach Santiago zu reisen.", "2023-04-10", "2023-10"),
    ("Der Kanzler sagte Chile zu, im März ein Handelsbüro zu eröffnen.", "2023-04-10", "2024-03"),
    ("Die Premierministerin kündigte an, im Frühjahr nach Hanoi zu reisen.", "2022-11-15", "2023"),
    ("Der König lud den Präsidenten ein, im Juni an der Konferenz teilzunehmen.", "2024-01-20", "2024-06"),
    ("Beide Seiten vereinbarten, dass die Kommission im September in Quito tagt.", "2024-01-20", "2024-09"),
    ("Die Premierministerin kündigte an, im April nach Hanoi zu reisen.", "2024-04-03", "2024-04"),
])
def test_promised_and_planned_clauses_resolve_forwards(text: str, anchor: str, value: str) -> None:
    (t,) = resolved(text, anchor)
    assert (t.value, t.future) == (value, True)


@pytest.mark.parametrize("text", [
    "Der Minister bestätigte, im Oktober in Santiago gewesen zu sein.",
    "Die Regierung kündigte an, dass der Botschafter im Oktober abberufen worden war.",
    "Im Oktober sagte Brasilien die Lieferung zu.",
    "Chile forderte Peru auf, die im Oktober verhängten Zölle aufzuheben.",
])
def test_past_clauses_stay_in_the_past(text: str) -> None:
    (t,) = resolved(text, "2023-04-10")
    assert (t.value, t.future) == ("2022-10", False)


def test_main_clause_date_before_a_promise_stays_in_the_past() -> None:
    text = "Sánchez telefonierte am Freitag mit dem König und kündigte an, im Herbst nach Rabat zu reisen."
    friday, autumn = resolved(text, "2024-03-06")
    assert (friday.value, friday.future) == ("2024-03-01", False)
    assert (autumn.value, autumn.future) == ("2024", True)


def test_year_less_day_shortly_after_the_document_date_is_coming() -> None:
    (t,) = resolved("Der Außenminister trifft am 2. Juni seinen polnischen Amtskollegen.", "2024-05-21")
    assert (t.value, t.future) == ("2024-06-02", True)
    (t,) = resolved("Am 20. Juli hatte der Außenminister Warschau besucht.", "2024-05-21")
    assert t.value == "2023-07-20"


def test_29_february_only_in_leap_years() -> None:
    (t,) = resolved("Am 29. Februar unterzeichneten sie das Protokoll.", "2023-03-01")
    assert t.value == "2020-02-29"


def test_a_relative_clause_is_not_future_because_of_its_main_clause() -> None:
    (t,) = find_times("Der Vertrag, der am 5. Mai 2024 unterzeichnet wurde, soll die Zusammenarbeit stärken.")
    assert (t.value, t.future) == ("2024-05-05", False)


def test_a_regulation_number_is_not_a_span_of_years() -> None:
    assert find_times("Die Richtlinie 2019/1937 gilt weiter.") == []


# ------------------------------------------------------------------ governing expression

def govern(text: str, phrase: str, anchor: str | None = None, nth: int = 0) -> str | None:
    times = find_times(text)
    times = resolve_times(times, document_date(anchor, times))
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    t = governing_time(analyze(text), times, start, start + len(phrase))
    return t.value if t else None


VISITS = ("Der Dialog wurde beim offiziellen Besuch des Außenministers Hans Berger in Tiflis im Jahr 2016 "
          "sowie während der beiden Besuche des Ersten Stellvertretenden Premierministers L. Kipiani nach "
          "Österreich im Laufe des Jahres 2018 fortgesetzt.")
NAMES = ("Georgien wurde vom Bundespräsidenten K. Weber (1996), Bundeskanzler F. Roth (2004), "
         "Bundespräsidenten M. Lang (2009) und von der Bundeskanzlerin S. Brandt (im März und Oktober 2011) "
         "besucht.")
CLAUSES = ("Präsidentin Sandu besuchte Paris im Oktober, sprach kürzlich erneut mit Präsident Macron und "
           "wird in der kommenden Zeit erneut Frankreich besuchen.")
MEETING = ("Das Präsidialamt bestätigte heute, dass die Minister am Nachmittag zusammentreffen werden; für "
           "Mittwoch seien Verhandlungen angesetzt.")
TREATY = "Der im Jahr 2019 unterzeichnete Vertrag wurde am 3. März 2024 ratifiziert."


@pytest.mark.parametrize("text, phrase, anchor, nth, value", [
    (VISITS, "Besuch", None, 0, "2016"),
    (VISITS, "Besuche", None, 0, "2018"),
    (VISITS, "Kipiani", None, 0, "2018"),
    (NAMES, "K. Weber", None, 0, "1996"),
    (NAMES, "F. Roth", None, 0, "2004"),
    (NAMES, "M. Lang", None, 0, "2009"),
    (NAMES, "S. Brandt", None, 0, "2011-03"),
    (CLAUSES, "besuchte", "2026-01-09", 0, "2025-10"),
    (CLAUSES, "sprach", "2026-01-09", 0, None),
    (CLAUSES, "besuchen", "2026-01-09", 0, None),
    (MEETING, "Verhandlungen", "2024-03-05", 0, "2024-03-06"),
    (MEETING, "zusammentreffen", "2024-03-05", 0, "2024-03-05"),
    (TREATY, "Vertrag", None, 0, "2019"),
    (TREATY, "ratifiziert", None, 0, "2024-03-03"),
    ("Beim Gipfel trafen sich Boric und Petro; es war ihr zweites Treffen in diesem Jahr.", "trafen", "2023-06-20", 0,
     None),
    ("Am Montag trafen sich Boric und Petro; sie unterzeichneten ein Abkommen.", "unterzeichneten", "2023-06-21", 0,
     "2023-06-19"),
    ("Die Eröffnung der Französischen Botschaft in Georgien 1994 und der georgischen Botschaft in Frankreich "
     "1995 hat Impulse gegeben.", "georgischen Botschaft", None, 0, "1995"),
    ("Am 14. Februar teilte das Präsidialamt mit, dass die Präsidentin die Beglaubigungsschreiben der "
     "Botschafter entgegengenommen habe.", "entgegengenommen", "2025-02-14", 0, "2025-02-14"),
    ("Den Vertrag hatten beide Regierungen am 3. Oktober vergangenen Jahres geschlossen – als die Kanzlerin "
     "zu einem Staatsbesuch in Seoul weilte.", "Staatsbesuch", "2019-05-02", 0, "2018-10-03"),
    ("Die Präsidentin erinnerte an die Treffen 2019 in Riga und 2021 in Wien.", "Wien", "2023-01-10", 0, "2021"),
    ("Im März 2017 hat er Spanien einen Arbeitsbesuch abgestattet.", "Arbeitsbesuch", None, 0, "2017-03"),
    ("Der frühere Präsident ist im Mai 2014 gestorben. Damals traf er den Premier.", "traf", None, 0, None),
    ("Am Montag wies Lima den Gesandten aus. Zugleich wurde der erst kürzlich ernannte eigene Gesandte "
     "angewiesen, nicht abzureisen.", "angewiesen", "2022-04-13", 0, None),
    ("Die Besuche von K. Petrow (2015), D. Iwanowa (2016), des Vorsitzenden I. Sidorow und weiterer "
     "Parlamentarier im Jahr 2017 dienten der Zusammenarbeit.", "I. Sidorow", None, 0, "2017"),
    ("Die Besuche von K. Petrow (2015), D. Iwanowa (2016) und des Vorsitzenden I. Sidorow dienten der "
     "Zusammenarbeit.", "I. Sidorow", None, 0, None),
    ("In ihrem Telefonat sprachen die Ministerinnen über die Maßnahmen, mit denen die Einigung vom Montag "
     "umgesetzt werden soll.", "Telefonat", "2023-05-10", 0, None),
    ("Die Einigung vom Montag wurde begrüßt.", "Einigung", "2023-05-10", 0, "2023-05-08"),
    ("Am Abend des 5. Mai 2024 traf die Kanzlerin den Präsidenten.", "traf", None, 0, "2024-05-05"),
    ("Es war ein Erfolg. Am 14.-16. Mai 2013 fand ein Gegenbesuch in Polen statt, während dessen "
     "Gespräche mit dem Präsidenten des Sejm geführt wurden.", "Gespräche", None, 0, "2013-05-14"),
    ("Der Verteidigungsrat, der am Samstagabend unter Vorsitz des Premiers zusammentrat, kündigte "
     "Grenzkontrollen an.", "kündigte", "2021-10-08", 0, "2021-10-02"),
    ("Die Sanktionen, die die EU im Februar 2022 verhängt hatte, wurden am Freitag verlängert.", "verlängert",
     "2023-05-10", 0, "2023-05-05"),
    ("Wie das Außenministerium am Dienstag mitteilte, wird die Ministerin im Dezember nach Lima reisen.",
     "reisen", "2024-09-17", 0, "2024-12"),
    ("Die am 14. Februar überreichten Beglaubigungsschreiben nahm die Präsidentin entgegen.",
     "Beglaubigungsschreiben", "2025-02-15", 0, "2025-02-14"),
    ("Seit 1993 war die Präsidentin mit drei offiziellen Besuchen in Italien (1995, 1999, 2003).",
     "Besuchen", None, 0, "1995"),
    ("Im Wahlkampf des vergangenen Jahres hatte Ghana die Regierung in Lomé kritisiert.", "kritisiert",
     "2025-10-06", 0, "2024"),
    ("Während der Dürre vom Sommer 2022 lieferte Kanada Getreide nach Somalia.", "lieferte", "2025-10-06", 0,
     "2022"),
    ("Ghana begrüßte die Einigung des vergangenen Jahres.", "begrüßte", "2025-10-06", 0, None),
    ("Ein Staatsbesuch der ghanaischen Präsidentin in Togo ist für März vorgesehen.", "Staatsbesuch",
     "2025-10-06", 0, "2026-03"),
    ("Die nächste Runde der Gespräche ist für Anfang Juli in Accra angesetzt.", "Gespräche", "2025-02-11", 0,
     "2025-07"),
])
def test_governing_time(text: str, phrase: str, anchor: str | None, nth: int, value: str | None) -> None:
    assert govern(text, phrase, anchor, nth) == value


def test_governing_time_on_a_shared_article(shared) -> None:  # type: ignore[no-untyped-def]
    """In a real article, a visit noun dates from the day span that follows it in its sentence."""
    text = (shared / "corpus" / "seeds" / "004_229655faa014bd8c.txt").read_text(encoding="utf-8")
    analysis = analyze(text)
    times = find_times(text)
    times = resolve_times(times, document_date(None, times))
    span = next(t for t in times if t.precision == "day" and t.end_value)
    sent = analysis.sentences[analysis.sentence_index(span.start)]
    start = text.rfind("Besuch", sent.start, span.start)
    assert start >= 0
    assert governing_time(analysis, times, start, start + len("Besuch")) is span


def test_time_inside_an_attributive_participle_is_not_the_clause_time() -> None:
    text = "Außerdem wurde der erst kürzlich ernannte neue Gesandte für Peru gebeten, seine Reise zu verschieben."
    times = find_times(text)
    start = text.index("gebeten")
    assert [t.text for t in times] == ["kürzlich"]
    assert governing_time(analyze(text), times, start, start + len("gebeten")) is None
    noun = text.index("Gesandte")
    assert governing_time(analyze(text), times, noun, noun + len("Gesandte")) is times[0]


@pytest.mark.parametrize("text, span, value, vague", [
    ("İN DEN LETZTEN JAHREN wuchs der Handel mit Ghana.", "İN DEN LETZTEN JAHREN", None, True),
    ("Die Beziehungen ſind ſeit Jahren angeſpannt.", "ſeit Jahren", None, True),
    ("Im Auguſt 1921 wurde der Vertrag geſchloſſen.", "Im Auguſt 1921", "1921-08", False),
])
def test_letters_matched_only_by_case_folding_do_not_break_reading(text: str, span: str, value: str | None,
                                                                    vague: bool) -> None:
    t = only(text)
    assert (t.text, t.value, t.vague) == (span, value, vague)


@pytest.mark.parametrize("text, expected", [
    ("Im April 2017 reiste die Ministerin nach Hanoi. Im Oktober desselben Jahres kam der Gegenbesuch.",
     ["2017-04", "2017-10"]),
    ("Das Abkommen trat 2012 in Kraft. Am 9. Juni des gleichen Jahres folgte ein Besuch.", ["2012", "2012-06-09"]),
    ("Die Wahl fand 2015 statt. Noch im Winter desselben Jahres trat sie zurück.", ["2015", "2015"]),
])
def test_desselben_jahres_takes_the_year_of_the_previous_date(text: str, expected: list[str]) -> None:
    assert [t.value for t in resolved(text, "2024-03-01")] == expected
    times = find_times(text)
    assert document_date(None, times).value == max(expected)


def test_weekday_after_a_named_day_in_an_undated_text_is_read_from_that_day() -> None:
    text = ("Die Außenministerin traf am Mittwoch, dem 14. Mai 2025, in Windhuk ein. Am Donnerstag sprach sie "
            "mit dem Präsidenten. Am Freitagabend flog sie nach Gaborone weiter. Am Dienstag hatte sie Luanda besucht.")
    times = find_times(text)
    doc = document_date(None, times)
    assert doc.value == "2025-05-16" and doc.inferred
    values = [t.value for t in resolve_times(times, doc)]
    assert values == ["2025-05-14", "2025-05-15", "2025-05-16", "2025-05-13"]


def test_weekday_in_a_dated_text_is_the_last_one_before_publication() -> None:
    text = "Am Freitag, dem 4. April, landete der Premier in Dakar. Am Montag trat er zurück."
    assert [t.value for t in resolved(text, "2025-04-09")] == ["2025-04-04", "2025-04-07"]


@pytest.mark.parametrize("text, span, value", [
    ("Das Parlament in Dhaka stimmte am späten Donnerstagabend zu.", "am späten Donnerstagabend", "2025-02-06"),
    ("In der Mittwochnacht beschossen Drohnen den Grenzposten.", "Mittwochnacht", "2025-02-05"),
    ("Am frühen Sonntagmorgen landete der Gast in Kathmandu.", "Am frühen Sonntagmorgen", "2025-02-02"),
    ("Montagfrüh reiste die Delegation ab.", "Montagfrüh", "2025-02-03"),
])
def test_weekday_with_a_part_of_the_day_reads_as_the_weekday(text: str, span: str, value: str) -> None:
    assert [(t.text, t.value) for t in resolved(text, "2025-02-07")] == [(span, value)]


@pytest.mark.parametrize("text, phrase, value", [
    ("Es war die erste Auslandsreise der Kanzlerin seit ihrer Vereidigung am 12. Mai.", "Auslandsreise", None),
    ("Seit seinem Amtsantritt im Januar 2023 reiste der Premier am 4. März nach Hanoi.", "reiste", "2025-03-04"),
    ("Die Ministerin besuchte Dakar seit ihrer Ernennung im Jahr 2022 schon dreimal.", "besuchte", None),
    ("Seit ihrer Ernennung am 2. Mai 2022 war es ihr erster Besuch.", "Ernennung", "2022-05-02"),
])
def test_a_date_on_the_noun_of_a_seit_phrase_dates_only_that_noun(text: str, phrase: str,
                                                                   value: str | None) -> None:
    assert govern(text, phrase, "2025-06-20") == value


def test_a_remembered_reading_serves_every_document_date_independently() -> None:
    """The meaning of an expression is cached across texts: resolving it under one document date
    must leave nothing behind for the next one (and the cached meaning cannot be changed)."""
    text = "Am 7. und 8. Februar trafen sich die Außenminister in Wien."
    first = resolved(text, "2024-03-01")
    second = resolved(text, "2021-10-01")
    again = resolved(text, "2024-03-01")
    assert [(t.value, t.end_value) for t in first] == [("2024-02-07", "2024-02-08")]
    assert [(t.value, t.end_value) for t in second] == [("2021-02-07", "2021-02-08")]
    assert [(t.value, t.end_value) for t in again] == [(t.value, t.end_value) for t in first]
    listed = "Die Delegation reiste im Juli und Dezember nach Hanoi."
    assert [x.value for t in resolved(listed, "2023-12-20") for x in expand_list(t)] == ["2023-07", "2023-12"]
    assert [x.value for t in resolved(listed, "2019-12-20") for x in expand_list(t)] == ["2019-07", "2019-12"]
    spec = _spec_of(only(text))
    assert spec is not None
    with pytest.raises(FrozenInstanceError):
        spec.points[0].year = 1999  # type: ignore[misc]


@pytest.mark.parametrize("text, anchor, value", [
    ("Am Wochenende trafen sich die Außenministerinnen in Tromsø.", "2024-06-24", "2024-06-22"),
    ("Am Wochenende trafen sich die Außenministerinnen in Tromsø.", "2024-06-22", "2024-06-22"),
    ("Am vergangenen Wochenende trafen sich die Außenministerinnen in Tromsø.", "2024-06-27", "2024-06-22"),
    ("Am Wochenende wird der Gipfel in Tromsø stattfinden.", "2024-06-20", "2024-06-22"),
    ("Am kommenden Wochenende treffen sich die Außenministerinnen in Tromsø.", "2024-06-24", "2024-06-29"),
])
def test_a_weekend_is_its_saturday(text: str, anchor: str, value: str) -> None:
    (t,) = resolved(text, anchor)
    assert (t.value, t.precision) == (value, "day")


def test_the_end_of_a_week_stays_a_span() -> None:
    (t,) = resolved("Ende vergangener Woche trafen sich die Außenministerinnen in Tromsø.", "2024-06-24")
    assert (t.value, t.precision) == ("2024-06", "month")


@pytest.mark.parametrize("sentence", [
    "Präsident Ruto will im Februar nach Lima reisen.",
    "Die Regierung in Nairobi plant im Februar eine Konferenz über die Grenze.",
    "Ecuador beabsichtigt im Februar die Grenze zu öffnen.",
])
def test_a_plan_verb_that_is_also_a_governor_still_makes_its_month_future(sentence: str) -> None:
    """'will', 'plant', 'beabsichtigt' are listed twice in time_cues.tsv (future verb and future governor):
    both kinds count, so a month after the document date's month is next year's."""
    times = find_times(sentence)
    resolved = resolve_times(times, document_date("2024-05-10", times), analyze(sentence))
    assert [(t.value, t.future) for t in resolved] == [("2025-02", True)]


_TICKER = ("Ticker: Spannungen an der Grenze\n\n+++ Dienstag, 9. Januar +++\n\n"
           "14.40 Uhr: Gestern hatte Bischkek Duschanbe einen Angriff vorgeworfen.\n\n"
           "+++ Montag, 8. Januar +++\n\n19.30 Uhr: Taschkent schickt Hilfsgüter.")


def test_live_blog_day_headings_anchor_their_entries() -> None:
    """Lines that are only a day are a ticker's headings; 'gestern' in an entry counts from its heading."""
    times = find_times(_TICKER)
    resolved = resolve_times(times, document_date("2024-01-12", times), analyze(_TICKER))
    assert [h.text for h in headings(_TICKER, resolved)] == ["Dienstag, 9. Januar", "Montag, 8. Januar"]
    assert [t.value for t in resolved] == ["2024-01-09", "2024-01-08", "2024-01-08"]


@pytest.mark.parametrize("text", [
    "Botschafter in Ankara\n\n3. Oktober 2023\n\nDer Minister reiste am Montag nach Ankara.",
    "Am Montag, 2. Oktober, traf der Minister in Ankara ein.\nAm Dienstag, 3. Oktober, reiste er weiter.",
])
def test_a_single_date_line_or_dates_in_sentences_are_no_headings(text: str) -> None:
    assert headings(text, find_times(text)) == []


@pytest.mark.parametrize("text, values", [
    ("Am Montag landete die Ministerin in Quito. Noch am selben Abend traf sie den Präsidenten.",
     ["2024-05-06", "2024-05-06"]),
    ("Am 3. März 2023 landete er in Lima. Am nächsten Tag traf er den Präsidenten.", ["2023-03-03", "2023-03-04"]),
    ("Am 3. März 2023 landete er in Lima. Am folgenden Nachmittag reiste er ab.", ["2023-03-03", "2023-03-04"]),
    ("Im Mai 2019 brach Caracas die Beziehungen ab. Im folgenden Jahr wurden sie wiederhergestellt.",
     ["2019-05", "2020"]),
    ("Die Gespräche gehen nächste Woche weiter.", ["2024-05"]),
    ("Am Abend sprach der Gast in Quito.", []),
])
def test_evening_and_following_day_count_from_the_day_told_before(text: str, values: list[str]) -> None:
    times = find_times(text)
    assert [t.value for t in resolve_times(times, document_date("2024-05-10", times), analyze(text))] == values


@pytest.mark.parametrize("text, values", [
    ("Im Mai 2011 begann der Streit um die Fischgründe. Anfang Juli wies Lima die Protestnote zurück.",
     ["2011-05", "2011-07"]),
    ("Am 4. Februar 2016 schlossen beide Seiten einen Vertrag. Im März folgte ein Besuch in Santiago.",
     ["2016-02-04", "2016-03"]),
    # a story of the document's own year keeps it
    ("Im Januar 2024 hatte Oslo protestiert. Am 3. März besuchte der Minister Bern.", ["2024-01", "2024-03-03"]),
    # a time anchored to the document's time ends the old story
    ("Im Mai 2021 begann der Streit. Gestern wies Quito die Note zurück. Im März gab es Gespräche.",
     ["2021-05", "2024-05-09", "2024-03"]),
    # a year on a noun ('die Wahl vom Juli 2022') tells no story
    ("Die Kritik folgte der Wahl vom Juli 2022. Im Januar verhängte Washington Sanktionen.", ["2022-07", "2024-01"]),
    # a new paragraph is a new story
    ("Im Mai 2011 begann der Streit.\nIm März besuchte der Minister Lima.", ["2011-05", "2024-03"]),
    # a month earlier in the calendar than the story's does not continue it
    ("Im Oktober 2019 schloss Tallinn sein Konsulat. Der Minister reiste im April nach Riga.",
     ["2019-10", "2024-04"]),
    # unless a pluperfect right after the story's date tells what came before it (session 6)
    ("Im November 2019 schloss Tallinn sein Konsulat. Der Minister war im April in Riga gewesen.",
     ["2019-11", "2019-04"]),
])
def test_a_year_less_month_takes_the_year_of_the_story_its_paragraph_tells(text: str, values: list[str]) -> None:
    times = find_times(text)
    assert [t.value for t in resolve_times(times, document_date("2024-05-10", times), analyze(text))] == values


@pytest.mark.parametrize("text, span, value", [
    ("Der Gipfel begann am Donnerstag, dem 6.11.2025, in Nairobi.", "am Donnerstag, dem 6.11.2025", "2025-11-06"),
    ("Am 6. November 2025, einem Donnerstag, begann der Gipfel.", "Am 6. November 2025, einem Donnerstag",
     "2025-11-06"),
])
def test_a_weekday_and_a_date_in_apposition_are_one_day(text: str, span: str, value: str) -> None:
    found = resolved(text, "2026-01-20")
    assert [(t.text, t.value) for t in found] == [(span, value)]


def test_a_weekday_after_a_date_with_a_preposition_is_no_apposition() -> None:
    found = resolved("Am 6. November, am Donnerstag, begann der Gipfel.", "2025-11-20")
    assert [t.text for t in found] == ["Am 6. November", "am Donnerstag"]


@pytest.mark.parametrize("text, heads", [
    ("Chronik\n\n1994\n\nDie Staaten nehmen Beziehungen auf.\n\n2008\n\nEin Abkommen folgt.", ["1994", "2008"]),
    ("Ticker\n\n+++ Dienstag, 9. Januar, 14.40 Uhr +++\n\nX.\n\n+++ Mittwoch, 10. Januar, 8.15 Uhr +++\n\nY.",
     ["Dienstag, 9. Januar", "Mittwoch, 10. Januar"]),
    ("Rückblick\n\nOktober 2019\n\nDer Streit beginnt.\n\nJanuar 2021\n\nDer Streit endet.",
     ["Oktober 2019", "Januar 2021"]),
])
def test_timeline_years_months_and_ticker_days_with_a_clock_are_headings(text: str, heads: list[str]) -> None:
    assert [h.text for h in headings(text, find_times(text))] == heads


def test_one_year_line_or_a_line_with_a_sentence_is_no_heading() -> None:
    text = "Rückblick\n\n1994\n\nDie Staaten nehmen Beziehungen auf.\n\n2008 folgte ein Abkommen."
    assert headings(text, find_times(text)) == []


def test_a_late_year_day_far_after_the_story_is_the_one_before_it() -> None:
    text = ("Am 4. Februar 2027 reiste die ghanaische Außenministerin nach Lomé. Am Montag, dem 8. Februar, traf "
            "Präsident Faure in Accra ein. Am Dienstag unterzeichneten beide ein Abkommen. Am 21. Oktober hatte "
            "Togo die Grenze geschlossen.")
    times = find_times(text)
    doc = document_date(None, times)
    assert doc == DocDate("2027-02-09", inferred=True)  # the Tuesday after Monday the 8th, not 21 October 2027
    assert [t.value for t in resolve_times(times, doc, analyze(text))][-1] == "2026-10-21"


def test_a_year_less_day_a_few_months_after_the_story_stays_in_its_year() -> None:
    text = "Am 4. Februar 2027 begannen die Gespräche in Lomé. Am 20. Juni unterzeichneten beide ein Abkommen."
    assert document_date(None, find_times(text)) == DocDate("2027-06-20", inferred=True)


@pytest.mark.parametrize("text, values", [
    # a bracketed list of years tells no story the next month belongs to
    ("Der Minister war mehrfach in Tallinn (2018, 2021). Im März telefonierte er mit seiner Amtskollegin.",
     ["2018", "2024-03"]),
    # a year set against the narrative by 'bereits'
    ("Vilnius hatte bereits 2017 protestiert; die Ministerin selbst war im März in Riga.", ["2017", "2024-03"]),
    # 'Zuletzt' places the month at the latest time before now
    ("Im Mai 2019 begann der Streit. Zuletzt telefonierten die Minister im März.", ["2019-05", "2024-03"]),
    # without such a cue the story's year stays
    ("Im Mai 2019 begann der Streit. Im Juli telefonierten die Minister.", ["2019-05", "2019-07"]),
])
def test_background_years_and_latest_times_tell_no_story(text: str, values: list[str]) -> None:
    times = find_times(text)
    assert [t.value for t in resolve_times(times, document_date("2024-05-10", times), analyze(text))] == values


@pytest.mark.parametrize("text, span, value, future", [
    ("Ein Treffen ist für das dritte Quartal geplant.", "dritte Quartal", "2024", True),
    ("Im ersten Quartal stieg der Handel.", "Im ersten Quartal", "2024", False),
    ("Für die zweite Jahreshälfte 2025 sind Gespräche vorgesehen.", "zweite Jahreshälfte 2025", "2025", True),
    ("Im ersten Halbjahr 2021 sank der Export.", "Im ersten Halbjahr 2021", "2021", False),
])
def test_quarters_and_halves_of_a_year_are_read_like_seasons(text: str, span: str, value: str, future: bool) -> None:
    found = resolved(text, "2024-05-10")
    assert [(t.text, t.value, t.future) for t in found] == [(span, value, future)]


def test_an_ordinal_without_quarter_is_no_time() -> None:
    assert resolved("Das dritte Treffen fand in Riga statt.", "2024-05-10") == []


@pytest.mark.parametrize("text, value", [
    ("Am Donnerstag vergangener Woche protestierte Vilnius.", "2024-05-02"),
    ("Am Mittwoch der kommenden Woche reist sie nach Riga.", "2024-05-15"),
    ("Am Montag dieser Woche reiste sie nach Riga.", "2024-05-06"),
    ("Am Donnerstag protestierte Vilnius.", "2024-05-09"),
])
def test_a_weekday_of_a_named_week_is_that_day(text: str, value: str) -> None:
    assert [t.value for t in resolved(text, "2024-05-10")] == [value]


def test_an_act_told_after_a_coarse_event_takes_the_day_its_paragraph_names_for_it() -> None:
    from tests.event_reading import events
    text = ("Im Mai 2024 kam es zur ersten Reise eines estnischen Präsidenten nach Lettland, was am Montag, dem "
            "6. Mai, in Riga geschah. Dort unterzeichneten Estland und Lettland ein Abkommen.")
    signed = [e for e in events(text, "2024-06-08") if e.subtype == "agreement_signed"]
    assert [e.date for e in signed] == ["2024-05-06"]
    other = ("Im Mai 2024 reiste der estnische Präsident nach Lettland. "
             "Dort unterzeichneten Estland und Lettland ein Abkommen.")
    assert [e.date for e in events(other, "2024-06-08") if e.subtype == "agreement_signed"] == ["2024-05"]


@pytest.mark.parametrize("text, values", [
    ("Am Neujahrstag empfing der Präsident Ghanas den Gast aus Togo.", ["2024-01-01"]),
    ("Zu Neujahr 2019 reiste die Ministerin nach Accra.", ["2019-01-01"]),
    ("Am Heiligabend rief der Kanzler in Wien an.", ["2023-12-24"]),
    ("Die Neujahrsansprache des Präsidenten dauerte lange.", []),
])
def test_fixed_holidays_are_their_day(text: str, values: list[str]) -> None:
    times = find_times(text)
    assert [t.value for t in resolve_times(times, document_date("2024-05-10", times), analyze(text))] == values


def test_year_less_dates_after_a_december_told_before_them_fall_in_the_next_year() -> None:
    text = ("Als die Unterhändler im Dezember 2024 in Asunción zusammenkamen, glaubte kaum jemand an einen "
            "Durchbruch. Schon 2019 war ein ähnlicher Versuch gescheitert. Am 14. März unterzeichneten Paraguay und "
            "Bolivien ein Rahmenabkommen. Mitte April folgte der Gefangenenaustausch. Am 17. Mai empfing Peña "
            "seinen Amtskollegen.")
    times = find_times(text)
    doc = document_date(None, times)
    assert doc == DocDate("2025-05-17", inferred=True)
    assert [t.value for t in resolve_times(times, doc, analyze(text))] == [
        "2024-12", "2019", "2025-03-14", "2025-04", "2025-05-17"]


def test_a_year_less_month_after_a_past_story_december_rolls_into_the_next_year() -> None:
    rolled = ("Im Dezember 2022 zog Ghana seinen Botschafter aus Togo ab. Im Februar verhängte Accra Zölle. "
              "Am 9. April trafen sich die Außenminister in Lomé.")
    assert [t.value for t in resolve_times(find_times(rolled), DocDate("2025-06-01"), analyze(rolled))] == [
        "2022-12", "2023-02", "2023-04-09"]


def test_no_rollover_from_a_december_told_in_a_counterfactual_opening() -> None:
    text = ("Wer vor zwei Jahren vorausgesagt hätte, dass Präsident Kofi Mensah im Dezember 2024 in Lomé "
            "empfangen würde, wäre verlacht worden. Im Januar hatten beide Seiten noch Botschafter ausgewiesen. "
            "Am 8. Januar schloss Togo die Grenze.")
    times = find_times(text)
    assert document_date(None, times, text) == DocDate("2024-12", inferred=True)
    rolled = text.replace("Wer vor zwei Jahren vorausgesagt hätte, dass", "Als").replace(
        "empfangen würde, wäre verlacht worden", "empfangen wurde, war das eine Überraschung")
    assert document_date(None, find_times(rolled), rolled) == DocDate("2025-01-08", inferred=True)


def test_no_rollover_for_a_year_less_day_in_the_pluperfect() -> None:
    text = ("Im Dezember 2024 brach Ecuador die Gespräche mit Peru ab. Am 3. Februar hatte Lima einen "
            "Grenzposten besetzt.")
    assert document_date(None, find_times(text), text) == DocDate("2024-12", inferred=True)
    told = text.replace("hatte Lima einen Grenzposten besetzt", "besetzte Lima einen Grenzposten")
    assert document_date(None, find_times(told), told) == DocDate("2025-02-03", inferred=True)


def test_the_pluperfect_needs_a_participle_not_any_word_in_t_or_en() -> None:
    text = ("Im Dezember 2024 brach Bolivien die Gespräche mit Chile ab. Am 3. Februar war der Grenzübergang "
            "bei Ollagüe wieder offen.")
    assert document_date(None, find_times(text), text) == DocDate("2025-02-03", inferred=True)
    told = text.replace("war der Grenzübergang bei Ollagüe wieder offen",
                        "hatte Santiago den Grenzübergang bei Ollagüe wieder geöffnet")
    assert document_date(None, find_times(told), told) == DocDate("2024-12", inferred=True)
    joined = text.replace("war der Grenzübergang bei Ollagüe wieder offen",
                          "hatte La Paz an Gesprächen in Arica teilgenommen")
    assert document_date(None, find_times(joined), joined) == DocDate("2024-12", inferred=True)


def test_a_year_less_day_shortly_before_the_month_told_stays_in_its_year() -> None:
    text = ("Im November 2024 setzte Peru die Gespräche mit Ecuador aus. Am 28. Oktober hatte Quito einen "
            "Grenzposten besetzt.")
    assert document_date(None, find_times(text)) == DocDate("2024-11", inferred=True)


@pytest.mark.parametrize("text, anchor, value, future", [
    ("Die Premierministerin trifft am Freitag den estnischen Präsidenten.", "2024-05-08", "2024-05-10", True),
    ("Am Dienstag reist der Außenminister nach Lissabon.", "2024-05-08", "2024-05-14", True),
    ("Die Premierministerin traf am Freitag den estnischen Präsidenten.", "2024-05-08", "2024-05-03", False),
    ("Die Premierministerin trifft am Freitag vergangener Woche ein.", "2024-05-08", "2024-05-03", False),
])
def test_bare_weekday_in_present_tense_lies_ahead(text: str, anchor: str, value: str, future: bool) -> None:
    (t,) = resolved(text, anchor)
    assert (t.value, t.future) == (value, future)
