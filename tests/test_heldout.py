"""Generalisation check: `chronik extract` on the held-out corpora in tests/heldout
… tests/heldout18, scored by ../shared/eval/score.py against their gold.jsonl.

The articles cover country pairs, outlets and names that appear nowhere in ../shared
(Brazil–Argentina, Kenya–Ethiopia, Peru–Chile, France–Italy, Jordan–Israel, ...), and their gold
was annotated before the system was run on them (see each folder's README for its history).
heldout5–18 were opened for error analysis on 2026-11-24 (sixth session): their texts, gold and
per-document diffs were read, so they are tuning sets now; unseen text is measured outside the
repository. The floors sit a little below what the pipeline reaches now; raise them as it improves.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
FLOORS = {
    "heldout": {"entities": 0.96, "events_dyad_type": 0.91, "events": 0.91, "facts": 0.95,
                "doc_dates": 0.90, "event_dates": 0.95, "kb": 0.97},
    "heldout2": {"entities": 0.94, "events_dyad_type": 0.87, "events": 0.81, "facts": 0.84,
                 "doc_dates": 0.90, "event_dates": 0.90, "kb": 0.94},
    "heldout3": {"entities": 0.91, "events_dyad_type": 0.81, "events": 0.76, "facts": 0.95,
                 "doc_dates": 0.90, "event_dates": 0.89, "kb": 0.93},
    "heldout4": {"entities": 0.87, "events_dyad_type": 0.82, "events": 0.79, "facts": 0.90,
                 "doc_dates": 0.90, "event_dates": 0.91, "kb": 0.88},
    "heldout5": {"entities": 0.89, "events_dyad_type": 0.81, "events": 0.77, "facts": 0.90,
                 "doc_dates": 0.85, "event_dates": 0.90, "kb": 0.89},
    "heldout6": {"entities": 0.91, "events_dyad_type": 0.73, "events": 0.69, "facts": 0.87,
                 "doc_dates": 0.90, "event_dates": 0.84, "kb": 0.87},
    "heldout7": {"entities": 0.87, "events_dyad_type": 0.71, "events": 0.60, "facts": 0.79,
                 "doc_dates": 0.97, "event_dates": 0.68, "kb": 0.88},
    "heldout8": {"entities": 0.90, "events_dyad_type": 0.77, "events": 0.71, "facts": 0.97,
                 "doc_dates": 0.97, "event_dates": 0.84, "kb": 0.92},
    "heldout9": {"entities": 0.85, "events_dyad_type": 0.78, "events": 0.71, "facts": 0.93,
                 "doc_dates": 0.97, "event_dates": 0.81, "kb": 0.92},
    "heldout10": {"entities": 0.90, "events_dyad_type": 0.71, "events": 0.66, "facts": 0.77,
                  "doc_dates": 0.90, "event_dates": 0.85, "kb": 0.93},
    "heldout11": {"entities": 0.91, "events_dyad_type": 0.70, "events": 0.65, "facts": 0.82,
                  "doc_dates": 0.90, "event_dates": 0.79, "kb": 0.88},
    "heldout12": {"entities": 0.90, "events_dyad_type": 0.76, "events": 0.71, "facts": 0.79,
                  "doc_dates": 0.80, "event_dates": 0.78, "kb": 0.89},
    "heldout13": {"entities": 0.89, "events_dyad_type": 0.64, "events": 0.59, "facts": 0.77,
                  "doc_dates": 0.90, "event_dates": 0.71, "kb": 0.90},
    "heldout14": {"entities": 0.91, "events_dyad_type": 0.71, "events": 0.66, "facts": 0.93,
                  "doc_dates": 0.90, "event_dates": 0.78, "kb": 0.90},
    "heldout15": {"entities": 0.86, "events_dyad_type": 0.79, "events": 0.77, "facts": 0.88,
                  "doc_dates": 0.90, "event_dates": 0.93, "kb": 0.94},
    "heldout16": {"entities": 0.87, "events_dyad_type": 0.74, "events": 0.70, "facts": 0.86,
                  "doc_dates": 0.90, "event_dates": 0.78, "kb": 0.88},
    "heldout17": {"entities": 0.89, "events_dyad_type": 0.74, "events": 0.71, "facts": 0.93,
                  "doc_dates": 0.90, "event_dates": 0.84, "kb": 0.94},
    "heldout18": {"entities": 0.86, "events_dyad_type": 0.72, "events": 0.66, "facts": 0.86,
                  "doc_dates": 0.90, "event_dates": 0.79, "kb": 0.88},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_heldout_scores_above_floor(shared: Path, tmp_path: Path, name: str) -> None:
    heldout = TESTS / name
    out, kb = tmp_path / "out.jsonl", tmp_path / "kb.json"
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([sys.executable, "-m", "chronik", "extract", str(heldout / "corpus"),
                        "--format", "jsonl", "--kb", str(kb)], stdout=fh, check=True)
    result = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(heldout / "gold.jsonl"),
         "--gold-kb", str(heldout / "gold.kb.json"), "--system", str(out), "--system-kb", str(kb), "--json"],
        capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout)
    assert not scores["missing_docs"]
    low = {f: round(scores[f]["f1"], 3) for f, floor in FLOORS[name].items() if scores[f]["f1"] < floor}
    assert not low, f"{name} scores below floor: {low}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_heldout_gold_matches_corpus(name: str) -> None:
    """Every gold line names a corpus file, and every quoted evidence sentence is in that file."""
    heldout = TESTS / name
    docs = {p.stem: p.read_text(encoding="utf-8") for p in (heldout / "corpus").glob("*.txt")}
    lines = [json.loads(line) for line in (heldout / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(d["doc_id"] for d in lines) == sorted(docs)
    for doc in lines:
        for item in doc["events"] + doc["facts"]:
            assert item["evidence"] in docs[doc["doc_id"]], (doc["doc_id"], item["evidence"][:60])
