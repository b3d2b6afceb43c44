"""Worker processes and a Dask cluster read the same records as one process, in the same order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronik.cli import app
from chronik.model import DocRecord, IngestError
from chronik.parallel import Plan, run
from chronik.store.duck import Store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

ARTICLES = [
    ("Der Außenminister der Republik Polen ist am 3. Mai 2021 zu einem Besuch in Wien eingetroffen. "
     "Er traf dort seinen österreichischen Amtskollegen und sprach mit ihm über die Lage in der Region."),
    ("Bundeskanzler Olaf Scholz hat am 14. Juni 2023 den Präsidenten Frankreichs in Berlin empfangen. "
     "Beide unterzeichneten eine Erklärung über die Zusammenarbeit in der Energiepolitik."),
    ("Der Handel zwischen Deutschland und Kasachstan erreichte im Jahr 2022 rund 3,9 Milliarden US-Dollar, "
     "wie das Ministerium in Astana am Dienstag mitteilte. Die Regierung will die Investitionen ausbauen."),
]


def _corpus(tmp_path: Path) -> list[str]:
    lines = [json.dumps({"id": f"n{i}", "text": ARTICLES[i % 3], "date": f"20{10 + i}-01-0{1 + i % 9}"})
             for i in range(9)]
    (tmp_path / "news.jsonl").write_text("\n".join(lines[:4]) + "\n{kaputt\n" + "\n".join(lines[4:]) + "\n",
                                         encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    return [str(SAMPLES), str(tmp_path)]


def _key(item: DocRecord | IngestError | str) -> object:
    return item.to_json() if isinstance(item, DocRecord) else item


def test_process_pool_gives_the_local_records(tmp_path: Path) -> None:
    paths = _corpus(tmp_path)
    local = list(run(paths))
    pooled = list(run(paths, Plan(workers=2)))
    assert sum(isinstance(r, DocRecord) for r in local) >= 10
    assert [type(r).__name__ for r in local].count("IngestError") == 2
    assert pooled == local


def test_dask_cluster_gives_the_local_records_and_parquet(tmp_path: Path) -> None:
    from distributed import LocalCluster

    paths = _corpus(tmp_path)
    local = list(run(paths))
    out = tmp_path / "parquet"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        dasked = list(run(paths, Plan(engine="dask", scheduler=cluster.scheduler_address, partition=4,
                                      parquet_dir=out)))
    assert [_key(r) for r in dasked] == [_key(r) for r in local]
    assert dasked == local

    import pyarrow.parquet as pq

    table = pq.read_table(out)
    docs = [r for r in local if isinstance(r, DocRecord)]
    assert sorted(d for d in table.column("doc_id").to_pylist() if d) == sorted(r.doc.doc_id for r in docs)


def test_ingest_on_workers_and_dask_fills_the_store_like_a_local_ingest(tmp_path: Path) -> None:
    paths = _corpus(tmp_path)
    runner = CliRunner()
    engines = (("local", []), ("pool", ["--workers", "2"]), ("dask", ["--engine", "dask"]))
    for name, extra in engines:
        result = runner.invoke(app, ["ingest", *paths, "--db", str(tmp_path / f"{name}.duckdb"), *extra])
        assert result.exit_code == 0, result.output
    tables = {}
    for name, _ in engines:
        with Store(tmp_path / f"{name}.duckdb", read_only=True) as store:
            tables[name] = (store.counts(), store.query("SELECT doc_id, idx, type, subtype, source_name, "
                                                        "target_name, date FROM events ORDER BY doc_id, idx"))
    assert tables["dask"] == tables["local"] and tables["pool"] == tables["local"]
    assert tables["local"][0]["documents"] >= 10


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        list(run([str(SAMPLES)], Plan(engine="spark")))
