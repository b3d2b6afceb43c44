"""Reading many documents at once: in this process, in worker processes, or on a Dask cluster.

Every engine yields the same results in the same order as reading one document after
another: `DocRecord` for a document read, `IngestError` for one that was not. Files are
read in the calling process (cheap); the reading pipeline runs on the workers; the one
writer to the store stays the caller. With Dask, each partition of documents is read on
a worker and comes back as an Arrow table, written to a Parquet file (when an output
folder is given) and turned back into records for the store; corpus-level resolution
runs afterwards in the caller.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import multiprocessing
import tempfile
import types
import typing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from chronik.ingest.readers import read_paths
from chronik.model import DocRecord, Entity, IngestError, RawDocument
from chronik.pipeline import process

Result = DocRecord | IngestError
ENGINES = ("local", "dask")
POOL_BATCH = 8


@dataclass(slots=True)
class Plan:
    """How to run the pipeline: engine, worker count, Dask scheduler, partition size, Parquet folder."""

    engine: str = "local"
    workers: int = 1
    scheduler: str | None = None
    partition: int = 64
    parquet_dir: Path | None = None


def read_one(doc: RawDocument) -> Result:
    """The pipeline on one document; a crash in a stage becomes an error for this document only."""
    try:
        return slim(process(doc))
    except Exception as exc:  # one bad document must not stop a corpus
        return IngestError(doc.source, f"reading failed ({type(exc).__name__}: {exc})")


def slim(rec: DocRecord) -> DocRecord:
    """The record without token lists (the store and the JSON output never use them): cheap to ship."""
    for sent in rec.analysis.sentences:
        sent.tokens = []
    return rec


def run(paths: Iterable[str | Path], plan: Plan | None = None,
        skip: Callable[[RawDocument], bool] | None = None) -> Iterator[Result | str]:
    """Results for every document under `paths`, in input order.

    Documents for which `skip(doc)` is true (e.g. unchanged in the store) are not read again;
    their doc_id is yielded as a plain string instead.
    """
    plan = plan or Plan()
    if plan.engine not in ENGINES:
        raise ValueError(f"unknown engine {plan.engine!r} (choose {', '.join(ENGINES)})")
    items = _screened(read_paths(paths), skip)
    if plan.engine == "dask":
        yield from _run_dask(items, plan)
    elif plan.workers > 1:
        yield from _run_pool(items, plan.workers)
    else:
        for item in items:
            yield read_one(item) if isinstance(item, RawDocument) else item


def _screened(items: Iterable[RawDocument | IngestError],
              skip: Callable[[RawDocument], bool] | None) -> Iterator[RawDocument | IngestError | str]:
    for item in items:
        if skip is not None and isinstance(item, RawDocument) and skip(item):
            yield item.doc_id
        else:
            yield item


def _run_pool(items: Iterable[RawDocument | IngestError | str], workers: int) -> Iterator[Result | str]:
    """Batches of documents to a pool of processes, a bounded number in flight; results in input order."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(workers) as pool:
        window: deque[Any] = deque()
        for batch in _batches(items, POOL_BATCH):
            window.append(pool.apply_async(read_batch, (batch,)))
            if len(window) > workers * 4:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()


def read_batch(batch: list[RawDocument | IngestError | str]) -> list[Result | str]:
    """Read the documents of a batch; errors and skipped ids pass through in place."""
    return [read_one(item) if isinstance(item, RawDocument) else item for item in batch]


# --- Dask -------------------------------------------------------------------------------------------


def read_partition(docs: list[RawDocument]) -> Any:
    """Read a partition of documents on a Dask worker: an Arrow table, one row per document."""
    import pyarrow as pa

    rows = [_row(read_one(doc)) for doc in docs]
    return pa.Table.from_pylist(rows, schema=_schema())


def _run_dask(items: Iterable[RawDocument | IngestError | str], plan: Plan) -> Iterator[Result | str]:
    from distributed import Client, LocalCluster

    cluster = None
    if plan.scheduler:
        client = Client(plan.scheduler)
    else:
        cluster = LocalCluster(n_workers=max(plan.workers, 1), threads_per_worker=1, processes=plan.workers > 1,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        if plan.parquet_dir is not None:
            plan.parquet_dir.mkdir(parents=True, exist_ok=True)
        window: deque[Any] = deque()
        limit = max(plan.workers, 1) * 2
        for part, batch in enumerate(_batches(items, plan.partition)):
            docs = [i for i in batch if isinstance(i, RawDocument)]
            future = client.submit(read_partition, docs, pure=False) if docs else None
            window.append((part, batch, future))
            while len(window) > limit:
                yield from _gathered(*window.popleft(), plan.parquet_dir)
        while window:
            yield from _gathered(*window.popleft(), plan.parquet_dir)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _gathered(part: int, batch: list[Any], future: Any, parquet_dir: Path | None) -> Iterator[Result | str]:
    """A partition's results in input order, with its table written to Parquet first."""
    done: Iterator[Result] = iter(())
    if future is not None:
        table = future.result()
        if parquet_dir is not None:
            import pyarrow.parquet as pq

            pq.write_table(table, parquet_dir / f"part-{part:06d}.parquet")
        done = (_from_row(row) for row in table.to_pylist())
    for item in batch:
        yield next(done) if isinstance(item, RawDocument) else item


def _schema() -> Any:
    import pyarrow as pa

    return pa.schema([("doc_id", pa.string()), ("source", pa.string()), ("error", pa.string()),
                      ("doc_date", pa.string()), ("record", pa.string()), ("full", pa.string())])


def _row(result: Result) -> dict[str, str | None]:
    """A result as a Parquet row: the scored JSON record, plus the full record to rebuild it."""
    if isinstance(result, IngestError):
        return {"doc_id": None, "source": result.source, "error": result.reason, "doc_date": None,
                "record": None, "full": None}
    return {"doc_id": result.doc.doc_id, "source": result.doc.source, "error": None,
            "doc_date": result.doc_date.value, "record": json.dumps(result.to_json(), ensure_ascii=False),
            "full": json.dumps(_plain(result), ensure_ascii=False)}


def _plain(value: Any) -> Any:
    """A (nested) dataclass value as JSON-ready lists and dicts (dataclasses.asdict, without its deep copies)."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(type(value), "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name, _ in _fields(type(value))}
    return value


def _from_row(row: dict[str, Any]) -> Result:
    if row["error"] is not None:
        return IngestError(row["source"], row["error"])
    return _build(DocRecord, json.loads(row["full"]))


def _build(kind: Any, value: Any) -> Any:
    """Rebuild a value of the (possibly nested, optional or list) type `kind` from its JSON form."""
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return _build(options[0], value) if len(options) == 1 else value
    if origin is list:
        (inner,) = typing.get_args(kind)
        return [_build(inner, v) for v in value]
    if dataclasses.is_dataclass(kind):
        return kind(**{name: _build(hint, value[name]) for name, hint in _fields(kind) if name in value})
    return value


@functools.cache
def _fields(kind: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(kind)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(kind))


class EntitySpill:
    """(doc_id, Entity) pairs kept in a temporary file, not in memory, until the corpus table is built."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 (closed by __exit__)

    def add(self, rec: DocRecord) -> None:
        """Keep the entities of one record."""
        for e in rec.entities:
            self._file.write(json.dumps([rec.doc.doc_id, e.type, e.name, e.aliases, e.country, e.roles],
                                        ensure_ascii=False) + "\n")

    def __iter__(self) -> Iterator[tuple[str, Entity]]:
        self._file.seek(0)
        for line in self._file:
            doc_id, etype, name, aliases, country, roles = json.loads(line)
            yield doc_id, Entity(etype, name, aliases, country, roles)

    def __enter__(self) -> EntitySpill:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()
