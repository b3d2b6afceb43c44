"""End to end: `chronik extract` on ../shared seeds and dev, scored by ../shared/eval/score.py.

The floors are what the pipeline reaches now; later work raises them, never lowers them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FLOORS = {
    "seeds": {"entities": 0.96, "doc_dates": 0.95, "facts": 0.95, "kb": 0.97, "events": 0.91, "events_dyad_type": 0.89,
              "event_dates": 0.93},
    "dev": {"entities": 0.96, "doc_dates": 0.95, "facts": 0.95, "kb": 0.97, "events": 0.87, "events_dyad_type": 0.89,
            "event_dates": 0.95},
}


@pytest.mark.parametrize("corpus", ["seeds", "dev"])
def test_extract_scores_above_floor(shared: Path, tmp_path: Path, corpus: str) -> None:
    out, kb = tmp_path / "out.jsonl", tmp_path / "kb.json"
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([sys.executable, "-m", "chronik", "extract", str(shared / "corpus" / corpus),
                        "--format", "jsonl", "--kb", str(kb)], stdout=fh, check=True)
    gold = shared / "eval" / "gold"
    result = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold / f"{corpus}.jsonl"),
         "--gold-kb", str(gold / f"{corpus}.kb.json"), "--system", str(out), "--system-kb", str(kb), "--json"],
        capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout)
    assert not scores["missing_docs"]
    for name, floor in FLOORS[corpus].items():
        assert scores[name]["f1"] >= floor, f"{corpus} {name} {scores[name]['f1']:.3f} < {floor}"
