"""Incremental ingest: read sources into the store, and keep watching folders and feeds for more.

`ingest_sources` is what `chronik ingest` does: documents whose text the store already
has are not read again, new or changed ones are written in transactions of up to 64 documents
(a named pipe's one by one), and each one's entities and events are linked to the corpus as it
is written. `watch` polls folders (new or changed
files by size and modification time) and feed URLs (fetched every pass) and ingests what
is new; the store is opened only while a pass writes, so others can read it in between.
Files deleted from a watched folder keep their records.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from chronik.ingest.feeds import is_url
from chronik.ingest.readers import iter_paths
from chronik.model import DocRecord, IngestError, RawDocument
from chronik.parallel import Plan, run
from chronik.pipeline import reader_version
from chronik.store.duck import Store

OnError = Callable[[IngestError], None]


BATCH = 64  # documents per transaction
BATCH_SECONDS = 1.0  # a batch is written when the next document comes this long after its first one


def _streams(sources: Iterable[str | Path]) -> bool:
    """Is any source a named pipe (whose next article may be a long time coming)?"""
    return any(not is_url(str(s)) and Path(s).is_fifo() for s in sources)


def ingest_sources(store: Store, sources: Iterable[str | Path], plan: Plan, on_error: OnError) -> dict[str, int]:
    """Read `sources` into `store`; the number of documents per action (added, replaced, unchanged).
    Documents are stored in transactions of up to BATCH documents, and the last batch when the sources
    are read; a named pipe's documents one by one (each is in the store as soon as it is read)."""
    sources = list(sources)
    size = 1 if _streams(sources) else BATCH

    def unchanged(doc: RawDocument) -> bool:
        return store.is_current(doc.doc_id, doc.text, reader_version())

    actions: dict[str, int] = {}
    pending: list[DocRecord] = []
    started = 0.0

    def flush() -> None:
        for result in store.write_many(pending):
            actions[result.action] = actions.get(result.action, 0) + 1
        pending.clear()

    for item in run(sources, plan, unchanged):
        if isinstance(item, IngestError):
            on_error(item)
        elif isinstance(item, str):
            actions["unchanged"] = actions.get("unchanged", 0) + 1
        else:
            started = started if pending else time.monotonic()
            pending.append(item)
        if pending and (len(pending) >= size or time.monotonic() - started >= BATCH_SECONDS):
            flush()
    if pending:
        flush()
    counts = store.counts()
    if counts["doc_entities"] and not counts["entities"]:  # a store written before incremental linking
        store.relink()
    return actions


@dataclass(slots=True)
class Watcher:
    """Polls sources; remembers each file's (size, mtime) so only new or changed files are read again."""

    sources: list[str]
    seen: dict[str, tuple[int, int]] = field(default_factory=dict)

    def changed(self) -> list[str]:
        """Files that are new or changed since the last call, and every feed URL."""
        out: list[str] = []
        for source in self.sources:
            if is_url(source):
                out.append(source)
                continue
            for path in iter_paths([source]):
                key = str(path.source if isinstance(path, IngestError) else path)
                try:
                    stat = Path(key).stat()
                    signature = (stat.st_size, stat.st_mtime_ns)
                except OSError:
                    signature = (-1, -1)
                if self.seen.get(key) != signature:
                    self.seen[key] = signature
                    out.append(key)
        return out


def watch(sources: list[str], db: str, plan: Plan, interval: float, once: bool, on_error: OnError,
          on_pass: Callable[[dict[str, int]], None]) -> None:
    """Ingest `sources` into the store at `db`, then every `interval` seconds what is new (one pass if `once`)."""
    watcher = Watcher(list(sources))
    while True:
        todo = watcher.changed()
        if todo:
            with Store(db) as store:
                on_pass(ingest_sources(store, todo, plan, on_error))
        if once:
            return
        time.sleep(interval)
