"""Span-level NER scores of chronik's entity mentions on a token-annotated style German test set.

    .venv/bin/python bench/ner_eval.py [tests/ner/sentences.jsonl] [--errors]

Each JSONL line holds `text` and `entities` (start, end, type in PER/LOC/ORG). Every sentence is
read as a document of its own; a mention counts when its span and type match exactly, with
chronik's GPE (states, cities) scored as LOC as in CoNLL-03, WikiNER and GermEval.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from chronik.extract.entities import extract_entities
from chronik.language.text import analyze

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "ner" / "sentences.jsonl"
TYPES = ("PER", "LOC", "ORG")
TYPE_MAP = {"GPE": "LOC"}

Span = tuple[int, int, str]


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one type (or all)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 without predictions."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 without gold spans."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Report:
    """Scores overall and per type, plus the wrong spans per sentence for inspection."""

    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    errors: list[tuple[str, list[Span], list[Span]]] = field(default_factory=list)


def predict(text: str) -> set[Span]:
    """chronik's mentions in `text` as (start, end, type), GPE mapped to LOC."""
    layer = extract_entities(analyze(text))
    return {(m.start, m.end, TYPE_MAP.get(m.type, m.type)) for m in layer.mentions}


def score(path: Path = DEFAULT) -> Report:
    """Exact span + type scores of chronik's mentions against the annotated sentences in `path`."""
    report = Report()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        gold = {(e["start"], e["end"], e["type"]) for e in item["entities"]}
        pred = predict(item["text"])
        for etype in TYPES:
            counts = report.by_type[etype]
            g = {s for s in gold if s[2] == etype}
            p = {s for s in pred if s[2] == etype}
            counts.tp += len(g & p)
            counts.fp += len(p - g)
            counts.fn += len(g - p)
        report.overall.tp += len(gold & pred)
        report.overall.fp += len(pred - gold)
        report.overall.fn += len(gold - pred)
        if gold != pred:
            report.errors.append((item["text"], sorted(gold - pred), sorted(pred - gold)))
    return report


def main() -> None:
    """Print precision, recall and F1 overall and per type; with --errors the missed and spurious spans."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true", help="print missed (-) and spurious (+) spans")
    args = parser.parse_args()
    report = score(args.path)
    if args.errors:
        for text, missed, spurious in report.errors:
            print(text)
            for start, end, etype in missed:
                print(f"   - {etype} {text[start:end]!r}")
            for start, end, etype in spurious:
                print(f"   + {etype} {text[start:end]!r}")
    rows = [("overall", report.overall)] + list(report.by_type.items())
    for name, c in rows:
        print(f"{name:8s} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}  (tp={c.tp} fp={c.fp} fn={c.fn})")


if __name__ == "__main__":
    main()
