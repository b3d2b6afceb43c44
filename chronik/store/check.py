"""Integrity check of a chronik store: nothing half-written, nothing pointing nowhere.

Every per-document row has its document; offsets lie within the document text and the
stored sentence and mention texts are the text at those offsets; a document's text still
has its content hash; mentions and event actors point to entities of their document;
document entities and blocking keys point to corpus entities, and each corpus entity counts the
documents it occurs in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from chronik.store.duck import Store

PER_DOCUMENT = ("sentences", "mentions", "doc_entities", "events", "facts")
WITH_OFFSETS = ("sentences", "mentions", "events", "facts")


@dataclass(slots=True)
class Problem:
    """One failed check: what it checks, how many rows fail, and a few of them."""

    check: str
    count: int
    examples: list[tuple[Any, ...]] = field(default_factory=list)


def _checks() -> list[tuple[str, str]]:
    """(description, SQL selecting the offending rows) pairs."""
    out: list[tuple[str, str]] = [
        ("document text matches its content hash",
         "SELECT doc_id FROM documents WHERE content_hash IS DISTINCT FROM sha256(text)"),
    ]
    for table in PER_DOCUMENT:
        out.append((f"every {table} row has its document",
                    f"SELECT doc_id, idx FROM {table} t WHERE NOT EXISTS "
                    f"(SELECT 1 FROM documents d WHERE d.doc_id = t.doc_id)"))
        out.append((f"{table} rows are numbered once per document",
                    f"SELECT doc_id, idx FROM {table} GROUP BY doc_id, idx HAVING count(*) > 1"))
    for table in WITH_OFFSETS:
        out.append((f"{table} offsets lie within the document text",
                    f"SELECT t.doc_id, t.idx, t.start_char, t.end_char FROM {table} t JOIN documents d USING (doc_id) "
                    f"WHERE t.start_char < 0 OR t.end_char < t.start_char OR t.end_char > length(d.text)"))
    for table in ("sentences", "mentions"):
        out.append((f"{table} text is the document text at its offsets",
                    f"SELECT t.doc_id, t.idx, t.text FROM {table} t JOIN documents d USING (doc_id) "
                    f"WHERE t.start_char >= 0 AND t.end_char <= length(d.text) AND "
                    f"substring(d.text, t.start_char + 1, t.end_char - t.start_char) IS DISTINCT FROM t.text"))
    out.append(("mentions point to an entity of their document",
                "SELECT m.doc_id, m.idx, m.entity_idx FROM mentions m WHERE m.entity_idx IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM doc_entities e WHERE e.doc_id = m.doc_id AND e.idx = m.entity_idx)"))
    for side in ("source", "target"):
        out.append((f"event {side}s point to an entity of their document",
                    f"SELECT v.doc_id, v.idx, v.{side}_entity_idx FROM events v "
                    f"WHERE v.{side}_entity_idx IS NOT NULL AND NOT EXISTS (SELECT 1 FROM doc_entities e "
                    f"WHERE e.doc_id = v.doc_id AND e.idx = v.{side}_entity_idx)"))
    out.append(("document entities link to corpus entities",
                "SELECT d.doc_id, d.idx, d.entity_id FROM doc_entities d WHERE d.entity_id IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM entities e WHERE e.entity_id = d.entity_id)"))
    out.append(("entity keys point to corpus entities",
                "SELECT k.key, k.entity_id FROM entity_keys k WHERE NOT EXISTS "
                "(SELECT 1 FROM entities e WHERE e.entity_id = k.entity_id)"))
    out.append(("corpus entities count the documents they occur in",
                "SELECT r.entity_id, r.ndocs, len(e.docs) FROM entity_rows r JOIN entities e USING (entity_id) "
                "WHERE r.ndocs IS DISTINCT FROM len(e.docs) OR len(e.docs) = 0"))
    return out


def check(store: Store, examples: int = 3) -> list[Problem]:
    """Every failed check of the store (an empty list when it is consistent)."""
    problems = []
    for description, sql in _checks():
        count = store.con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]  # type: ignore[index]
        if count:
            rows = store.con.execute(f"{sql} LIMIT {int(examples)}").fetchall()
            problems.append(Problem(description, count, [tuple(r) for r in rows]))
    return problems
