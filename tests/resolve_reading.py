"""How the resolution tests read a small corpus: each text one document, then the corpus entity table."""

from __future__ import annotations

from typing import Any

from chronik.model import RawDocument
from chronik.pipeline import process
from chronik.resolve.entities import build_kb


def corpus_kb(*texts: str) -> list[dict[str, Any]]:
    """The corpus entity table chronik builds from `texts`, one document each."""
    items = []
    for i, text in enumerate(texts):
        rec = process(RawDocument(f"d{i}", text, "test", meta_date="2025-06-02"))
        items += [(rec.doc.doc_id, e) for e in rec.entities]
    return build_kb(items)


def same_entity(kb: list[dict[str, Any]], a: str, b: str) -> bool:
    """Do the aliases `a` and `b` end up in one corpus entity (each must be in exactly one)?"""
    owners = []
    for alias in (a, b):
        hits = [i for i, c in enumerate(kb) if alias in c["aliases"]]
        assert len(hits) == 1, (alias, [c["aliases"] for c in kb])
        owners.append(hits[0])
    return owners[0] == owners[1]
