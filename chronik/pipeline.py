"""One document through every reading stage: RawDocument in, DocRecord out."""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

from chronik.extract.entities import extract_entities
from chronik.extract.events import extract_events
from chronik.extract.money import extract_facts
from chronik.extract.time import document_date, find_times, resolve_times
from chronik.language.text import analyze
from chronik.model import DocRecord, RawDocument

PACKAGE = Path(__file__).resolve().parent
READING = ("model.py", "pipeline.py", "extract", "language", "data")  # what decides how a text is read
READ_SUFFIXES = {".py", ".tsv", ".txt"}


@cache
def reader_version() -> str:
    """A fingerprint of the reading code and data (bundled and $CHRONIK_DATA's): a store re-reads a
    document whose stored reading came from another version, even when its text is unchanged."""
    files = [(str(p.relative_to(PACKAGE)), p) for name in READING
             for p in sorted((PACKAGE / name).rglob("*") if (PACKAGE / name).is_dir() else [PACKAGE / name])
             if p.is_file() and p.suffix in READ_SUFFIXES]
    extra = os.environ.get("CHRONIK_DATA")
    if extra:  # only the user's files that extend a bundled one are read
        files += [(f"user/{p.name}", p) for p in sorted(Path(extra).glob("*"))
                  if p.is_file() and (PACKAGE / "data" / p.name).is_file()]
    digest = hashlib.sha1()
    for name, path in files:
        digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def process(doc: RawDocument) -> DocRecord:
    """Read one document: language layer, entities, time, events, money."""
    analysis = analyze(doc.text)
    times = find_times(doc.text)
    doc_date = document_date(doc.meta_date, times, doc.text)
    layer = extract_entities(analysis, doc_date.value)
    times = resolve_times(times, doc_date, analysis)
    events = extract_events(analysis, layer, times, doc_date)
    facts = extract_facts(analysis, layer, times, doc_date)
    return DocRecord(doc=doc, analysis=analysis, doc_date=doc_date, entities=layer.entities, reader=reader_version(),
                     mentions=layer.mentions, events=events, facts=facts, times=times)
