"""Read-only queries over the chronik store, shared by the HTTP API and the exporters.

Every query is parameterised. Events are served as happenings: rows that the resolver gave
the same `event_id` are one happening with all its mentions and sources; a row without an
`event_id` is a happening of its own. CAMEO code and Goldstein score come from the event row,
or, where the extractor left them empty, from data/export_cameo.tsv.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import duckdb

from chronik.export.codes import cameo_quad, fallback_codings, plover_quads
from chronik.resolve.queries import dated_roles
from chronik.store.rows import rows as fetch_rows


@dataclass(slots=True)
class EventFilter:
    """Filters on events; every field is optional and they combine with AND."""

    country: str | None = None
    partner: str | None = None
    type: str | None = None
    subtype: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    q: str | None = None
    entity: int | None = None
    doc: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """SQL condition over the `ev` relation, with its parameters."""
        conds, params = ["TRUE"], []
        for code in (self.country, self.partner):
            if code:
                conds.append("(ev.source_country = ? OR ev.target_country = ?)")
                params += [code, code]
        for column, value in (("type", self.type), ("subtype", self.subtype), ("status", self.status),
                              ("doc_id", self.doc)):
            if value:
                conds.append(f"ev.{column} = ?")
                params.append(value)
        # A date matches when its span overlaps the range: '2025' matches from=2025-06-03 and to=2025-06-02.
        if self.date_from:
            conds.append("substr(ev.date, 1, least(length(ev.date), ?)) >= substr(?, 1, length(ev.date))")
            params += [len(self.date_from), self.date_from]
        if self.date_to:
            conds.append("substr(ev.date, 1, least(length(ev.date), ?)) <= substr(?, 1, length(ev.date))")
            params += [len(self.date_to), self.date_to]
        if self.q:
            conds.append("contains(lower(concat_ws(' ', ev.evidence, ev.source_name, ev.target_name, ev.location)), "
                         "lower(?))")
            params.append(self.q)
        if self.entity is not None:
            conds.append("(ev.source_entity_id = ? OR ev.target_entity_id = ?)")
            params += [self.entity, self.entity]
        return " AND ".join(conds), params


def columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    """Column names of a table (empty when the table does not exist)."""
    rows = con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()
    return {r[0] for r in rows}



def _col(present: set[str], name: str, alias: str, cast: str) -> str:
    return f"{alias}.{name}" if name in present else f"CAST(NULL AS {cast})"


def _base(con: duckdb.DuckDBPyConnection) -> tuple[str, list[Any]]:
    """CTEs `dent` (document entities linked to corpus entities) and `ev` (events with actors and codes)."""
    ev_cols, de_cols = columns(con, "events"), columns(con, "doc_entities")
    codings = fallback_codings()
    values = ", ".join("(?, ?, ?, ?)" for _ in codings)
    params: list[Any] = [v for c in codings for v in (c.subtype, c.status, c.cameo, c.goldstein)]
    link = ("(SELECT min(e.entity_id) FROM entities e WHERE e.type = de.type AND list_contains(e.docs, de.doc_id) "
            "AND (e.name = de.name OR list_contains(e.aliases, de.name)))")
    if "entity_id" not in de_cols:
        entity_id = link
    elif con.execute("SELECT count(*) FROM doc_entities WHERE entity_id IS NULL").fetchone()[0]:  # type: ignore[index]
        entity_id = f"coalesce(de.entity_id, {link})"  # a store written before linking: match by name
    else:
        entity_id = "de.entity_id"
    event_id = _col(ev_cols, "event_id", "e", "BIGINT")
    sql = f"""
    fb(subtype, status, cameo, goldstein) AS (VALUES {values}),
    dent AS (SELECT de.doc_id, de.idx, de.type, de.name, de.country, de.roles, {entity_id} AS entity_id
             FROM doc_entities de),
    ev AS (
      SELECT e.doc_id, e.idx, e.type, e.subtype, e.status, e.source_name, e.source_country,
             e.target_name, e.target_country, e.date, e.evidence, e.start_char, e.end_char, e.trigger,
             e.location, {event_id} AS event_id,
             coalesce(CAST({event_id} AS VARCHAR), e.doc_id || ':' || CAST(e.idx AS VARCHAR)) AS hid,
             coalesce(nullif(e.cameo, ''), fb.cameo) AS cameo, coalesce(e.goldstein, fb.goldstein) AS goldstein,
             s.entity_id AS source_entity_id, s.type AS source_type, s.roles AS source_roles,
             t.entity_id AS target_entity_id, t.type AS target_type, t.roles AS target_roles
      FROM events e
      LEFT JOIN dent s ON s.doc_id = e.doc_id AND s.idx = e.source_entity_idx
      LEFT JOIN dent t ON t.doc_id = e.doc_id AND t.idx = e.target_entity_idx
      LEFT JOIN fb ON fb.subtype = e.subtype AND fb.status = e.status)"""
    return sql, params


@dataclass(slots=True)
class Page:
    """One page of results and the total number that matched."""

    total: int
    items: list[dict[str, Any]]

def _page(con: duckdb.DuckDBPyConnection, table: str, select: str, conds: list[str], params: list[Any],
          order: str, limit: int | None, offset: int) -> Page:
    """One page of `table` rows matching all `conds`, with the total count of matches."""
    where = " AND ".join(conds)
    total = con.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]  # type: ignore[index]
    page = "LIMIT ? OFFSET ?" if limit is not None else "OFFSET ?"
    rows = fetch_rows(con, f"SELECT {select} FROM {table} WHERE {where} ORDER BY {order} {page}",
                 params + ([limit, offset] if limit is not None else [offset]))
    return Page(total, rows)


def _happening_sql(con: duckdb.DuckDBPyConnection, flt: EventFilter) -> tuple[str, str, list[Any]]:
    """The count query and the ordered select of happenings matching `flt`, and their parameters."""
    base, params = _base(con)
    where, wparams = flt.where()
    head = f"WITH {base}, sel AS (SELECT DISTINCT ev.hid FROM ev WHERE {where})"
    select = f"""{head},
      grp AS (
        SELECT ev.hid, count(*) AS num_mentions, count(DISTINCT ev.doc_id) AS num_articles,
               count(DISTINCT coalesce(d.outlet, d.url, d.source, ev.doc_id)) AS num_sources,
               first(ev.doc_id ORDER BY length(ev.date) DESC NULLS LAST, ev.doc_id, ev.idx) AS rep_doc,
               first(ev.idx ORDER BY length(ev.date) DESC NULLS LAST, ev.doc_id, ev.idx) AS rep_idx,
               min(d.ingested_at) AS added,
               list({{'doc_id': ev.doc_id, 'idx': ev.idx, 'evidence': ev.evidence, 'start': ev.start_char,
                      'end': ev.end_char}} ORDER BY ev.doc_id, ev.idx) AS mentions
        FROM ev JOIN documents d ON d.doc_id = ev.doc_id
        WHERE ev.hid IN (SELECT hid FROM sel) GROUP BY ev.hid)
      SELECT ev.*, grp.num_mentions, grp.num_articles, grp.num_sources, grp.added, grp.mentions,
             d.url, d.source, d.title,
             length(regexp_extract(d.text, '^\\s*[^\\n]*\\n\\s*\\n[^\\n]*', 0)) AS lead_end
      FROM grp JOIN ev ON ev.doc_id = grp.rep_doc AND ev.idx = grp.rep_idx
      JOIN documents d ON d.doc_id = ev.doc_id
      ORDER BY ev.date NULLS LAST, ev.doc_id, ev.idx"""
    return f"{head} SELECT count(*) FROM sel", select, params + wparams


def happenings(con: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int, offset: int = 0) -> Page:
    """One page of the events matching `flt`, one per happening, oldest first (undated last)."""
    count, select, params = _happening_sql(con, flt)
    total = con.execute(count, params).fetchone()[0]  # type: ignore[index]
    return Page(total, fetch_rows(con, f"{select} LIMIT ? OFFSET ?", params + [limit, offset]))


def iter_happenings(con: duckdb.DuckDBPyConnection, flt: EventFilter,
                    batch: int = 2000) -> Iterator[dict[str, Any]]:
    """Every happening matching `flt` in the same order, fetched in batches (for exports of any size)."""
    _, select, params = _happening_sql(con, flt)
    cur = con.execute(select, params)
    names = [d[0] for d in cur.description]
    while rows := cur.fetchmany(batch):
        yield from (dict(zip(names, row)) for row in rows)


def event_json(row: dict[str, Any]) -> dict[str, Any]:
    """A happening row as the API shows it."""
    return {
        "id": row["hid"], "date": row["date"], "type": row["type"], "subtype": row["subtype"],
        "status": row["status"],
        "source": {"name": row["source_name"], "country": row["source_country"], "entity_id": row["source_entity_id"]},
        "target": {"name": row["target_name"], "country": row["target_country"], "entity_id": row["target_entity_id"]},
        "location": row["location"], "cameo": row["cameo"], "goldstein": row["goldstein"],
        "quad_class": cameo_quad(row["cameo"]), "plover_quad": plover_quads().get(row["type"]),
        "evidence": row["evidence"], "doc_id": row["doc_id"], "start": row["start_char"], "end": row["end_char"],
        "num_mentions": row["num_mentions"], "num_articles": row["num_articles"], "num_sources": row["num_sources"],
        "mentions": row["mentions"],
    }


def entities(con: duckdb.DuckDBPyConnection, etype: str | None, country: str | None, q: str | None,
             limit: int | None, offset: int = 0) -> Page:
    """Corpus entities, most documents first."""
    conds, params = ["TRUE"], []
    if etype:
        conds.append("type = ?")
        params.append(etype)
    if country:
        conds.append("country = ?")
        params.append(country)
    if q:
        conds.append("contains(lower(concat_ws(' ', name, array_to_string(aliases, ' '))), lower(?))")
        params.append(q)
    return _page(con, "entities", "entity_id AS id, type, name, country, aliases, roles, docs", conds, params,
                 "len(docs) DESC, type, name, entity_id", limit, offset)


def entity(con: duckdb.DuckDBPyConnection, entity_id: int) -> dict[str, Any] | None:
    """One corpus entity with its roles dated by the documents stating them and the documents it occurs in."""
    rows = fetch_rows(con, "SELECT entity_id AS id, type, name, country, aliases, roles, docs FROM entities "
                      "WHERE entity_id = ?", [entity_id])
    if not rows:
        return None
    ent = rows[0]
    ent["dated_roles"] = dated_roles(con, [entity_id]).get(entity_id, [])
    ent["documents"] = fetch_rows(con, "SELECT doc_id, title, doc_date FROM documents WHERE list_contains(?, doc_id) "
                                  "ORDER BY doc_date NULLS LAST, doc_id", [list(ent["docs"] or [])])
    return ent


def document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """A document's text with the spans of its entity mentions, events and facts, or None."""
    docs = fetch_rows(con, "SELECT doc_id, title, doc_date, doc_date_inferred, url, source, outlet, text "
                           "FROM documents WHERE doc_id = ?", [doc_id])
    if not docs:
        return None
    doc = docs[0]
    base, params = _base(con)
    doc["mentions"] = fetch_rows(con, f"""WITH {base}
        SELECT m.start_char AS start, m.end_char AS "end", m.type, m.text, dent.entity_id, dent.name AS entity_name
        FROM mentions m LEFT JOIN dent ON dent.doc_id = m.doc_id AND dent.idx = m.entity_idx
        WHERE m.doc_id = ? ORDER BY m.start_char, m.idx""", params + [doc_id])
    doc["events"] = [event_json(r) for r in iter_happenings(con, EventFilter(doc=doc_id))]
    for ev in doc["events"]:  # a happening's representative may sit in another document: show this one's span
        own = next((m for m in ev["mentions"] if m["doc_id"] == doc_id), None)
        if own:
            ev.update(doc_id=doc_id, evidence=own["evidence"], start=own["start"], end=own["end"])
    doc["facts"] = fetch_rows(con, "SELECT kind, value, currency, qualifier, period, countries, evidence, "
                              "start_char AS start, end_char AS \"end\" FROM facts WHERE doc_id = ? ORDER BY idx",
                         [doc_id])
    return doc


def dyads(con: duckdb.DuckDBPyConnection, flt: EventFilter) -> list[dict[str, Any]]:
    """Per unordered country pair and month (or year, when that is all the text gives): events and cooperation."""
    base, params = _base(con)
    where, wparams = flt.where()
    rows = fetch_rows(con, f"""WITH {base},
      sel AS (SELECT * FROM (SELECT ev.*, row_number() OVER (PARTITION BY ev.hid
                ORDER BY length(ev.date) DESC NULLS LAST, ev.doc_id, ev.idx) AS rn FROM ev WHERE {where}) WHERE rn = 1
              AND source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country
              AND date IS NOT NULL)
      SELECT least(source_country, target_country) AS country_a, greatest(source_country, target_country) AS country_b,
             substr(date, 1, 7) AS period, count(*) AS events, round(sum(goldstein), 2) AS cooperation,
             round(avg(goldstein), 2) AS goldstein_mean,
             list(type ORDER BY type) AS types
      FROM sel GROUP BY ALL ORDER BY country_a, country_b, period""", params + wparams)
    for row in rows:
        row["types"] = dict(Counter(row["types"]))
    return rows


def facts(con: duckdb.DuckDBPyConnection, country: str | None, partner: str | None, kind: str | None,
          limit: int | None, offset: int = 0) -> Page:
    """Money facts concerning the given countries."""
    conds, params = ["TRUE"], []
    for code in (country, partner):
        if code:
            conds.append("list_contains(countries, ?)")
            params.append(code)
    if kind:
        conds.append("kind = ?")
        params.append(kind)
    return _page(con, "facts", "doc_id, kind, value, currency, qualifier, period, countries, change, evidence, "
                 "start_char AS start, end_char AS \"end\"", conds, params, "period NULLS LAST, doc_id, idx",
                 limit, offset)


def network(con: duckdb.DuckDBPyConnection, flt: EventFilter, max_nodes: int | None = None) -> dict[str, Any]:
    """Actors (persons, organisations, countries) as nodes, edges weighted by the happenings between them;
    with `max_nodes`, only the actors in most happenings and the edges among them."""
    base, params = _base(con)
    where, wparams = flt.where()
    rows = fetch_rows(con, f"""WITH {base}
      SELECT * FROM (SELECT ev.*, row_number() OVER (PARTITION BY ev.hid
        ORDER BY length(ev.date) DESC NULLS LAST, ev.doc_id, ev.idx) AS rn FROM ev WHERE {where}) WHERE rn = 1""",
                 params + wparams)
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], int] = {}

    def node(name: str | None, country: str | None, etype: str | None, entity_id: int | None) -> str | None:
        if etype in ("PER", "ORG") and entity_id is not None:
            key, label, kind = f"e{entity_id}", name or "?", etype
        elif country:
            key, label, kind, entity_id = f"c{country}", country, "GPE", None
        else:
            return None
        item = nodes.setdefault(key, {"id": key, "label": label, "kind": kind, "country": country,
                                      "entity_id": entity_id, "events": 0})
        item["events"] += 1
        return key

    for r in rows:
        a = node(r["source_name"], r["source_country"], r["source_type"], r["source_entity_id"])
        b = node(r["target_name"], r["target_country"], r["target_type"], r["target_entity_id"])
        if a and b and a != b:
            pair = (a, b) if a < b else (b, a)
            edges[pair] = edges.get(pair, 0) + 1
    ranked = sorted(nodes.values(), key=lambda n: (-n["events"], n["id"]))
    kept = ranked[:max_nodes] if max_nodes is not None else ranked
    keys = {n["id"] for n in kept}
    return {"nodes": kept, "total_nodes": len(ranked),
            "edges": [{"source": a, "target": b, "weight": w} for (a, b), w in sorted(edges.items())
                      if a in keys and b in keys]}


def meta(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What the store holds: counts, countries with events, types, date range."""
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
              for t in ("documents", "events", "entities", "facts")}
    countries = fetch_rows(con, """SELECT c AS code, count(*) AS events FROM (
        SELECT source_country AS c FROM events UNION ALL SELECT target_country FROM events) WHERE c IS NOT NULL
        GROUP BY c ORDER BY events DESC, c""", [])
    types = [r[0] for r in con.execute("SELECT DISTINCT type FROM events ORDER BY type").fetchall()]
    subtypes = [r[0] for r in con.execute("SELECT DISTINCT subtype FROM events ORDER BY subtype").fetchall()]
    span = con.execute("SELECT min(date), max(date) FROM events").fetchone() or (None, None)
    return {"counts": counts, "countries": countries, "types": types, "subtypes": subtypes,
            "first_date": span[0], "last_date": span[1]}
