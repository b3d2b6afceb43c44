"""Corpus-level entity resolution: one entity per real person, organisation or place.

Document entities are linked one at a time (incrementally) to corpus clusters found through
blocking keys, so cost grows with the corpus about linearly and no pair of all entities is ever
compared. Keys: transliteration-blind surname keys for persons (chronik/resolve/keys.py), the
office-holder dictionary's canonical name, a given-name + surname-ending key for misspellings,
the ISO3 code for a country's own entity, and folded names for everything else. A candidate
is accepted only on evidence: compatible given names (initials too), no conflicting known
country, the same or no known office holder, and no `forbid` row in aliases.tsv; a `force` row
merges regardless.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from chronik.extract.entity_lexicon import nominative_name
from chronik.language.actors import known_tail, lookup_actor
from chronik.language.gazetteer import country_code, is_capital, lookup_place, place_country, place_nominative
from chronik.language.resources import load_tsv
from chronik.language.words import first_names
from chronik.model import Entity
from chronik.resolve.keys import (
    PersonName,
    article_stripped,
    fold,
    is_initial,
    keys_match,
    letters,
    lineage,
    second_surname_split,
    split_name,
    token_keys,
)

GEO = frozenset({"GPE", "LOC"})


def _group(etype: str) -> str:
    return "GEO" if etype in GEO else etype


@cache
def _known_org_names() -> dict[str, str]:
    """Folded surface form -> folded name of the organisations.tsv rows that give a form another name
    ('EU-Kommission' -> 'Europäische Kommission', 'IWF' -> 'Internationaler Währungsfonds')."""
    return {fold(r["form"]): fold(r["name"]) for r in load_tsv("organisations.tsv")
            if r.get("form") and r.get("name") and fold(r["form"]) != fold(r["name"])}


@dataclass(frozen=True, slots=True)
class AliasRules:
    """The user's force/forbid decisions from aliases.tsv, on folded names."""

    force: dict[str, str]
    forbid: frozenset[frozenset[str]]


@cache
def alias_rules() -> AliasRules:
    """Load chronik/data/aliases.tsv (and $CHRONIK_DATA/aliases.tsv): forced merges as union-find roots."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    forbid: set[frozenset[str]] = set()
    for row in load_tsv("aliases.tsv"):
        a, b, action = fold(row.get("name", "")), fold(row.get("other", "")), row.get("action", "").lower()
        if not a or not b:
            continue
        if action == "force":
            parent[root(a)] = root(b)
        elif action == "forbid":
            forbid.add(frozenset((a, b)))
    return AliasRules({x: root(x) for x in parent}, frozenset(forbid))


def _strip_genitive(word: str) -> str | None:
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "os")):
        return word[:-1]
    return None


def _person_names(aliases: Iterable[str]) -> list[PersonName]:
    return [n for n in (split_name(a) for a in aliases) if n.surname]


@lru_cache(maxsize=100_000)
def _surname_keys(name: PersonName) -> frozenset[str]:
    """A person's surname keys for corpus linking: an Arabic article written or not ('al-Chatib', 'el-Khatib'
    and 'Chatib' share 'xatib'), and a bare surname also without a genitive -s."""
    keys = name.surname_keys | token_keys(article_stripped(name.surname))
    if not name.given:
        stem = _strip_genitive(name.surname)
        if stem:
            keys |= token_keys(stem)
    return keys


@lru_cache(maxsize=100_000)
def _lineage_keys(name: PersonName) -> frozenset[str]:
    """Blocking keys of an Arabic chain name by own and father's name ('Hamad bin Khalid', 'Hamad bin Khalid Al
    Nahyan', and a two-word 'Hamad Khalid' that may be one), which share no surname."""
    chain = lineage(name, plain=True)
    if chain is None:
        return frozenset()
    return frozenset(f"l:{a}|{b}" for a in token_keys(chain[0]) for b in token_keys(chain[1]))


def _fuzzy_key(name: PersonName) -> str | None:
    if not name.given or is_initial(name.given[0]) or len(letters(name.surname)) < 6:
        return None
    return "f:" + letters(name.given[0]) + "|" + letters(name.surname)[-3:]


@cache
def _actor_name(alias: str, country: str | None) -> str | None:
    info = lookup_actor(alias)
    if info is None and len(alias.split()) == 2 and (full := known_tail(alias)):
        info = lookup_actor(full)  # "Suu Kyi": the short form of "Aung San Suu Kyi"
    if info is None or (country and info.country and info.country != country):
        return None
    return info.name


@cache
def _dictionary_country(aliases: tuple[str, ...]) -> str | None:
    """The country the office-holder dictionary gives a fully named person (given name spelt out), if any."""
    for alias in aliases:
        name = split_name(alias)
        if name.given and not is_initial(name.given[0]):
            info = lookup_actor(alias)
            if info is not None and info.country:
                return info.country
    return None


def person_country(aliases: Iterable[str], country: str | None) -> str | None:
    """A person's country: the text's (a role's country, or the dictionary's office holder on the document's
    date, as the entity layer gives it), else the dictionary's for a known office holder named in full. A
    namesake of another country in the dictionary never overrides the country the article states."""
    return country or _dictionary_country(tuple(aliases))


def entity_keys(etype: str, aliases: Iterable[str], country: str | None) -> set[str]:
    """The blocking keys of an entity (document-level or corpus-level)."""
    aliases = [a for a in aliases if a.strip()]
    group = _group(etype)
    rules = alias_rules()
    keys = {"u:" + rules.force[fold(a)] for a in aliases if fold(a) in rules.force}
    if group == "PER":
        country = person_country(aliases, country)
        for name in _person_names(aliases):
            keys |= {"p:" + k for k in _surname_keys(name)}
            alternate = second_surname_split(name)
            if alternate is not None:
                keys |= {"p:" + k for k in alternate.surname_keys}
            fuzzy = _fuzzy_key(name)
            if fuzzy:
                keys.add(fuzzy)
            keys |= _lineage_keys(name)
        keys |= {"a:" + fold(n) for n in (_actor_name(a, country) for a in aliases) if n}
        return keys
    for alias in aliases:
        keys.add(f"n:{group}:{fold(alias)}")
        known = _known_org_names().get(fold(alias)) if group == "ORG" else None
        if known:  # 'EU-Kommission' in one document, 'Europäische Kommission' in another
            keys.add(f"n:{group}:{known}")
        stem = _strip_genitive(alias)
        if stem:
            keys.add(f"n:{group}:{fold(stem)}")
        acronym = _acronym(alias) if group != "GEO" or etype == "GPE" else None  # 'Rotes Meer' is no 'RM'
        if acronym:
            keys.add(f"n:{group}:{acronym}")
        if group == "GEO":
            code = country_code(alias) or (alias if re.fullmatch(r"[A-Z]{3}", alias) and alias == country else None)
            historic = code is not None and (place := lookup_place(alias)) is not None and place.kind == "historic"
            if code and (country is None or code == country or historic):  # "UdSSR" (country RUS): its own code
                keys.add("c:" + code)
            elif is_capital(alias) and place_country(alias) in (country, None):
                keys.add(f"k:{place_country(alias)}")
    return keys


def _acronym(name: str) -> str | None:
    """'Europäische Union' → 'eu' (the folded key its abbreviation 'EU' has)."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    if len(words) < 2 or len(words) != len(name.split()):
        return None
    return fold("".join(w[0] for w in words))


@dataclass(slots=True)
class Cluster:
    """A corpus entity while it is being resolved."""

    id: int
    type: str
    name: str
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    stored_docs: int = 0
    doc_set: set[str] = field(default_factory=set, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.doc_set = set(self.docs)  # membership in constant time: an entity may occur in every document

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Cluster:
        """A cluster as the store keeps it (entities table row; `ndocs` instead of `docs` leaves the
        stored document list unread, so linking a document costs the same however many the entity has)."""
        c = cls(int(row["entity_id"]), row["type"], row["name"], row.get("country"), list(row.get("aliases") or []),
                list(row.get("roles") or []), list(row.get("docs") or []), stored_docs=int(row.get("ndocs") or 0))
        if c.country:
            c.votes[c.country] = c.doc_count or 1
        return c

    @property
    def doc_count(self) -> int:
        """Documents the entity appears in (stored ones not loaded included)."""
        return self.stored_docs + len(self.docs)

    def blocking_keys(self) -> set[str]:
        """Blocking keys of the whole cluster."""
        return entity_keys(self.type, [self.name, *self.aliases], self.country)

    def add(self, doc_id: str, ent: Entity) -> None:
        """Take in one document entity."""
        for alias in [ent.name, *ent.aliases]:
            if alias and alias not in self.aliases:
                self.aliases.append(alias)
        self.roles += [r for r in ent.roles if r not in self.roles]
        if doc_id not in self.doc_set:
            self.doc_set.add(doc_id)
            self.docs.append(doc_id)
        country = person_country([ent.name, *ent.aliases], ent.country) if ent.type == "PER" else ent.country
        if country:
            self.votes[country] += 1
            self.country = self.votes.most_common(1)[0][0]
        if _fuller(ent.name, self.name, ent.type):
            self.name = ent.name

    def row(self) -> dict[str, Any]:
        """The resolved table row: {name, type, country, aliases, roles, docs}."""
        return {"name": base_form(self.name, self.type), "type": self.type, "country": self.country,
                "aliases": self.aliases + self.nominatives(), "roles": list(self.roles), "docs": list(self.docs)}

    def nominatives(self) -> list[str]:
        """Bare surnames behind possessives ('Sacharowas' -> 'Sacharowa') when a full name confirms them."""
        if self.type != "PER":
            return []
        surnames = {k for n in _person_names(self.aliases) if n.given for k in n.surname_keys}
        have = {fold(a) for a in self.aliases}
        out: list[str] = []
        for alias in self.aliases:
            stem = _strip_genitive(alias) if " " not in alias else None
            if stem and fold(stem) not in have and token_keys(stem) & surnames:
                out.append(stem)
                have.add(fold(stem))
        return out


@cache
def _inflection_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(r["pattern"]), r["replacement"].replace("\\1", r"\1"))
                 for r in load_tsv("name_inflection.tsv") if r.get("pattern"))


@cache
def base_form(name: str, etype: str) -> str:
    """The nominative of an inflected organisation or place name: adjectives and noun by the noun's gender
    ('Nationalen Sicherheitsrates' -> 'Nationaler Sicherheitsrat', the entity layer's nominative_name), else
    the rules of name_inflection.tsv, which leave a complement after a lower-case word ('Komitee vom Roten
    Kreuz') and a place's genitive at the end ('Kommunistische Partei Vietnams') as they are."""
    if etype == "PER" or name.isupper():
        return name
    nominative = nominative_name(name)
    if nominative != name:
        return nominative
    out = name
    for pattern, replacement in _inflection_rules():
        out = pattern.sub(replacement, out)
    words, rewritten = name.split(), out.split()
    cut = next((k for k, w in enumerate(words) if k and not w[:1].isupper()), len(words))
    if len(words) > 1 and lookup_place(words[-1]) is not None:
        cut = min(cut, len(words) - 1)  # a place's genitive completes the name: 'Kommunistische Partei Vietnams'
    if len(rewritten) == len(words) and cut < len(words):
        out = " ".join(rewritten[:cut] + words[cut:])
    if out != name and etype in GEO and lookup_place(name) is not None and lookup_place(out) is None:
        return name
    if out == name and etype in GEO:
        return place_nominative(name)  # 'Perus', 'Ecuadors': a genitive the rules leave alone
    return out


def _fuller(new: str, old: str, etype: str) -> bool:
    if etype != "PER":
        return False
    n, o = split_name(new), split_name(old)
    full_new = sum(not is_initial(g) for g in n.given)
    full_old = sum(not is_initial(g) for g in o.given)
    return full_new > full_old


@dataclass(frozen=True, slots=True)
class _Reading:
    """What scoring needs of a name set (an entity's or a cluster's), computed once per name set."""

    group: str
    folds: frozenset[str]
    country: str | None  # a person's country as person_country() gives it; else the entity's
    actors: frozenset[str]  # office-holder dictionary names the aliases stand for
    names: tuple[PersonName, ...]


def _reading(etype: str, aliases: list[str], country: str | None, voted: bool = False) -> _Reading:
    """The reading of an entity's names; a person's dictionary names are looked up under the country
    person_country() gives, or for a cluster (`voted`) under the cluster's voted country."""
    group = _group(etype)
    folds = frozenset(fold(a) for a in aliases)
    if group != "PER":
        return _Reading(group, folds, country, frozenset(), ())
    own = country if voted else person_country(aliases, country)
    full = {fold(a) for a, n in zip(aliases, map(split_name, aliases)) if n.given and not is_initial(n.given[0])}
    # a bare surname ('Haftar') names the dictionary's holder only when no full name says which namesake it is
    actors = frozenset(n for n in (_actor_name(a, own) for a in aliases if not full or fold(a) in full) if n)
    return _Reading(group, folds, own, actors, tuple(_person_names(aliases)))


def _score(ent: _Reading, roles: list[str], cluster: _Reading, cluster_roles: list[str], shared: set[str]) -> int:
    """How strongly an entity belongs to a cluster (0: it does not)."""
    if ent.group != cluster.group:
        return 0
    rules = alias_rules()
    if rules.forbid and any(frozenset((a, b)) in rules.forbid for a in ent.folds for b in cluster.folds):
        return 0
    if any(k.startswith("u:") for k in shared):
        return 100
    if ent.group != "PER":
        if ent.country and cluster.country and ent.country != cluster.country:
            return 0
        if ent.group == "GEO" and not any(k[0] != "n" or k.split(":", 2)[2] in ent.folds | cluster.folds
                                          for k in shared):
            return 0  # only two long names' initials are alike ("Binh Duong", "Bundesrepublik Deutschland")
        return 10 if any(k.startswith("c:") for k in shared) else 5
    return _person_score(ent, roles, cluster, cluster_roles, shared)


def _person_score(ent: _Reading, roles: list[str], cluster: _Reading, cluster_roles: list[str],
                  shared: set[str]) -> int:
    country = ent.country
    if country and cluster.country and country != cluster.country:
        return 0
    if ent.actors and cluster.actors:
        return 50 if ent.actors & cluster.actors else 0
    mine, theirs = list(ent.names), list(cluster.names)
    score = _name_score(mine, theirs, shared)
    same_country = country == cluster.country if country and cluster.country \
        else bool(country or cluster.country) and _shared_role(roles, cluster_roles)
    if score or not same_country:
        return score
    return 25 if _same_country_variant(mine, theirs) else 0


def _shared_role(mine: list[str], theirs: list[str]) -> bool:
    """Do two role lists name the same office ('Außenminister' in 'malischer Außenminister')?"""
    heads = {r.split()[-1].casefold() for r in mine if r.strip()}
    return any(r.split()[-1].casefold() in heads for r in theirs if r.strip())


def _same_country_variant(mine: list[PersonName], theirs: list[PersonName]) -> bool:
    """Persons of one country whose full names differ only by a transliterated given name ('Abdourahmane' /
    'Abderrahmane Koné') or a second surname ('Faustin-Archange Touadéra Mbeko' / 'Faustin-Archange Touadera')."""
    def readings(names: list[PersonName]) -> list[PersonName]:
        alternates = [second_surname_split(n) for n in names]
        return [n for n in names if n.given] + [a for a in alternates if a is not None]

    mine_r, theirs_r = readings(mine), readings(theirs)
    if any(_given_clash(a, b) for a in mine if a.given
           for b in theirs if b.given and _surname_keys(a) & _surname_keys(b)):
        return False
    return any(_surname_keys(a) & _surname_keys(b) and not is_initial(a.given[0]) and not is_initial(b.given[0])
               and a.given_compatible(b, loose=True) for a in mine_r for b in theirs_r)


def _given_clash(a: PersonName, b: PersonName) -> bool:
    """Same surname, full given names that cannot be one name (other persons of one family)."""
    return not is_initial(a.given[0]) and not is_initial(b.given[0]) and not a.given_compatible(b, loose=True)


def _name_score(mine: list[PersonName], theirs: list[PersonName], shared: set[str]) -> int:
    if any(k.startswith("l:") for k in shared) and _same_lineage(mine, theirs):
        return 30
    mine_full = [n for n in mine if n.given]
    theirs_full = [n for n in theirs if n.given]
    same = [(a, b) for a in mine for b in theirs if _surname_keys(a) & _surname_keys(b)]
    if mine_full and theirs_full:
        full_pairs = [(a, b) for a, b in same if a.given and b.given]
        if full_pairs:
            if not any(a.given_compatible(b) for a, b in full_pairs):
                return 30 if any(_compound_surname(a, b) or _compound_surname(b, a) for a, b in full_pairs) else 0
            exact = any(a.given and b.given and not is_initial(a.given[0]) and not is_initial(b.given[0])
                        and a.given_compatible(b) for a, b in full_pairs)
            return 40 if exact else 30
        if any(k.startswith("f:") for k in shared):
            return 20 if _near(mine_full, theirs_full) else 0
        return 0
    if same:
        return 10
    return 0


def _same_lineage(mine: list[PersonName], theirs: list[PersonName]) -> bool:
    """One Arabic chain name with and without its family name ('Hamad bin Khalid' / 'Hamad bin Khalid Al
    Nahyan') or its 'bin' ('Hamad Khalid'): own and father's names agree, and the family names too where both
    give one."""
    def family(chain: tuple[str, str, str]) -> frozenset[str]:
        return token_keys(article_stripped(chain[2]))

    for x in mine:
        for y in theirs:  # a two-word name ('Hamad Khalid') only beside a written chain ('Hamad bin Khalid')
            a, b = lineage(x, plain=lineage(y) is not None), lineage(y, plain=lineage(x) is not None)
            if a and b and keys_match(a[0], b[0]) and keys_match(a[1], b[1]) \
                    and (not a[2] or not b[2] or family(a) & family(b)):
                return True
    return False


def _compound_surname(short: PersonName, full: PersonName) -> bool:
    """A compound surname without the given name ('Ortega Salcedo' of 'Gabriel Ortega Salcedo'): the short
    name's words before the last are the full name's last given words, none of them a given name."""
    n = len(short.given)
    return 0 < n < len(full.given) and all(
        keys_match(a, b) and not is_initial(a) and a not in first_names()
        for a, b in zip(short.given, full.given[-n:]))


def _near(mine: list[PersonName], theirs: list[PersonName]) -> bool:
    """A misspelt surname ('Schinmeier'): the same full given name and surnames at most two edits apart."""
    for a in mine:
        for b in theirs:
            if a.given_compatible(b) and _edits(letters(a.surname), letters(b.surname)) <= 2:
                return True
    return False


def _edits(a: str, b: str) -> int:
    if abs(len(a) - len(b)) > 2:
        return 3
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _crossing(shared: set[str]) -> bool:
    """A sea or region (LOC) and a state or town (GPE) are one place only by a name both carry, never by a
    country code, capital or acronym key alone ('Rotes Meer' is not the country on its coast)."""
    return not any(k.startswith(("n:GEO:", "u:")) for k in shared)


class Resolver:
    """Links document entities to corpus clusters through blocking keys, one entity at a time."""

    def __init__(self, clusters: Iterable[Cluster] = (), next_id: int = 0) -> None:
        self.clusters: dict[int, Cluster] = {}
        self.blocks: dict[str, set[int]] = {}
        self.keys: dict[int, tuple[tuple[Any, ...], set[str]]] = {}  # per cluster: what its keys were read from
        self.readings: dict[int, tuple[tuple[Any, ...], _Reading]] = {}  # per cluster: its reading, and from what
        self.next_id = next_id
        for c in clusters:
            self._index(c)
            self.next_id = max(self.next_id, c.id + 1)

    def _index(self, cluster: Cluster) -> set[str]:
        """Index a cluster under its blocking keys; the keys it did not have before."""
        self.clusters[cluster.id] = cluster
        signature = (cluster.name, tuple(cluster.aliases), cluster.country)
        old_signature, old = self.keys.get(cluster.id, (None, set()))
        if signature == old_signature:  # keys are a function of name, aliases and country
            return set()
        keys = cluster.blocking_keys()
        self.keys[cluster.id] = (signature, keys)
        for k in keys - old:
            self.blocks.setdefault(k, set()).add(cluster.id)
        return keys - old

    def _reading(self, cluster: Cluster) -> _Reading:
        signature = (cluster.name, tuple(cluster.aliases), cluster.country)
        cached = self.readings.get(cluster.id)
        if cached is None or cached[0] != signature:
            cached = signature, _reading(cluster.type, [cluster.name, *cluster.aliases], cluster.country, voted=True)
            self.readings[cluster.id] = cached
        return cached[1]

    def best(self, ent: Entity, keys: set[str]) -> Cluster | None:
        """The cluster `ent` belongs to, among those sharing a blocking key with it, or None."""
        shared: dict[int, set[str]] = {}
        for k in keys:
            for cid in self.blocks.get(k, ()):
                shared.setdefault(cid, set()).add(k)
        if not shared:
            return None
        mine = _reading(ent.type, [ent.name, *ent.aliases], ent.country)
        scored = [(_score(mine, ent.roles, self._reading(c), c.roles, ks), c.doc_count, -cid, cid)
                  for cid, ks in shared.items() for c in (self.clusters[cid],)
                  if c.type == ent.type or not _crossing(ks)]
        scored = [s for s in scored if s[0] > 0]
        return self.clusters[max(scored)[3]] if scored else None

    def add(self, doc_id: str, ent: Entity) -> tuple[Cluster, set[str]]:
        """Link one document entity; returns its cluster and the cluster's new blocking keys."""
        keys = entity_keys(ent.type, [ent.name, *ent.aliases], ent.country)
        cluster = self.best(ent, keys)
        if cluster is None:
            cluster = Cluster(self.next_id, ent.type, ent.name)
            self.next_id += 1
        cluster.add(doc_id, ent)
        return cluster, self._index(cluster)


def resolve(items: Iterable[tuple[str, Entity]]) -> Resolver:
    """Resolve (doc_id, entity) pairs in order into a Resolver holding the corpus clusters."""
    resolver = Resolver()
    for doc_id, ent in items:
        resolver.add(doc_id, ent)
    return resolver


def build_kb(items: Iterable[tuple[str, Entity]]) -> list[dict[str, Any]]:
    """The resolved corpus entity table from (doc_id, entity) pairs: [{name, type, country, aliases, roles, docs}]."""
    return [c.row() for c in resolve(items).clusters.values()]
