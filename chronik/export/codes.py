"""Coding tables for exports: CAMEO code, Goldstein score, PLOVER mode and context per subtype,
quad classes, actor sectors. The knowledge lives in data files (data/export_*.tsv)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from chronik.language.resources import load_tsv

STATUSES = ("occurred", "planned")


@dataclass(frozen=True, slots=True)
class Coding:
    """What a subtype/status pair is coded as when the extractor left the CAMEO fields empty."""

    subtype: str
    status: str
    cameo: str
    goldstein: float
    mode: str
    context: str


@cache
def fallback_codings() -> tuple[Coding, ...]:
    """One coding per (subtype, status); rows with status '*' fill both statuses unless a specific row exists."""
    exact: dict[tuple[str, str], Coding] = {}
    anyrows: dict[tuple[str, str], Coding] = {}
    for row in load_tsv("export_cameo.tsv"):
        statuses = STATUSES if row["status"] == "*" else (row["status"],)
        for status in statuses:
            coding = Coding(row["subtype"], status, row["cameo"], float(row["goldstein"]), row.get("mode", ""),
                            row.get("context", ""))
            (anyrows if row["status"] == "*" else exact)[(row["subtype"], status)] = coding
    return tuple({**anyrows, **exact}.values())


@cache
def plover_quads() -> dict[str, int]:
    """PLOVER event type -> quad code (1 verbal cooperation … 4 material conflict)."""
    return {row["type"]: int(row["quad"]) for row in load_tsv("export_plover_quad.tsv")}


def cameo_quad(code: str | None) -> int | None:
    """GDELT QuadClass from a CAMEO code's 2-digit root."""
    if not code or not code[:2].isdigit():
        return None
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass(frozen=True, slots=True)
class SectorRule:
    """A word (or word start) in a name or role that tells an actor's sector."""

    pattern: re.Pattern[str]
    sector: str


@cache
def sector_rules() -> tuple[SectorRule, ...]:
    """Sector rules in file order (the first match wins)."""
    rules = []
    for row in load_tsv("export_sectors.tsv"):
        word = re.escape(row["pattern"].lower())
        rx = rf"(?<!\w){word}(?!\w)" if row.get("match") == "word" else word
        rules.append(SectorRule(re.compile(rx), row["sector"]))
    return tuple(rules)


def actor_sector(entity_type: str | None, name: str | None, roles: list[str] | None) -> str:
    """PLOVER/CAMEO sector of an actor from its roles and name: a state acting is GOV, unknown is UNK."""
    if entity_type == "GPE":
        return "GOV"
    text = " ".join([*(roles or []), name or ""]).lower()
    for rule in sector_rules():
        if rule.pattern.search(text):
            return rule.sector
    return "GOV" if entity_type is None else "UNK"
