"""Investment acts: stakes bought abroad, raised plans, a consortium as investor;
a stock built up over years stays a money fact (own sentences)."""

from __future__ import annotations

from tests.event_reading import found


def test_stake_bought_in_a_foreign_company() -> None:
    text = ("Der katarische Staatsfonds erwarb im Mai für rund 2 Milliarden Dollar einen Anteil am chilenischen "
            "Kupferkonzern Codelco.")
    assert ("COOPERATE", "investment", "QAT", "CHL", "occurred") in found(text)
    text = "Ein norwegischer Pensionsfonds kaufte sich mit 500 Millionen Euro bei einem chilenischen Kupferkonzern ein."
    assert ("COOPERATE", "investment", "NOR", "CHL", "occurred") in found(text)


def test_planned_raise_and_consortium() -> None:
    text = "Die brasilianische Firma kündigte an, ihre Investitionen in Angola auf 2 Milliarden Dollar aufzustocken."
    assert ("AGREE", "investment", "BRA", "AGO", "planned") in found(text)
    text = ("Ein omanisches Konsortium hat angekündigt, in Kenia rund zwei Milliarden Euro "
            "in eine Anlage zu investieren.")
    assert ("AGREE", "investment", "OMN", "KEN", "planned") in found(text)


def test_stock_over_years_is_no_event() -> None:
    text = "Japanische Firmen haben seit 2010 insgesamt etwa 3 Milliarden Dollar in Vietnam investiert."
    assert [f for f in found(text) if f[1] == "investment"] == []
