"""Exports as a researcher uses them: `chronik export` to PLOVER, a GDELT 2.0 CAMEO table, CSV and Parquet."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from chronik.cli import app
from chronik.export.codes import actor_sector, cameo_quad, fallback_codings
from chronik.export.writers import GDELT_COLUMNS, date_span
from tests.serve_store import PLANNED_EVIDENCE, SAME_VISIT, VISIT_EVIDENCE, build_store

SUBTYPES = ["state_visit", "official_visit", "working_visit", "visit", "meeting", "talks", "phone_call", "summit",
            "credentials", "recognition", "relations_established", "agreement_signed", "contract_signed",
            "investment", "aid", "support_statement", "cooperation", "criticism", "demand", "rejection", "threat",
            "sanction", "expulsion", "protest", "mobilization", "coercion", "attack", "other"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("export") / "store.duckdb")


def _export(db: Path, fmt: str, out: Path, *extra: str) -> str:
    result = CliRunner().invoke(app, ["export", "--format", fmt, str(out), "--db", str(db), *extra])
    assert result.exit_code == 0, result.output
    return result.output


def _events_total(db: Path) -> tuple[int, int]:
    """Happenings in the store, and how many of them have a date."""
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT coalesce(CAST(event_id AS VARCHAR), doc_id || ':' || idx) AS hid, "
                       "max(date) AS date FROM events GROUP BY hid").fetchall()
    con.close()
    return len(rows), sum(1 for _, d in rows if d)


def test_plover_records_carry_every_required_field(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.plover.jsonl"
    report = _export(db, "plover", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    total, dated = _events_total(db)
    assert len(records) == dated and f"{total - dated} undated events left out" in report
    for rec in records:
        assert {"id", "date", "actor", "event"} <= set(rec)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["date"])
        assert rec["actor"] and all({"code", "sector"} <= set(a) for a in rec["actor"] + rec["recipient"])
        assert len(rec["event"]) == 1 and rec["event"][0].isupper()
        assert rec["quad_code"] in (1, 2, 3, 4) and rec["event_text"]
    assert len({r["id"] for r in records}) == len(records)
    visit = next(r for r in records if r["id"] == f"chronik-{SAME_VISIT}")
    assert visit["date"] == "2025-06-02" and "enddate" not in visit
    assert visit["actor"][0] == {"code": "CHL", "sector": "GOV", "entity_text": "Ana Torres",
                                 "office": "Außenministerin", "identifier_id": visit["actor"][0]["identifier_id"],
                                 "identifier_text": "Ana Torres"}
    assert visit["recipient"][0]["code"] == "KOR"
    assert (visit["event"], visit["mode"], visit["context"], visit["quad_code"]) == (["CONSULT"], "visit",
                                                                                    ["diplomatic"], 1)
    assert visit["event_text"] == VISIT_EVIDENCE
    assert visit["cite_info"]["num_articles"] == 2
    assert visit["event_loc"] == {"city": "Seoul", "country": "KOR"}
    planned = next(r for r in records if r["event_text"] == PLANNED_EVIDENCE)
    assert (planned["event"], planned["date"], planned["enddate"]) == (["AGREE"], "2025-01-01", "2025-12-31")


def test_cameo_table_has_the_gdelt_columns_and_loads_with_duckdb(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    _export(db, "cameo", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(len(line.split("\t")) == 61 for line in lines)
    cols = ", ".join(f"'{c}': 'VARCHAR'" for c in GDELT_COLUMNS)
    con = duckdb.connect()
    rows = con.execute(f"SELECT * FROM read_csv(?, delim='\t', header=false, quote='', escape='', "
                       f"columns={{{cols}}})", [str(out)]).fetchall()
    table = [dict(zip(GDELT_COLUMNS, r)) for r in rows]
    assert len(table) == _events_total(db)[1]
    visit = next(r for r in table if r["GLOBALEVENTID"] == str(SAME_VISIT))
    assert (visit["SQLDATE"], visit["MonthYear"], visit["Year"]) == ("20250602", "202506", "2025")
    assert (visit["Actor1Code"], visit["Actor1Name"], visit["Actor1CountryCode"]) == ("CHLGOV", "Ana Torres", "CHL")
    assert (visit["Actor1Type1Code"], visit["Actor2CountryCode"]) == ("GOV", "KOR")
    assert (visit["EventCode"], visit["EventBaseCode"], visit["EventRootCode"]) == ("042", "042", "04")
    assert (visit["QuadClass"], float(visit["GoldsteinScale"])) == ("1", 1.9)
    assert (visit["NumMentions"], visit["NumSources"], visit["NumArticles"]) == ("2", "2", "2")
    assert visit["IsRootEvent"] == "1"
    assert (visit["ActionGeo_Type"], visit["ActionGeo_CountryCode"]) == ("4", "KOR")
    assert visit["ActionGeo_FullName"].startswith("Seoul, ")
    assert re.fullmatch(r"\d{14}", visit["DATEADDED"])
    signing = next(r for r in table if r["EventCode"] == "057" and r["Actor1Name"] == "Ana Torres")
    assert signing["Actor2Code"] == "KORGOV" and float(signing["GoldsteinScale"]) == 8.0
    planned = next(r for r in table if r["Actor1Name"] == "Min-jun Park")
    assert (planned["EventRootCode"], planned["IsRootEvent"]) == ("03", "0")
    typed = duckdb.connect().execute("SELECT typeof(column26) FROM read_csv(?, delim='\t', header=false, quote='', "
                                     "escape='', all_varchar=true) LIMIT 1", [str(out)]).fetchone()
    assert typed == ("VARCHAR",)


def test_cameo_header_names_the_columns(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "with_header.tsv"
    _export(db, "cameo", out, "--header")
    con = duckdb.connect()
    names = [d[0] for d in con.execute("SELECT * FROM read_csv(?, delim='\t', header=true, quote='', escape='', "
                                       "all_varchar=true)", [str(out)]).description]
    assert names == GDELT_COLUMNS


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_for_events_entities_and_facts(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / fmt
    _export(db, fmt, out)
    assert sorted(p.name for p in out.iterdir()) == [f"{t}.{fmt}" for t in ("entities", "events", "facts")]
    con = duckdb.connect()
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    events = con.execute(f"SELECT * FROM {reader}(?)", [str(out / f"events.{fmt}")]).fetchall()
    assert len(events) == _events_total(db)[0]
    visit = con.execute(f"SELECT num_mentions, cameo, source_sector FROM {reader}(?) WHERE id = ?",
                        [str(out / f"events.{fmt}"), SAME_VISIT]).fetchone()
    assert visit is not None and visit[0] == 2 and str(visit[1]).zfill(3) == "042" and visit[2] == "GOV"
    facts = con.execute(f"SELECT value, currency FROM {reader}(?) WHERE kind = 'trade_volume' AND currency = 'USD'",
                        [str(out / f"facts.{fmt}")]).fetchall()
    assert (6.1e9, "USD") in facts
    if fmt == "parquet":
        entities = pq.read_table(out / "entities.parquet").to_pylist()
        torres = next(e for e in entities if e["name"] == "Ana Torres")
        assert isinstance(torres["aliases"], list) and "Torres" in torres["aliases"]


@pytest.mark.parametrize(("etype", "name", "roles", "sector"), [
    ("GPE", "Kasachstan", [], "GOV"),
    ("PER", "Julia Beispiel", ["Botschafterin der USA in Kasachstan"], "GOV"),
    ("PER", "Karl Muster", ["Generalkonsul"], "GOV"),
    ("PER", "Karl Muster", ["General der Streitkräfte"], "MIL"),
    ("PER", "Eva Muster", ["Abgeordnete des Bundestages"], "LEG"),
    ("PER", "Eva Muster", ["Parlamentspräsidentin"], "LEG"),
    ("PER", "Anna Beispiel", ["UN-Generalsekretärin"], "UNO"),
    ("ORG", "Körber-Stiftung", [], "NGO"),
    ("ORG", "Nationalbank von Kasachstan", [], "GOV"),
    ("ORG", "Mars Inc.", [], "BUS"),
    ("PER", "Hans Muster", [], "UNK"),
])
def test_actor_sectors_from_roles_and_names(etype: str, name: str, roles: list[str], sector: str) -> None:
    assert actor_sector(etype, name, roles) == sector


def test_every_subtype_has_a_fallback_coding_for_both_statuses() -> None:
    coded = {(c.subtype, c.status) for c in fallback_codings()}
    assert {(s, st) for s in SUBTYPES for st in ("occurred", "planned")} <= coded
    assert all(re.fullmatch(r"\d{3,4}", c.cameo) and -10 <= c.goldstein <= 10 for c in fallback_codings())
    assert (cameo_quad("042"), cameo_quad("0611"), cameo_quad("112"), cameo_quad("163"), cameo_quad("")) == \
        (1, 2, 3, 4, None)


def test_date_spans_keep_the_precision() -> None:
    assert [str(date_span(v).last) for v in ("2024", "2024-02", "2023-02", "2025-06-02")] == \
        ["2024-12-31", "2024-02-29", "2023-02-28", "2025-06-02"]
    assert date_span("2025-13") is None and date_span(None) is None
