"""Events (first pass: 'besuchte <country>')."""

from __future__ import annotations

import re

from chronik.model import Actor, Analysis, DocDate, EntityLayer, Event, TimeExpr

_VISIT = re.compile(r"\bbesuchte\b")


def extract_events(analysis: Analysis, layer: EntityLayer, times: list[TimeExpr], doc_date: DocDate) -> list[Event]:
    """Events of one document."""
    events = []
    for sent in analysis.sentences:
        if not _VISIT.search(sent.text):
            continue
        inside = [m for m in layer.mentions if sent.start <= m.start < sent.end]
        pers = [m for m in inside if m.type == "PER"]
        places = [m for m in inside if m.type == "GPE"]
        if pers and places:
            who, where = layer.entities[pers[0].entity], layer.entities[places[0].entity]
            events.append(Event("CONSULT", "visit", "occurred", Actor(who.name, who.country, pers[0].entity),
                                Actor(where.name, where.country, places[0].entity), None, sent.text,
                                sent.start, sent.end, trigger="besuchte"))
    return events
