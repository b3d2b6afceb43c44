"""Corpus-level entity table (first pass: entities sharing a folded alias and type merge)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from chronik.model import Entity


def fold(text: str) -> str:
    """Case, accents, hyphens, dots and spaces folded away."""
    text = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in text if c.isalnum())


def build_kb(items: Iterable[tuple[str, Entity]]) -> list[dict[str, Any]]:
    """The corpus entity table from (doc_id, entity) pairs: a list of {name, type, country, aliases, docs}."""
    clusters: list[dict[str, Any]] = []
    by_key: dict[tuple[str, str], int] = {}
    for doc_id, ent in items:
        keys = [(ent.type, fold(a)) for a in [ent.name, *ent.aliases] if fold(a)]
        hit = next((by_key[k] for k in keys if k in by_key), None)
        if hit is None:
            hit = len(clusters)
            clusters.append({"name": ent.name, "type": ent.type, "country": ent.country,
                             "aliases": [], "roles": [], "docs": []})
        cluster = clusters[hit]
        for alias in [ent.name, *ent.aliases]:
            if alias not in cluster["aliases"]:
                cluster["aliases"].append(alias)
        cluster["roles"] += [r for r in ent.roles if r not in cluster["roles"]]
        if doc_id not in cluster["docs"]:
            cluster["docs"].append(doc_id)
        cluster["country"] = cluster["country"] or ent.country
        for k in keys:
            by_key.setdefault(k, hit)
    return clusters
