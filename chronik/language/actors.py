"""The office-holder dictionary (chronik/data/actors.tsv): who held which office for which country, when.

Like PETRARCH's dated actor lists: `lookup_actor('Tokajew', '2023-05-01')` finds the president of
Kazakhstan whatever the spelling ('Toqajew', 'Kassym-Jomart Tokayev'), and a date picks the office
held then. Users add rows in $CHRONIK_DATA/actors.tsv.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from chronik.language.resources import load_tsv
from chronik.resolve.keys import PersonName, fold, split_name


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """One office held by one person: name, ISO3 country, office (German), ISO start/end (end None = current)."""

    name: str
    country: str | None
    office: str
    start: str | None
    end: str | None
    source: str
    variants: tuple[str, ...] = ()

    def held_on(self, date: str) -> bool:
        """Whether the office was held on `date` (ISO, possibly partial: compared at its precision)."""
        n = len(date)
        return (not self.start or self.start[:n] <= date) and (not self.end or date <= self.end[:n])


@dataclass(frozen=True, slots=True)
class _Entry:
    info: ActorInfo
    names: tuple[PersonName, ...]


@cache
def _index() -> dict[str, list[_Entry]]:
    index: dict[str, list[_Entry]] = defaultdict(list)
    for row in load_tsv("actors.tsv"):
        if not row.get("name"):
            continue
        variants = tuple(v.strip() for v in row.get("variants", "").split("|") if v.strip())
        info = ActorInfo(row["name"], row.get("country") or None, row.get("office", ""),
                         row.get("start") or None, row.get("end") or None, row.get("source", ""), variants)
        names = tuple(split_name(n) for n in (info.name, *variants))
        entry = _Entry(info, names)
        for key in {k for n in names for k in n.surname_keys}:
            index[key].append(entry)
    return index


def _matches(entry: _Entry, query: PersonName) -> bool:
    return any(query.surname_keys & name.surname_keys and query.given_compatible(name) for name in entry.names)


@cache
def _known_names() -> frozenset[str]:
    return frozenset(fold(n) for entries in _index().values() for e in entries
                     for n in (e.info.name, *e.info.variants))


def is_known_name(name: str) -> bool:
    """Is `name` an office holder's full name or spelling variant ("Wang Yi", whatever the case)?"""
    return fold(name) in _known_names()


@cache
def holder_surnames() -> dict[str, str]:
    """Office holders' surnames (the last word of the dictionary name) -> the country of the first holder listed
    with it ("" for one of no country)."""
    table: dict[str, str] = {}
    for row in load_tsv("actors.tsv"):
        if row.get("name"):
            table.setdefault(row["name"].split()[-1], row.get("country") or "")
    return table


@cache
def long_name_starts() -> frozenset[str]:
    """The first words of the office holders' names of three or more words ("Aung" of "Aung San Suu Kyi")."""
    return frozenset(n.split()[0] for entries in _index().values() for e in entries
                     for n in (e.info.name, *e.info.variants) if len(n.split()) >= 3)


@cache
def _tails() -> dict[str, str | None]:
    tails: dict[str, str | None] = {}
    for entries in _index().values():
        for e in entries:
            for n in (e.info.name, *e.info.variants):
                words = n.split()
                tail = words[-2:]
                if len(words) >= 3 and all(w[:1].isupper() for w in tail):
                    key = fold(" ".join(tail))
                    tails[key] = n if tails.get(key, n) == n else None  # shared by two: no one's
    return tails


def known_tail(name: str) -> str | None:
    """The office holder's full name whose last two words `name` is, when it is one holder's only: the short
    form of a name of three or more words ("Suu Kyi" of "Aung San Suu Kyi", "Sassou Nguesso")."""
    return _tails().get(fold(name))


def actor_candidates(name: str, date: str | None = None) -> list[ActorInfo]:
    """Every office of every known person the name may denote (only exact spellings if any), held on `date` first."""
    query = split_name(name)
    seen: dict[int, _Entry] = {}
    for key in query.surname_keys:
        for entry in _index().get(key, ()):
            if id(entry) not in seen and _matches(entry, query):
                seen[id(entry)] = entry
    exact = [e.info for e in seen.values() if fold(name) in {fold(n) for n in (e.info.name, *e.info.variants)}]
    found = exact or [e.info for e in seen.values()]
    if date:
        found.sort(key=lambda a: not a.held_on(date))
    return found


def lookup_actor(name: str, date: str | None = None) -> ActorInfo | None:
    """The office holder `name` denotes (surname alone or full name, any transliteration), or None.

    With a date, an office held on that date wins; without one, the latest office. A surname shared
    by persons of different countries ('Kim', 'Aliyev' vs 'Alijew' of one country is fine) gives None
    unless the date or the given name singles one out.
    """
    found = actor_candidates(name, date)
    if not found:
        return None
    if date:
        current = [a for a in found if a.held_on(date)]
        if current:
            found = current
    persons = {a.name for a in found}
    countries = {a.country for a in found}
    if len(persons) > 1 and len(countries) > 1:
        return None
    return max(found, key=lambda a: a.start or "")
