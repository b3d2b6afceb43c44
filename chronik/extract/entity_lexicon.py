"""The word knowledge the entity recogniser uses, loaded once from chronik/data/.

Every lookup is a dict or set probe; multi-word names (places, organisations) are matched
token by token through an index keyed by their first token.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from chronik.language.gazetteer import historic_country, lookup_place, place_forms
from chronik.language.resources import load_sorted_words, load_tsv, load_words
from chronik.language.text import token_texts
from chronik.language.words import alternation, inflection, name_word_kind


class Known(NamedTuple):
    """A multi-word gazetteer entry: its type, canonical key, country and kind."""

    type: str
    key: str
    country: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun: its gender, default country and whether it is only an address form."""

    gender: str
    country: str | None
    honorific: bool


@cache
def org_seats() -> frozenset[str]:
    """Building nouns that, hyphenated to a known organisation, name it ('Élysée-Palast')."""
    return load_words("org_seats.txt")


@cache
def nouns() -> Container[str]:
    """Capitalised German common nouns (all case forms), for `in` tests (250,000 words, read as needed)."""
    return load_sorted_words("nouns_de.txt")


@cache
def _month_names() -> frozenset[str]:
    """Month names and their short forms, lower case (time_months.tsv)."""
    return frozenset(r["form"].rstrip(".") for r in load_tsv("time_months.tsv"))


@lru_cache(maxsize=4096)
def capitalised_word(word: str) -> bool:
    """An all-caps word that is a German function word, month name or common noun written in capitals
    ("DES", "JANUAR", "BÜRO" of a sign-off or headline): no acronym. Nouns of under four letters are
    left alone: the lexicon lists rare ones ("Aa") that agencies' acronyms spell ("AA")."""
    low = word.lower()
    return low in load_words("function_words_de.txt") or low in _month_names() \
        or len(low) > 3 and low.capitalize() in nouns()


@dataclass(frozen=True, slots=True)
class NameWords:
    """Capitalised words with a fixed part in names (name_words.tsv, one set per `kind`)."""

    adjectives: frozenset[str]  # start names although the noun lexicon lists them ("Deutsche")
    stop: frozenset[str]  # never a name or part of one
    surname_ends: tuple[str, ...]  # transliterated surname endings ("-ow", "-jewa"), longest first
    particles: frozenset[str]  # inside person names ("von", "bin")
    clubs: frozenset[str]  # start club and team names ("FC", "Real")
    articles: frozenset[str]  # foreign articles that start titles ("Le Monde")
    state_words: frozenset[str]  # alone, they name a country mentioned before ("die Volksrepublik")
    place_prefixes: frozenset[str]  # start town names ("Bad Homburg", "Sankt Augustin")
    place_links: tuple[tuple[str, ...], ...]  # join a town to its river or region ("am Main"), longest first
    not_adjectives: frozenset[str]  # lower-case words ending like adjectives that are none ("unter", "aber")
    suffixes: frozenset[str]  # abbreviations after a person's name, dot included ("Jr.")
    honorifics: frozenset[str]  # address titles before a name, not part of it ("U", "Daw", "Datuk")
    name_prefixes: frozenset[str]  # titles a name keeps ("Tengku", "Sheikh")
    tails: dict[str, str]  # English head words ending a name -> ORG/LOC ("Systems", "Army", "Link")
    site_heads: frozenset[str]  # nouns that begin a site's name and stay in it ("Flughafen", "Palast")
    tail_links: frozenset[str]  # English words joining a complement to such a head ("Fund for Development")
    english: frozenset[str]  # English function words that are no German words: a title's inner words
    water_heads: frozenset[str]  # sea-area nouns that with 'von' and a name are one LOC ("Golf von Aden")


@cache
def name_words() -> NameWords:
    """The word sets of name_words.tsv."""
    kind = name_word_kind
    return NameWords(kind("adj"), kind("stop"), tuple(sorted(kind("surname_end"), key=len, reverse=True)),
                     kind("particle"), kind("club"), kind("article"), kind("state_word"),
                     frozenset(w.rstrip(".") for w in kind("place_prefix")),
                     tuple(sorted((tuple(w.split()) for w in kind("place_link")), key=len, reverse=True)),
                     kind("not_adj"), frozenset(w.rstrip(".") for w in kind("name_suffix")),
                     kind("honorific"), kind("name_prefix"),
                     {**dict.fromkeys(kind("org_tail"), "ORG"), **dict.fromkeys(kind("loc_tail"), "LOC")},
                     kind("site_head"), kind("tail_link"), kind("tail_link") | kind("english"),
                     kind("water_head"))


@cache
def alias_links() -> tuple[tuple[str, str], ...]:
    """What stands between a person's name and a second name of the same person, and after it
    (name_words.tsv alias_link "before|after"): "X (Y)", "X alias Y", "X, auch Y genannt"."""
    return tuple((a.strip(), b.strip()) for a, _, b in (r["word"].partition("|") for r in load_tsv("name_words.tsv")
                                                         if r["kind"] == "alias_link"))


@cache
def org_locatives() -> tuple[tuple[str, ...], ...]:
    """Prepositions (+ article) that join a served region to an organisation's complement before its
    bracketed acronym (name_words.tsv org_locative: "im Südlichen Afrika (SADC)"), longest first."""
    return tuple(sorted((tuple(w.split()) for w in name_word_kind("org_locative")), key=len, reverse=True))


@cache
def not_name_shape() -> re.Pattern[str]:
    """Lower-cased shapes of adverbs, adjectives and participles (name_words.tsv nonname_end,
    verb_prefix, verb_insep): "entsprechend", "hervorgehoben", "unterzeichnet"."""
    end, prefix, insep = (alternation(name_word_kind(k)) for k in ("nonname_end", "verb_prefix", "verb_insep"))
    return re.compile(rf"\w+{end}|{prefix}?ge\w{{3,}}(?:t|en)|{insep}\w{{3,}}t")


@cache
def place_endings() -> tuple[str, ...]:
    """Endings of German place names that are also nouns ("Magdeburg", "Heidelberg", "Neustadt")."""
    return tuple(name_word_kind("place_end"))


@cache
def landscape_endings() -> tuple[str, ...]:
    """Endings of compound landscape names ("Ohridsee", "Atlasgebirge"): such an unknown word is a LOC."""
    return tuple(name_word_kind("loc_end"))


@cache
def _role_prefixes() -> tuple[str, ...]:
    return tuple(name_word_kind("role_prefix"))


@cache
def _demonyms() -> dict[str, Role]:
    """Nationality nouns, matched as whole words: a cue for a person of that country, not a role."""
    return {r["noun"]: Role(r["gender"], r["country"], True) for r in load_tsv("demonyms.tsv")}


@cache
def _roles() -> tuple[dict[str, Role], tuple[int, ...]]:
    table = {r["suffix"].lower(): Role(r["gender"], r["country"] or None, r["honorific"] == "1")
             for r in load_tsv("roles.tsv")}
    return table, tuple(sorted({len(s) for s in table}, reverse=True))


@lru_cache(maxsize=1 << 16)
def role(word: str) -> Role | None:
    """The role a token names when it ends with a role noun ("US-Botschafterin", "Außenminister")."""
    demonyms = _demonyms()
    hit = demonyms.get(word) or demonyms.get(word[:-1]) or demonyms.get(word[:-2]) or _role(word.lower(), word)
    if hit is None and word.endswith(("en", "n", "s")) and len(word) > 5:
        # weak and genitive forms: "Politologen", "Experten", "Ministers"
        hit = _role(word[:-1].lower(), word) or (_role(word[:-2].lower(), word) if word.endswith("en") else None)
    for plural in inflection("feminine_plural") if hit is None else ():  # "Außenministerinnen"
        if word.endswith(plural) and len(word) > len(plural) + 3:
            hit = _role(word[:len(word) - len(plural) + 2].lower(), word)
            break
    return hit


def _role(low: str, word: str) -> Role | None:
    table, lengths = _roles()
    for n in lengths:
        if n <= len(low):
            hit = table.get(low[-n:])
            if hit is not None:
                # the whole word, or the tail of a real compound ("Außenminister", not "Nursultan")
                head = low[:-n]
                if n == len(low) or head.endswith(("-", "s")) or head.startswith(_role_prefixes()) \
                        or word in nouns():
                    return hit if hit.country else _prefixed_country(hit, head, low[-n:], table)
    return None


def _prefixed_country(hit: Role, head: str, tail: str, table: dict[str, Role]) -> Role:
    """A compound role whose prefix makes a known role of a country ("Bundesbildungsministerin": "bundes" +
    "ministerin" is German) has that country; else the role as found."""
    for k in range(len(head) - 1, 2, -1):
        known = table.get(head[:k] + tail)
        if known is not None and known.country:
            return Role(hit.gender, known.country, hit.honorific)
    return hit


@cache
def _org_heads() -> tuple[dict[str, str], tuple[int, ...]]:
    table = {r["suffix"].lower(): r["bare"] for r in load_tsv("org_heads.tsv")}
    return table, tuple(sorted({len(s) for s in table}, reverse=True))


@lru_cache(maxsize=1 << 16)
def org_head(word: str) -> str | None:
    """None when `word` is no organisation head noun; else how it names one (org_heads.tsv `bare`):
    "1" alone, "c" alone as a compound, "k" a company suffix after any name, "0" only with a name part.
    A compound with a bare=c head that is used as the whole word answers "0"."""
    if not word[:1].isupper():
        return None
    table, lengths = _org_heads()
    low = word.lower()
    for n in lengths:
        if n <= len(low):
            hit = table.get(low[-n:])
            if hit is not None and (n == len(low) or n >= 5 or low[-n - 1] == "-"):
                if hit == "c":
                    return "1" if n < len(low) else "0"
                return hit
    return None


@cache
def cues() -> dict[tuple[str, str], str]:
    """(cue word, before|after) -> entity type it announces."""
    return {(r["cue"], r["position"]): r["type"] for r in load_tsv("entity_cues.tsv")}


@cache
def _cue_suffixes() -> tuple[tuple[str, str], ...]:
    return tuple((r["cue"].lower(), r["type"]) for r in load_tsv("entity_cues.tsv")
                 if r["position"] == "before" and r["cue"][:1].isupper() and len(r["cue"]) >= 4)


@cache
def _cue_ends() -> tuple[str, ...]:
    return tuple(c for c, _ in _cue_suffixes())


@lru_cache(maxsize=1 << 14)
def cue_type(word: str, position: str) -> str | None:
    """The entity type a cue word announces; capitalised cue nouns also as compound tails
    ("Distrikthauptstadt" ends with "stadt")."""
    table = cues()
    hit = table.get((word, position)) or table.get((word.lower(), position))
    if hit is None and position == "before" and word[:1].isupper():
        low = word.lower()
        if low.endswith(_cue_ends()):
            hit = next((t for c, t in _cue_suffixes() if low.endswith(c)), None)
    return hit


@cache
def _cctlds() -> dict[str, str]:
    return {r["tld"]: r["iso3"] for r in load_tsv("cctlds.tsv")}


def tld_country(domain: str) -> str | None:
    """The country of a web outlet's country-code domain ("akorda.kz" -> KAZ); None for .com etc."""
    return _cctlds().get(domain.rsplit(".", 1)[-1].lower())


@cache
def iso3_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code (written as a name: "UZB", "TKM")."""
    return frozenset(r["iso3"] for r in load_tsv("countries.tsv"))


@cache
def _by_first_token() -> dict[str, list[tuple[str, dict[str, str] | None]]]:
    """First token -> [(place form or organisation name, organisations.tsv row)] in file order; the
    entries themselves are built on first use (see `gazetteer_entries`)."""
    index: dict[str, list[tuple[str, dict[str, str] | None]]] = {}
    for form in sorted(place_forms()):
        first = _first_token(form)
        if first is not None:
            index.setdefault(first, []).append((form, None))
    for row in load_tsv("organisations.tsv"):
        first = _first_token(row["form"])
        if first is not None:
            index.setdefault(first, []).append((row["form"], row))
    return index


def _first_token(form: str) -> str | None:
    head = form.partition(" ")[0]
    if head.isalpha():
        return head  # the common case, without the tokenizer
    toks = token_texts(form)
    return toks[0] if toks else None


def gazetteer_entries(first: str) -> tuple[tuple[tuple[str, ...], Known], ...]:
    """Every place and known organisation whose name starts with the token `first`, as (tokens,
    entry), longest first; empty when none does."""
    return _entries(first) if first in _by_first_token() else ()


@cache
def _entries(first: str) -> tuple[tuple[tuple[str, ...], Known], ...]:
    entries: list[tuple[tuple[str, ...], Known]] = []
    for form, row in _by_first_token()[first]:
        toks = tuple(token_texts(form))
        if row is not None:
            entries.append((toks, Known("ORG", fold_key(row["name"]), row["country"] or None, row["kind"])))
            continue
        place = lookup_place(form)
        if place is not None:
            key = (place.country if place.kind == "country" else f"{place.country}~historic") \
                if place.kind in ("country", "historic") and place.country else fold_key(form)
            country = place.country if place.kind != "historic" else historic_country(place.country)
            entries.append((toks, Known(place.type, key, country, place.kind)))
    entries.sort(key=lambda e: -len(e[0]))
    return tuple(entries)


_GENITIVE = re.compile(r"(?<=\w\w\w)(?:(?<=ss)es|(?<!ss)es|(?<!s)s)$")
_CASE = re.compile(r"(?<=\w\w\w)(?:en|em|er|e|n)$")


_WORD = re.compile(r"\w+")


def fold_key(name: str) -> str:
    """A key equal for the inflected forms of one name ("Europäischen Union" = "Europäische Union")."""
    return " ".join(map(_fold_word, _WORD.findall(name.lower())))


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return _CASE.sub("", _GENITIVE.sub("", word))


_STRONG_ENDING = {"m": "er", "f": "e", "n": "es", "p": "e"}
_INFLECTED_ADJ = re.compile(r"([A-ZÄÖÜ][\w-]*?)(en|em|es|er|e)$")
_ADJ_STEM = re.compile(r"(?:isch|ig|lich|al|är|ell|iv|ier|an)$")


@cache
def _noun_genders() -> tuple[tuple[str, str], ...]:
    rows = ((r["ending"].lower(), r["gender"]) for r in load_tsv("noun_genders.tsv") if r.get("ending"))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1 << 14)
def noun_gender(noun: str) -> str | None:
    """The gender (m, f, n, p for plural) of a noun by its ending (noun_genders.tsv), or None."""
    low = noun.lower()
    return next((g for end, g in _noun_genders() if low.endswith(end)), None)


@lru_cache(maxsize=1 << 14)
def nominative_name(name: str) -> str:
    """'Adjective(s) + noun' names in the nominative without article ('Indischen Ozean' ->
    'Indischer Ozean', 'Europäischen Parlaments' -> 'Europäisches Parlament'), a genitive noun
    without its -s ('Sicherheitsrats' -> 'Sicherheitsrat'), before any complement ('Hohen Rates für
    Zusammenarbeit' -> 'Hoher Rat für Zusammenarbeit'), or before a place's genitive ('Nationalen
    Sicherheitsrates Kenias' -> 'Nationaler Sicherheitsrat Kenias'); others unchanged. An adjective is one
    by its derivational suffix or as a name_words.tsv adj ('Obersten Rates' -> 'Oberster Rat')."""
    whole = name.split()
    cut = next((k for k, w in enumerate(whole) if k and not w[:1].isupper()), len(whole))
    if cut >= 2 and whole[cut - 1].endswith("s") and lookup_place(whole[cut - 1]) is not None:
        cut -= 1  # 'Sicherheitsrates | Kenias'
    words, rest = whole[:cut], whole[cut:]  # 'Hohen Rates | für strategische Zusammenarbeit'
    head, gender = words[-1], noun_gender(words[-1])
    for stem in (head[:-1], head[:-2]) if gender is None else ():  # 'Parlaments', 'Meeres', 'Emiraten'
        g, suffix = noun_gender(stem), head[len(stem):]
        if g in ("m", "n") and suffix in ("s", "es") or g == "p" and suffix == "n":
            head, gender = stem, g
            break
    if gender is None:
        return name
    out = []
    for w in words[:-1]:
        m = _INFLECTED_ADJ.fullmatch(w)
        if m is None or m.group(2) in ("e", "er") and not _ADJ_STEM.search(m.group(1)) \
                and w not in name_words().adjectives:
            return name
        out.append(m.group(1) + _STRONG_ENDING[gender])
    return " ".join([*out, head, *rest])
