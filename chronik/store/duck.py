"""The embedded DuckDB store: one transaction per document, idempotent re-ingest.

Tables: documents, sentences, mentions, doc_entities (entities as one document has
them, linked to a corpus entity by entity_id), entity_rows (corpus-level, resolved, linked
incrementally as each document is written; entity_keys holds their blocking keys; the view
entities adds each one's documents),
events (one row per event read from a document; event_id names the happening, shared across
documents; the view happenings counts its mentions, articles and sources), facts.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chronik.model import DocRecord, Entity
from chronik.resolve.events import BLOCK_SQL, HAPPENINGS_VIEW, dedup_block, link_events
from chronik.resolve.store_link import ENTITIES_VIEW, link_document, relink_all, unlink_document
from chronik.store.rows import rows

if TYPE_CHECKING:
    import duckdb

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY, source VARCHAR, url VARCHAR, title VARCHAR, outlet VARCHAR,
    doc_date VARCHAR, doc_date_inferred BOOLEAN, language VARCHAR, content_hash VARCHAR,
    text VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp, reader VARCHAR);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, type VARCHAR, text VARCHAR,
    entity_idx INTEGER);
CREATE TABLE IF NOT EXISTS doc_entities (
    doc_id VARCHAR, idx INTEGER, type VARCHAR, name VARCHAR, aliases VARCHAR[], country VARCHAR,
    roles VARCHAR[], entity_id BIGINT);
CREATE TABLE IF NOT EXISTS entity_rows (
    entity_id BIGINT PRIMARY KEY, type VARCHAR, name VARCHAR, country VARCHAR, aliases VARCHAR[],
    roles VARCHAR[], ndocs INTEGER);
CREATE TABLE IF NOT EXISTS events (
    doc_id VARCHAR, idx INTEGER, type VARCHAR, subtype VARCHAR, status VARCHAR,
    source_name VARCHAR, source_country VARCHAR, source_entity_idx INTEGER,
    target_name VARCHAR, target_country VARCHAR, target_entity_idx INTEGER,
    date VARCHAR, evidence VARCHAR, start_char INTEGER, end_char INTEGER, trigger VARCHAR,
    location VARCHAR, cameo VARCHAR, goldstein DOUBLE, event_id BIGINT, dedup_block VARCHAR);
CREATE TABLE IF NOT EXISTS entity_keys (key VARCHAR, entity_id BIGINT);
CREATE INDEX IF NOT EXISTS entity_keys_key ON entity_keys (key);
CREATE TABLE IF NOT EXISTS facts (
    doc_id VARCHAR, idx INTEGER, kind VARCHAR, value DOUBLE, currency VARCHAR, qualifier VARCHAR,
    period VARCHAR, countries VARCHAR[], evidence VARCHAR, start_char INTEGER, end_char INTEGER,
    change BOOLEAN);
"""

log = logging.getLogger(__name__)

PER_DOCUMENT = ("sentences", "mentions", "doc_entities", "events", "facts", "documents")


class OutdatedStore(RuntimeError):
    """A store whose schema an older chronik wrote, opened read-only (so it cannot be brought up to date)."""


def default_path() -> str:
    """$CHRONIK_DB or ./chronik.duckdb."""
    return os.environ.get("CHRONIK_DB") or "chronik.duckdb"


def content_hash(text: str) -> str:
    """Stable hash of a document's text, to skip unchanged re-ingests."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class WriteResult:
    """What happened to one document on ingest: 'added', 'replaced' or 'unchanged'."""

    doc_id: str
    action: str


class Store:
    """A chronik database file."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False) -> None:
        self.path = str(path or default_path())
        if read_only and not Path(self.path).exists():
            raise FileNotFoundError(f"no chronik database at {self.path} (run 'chronik ingest' first)")
        import duckdb  # here, not at the top: `chronik extract` never opens a store

        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.con.execute(SCHEMA)
            self._migrate()
            self.con.execute(HAPPENINGS_VIEW)
        elif not self._current():
            self.con.close()
            raise OutdatedStore(f"{self.path} was written by an older chronik: open it once for writing "
                                "(e.g. 'chronik relink' or an ingest) to bring it up to date")

    def _columns(self, table: str) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT column_name FROM information_schema.columns "
                                               "WHERE table_name = ?", [table]).fetchall()}

    def _current(self) -> bool:
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        return ({"entity_rows", "entity_keys", "happenings"} <= tables and "dedup_block" in self._columns("events")
                and "reader" in self._columns("documents"))

    def _migrate(self) -> None:
        """Bring a store written by an older chronik up to the current schema."""
        kinds = dict(self.con.execute("SELECT table_name, table_type FROM information_schema.tables").fetchall())
        if kinds.get("entities") == "BASE TABLE":  # corpus entities kept their document lists
            with self.transaction() as con:
                con.execute("INSERT INTO entity_rows SELECT entity_id, type, name, country, aliases, roles, len(docs) "
                            "FROM entities")
                con.execute("DROP TABLE entities")
        if kinds.get("entities") != "VIEW":
            self.con.execute(ENTITIES_VIEW)
        if "reader" not in self._columns("documents"):  # documents read before readings were fingerprinted
            self.con.execute("ALTER TABLE documents ADD COLUMN reader VARCHAR")
        if "dedup_block" not in self._columns("events"):
            with self.transaction() as con:
                con.execute("ALTER TABLE events ADD COLUMN dedup_block VARCHAR")
                con.execute(f"UPDATE events SET dedup_block = {BLOCK_SQL}")
        if self.con.execute("SELECT count(*) FROM doc_entities WHERE entity_id IS NULL").fetchall()[0][0]:
            self.relink()  # written before corpus linking
        self.con.execute("CREATE INDEX IF NOT EXISTS events_dedup_block ON events (dedup_block)")

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """BEGIN … COMMIT, rolled back on any error."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def stored(self, doc_id: str) -> tuple[str, str | None] | None:
        """The content hash and reader fingerprint stored for a document, or None."""
        row = self.con.execute("SELECT content_hash, reader FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return (row[0], row[1]) if row else None

    def is_current(self, doc_id: str, text: str, reader: str) -> bool:
        """Whether the store holds this text of the document as read by this reader (nothing to redo)."""
        return bool(reader) and self.stored(doc_id) == (content_hash(text), reader)

    def write(self, rec: DocRecord) -> WriteResult:
        """Store one document's records atomically, replacing older ones for the same id (also the same
        text read by another version of chronik)."""
        return self.write_many([rec])[0]

    def write_many(self, recs: list[DocRecord]) -> list[WriteResult]:
        """Store several documents in one transaction (fewer commits and statements than one by one).
        If the batch fails it is rolled back and its documents are written one at a time, so every
        document before a failing one is kept and the failing one raises its error."""
        if len(recs) > 1:
            try:
                return self._write_all(recs)
            except Exception as error:  # rolled back: the one-by-one pass keeps the good ones, raises for a bad one
                log.warning("storing %d documents together failed (%s: %s); storing them one at a time",
                            len(recs), type(error).__name__, error)
            return [self._write_all([rec])[0] for rec in recs]
        return self._write_all(recs)

    def _write_all(self, recs: list[DocRecord]) -> list[WriteResult]:
        results: list[WriteResult] = []
        later = _Deferred()
        with self.transaction() as con:
            for rec in recs:
                doc = rec.doc
                if doc.doc_id in later.ids:
                    later.insert(con)  # the id comes again: its first rows must be in place to be replaced
                old = self.stored(doc.doc_id)
                digest = content_hash(doc.text)
                if rec.reader and old == (digest, rec.reader):
                    results.append(WriteResult(doc.doc_id, "unchanged"))
                    continue
                if old:
                    unlink_document(con, doc.doc_id)
                for table in PER_DOCUMENT if old else ():  # a new document has nothing to replace
                    con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc.doc_id])
                con.execute(
                    "INSERT INTO documents (doc_id, source, url, title, outlet, doc_date, doc_date_inferred, "
                    "language, content_hash, text, reader) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [doc.doc_id, doc.source, doc.url, doc.title, doc.outlet, rec.doc_date.value,
                     rec.doc_date.inferred, "de", digest, doc.text, rec.reader or None])
                entity_ids = link_document(con, doc.doc_id, rec.entities)
                event_ids = link_events(con, doc.doc_id, rec.events, rec.doc_date.value)
                # events (and documents) are read by the next document's dedup: written now; the rest later
                _insert(con, "events", [
                    (doc.doc_id, i, e.type, e.subtype, e.status, e.source.name, e.source.country, e.source.entity,
                     e.target.name, e.target.country, e.target.entity, e.date, e.evidence, e.start, e.end,
                     e.trigger, e.location, e.cameo, e.goldstein, event_ids[i], dedup_block(e))
                    for i, e in enumerate(rec.events)])
                later.add(rec, entity_ids)
                results.append(WriteResult(doc.doc_id, "replaced" if old else "added"))
            later.insert(con)
        return results

    def doc_entities(self) -> Iterator[tuple[str, Entity]]:
        """Every document's entities as (doc_id, Entity), in ingest order."""
        rows = self.con.execute("SELECT doc_id, type, name, aliases, country, roles FROM doc_entities "
                                "ORDER BY doc_id, idx").fetchall()
        for doc_id, etype, name, aliases, country, roles in rows:
            yield doc_id, Entity(etype, name, list(aliases or []), country, list(roles or []))

    def relink(self) -> None:
        """Resolve all document entities afresh in one transaction (after editing aliases.tsv, or an older store)."""
        with self.transaction() as con:
            relink_all(con)

    def counts(self) -> dict[str, int]:
        """Row counts per table."""
        tables = ("documents", "sentences", "mentions", "doc_entities", "entities", "events", "facts")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # type: ignore[index]

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a parameterised query as dicts."""
        return rows(self.con, sql, params)

    def events(self, country: str | None = None, partner: str | None = None, type_: str | None = None,
               date_from: str | None = None, date_to: str | None = None) -> list[dict[str, Any]]:
        """Event rows matching the filters, oldest first (undated last)."""
        where, params = ["1=1"], []
        if country:
            where.append("(source_country = ? OR target_country = ?)")
            params += [country, country]
        if partner:
            where.append("(source_country = ? OR target_country = ?)")
            params += [partner, partner]
        if type_:
            where.append("(type = ? OR subtype = ?)")
            params += [type_, type_]
        if date_from:
            where.append("date >= ?")
            params.append(date_from)
        if date_to:
            where.append("date IS NOT NULL AND substr(date, 1, ?) <= ?")
            params += [len(date_to), date_to]
        return self.query(f"SELECT * FROM events WHERE {' AND '.join(where)} "
                          "ORDER BY date NULLS LAST, doc_id, idx", params)

    def facts(self, country: str | None = None, partner: str | None = None) -> list[dict[str, Any]]:
        """Fact rows concerning the given countries."""
        where, params = ["1=1"], []
        for code in (country, partner):
            if code:
                where.append("list_contains(countries, ?)")
                params.append(code)
        return self.query(f"SELECT * FROM facts WHERE {' AND '.join(where)} ORDER BY period NULLS LAST, doc_id, idx",
                          params)


class _Deferred:
    """Rows of a batch's documents that no later document's linking reads, inserted once per batch."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in ("sentences", "mentions", "doc_entities",
                                                                        "facts")}

    def add(self, rec: DocRecord, entity_ids: list[int]) -> None:
        """Keep one document's sentence, mention, entity and fact rows."""
        d = rec.doc.doc_id
        self.ids.add(d)
        self.rows["sentences"] += [(d, i, s.start, s.end, s.text) for i, s in enumerate(rec.analysis.sentences)]
        self.rows["mentions"] += [(d, i, m.start, m.end, m.type, m.text, m.entity) for i, m in enumerate(rec.mentions)]
        self.rows["doc_entities"] += [(d, i, e.type, e.name, e.aliases, e.country, e.roles, entity_ids[i])
                                      for i, e in enumerate(rec.entities)]
        self.rows["facts"] += [(d, i, f.kind, f.value, f.currency, f.qualifier, f.period, sorted(f.countries),
                                f.evidence, f.start, f.end, f.change) for i, f in enumerate(rec.facts)]

    def insert(self, con: duckdb.DuckDBPyConnection) -> None:
        """Insert what is kept, and start afresh."""
        for table, kept in self.rows.items():
            _insert(con, table, kept)
            kept.clear()
        self.ids.clear()


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[Any, ...]]) -> None:
    """Append rows (in the table's column order) as one Arrow batch: several times faster than executemany."""
    if rows:
        import pyarrow as pa

        batch = pa.Table.from_pydict({f"c{i}": list(col) for i, col in enumerate(zip(*rows))})
        con.from_arrow(batch).insert_into(table)


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """An events row in the extract format, with its document id."""
    return {"doc_id": row["doc_id"], "type": row["type"], "subtype": row["subtype"],
            "source": {"name": row["source_name"], "country": row["source_country"]},
            "target": {"name": row["target_name"], "country": row["target_country"]},
            "date": row["date"], "status": row["status"], "evidence": row["evidence"],
            "start": row["start_char"], "end": row["end_char"], "cameo": row["cameo"],
            "goldstein": row["goldstein"], "event_id": row["event_id"]}


def dumps(obj: Any) -> str:
    """JSON with non-ASCII kept."""
    return json.dumps(obj, ensure_ascii=False, default=str)
