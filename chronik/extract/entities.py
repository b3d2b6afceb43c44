"""Entities (first pass: country names from CLDR via babel, persons after a title)."""

from __future__ import annotations

import re
from functools import cache

from chronik.model import Analysis, Entity, EntityLayer, Mention


@cache
def _countries() -> dict[str, str]:
    import pycountry
    from babel import Locale

    names = {}
    for alpha2, name in Locale("de").territories.items():
        country = pycountry.countries.get(alpha_2=alpha2) if len(alpha2) == 2 else None
        if country is not None:
            names[name] = country.alpha_3
    return names


_TITLE_PERSON = re.compile(r"\b(?:Präsident(?:in)?|Botschafter(?:in)?|Minister(?:in)?)\s+"
                           r"((?:[A-ZÄÖÜ][\w-]+\s+)?[A-ZÄÖÜ][\w-]+)")


def extract_entities(analysis: Analysis) -> EntityLayer:
    """Entities and mentions of one document."""
    text = analysis.text
    entities: list[Entity] = []
    mentions: list[Mention] = []
    index: dict[tuple[str, str], int] = {}

    def add(start: int, end: int, etype: str, name: str, country: str | None) -> None:
        key = (etype, name)
        if key not in index:
            index[key] = len(entities)
            entities.append(Entity(etype, name, [name], country))  # type: ignore[arg-type]
        mentions.append(Mention(start, end, etype, name, index[key]))  # type: ignore[arg-type]

    countries = _countries()
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, countries), key=len, reverse=True)) + r")\b")
    for m in pattern.finditer(text):
        add(m.start(), m.end(), "GPE", m.group(), countries[m.group()])
    for m in _TITLE_PERSON.finditer(text):
        add(m.start(1), m.end(1), "PER", m.group(1), None)
    mentions.sort(key=lambda m: m.start)
    return EntityLayer(entities, mentions)
