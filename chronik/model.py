"""The typed contracts between pipeline stages.

Data flows one way: ingest (RawDocument) -> language layer (Analysis) ->
extract (EntityLayer, TimeExpr, Event, Fact) -> DocRecord -> resolve -> store/serve.
Every stage takes and returns these dataclasses and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

EntityType = Literal["PER", "ORG", "GPE", "LOC"]
Precision = Literal["day", "month", "year"]
Status = Literal["occurred", "planned"]


@dataclass(slots=True)
class RawDocument:
    """One article as a reader found it: text plus whatever metadata came with it."""

    doc_id: str
    text: str
    source: str
    title: str | None = None
    meta_date: str | None = None
    url: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class IngestError:
    """A file or record that could not be read, with a reason a person understands."""

    source: str
    reason: str


@dataclass(slots=True)
class Token:
    """A token with character offsets into the document text (end exclusive)."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    """A sentence with its offsets and tokens."""

    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class Analysis:
    """Output of the language layer: the text split into sentences and tokens."""

    text: str
    sentences: list[Sentence]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing `offset` (the last one starting before it)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo


@dataclass(slots=True)
class Entity:
    """A document-level entity: all mentions of one real-world thing in one article."""

    type: EntityType
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    roles: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The GUIDELINES.md entity object."""
        out: dict[str, Any] = {"type": self.type, "name": self.name, "aliases": list(self.aliases),
                               "country": self.country}
        if self.type == "PER":
            out["roles"] = list(self.roles)
        return out


@dataclass(slots=True)
class Mention:
    """One entity mention: the bare name with char offsets; `entity` indexes EntityLayer.entities."""

    start: int
    end: int
    type: EntityType
    text: str
    entity: int

    def to_json(self) -> dict[str, Any]:
        """The GUIDELINES.md mention object."""
        return {"start": self.start, "end": self.end, "type": self.type, "text": self.text}


@dataclass(slots=True)
class EntityLayer:
    """Entities and their mentions in one document."""

    entities: list[Entity]
    mentions: list[Mention]


@dataclass(slots=True)
class TimeExpr:
    """A temporal expression. `value` is ISO (YYYY, YYYY-MM or YYYY-MM-DD) once resolved."""

    start: int
    end: int
    text: str
    value: str | None
    precision: Precision | None
    end_value: str | None = None
    relative: bool = False
    vague: bool = False
    future: bool = False


@dataclass(slots=True)
class DocDate:
    """The publication date of a document and whether it was inferred from the text."""

    value: str | None
    inferred: bool = False


@dataclass(slots=True)
class Actor:
    """Source or target of an event."""

    name: str
    country: str | None
    entity: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The GUIDELINES.md actor object."""
        return {"name": self.name, "country": self.country}


@dataclass(slots=True)
class Event:
    """One interaction between actors of different countries, with its evidence sentence."""

    type: str
    subtype: str
    status: Status
    source: Actor
    target: Actor
    date: str | None
    evidence: str
    start: int
    end: int
    trigger: str = ""
    location: str | None = None
    cameo: str | None = None
    goldstein: float | None = None

    def to_json(self) -> dict[str, Any]:
        """The GUIDELINES.md event object (plus chronik's own fields)."""
        return {"type": self.type, "subtype": self.subtype, "source": self.source.to_json(),
                "target": self.target.to_json(), "date": self.date, "status": self.status,
                "evidence": self.evidence, "start": self.start, "end": self.end,
                "trigger": self.trigger, "location": self.location, "cameo": self.cameo,
                "goldstein": self.goldstein}


@dataclass(slots=True)
class Fact:
    """A money figure with its kind, qualifier, period and the countries concerned."""

    kind: str
    value: float
    currency: str | None
    qualifier: str
    period: str | None
    countries: list[str]
    evidence: str
    start: int
    end: int
    change: bool = False

    def to_json(self) -> dict[str, Any]:
        """The GUIDELINES.md fact object (plus chronik's own fields)."""
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"kind": self.kind, "value": value, "currency": self.currency,
                "qualifier": self.qualifier, "period": self.period,
                "countries": sorted(self.countries), "evidence": self.evidence,
                "start": self.start, "end": self.end, "change": self.change}


@dataclass(slots=True)
class DocRecord:
    """Everything chronik read from one document."""

    doc: RawDocument
    analysis: Analysis
    doc_date: DocDate
    entities: list[Entity]
    mentions: list[Mention]
    events: list[Event]
    facts: list[Fact]
    times: list[TimeExpr] = field(default_factory=list)
    reader: str = ""  # fingerprint of the code and data that read it (empty: unknown)

    def to_json(self) -> dict[str, Any]:
        """The scored JSONL record of GUIDELINES.md."""
        return {
            "doc_id": self.doc.doc_id,
            "doc_date": self.doc_date.value,
            "entities": [e.to_json() for e in self.entities],
            "mentions": [m.to_json() for m in self.mentions],
            "events": [e.to_json() for e in self.events],
            "facts": [f.to_json() for f in self.facts],
        }
