"""Shared helper for the money tests: the facts chronik reads in one invented sentence."""

from __future__ import annotations

from chronik.model import Fact, RawDocument
from chronik.pipeline import process

FILLER = " Das teilte die Regierung am Abend in einer Erklärung mit, die auch im Rundfunk verlesen wurde."


def read(text: str, meta_date: str = "2024-03-01") -> list[Fact]:
    """The facts of `text` (with a neutral closing sentence) in a document dated `meta_date`."""
    return process(RawDocument("t", text + FILLER, "test", meta_date=meta_date)).facts


def only(text: str) -> Fact:
    """The one fact of `text`; fails when there is none or more than one."""
    facts = read(text)
    assert len(facts) == 1, [(f.value, f.kind) for f in facts]
    return facts[0]
