"""How the entity tests read a sentence: the entity layer and its entities by alias."""

from __future__ import annotations

from chronik.extract.entities import extract_entities
from chronik.language.text import analyze
from chronik.model import Entity, EntityLayer


def read(text: str) -> EntityLayer:
    """The entity layer chronik reads in `text`."""
    return extract_entities(analyze(text))


def entity(layer: EntityLayer, alias: str, etype: str | None = None) -> Entity:
    """The one entity (of type `etype`, if given) with `alias` among its aliases."""
    hits = [e for e in layer.entities if alias in e.aliases and etype in (None, e.type)]
    assert len(hits) == 1, f"{alias!r} in {[e.aliases for e in layer.entities]}"
    return hits[0]


def person(layer: EntityLayer, name: str) -> Entity:
    """The one person with `name` among its aliases."""
    return entity(layer, name, "PER")
