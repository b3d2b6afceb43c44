"""The CLI end to end on the bundled sample, the store's idempotency and the scored format."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronik.cli import app
from chronik.store.check import check as check_store
from chronik.store.duck import Store
from tests.conftest import SAMPLES

runner = CliRunner()


def test_ingest_twice_keeps_counts(tmp_path: Path) -> None:
    db = str(tmp_path / "c.duckdb")
    first = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    assert first.exit_code == 0, first.output
    with Store(db, read_only=True) as store:
        before = store.counts()
    second = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    assert second.exit_code == 0
    with Store(db, read_only=True) as store:
        assert store.counts() == before
    assert before["documents"] == len(list(SAMPLES.glob("*.txt")))


def test_a_store_read_by_another_chronik_is_read_again(tmp_path: Path) -> None:
    db = str(tmp_path / "v.duckdb")
    assert runner.invoke(app, ["ingest", str(SAMPLES), "--db", db]).exit_code == 0
    with Store(db) as store:
        before = store.query("SELECT doc_id, type, subtype, date FROM events ORDER BY doc_id, idx")
        store.con.execute("UPDATE documents SET reader = 'an-older-chronik' WHERE doc_id LIKE '01%'")
        store.con.execute("DELETE FROM events WHERE doc_id LIKE '01%'")  # what the older reading lacked
    again = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    assert again.exit_code == 0
    assert "1 replaced" in again.output and "unchanged" in again.output
    with Store(db, read_only=True) as store:
        assert store.query("SELECT doc_id, type, subtype, date FROM events ORDER BY doc_id, idx") == before
        assert not check_store(store)

def test_changed_file_replaces_its_records(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    article = next(iter(sorted(SAMPLES.glob("*.txt"))))
    target = src / article.name
    target.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    db = str(tmp_path / "c.duckdb")
    runner.invoke(app, ["ingest", str(src), "--db", db])
    target.write_text(article.read_text(encoding="utf-8") + "\nDer Besuch endete am Abend.", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(src), "--db", db])
    assert result.exit_code == 0
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 1
        [row] = store.query("SELECT text FROM documents")
        assert row["text"].endswith("am Abend.")


def test_corrupt_file_among_inputs_is_named_and_rest_ingested(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for f in SAMPLES.glob("*.txt"):
        (src / f.name).write_bytes(f.read_bytes())
    (src / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    db = str(tmp_path / "c.duckdb")
    result = subprocess.run([sys.executable, "-m", "chronik", "ingest", str(src), "--db", db],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "broken.txt" in result.stderr
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == len(list(SAMPLES.glob("*.txt")))


def test_extract_prints_scored_format() -> None:
    result = runner.invoke(app, ["extract", str(SAMPLES), "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(records) == len(list(SAMPLES.glob("*.txt")))
    for rec in records:
        assert set(rec) >= {"doc_id", "doc_date", "entities", "mentions", "events", "facts"}
        text = (SAMPLES / f"{rec['doc_id']}.txt").read_text(encoding="utf-8")
        for m in rec["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_events_query_formats(tmp_path: Path, fmt: str) -> None:
    db = str(tmp_path / "c.duckdb")
    runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    result = runner.invoke(app, ["events", "--db", db, "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        rows = json.loads(result.stdout)
        assert all({"doc_id", "type", "source", "target", "evidence"} <= set(r) for r in rows)


def _store_state(db: str) -> dict[str, list[tuple[object, ...]]]:
    queries = {
        "events": "SELECT doc_id, idx, type, subtype, source_country, target_country, date, status, event_id "
                  "FROM events ORDER BY doc_id, idx",
        "links": "SELECT doc_id, idx, name, entity_id FROM doc_entities ORDER BY doc_id, idx",
        "entities": "SELECT entity_id, type, name, country, aliases, docs FROM entities ORDER BY entity_id",
        "rows": "SELECT (SELECT count(*) FROM sentences), (SELECT count(*) FROM mentions), "
                "(SELECT count(*) FROM facts)",
    }
    with Store(db, read_only=True) as store:
        return {k: [tuple(r.values()) for r in store.query(q)] for k, q in queries.items()}


def test_ingest_in_batches_stores_what_one_document_at_a_time_stores(shared: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Batching only changes how many transactions there are: links, dedup and rows come out the same."""
    import chronik.ingest.watch as watch

    corpus = shared / "corpus" / "dev"
    monkeypatch.setattr(watch, "BATCH", 1)
    one = str(tmp_path / "one.duckdb")
    assert runner.invoke(app, ["ingest", str(corpus), "--db", one]).exit_code == 0
    monkeypatch.setattr(watch, "BATCH", 8)
    batched = str(tmp_path / "batched.duckdb")
    assert runner.invoke(app, ["ingest", str(corpus), str(corpus), "--db", batched]).exit_code == 0
    state = _store_state(batched)
    assert state == _store_state(one)
    assert len({r[0] for r in state["events"]}) > 8  # more documents than one batch


def test_a_failing_document_in_a_batch_keeps_the_documents_before_it(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import chronik.store.duck as duck

    real = duck.link_events

    def fragile(con, doc_id, events, doc_date):  # type: ignore[no-untyped-def]
        if doc_id == "b":
            raise RuntimeError("disk full")
        return real(con, doc_id, events, doc_date)

    monkeypatch.setattr(duck, "link_events", fragile)
    text = (SAMPLES / sorted(p.name for p in SAMPLES.glob("*.txt"))[0]).read_text(encoding="utf-8")
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(text.replace("Berlin", f"Berlin{name}"), encoding="utf-8")
    db = str(tmp_path / "f.duckdb")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", db])
    assert isinstance(result.exception, RuntimeError)
    with Store(db, read_only=True) as store:
        assert [r["doc_id"] for r in store.query("SELECT doc_id FROM documents ORDER BY doc_id")] == ["a"]
        assert check_store(store) == []
