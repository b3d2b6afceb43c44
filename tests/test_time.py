"""German temporal expressions: recognition, normalisation, document date, resolution, governing."""

from __future__ import annotations

import pytest

from chronik.extract.time import (
    document_date,
    expand_list,
    find_times,
    governing_time,
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
    ("Julie Staff wurde am 7. Oktober 2025 als Botschafterin bestätigt.", "am 7. Oktober 2025", "2025-10-07", "day"),
    ("Der Bericht vom 07.10.2025 liegt vor.", "vom 07.10.2025", "2025-10-07", "day"),
    ("Veröffentlicht 2025-11-10 in Astana.", "2025-11-10", "2025-11-10", "day"),
    ("Am 31. Dez. 1991 wurde die Unabhängigkeit anerkannt.", "Am 31. Dez. 1991", "1991-12-31", "day"),
    ("Ab dem 3. Jänner 2024 gilt die Regel.", "Ab dem 3. Jänner 2024", "2024-01-03", "day"),
    ("Seit dem 24. Februar 2022 herrscht Krieg.", "Seit dem 24. Februar 2022", "2022-02-24", "day"),
    ("Am 24. Februar des Jahres 2022 begann der Krieg.", "Am 24. Februar des Jahres 2022", "2022-02-24", "day"),
    ("Im Februar des Jahres 2022 begann der Krieg.", "Im Februar des Jahres 2022", "2022-02", "month"),
    ("Die Konferenz fand im Sept. 2019 statt.", "im Sept. 2019", "2019-09", "month"),
    ("Im Jahr 2023 erreichte der Handel 3,9 Milliarden US-Dollar.", "Im Jahr 2023", "2023", "year"),
    ("Die Reform soll Ende 2024 abgeschlossen sein.", "Ende 2024", "2024", "year"),
    ("Deutschland hat seit 2005 rund 5,8 Milliarden US-Dollar investiert.", "seit 2005", "2005", "year"),
    ("Stand: November 2016", "Stand: November 2016", "2016-11", "month"),
    ("Mukhtar Tileuberdi ist am Montag, 6. September 2021, in Bern empfangen worden.",
     "am Montag, 6. September 2021", "2021-09-06", "day"),
    ("Tokajew hat am Dienstag (11.11.2025) angekündigt, nach Moskau zu reisen.",
     "am Dienstag (11.11.2025)", "2025-11-11", "day"),
])
def test_absolute_dates(text: str, span: str, value: str, precision: str) -> None:
    t = only(text)
    assert (t.text, t.value, t.precision, t.relative) == (span, value, precision, False)
    assert text[t.start:t.end] == span


@pytest.mark.parametrize("text, value, end_value", [
    ("der offizielle Besuch in Deutschland am 7. und 8. Februar 2012", "2012-02-07", "2012-02-08"),
    ("Am 20.-22. November 2012 fand ein Gegenbesuch statt.", "2012-11-20", "2012-11-22"),
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
    ("von der Bundeskanzlerin A. Merkel (im Juli und Dezember 2010) besucht", ["2010-07", "2010-12"]),
    ("mit sieben offiziellen Besuchen in Deutschland (1992, 1997, 2001, 2004, 2007, 2009, 2012).",
     ["1992", "1997", "2001", "2004", "2007", "2009", "2012"]),
    ("Die Besuche im Laufe der Jahre 2014 und 2015 nach Kasachstan", ["2014", "2015"]),
    ("Bereits 2006 und 2016 war Steinmeier nach Usbekistan gereist.", ["2006", "2016"]),
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
    "Das Handelsvolumen betrug 3,9 Milliarden US-Dollar.",
    "Kasachstan vergibt über 500 Stipendien.",
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
    ("Am Montag empfing Schaparow die Botschafterin.", "2025-10-14", "2025-10-13", "day"),
    ("Am Dienstag erklärte Steinmeier in Taschkent ...", "2019-05-28", "2019-05-28", "day"),
    ("Am vergangenen Freitag trafen sie sich.", "2025-11-14", "2025-11-07", "day"),
    ("Am Montag verfügte die Regierung die Ausweisung.", "2022-10", "2022-10", "month"),
    ("Sklyar ist Ende vergangener Woche nach Berlin gereist.", "2023-11-20", "2023-11", "month"),
    ("Sklyar ist Ende vergangener Woche nach Berlin gereist.", "2023-11", "2023-11", "month"),
    ("Gegen Ende der vergangenen Woche wurde es bekannt.", "2021-12-06", "2021-12", "month"),
    ("Der Streit begann in der vergangenen Woche.", "2025-11-14", "2025-11", "month"),
    ("Der Handel erreichte im vergangenen Jahr 7,5 Milliarden Dollar.", "2024-02-20", "2023", "year"),
    ("Das Gremium wurde im Januar dieses Jahres gegründet.", "2026-02-24", "2026-01", "month"),
    ("Die Länder hatten am 1. September vergangenen Jahres ein Abkommen geschlossen.",
     "2018-09-18", "2017-09-01", "day"),
    ("Erdogan sprach am 19. Februar mit Aliyev.", "2024-02-20", "2024-02-19", "day"),
    ("Die Sitzung fand am 9. Januar statt.", "2026-01-09", "2026-01-09", "day"),
    ("Er war im September in Nachitschewan.", "2024-02-20", "2023-09", "month"),
    ("Erst Mitte September war das Schiff abgezogen worden.", "2020-10", "2020-09", "month"),
    ("Anfang Februar kam es zu Gesprächen.", "2025-03-10", "2025-02", "month"),
    ("Im Juli reiste eine Abordnung in die Mongolei.", "2016-11", "2016-07", "month"),
    ("Bereits im Sommer zog China den Botschafter ab.", "2021-12-06", "2021", "year"),
    ("Vor 70 Jahren wurde das Grundgesetz angenommen.", "2019-05-28", "1949", "year"),
    ("Seit Anfang des Jahres hat sich die Lage zugespitzt.", "2025-07", "2025", "year"),
    ("Die Zeremonie war am 9. Januar.", "2026", "2026-01-09", "day"),
    ("Am 12.10. trafen sich die Minister.", "2025-11-12", "2025-10-12", "day"),
    ("Am Mittwoch (5.10.) wies Astana die Forderung zurück.", "2022-10-07", "2022-10-05", "day"),
    ("Am Mittwoch (5. Oktober) wies Astana die Forderung zurück.", "2022-10-07", "2022-10-05", "day"),
    ("Ende vergangenen Jahres wurde das Abkommen ratifiziert.", "2025-03-12", "2024", "year"),
    ("Heuer wird die Kommission wieder tagen.", "2025-03-12", "2025", "year"),
    ("Vor zwei Monaten trafen sich die Außenminister.", "2025-03-12", "2025-01", "month"),
    ("Der Gipfel ist für Januar nächsten Jahres geplant.", "2025-03-12", "2026-01", "month"),
    ("Die Regierung tagte am vergangenen Wochenende.", "2025-11-12", "2025-11", "month"),
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
    (t,) = resolved("Am Mittwoch (5. Oktober) wies Kasachstan die Forderung zurück.", None)
    assert t.value is None


def test_same_month_takes_the_previous_date() -> None:
    times = resolved("Im Oktober 2015 besuchte Gauck die Mongolei. Noch im selben Monat folgte Enkhbold.", "2016-11")
    assert [t.value for t in times] == ["2015-10", "2015-10"]
    times = resolved("Am 5. Mai 2024 reiste er an. Am selben Tag traf er Scholz.", "2024-06")
    assert [t.value for t in times] == ["2024-05-05", "2024-05-05"]
    times = resolved("Im Mai 2024 reiste er an. Am selben Tag traf er Scholz.", "2024-06")
    assert [t.value for t in times] == ["2024-05", None]


def test_year_end_words() -> None:
    assert [t.value for t in resolved("Zum Jahresende soll das Abkommen stehen.", "2025-03-01")] == ["2025"]
    assert [t.value for t in resolved("Bis zum Jahresende 2024 wurde verhandelt.", "2025-03-01")] == ["2024"]


@pytest.mark.parametrize("text, vague, future", [
    ("Er sprach kürzlich mit Präsident Trump.", True, False),
    ("Die Kontakte haben sich in den letzten Jahren intensiviert.", True, False),
    ("Er wird in der kommenden Zeit erneut die USA besuchen.", True, True),
    ("Nächstes Jahr soll der Gipfel in Astana stattfinden.", False, True),
    ("Im Herbst wird der Präsident nach Berlin reisen.", False, True),
])
def test_vague_and_future(text: str, vague: bool, future: bool) -> None:
    t = only(text)
    assert (t.vague, t.future) == (vague, future)


def test_future_clause_resolves_forwards() -> None:
    text = ("Der Kreml bestätigte heute, dass die Staatschefs zusammenkommen werden; "
            "für Mittwoch seien Gespräche angesetzt.")
    heute, mittwoch = resolved(text, "2025-11-11")
    assert heute.value == "2025-11-11" and not heute.future
    assert (mittwoch.value, mittwoch.future) == ("2025-11-12", True)
    (t,) = resolved("Die Zusammenkunft, die am 24. Februar in Genf ansteht, wurde vorbereitet.", "2020-02-19")
    assert (t.value, t.future) == ("2020-02-24", True)


def test_in_the_autumn_in_the_past() -> None:
    (t,) = resolved("Im Herbst hatte er Berlin besucht.", "2025-03-01")
    assert (t.value, t.future) == ("2024", False)


def test_dated_preposition_vom_stays_in_the_past() -> None:
    (t,) = resolved("Die Grundsatzeinigung vom Montag soll umgesetzt werden.", "2020-02-19")
    assert t.value == "2020-02-17"


# ------------------------------------------------------------------ document date

def test_metadata_wins() -> None:
    times = find_times("Am 7. Oktober 2025 wurde sie bestätigt.")
    assert document_date("2026-01-09", times) == DocDate("2026-01-09", inferred=False)


def test_metadata_timestamp_keeps_its_date() -> None:
    assert document_date("2025-11-10T08:30:00+01:00", []) == DocDate("2025-11-10")
    assert document_date("unbekannt", find_times("Am 7. Oktober 2025 wurde sie bestätigt.")) == \
        DocDate("2025-10-07", inferred=True)


def test_year_less_day_after_the_latest_full_date() -> None:
    text = ("Die Botschafterin erklärte am 9. Januar nach der Überreichung ihres Beglaubigungsschreibens ... "
            "Julie Staff wurde am 7. Oktober 2025 als Botschafterin der USA bestätigt. "
            "Im Jahr 2023 wurde sie ausgezeichnet.")
    assert document_date(None, find_times(text)) == DocDate("2026-01-09", inferred=True)


def test_year_less_day_on_the_latest_full_date() -> None:
    text = ("Die Kommission kam am 18. September zusammen. Am 31. August hatte Tadschikistan entschieden, "
            "gemäß dem am 31. August 2018 geschlossenen Abkommen.")
    assert document_date(None, find_times(text)).value == "2018-09-18"


def test_latest_year_when_only_years() -> None:
    text = ("Im Jahr 2023 erreichte das Handelsvolumen 3,9 Milliarden US-Dollar, ein Anstieg gegenüber 2022. "
            "Deutschland hat seit 2005 investiert.")
    assert document_date(None, find_times(text)) == DocDate("2023", inferred=True)


def test_no_dates_no_document_date() -> None:
    text = "Präsident Tokajew unternahm Ende vergangener Woche einen Arbeitsbesuch in den USA."
    assert document_date(None, find_times(text)) == DocDate(None)
    assert document_date(None, find_times("Am Mittwoch (5. Oktober) wies Astana die Forderung zurück.")).value is None


def test_future_dates_do_not_date_the_document() -> None:
    text = ("Am 3. März 2024 trafen sie sich. Nächstes Jahr soll der Gipfel in Astana stattfinden. "
            "Das Abkommen soll am 1. Januar 2026 in Kraft treten.")
    assert document_date(None, find_times(text)).value == "2024-03-03"


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


SAGINTAYEV = ("Der Dialog wurde beim offiziellen Besuch des Bundesaußenministers Frank-Walter Steinmeier in Astana "
              "im Jahr 2014 sowie während der beiden Besuche des Ersten Stellvertretenden Ministerpräsidenten "
              "B. Sagintayev nach Deutschland im Laufe des Jahres 2015 fortgesetzt.")
HERZOG = ("Kasachstan wurde vom Bundespräsidenten R. Herzog (1995), Bundeskanzler G. Schröder (2003), "
          "Bundespräsidenten H. Köhler (2008) und von der Bundeskanzlerin A. Merkel (im Juli und Dezember 2010) "
          "besucht.")
TOQAJEW = ("Präsident Toqajew besuchte Washington im November, sprach kürzlich erneut mit Präsident Trump und "
           "wird in der kommenden Zeit erneut die Vereinigten Staaten besuchen.")


@pytest.mark.parametrize("text, phrase, anchor, nth, value", [
    (SAGINTAYEV, "Besuch", None, 0, "2014"),
    (SAGINTAYEV, "Besuche", None, 0, "2015"),
    (SAGINTAYEV, "Sagintayev", None, 0, "2015"),
    (HERZOG, "R. Herzog", None, 0, "1995"),
    (HERZOG, "G. Schröder", None, 0, "2003"),
    (HERZOG, "H. Köhler", None, 0, "2008"),
    (HERZOG, "A. Merkel", None, 0, "2010-07"),
    (TOQAJEW, "besuchte", "2026-01-09", 0, "2025-11"),
    (TOQAJEW, "sprach", "2026-01-09", 0, None),
    (TOQAJEW, "besuchen", "2026-01-09", 0, None),
    ("Die Eröffnung der Deutschen Botschaft in Kasachstan 1992 und der kasachischen Botschaft in Deutschland 1993 "
     "hat Impulse gegeben.", "kasachischen Botschaft", None, 0, "1993"),
    ("Am 9. Januar teilte Akorda mit, dass Präsident Toqajew die Beglaubigungsschreiben der Botschafter "
     "entgegengenommen habe.", "entgegengenommen", "2026-01-09", 0, "2026-01-09"),
    ("Das Abkommen hatten beide Regierungen am 1. September vergangenen Jahres geschlossen – als der Präsident "
     "zu einem Staatsbesuch in Beijing weilte.", "Staatsbesuch", "2018-09-18", 0, "2017-09-01"),
    ("Der Kreml bestätigte heute, dass die Staatschefs am Nachmittag zusammenkommen werden; für Mittwoch seien "
     "Gespräche angesetzt.", "Gespräche", "2025-11-11", 0, "2025-11-12"),
    ("Der Kreml bestätigte heute, dass die Staatschefs am Nachmittag zusammenkommen werden; für Mittwoch seien "
     "Gespräche angesetzt.", "zusammenkommen", "2025-11-11", 0, "2025-11-11"),
    ("Schaparow erinnerte an die Treffen 2023 in Bischkek und 2024 in Berlin.", "Berlin", "2025-10-14", 0, "2024"),
    ("Im Januar 2015 hat er Deutschland einen Arbeitsbesuch abgestattet.", "Arbeitsbesuch", None, 0, "2015-01"),
    ("Karimow ist im September 2016 gestorben. Damals traf er Rahmon.", "traf", None, 0, None),
    ("Am Montag verfügte Kinshasa die Ausweisung des Botschafters. Zugleich wurde der erst kürzlich ernannte "
     "eigene Botschafter angewiesen, den Posten nicht zu übernehmen.", "angewiesen", "2022-10-26", 0, None),
    ("Die Besuche von K. Tokayev (2015), D. Nasarbajewa (2016), des Vorsitzenden I. Adyrbekov und weiterer "
     "Parlamentarier im Jahr 2017 dienten der Zusammenarbeit.", "I. Adyrbekov", None, 0, "2017"),
    ("Die Besuche von K. Tokayev (2015), D. Nasarbajewa (2016) und des Vorsitzenden I. Adyrbekov dienten der "
     "Zusammenarbeit.", "I. Adyrbekov", None, 0, None),
    ("In ihrem Gespräch befassten sich die Minister mit den Schritten, mit denen die Grundsatzeinigung vom Montag "
     "umgesetzt werden soll.", "Gespräch", "2020-02-19", 0, None),
    ("Die Grundsatzeinigung vom Montag wurde begrüßt.", "Grundsatzeinigung", "2020-02-19", 0, "2020-02-17"),
    ("Am Abend des 5. Mai 2024 traf Scholz den Präsidenten.", "traf", None, 0, "2024-05-05"),
    ("Es war ein Erfolg. Am 20.-22. November 2012 fand ein Gegenbesuch in Deutschland statt, während dessen "
     "Gespräche mit dem Präsidenten des Bundestages geführt wurden.", "Gespräche", None, 0, "2012-11-20"),
    ("Der Sicherheitsrat, der am Samstagabend unter Vorsitz von Präsident Tshisekedi zusammenkam, kündigte "
     "Einreisebeschränkungen an.", "kündigte", "2022-10-26", 0, "2022-10-22"),
    ("Das im Jahr 2019 unterzeichnete Abkommen wurde am 3. März 2024 ratifiziert.", "Abkommen", None, 0, "2019"),
    ("Das im Jahr 2019 unterzeichnete Abkommen wurde am 3. März 2024 ratifiziert.", "ratifiziert", None, 0,
     "2024-03-03"),
    ("Die Sanktionen, die die EU im Februar 2022 verhängt hatte, wurden am Freitag verlängert.", "verlängert",
     "2025-11-12", 0, "2025-11-07"),
    ("Wie das Außenministerium am Dienstag mitteilte, wird Baerbock im Dezember nach Astana reisen.", "reisen",
     "2025-11-12", 0, "2025-12"),
    ("Die am 9. Januar überreichten Beglaubigungsschreiben nahm der Präsident entgegen.", "Beglaubigungsschreiben",
     "2026-01-10", 0, "2026-01-09"),
    ("Seit 1991 war der Präsident mit sieben offiziellen Besuchen in Deutschland (1992, 1997, 2001).",
     "Besuchen", None, 0, "1992"),
])
def test_governing_time(text: str, phrase: str, anchor: str | None, nth: int, value: str | None) -> None:
    assert govern(text, phrase, anchor, nth) == value


def test_governing_time_on_the_seed_article(shared) -> None:  # type: ignore[no-untyped-def]
    text = (shared / "corpus" / "seeds" / "004_229655faa014bd8c.txt").read_text(encoding="utf-8")
    times = find_times(text)
    times = resolve_times(times, document_date(None, times))
    phrase = "Besuch des Präsidenten der Republik Kasachstan Nursultan Nasarbajew in Deutschland"
    start = text.index(phrase)
    t = governing_time(analyze(text), times, start, start + len(phrase))
    assert t is not None and (t.value, t.end_value) == ("2012-02-07", "2012-02-08")


def test_time_inside_an_attributive_participle_is_not_the_clause_time() -> None:
    text = ("Zugleich wurde der erst kürzlich ernannte eigene Botschafter für Ruanda angewiesen, "
            "seinen Posten nicht zu übernehmen.")
    times = find_times(text)
    start = text.index("angewiesen")
    assert [t.text for t in times] == ["kürzlich"]
    assert governing_time(analyze(text), times, start, start + len("angewiesen")) is None
    noun = text.index("Botschafter")
    assert governing_time(analyze(text), times, noun, noun + len("Botschafter")) is times[0]
