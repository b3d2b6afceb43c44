"""Exports of the store: PLOVER JSON lines, a GDELT 2.0-style CAMEO event table, CSV and Parquet tables.

One exported event per happening (rows the resolver linked are one event with their counts).
PLOVER and the CAMEO table need a date: undated events are left out of them and counted in the
report. Geo country codes in the CAMEO table are ISO 3166-1 alpha-3, not GDELT's FIPS 10-4.
"""

from __future__ import annotations

import calendar
import csv
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pycountry

from chronik.export.codes import Coding, actor_sector, cameo_quad, fallback_codings, plover_quads
from chronik.language.gazetteer import lookup_place
from chronik.serve.queries import EventFilter, iter_happenings

FORMATS = ("plover", "cameo", "csv", "parquet")
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
VISITS = {"state_visit", "official_visit", "working_visit", "visit"}

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS: list[str] = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO] + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"])


@dataclass(slots=True)
class DateSpan:
    """An ISO date of day, month or year precision as its first and last day."""

    first: date
    last: date
    precision: str


def date_span(value: str | None) -> DateSpan | None:
    """'2012' -> 2012-01-01…2012-12-31, '2012-02' -> the month, a day -> itself; None when missing or invalid."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return DateSpan(date(parts[0], 1, 1), date(parts[0], 12, 31), "year")
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return DateSpan(date(parts[0], parts[1], 1), date(parts[0], parts[1], last), "month")
        day = date(parts[0], parts[1], parts[2])
        return DateSpan(day, day, "day")
    except (ValueError, IndexError):
        return None


def global_id(row: dict[str, Any]) -> int:
    """A stable integer id: the resolver's event_id, else a hash of the document id and event index."""
    if row.get("event_id") is not None:
        return int(row["event_id"])
    return int(hashlib.sha1(row["hid"].encode("utf-8")).hexdigest()[:13], 16)


@cache
def _codings() -> dict[tuple[str, str], Coding]:
    return {(c.subtype, c.status): c for c in fallback_codings()}


def _side(row: dict[str, Any], side: str) -> dict[str, Any]:
    roles = list(row[f"{side}_roles"] or [])
    return {"name": row[f"{side}_name"], "country": row[f"{side}_country"], "entity_id": row[f"{side}_entity_id"],
            "roles": roles, "sector": actor_sector(row[f"{side}_type"], row[f"{side}_name"], roles)}


def plover_record(row: dict[str, Any], coded: str) -> dict[str, Any] | None:
    """One happening as a PLOVER record, or None when it has no date."""
    span = date_span(row["date"])
    if span is None:
        return None
    coding = _codings().get((row["subtype"], row["status"]))

    def entity(side: str) -> dict[str, Any]:
        actor = _side(row, side)
        obj: dict[str, Any] = {"code": actor["country"], "sector": actor["sector"], "entity_text": actor["name"]}
        if actor["entity_id"] is not None:
            obj.update(identifier_id=str(actor["entity_id"]), identifier_text=actor["name"])
        if actor["roles"]:
            obj["office"] = actor["roles"][0]
        return obj

    rec: dict[str, Any] = {
        "id": f"chronik-{global_id(row)}", "has_event": True, "date": span.first.isoformat(),
        "actor": [entity("source")], "recipient": [entity("target")], "event": [row["type"]],
        "mode": coding.mode if coding else "", "context": [coding.context] if coding and coding.context else [],
        "event_text": row["evidence"], "quad_code": plover_quads().get(row["type"]),
        "link": row["url"] or row["source"],
        "cite_info": {"doc_id": row["doc_id"], "title": row["title"], "num_mentions": row["num_mentions"],
                      "num_articles": row["num_articles"], "num_sources": row["num_sources"]},
        "coder": f"chronik {version('chronik')}", "coded_date": coded,
        "comment": f"subtype {row['subtype']}; status {row['status']}; date precision {span.precision}; "
                   f"CAMEO {row['cameo'] or ''}; Goldstein {row['goldstein'] if row['goldstein'] is not None else ''}",
    }
    if span.precision != "day":
        rec["enddate"] = span.last.isoformat()
    if row["location"]:
        place = lookup_place(row["location"])
        rec["event_loc"] = {"city": row["location"] if place is None or place.kind != "country" else None,
                            "country": place.country if place else None}
    return rec


def _country_name(code: str | None) -> str:
    if not code:
        return ""
    if code == "EUU":
        return "European Union"
    country = pycountry.countries.get(alpha_3=code)
    return country.name if country else code


def _geo(kind: int | None, name: str, code: str | None) -> list[Any]:
    return [kind or "", name, code or "", "", "", "", "", ""] if kind else [""] * 8


def _country_geo(code: str | None) -> list[Any]:
    return _geo(1, _country_name(code), code) if code else _geo(None, "", None)


def _action_geo(row: dict[str, Any]) -> list[Any]:
    if row["location"]:
        place = lookup_place(row["location"])
        if place is not None and place.kind == "country":
            return _geo(1, _country_name(place.country), place.country)
        if place is not None:
            return _geo(4, f"{row['location']}, {_country_name(place.country)}", place.country)
    if row["subtype"] in VISITS and row["target_country"]:
        return _geo(1, _country_name(row["target_country"]), row["target_country"])
    return _geo(None, "", None)


def cameo_row(row: dict[str, Any]) -> list[Any] | None:
    """One happening as the 61 GDELT 2.0 event columns, or None when it has no date."""
    span = date_span(row["date"])
    if span is None:
        return None
    day = span.first
    actors: list[Any] = []
    for side in ("source", "target"):
        actor = _side(row, side)
        sector = actor["sector"]
        code = (actor["country"] or "") + (sector if sector != "UNK" else "")
        actors += [code, actor["name"] or "", actor["country"] or "", sector if sector in NON_STATE else "",
                   "", "", "", sector if sector not in NON_STATE and sector != "UNK" else "", "", ""]
    cameo = row["cameo"] or ""
    added = row["added"].strftime("%Y%m%d%H%M%S") if row["added"] else ""
    return ([global_id(row), int(day.strftime("%Y%m%d")), int(day.strftime("%Y%m")), day.year,
             round(day.year + (day.month * 30 + day.day) / 365, 4)] + actors
            + [int(row["start_char"] < row["lead_end"]), cameo, cameo[:3], cameo[:2], cameo_quad(cameo) or "",
               row["goldstein"] if row["goldstein"] is not None else "",
               row["num_mentions"], row["num_sources"], row["num_articles"], ""]
            + _country_geo(row["source_country"]) + _country_geo(row["target_country"]) + _action_geo(row)
            + [added, row["url"] or row["source"] or ""])


def _events_table(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        span = date_span(r["date"])
        src, tgt = _side(r, "source"), _side(r, "target")
        out.append({
            "id": global_id(r), "date": r["date"], "date_precision": span.precision if span else None,
            "type": r["type"], "subtype": r["subtype"], "status": r["status"],
            "source_name": src["name"], "source_country": src["country"], "source_entity_id": src["entity_id"],
            "source_sector": src["sector"], "target_name": tgt["name"], "target_country": tgt["country"],
            "target_entity_id": tgt["entity_id"], "target_sector": tgt["sector"], "location": r["location"],
            "cameo": r["cameo"], "goldstein": r["goldstein"], "quad_class": cameo_quad(r["cameo"]),
            "num_mentions": r["num_mentions"], "num_articles": r["num_articles"], "num_sources": r["num_sources"],
            "doc_id": r["doc_id"], "evidence": r["evidence"], "start": r["start_char"], "end": r["end_char"],
            "source_url": r["url"] or r["source"]})
    return out


def _table(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _write_tables(tables: dict[str, list[dict[str, Any]]], out: Path, fmt: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        if fmt == "parquet":
            pq.write_table(pa.Table.from_pylist(rows), out / f"{name}.parquet")
            continue
        flat = [{k: "|".join(map(str, v)) if isinstance(v, list) else v for k, v in r.items()} for r in rows]
        if flat:
            pacsv.write_csv(pa.Table.from_pylist(flat), out / f"{name}.csv")
        else:
            (out / f"{name}.csv").write_text("", encoding="utf-8")


def export(con: duckdb.DuckDBPyConnection, fmt: str, out: Path, header: bool = False) -> str:
    """Write the store in `fmt` to `out`, streaming events for PLOVER and CAMEO; returns a one-line report."""
    rows = iter_happenings(con, EventFilter())
    if fmt in ("plover", "cameo"):
        coded = datetime.now(UTC).date().isoformat()
        written = undated = 0
        with out.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
            if fmt == "cameo" and header:
                writer.writerow(GDELT_COLUMNS)
            for row in rows:
                rec = plover_record(row, coded) if fmt == "plover" else cameo_row(row)
                if rec is None:
                    undated += 1
                    continue
                written += 1
                if isinstance(rec, dict):
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                else:
                    writer.writerow(rec)
        what = "PLOVER records" if fmt == "plover" else f"events ({len(GDELT_COLUMNS)} GDELT 2.0 columns)"
        return f"{written} {what} to {out}; {undated} undated events left out"
    events = _events_table(rows)
    entities = _table(con, "SELECT entity_id AS id, type, name, country, aliases, roles, docs FROM entities "
                           "ORDER BY entity_id")
    facts = _table(con, "SELECT doc_id, idx, kind, value, currency, qualifier, period, countries, change, evidence, "
                        "start_char AS start, end_char AS \"end\" FROM facts ORDER BY doc_id, idx")
    _write_tables({"events": events, "entities": entities, "facts": facts}, out, fmt)
    return f"{len(events)} events, {len(entities)} entities, {len(facts)} facts as {fmt} to {out}/"
