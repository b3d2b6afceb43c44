"""How the event tests read a sentence: the pipeline's events and their comparable parts."""

from __future__ import annotations

from chronik.model import Event, RawDocument
from chronik.pipeline import process


def events(text: str, date: str | None = "2024-06-20") -> list[Event]:
    """The events chronik reads in `text` published on `date`."""
    return process(RawDocument("t", text, "test", meta_date=date)).events


def dyads(found: list[Event]) -> list[tuple[str, str | None, str | None, str | None, str]]:
    """(subtype, source country, target country, date, status) of each event."""
    return [(e.subtype, e.source.country, e.target.country, e.date, e.status) for e in found]


def found(text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """(type, subtype, source country, target country, status) of each event in `text`."""
    return [(e.type, e.subtype, e.source.country, e.target.country, e.status) for e in events(text)]
