"""Benchmark: entity linking and event deduplication time per document as the corpus grows.

Builds a synthetic corpus from the sample articles: each synthetic document is a sample
article's records with its persons, organisations and countries renamed from generated pools
(surnames in several transliterations, so linking has real work to do, drawn with a skewed
distribution so that many documents share entities) and its event dates shifted by up to 30
years, then writes them one by one into a fresh
store and prints the mean CPU time per document (this process's user + system time, so that other
work on a shared machine does not count) of the incremental entity linking and of the event
deduplication at each corpus size. Linear cost means a flat time per document.

    .venv/bin/python bench/bench_resolve.py --sizes 1000 5000 20000
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import chronik.store.duck as duck
from chronik.ingest.readers import read_paths
from chronik.model import Actor, DocRecord, Entity, RawDocument
from chronik.pipeline import process

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SYLLABLES = ["ka", "ser", "bek", "nur", "to", "ja", "mir", "sa", "lan", "dar", "gul", "tem", "ri", "mo", "xa", "zhan",
             "bol", "at", "ui", "ra", "den", "kul", "ush", "vol", "ti", "nes", "aru", "bay", "schi", "go"]
ENDINGS = [("ow", "ov"), ("ew", "ev"), ("in", "in"), ("jan", "yan"), ("enko", "enko"), ("ski", "ski")]
GIVEN = ["Asel", "Nurlan", "Marat", "Dina", "Erlan", "Aigerim", "Timur", "Saule", "Bolat", "Gulnara", "Ruslan",
         "Zhanna", "Daniyar", "Madina", "Yerlan", "Olzhas"]
COUNTRIES = ["KAZ", "UZB", "KGZ", "TJK", "TKM", "DEU", "FRA", "POL", "ITA", "USA", "CHN", "RUS", "TUR", "JPN", "KOR",
             "MNG", "AZE", "GEO", "ARM", "UKR"]


def person(rng: random.Random, pid: int) -> tuple[str, str, str]:
    """A synthetic person: German spelling, English spelling, country (fixed by the id)."""
    local = random.Random(pid)
    stem = "".join(local.choice(SYLLABLES) for _ in range(local.randint(2, 3))).capitalize()
    de, en = local.choice(ENDINGS)
    given = local.choice(GIVEN)
    return f"{given} {stem}{de}", f"{given} {stem}{en}", local.choice(COUNTRIES)


def renamed(rec: DocRecord, n: int, rng: random.Random, pool: int) -> DocRecord:
    """A copy of a sample record with its persons and organisations renamed (and a unique text)."""
    names: dict[int, tuple[str, str | None]] = {}
    entities: list[Entity] = []
    for i, ent in enumerate(rec.entities):
        if ent.type == "PER":
            pid = int(rng.paretovariate(1.2) * 7) % pool
            de, en, country = person(rng, pid)
            full = de if rng.random() < 0.6 else en
            surname = full.split()[-1]
            entities.append(Entity("PER", full, [full, surname], country, list(ent.roles)))
            names[i] = (full, country)
        elif ent.type == "ORG":
            oid = rng.randrange(pool)
            org = f"Agentur {oid}"
            entities.append(Entity("ORG", org, [org], ent.country))
            names[i] = (org, ent.country)
        else:
            entities.append(ent)
    events = []
    shift = rng.randrange(30)  # years back, so that not every copy of an event is the same happening
    for ev in rec.events:
        src = names.get(ev.source.entity or -1, (ev.source.name, ev.source.country))
        tgt = names.get(ev.target.entity or -1, (ev.target.name, ev.target.country))
        date = f"{int(ev.date[:4]) - shift:04d}{ev.date[4:]}" if ev.date else None
        events.append(replace(ev, date=date, source=Actor(src[0], src[1], ev.source.entity),
                              target=Actor(tgt[0], tgt[1], ev.target.entity)))
    doc = RawDocument(doc_id=f"syn{n:06d}", text=f"{rec.doc.text}\n[{n}]", source=f"synthetic/{n}.txt")
    return replace(rec, doc=doc, entities=entities, events=events, mentions=[])


def timed(fn: Callable[..., Any], bucket: list[float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            bucket.append(time.process_time() - t0)
    return wrapper


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print a table of milliseconds per document per corpus size."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--window", type=int, default=500, help="documents averaged before each size")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    samples = [process(d) for d in read_paths([SAMPLES]) if isinstance(d, RawDocument)]
    rng = random.Random(args.seed)
    link_times: list[float] = []
    event_times: list[float] = []
    duck.link_document = timed(duck.link_document, link_times)  # type: ignore[assignment]
    duck.link_events = timed(duck.link_events, event_times)  # type: ignore[assignment]
    pool = max(args.sizes) // 2
    rows = []
    with tempfile.TemporaryDirectory() as tmp, duck.Store(Path(tmp) / "bench.duckdb") as store:
        start = time.perf_counter()
        for n in range(max(args.sizes)):
            store.write(renamed(samples[n % len(samples)], n, rng, pool))
            if n + 1 in args.sizes:
                w = min(args.window, n + 1)
                counts = store.counts()
                rows.append((n + 1, 1000 * sum(link_times[-w:]) / w, 1000 * sum(event_times[-w:]) / w,
                             counts["entities"], counts["events"]))
                print(f"  {n + 1} documents written ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    print(f"{'documents':>10} {'link ms/doc':>12} {'dedup ms/doc':>13} {'entities':>9} {'events':>8}")
    for size, link_ms, dedup_ms, n_ent, n_ev in rows:
        print(f"{size:>10} {link_ms:>12.2f} {dedup_ms:>13.2f} {n_ent:>9} {n_ev:>8}")
    first, last = rows[0], rows[-1]
    print(f"linking time per document, {last[0]} vs {first[0]} documents: x{last[1] / first[1]:.2f}; "
          f"event dedup: x{last[2] / first[2]:.2f}")


if __name__ == "__main__":
    main()
