"""The one write the server allows, and only with its write token: add an article to the store."""

from __future__ import annotations

from typing import Any

from chronik.model import RawDocument
from chronik.pipeline import process
from chronik.store.duck import Store


def add_document(db: str, doc_id: str, text: str, title: str | None, date: str | None,
                 url: str | None) -> dict[str, Any]:
    """Read one article through the pipeline and store it (the store links its entities and events)."""
    rec = process(RawDocument(doc_id=doc_id, text=text, source=url or f"api:{doc_id}", title=title,
                              meta_date=date, url=url))
    with Store(db) as store:
        result = store.write(rec)
    return {"doc_id": doc_id, "action": result.action, "events": len(rec.events), "facts": len(rec.facts),
            "entities": len(rec.entities)}
