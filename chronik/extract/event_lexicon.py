"""The event reader's knowledge, loaded from data files: triggers, status cues, word classes,
PLOVER types and CAMEO codes (event_triggers.tsv, event_status.tsv, event_words.tsv,
event_plover.tsv, cameo.tsv). Users extend any of them without touching Python."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from chronik.language.resources import load_tsv

GAP = r"(?![\w-]).{0,250}?(?<![\w-])"  # whole words on both sides: "sei…" does not start "seiner"


def compile_pattern(pattern: str, case_sensitive: bool = False) -> re.Pattern[str]:
    """A data-file pattern as a whole-word regex; `…` is a gap inside the sentence."""
    body = pattern.replace("…", GAP)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", 0 if case_sensitive else re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Trigger:
    """One way German news reports a kind of event, with the roles that fill its arguments."""

    pattern: re.Pattern[str]
    kind: str
    subtype: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    requires: re.Pattern[str] | None
    excludes: re.Pattern[str] | None
    type: str | None
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class StatusCue:
    """A cue that makes an event planned, negated, hypothetical or embedded."""

    pattern: re.Pattern[str]
    status: str
    scope: str
    applies: frozenset[str] | None


@cache
def triggers() -> tuple[Trigger, ...]:
    """The trigger lexicon in file order (earlier rows win overlaps)."""
    out = []
    for row in load_tsv("event_triggers.tsv"):
        out.append(Trigger(
            pattern=compile_pattern(row["pattern"], case_sensitive=row["kind"] == "noun"),
            kind=row["kind"], subtype=row["subtype"],
            source=tuple(r for r in row["source"].split("|") if r),
            target=tuple(r for r in row["target"].split("|") if r),
            requires=re.compile(row["requires"]) if row["requires"] else None,
            excludes=re.compile(row["excludes"]) if row["excludes"] else None,
            type=row["type"] or None,
            flags=frozenset(f for f in row["flags"].split(",") if f)))
    return tuple(out)


@cache
def status_cues() -> tuple[StatusCue, ...]:
    """Status cues (planned, negated, hypothetical, embedded)."""
    return tuple(StatusCue(compile_pattern(r["pattern"]), r["status"], r["scope"],
                           None if r["applies"] in ("", "all") else frozenset(r["applies"].split(",")))
                 for r in load_tsv("event_status.tsv"))


@cache
def word_class(name: str) -> re.Pattern[str]:
    """All patterns of one class of event_words.tsv as one whole-word regex."""
    parts = [r["pattern"] for r in load_tsv("event_words.tsv") if r["class"] == name]
    return compile_pattern("|".join(parts) or "(?!)")


@cache
def _plover() -> dict[str, dict[str, str]]:
    return {r["subtype"]: r for r in load_tsv("event_plover.tsv")}


def plover_type(subtype: str, status: str, given: str | None = None) -> str | None:
    """PLOVER type of a subtype and status (plover.py's table); `given` for subtype `other`."""
    row = _plover().get(subtype)
    if row is None:
        return given
    return row["planned"] if status == "planned" else row["occurred"]


def is_symmetric(subtype: str) -> bool:
    """Is the subtype's dyad unordered (a meeting of equals, a signed agreement)?"""
    row = _plover().get(subtype)
    return bool(row and row["symmetric"] == "1")


@cache
def _cameo() -> dict[tuple[str, str, str], tuple[str, float]]:
    return {(r["subtype"], r["status"], r["type"]): (r["cameo"], float(r["goldstein"]))
            for r in load_tsv("cameo.tsv")}


def cameo(subtype: str, status: str, ptype: str | None) -> tuple[str | None, float | None]:
    """CAMEO code and Goldstein score of an event; (None, None) when the table has no row."""
    table = _cameo()
    hit = table.get((subtype, status, ptype or "")) or table.get((subtype, status, ""))
    return hit if hit else (None, None)
