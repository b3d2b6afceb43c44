"""Actors and structure of events on sentences of the kinds that failed on a further unseen set:
a mediator who is no party, a relative-clause agent named by a country adjective, a genitive group
of the two heads of state, a returned fire."""

from __future__ import annotations

from chronik.model import Event, RawDocument
from chronik.pipeline import process


def events(text: str, date: str | None = "2024-07-10") -> list[Event]:
    return process(RawDocument("t", text, "test", meta_date=date)).events


def dyads(found: list[Event]) -> list[tuple[str, str | None, str | None, str | None, str]]:
    return [(e.subtype, e.source.country, e.target.country, e.date, e.status) for e in found]


def test_a_mediator_talks_with_each_party_but_signs_nothing() -> None:
    text = ("Unter Vermittlung Norwegens unterzeichneten der kolumbianische Innenminister Carlos Ramírez und "
            "sein venezolanischer Kollege Pedro Salazar am 4. März eine Vereinbarung über den Grenzverkehr.")
    assert dyads(events(text)) == [("talks", "NOR", "COL", "2024-03-04", "occurred"),
                                   ("talks", "NOR", "VEN", "2024-03-04", "occurred"),
                                   ("agreement_signed", "COL", "VEN", "2024-03-04", "occurred")]
