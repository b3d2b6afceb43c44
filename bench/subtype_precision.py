"""Per-subtype precision and recall of `chronik extract` events against a gold JSONL file.

Events match as ../shared/eval/score.py matches them (same PLOVER type, same country dyad,
unordered for the symmetric subtypes, same status, date agreeing to the gold's precision;
greedy, each gold event at most once). Precision is counted per system subtype, recall per
gold subtype. `--show` lists the unmatched events of both sides.

    python bench/subtype_precision.py --gold ../shared/eval/gold/dev.jsonl --system out.jsonl [--show]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from chronik.extract.event_lexicon import is_symmetric


def _load(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as fh:
        return {r["doc_id"]: r for r in map(json.loads, filter(str.strip, fh))}


def _dyad(event: dict, symmetric: bool) -> object:
    pair = ((event.get("source") or {}).get("country"), (event.get("target") or {}).get("country"))
    return frozenset(pair) if symmetric else pair


def _same(gold: dict, system: dict) -> bool:
    symmetric = is_symmetric(gold.get("subtype", ""))
    if gold.get("type") != system.get("type") or _dyad(gold, symmetric) != _dyad(system, symmetric):
        return False
    date = gold.get("date")
    return gold.get("status") == system.get("status") and (not date or (system.get("date") or "")[:len(date)] == date)


def _line(doc_id: str, e: dict) -> str:
    src, tgt = e.get("source") or {}, e.get("target") or {}
    return (f"  {doc_id[:24]:24} {e.get('subtype', ''):18} {e.get('type', ''):9} {e.get('status', ''):8} "
            f"{src.get('country')}->{tgt.get('country')} {e.get('date')} | {(e.get('evidence') or '')[:90]}")


def main() -> None:
    """Print the per-subtype table (and, with --show, the unmatched events)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--system", type=Path, required=True)
    ap.add_argument("--show", action="store_true", help="list unmatched system and gold events")
    args = ap.parse_args()
    gold, system = _load(args.gold), _load(args.system)
    sys_n, sys_hit, gold_n, gold_hit = Counter(), Counter(), Counter(), Counter()
    misses: list[str] = []
    spurious: list[str] = []
    for doc_id, grec in gold.items():
        sevents = (system.get(doc_id) or {}).get("events", [])
        used: set[int] = set()
        for g in grec.get("events", []):
            gold_n[g["subtype"]] += 1
            hit = next((i for i, s in enumerate(sevents) if i not in used and _same(g, s)), None)
            if hit is None:
                misses.append(_line(doc_id, g))
            else:
                used.add(hit)
                gold_hit[g["subtype"]] += 1
        for i, s in enumerate(sevents):
            sys_n[s["subtype"]] += 1
            if i in used:
                sys_hit[s["subtype"]] += 1
            else:
                spurious.append(_line(doc_id, s))
    print(f"{'subtype':22} {'P':>6} {'sys':>5} {'R':>6} {'gold':>5}")
    for sub in sorted(set(sys_n) | set(gold_n)):
        p = f"{sys_hit[sub] / sys_n[sub]:.2f}" if sys_n[sub] else "-"
        r = f"{gold_hit[sub] / gold_n[sub]:.2f}" if gold_n[sub] else "-"
        print(f"{sub:22} {p:>6} {sys_n[sub]:>5} {r:>6} {gold_n[sub]:>5}")
    total_p = sum(sys_hit.values()) / max(1, sum(sys_n.values()))
    total_r = sum(gold_hit.values()) / max(1, sum(gold_n.values()))
    print(f"{'all':22} {total_p:6.2f} {sum(sys_n.values()):>5} {total_r:6.2f} {sum(gold_n.values()):>5}")
    if args.show:
        print("spurious (system, unmatched):", *spurious, sep="\n")
        print("missed (gold, unmatched):", *misses, sep="\n")


if __name__ == "__main__":
    main()
