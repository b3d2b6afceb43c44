"""One document through every reading stage: RawDocument in, DocRecord out."""

from __future__ import annotations

from chronik.extract.entities import extract_entities
from chronik.extract.events import extract_events
from chronik.extract.money import extract_facts
from chronik.extract.time import document_date, find_times, resolve_times
from chronik.language.text import analyze
from chronik.model import DocRecord, RawDocument


def process(doc: RawDocument) -> DocRecord:
    """Read one document: language layer, entities, time, events, money."""
    analysis = analyze(doc.text)
    times = find_times(doc.text)
    doc_date = document_date(doc.meta_date, times)
    layer = extract_entities(analysis, doc_date.value)
    times = resolve_times(times, doc_date, analysis)
    events = extract_events(analysis, layer, times, doc_date)
    facts = extract_facts(analysis, layer, times, doc_date)
    return DocRecord(doc=doc, analysis=analysis, doc_date=doc_date, entities=layer.entities,
                     mentions=layer.mentions, events=events, facts=facts, times=times)
