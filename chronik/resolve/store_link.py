"""Incremental entity linking inside the store: a new document's entities join existing corpus entities.

Only the corpus entities that share a blocking key with the document's entities are read
(table entity_keys, indexed by key), so linking one document costs about the same at any
corpus size. Replacing a document first takes it out of its entities (rebuilt from the
remaining documents' rows), so re-ingesting a changed article keeps the links consistent.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from chronik.model import Entity
from chronik.resolve.entities import Cluster, Resolver, entity_keys
from chronik.store.rows import rows as fetch_rows

if TYPE_CHECKING:
    import duckdb

ENTITY_COLUMNS = "entity_id, type, name, country, aliases, roles, ndocs"

ENTITIES_VIEW = """
CREATE OR REPLACE VIEW entities AS
SELECT r.entity_id, r.type, r.name, r.country, r.aliases, r.roles, coalesce(d.docs, []) AS docs
FROM entity_rows r
LEFT JOIN (SELECT entity_id, list(DISTINCT doc_id ORDER BY doc_id) AS docs FROM doc_entities
           WHERE entity_id IS NOT NULL GROUP BY entity_id) d USING (entity_id)
"""
"""Corpus entities with their documents. The documents come from doc_entities, so linking one more
document only counts it (entity_rows.ndocs) instead of rewriting a list that grows with the corpus."""



def _next_id(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT coalesce(max(entity_id), -1) + 1 FROM entity_rows").fetchall()[0]
    return int(row[0])


def _save(con: duckdb.DuckDBPyConnection, clusters: list[Cluster]) -> None:
    """Write clusters: whole rows for new ones; for stored ones the changed columns and their count of
    documents (the linked documents themselves are the doc_entities rows)."""
    fresh = [c for c in clusters if not c.stored_docs]
    stored = [c for c in clusters if c.stored_docs]
    if fresh:
        con.execute(f"INSERT OR REPLACE INTO entity_rows ({ENTITY_COLUMNS}) "
                    "SELECT unnest(?), unnest(?), unnest(?), unnest(?), unnest(?), unnest(?), unnest(?)",
                    [[c.id for c in fresh], [c.type for c in fresh], [c.name for c in fresh],
                     [c.country for c in fresh], [c.aliases for c in fresh], [c.roles for c in fresh],
                     [c.doc_count for c in fresh]])
    if stored:
        con.execute("UPDATE entity_rows SET name = m.name, country = m.country, aliases = m.aliases, "
                    "roles = m.roles, ndocs = m.ndocs "
                    "FROM (SELECT unnest(?) AS id, unnest(?) AS name, unnest(?) AS country, unnest(?) AS aliases, "
                    "unnest(?) AS roles, unnest(?) AS ndocs) m WHERE entity_rows.entity_id = m.id",
                    [[c.id for c in stored], [c.name for c in stored], [c.country for c in stored],
                     [c.aliases for c in stored], [c.roles for c in stored], [c.doc_count for c in stored]])


def link_document(con: duckdb.DuckDBPyConnection, doc_id: str, entities: list[Entity]) -> list[int]:
    """Link a document's entities to corpus entities (updated or created); their entity ids, in order."""
    if not entities:
        return []
    wanted = sorted({k for e in entities for k in entity_keys(e.type, [e.name, *e.aliases], e.country)})
    ids = [r[0] for r in con.execute("SELECT DISTINCT entity_id FROM entity_keys WHERE key IN (SELECT unnest(?))",
                                     [wanted]).fetchall()]
    found = fetch_rows(con, f"SELECT {ENTITY_COLUMNS} FROM entity_rows WHERE entity_id IN (SELECT unnest(?))",
                       [ids]) if ids else []
    resolver = Resolver((Cluster.from_row(r) for r in found), _next_id(con))
    linked: list[int] = []
    touched: dict[int, Cluster] = {}
    new_keys: list[tuple[str, int]] = []
    for ent in entities:
        cluster, keys = resolver.add(doc_id, ent)
        linked.append(cluster.id)
        touched[cluster.id] = cluster
        new_keys += [(k, cluster.id) for k in keys]
    _save(con, list(touched.values()))
    _insert_keys(con, new_keys)
    return linked


def _insert_keys(con: duckdb.DuckDBPyConnection, keys: list[tuple[str, int]]) -> None:
    if keys:
        con.execute("INSERT INTO entity_keys SELECT unnest(?), unnest(?)", [[k for k, _ in keys], [i for _, i in keys]])


def unlink_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    """Take a document out of its corpus entities before its rows are replaced or deleted."""
    ids = [r[0] for r in con.execute("SELECT DISTINCT entity_id FROM doc_entities WHERE doc_id = ? "
                                     "AND entity_id IS NOT NULL", [doc_id]).fetchall()]
    if not ids:
        return
    rest = fetch_rows(con, "SELECT doc_id, entity_id, type, name, aliases, country, roles FROM doc_entities "
                      "WHERE entity_id IN (SELECT unnest(?)) AND doc_id <> ? ORDER BY doc_id, idx", [ids, doc_id])
    old = {r["entity_id"]: r for r in fetch_rows(con, f"SELECT {ENTITY_COLUMNS} FROM entity_rows "
                                                 "WHERE entity_id IN (SELECT unnest(?))", [ids])}
    rebuilt: dict[int, Cluster] = {}
    for r in rest:
        eid = r["entity_id"]
        if eid not in rebuilt:
            rebuilt[eid] = Cluster(eid, r["type"], r["name"], votes=Counter())
        rebuilt[eid].add(r["doc_id"], Entity(r["type"], r["name"], list(r["aliases"] or []), r["country"],
                                             list(r["roles"] or [])))
    for eid, cluster in rebuilt.items():
        if eid in old and old[eid]["name"] in cluster.aliases:
            cluster.name = old[eid]["name"]
    con.execute("DELETE FROM entity_keys WHERE entity_id IN (SELECT unnest(?))", [ids])
    con.execute("DELETE FROM entity_rows WHERE entity_id IN (SELECT unnest(?))", [ids])
    _save(con, list(rebuilt.values()))
    _insert_keys(con, [(k, c.id) for c in rebuilt.values() for k in c.blocking_keys()])


def relink_all(con: duckdb.DuckDBPyConnection) -> None:
    """Resolve every stored document entity afresh (after editing aliases.tsv, or for an older store)."""
    con.execute("DELETE FROM entity_keys")
    con.execute("DELETE FROM entity_rows")
    con.execute("UPDATE doc_entities SET entity_id = NULL")
    docs = [r[0] for r in con.execute("SELECT DISTINCT doc_id FROM doc_entities ORDER BY doc_id").fetchall()]
    for doc_id in docs:
        rows = fetch_rows(con, "SELECT type, name, aliases, country, roles FROM doc_entities WHERE doc_id = ? "
                          "ORDER BY idx", [doc_id])
        ids = link_document(con, doc_id, [Entity(r["type"], r["name"], list(r["aliases"] or []), r["country"],
                                                 list(r["roles"] or [])) for r in rows])
        con.execute("UPDATE doc_entities SET entity_id = m.eid FROM (SELECT unnest(?) AS idx, unnest(?) AS eid) m "
                    "WHERE doc_entities.doc_id = ? AND doc_entities.idx = m.idx", [list(range(len(ids))), ids, doc_id])
