"""Throughput, memory and scaling of chronik's extract and ingest, against spaCy's blank German tokenizer.

Builds N documents from the bundled samples (and ../shared/corpus texts when present):
every person the pipeline finds gets an invented name, years shift and figures change,
so no document repeats another and no cache is hit twice. Then, per size, it runs
`chronik extract` and `chronik ingest` as separate processes (so each one's peak RSS is
its own) and, on the same texts, spaCy's blank German tokenizer as the reference.
Rates are per CPU-second (user + system time) of the measured process, i.e. per core.

    .venv/bin/python bench/bench_pipeline.py                       # quick: 1,000 documents
    .venv/bin/python bench/bench_pipeline.py --sizes 1000,10000,50000
    .venv/bin/python bench/bench_pipeline.py --sizes 10000 --workers 1,2 --dask
    .venv/bin/python bench/bench_pipeline.py --profile 300          # where the time goes
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronik.ingest.readers import read_paths  # noqa: E402
from chronik.model import RawDocument  # noqa: E402
from chronik.pipeline import process  # noqa: E402

CHRONIK = Path(sys.executable).parent / "chronik"
_WORD = re.compile(r"\w+")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_DECIMAL = re.compile(r"\b\d{1,3},\d\b")
_SYLLABLES = ["ka", "ro", "min", "tu", "sel", "na", "bek", "lo", "vi", "dar", "an", "jew", "or", "pa", "zi", "mar",
              "te", "gul", "han", "ri", "sch", "ow", "el", "mu", "as", "ber"]


@dataclass(slots=True)
class Base:
    """A source text with the spans of the persons named in it."""

    text: str
    date: str | None
    persons: list[tuple[int, int, str]]
    sentences: int


def bases() -> list[Base]:
    """The sample texts and, when beside this checkout, ../shared's corpus, with their persons found."""
    paths = [ROOT / "samples"]
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        paths.append(shared)
    out = []
    for doc in read_paths(paths):
        if isinstance(doc, RawDocument):
            rec = process(doc)
            persons = [(m.start, m.end, m.text) for m in rec.mentions if m.type == "PER"]
            out.append(Base(doc.text, doc.meta_date, persons, len(rec.analysis.sentences)))
    return out


def _name(rng: random.Random, parts: int) -> str:
    words = ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(parts)]
    return " ".join(words)


def variant(base: Base, rng: random.Random) -> tuple[str, str | None]:
    """The base text with invented person names, shifted years and changed decimal figures."""
    names: dict[str, str] = {}
    pieces, last = [], 0
    for start, end, surface in base.persons:
        if start < last:
            continue
        names.setdefault(surface, _name(rng, max(1, len(surface.split()))))
        pieces += [base.text[last:start], names[surface]]
        last = end
    text = "".join(pieces) + base.text[last:]
    shift = rng.randint(-12, 3)
    text = _YEAR.sub(lambda m: str(int(m.group()) + shift), text)
    text = _DECIMAL.sub(lambda m: f"{rng.randint(1, 999)},{rng.randint(0, 9)}", text)
    date = _YEAR.sub(lambda m: str(int(m.group()) + shift), base.date) if base.date else None
    return text, date


def build(n: int, folder: Path, seed: int = 7) -> tuple[Path, int, int]:
    """Write n documents as JSONL; their file, word count and sentence count."""
    rng = random.Random(seed)
    sources = bases()
    path = folder / f"corpus-{n}.jsonl"
    words = sentences = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            base = sources[i % len(sources)]
            text, date = variant(base, rng)
            words += len(_WORD.findall(text))
            sentences += base.sentences
            f.write(json.dumps({"id": f"bench-{i:06d}", "text": text, "date": date}, ensure_ascii=False) + "\n")
    return path, words, sentences


@dataclass(slots=True)
class Run:
    """One measured process: wall seconds, CPU seconds and peak RSS in MB."""

    wall: float
    cpu: float
    rss_mb: float


def measure(args: list[str], env: dict[str, str] | None = None) -> Run:
    """Run a command with its output discarded; its wall time, CPU time and peak RSS (with waited-for children)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert proc.stderr is not None
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{stderr.decode(errors='replace')[-2000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def spacy_reference(path: Path) -> float:
    """CPU seconds spaCy's blank German tokenizer needs for the texts of a JSONL file."""
    import spacy

    nlp = spacy.blank("de")
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    start = time.process_time()
    for text in texts:
        nlp.tokenizer(text)
    return time.process_time() - start


def profile(path: Path, limit: int) -> None:
    """cProfile the pipeline on the first `limit` documents: time per chronik module and the top functions."""
    docs = [RawDocument(d["id"], d["text"], "bench", meta_date=d["date"])
            for d in (json.loads(line) for line, _ in zip(path.open(encoding="utf-8"), range(limit)))]
    prof = cProfile.Profile()
    prof.enable()
    for doc in docs:
        process(doc)
    prof.disable()
    stats = pstats.Stats(prof)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    per_module: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        key = filename.split("/chronik/", 1)[1] if "/chronik/" in filename else _library(filename)
        per_module[key] += tottime
    print(f"\nprofile of {len(docs)} documents: {total:.2f} s; own time per module")
    for key, secs in sorted(per_module.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {secs / total:6.1%}  {secs:7.3f} s  {key}")
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(20)
    print("\ntop functions by own time:")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[-2600:])


def _library(filename: str) -> str:
    if filename.startswith("~") or filename.startswith("<"):
        return "(builtins)"
    parts = Path(filename).parts
    return parts[parts.index("site-packages") + 1] if "site-packages" in parts else Path(filename).name


def bench_size(n: int, folder: Path, workers: list[int], dask: bool, ingest_max: int) -> dict[str, float]:
    """Measure one corpus size; print and return its figures."""
    path, words, sentences = build(n, folder)
    env = {**os.environ, "CHRONIK_MAX_BYTES": str(1 << 30)}
    extract = measure([str(CHRONIK), "extract", str(path), "--kb", str(folder / f"kb-{n}.json")], env)
    ref = spacy_reference(path)
    wps = words / extract.cpu
    print(f"\n{n} documents, {words:,} words, {sentences:,} sentences")
    print(f"  extract  {n / extract.cpu:8.1f} docs/s  {sentences / extract.cpu:9.1f} sentences/s  "
          f"{wps:10,.0f} words/s per core   {extract.cpu * 1000 / n:6.2f} ms CPU/doc   "
          f"peak RSS {extract.rss_mb:7.1f} MB   (wall {extract.wall:.1f} s)")
    figures = {"docs": n, "extract_ms_per_doc": extract.cpu * 1000 / n, "ratio": wps / (words / ref),
               "extract_rss": extract.rss_mb}
    if n <= ingest_max:
        db = folder / f"bench-{n}.duckdb"
        db.unlink(missing_ok=True)
        ingest = measure([str(CHRONIK), "ingest", str(path), "--db", str(db)], env)
        print(f"  ingest   {n / ingest.cpu:8.1f} docs/s  {sentences / ingest.cpu:9.1f} sentences/s  "
              f"{words / ingest.cpu:10,.0f} words/s per core   {ingest.cpu * 1000 / n:6.2f} ms CPU/doc   "
              f"peak RSS {ingest.rss_mb:7.1f} MB   (wall {ingest.wall:.1f} s)")
        figures["ingest_ms_per_doc"] = ingest.cpu * 1000 / n
    else:
        print(f"  ingest   not run (more than --ingest-max {ingest_max} documents)")
    print(f"  spaCy blank('de') tokenizer {words / ref:10,.0f} words/s per core; "
          f"extract = {wps / (words / ref):.1%} of it")
    for w in workers:
        run = measure([str(CHRONIK), "extract", str(path), "--workers", str(w)], env)
        print(f"  extract --workers {w}: wall {run.wall:6.1f} s  ({n / run.wall:7.1f} docs/s)")
        figures[f"wall_workers_{w}"] = run.wall
    if dask:
        for w in workers or [2]:
            run = measure([str(CHRONIK), "extract", str(path), "--engine", "dask", "--workers", str(w)], env)
            print(f"  extract --engine dask --workers {w}: wall {run.wall:6.1f} s  ({n / run.wall:7.1f} docs/s)")
    return figures


def main() -> None:
    """Parse flags, run the sizes, print the growth of cost per document."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000", help="comma-separated corpus sizes (default 1000)")
    parser.add_argument("--workers", default="", help="also time `extract --workers W` for these W, e.g. 1,2")
    parser.add_argument("--dask", action="store_true", help="also time `extract --engine dask`")
    parser.add_argument("--ingest-max", type=int, default=10000, metavar="N",
                        help="run ingest only for sizes up to N documents (default 10000)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="profile the pipeline on N documents")
    parser.add_argument("--out", type=Path, help="keep the generated corpora and stores here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    workers = [int(w) for w in args.workers.split(",") if w]
    with tempfile.TemporaryDirectory(prefix="chronik-bench-") as tmp:
        folder = args.out or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        results = [bench_size(n, folder, workers, args.dask, args.ingest_max) for n in sizes]
        if len(results) > 1:
            first = results[0]["extract_ms_per_doc"]
            print("\ncost growth (extract CPU per document relative to the smallest size): "
                  + ", ".join(f"{r['docs']:.0f}: {r['extract_ms_per_doc'] / first:.2f}x" for r in results))
            ingested = [r for r in results if "ingest_ms_per_doc" in r]
            if len(ingested) > 1:
                print("cost growth (ingest CPU per document): " + ", ".join(
                    f"{r['docs']:.0f}: {r['ingest_ms_per_doc'] / ingested[0]['ingest_ms_per_doc']:.2f}x"
                    for r in ingested))
        if args.profile:
            profile(build(args.profile, folder)[0], args.profile)


if __name__ == "__main__":
    main()
