"""Adverbs that point back: "Damals …" takes the first full time of the sentence before (even the start of a
state, "seit 1972"); "dabei" puts an undated act inside the visit told before."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_damals_takes_the_seit_year_of_the_sentence_before() -> None:
    found = events("„Die Kontakte sind heute enger als je zuvor seit 1979.“ Damals hatte Washington die "
                   "Volksrepublik China anerkannt.", "2024-05-21")
    assert dyads(found) == [("recognition", "USA", "CHN", "1979", "occurred")]


def test_damals_takes_the_main_year_not_a_historical_one_named_later() -> None:
    found = events("2015 stufte das Parlament Litauens die Deportationen der Jahre 1941 und 1949 als Verbrechen ein. "
                   "Russland verurteilte den Beschluss damals scharf.", "2024-05-21")
    assert ("criticism", "RUS", "LTU", "2015", "occurred") in dyads(found)


def test_dabei_puts_a_statement_inside_the_visit_told_before() -> None:
    found = events("Vom 4. bis 6. März 2024 stattete Bundespräsident Hans Berger Angola einen Staatsbesuch ab, den "
                   "ersten eines deutschen Staatsoberhaupts seit 2009. Im Mittelpunkt standen Rohstoffe. Berger "
                   "sicherte Angola dabei die Unterstützung Deutschlands bei der Umschuldung zu.")
    assert ("support_statement", "DEU", "AGO", "2024-03-04", "occurred") in dyads(found)
