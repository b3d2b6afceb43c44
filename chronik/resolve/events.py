"""Cross-document event deduplication: one happening, however many articles report it.

Each stored event row gets an `event_id` naming its happening. A new document's event joins
a happening of another document when both have the same PLOVER type and status, the same
country dyad (ordered unless the subtype is symmetric), subtypes of one family (a state visit
and a visit), compatible dates (one at least as precise as the other and agreeing with it, or
day-precise dates a few days apart in the same year; two undated events only when their documents appeared
within a week) and overlapping actors (the same person or organisation where both name one).
Two visits in different years stay two happenings. The view `happenings` counts the mentions,
articles and distinct sources (outlets) of each, like GDELT's NumMentions/NumArticles/NumSources.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from functools import cache
from typing import TYPE_CHECKING, Any

from chronik.language.gazetteer import country_code
from chronik.language.resources import load_tsv
from chronik.model import Event
from chronik.resolve.keys import fold, split_name

if TYPE_CHECKING:
    import duckdb

HAPPENINGS_VIEW = """
CREATE OR REPLACE VIEW happenings AS
SELECT e.event_id,
       mode(e.type) AS type, mode(e.subtype) AS subtype, mode(e.status) AS status,
       mode(e.source_country) AS source_country, mode(e.target_country) AS target_country,
       arg_max(e.source_name, length(e.source_name)) AS source_name,
       arg_max(e.target_name, length(e.target_name)) AS target_name,
       arg_max(e.date, length(coalesce(e.date, ''))) AS date,
       count(*) AS num_mentions,
       count(DISTINCT e.doc_id) AS num_articles,
       count(DISTINCT coalesce(d.outlet, d.url, d.source, d.doc_id)) AS num_sources,
       list(DISTINCT e.doc_id ORDER BY e.doc_id) AS docs
FROM events e JOIN documents d ON d.doc_id = e.doc_id
WHERE e.event_id IS NOT NULL
GROUP BY e.event_id
"""


@dataclass(frozen=True, slots=True)
class Family:
    """How a subtype deduplicates: its family, whether the dyad is unordered, how many days dates may differ."""

    name: str
    symmetric: bool
    max_days: int


@cache
def _families() -> dict[str, Family]:
    return {r["subtype"]: Family(r.get("family") or r["subtype"], r.get("symmetric") == "1",
                                 int(r.get("max_days") or 0))
            for r in load_tsv("dedup_subtypes.tsv")}


def family(subtype: str) -> Family:
    """The dedup family of a subtype (an unknown subtype is its own family, ordered, exact dates)."""
    return _families().get(subtype) or Family(subtype, False, 0)


def _day(value: str) -> Date | None:
    try:
        return Date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def dates_compatible(a: str | None, b: str | None, max_days: int, doc_a: str | None, doc_b: str | None) -> bool:
    """Dates of one happening: the less precise a prefix of the other, or day dates `max_days` apart.

    Two undated events match only when their documents' dates are within a week of each other.
    """
    if a is None or b is None:
        if a is not None or b is not None:
            return False
        da, db = _day(doc_a or ""), _day(doc_b or "")
        return (da is None and db is None and doc_a == doc_b) or (
            da is not None and db is not None and abs((da - db).days) <= 7)
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short):
        return True
    da, db = _day(a), _day(b)
    return da is not None and db is not None and abs((da - db).days) <= max_days


def _names_compatible(a: str | None, b: str | None) -> bool:
    """Actor names agree, or one of them only names a country."""
    if not a or not b or country_code(a) or country_code(b):
        return True
    if fold(a) == fold(b):
        return True
    na, nb = split_name(a), split_name(b)
    return bool(na.surname_keys & nb.surname_keys) and na.given_compatible(nb)


def same_happening(new: dict[str, Any], old: dict[str, Any]) -> bool:
    """Whether two event rows (with `doc_date`) report one happening."""
    if new["type"] != old["type"] or new["status"] != old["status"]:
        return False
    fam, fam_old = family(new["subtype"]), family(old["subtype"])
    if fam.name != fam_old.name:
        return False
    pairs = [("source", "source"), ("target", "target")]
    straight = (new["source_country"], new["target_country"]) == (old["source_country"], old["target_country"])
    if not straight:
        crossed = (new["source_country"], new["target_country"]) == (old["target_country"], old["source_country"])
        if not (fam.symmetric and crossed):
            return False
        pairs = [("source", "target"), ("target", "source")]
    if not all(_names_compatible(new[f"{x}_name"], old[f"{y}_name"]) for x, y in pairs):
        return False
    return dates_compatible(new["date"], old["date"], max(fam.max_days, fam_old.max_days), new.get("doc_date"),
                            old.get("doc_date"))


BLOCK_SQL = ("type || '|' || status || '|' || least(coalesce(source_country, ''), coalesce(target_country, '')) "
             "|| '|' || greatest(coalesce(source_country, ''), coalesce(target_country, '')) "
             "|| '|' || coalesce(substr(date, 1, 4), '')")
"""`dedup_block` of an events row in SQL (fills the column in stores written before it existed)."""

CANDIDATES = """
SELECT DISTINCT event_id, CASE WHEN date IS NULL THEN doc_id END AS doc_id, type, subtype, status, source_name,
       source_country, target_name, target_country, date, dedup_block
FROM events
WHERE dedup_block = ANY(?) AND event_id IS NOT NULL AND doc_id <> ?
ORDER BY event_id
"""
"""Earlier reports that may tell the same happening: one row per distinct reading of each happening
(many articles repeating one report are compared once); the document only where an undated
reading needs its document's date."""


def dedup_block(ev: Event) -> str:
    """The blocking key of an event: type, status, unordered country dyad, year. Only events with
    the same key can be one happening; the indexed column makes finding them cost the same at any
    corpus size."""
    lo, hi = sorted([ev.source.country or "", ev.target.country or ""])
    return "|".join([ev.type, ev.status, lo, hi, (ev.date or "")[:4]])


def link_events(con: duckdb.DuckDBPyConnection, doc_id: str, events: list[Event], doc_date: str | None) -> list[int]:
    """The happening id of each of a document's events, joining other documents' happenings or new."""
    if not events:
        return []
    mine = [{"type": e.type, "subtype": e.subtype, "status": e.status, "source_name": e.source.name,
             "source_country": e.source.country, "target_name": e.target.name, "target_country": e.target.country,
             "date": e.date, "doc_date": doc_date, "block": dedup_block(e)} for e in events]
    cur = con.execute(CANDIDATES, [sorted({e["block"] for e in mine}), doc_id])
    names = [d[0] for d in cur.description]
    blocks: dict[str, list[dict[str, Any]]] = {}
    for row in cur.fetchall():
        cand = dict(zip(names, row))
        blocks.setdefault(cand["dedup_block"], []).append(cand)
    undated = sorted({c["doc_id"] for cs in blocks.values() for c in cs if c["date"] is None})
    dates = dict(con.execute("SELECT doc_id, doc_date FROM documents WHERE doc_id IN (SELECT unnest(?))",
                             [undated]).fetchall()) if undated else {}
    for cands in blocks.values():
        for c in cands:
            c["doc_date"] = dates.get(c["doc_id"])
    row = con.execute("SELECT coalesce(max(event_id), -1) + 1 FROM events").fetchall()[0]
    next_id = int(row[0])
    taken: set[int] = set()
    ids: list[int] = []
    for ev in mine:
        match = next((c["event_id"] for c in blocks.get(ev["block"], ())
                      if c["event_id"] not in taken and same_happening(ev, c)), None)
        if match is None:
            match = next_id
            next_id += 1
        taken.add(match)
        ids.append(match)
    return ids
