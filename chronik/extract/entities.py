"""Entities: persons, organisations, countries, cities and regions in German news, without a model.

Rules over the language layer's tokens, with all word knowledge in chronik/data/:
- places and known organisations: multi-word gazetteer match (inflected forms included);
- organisations: head nouns ("-ministerium", "Stiftung", "Partei") with a name part before
  (capitalised adjective, name) or a complement after ("für ...", "der Republik X", "von X"),
  acronyms, web outlets ("akorda.kz"), and cue words ("laut X", "berichtet X");
- persons: after a role noun or title ("Präsident", "US-Botschafterin", "Herrn"), a known first
  name, an initial ("A. Merkel"), or a transliterated surname ending ("-ow", "-jewa");
  a capitalised common noun (noun lexicon) is never taken for a name on its own;
- general news: an unknown word opening a sentence before its verb is a person ("Mozart wurde"),
  unless shaped like an adverb, adjective or participle; towns with prefixes and tails ("Bad
  Homburg", "Frankfurt am Main"); towns named like nouns only after a place cue ("in Halle");
  organisation cue nouns ("die Band X", "der Mittelständler X") and heads with a town ("Stadtwerke
  Leipzig"); a town's name after a given name is a surname ("Timo Boll");
- within-document coreference: a surname (or its genitive) joins the full name; a role noun
  with an article ("die Botschafterin", "das kasachische Staatsoberhaupt") adds its role to the
  last compatible person; the person's country comes from the role's adjective, prefix or
  complement ("der kasachische Präsident", "US-Botschafterin", "Präsident der Republik Kasachstan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from chronik.extract.entity_lexicon import (
    Known,
    Role,
    alias_links,
    capitalised_word,
    cue_type,
    fold_key,
    gazetteer_entries,
    iso3_codes,
    landscape_endings,
    name_word_kind,
    name_words,
    nominative_name,
    not_name_shape,
    nouns,
    org_head,
    org_locatives,
    org_seats,
    place_endings,
    role,
    tld_country,
)
from chronik.language.actors import holder_surnames, is_known_name, long_name_starts, lookup_actor
from chronik.language.gazetteer import (
    Place,
    adjective_countries,
    country_code,
    country_forms,
    cued_place,
    lookup_place,
    place_nominative,
)
from chronik.language.resources import load_tsv, load_words
from chronik.language.text import token_texts
from chronik.language.words import (
    ROMAN,
    clause_word,
    clause_words,
    ending_pattern,
    first_names,
    inflection,
    patronymics,
    regnal_given_name,
)
from chronik.model import Analysis, Entity, EntityLayer, Mention, Token

_DEF_ARTICLES = frozenset(inflection("definite_article"))
_ARTICLES = _DEF_ARTICLES | frozenset(inflection("indefinite_article"))
_CONTRACTIONS = frozenset(inflection("article_contraction"))
_SENTENCE_BREAK = re.compile(r"[.!?:;]\s+[A-ZÄÖÜ„\"]")
_ADJ_END = re.compile(ending_pattern("adjective_ending") + "$")
_NOUN_SUFFIX = re.compile(r"\w{4}" + ending_pattern("abstract_suffix") + ending_pattern("abstract_plural")
                          + "?$")  # "Untätigkeit": no name part
_ROLE_REACH = 300  # characters within which a role noun introduces the next newly named person
_OPENERS = frozenset("„“\"«»‚'(–—-:")
_CLAUSE_MARKS = _OPENERS | frozenset(".!?,;)")  # what a clause starts after
_WEB = re.compile(r"(?<![\w.@/])[A-Za-z0-9][\w-]*\.(?:[a-z]{2}|com|org|net|info|news)(?![\w.])")
_DOMAIN_DOT = re.compile(r"\.[a-z]")  # in every _WEB match: a cheap test before the costly search
_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}(?:[-+][A-Z0-9]+)?$")
_ADJ_SHAPE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+" + ending_pattern("adjective_ending") + "$")  # any inflected word
_STRICT_ADJ = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+" + ending_pattern("adjective_suffix") + ending_pattern("adjective_ending")
                         + "$")
_APOSTROPHES = re.compile("['’ʼ´`]")
_LOWER_ADJ = re.compile(ending_pattern("adjective_suffix", "loose_adjective_suffix")
                        + ending_pattern("adjective_ending") + "$")
_CITY_ADJ = re.compile(r"[A-ZÄÖÜ][a-zäöü]+er$")
_COMPLEMENT_STOP = frozenset(inflection("complement_stop"))
_ROLE_LINK = frozenset(inflection("role_link"))
_FOREIGN_LETTERS = re.compile("[āēīōūšžčņļķģėųįřťďňůőűłśźżćńęą]")  # in no German word: Baltic, Slavic, Hungarian
_CLAUSE_OPENERS = frozenset(",“”\"«»")
_QUOTES = frozenset("„“”\"«»")
_QUOTE_PAIRS = {"„": "“”", "«": "»", "»": "«", '"': '"'}  # an opening quotation mark -> the marks that close it
_VERB_PAST = re.compile(r"(?<!i)" + ending_pattern("past_verb_ending") + "$")  # "eröffnete": verbs, not adjectives
_EVENTISH = re.compile(ending_pattern("event_noun_end") + "$", re.IGNORECASE)
_ROLE_ABBR = re.compile(ending_pattern("role_abbreviation") + "$")
_ABSTRACT = re.compile(ending_pattern("abstract_end") + "$", re.IGNORECASE)


@dataclass(slots=True)
class _Span:
    start: int  # token index in sentence
    end: int  # exclusive
    type: str
    key: str
    country: str | None = None
    kind: str = ""
    role: tuple[int, int] | None = None  # char offsets of the role phrase
    role_country: str | None = None
    gender: str = "u"
    nested: list[tuple[int, int, Known]] = field(default_factory=list)
    sub: tuple[int, int] | None = None  # char range inside a single token (parts of "Baku-Tiflis")
    cut: int = 0  # only the first `cut` characters of the token ("ASEM" of "ASEM-Gipfel")
    fallback: bool = False  # role_country is only the role's default ("Bundeskanzler" -> DEU)
    through: int = -1  # char offset of another person's role the role is defined by ("Berater von Präsident X")
    clause: int = -1  # char offset of the subject named in an object role's clause: not the role's referent


@lru_cache(maxsize=1 << 16)
def _can_start(w: str) -> bool:
    """Can a span start at this word? Lower-case words, digits and punctuation cannot (except known
    lower-case names, "tadschikisch-chinesische" and web domains; a dot or dash alone names nothing),
    nor plain common nouns."""
    if not w[0].isupper():
        return bool(gazetteer_entries(w)) or ("-" in w or "." in w) and any(c.isalnum() for c in w)
    return not _plain_noun(w)


@cache
def _direction_prefixes() -> tuple[str, ...]:
    return tuple(sorted(name_word_kind("direction_prefix"), key=len, reverse=True))


@lru_cache(maxsize=1 << 16)
def _known_words(words: tuple[str, ...]) -> bool:
    """Are these words an office holder's full name?"""
    return is_known_name(" ".join(words))


@lru_cache(maxsize=1 << 16)
def _directed_place(w: str) -> Place | None:
    """The known country or region a compass word is fused to ("Nordirak" -> Irak), if any."""
    if "-" in w or w[:1] not in "NSOWZM":
        return None
    for prefix in _direction_prefixes():
        rest = w[len(prefix):]
        if w.startswith(prefix) and len(rest) > 3 and rest[:1].islower():
            place = lookup_place(rest[:1].upper() + rest[1:])
            return place if place is not None and place.kind in ("country", "region") else None
    return None


@lru_cache(maxsize=1 << 16)
def _german_compound(w: str) -> bool:
    """A German compound noun: a common noun of 6+ letters at its end ("Gesprächsrunden"), or one of 4-5
    letters after a noun ("Grenz|gemeinde", "Öl|feld"; not "Gwa|dar", "Vent|spils": foreign names)."""
    lexicon = nouns()
    for k in range(2, len(w) - 3):
        if w[k:].capitalize() in lexicon:
            if len(w) - k >= 6:
                return True
            head = w[:k]
            if any(h in lexicon for h in (head, head + "e", head[:-1], head[:-2]) if len(h) > 1):
                return True
    return False


@lru_cache(maxsize=1 << 12)
def _holder_givens(surname: str) -> tuple[str, ...]:
    """The spelling keys of the given names of the office holder whose surname this is."""
    info = lookup_actor(surname)
    if info is None or info.name.split()[-1] != surname:
        return ()
    return tuple(translit_key(n.split()[0]) for n in (info.name, *info.variants))


def _other_holder(surname: str, full: list[str], names: list[list[str]]) -> bool:
    """Is `surname` alone the office holder's whose full name is among `names` (the document's), while the full
    name `full` of that surname is someone else's ("Khalifa Haftar ... Belkassem Haftar ... Haftar": the
    general)?"""
    if len(full) < 2 or len(full[0]) < 3 or full[0].endswith("."):
        return False
    if surname.endswith("s") and surname[:-1] == full[-1]:
        surname = surname[:-1]  # "Haftars"
    givens = _holder_givens(surname) if surname in holder_surnames() else ()
    if not givens:
        return False

    def holder(given: str) -> bool:
        key = translit_key(given)
        return any(g[:3] == key[:3] or _one_edit(g, key) for g in givens)

    return not holder(full[0]) and any(len(n) > 1 and n[-1] == surname and holder(n[0]) for n in names)


def _subsequence(letters: str, word: str) -> bool:
    """Do `letters` appear in `word` in this order ("hw" in "hilfswerk")?"""
    rest = iter(word)
    return all(c in rest for c in letters)


@lru_cache(maxsize=1 << 16)
def _long_compound(w: str) -> bool:
    """A long word ending with a common noun of 6+ letters ("Delegationsgespräche"): no part of a name."""
    if len(w) < 12 or not w[:1].isupper() or "-" in w:
        return False
    lexicon = nouns()
    return any(w[k:].capitalize() in lexicon for k in range(3, len(w) - 5))


@lru_cache(maxsize=1 << 16)
def _plain_noun(w: str) -> bool:
    """A capitalised common noun that can start no entity: not a role, organisation head, place,
    given name, name adjective or stop word (those need the context checks)."""
    words = name_words()
    return w in nouns() and w not in words.clubs and role(w) is None and org_head(w) is None \
        and not gazetteer_entries(w) and w not in first_names() and w not in words.stop and not _adj_like(w) \
        and "-" not in w and w not in words.place_prefixes and w not in words.site_heads \
        and w not in words.water_heads and _directed_place(w) is None


@lru_cache(maxsize=1 << 14)
def _uninflected_noun(w: str) -> bool:
    """A lexicon noun with no inflected form in the lexicon ("Kachin"): often a name the lexicon lists."""
    lexicon = nouns()
    endings = inflection("noun_ending")
    return w in lexicon and not any(w + e in lexicon for e in (*endings, *inflection("noun_plural_ending"))) \
        and not any(w.endswith(e) and w[:-len(e)] in lexicon for e in endings)


@lru_cache(maxsize=1 << 16)
def _adj_like(w: str) -> bool:
    """A capitalised adjective that can start a name ("Deutsche", "Eurasischer", "Berliner")."""
    if not w[:1].isupper():
        return False
    words = name_words()
    if w in words.adjectives or adjective_countries(w):
        return True
    if _city_adjective(w):
        return True
    if w in words.stop or w in nouns():
        return False
    return bool(_ADJ_SHAPE.match(w))


@lru_cache(maxsize=1 << 16)
def _name_word(w: str) -> bool:
    """A capitalised word that can be part of a person's name whatever its context: no function word,
    role, organisation head or abstract noun."""
    return w[:1].isupper() and w[0].isalpha() and len(w) >= 2 and w not in name_words().stop and role(w) is None \
        and org_head(w) is None and not _NOUN_SUFFIX.search(w)


@lru_cache(maxsize=1 << 16)
def _strict_name_word(w: str) -> bool:
    """A capitalised word that is no common noun, role or function word."""
    return w[:1].isupper() and w[0].isalpha() and w not in nouns() and role(w) is None and w not in name_words().stop


def _short_syllable(w: str) -> bool:
    """A short capitalised syllable of an East Asian name ("Jae", "Mai", "Bing")."""
    return len(w) <= 4 and w[:1].isupper() and w[1:].isalpha() and w[1:].islower()


@lru_cache(maxsize=1 << 16)
def _given_name(w: str) -> bool:
    """A known given name, or hyphenated known given names ("Frank-Walter")."""
    names = first_names()
    return w in names or "-" in w and all(p in names for p in w.split("-"))


def _surname_parts(w: str) -> bool:
    """One word, or a double surname whose parts are capitalised words ("Keller-Sutter", "Müller-Lüdenscheidt")."""
    return w.isalpha() or "-" in w and all(p[:1].isupper() and p.isalpha() and len(p) > 1 for p in w.split("-"))


@lru_cache(maxsize=1 << 14)
def _noun_cue(w: str) -> bool:
    """A capitalised cue noun for an organisation or landscape name after it ("Band", "Schloss"); not one
    hyphenated to a name of its own ("Beagle-Kanal Truppen")."""
    return w[:1].isupper() and cue_type(w, "before") in ("ORG", "LOC") \
        and not ("-" in w and w.rpartition("-")[0][:1].isupper())


@lru_cache(maxsize=1 << 16)
def _abstract(w: str) -> bool:
    """Shaped like an abstract or event noun ("Regierung", "Staatsbesuch") or a genitive."""
    return _ABSTRACT.search(w) is not None


@lru_cache(maxsize=1 << 16)
def _surname_shape(w: str) -> bool:
    """A capitalised word, no common noun or compound of one, with a transliterated surname ending."""
    return w[:1].isupper() and len(w) > 4 and w not in nouns() and w.endswith(name_words().surname_ends) \
        and not _Sentence.noun_compound(w)


def _city_adjective(w: str) -> bool:
    """A town's adjective in -er: "Berliner", "Kölner", "Dresdner" (Dresden), "Bremer" (Bremen)."""
    return bool(_CITY_ADJ.match(w)) and any(lookup_place(stem) for stem in (w[:-2], w[:-3] + "en", w[:-2] + "en"))


class _Sentence:
    """Recognition over one sentence's tokens."""

    def __init__(self, tokens: list[Token]) -> None:
        self.toks = tokens
        self.words = [t.text for t in tokens]
        self.spans: list[_Span] = []
        self.taken = [False] * len(tokens)
        self.heads = list(map(org_head, self.words))  # how each token names an organisation, if it is a head
        self.memo: list[tuple[int, Known] | None | bool] = [False] * len(tokens)  # False: not looked up yet

    # -- token classes -------------------------------------------------------------------------
    def initial(self, i: int) -> bool:
        return i == 0 or self.words[i - 1] in _OPENERS or self.words[i - 1] in ".!?"

    def place_at(self, i: int) -> tuple[int, Known] | None:
        """The longest gazetteer entry (place or known organisation) starting at token i."""
        hit = self.memo[i]
        if hit is not False:
            return hit  # type: ignore[return-value]
        hit = None
        for toks, known in gazetteer_entries(self.words[i]):
            n = len(toks)
            if n == 1 or tuple(self.words[i:i + n]) == toks:
                hit = (n, known)
                break
        self.memo[i] = hit
        return hit

    def name_like(self, i: int) -> bool:
        """Could token i be part of a person's name (capitalised, not a common noun or function word)?"""
        if i >= len(self.words):
            return False
        w = self.words[i]
        if not _name_word(w):
            return False
        if self.place_at(i) is not None:
            # an office holder's given name that is also a known place or body's name ("Duma Boko")
            return i + 1 < len(self.words) and self.words[i + 1][:1].isupper() \
                and is_known_name(f"{w} {self.words[i + 1]}")
        if w in nouns():  # a given name that is also a noun, before a surname ("Hugo von Hofmannsthal")
            if i > 0 and is_known_name(f"{self.words[i - 1]} {w}"):  # an office holder ("Wang Yi")
                return True
            if w not in first_names():
                return False
            nxt = i + 1
            while nxt < len(self.words) and nxt - i <= 2 and self.words[nxt] in name_words().particles:
                nxt += 1
            if nxt > i + 1:  # "Hugo von Hofmannsthal", "Hildegard von Bingen" (a town's name), not "Xi zu Gast"
                return self.name_like_strict(nxt) or self.surname_ok(nxt) and self.words[nxt].endswith(place_endings())
            return self.name_like_strict(nxt) or self.city_surname(nxt) or self.noun_surname(i) \
                or self.particle_surname(nxt)  # "Adel al-Dschubair"
        if "-" in w:
            parts = w.split("-")
            if self.east_asian_given(i) or _given_name(w):  # "Jean-Baptiste": given names that are also nouns
                return True
            particles = name_words().particles  # "Anwar-ul-Haq": a particle between two name parts
            return all(p[:1].isupper() and p not in nouns() or 0 < k < len(parts) - 1 and p in particles
                       for k, p in enumerate(parts) if p)
        return True

    def east_asian_given(self, i: int) -> bool:
        """A Korean-style hyphenated given name after a family name ("Yoon Suk-yeol", "Kim Jong-un")."""
        head, _, tail = self.words[i].partition("-")
        return i > 0 and head[:1].isupper() and head[1:].islower() and tail.isalpha() and tail.islower() \
            and len(head) <= 5 and len(tail) <= 5 and "-" not in tail and self.family_name(i - 1)

    def east_asian_syllable(self, k: int) -> bool:
        """The third syllable of a spaced East Asian name after a family name and a short syllable, spelled
        like a German function or stop word ("Lee Jae In", "Tran Thi Mai")."""
        return self.function_syllable(k) and _short_syllable(self.words[k - 1]) and self.family_name(k - 2)

    def east_asian_middle(self, k: int) -> bool:
        """The middle syllable of a spaced East Asian name, spelled like a German function or stop word, between a
        family name and a short last syllable ("Li Wen Bing")."""
        return 0 < k < len(self.words) - 1 and self.function_syllable(k) and self.family_name(k - 1) \
            and _short_syllable(self.words[k + 1]) and self.first_name(k + 1)

    def function_syllable(self, k: int) -> bool:
        """A short capitalised word spelled like a German function or stop word ("In", "Wen", "Thi"): capitalised
        mid-sentence, so a name syllable, not a function word."""
        w = self.words[k]
        return len(w) <= 3 and w[:1].isupper() and w[1:].islower() and not self.initial(k) \
            and (w.lower() in load_words("function_words_de.txt") or w in name_words().stop)

    def family_name(self, i: int) -> bool:
        """A short capitalised word that can be an East Asian family name ("Kim", "Park", "Yoon")."""
        w = self.words[i]
        return w[:1].isupper() and w.isalpha() and len(w) <= 5 and w.lower() not in _ARTICLES \
            and w not in name_words().stop and self.place_at(i) is None and role(w) is None

    def name_like_strict(self, i: int) -> bool:
        return i < len(self.words) and _strict_name_word(self.words[i]) and self.place_at(i) is None

    def surname_ok(self, i: int, nouns_ok: bool = True) -> bool:
        """After a role noun or initial: a capitalised word that can be a surname, even a common noun
        ("Bundespräsident R. Herzog", "MdB Grund") when `nouns_ok`, but not a place, role or abstract noun."""
        if i >= len(self.words) or self.taken[i]:
            return False
        w = self.words[i]
        if self.name_like(i):
            return True
        return nouns_ok and w[:1].isupper() and _surname_parts(w) and len(w) > 2 and w not in name_words().stop \
            and role(w) is None and self.place_at(i) is None and org_head(w) is None and not _ABSTRACT.search(w) \
            and (i + 1 == len(self.words) or not self.words[i + 1][:1].isupper())

    def first_name(self, i: int) -> bool:
        """A given name, hyphenated ones too ("Frank-Walter"); not a foreign article ("Le Monde")."""
        w = self.words[i] if i < len(self.words) else ""
        return _given_name(w) and w not in name_words().articles \
            and not (w in nouns() and i > 0 and self.words[i - 1].lower() in _ARTICLES) \
            and not (w in name_words().stop and self.initial(i) and w.lower() in load_words("function_words_de.txt"))
        # not "der Vulkan Ätna", nor a preposition opening the sentence ("In Ben Arous")

    def hyphen_given_name(self, i: int) -> bool:
        """An unknown hyphenated given name ("Kassym-Jomart") directly before an unknown surname."""
        parts = self.words[i].split("-")
        return len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() and p not in nouns() for p in parts) \
            and self.place_at(i) is None and i + 1 < len(self.words) and self.name_like_strict(i + 1) \
            and "-" not in self.words[i + 1]

    def appositive(self, i: int) -> int | None:
        """End of a name followed by ", der/die/dem ... <role>" ("Ochirbat, der erste ... Präsident")."""
        n = len(self.words)
        k = i
        while k < n and k - i < 3 and (self.words[k][:1].isupper() and self.words[k].replace("-", "").isalpha()
                                       or k > i and self.particle_surname(k)) \
                and self.words[k] not in name_words().stop and role(self.words[k]) is None \
                and (self.place_at(k) is None or k > i and self.words[k] in first_names()) and not self.taken[k]:
            k += 1  # "Park Min-jun", "Rawya al-Said", "Ana Sofia Mendes": a given name that is also a town
        if k == i or k + 2 >= n or self.words[k] != ",":
            return None
        r = role(self.words[k + 1])
        hit = self.place_at(k + 2)
        if r is not None and not r.honorific and self.words[k + 1][:1].isupper() \
                and (self.words[k + 2] in _ROLE_LINK
                     or hit is not None and self.words[k + 1 + hit[0]].endswith("s")):  # "Botschafter Sri Lankas"
            return k  # "Ayorkor Botchwey, Außenministerin Ghanas, ...", "X, Präsident der Republik ..."
        if self.words[k + 1] not in _DEF_ARTICLES:
            return None
        m = k + 2
        while m < n and m - k < 7 and self.words[m][:1].islower() and self.words[m] not in _COMPLEMENT_STOP:
            m += 1
        while m < n and m - k < 8 and self.adj_like(m) and role(self.words[m]) is None:
            m += 1
        if m < n and self.words[m][:1].isupper() and role(self.words[m]) is not None \
                and not role(self.words[m]).honorific:  # type: ignore[union-attr]
            return k
        return None

    def is_initial(self, i: int) -> bool:
        if i >= len(self.words):
            return False
        w = self.words[i]
        return len(w) == 1 and w.isupper() and i + 1 < len(self.words) and self.words[i + 1] == "."

    def adj_like(self, i: int) -> bool:
        return i < len(self.words) and _adj_like(self.words[i])

    # -- recognisers ---------------------------------------------------------------------------
    def take(self, span: _Span) -> None:
        self.spans.append(span)
        for k in range(span.start, span.end):
            self.taken[k] = True

    def run(self) -> list[_Span]:
        """Every span in the sentence, left to right; only tokens that can start a name are tried."""
        heads, taken = self.heads, self.taken
        n = len(heads)
        stop, openers = name_words().stop, name_word_kind("opener")
        inverted = name_word_kind("inverted_pronoun")
        for k, w in enumerate(self.words):
            if (w in openers or w in stop) and k + 1 < n and self.words[k + 1][:1].islower() and self.initial(k):
                taken[k] = True  # "Knapp zwei Drittel …", "Scharf kritisierte …": an adverb, no name
            elif k + 1 < n and self.words[k + 1] in inverted and self.initial(k):
                taken[k] = True  # "Gibt es …?", "Steht er …?": a verb before its subject pronoun
        i = 0
        for k, w in enumerate(self.words):
            if k >= i and not taken[k] and (_can_start(w) or k + 1 < n and heads[k + 1] == "k"):
                i = self.at(k)
        self.tailed_names()
        if "(" in self.words:
            self.spelled_starts()
        self.joined_regions()
        self.given_before()
        self.stop_word_surnames()
        self.aliased_names()
        self.cued_unknowns()
        self.foreign_names()
        if not _QUOTES.isdisjoint(self.words):
            self.unquote_slogans()
        self.located_pairs()
        if "–" in self.words:
            self.dashed_places()
        if "(" in self.words:
            self.acronym_names()
        return self.spans

    def acronym_names(self) -> None:
        """The name a bracketed acronym stands for, found by its initials ("Tanzania Petroleum Development
        Corporation (TPDC)", "Technisches Hilfswerk (THW)"): the span before the bracket is widened or cut to
        it; an unread name before the bracket becomes an organisation."""
        words, n = self.words, len(self.words)
        for b in range(2, n - 2):
            acronym = words[b + 1]
            if words[b] != "(" or words[b + 2] != ")" or not _ACRONYM.match(acronym) or not acronym.isupper() \
                    or not acronym.isalpha():
                continue
            start = self.initials_start(b - 1, acronym.lower())
            if start is None:
                start = self.governing_noun(b, acronym)
                if start is None:
                    continue
            inner = [sp for sp in self.spans if start <= sp.start < b or sp.start < start < sp.end <= b]
            last = next((sp for sp in inner if sp.end == b), None)
            if last is not None and (last.start == start or last.start < start
                                     and all(_STRICT_ADJ.match(w) or w in name_words().adjectives
                                             for w in words[last.start:start])) \
                    or any(sp.type == "PER" and (sp.role is not None or len(acronym) < 3) for sp in inner):
                continue  # "Deutsche Gesellschaft für ... (GIZ)"; a person's role, or two letters: too little
            etype = last.type if last is not None and last.type in ("LOC", "GPE", "ORG") and len(inner) == 1 \
                else "ORG"
            nested = [(sp.start, sp.end, Known(sp.type, sp.key, sp.country, sp.kind))
                      for sp in inner if sp.type == "GPE" and sp.country or sp.type == "ORG" and sp is not last
                      or sp is last and sp.start > start + 1 and words[sp.start - 1] in clause_words("genitive")]
            for sp in inner:
                self.spans.remove(sp)
            self.take(_Span(start, b, etype, fold_key(" ".join(words[start:b])), kind="acronym",
                            nested=[x for x in nested if etype == "ORG"]))

    def governing_noun(self, b: int, acronym: str) -> int | None:
        """The start of "Noun der Name (ACRONYM)" when the acronym is much longer than the name's initials
        ("Mission der Afrikanischen Union (AMISOM)": the mission, not the union); else None."""
        last = next((sp for sp in self.spans if sp.end == b and sp.type == "ORG"), None)
        if last is None or last.start < 2 or self.words[last.start - 1] not in clause_words("genitive"):
            return None
        head = last.start - 2
        w = self.words[head]
        initials = "".join(x[0] for x in self.words[last.start:b] if x[:1].isupper())
        if not w[:1].isupper() or self.taken[head] or role(w) is not None or w not in nouns() \
                or len(acronym) <= len(initials) + 2 or w[0].lower() not in acronym.lower():
            return None  # the acronym spells the governing noun too: "Mission" in AMISOM, not "Bau" in EACOP
        return head

    def initials_start(self, end: int, letters: str) -> int | None:
        """The first token of the name ending at `end` whose capitalised words' initials (and letters inside a
        compound: "Hilfs|werk") spell `letters` in order; lower-case linking words may stand between them."""
        p, k = len(letters) - 1, end
        while k >= 0 and end - k < 8 and p >= 0:
            w = self.words[k]
            if not w[:1].isupper():
                if k == end or not w.isalpha() or not w.islower():
                    return None
                k -= 1  # "für", "der", "of", "auswärtige"
                continue
            low = w.lower()
            q = p
            while q >= 0 and not (letters[q] == low[0] and _subsequence(letters[q + 1:p + 1], low[1:])):
                q -= 1
            if q < 0 or p - q > 2:
                return None
            p = q - 1
            k -= 1
        return k + 1 if p < 0 and self.words[k + 1][:1].isupper() else None

    def foreign_names(self) -> None:
        """Two or three unknown capitalised words, one of them spelled with letters no German word has
        ("Krišjānis Kariņš", "Radosław Nowak"), are a person's name when a person cue stands with them;
        else they stay unread (a party "Jaunā Vienotība" has the same letters)."""
        words, n = self.words, len(self.words)
        if not _FOREIGN_LETTERS.search("".join(words)):
            return  # no word with such letters: the common case, decided in one scan
        i = 0
        while i + 1 < n:
            k = i
            while k < n and k - i < 3 and self.foreign_part(k):
                k += 1
            if k - i >= 2 and any(_FOREIGN_LETTERS.search(w) for w in words[i:k]) \
                    and (i == 0 or not words[i - 1][:1].isupper()) \
                    and self.person_cue(i, k):
                self.take(_Span(i, k, "PER", "", kind="foreign"))
            i = max(k, i + 1)

    def person_cue(self, i: int, k: int) -> bool:
        """Does a person cue stand with the unknown name words [i, k): a known given name in them, a role
        or title or a verb of saying before them ("Staatssekretär X", "sagte X"), a verb of saying after
        them ("X sagte"), or a person they are listed with ("Jānis Ozols und X")?"""
        words = self.words
        if any(w in first_names() for w in words[i:k]) or k < len(words) and cue_type(words[k], "after") == "PER":
            return True
        if i == 0:
            return False
        before = words[i - 1]
        return role(before) is not None or cue_type(before, "before") == "PER" \
            or before.lower() in clause_words("coordinator") and any(sp.type == "PER" and sp.end == i - 1
                                                                     for sp in self.spans)

    def foreign_part(self, k: int) -> bool:
        """Can word `k` be part of an unknown foreign name: free, capitalised, alphabetic, in lower case after
        its first letter, and no common noun, stop word, role or place?"""
        w = self.words[k]
        return not self.taken[k] and w[:1].isupper() and w.isalpha() and w[1:].islower() and w not in nouns() \
            and w not in name_words().stop and role(w) is None and self.place_at(k) is None

    def unquote_slogans(self) -> None:
        """A short quotation of capitalised words only ("„Free Palestine“", "„Yankee Go Home“") is a slogan
        or title: no person in it. A quotation runs from an opening mark to its own closing mark; the words
        between one quotation's close and the next one's opening are no quotation."""
        words, n = self.words, len(self.words)
        a = 0
        while a < n:
            closers = _QUOTE_PAIRS.get(words[a])
            if closers is None:
                a += 1
                continue
            b = next((k for k in range(a + 1, n) if words[k] in closers), None)
            if b is None:
                return
            if 3 <= b - a < 7 and all(x[:1].isupper() and x.isalpha() for x in words[a + 1:b]):
                self.spans = [sp for sp in self.spans if not (sp.type == "PER" and a < sp.start and sp.end <= b)]
            a = b + 1

    def joined_regions(self) -> None:
        """A region named by two names joined with "und" after a singular region noun ("die Provinz Sistan
        und Belutschistan", "Region Arica und Parinacota"): one place, unless the second is a country or town."""
        words, n = self.words, len(self.words)
        for sp in list(self.spans):
            j = sp.end + 1
            if sp.type != "GPE" or sp.start == 0 or j >= n or words[sp.end] not in name_word_kind("region_link") \
                    or sp.kind in ("country", "capital") or not words[j][:1].isupper() or not words[j].isalpha() \
                    or j + 1 < n and words[j + 1][:1].isupper():
                continue
            cue = words[sp.start - 1]
            if not cue[:1].isupper() or cue_type(cue, "before") != "GPE" or cue.endswith(inflection("plural_ending")) \
                    or cue in name_word_kind("plural_cue"):
                continue  # "die Provinzen A und B" are two
            other = next((o for o in self.spans if o.start == j), None)
            if other is not None and (other.end != j + 1 or other.type != "GPE"
                                      or other.kind in ("country", "capital", "city")):
                continue
            if other is None and (self.taken[j] or words[j] in nouns() or role(words[j]) is not None):
                continue
            if other is not None:
                self.spans.remove(other)
            sp.end, sp.key = j + 1, fold_key(" ".join(words[sp.start:j + 1]))
            sp.country = sp.country or (other.country if other is not None else None)
            self.taken[sp.end - 2] = self.taken[sp.end - 1] = True

    def given_before(self) -> None:
        """An unknown word opening the sentence right before a person's name that starts with a given name
        is a first given name ("Luiz Inácio Lula da Silva sagte"): no noun, function word, role or place."""
        for sp in self.spans:
            k = sp.start - 1
            if sp.type != "PER" or k < 0 or not self.initial(k) or self.taken[k] or not self.first_name(sp.start):
                continue
            w = self.words[k]
            if len(w) > 2 and w.isalpha() and w[:1].isupper() and w[1:].islower() and w not in nouns() \
                    and w not in name_words().stop and w.lower() not in load_words("function_words_de.txt") \
                    and role(w) is None and self.place_at(k) is None and not _STRICT_ADJ.match(w) \
                    and not not_name_shape().fullmatch(w.lower()) and cue_type(w, "before") is None:
                sp.start = k
                self.taken[k] = True

    def stop_word_surnames(self) -> None:
        """A function word capitalised inside a sentence, right after a name word and before a speech verb,
        ends that name ("Thein Sein sagte", "Präsident Thein Sein erklärte")."""
        words, n, stop = self.words, len(self.words), name_words().stop
        for i in range(1, n - 1):
            w, prev = words[i], words[i - 1]
            if w not in stop or self.taken[i] or self.initial(i) or w.lower() in _ARTICLES or not w[1:].islower() \
                    or cue_type(words[i + 1], "after") != "PER" or not prev.isalpha() or not prev[:1].isupper() \
                    or prev in stop or role(prev) is not None:
                continue
            span = next((sp for sp in self.spans if sp.end == i and sp.type == "PER" and sp.sub is None), None)
            if span is not None:
                span.end = i + 1
                self.taken[i] = True
            elif not self.taken[i - 1] and self.place_at(i - 1) is None:
                r = role(words[i - 2]) if i > 1 and words[i - 2][:1].isupper() else None
                if r is not None and not r.honorific and not self.taken[i - 2]:  # "Präsident Thein Sein sagte"
                    self.spans = [sp for sp in self.spans if not (sp.type == "ROLE" and sp.start == i - 2)]
                    self.take(_Span(i - 1, i + 1, "PER", "", role=self.phrase((i - 2, i - 1)),
                                    role_country=self.role_country(i - 2, i - 2) or r.country, gender=r.gender))
                elif self.initial(i - 1) or self.name_like_strict(i - 1):
                    self.take(_Span(i - 1, i + 1, "PER", ""))

    def aliased_names(self) -> None:
        """A second name of a person right after the name, in an alias frame ("Frank Li (Li Wen-hao)",
        "X, auch Le Lion genannt", "X, besser bekannt als Y"): up to four capitalised words, a person too."""
        words, n = self.words, len(self.words)
        for span in [sp for sp in self.spans if sp.type == "PER" and sp.end > sp.start]:
            for before, after in _alias_frames():
                s = span.end + len(before)
                if tuple(words[span.end:s]) != before:
                    continue
                e = s
                while e < n and e - s < 4 and not self.taken[e] and self.alias_word(e):
                    e += 1
                if e == s or not (tuple(words[e:e + len(after)]) == after if after
                                  else e == n or not words[e][:1].isalnum() or words[e].islower()):
                    continue
                if before[-1] == "(" and (e - s < 2 or any(w in nouns() and w not in first_names()
                                                           for w in words[s:e])):
                    continue  # a bracket holds a full name of no common nouns, not "(Grüne)" or "(Vereinte Nationen)"
                self.take(_Span(s, e, "PER", ""))
                break

    def alias_word(self, k: int) -> bool:
        """A word of a person's second name: capitalised (a foreign article too), no function word or role."""
        w = self.words[k]
        return w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and role(w) is None \
            and (w not in name_words().stop or w in name_words().articles)

    def tailed_names(self) -> None:
        """Names ending with an English head word ("MBDA Systems", "Kachin Independence Army", "ECRL Link"):
        up to three capitalised name words, acronyms or places before it, typed by the head."""
        tails, links, n = name_words().tails, name_words().tail_links, len(self.words)
        for t, w in enumerate(self.words):
            if t == 0 or w not in tails or self.taken[t]:
                continue
            e = t + 1  # an English complement: "Fund for Development", "Council of Europe"
            if e + 1 < n and self.words[e] in links and self.tail_word(e + 1):
                e += 2
                while e < n and e - t < 5 and self.tail_word(e):
                    e += 1
            s = t
            while s > 0 and t - s < 3 and self.tail_part(s - 1, e > t + 1):
                s -= 1
            if s == t and e == t + 1:
                continue
            self.spans = [sp for sp in self.spans if not s <= sp.start < e]
            self.take(_Span(s, e, tails[w], fold_key(" ".join(self.words[s:e])), kind="tail"))

    def spelled_starts(self) -> None:
        """An organisation before its bracketed acronym takes the untaken capitalised word before it that
        the acronym spells ("Karen National Union (KNU)": "Karen" is also a given name and a noun)."""
        words = self.words
        for sp in self.spans:
            e, k = sp.end, sp.start - 1
            if sp.type == "ORG" and k >= 0 and e + 2 < len(words) and words[e] == "(" and words[e + 2] == ")" \
                    and not self.taken[k] and words[k][:1].isupper() and words[k].isalpha() \
                    and words[k] not in name_words().stop and words[e + 1] == "".join(w[0] for w in words[k:e]):
                sp.start, sp.key, self.taken[k] = k, fold_key(" ".join(words[k:e])), True

    def tail_word(self, k: int) -> bool:
        """A capitalised word of an English complement, untaken or a one-word place ("for Development")."""
        w = self.words[k]
        return w[:1].isupper() and w.isalpha() and w not in name_words().stop and role(w) is None \
            and (not self.taken[k] or any(sp.start == k and sp.end == k + 1 and sp.type == "GPE" for sp in self.spans))

    def tail_part(self, k: int, english: bool = False) -> bool:
        """Can token k be part of a name an English head word ends: a capitalised name word, an acronym or a
        one-word place, not a function word, role or common noun (unless the name has an `english`
        complement: "Saudi Fund for Development"), nor inside a longer mention?"""
        w = self.words[k]
        if not w[:1].isupper() or not w.replace("-", "").isalnum() or w in name_words().stop \
                or w.lower() in _ARTICLES or role(w) is not None and not (english and role(w).honorific) \
                or _noun_cue(w) \
                or w in nouns() and not w.isupper() and not _uninflected_noun(w) and not english:
            return False
        if not self.taken[k]:
            return True
        span = next((sp for sp in self.spans if sp.start <= k < sp.end), None)
        return span is not None and span.end - span.start == 1 and span.sub is None and not span.cut \
            and span.type in ("ORG", "GPE", "LOC") and span.kind != "tail"

    def at(self, i: int) -> int:
        """Recognise whatever starts at token i; the index to go on from. (Word-only tests guard the
        helpers, each of which would reject the word anyway: most tokens tried here start nothing.)"""
        w = self.words[i]
        entries = gazetteer_entries(w)
        if len(w) == 1 and entries and not (i > 0 and (self.words[i - 1].lower() in load_words("function_words_de.txt")
                                                      or cue_type(self.words[i - 1], "before") == "ORG")):
            entries = ()  # a one-letter name ("X") only after a preposition or a cue ("auf X", "Plattform X")
        given = _given_name(w)
        if len(w) == 1 and self.is_initial(i) and self.surname_ok(i + 2):
            return self.person(i, i, None)
        if "." in w and _WEB.fullmatch(w):
            self.take(_Span(i, i + 1, "ORG", fold_key(w.split(".")[0]), tld_country(w), kind="web"))
            return i + 1
        known = self.gazetteer_org(i) if entries or "-" in w else None
        if known is not None:
            return known
        if w in name_word_kind("org_opener") and self.particle_surname(i + 1):
            end = i + 2  # "Dschaisch al-Adl", "Harakat al-Nudschaba al-Islamija": an armed group, no person
            while end < len(self.words) and end - i < 5 and self.particle_surname(end):
                end += 1
            self.take(_Span(i, end, "ORG", fold_key(" ".join(self.words[i:end]))))
            return end
        if self.heads[i] and i + 1 < len(self.words) and self.words[i + 1] in name_word_kind("acronym_link"):
            defined = self.defined_acronym(i)  # "Bundesministerium für Wirtschaft und Klimaschutz (BMWK)": whole
            if defined is not None:
                return defined
        org = self.organisation(i) if any(self.heads[i:i + 6]) else None
        if org is not None:
            return org
        if "-" in w and w[:1].isupper() and (self.hyphen_parts(i) or self.landscape(i)):
            return i + 1
        if w.isupper() and len(w) > 3 and self.caps_place(i):
            return i + 1
        town = self.prefixed_town(i) if w in name_words().place_prefixes else None
        if town is not None:
            return town
        hit = self.place_at(i) if entries else None
        if hit is not None and self.country_given_name(i, hit):
            self.take(_Span(i, i + 2, "PER", ""))  # "Israel Katz": a given name spelled like a country
            return i + 2
        if hit is not None and not (hit[0] == 1 and w in name_words().stop and not self.place_cued(i)):  # "Oder ..."
            n, known = hit
            if known.type == "GPE" and known.kind in ("city", "capital") and self.team_name(i + n):
                self.take(_Span(i, i + n + 1, "ORG", fold_key(" ".join(self.words[i:i + n + 1])), kind="club"))
                return i + n + 1  # "Dallas Mavericks", "Chicago Bulls"
            end = self.place_org(i, n, known)
            if end is not None:
                return end
            if known.type == "ORG" or not self.compound_follows(i + n):
                end = self.place_tail(i + n) if known.kind in ("city", "capital") else i + n
                self.take(_Span(i, end, known.type, known.key, known.country, known.kind))
                return end
        if not entries and self.directed_place(i):
            return i + 1
        if w in name_words().clubs and i + 1 < len(self.words) and self.words[i + 1][:1].isupper():
            return self.club(i)
        if w.endswith(landscape_endings()) and self.lake(i):
            return i + 1
        defined = self.defined_acronym(i) if _STRICT_ADJ.match(w) or i + 1 < len(self.words) \
            and self.words[i + 1] in name_word_kind("acronym_link") else None
        if defined is not None:
            return defined
        if i > 0 and cue_type(self.words[i - 1], "before") == "ORG" and self.words[i - 1][0].isupper() \
                and not self.initial(i - 1) and (w in name_words().articles or self.name_like(i)
                                                 and not (self.first_name(i) and self.starts_name(i)
                                                          and not self.headed_name(i))
                                                 and not self.noun_compound(w) and not _ABSTRACT.search(w)):
            return self.club(i - 1, named=True)  # "Zeitung Le Monde", "Agentur Kazinform"
        if w in name_words().water_heads and self.water(i):
            return i + 3
        if w in name_words().site_heads:
            end = self.site(i)
            if end is not None:
                return end
        if w in name_words().honorifics or w in name_words().name_prefixes:
            end = self.honorific(i)
            if end is not None:
                return end
        r = role(w) if w[:1].isupper() else None
        if r is not None:
            return self.after_role(i, r)
        if (given and self.first_name(i) or "-" in w and self.hyphen_given_name(i)) and self.starts_name(i):
            return self.person(i, i, None)
        if _surname_shape(w) and self.surname_shaped(i) and not self.initial(i):
            return self.person(i, i, None)
        if i + 1 < len(self.words) and _strict_name_word(w) and _name_word(self.words[i + 1]) \
                and not self.taken[i + 1] and is_known_name(f"{w} {self.words[i + 1]}"):
            return self.person(i, i, None)  # an office holder's full name ("Shehbaz Sharif": given name unknown)
        for k in (4, 3) if w in long_name_starts() and i + 2 < len(self.words) and self.words[i + 1][:1].isupper() \
                else ():
            if i + k <= len(self.words) and not any(self.taken[i:i + k]) \
                    and all(x[:1].isupper() for x in self.words[i:i + k]) \
                    and _known_words(tuple(self.words[i:i + k])):
                self.take(_Span(i, i + k, "PER", ""))  # "von Aung San Suu Kyi": a known name of several words
                return i + k
        if _strict_name_word(w) and self.name_like_strict(i) and "-" not in w \
                and (self.surname_shaped(i + 1) or self.particle_surname(i + 1)
                     or self.actor_surname(i + 1, genitive=False) is not None
                     and self.words[i + 1] not in first_names()  # "Belkassem Haftar", not "Vertraute Machados"
                     and (i == 0 or self.taken[i - 1] or not self.name_like_strict(i - 1))):  # nor "Zaw | Htet Lwin"
            return self.person(i, i, None)  # "Bachtijor Saidow", "Khalil al-Hassan": an unknown given name
        known = self.actor_surname(i) if _strict_name_word(w) else None
        if known is not None and self.name_like_strict(i) and not (i + 1 < len(self.words)
                                                                   and self.name_like_strict(i + 1)) \
                and (i == 0 or self.taken[i - 1] or not self.name_like_strict(i - 1)):  # not "Zaw Htet | Lwin"
            self.take(_Span(i, i + 1, "PER", ""))  # "Er traf Putin in Moskau" (its country: the dictionary's, dated)
            return i + 1
        if _name_word(w) and self.name_like(i) or given and self.first_name(i):
            end = self.appositive(i)
            if end is not None:
                self.take(_Span(i, end, "PER", ""))
                return end
        if len(w) == 3 and w.isupper() and w in iso3_codes():
            self.take(_Span(i, i + 1, "GPE", w, w, "country"))
            return i + 1
        if _ACRONYM.match(w) and w not in nouns() and w not in name_words().stop and len(w) >= 2 \
                and not w.isdigit() and not self.is_initial(i) and not self.compound(w) \
                and not capitalised_word(w) and not self.caps_line(i):
            self.take(_Span(i, i + 1, "ORG", fold_key(w), kind="acronym"))
            return i + 1
        return i + 1

    def caps_line(self, i: int) -> bool:
        """Token i stands among words written in capitals that are no acronyms ("REGIERUNG KÜNDIGT NEUE
        GESPRÄCHE AN", "BÜRO DES PREMIERMINISTERS"): a headline or sign-off, where no unknown acronym is read."""
        for k in (i - 1, i + 1):
            if 0 <= k < len(self.words):
                v = self.words[k]
                if v.isalpha() and v.isupper() and len(v) > 1 and (len(v) > 6 or capitalised_word(v)):
                    return True
        return False

    def place_org(self, i: int, n: int, known: Known) -> int | None:
        """A town's name before an organisation head that needs a name part: one organisation of the
        town's country ("Taipeh Vertretung", "Kigali Stiftung"), its complement included; not an office
        whose complement names the organisation it belongs to ("das Kabul Büro der Vereinten Nationen")."""
        k = i + n
        if known.type != "GPE" or known.kind not in ("city", "capital") or k >= len(self.words) \
                or self.taken[k] or not self.words[k][:1].isupper() or self.heads[k] not in ("0", "c") \
                or i > 0 and cue_type(self.words[i - 1], "before") in ("GPE", "LOC"):
            return None  # not "in Kigali Botschaften eröffnen"
        owner = k + 2 if k + 2 < len(self.words) and self.words[k + 1] in _DEF_ARTICLES else None
        if owner is not None and (hit := self.place_at(owner)) is not None and hit[1].type == "ORG":
            return None  # the town is the office's seat, the organisation after it its owner
        end = self.complement(k + 1, self.heads[k] or "0")
        self.take(_Span(i, end, "ORG", "", known.country, "pattern"))
        return end

    def country_given_name(self, i: int, hit: tuple[int, Known]) -> bool:
        """A country's name that is also a given name, before an unknown capitalised word and with no place
        cue or article before it, opens a person's name ("Israel Katz sagte", not "in Israel Soldaten")."""
        n = len(self.words)
        return hit[0] == 1 and hit[1].kind == "country" and self.words[i] in first_names() \
            and i + 1 < n and (self.name_like_strict(i + 1) or self.short_noun_surname(i + 1)) \
            and "-" not in self.words[i + 1] \
            and self.words[i + 1] not in first_names() and not self.place_cued(i) \
            and not (i > 0 and self.words[i - 1].lower() in load_words("function_words_de.txt"))

    def short_noun_surname(self, i: int) -> bool:
        """A short common noun that is a frequent surname ("Katz", "Stein", "Wolf"), not an inflected or
        plural form, before a lower-case word or punctuation: a surname after a given name."""
        w = self.words[i]
        return len(w) <= 5 and not _ADJ_END.search(w) and self.surname_ok(i) \
            and (i + 1 == len(self.words) or not self.words[i + 1][:1].isalnum() or self.words[i + 1][:1].islower())

    def place_cued(self, i: int) -> bool:
        """A place cue or article right before token i ("an der Oder", "die Seine"): a place whose name is
        also a function word ("Seine Exzellenz", "Oder ...") is one only there."""
        return i > 0 and not self.initial(i) and (self.words[i - 1].lower() in _ARTICLES
                                                  or cue_type(self.words[i - 1], "before") in ("GPE", "LOC"))

    def gazetteer_org(self, i: int) -> int | None:
        """A known organisation (organisations.tsv) starting at i; a known one inside a compound
        ("ASEM-Gipfel") is a mention of its own."""
        hit = self.place_at(i)
        if hit is not None and hit[1].type == "ORG":
            n, known = hit
            if i + n < len(self.words) and org_head(self.words[i + n]) == "k":
                n += 2 if i + n + 1 < len(self.words) and self.words[i + n + 1] == "." else 1  # "Siemens AG"
            self.take(_Span(i, i + n, "ORG", known.key, known.country, known.kind))
            return i + n
        w = self.words[i]
        if "-" in w and hit is None:
            head = w.split("-")[0]
            for toks, known in gazetteer_entries(head):
                if len(toks) == 1 and known.type == "ORG":
                    seat = self.place_at(i + 1) if w[len(head) + 1:] in name_word_kind("seat_head") else None
                    if seat is not None and seat[1].type == "GPE" and seat[1].kind in ("city", "capital"):
                        end = i + 1 + seat[0]  # "ARD-Studio Kairo": one organisation, the town its seat
                        self.take(_Span(i, end, "ORG", fold_key(" ".join(self.words[i:end])), known.country))
                        return end
                    whole = w[len(head) + 1:].lower() in org_seats()  # "Élysée-Palasts": the Élysée itself
                    self.take(_Span(i, i + 1, "ORG", known.key, known.country, known.kind,
                                    cut=0 if whole else len(head)))
                    r = role(w)  # "UN-Sondergesandte ..., Geir Pedersen": the role still names a person
                    return self.after_role(i, r) if r is not None else i + 1
        return None

    def directed_place(self, i: int) -> bool:
        """A compass word fused to a known country or region ("Nordirak", "Ostkongos", "Südpazifik"): one LOC
        of that country."""
        place = _directed_place(self.words[i])
        if place is None:
            return False
        self.take(_Span(i, i + 1, "LOC", fold_key(self.words[i]), place.country if place.type == "GPE" else None,
                        kind="region"))
        return True

    def lake(self, i: int) -> bool:
        """An unknown name compounded with a landscape ending ("am Ohridsee"): one LOC mention; not a common
        compound ("Wirtschaftskorridor", "Bewässerungskanal")."""
        w = self.words[i]
        end = next((e for e in landscape_endings() if w.endswith(e)), None)
        if end is None or len(w) - len(end) < 3 or not w[:1].isupper() or w in nouns() or self.initial(i) \
                or lookup_place(w) is not None or "-" in w:
            return False
        head, lexicon = w[:-len(end)], nouns()
        if len(head) >= 6 and head in lexicon or head.endswith("s") and head[:-1] in lexicon:
            return False  # "Logistik|korridor", "Wirtschaft|s|korridor"; not "Atlas|gebirge"
        self.take(_Span(i, i + 1, "LOC", fold_key(w), kind="landscape"))
        return True

    def defined_acronym(self, i: int) -> int | None:
        """Capitalised adjectives and a noun that a bracketed acronym follows are an organisation
        ("Ostafrikanischen Rohölpipeline (EACOP)"); the acronym joins it (see _Doc.merges)."""
        j, words = i, self.words
        while j + 1 < len(words) and words[j + 1] != "(" and _STRICT_ADJ.match(words[j]):
            j += 1  # the word before the bracket is the noun, whatever its shape ("Klimaschutzinitiative")
        if j == i and i + 2 < len(words) and words[i + 1] in name_word_kind("acronym_link"):
            j = self.linked_name_end(i)  # "Allianz der Sahelstaaten (AES)"
        if j == i or j + 3 >= len(words) or not words[j][:1].isupper() \
                or words[j + 1] != "(" or words[j + 3] != ")" or not _ACRONYM.match(words[j + 2]) \
                or not words[j + 2].isupper():
            return None
        self.take(_Span(i, j + 1, "ORG", fold_key(" ".join(words[i:j + 1])), kind="acronym"))
        return j + 1

    def linked_name_end(self, i: int) -> int:
        """The last word of a noun with a complement right before a bracket ("Allianz der Sahelstaaten (",
        "Gemeinschaft für Entwicklung im Südlichen Afrika ("): capitalised words and links only; i if none."""
        words, n = self.words, len(self.words)
        if not words[i][:1].isupper() or words[i] in name_words().stop or role(words[i]) is not None:
            return i
        k = i + 1
        while k < n and k - i < 9 and words[k] != "(":
            w = words[k]
            if not (w in name_word_kind("acronym_link") or w[:1].isupper() and w.replace("-", "").isalpha()
                    and w not in name_words().stop):
                return i
            k += 1
        return k - 1 if k < n and words[k - 1] not in name_word_kind("acronym_link") else i

    def prefixed_town(self, i: int) -> int | None:
        """A town named with a prefix ("Bad Homburg", "Sankt Augustin", "St. Ingbert") and its tail."""
        k = i + 2 if i + 1 < len(self.words) and self.words[i + 1] == "." else i + 1
        if self.words[i] not in name_words().place_prefixes or k >= len(self.words) or self.taken[k] \
                or not (self.town_word(k) or self.words[k] in first_names()):  # "Santa Rosa", "Sankt Peter"
            return None
        if self.words[i] == "St" and k == i + 1 or i > 0 and self.name_like_strict(i - 1) \
                or self.place_at(i) is not None:
            return None  # not inside a name ("Aung San Suu Kyi"), nor a known place ("San Diego")
        end = self.place_tail(k + 1)
        self.take(_Span(i, end, "GPE", fold_key(" ".join(self.words[i:end])), kind="city"))
        return end

    def town_word(self, k: int) -> bool:
        """A capitalised word that can name a town or river: not a common noun unless a known place."""
        w = self.words[k]
        if self.place_at(k) is not None or cued_place(w) is not None:
            return True  # "an der Oder", "Bad Homburg"
        return w[:1].isupper() and w[0].isalpha() and w not in name_words().stop and role(w) is None \
            and w not in nouns()

    def team_name(self, k: int) -> bool:
        """An unknown plural-looking word right after a town: a team ("Dallas Mavericks"), not a name."""
        if k >= len(self.words):
            return False
        w = self.words[k]
        return len(w) > 3 and w.endswith("s") and w[:1].isupper() and w[1:].islower() and self.name_like_strict(k) \
            and w not in first_names() and not self.surname_shaped(k) and not self.compound_follows(k + 1) \
            and (k + 1 >= len(self.words) or not self.words[k + 1][:1].isupper())

    def city_surname(self, k: int) -> bool:
        """A town's name that can be a surname after a given name ("Timo Boll", "Udo Lindenberg"): one
        token, a town (not a capital, country or region), not glued to a compound, no name after it."""
        hit = self.place_at(k) if k < len(self.words) and not self.taken[k] else None
        return hit is not None and hit[0] == 1 and hit[1].kind == "city" and not self.compound_follows(k + 1) \
            and not (k + 1 < len(self.words) and self.words[k + 1][:1].isupper() and self.words[k + 1].isalpha())

    def country_surname(self, k: int, role_at: int) -> bool:
        """A country's name as the surname after a role (token `role_at`) and a given name, before a verb
        ("Ministerpräsident Pedro Chile empfing"): one token, no genitive, a lower-case word after it that
        is no article or preposition, the role in a main clause's subject place (see subject_place)."""
        hit = self.place_at(k) if k + 1 < len(self.words) and not self.taken[k] and self.subject_place(role_at) \
            else None
        nxt = self.words[k + 1] if hit is not None else ""
        return hit is not None and hit[0] == 1 and hit[1].kind == "country" and not self.words[k].endswith("s") \
            and nxt.isalpha() and nxt.islower() and nxt not in _ARTICLES and nxt not in _COMPLEMENT_STOP \
            and nxt not in name_words().particles and nxt not in name_words().not_adjectives

    def subject_place(self, i: int) -> bool:
        """Does token i open a main clause's subject before its verb: only articles, adjectives, names
        and coordinators ("A und der Premier X") before it in its clause, which no subordinator opens? In
        "Als Papst Franziskus Peru besuchte" and "Am Montag hat König Charles Kenia besucht" the verb
        comes last and the country is its object."""
        j = i
        while j > 0 and self.words[j - 1] not in _CLAUSE_MARKS:
            w = self.words[j - 1]
            if w.islower() and w not in _ARTICLES and not _ADJ_END.search(w) and w not in clause_words("coordinator"):
                return False  # a verb or adverb before the subject: the verb is not the word after the name
            j -= 1
        return j == i or self.words[j].lower() not in clause_words("subordinator")

    def place_tail(self, j: int) -> int:
        """End of a town's distinguishing tail after token j: "am Main", "an der Warthe", "im Breisgau"."""
        for link in name_words().place_links:
            k = j + len(link)
            if tuple(self.words[j:k]) == link and k < len(self.words) and self.town_word(k) \
                    and self.words[k] not in name_word_kind("direction"):  # "Gao im Norden von Mali": no "Norden"
                hit = self.place_at(k)
                return k + (hit[0] if hit is not None else 1)
        return j

    def hyphen_parts(self, i: int) -> bool:
        """A chain of places ("Baku-Tiflis-Kars"): each part a place mention of its own."""
        parts = self.words[i].split("-")
        if len(parts) < 2 or not all(p[:1].isupper() and p.isalpha() for p in parts) or self.place_at(i) is not None:
            return False  # not a place's own hyphenated name ("Neu-Delhi")
        places = [lookup_place(p) for p in parts]
        known = sum(1 for p in places if p is not None)
        if not known or any(p is None and (role(q) or q in nouns() and known < 2) for p, q in zip(places, parts)):
            return False
        if any(p is None for p in places) and not all(p is None or p.type == "GPE" for p in places):
            return False
        offset = 0
        for part, place in zip(parts, places):
            country = place.country if place else None
            key = (place.country if place and place.kind == "country" else None) or fold_key(part)
            self.spans.append(_Span(i, i + 1, place.type if place else "GPE", key, country,
                                    place.kind if place else "cued", sub=(offset, offset + len(part))))
            offset += len(part) + 1
        self.taken[i] = True
        return True

    def landscape(self, i: int) -> bool:
        """A name hyphenated to a landscape noun ("Bialoweza-Urwald"): one LOC mention."""
        first, _, last = self.words[i].rpartition("-")
        etype = cue_type(last, "before") if last[:1].isupper() else None
        if not first or not first[:1].isupper() or etype not in ("LOC", "GPE") \
                or first in nouns() and not (etype == "GPE" and _uninflected_noun(first) and cue_type(first, "before")
                                             is None) \
                or etype == "GPE" and ("-" in first or self.place_at(i) is not None or lookup_place(first)):
            return False
        self.take(_Span(i, i + 1, etype, fold_key(self.words[i]), kind="landscape" if etype == "LOC" else "region"))
        return True

    def caps_place(self, i: int) -> bool:
        """A place written in capitals (a dateline: "ATHEN (dpa)")."""
        place = lookup_place(self.words[i].title())
        if place is None:
            return False
        key = place.country if place.kind == "country" and place.country else fold_key(place.name)
        self.take(_Span(i, i + 1, place.type, key, place.country, place.kind))
        return True

    @staticmethod
    def noun_compound(w: str) -> bool:
        """Does `w` end with a common noun of 4+ letters ("Flugshow" = Flug + Show)?"""
        lexicon = nouns()
        return any(w[k:].capitalize() in lexicon for k in range(2, len(w) - 3))

    @staticmethod
    def compound(w: str) -> bool:
        """A hyphenated compound whose tail is a common noun ("US-Dollar", "C5+1-Gipfel")."""
        return "-" in w and w.rsplit("-", 1)[1] in nouns()

    def club(self, i: int, named: bool = False) -> int:
        """A club or outlet: a prefix ("FC", "Real") or cue noun ("Zeitung") and up to three name
        tokens, places included ("Real Madrid", "FC Bayern München"); with `named`, only the name."""
        n = len(self.words)
        titled = i + 1 < n and self.words[i + 1] in name_words().articles  # "Le Monde": any word may follow
        k = i + 1
        while k < n and k - i <= 3 and self.club_word(k, titled or k == i + 1):
            k += 1
        start = i + 1 if named else i
        if k <= start:
            return i + 1
        k = self.club_number(k)
        self.take(_Span(start, k, "ORG", fold_key(" ".join(self.words[start:k])), kind="club"))
        return k

    def club_number(self, k: int) -> int:
        """A club's year or number after its name ("SV Darmstadt 98", "Hannover 96"), not a date."""
        if k < len(self.words) and self.words[k].isdigit() and len(self.words[k]) <= 4 \
                and not (k + 1 < len(self.words) and self.words[k + 1] == "."):
            return k + 1
        return k

    def headed_name(self, i: int) -> bool:
        """Capitalised name words from token i that an organisation head or English head word ends within
        three tokens ("Karen National Union", "Saudi Fund"): no person's name, even after a given name."""
        tails = name_words().tails
        for k in range(i + 1, min(i + 3, len(self.words))):
            w = self.words[k]
            if not w[:1].isupper():
                return False
            if org_head(w) is not None or w in tails:
                return True
        return False

    def club_word(self, k: int, lenient: bool) -> bool:
        """Can token k continue a club or outlet name (names, places, and nouns when `lenient`)?"""
        w = self.words[k]
        if not w[:1].isupper() or w in name_words().stop:
            return False
        if self.name_like(k) or w in name_words().articles:
            return True
        return (self.place_at(k) is not None or w in nouns()) and (lenient or not _plain_noun(w))

    def subject_name(self, i: int, last: int | None = None) -> bool:
        """An unknown word (or two: `last`) opening the sentence before a verb-like lower-case word
        ("Goethe lebte", "Rishi Sunak kündigte"): not an adverb, adjective, participle or place-shaped
        compound, not a known name part."""
        last = i if last is None else last
        w = self.words[last]
        nxt = self.words[last + 1] if last + 1 < len(self.words) else ""
        if len(w) <= 2 or not w.isalpha() or w.isupper() or not nxt.isalpha() or not nxt.islower():
            return False
        if nxt in _ARTICLES or nxt in name_words().particles or nxt in _COMPLEMENT_STOP \
                or nxt in name_words().english:  # "„Compact with Africa“": an English title
            return False
        if not_name_shape().fullmatch(w.lower()) or _STRICT_ADJ.match(w) or w in name_words().adjectives:
            return False
        return not adjective_countries(w) and not _city_adjective(w) \
            and not w.endswith(place_endings()) and not self.noun_compound(w) and cue_type(w, "before") is None

    def particle_surname(self, i: int) -> bool:
        """A surname hyphenated to a lower-case particle ("al-Hassan", "el-Sisi") or after "bin"/"ibn" and a
        name ("bin Zayed"), ending a person's name."""
        if i + 1 >= len(self.words):
            return False
        head, _, rest = self.words[i].partition("-")
        particles = name_words().particles
        if head in particles and head.islower() and rest[:1].isupper() and rest[1:].isalpha():
            return True
        return head in patronymics() and self.name_like_strict(i + 1)

    def surname_shaped(self, i: int) -> bool:
        """An unknown word with a transliterated surname ending ("Karimow", "Nasarbajewa", "Aliyev")."""
        return i < len(self.words) and _surname_shape(self.words[i]) and self.name_like(i)

    def compound_follows(self, j: int) -> bool:
        """A hyphen glued to the previous token ("Berlin-" of a compound), not a dash ("Hamburg - Bei ...")."""
        return j < len(self.words) and self.words[j] == "-" and self.toks[j].start == self.toks[j - 1].end

    def starts_name(self, i: int) -> bool:
        """A first name followed by a surname-like token, or hyphenated to another first name."""
        j = i + 1
        if j < len(self.words) and self.is_initial(j):
            j += 2
        particles = name_words().particles
        if j < len(self.words) and self.words[j] in particles:  # "Otto von Bismarck"
            while j < len(self.words) and j - i < 4 and self.words[j] in particles:
                j += 1
            return self.surname_ok(j)
        if self.name_like(j) and self.words[j] not in first_names() or self.name_like_strict(j):
            return True
        if j == i + 1 and (self.city_surname(j) or self.middle_name(j) or self.particle_surname(j)):
            return True
        # a surname that is also a common noun, after an unambiguous given name: "Thomas Müller sagte"
        return j == i + 1 and (self.words[i] not in nouns() and self.surname_ok(j) or self.noun_surname(i))

    def noun_surname(self, i: int) -> bool:
        """A gendered given name that is also a noun, then a noun surname before a lower-case word or
        punctuation ("Marie Curie erhielt", "Ernst Jünger schrieb"); not after an article ("im August")."""
        n = len(self.words)
        return first_names().get(self.words[i]) in ("m", "f") and self.first_name(i) and self.surname_ok(i + 1) \
            and (i + 2 >= n or not self.words[i + 2][:1].isupper()) and i + 1 < n and self.words[i + 1].isalpha() \
            and (i == 0 or self.words[i - 1] not in _COMPLEMENT_STOP)

    def person(self, start: int, i: int, info: _Span | None, nouns_ok: bool = False) -> int:
        """A person's name from token i: initials, first names and surname(s)."""
        j = i
        n = len(self.words)
        while j < n and self.is_initial(j):
            j += 2
        k = j
        if (j > i or info is not None) and self.surname_ok(j, j > i or nouns_ok):
            k = j + 1
        elif info is not None and j < n and self.words[j][:1].isupper() and self.words[j].isalpha() \
                and self.place_at(j) is None and role(self.words[j]) is None \
                and (self.name_like_strict(j + 1) or self.family_name(j) and self.first_name(j + 1)):
            k = j + 1  # "Präsident Bola Tinubu": a given name that is also a noun; "Minister Park Jin": a family name
        if k == j and self.first_name(j) and self.middle_name(j + 1):
            k = j + 1  # "Espen Barth Eide": a given name that is also a noun, before a middle name
        particles = name_words().particles
        while k < n and k - j < 5:
            if k > j and _long_compound(self.words[k]) and not is_known_name(" ".join(self.words[j:k + 1])):
                break  # "Premierminister X Delegationsgespräche führten": a compound common noun ends the name
            if self.name_like(k) and self.place_at(k) is None:
                if k >= j + 2 and self.first_name(k) and self.name_like(k + 1) \
                        and self.words[k].partition("-")[0].lower() not in particles \
                        and not is_known_name(" ".join(self.words[j:k + 2])):
                    break  # "Sadyr Schaparow Monika Lenhard": a second name begins, not "Al-Jaber Al-Sabah" or
                    # an office holder's four names ("Aung San Suu Kyi")
                k += 1
                continue
            if k > j and info is not None and self.words[k] in first_names() and not self.taken[k] \
                    and all(self.first_name(x) for x in range(j, k)) and k + 1 < n \
                    and (hit := self.place_at(k)) is not None and hit[0] == 1 and self.name_like_strict(k + 1):
                k += 1  # "Ministerin Ana Sofia Mendes": a given name that is also a town, before the surname
                continue
            if k == j + 2 and self.east_asian_syllable(k):
                k += 1  # "Lee Jae In", "Moon Jae In": a capitalised function word mid-sentence is a syllable
                break
            if k == j + 1 and self.east_asian_middle(k):
                k += 1  # "Li Wen Bing": the middle syllable spelled like a function word
                continue
            if k > j and self.is_initial(k) and self.first_name(k - 1) and k + 2 < n \
                    and (self.name_like(k + 2) or self.surname_ok(k + 2)):
                k += 2  # "Juan M. Ortega", "Harry S. Truman": a middle initial between given name and surname
                continue
            if k > j and self.words[k] in name_word_kind("inner_title") and k + 1 < n \
                    and self.words[k + 1][:1].isupper() \
                    and self.words[k + 1].isalpha() and role(self.words[k + 1]) is None \
                    and self.words[k + 1].lower() not in _ARTICLES and self.place_at(k + 1) is None:
                k += 2  # "Hassan Scheich Mohamud": a title inside the name
                continue
            head, _, rest = self.words[k].partition("-")
            if k > j and rest[:1].isupper() and head in particles:
                k += 1  # "Abdel Fattah al-Sisi"
                continue
            if k > j and self.words[k] in particles:  # "Otto von Bismarck", "Ursula von der Leyen"
                m = k
                while m < n and self.words[m] in particles:
                    m += 1
                article = any(x in _ARTICLES for x in self.words[k:m]) \
                    and self.words[k].lower() in load_words("function_words_de.txt")  # "Joop den Uyl", not
                # "X den Gast"; a foreign particle opens the run ("Pieter van der Berg"): a noun may follow
                epithet = self.words[k:m] == ["der"] and m < n and self.words[m].endswith("e") \
                    and _ADJ_SHAPE.match(self.words[m]) is not None  # "Karl der Große"
                if m < n and m - k <= 2 and (self.name_like_strict(m) or epithet and self.surname_ok(m) if article
                                             else self.surname_ok(m)) \
                        and not (self.words[k] == clause_word("of") and self.first_name(m)
                                 and not self.words[m].endswith(place_endings())) \
                        and not (m + 1 < n and self.words[m] in nouns()
                                 and self.words[m + 1] in name_word_kind("circumposition_end")):  # "von Anfang an"
                    k = m + 1  # not "Mona Lisa von Leonardo": a given name after "von" starts another name
                    continue
            if k > j and (all(self.first_name(x) for x in range(j, k)) or info is not None and k == j + 1
                          and role(self.words[k]) is None) \
                    and (self.surname_ok(k) or self.city_surname(k)
                         or info is not None and k == j + 1 and self.first_name(j) and self.country_surname(k, start)):
                k += 1  # a surname that is also a common noun or a town: "Thomas Müller", "Timo Boll"
                if k < n and self.words[k] in particles:
                    continue  # "Rui Pereira e Costa": a particle and another surname may follow
            elif k > j and self.middle_name(k):
                k += 2  # "Jonas Gahr Støre": a middle name that is also a noun, before the last name
                continue
            break
        if k - j >= 3 and self.genitive_before_noun(k - 1):
            k -= 1  # "wies Ali bin Hamad Ortegas Vorschlag zurück": the last part is another name's genitive
        if k == j:
            return max(i + 1, start + 1)
        if k < n and ROMAN.fullmatch(self.words[k]):
            k += 1
        if k < n and self.words[k] == "." and (ROMAN.fullmatch(self.words[k - 1])
                                              or self.words[k - 1] in name_words().suffixes):
            k += 1  # "Rudolf II.", "Ludwig XIV.", "Martin Luther King Jr."
            if k < n and regnal_given_name(self.words[k - 2], self.words[k]):
                k += 1  # "Carl XVI. Gustaf": a given name after the regnal number
        span = info or _Span(i, k, "PER", "")
        span.start, span.end, span.type = i, k, "PER"
        self.take(span)
        return k

    def genitive_before_noun(self, k: int) -> bool:
        """A name part in -s directly before a capitalised common noun without an article: a genitive that
        determines the noun ("Ortegas Vorschlag"), no part of the name before it."""
        w = self.words[k]
        nxt = self.words[k + 1] if k + 1 < len(self.words) else ""
        return w.endswith(inflection("genitive_ending")) and nxt[:1].isupper() and nxt in nouns() \
            and role(nxt) is None and org_head(nxt) is None and nxt not in first_names() \
            and self.place_at(k + 1) is None

    def site(self, i: int) -> int | None:
        """A site named after its noun, which stays in the name: "Flughafen Tribhuvan", "Palast Istana Negara",
        "Flughafen Kuala Lumpur" (up to three capitalised name or place words, "de"-particles between)."""
        words, n = self.words, len(self.words)
        k = i + 1
        while k < n and k - i <= 4 and not self.taken[k] and words[k][:1].isupper() \
                and words[k].replace("-", "").isalpha() and words[k] not in name_words().stop \
                and role(words[k]) is None and org_head(words[k]) is None and not _abstract(words[k]) \
                and (words[k] not in nouns() or self.place_at(k) is not None):
            k += 1
            if k + 1 < n and words[k] in name_words().particles and words[k + 1][:1].isupper():
                k += 1  # "Palacio de López"
        while k > i + 1 and words[k - 1] in name_words().particles:
            k -= 1
        if k == i + 1:
            return None
        self.take(_Span(i, k, "LOC", fold_key(" ".join(words[i:k])), self.site_country(i + 1, k), kind="site"))
        return k

    def water(self, i: int) -> bool:
        """A sea area named by its noun, 'von' and a place ("Golf von Guinea", "Bucht von Kotor"): one LOC."""
        words = self.words
        if i + 2 >= len(words) or words[i + 1] not in name_word_kind("water_link") or self.taken[i + 2] \
                or not words[i + 2][:1].isupper() \
                or not words[i + 2].replace("-", "").isalpha() or words[i + 2] in name_words().stop:
            return False
        self.take(_Span(i, i + 3, "LOC", fold_key(" ".join(words[i:i + 3])), kind="landscape"))
        return True

    def site_country(self, s: int, e: int) -> str | None:
        """A site's country: that of a place in its name ("Flughafen Kuala Lumpur") or of the town right
        after it ("Flughafen Tribhuvan in Kathmandu")."""
        for k in (*range(s, e), e + 1 if e + 1 < len(self.words) and self.words[e] == clause_word("in") else -1):
            hit = self.place_at(k) if k >= 0 else None
            if hit is not None and hit[1].type == "GPE" and hit[1].country:
                return hit[1].country
        return None

    def honorific(self, i: int) -> int | None:
        """A person named after address titles ("U Kyaw Tint", "Datuk Seri Anwar Ibrahim"); a name prefix
        ("Tengku Zafrul Aziz") stays part of the name. Any capitalised word after the titles is a name part."""
        words, n = self.words, len(self.words)
        k = i
        while k < n and words[k] in name_words().honorifics:
            k += 1
        start = k
        while k < n and words[k] in name_words().name_prefixes:
            k += 1
        if not self.honorific_start(k):
            return None
        end = self.honorific_end(k)
        if end < n and words[end] in name_words().particles and end + 1 < n and self.name_like(end + 1):
            return self.person(start, start, _Span(start, start, "PER", ""), True)  # "... bin Hamad"
        self.take(_Span(start, end, "PER", ""))
        return end

    def honorific_start(self, k: int) -> bool:
        """Can token k begin a name after address titles: a capitalised word, no stop word, role or place?"""
        w = self.words[k] if k < len(self.words) else ""
        return bool(w) and not self.taken[k] and w[:1].isupper() and w.replace("-", "").isalpha() \
            and w not in name_words().stop and role(w) is None and self.place_at(k) is None

    def honorific_end(self, k: int) -> int:
        """End of a name after address titles that begins at token k: up to three more capitalised words; a
        function word capitalised inside the sentence ends it as a name part ("U Thein Sein empfing")."""
        words, n = self.words, len(self.words)
        end = k + 1
        while end < n and end - k < 4 and not self.taken[end] and words[end][:1].isupper() \
                and words[end].replace("-", "").isalpha() and role(words[end]) is None \
                and self.place_at(end) is None and org_head(words[end]) is None:
            if words[end] in name_words().stop and (words[end].lower() in _ARTICLES or end + 1 < n
                                                     and words[end + 1][:1].isupper()):
                break
            end += 1
        return end

    def three_names(self, i: int) -> bool:
        """Three unknown name words opening the sentence before its verb ("Kyaw Zaw Lwin sei ...")."""
        return all(len(w) > 2 and w.isalpha() and w not in name_words().place_prefixes and not _STRICT_ADJ.match(w)
                   and not not_name_shape().fullmatch(w.lower()) for w in self.words[i:i + 3]) \
            and self.subject_name(i, i + 2)

    def name_before(self, i: int) -> int:
        """Start of a person's name that ends at token i: up to two unknown name words before it, and a
        capitalised word opening the sentence before those ("Thein Maung Oo sagte")."""
        s = i
        while s > 0 and i - s < 2 and not self.taken[s - 1] and self.name_like_strict(s - 1) \
                and not self.first_name(s - 1) and self.words[s - 1].isalpha() and len(self.words[s - 1]) > 1:
            s -= 1
        if s < i and s > 0 and self.initial(s - 1) and not self.taken[s - 1] and self.words[s - 1].isalpha() \
                and self.words[s - 1][:1].isupper() and self.words[s - 1] not in name_words().stop \
                and role(self.words[s - 1]) is None and not _abstract(self.words[s - 1]) \
                and self.place_at(s - 1) is None:
            s -= 1
        return s

    def middle_name(self, k: int) -> bool:
        """Token k is a middle name that is also a common noun or a town ("Gahr", "Barth"): a plain
        capitalised word followed by a word that is no common noun and ends the name."""
        n = len(self.words)
        if k + 1 >= n:
            return False
        w = self.words[k]
        return w[:1].isupper() and w.isalpha() and len(w) > 2 and w not in name_words().stop \
            and w not in name_words().place_prefixes \
            and role(w) is None and org_head(w) is None and not _ABSTRACT.search(w) and not self.taken[k] \
            and (self.place_at(k) is None or self.city_surname(k) or self.place_at(k)[1].kind == "city") \
            and self.name_like_strict(k + 1) and "-" not in self.words[k + 1] \
            and (k + 2 >= n or not self.words[k + 2][:1].isupper())

    def after_role(self, i: int, r: Role) -> int:
        """A role noun: the person named after it (with the role phrase), or a role-noun reference."""
        start = i
        while start > 0 and (self.words[start - 1][:1].islower() and self.words[start - 1] not in _ARTICLES
                             and _ADJ_END.search(self.words[start - 1])
                             and self.words[start - 1] not in name_words().not_adjectives
                             and not _VERB_PAST.search(self.words[start - 1])
                             and not self.clause_verb(start - 1)
                             or self.adj_like(start - 1) and not self.initial(start - 1)
                             or adjective_countries(self.words[start - 1])):
            if self.taken[start - 1]:
                break
            start -= 1
        while start < i and self.bare_inflected(start):
            start += 1  # "Die Truppen unterstehen Verteidigungsminister X": a verb, no adjective of the role
        n = len(self.words)
        role_country = self.role_country(start, i)
        through = -1
        j = i + 1
        # complement: "der Republik Kasachstan", "des Bundestages", "von Usbekistan", "in Kasachstan"
        while j < n and self.words[j] in _ROLE_LINK:
            k = j + 1
            while k < n and self.words[k] in _ARTICLES:
                k += 1
            adj_country = None
            while k < n and self.words[k][:1].islower() and (adjective_countries(self.words[k])
                                                            or _LOWER_ADJ.search(self.words[k])):
                adj_country = adj_country or next(iter(adjective_countries(self.words[k])), None)
                k += 1  # "Sprecher des kasachischen Außenministeriums"
            if k >= n or self.taken[k]:
                break
            if adj_country and role_country is None and self.words[j] != clause_word("in"):
                role_country = adj_country
            other = role(self.words[k]) if self.words[j] in name_word_kind("aide_link") \
                and self.words[k][:1].isupper() else None
            if other is not None and not other.honorific and role_country is None:
                through = self.toks[k].start  # "Berater von Präsident X": X's country
                break
            hit = self.place_at(k)
            end = self.place_org(k, hit[0], hit[1]) if hit is not None else None
            if end is not None:  # "Sprecherin der Taipeh Vertretung"
                role_country = role_country or (self.spans[-1].country if self.words[j] != clause_word("in") else None)
                j = end
                continue
            if hit is not None:
                known = hit[1]
                self.take(_Span(k, k + hit[0], known.type, known.key, known.country, known.kind))
                if known.country and role_country is None and self.words[j] != clause_word("in"):
                    role_country = known.country
                j = k + hit[0]
                continue
            end = self.organisation(k)
            if end is None and self.local_town(i, j, k):  # "der Bürgermeister von Kukës": the town he governs
                self.take(_Span(k, k + 1, "GPE", fold_key(self.words[k]), self.town_country(-1, k + 1), kind="city"))
                j = k + 1
                continue
            if end is None:
                if self.words[k][:1].isupper() and self.words[k] in nouns() and not self.taken[k] and k == j + 2 \
                        and role(self.words[k]) is None:
                    j = k + 1  # "US-Botschafterin in der Republik", "Präsident der Republik"
                    continue
                if self.words[j] in clause_words("genitive") and self.noun_apposition(k):
                    j = k + 1  # "Der Sprecher des Hafens, Tesfaye Gebremariam, ..."
                break
            if role_country is None:
                role_country = self.spans[-1].country
            j = end
        if j < n and not self.taken[j]:
            hit = self.place_at(j)
            if hit is not None and self.words[j + hit[0] - 1].endswith("s") and hit[1].type == "GPE":
                known = hit[1]
                self.take(_Span(j, j + hit[0], known.type, known.key, known.country, known.kind))
                role_country = role_country or known.country
                j += hit[0]
        text_end = j
        if role_country is None:
            role_country = self.governing_country(start)
        fallback = role_country is None and bool(r.country)
        if fallback:
            role_country = r.country
        phrase = (start, text_end)
        k = j
        if k < n and self.words[k] == ",":
            k += 1
        while k < n and self.words[k][:1].isupper() and (role(self.words[k]) or _ROLE_ABBR.match(self.words[k])
                                                          or self.words[k] in name_words().honorifics) \
                and not self.taken[k]:
            k += 2 if k + 1 < n and self.words[k + 1] == "." else 1  # "Präsident ... Herrn Dr. Lammert"
        # a common noun after a role is a surname only where the role is a bare title ("MdB Grund"),
        # not in "der kasachische Präsident Wert darauf legt"
        title = start == i and (i == 0 or self.words[i - 1] not in _ARTICLES)
        head, _, rest = self.words[k].partition("-") if k < n else ("", "", "")
        if head in name_words().particles and head.islower() and rest[:1].isupper() and rest[1:].isalpha() \
                and not r.honorific and (k + 1 >= n or not self.name_like_strict(k + 1)):
            self.take(_Span(k, k + 1, "PER", "", role=self.phrase(phrase), role_country=role_country,
                            gender=r.gender, fallback=fallback))  # "Präsident al-Sisi": a surname with its article
            return k + 1
        if k > j and self.words[k - 1] in name_words().honorifics and self.honorific_start(k):
            end = self.honorific_end(k)  # "Präsident U Thein Sein": the name after the address title
            self.take(_Span(k, end, "PER", "", role=self.phrase(phrase), role_country=role_country, gender=r.gender,
                            fallback=fallback))
            return end
        if r.honorific or self.is_initial(k) or self.surname_ok(k, title) and not self.initial(k) or \
                self.name_like(k) and (self.name_like(k + 1) or self.particle_surname(k + 1)) \
                or k < n and self.words[k][:1].isupper() \
                and self.words[k] not in name_words().stop \
                and (self.name_like_strict(k + 1) or self.family_name(k) and self.first_name(k + 1)):
            info = _Span(k, k, "PER", "", role=None if r.honorific else self.phrase(phrase),
                         role_country=role_country, gender=r.gender, fallback=fallback)
            end = self.person(i, k, info, title or r.honorific)
            if role_country is None and not r.honorific and info.type == "PER":
                info.role_country = self.country_after_name(end)
            return end
        # a role noun reference ("die Botschafterin", "das kasachische Staatsoberhaupt")
        appositive = start > 1 and self.words[start - 1] == "," and self.taken[start - 2] \
            and any(sp.type == "PER" and sp.end == start - 1 for sp in self.spans)
        # "die Beglaubigungsschreiben der Botschafter": "der" + masculine role after a noun is a genitive plural
        plural = start > 1 and self.words[start - 1] == "der" and r.gender == "m" \
            and self.words[start - 2][:1].isupper() and self.words[start - 2].isalpha() and not self.initial(start - 2)
        genitive = start == i and role_country is not None and start > 0 and self.taken[start - 1] \
            and self.words[start - 1].endswith("s")  # "Perus Außenminister reiste ..."
        if appositive or (genitive or start > 0 and self.words[start - 1].lower() in _DEF_ARTICLES) \
                and not r.honorific and not plural:
            opening = start == 1 and (genitive or self.words[0] in ("Der", "Die"))  # the sentence's subject
            clause = -1 if appositive or opening else self.object_clause(start)
            self.spans.append(_Span(i, i, "ROLE", "", role=self.phrase(phrase), role_country=role_country,
                                    gender=r.gender, kind="appositive" if appositive else "subject" if opening else "",
                                    fallback=fallback, through=through, clause=clause))
        return i + 1

    def noun_apposition(self, k: int) -> bool:
        """Is token k a common noun in the genitive (after "des"/"der") closing a role's complement that a
        name follows in apposition ("Sprecher der Rebellen, Tesfaye Gebremariam,")?"""
        w, n = self.words[k], len(self.words)
        return k + 3 < n and w[:1].isupper() and w in nouns() and not self.taken[k] and role(w) is None \
            and self.words[k + 1] == "," and self.words[k + 2][:1].isupper() and self.words[k + 2] not in nouns() \
            and self.words[k + 2] not in name_words().stop and self.name_like(k + 3)

    def local_town(self, i: int, j: int, k: int) -> bool:
        """Is token k, right after "von" after a local office ("Bürgermeister", "Gouverneur"), an unknown
        one-word town: a name-shaped word, no noun, role, organisation or person's name, not before another
        capitalised word?"""
        w = self.words[k]
        return k == j + 1 and self.words[j] == clause_word("of") \
            and self.words[i].lower().endswith(tuple(name_word_kind("local_office"))) \
            and w[:1].isupper() and w[1:].isalpha() and w[1:].islower() and w not in nouns() \
            and w not in name_words().stop and w not in first_names() and role(w) is None and org_head(w) is None \
            and not (k + 1 < len(self.words) and self.words[k + 1][:1].isupper())

    def bare_inflected(self, k: int) -> bool:
        """A lower-case word before a role noun that has only an inflection ending (no adjective suffix, no
        country) and no determiner, contraction, number or genitive name before it: a verb ("unterstehen",
        "kritisierte"), not an attribute ("der neue Minister", "Chiles designierte Präsidentin")."""
        w = self.words[k]
        if not w[:1].islower() or adjective_countries(w) or _LOWER_ADJ.search(w):
            return False
        if k == 0:
            return True
        prev = self.words[k - 1]
        low = prev.lower()
        return not (low in _ARTICLES or low in name_word_kind("determiner") or low in _CONTRACTIONS
                    or prev[:1].isdigit() or prev[:1].isupper() and prev.endswith("s")
                    and (k == 1 or not self.words[k - 2][:1].isupper())  # not "Die Partei Chiles kritisierte …"
                    or prev[:1].islower() and _ADJ_END.search(prev) and not self.bare_inflected(k - 1))

    def object_clause(self, start: int) -> int:
        """For a role phrase that is a verb's object ("X traf am Montag den georgischen Präsidenten", "sprach mit
        der Ministerin") after a person named in its clause: the char offset of the first one, the clause's
        subject, whom the role does not describe; else -1."""
        article = self.words[start - 1]
        if article not in name_word_kind("object_article") and not (
                article in name_word_kind("object_prep_article") and start > 1
                and self.words[start - 2] in name_word_kind("object_prep")):
            return -1
        c = start - 1
        while c > 0 and self.words[c - 1] not in _CLAUSE_MARKS:
            c -= 1
        subject = min((sp.start for sp in self.spans if sp.type == "PER" and c <= sp.start and sp.end < start),
                      default=None)
        return self.toks[subject].start if subject is not None else -1

    def country_after_name(self, end: int) -> str | None:
        """The country in "von <Land>" right after a role's person ("Präsident Luis Arce von Bolivien sagte"),
        where a comma, "und" or a past verb follows it: no passive agent ("weil Präsident X von Frankreich
        unterstützt wird") and no starting point ("von Frankreich aus")."""
        n = len(self.words)
        at = end + 2 if end + 2 < n and self.words[end + 1] in _ARTICLES else end + 1  # "von den Niederlanden"
        if at >= n or self.words[end] != clause_word("of") or self.taken[at]:
            return None
        hit = self.place_at(at)
        if hit is None or hit[1].type != "GPE" or not hit[1].country or hit[1].key != hit[1].country:
            return None
        nxt = self.words[at + hit[0]] if at + hit[0] < n else "."
        verb = nxt.endswith(inflection("past_ending")) and not nxt.startswith("ge")
        return hit[1].country if nxt in _CLAUSE_MARKS or nxt == clause_word("and") or verb else None

    def governing_country(self, start: int) -> str | None:
        """The country of the institution a role phrase belongs to: "der chilenischen Regierung von
        Präsident X", "Chiles Regierung unter Präsident X", "die Regierung Chiles unter Präsident X"."""
        if start < 2 or self.words[start - 1] not in (clause_word("of"), clause_word("under")):
            return None
        h = start - 2
        after = self.place_at(h) if self.words[h].endswith("s") else None
        if after is not None and after[1].type == "GPE" and after[0] == 1 and h > 0 and org_head(self.words[h - 1]):
            return after[1].country  # "Regierung Chiles unter ..."
        if org_head(self.words[h]) is None or h == 0:
            return None
        before = self.words[h - 1]
        codes = adjective_countries(before)
        if codes:
            return codes[0]
        hit = self.place_at(h - 1) if before.endswith("s") else None
        return hit[1].country if hit is not None and hit[1].type == "GPE" and hit[0] == 1 else None

    def clause_verb(self, k: int) -> bool:
        """A lower-case past form in -te(n) in a clause's verb slot, no adjective of the role after it: after a
        quotation or comma ("…“, sagte Außenminister X") or after the last word of a fronted phrase ("In Bern
        sagte Bundespräsidentin X", "Am Montag teilte Ministerin Y mit"); not after a determiner ("die designierte
        Präsidentin") nor after a name's genitive ("Chiles designierte Präsidentin")."""
        w = self.words[k]
        if not w.endswith(inflection("past_ending")) or k == 0:
            return False
        prev = self.words[k - 1]
        if prev in _CLAUSE_OPENERS:
            return True
        if not prev[:1].isupper() or prev.lower() in _ARTICLES or prev.lower() in name_word_kind("determiner"):
            return False
        # a name's genitive before the role ("Chiles", "Borics"), not a common noun in -s ending a fronted
        # phrase ("Am Rande des Gipfels sagte …", "Im Kongress erklärte …")
        genitive = prev.endswith("s") and (place_nominative(prev) != prev or lookup_place(prev) is None
                                           and prev not in name_words().stop and prev not in nouns()
                                           and self.words[k - 2].lower() not in _ARTICLES)
        return not genitive

    def phrase(self, span: tuple[int, int]) -> tuple[int, int]:
        """Character offsets of a role phrase given as a token range."""
        s, e = span
        return self.toks[s].start, self.toks[e - 1].end

    def role_country(self, start: int, i: int) -> str | None:
        for k in range(start, i + 1):
            codes = adjective_countries(self.words[k])
            if codes:
                return codes[0]
        if start > 0 and self.words[start - 1].endswith("s"):
            for back in range(1, min(start, 3) + 1):  # "Perus Außenminister", "Costa Ricas Außenminister"
                hit = self.place_at(start - back)
                if hit is not None and hit[0] == back and hit[1].type == "GPE":
                    return hit[1].country
        return None

    def organisation(self, i: int) -> int | None:
        """An organisation name starting at token i (adjectives/names + head noun + complement)."""
        if not any(self.heads[i:i + 6]):
            return None  # the head is at most five tokens on
        n = len(self.words)
        j = i
        if self.words[i][:1].islower() and len(adjective_countries(self.words[i])) > 1:
            j += 1  # "tadschikisch-chinesische Regierungskommission"
        while j < n and j - i < 4 and (self.adj_like(j) or self.name_like_strict(j) and j + 1 < n
                                       and self.words[j + 1][:1].isupper()):
            if org_head(self.words[j]) is not None:
                break
            j += 1
        if j > i and j + 2 < n and self.words[j].endswith("-") and self.words[j + 1] in clause_words("coordinator") \
                and org_head(self.words[j + 2]) is not None:
            j += 2  # "Deutsch-Kenianische Industrie- und Handelskammer"
        if j >= n:
            return None
        for k in range(j + 1, min(j + 4, n) if org_head(self.words[j]) else j):  # "Interagency ... Commission"
            if not self.name_like_strict(k):
                break
            if k + 1 < n and org_head(self.words[k + 1]) is not None:
                j = k + 1
                break
        kind = org_head(self.words[j])
        if kind is None and j + 1 < n and self.words[j][:1].isupper() and org_head(self.words[j + 1]) == "k" \
                and self.words[j] not in name_words().stop:
            j, kind = j + 1, "k"  # "Mars Inc."
        if kind is None or kind == "k" and j == i:
            return None
        if j > i and self.initial(i) and not self.adj_like(i):
            return None
        if j > i and i > 0 and self.words[i - 1].lower() in _ARTICLES - _DEF_ARTICLES and self.adj_like(i):
            return None  # "gründeten einen Obersten Rat": an indefinite article, no name
        end = j + 1
        if end < n and self.words[end] == "." and kind == "k":
            end += 1
        end2 = self.complement(end, kind, j > i)
        head = self.words[j]
        first = head.split("-")[0]
        named = j > i or end2 > end or "-" in head and first[:1].isupper() and not adjective_countries(first + "-") \
            and first not in iso3_codes() and role(first) is None and self.words[j][:1].isupper()
        if kind == "0" and not named:
            return None
        if self.initial(i) and end2 == end and j == i + 1 and head in nouns() and kind == "0":
            return None  # "Deutsche Unternehmen investieren ...": capitalised only as the first word
        nested: list[tuple[int, int, Known]] = []
        for k in range(end, end2):
            hit = self.place_at(k)
            if hit is not None and hit[1].type == "GPE":
                nested.append((k, k + hit[0], hit[1]))
        country = next((kn.country for _, _, kn in nested if kn.country), None)
        if country is None and i > 0 and self.words[i - 1][:1].islower():
            country = next(iter(adjective_countries(self.words[i - 1])), None)  # "das chinesische Außenministerium"
        if country is None and end2 + 1 < n and self.words[end2] in (clause_word("in"), clause_word("from")):
            hit = self.place_at(end2 + 1)  # "das Außenministerium in Peking"
            country = hit[1].country if hit is not None and hit[1].type == "GPE" else None
        if country is None and end2 < n:  # "das Außenministerium Perus", "der Sicherheitsrat der Ukraine"
            k = end2 + (self.words[end2] in clause_words("genitive"))
            hit = self.place_at(k) if k < n else None
            if hit is not None and hit[1].type == "GPE" and (k > end2 or self.words[k].endswith(
                    inflection("genitive_ending")) and not self.genitive_before_noun(k)):
                country = hit[1].country
        if country is None:
            for k in range(i, j + 1):
                codes = adjective_countries(self.words[k])
                if codes:
                    country = codes[0]
                    break
        if kind == "s" and not named and country is None:
            return None  # "das Parlament" of no stated country
        if self.words[i] in name_words().clubs or head in name_words().clubs:
            end2 = self.club_number(end2)  # "SV Darmstadt 98", "Hamburger SV"
        key = f"{fold_key(head)}@{country}" if country and not named and end2 == end else ""
        self.take(_Span(i, end2, "ORG", key, country, "pattern", nested=nested))  # one per country: "Parlament"
        return end2

    def complement(self, j: int, kind: str, named: bool = True) -> int:
        """End of an organisation's complement: "für Handel und ...", "der Republik X", "von X",
        "Chinas"; a plain noun ("Verband der Bierbrauer") only for heads that need a name part."""
        n = len(self.words)
        if j >= n:
            return j
        w = self.words[j]
        hit = self.place_at(j)
        if hit is not None and w.endswith("s") and hit[1].type == "GPE" and hit[0] == 1 and named:
            return j + 1  # "Kommunistische Partei Chinas", not "Armee Ruandas"
        if hit is not None and hit[1].type == "GPE" and kind == "0" and hit[1].kind in ("capital", "city"):
            return j + hit[0]  # "Universität Wien", "Technische Universität München"
        if hit is None and kind == "0" and cued_place(w) is not None \
                and (j + 1 >= n or not self.words[j + 1][:1].isupper()):
            return j + 1  # "Universität Konstanz", "Sparkasse Essen"
        if w == clause_word("of"):
            hit = self.place_at(j + 1) if j + 1 < n else None
            return j + 1 + hit[0] if hit else j
        if w in clause_words("genitive"):
            k = j + 1
            while k < n and (self.adj_like(k) or self.words[k][:1].islower()
                             and self.words[k].endswith(inflection("weak_ending"))
                             and self.words[k] not in _ARTICLES):
                k += 1
            if k >= n or self.words[k] in name_words().stop or not self.words[k][:1].isupper() or role(self.words[k]):
                return j
            hit = self.place_at(k)
            if hit is None and k > j + 1 and org_head(self.words[k]) is not None:
                return j  # "Zentrum für X der Universität Y": the university is an organisation of its own
            if hit is not None or k > j + 1 and self.adj_like(k - 1) or kind == "0" and k == j + 1 \
                    and self.words[k] in nouns() and not self.taken[k] and not _EVENTISH.search(self.words[k]):
                end = k + (hit[0] if hit else 1)
                state = self.words[k].removesuffix("es").removesuffix("s")
                if hit is None and end < n and (state in name_words().state_words
                                                or self.words[k] in name_word_kind("state_noun")) \
                        and (place := self.place_at(end)) is not None and place[1].kind == "country":
                    end += place[0]  # "Botschaft des Königreichs Bahrain", "Konsulat des Emirats Katar"
                return self.complement(end, kind) if end < n and self.words[end] in ("der", "des") else end
            return j
        if w == "für" and kind != "1":
            k = j + 1
            if k < n and self.words[k] in ("die", "den", "das"):
                k += 1
            last = j
            while k < n and k - j < 12:
                t = self.words[k]
                if t[:1].isupper() and t not in name_words().stop and (t in nouns() or self.noun_compound(t)):
                    k += 1
                    last = k  # "Handel", "Zusammenarbeit", "Osteuropastudien"
                elif self.adj_like(k) or t in (clause_word("and"), clause_word("as_well_as")) \
                        or t == "," and k + 1 < n and self.words[k + 1] not in _ARTICLES \
                        or t[:1].islower() and _ADJ_END.search(t) and not _VERB_PAST.search(t) \
                        and t not in _COMPLEMENT_STOP and t not in _ARTICLES and t not in name_words().not_adjectives:
                    k += 1  # "wirtschaftliche", "zivile und militärische", ", Verteidigung"
                else:
                    break
            return self.served_region(last) if last > j else j
        return j

    def served_region(self, k: int) -> int:
        """End of the region an organisation serves after its complement, when its bracketed acronym
        follows ("für Entwicklung im Südlichen Afrika (SADC)"); k when there is none."""
        n = len(self.words)
        prep = next((p for p in org_locatives() if tuple(self.words[k:k + len(p)]) == p), None)
        if prep is None:
            return k
        m = k + len(prep)
        while m < n and self.adj_like(m):
            m += 1
        while m < n and m - k < 7 and self.words[m][:1].isupper() and self.words[m] not in name_words().stop:
            m += 1
        named = m > k + len(prep) and not self.adj_like(m - 1)
        if named and m + 2 < n and self.words[m] == "(" and self.words[m + 1].isupper() and self.words[m + 2] == ")":
            return m
        return k

    def cued_unknowns(self) -> None:
        """Unknown capitalised names that a cue word types: "laut Kazinform", "in Rutshuru",
        "der Insel Kastelorizo"."""
        n = len(self.words)
        lexicon = nouns()
        for i, w in enumerate(self.words):
            if self.taken[i] or not (w[0].isupper() or "-" in w and self.particle_place(i)) or not w[0].isalpha() \
                    or w.endswith("-"):
                continue  # "in Polizei- und Zollfragen": the first part of a compound, no name
            noun_cue = i > 0 and _noun_cue(self.words[i - 1]) and not self.initial(i - 1)  # "die Band X"
            if not noun_cue and w in lexicon and cued_place(w) is None:
                continue  # the common case, decided cheaply: a common noun with no cue right before it
            if w in name_words().stop or role(w) is not None \
                    or _abstract(w) and not (noun_cue and w not in lexicon) and not self.town_in_s(i):
                continue  # "Kloster Andechs" is read; "in Kirkenes" too
            prev = i - 1
            while prev > 0 and (self.words[prev] in "„“\"«»" or self.words[prev] in _DEF_ARTICLES):
                prev -= 1
            etype = cue_type(self.words[prev], "before") if prev >= 0 else None
            alone = i + 1 >= n or not self.words[i + 1][:1].isupper()
            if etype is None and prev >= 0 and self.words[prev] == clause_word("of") and i + 2 < n \
                    and cue_type(self.words[i + 1], "before") == "GPE":
                etype = "GPE"  # "von Kourou nach Paris"
            if etype is None and prev >= 0 and self.words[prev] == clause_word("between") and i + 2 < n \
                    and self.words[i + 1] == clause_word("and") and (town := self.place_at(i + 2)) is not None \
                    and town[1].kind in ("city", "capital"):
                etype = "GPE"  # "zwischen Algyő und Novi Sad": a place paired with a town
            right_after = prev == i - 1 and alone
            paired = i > 1 and self.words[i - 1] in ("/", clause_word("and")) and alone \
                and any(sp.end == i - 1 and sp.type == "GPE" for sp in self.spans)  # "Lima/Santiago (dpa)"
            if (etype == "GPE" and right_after or paired) and cued_place(w) is not None:
                self.take(_Span(i, self.place_tail(i + 1), "GPE", fold_key(w), kind="cued"))  # "in Halle"
                continue
            if w in nouns():  # "der Mittelständler Trumpf": a common noun only right after a cue noun
                if not (noun_cue and right_after):
                    continue
            elif self.first_name(i) and not (self.initial(i) and self.subject_name(i)) \
                    and not ((etype == "GPE" or noun_cue) and right_after):
                continue  # a lone given name is a person, except "nach Kiel", "der Fluss Lena" or opening a sentence
            links = (clause_word("and"), clause_word("or"))
            listed = self.words[i - 1] in links or self.words[i - 1] == "," and i + 1 < n \
                and self.words[i + 1] in (*links, ",")
            if etype is None and listed and i > 1 and self.taken[i - 2]:
                before = next((sp for sp in self.spans if sp.end == i - 1), None)  # "Dresden und Magdeburg"
                etype = before.type if before is not None and before.type in ("GPE", "LOC", "ORG") else None
            if etype is None and i == 0 and self.dateline(i + 1):
                etype, right_after = "GPE", True  # "Serhetabat (AFP) -", "Talara, 12. Juli (Reuters) -"
            after = etype is None and i + 1 < n
            if after:
                etype = cue_type(self.words[i + 1], "after")  # "Kazinform berichtete", "Merkel sagte"
                if etype == "PER" and self.words[i - 1].lower() in _ARTICLES:
                    etype = None  # "Die Protestnote sagte ...": a noun with its article, no person
            if etype is None and after and self.initial(i) and (self.subject_name(i) or self.name_like_strict(i + 1)
                                                                and (self.subject_name(i, i + 1)
                                                                     or self.name_like_strict(i + 2)
                                                                     and self.three_names(i))):
                etype = "PER"  # "Mozart wurde 1756 ... geboren": an unknown name opening the sentence
            if etype is None or etype != "PER" and _german_compound(w) and not w.endswith(place_endings()) \
                    and not (noun_cue and right_after):  # "die Band Rammstein", "Schloss Neuschwanstein"
                continue
            k = i + 1
            while k < n and not self.taken[k] and self.name_like_strict(k) and k - i < 3:
                k += 1
            if etype == "GPE" and k - i > 1 and not (prev == i - 1 and self.words[prev][:1].isupper()
                                                     and all(x not in nouns() for x in self.words[i:k])):
                continue  # only a region noun names a place of several words: "Provinz Khyber Pakhtunkhwa"
            country = None
            if etype == "GPE":
                tail = self.place_tail(k) if k == i + 1 else k  # "in Landsberg an der Warthe": the river is
                # part of the name; not of a name of two words ("Kibbuz Sde Boker in der Negev-Wüste")
                self.spans = [sp for sp in self.spans if not k <= sp.start < tail]
                k = tail
                country = self.town_country(prev, k)
            if etype == "PER" and (self.initial(i) and not after or k - i > 3):
                continue
            if etype == "PER" and self.initial(i) and k <= i + 2 and not self.subject_name(i, k - 1):
                continue
            if etype == "PER" and after and k == i + 1:
                i = self.name_before(i)  # "Thein Maung Oo sagte": the name parts before the cued one
            self.take(_Span(i, k, etype, fold_key(" ".join(self.words[i:k])), country,
                            kind="" if etype == "PER" else "cued"))

    def particle_place(self, i: int) -> bool:
        """An Arabic article hyphenated to a name right after a place noun ("die Provinz al-Dschauf")."""
        head, _, rest = self.words[i].partition("-")
        return i > 0 and head in name_words().particles and head.islower() and rest[:1].isupper() \
            and self.words[i - 1][:1].isupper() and cue_type(self.words[i - 1], "before") in ("GPE", "LOC")

    def dateline(self, k: int) -> bool:
        """Do the tokens from k on close a dateline: "(AFP)" or ", 12. Juli (Reuters)", an agency in brackets?"""
        words, n = self.words, len(self.words)
        m = k
        if m < n and words[m] == ",":
            m += 1
            while m < n and m - k < 6 and words[m] != "(":
                m += 1
        if m + 2 >= n or words[m] != "(" or words[m + 2] != ")":
            return False
        return any(known.type == "ORG" and known.kind == "media" and len(toks) == 1
                   for toks, known in gazetteer_entries(words[m + 1]))

    def town_in_s(self, i: int) -> bool:
        """An unknown word in -s right after a cue of place, not before a noun it would be the genitive of: a town
        ("in Kirkenes", "nach Daugavpils"; not "in Ruttes Amtszeit")."""
        w = self.words[i]
        return w.endswith("s") and not _abstract(w[:-1]) and w not in nouns() and i > 0 \
            and cue_type(self.words[i - 1], "before") == "GPE" and not self.genitive_before_noun(i) \
            and not (i + 1 < len(self.words) and self.words[i + 1][:1].isupper())

    def actor_surname(self, k: int, genitive: bool = True) -> str | None:
        """The country of the known office holder whose surname token k is ("Putin", and when `genitive` is
        allowed "Kiirs"), or None; "" for one of no country."""
        if k >= len(self.words) or not self.words[k][:1].isupper() or self.taken[k]:
            return None
        w = self.words[k]
        for name in (w, w[:-1]) if genitive and w.endswith("s") and len(w) > 4 else (w,):
            country = holder_surnames().get(name)
            if country is not None:
                return country
        return None

    def dashed_places(self) -> None:
        """Two names joined by a dash, one of them a place, are two places ("Kambia–Tassin", a border crossing
        or a railway's ends): an unknown word or a lone name read as a person on the other side is a town."""
        words, n = self.words, len(self.words)
        by_start = {sp.start: sp for sp in self.spans}
        by_end = {sp.end: sp for sp in self.spans}
        toks = self.toks
        for k in range(1, n - 1):
            if words[k] != "–" or toks[k - 1].end != toks[k].start or toks[k].end != toks[k + 1].start:
                continue  # "Kambia–Tassin", not a dash between clauses
            left, right = by_end.get(k), by_start.get(k + 1)
            for place, other, at in ((left, right, k + 1), (right, left, k - 1)):
                if place is None or place.type not in ("GPE", "LOC") or not words[at][:1].isupper() \
                        or words[at] in nouns() or _german_compound(words[at]) or _abstract(words[at]):
                    continue
                if other is None and not self.taken[at] and words[at].isalpha():
                    self.take(_Span(at, at + 1, place.type, fold_key(words[at]), kind="cued"))
                elif other is not None and other.type == "PER" and other.role is None and other.end - other.start == 1:
                    other.type, other.key, other.kind = place.type, fold_key(words[at]), "cued"

    def located_pairs(self) -> None:
        """Two unknown capitalised words after a preposition of location ("in Long Thanh", "nahe der Isla
        Tortuga") name a place, not a person: no role, no office holder's name, and after a preposition that
        may also stand before a person ("bei", "nach") no known given name."""
        preps = name_word_kind("location_prep")
        strict = name_word_kind("person_prep")
        for sp in self.spans:
            if sp.type != "PER" or sp.role is not None or sp.end - sp.start != 2 or sp.start < 1:
                continue
            prev = sp.start - 1
            if self.words[prev] in _DEF_ARTICLES and prev > 0 and self.words[prev] != "den":
                prev -= 1
            first, second = self.words[sp.start], self.words[sp.start + 1]
            if self.words[prev] in preps and (self.words[prev] not in strict or first not in first_names()) \
                    and "-" not in first \
                    and not is_known_name(f"{first} {second}") and not _surname_shape(second):
                sp.type, sp.kind = "GPE", "located"
                sp.key = fold_key(f"{first} {second}")
                sp.country = self.town_country(prev, sp.end)

    def town_country(self, prev: int, k: int) -> str | None:
        """The country of an unknown town that its phrase names: an adjective before its town noun ("der
        somalischen Stadt X"), a country in brackets ("X (Kenia)"), a part of a country ("X im Norden
        Somalias", "im Süden von Mali") or, after a cue of location, the country it lies in ("in X in Kenia";
        not "aus X in Kenia": people from X may be in Kenia)."""
        n = len(self.words)
        if prev > 0 and self.words[prev][:1].isupper() and self.words[prev - 1][:1].islower():
            codes = adjective_countries(self.words[prev - 1])
            if len(codes) == 1:
                return codes[0]
        if k + 2 < n and self.words[k] == "(" and self.words[k + 2] == ")":
            m = k + 1
        elif k + 2 < n and self.words[k] in name_word_kind("direction_prep") \
                and self.words[k + 1] in name_word_kind("direction"):
            m = k + 2 + (self.words[k + 2] in name_word_kind("direction_link"))
        elif k + 1 < n and self.words[k] in name_word_kind("country_prep") and prev >= 0 \
                and self.words[prev] in name_word_kind("location_prep"):
            m = k + 1
        else:
            return None
        hit = self.place_at(m) if m < n else None
        if hit is None or hit[1].kind not in ("country", "historic") \
                or m + hit[0] < n and self.words[m + hit[0]] == "-":
            return None
        return hit[1].country


_PARTY_BRACKET = re.compile(r" ?\(([^()\n]{2,40})\)")
_FEDERAL_STATES = ("DEU", "AUT", "CHE")  # the states whose federal offices share their names


@cache
def _place_after() -> re.Pattern[str]:
    """A preposition and the word after it that may name a federal institution's state ("die Bundesregierung
    in Wien"; name_words.tsv federal_place_prep)."""
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, sorted(name_word_kind("federal_place_prep")))) + r")\s+(\w+)")


@dataclass(slots=True)
class _Draft:
    type: str
    key: str
    forms: list[str] = field(default_factory=list)
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    gender: str = "u"
    known: str | None = None  # the country the office-holder dictionary gives, used when the text gives none
    fallback: bool = False  # the country is only a role's default ("Bundeskanzler" -> DEU)
    via: int | None = None  # the person whose aide or relative this one is: their country, if none of its own


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    type: str
    draft: int
    visible: bool = True


class _Doc:
    """Document-level assembly: drafts of entities, mentions, persons and coreference."""

    def __init__(self, text: str, date: str | None = None) -> None:
        self.text = text
        self.date = date
        self.drafts: list[_Draft] = []
        self.by_key: dict[tuple[str, str], int] = {}
        self.found: list[_Found] = []
        self.persons: list[tuple[int, int, _Span]] = []
        self.weak: list[tuple[int, int, _Span]] = []

    def draft(self, etype: str, key: str, country: str | None) -> int:
        idx = self.by_key.get((etype, key))
        if idx is None:
            idx = len(self.drafts)
            self.by_key[(etype, key)] = idx
            self.drafts.append(_Draft(etype, key, country=country))
        elif self.drafts[idx].country is None:
            self.drafts[idx].country = country
        return idx

    def add_role(self, idx: int, span: _Span) -> None:
        d = self.drafts[idx]
        if span.role:
            s, e = span.role
            phrase = " ".join(self.text[s:e].split())
            if phrase not in d.roles:
                d.roles.append(phrase)
        if span.role_country and (d.country is None or d.fallback and not span.fallback):
            d.country, d.fallback = span.role_country, span.fallback
        if span.gender != "u" and d.gender == "u":
            d.gender = span.gender

    def add(self, toks: list[Token], span: _Span) -> None:
        start, end = toks[span.start].start, toks[span.end - 1].end
        if span.sub is not None:
            start, end = start + span.sub[0], start + span.sub[1]
        elif span.cut:
            end = start + span.cut
        if span.type == "ROLE":
            self.persons.append((start, -1, span))
        elif span.type == "PER":
            self.persons.append((start, end, span))
        elif span.kind == "cued":
            self.weak.append((start, end, span))
        else:
            self.place(start, end, span)
            for ns, ne, known in span.nested:
                s2, e2 = toks[ns].start, toks[ne - 1].end
                self.found.append(_Found(s2, e2, known.type, self.draft(known.type, known.key, known.country), False))

    def place(self, start: int, end: int, span: _Span) -> None:
        key = span.key or fold_key(self.text[start:end])
        self.found.append(_Found(start, end, span.type, self.draft(span.type, key, span.country)))

    def located_persons(self) -> None:
        """A name read as a place after a preposition of location is that place wherever else the document
        names it ("zwischen Ban Phuoc und ...", "nahe Ban Phuoc")."""
        located = {f.start: f for f in self.found if f.type == "GPE"}
        places = {self.text[f.start:f.end]: f for f in located.values()
                  if self.drafts[f.draft].key.count(" ") == 1 and self.drafts[f.draft].country is None}
        if not places:
            return
        keep = []
        for start, end, span in self.persons:
            hit = places.get(self.text[start:end]) if end > 0 and span.role is None else None
            if hit is None:
                keep.append((start, end, span))
            else:
                self.found.append(_Found(start, end, "GPE", hit.draft))
        self.persons = keep

    def resolve_persons(self) -> None:
        """Persons in text order: full names make entities; surnames, initials and role nouns join them."""
        self.persons.sort(key=lambda p: p[0])
        full: list[tuple[list[str], int]] = []
        recent: list[int] = []
        pending: tuple[int, _Span] | None = None  # a role noun naming nobody yet ("Perus Außenminister ...")
        through: tuple[int, int] | None = None  # (char offset of the other person's role, the aide's draft)
        at: dict[int, int] = {}  # char offset of a person's mention -> its draft
        seen: dict[int, int] = {}  # draft -> char offset of its latest mention
        for start, end, span in self.persons:
            if end < 0:
                others = [i for i in recent if i != at.get(span.clause)]
                target = self.referent(others, span)
                if target is not None:
                    self.add_role(target, span)
                    if span.through >= 0:
                        through = (span.through, target)
                elif span.role_country and span.kind == "subject":
                    pending = (start, span)
                continue
            tokens = self.text[start:end].replace(".", ". ").split()
            idx = self.namesake(tokens, full, seen) if len(tokens) == 1 else None
            idx = idx if idx is not None else _match_person(tokens, full)
            if idx is not None and len(tokens) == 1 \
                    and _other_holder(tokens[0], next(t for t, i in full if i == idx), [t for t, _ in full]):
                idx = None  # "Belkassem Haftar ..., ein Sohn des Generals. Haftar ...": the office holder
            if idx is not None and len(tokens) > 1:  # a bare surname told first now has its given name:
                full = [(tokens if i == idx and len(t) == 1 else t, i) for t, i in full]  # no namesake joins it
            if idx is None:
                idx = self.draft("PER", fold_key(self.text[start:end]), None)
                self.drafts[idx].gender = first_names().get(tokens[0], "u") if len(tokens) > 1 else "u"
                self.drafts[idx].known = _known_country([self.text[start:end]], self.date)
                full.append((tokens, idx))
                if pending is not None and start - pending[0] < _ROLE_REACH and span.role_country is None \
                        and self.drafts[idx].known is None and _compatible(self.drafts[idx].gender, pending[1].gender):
                    self.add_role(idx, pending[1])  # "... Außenministerin kündigte an. Ana Gervasi sagte ..."
            pending = None
            if through is not None and span.role and span.role[0] <= through[0] < span.role[1] and idx != through[1]:
                self.drafts[through[1]].via = idx
            through = None
            self.add_role(idx, span)
            self.found.append(_Found(start, end, "PER", idx))
            if idx in recent:
                recent.remove(idx)
            recent.append(idx)
            at[start] = idx
            seen[idx] = start

    def namesake(self, tokens: list[str], full: list[tuple[list[str], int]], seen: dict[int, int]) -> int | None:
        """A bare surname several persons share ("Präsident Omar Bakari und sein Sohn Ali Bakari … Bakari sagte"):
        the one named last, unless the last two were named in one sentence: then the one introduced first, the
        text's main actor. None when fewer than two persons have the surname."""
        names = [idx for toks, idx in full if len(toks) > 1 and _match_person(tokens, [(toks, idx)]) is not None]
        if len(names) < 2:
            return None
        latest = sorted(names, key=lambda i: seen.get(i, -1))
        a, b = seen.get(latest[-1], -1), seen.get(latest[-2], -1)
        if b < 0 or _SENTENCE_BREAK.search(self.text, b, a):
            return latest[-1]
        return next(i for i in names if i in latest[-2:])

    def referent(self, recent: list[int], span: _Span) -> int | None:
        """The person a role noun refers to: the latest one of the role's country (when it names one),
        else the latest person, if its gender fits."""
        if span.kind == "appositive":
            return recent[-1] if recent else None  # "Aibek Smadiyarov, Sprecher des ... Außenministeriums"
        if span.role_country:
            for idx in reversed(recent):
                person = self.drafts[idx]
                if (person.country or person.known) == span.role_country and _compatible(person.gender, span.gender):
                    return idx
        for idx in reversed(recent[-3:]):
            person = self.drafts[idx]
            if _compatible(person.gender, span.gender):
                return idx if span.role_country is None or (person.country or person.known) is None else None
        return None

    def surnames(self, analysis: Analysis) -> None:
        """Bare surnames (and genitives, and spelling variants) of known persons anywhere in the text."""
        table: dict[str, int] = {}
        given: dict[str, set[int]] = {}  # other name parts, used alone only when one person has them
        before: dict[str, list[str]] = {}  # a surname's particles ("von der" of "Leyen")
        same = self.short_forms()  # "Hernández Alvarado" is "Juan Orlando Hernández Alvarado"
        named = [self.text[f.start:f.end].split() for f in self.found if f.type == "PER"]
        for f in self.found:
            if f.type == "PER":
                parts = self.text[f.start:f.end].split()
                for n, part in enumerate(parts[:-1]):  # short family names first: "Xi" of "Xi Jinping"
                    # "Xi" of "Xi Jinping"; a short first family name of a double surname: "Gil" of "Yván Gil Pinto"
                    if (len(part) > 3 or n == 0 and len(parts) == 2 or len(part) == 3 and n == len(parts) - 2 > 0
                            and part[:1].isupper()) and part.isalpha() \
                            and part not in name_words().particles and part not in name_word_kind("inner_title"):
                        given.setdefault(translit_key(part), set()).add(same.get(f.draft, f.draft))  # "Lula", "Samia"
                last = parts[-1]
                head, _, rest = last.partition("-")
                for name in (last, rest if head in name_words().particles else ""):  # "al-Sisi", "Sisi"
                    if len(name) > 2 and not name.endswith(".") and not _other_holder(name, parts, named):
                        table.setdefault(translit_key(name), f.draft)
                lead = 0
                while lead + 2 < len(parts) and parts[-2 - lead] in name_words().particles:
                    lead += 1
                if lead:  # "Von der Leyen" of "Ursula von der Leyen"
                    before.setdefault(translit_key(last), [p.lower() for p in parts[-1 - lead:-1]])
        for key, drafts in given.items():
            if len(drafts) == 1:
                table.setdefault(key, next(iter(drafts)))
        if not table:
            return
        for f in self.found:  # "Von der Leyen sagte": the particles belong to the mention
            lead = " ".join(before.get(translit_key(self.text[f.start:f.end]), []))
            if f.type == "PER" and lead and self.text[max(0, f.start - len(lead) - 1):f.start].lower() == lead + " ":
                f.start -= len(lead) + 1
        earlier = self.found  # found before this pass: a surname inside one of them is no other mention
        mentions = [(f.start, f.end) for f in earlier]
        added: list[_Found] = []
        stop, lexicon, particles = name_words().stop, nouns(), name_words().particles
        for sent in analysis.sentences:
            for k, tok in enumerate(sent.tokens):
                w = tok.text
                if not w[:1].isupper():
                    head, _, rest = w.partition("-")
                    if not (head in particles and rest[:1].isupper()):  # "laut as-Safadi"
                        continue
                if len(w) < 2 or w in stop:
                    continue
                idx = table.get(translit_key(w))
                if idx is None and w.endswith("s"):
                    idx = table.get(translit_key(w[:-1]))
                if idx is None:
                    continue
                if any(a <= tok.start < b for a, b in mentions):
                    if not self.town_for_surname(sent.tokens, k, idx, earlier + added):
                        continue
                    earlier = [f for f in earlier if f.start != tok.start]  # "Mendozas Besuch": the person's, no town
                if w in lexicon and (len(w) > 3 and not self.bare_name(sent.tokens, k)
                                     or k and _ADJ_END.search(sent.tokens[k - 1].text)) \
                        and not (k and cue_type(sent.tokens[k - 1].text, "before") == "PER"):
                    continue  # "Deutsche Mark" is no "Mark" of "Mark Rutte"; "sagte Lund" is Mette Lund
                lead = before.get(translit_key(w), [])
                m = k - len(lead)
                start = sent.tokens[m].start if lead and m >= 0 \
                    and [t.text.lower() for t in sent.tokens[m:k]] == lead else tok.start
                added.append(_Found(start, tok.end, "PER", idx))
        self.found = earlier + added
        names: dict[int, list[list[str]]] = {}
        for f in earlier:
            names.setdefault(f.draft, []).append(self.text[f.start:f.end].split())
        for a, b in zip(added, added[1:]):  # "Ortega Salcedos": a compound surname's parts are one alias
            if a.draft == b.draft and a.end + 1 == b.start and self.text[a.end] == " ":
                first, last = self.text[a.start:a.end], self.text[b.start:b.end]
                if any(len(n) > 2 and n[-2] == first and last in (n[-1], n[-1] + "s") for n in names.get(a.draft, [])):
                    self.found.append(_Found(a.start, b.end, "PER", a.draft, visible=False))

    def town_for_surname(self, tokens: list[Token], k: int, person: int, found: list[_Found]) -> bool:
        """Is the one-word town read at token `k` rather the surname (or its genitive) of `person`, named
        before it ("Minister Rafael Mendoza … Mendozas Besuch"): no place preposition before it, and the
        town is no country and named nowhere else among the mentions `found`?"""
        tok = tokens[k]
        town = next((f for f in found if f.start == tok.start and f.end == tok.end and f.type == "GPE"), None)
        if town is None or k and cue_type(tokens[k - 1].text, "before") in ("GPE", "LOC"):
            return False
        d = self.drafts[town.draft]
        return d.key != d.country and not any(f.draft == town.draft and f is not town for f in found) \
            and any(f.draft == person and f.type == "PER" and f.end <= tok.start for f in found)

    @staticmethod
    def bare_name(tokens: list[Token], k: int) -> bool:
        """A known surname that is also a common noun ("Modi", "Albanese") stands as the name where no
        article, inflected adjective or place preposition precedes it and no noun complement follows."""
        prev = tokens[k - 1].text if k else ""
        nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
        return prev.lower() not in _ARTICLES and not (prev.islower() and _ADJ_END.search(prev)) \
            and nxt.lower() not in _ARTICLES and cue_type(prev, "before") not in ("GPE", "LOC")  # not "bei Bingen"

    def state_words(self, analysis: Analysis) -> None:
        """A bare state word ("die Volksrepublik") names the latest country mentioned before it
        whose official name begins with it ("Volksrepublik China")."""
        words = name_words().state_words
        covered = {f.start for f in self.found}
        for sent in analysis.sentences:
            for tok in sent.tokens:
                if tok.text not in words or tok.start in covered:
                    continue
                for f in sorted(self.found, key=lambda x: -x.start):
                    d = self.drafts[f.draft]
                    if f.start < tok.start and f.type == "GPE" and d.country and d.key == d.country \
                            and any(x.startswith(tok.text + " ") for x in country_forms(d.country)):
                        self.found.append(_Found(tok.start, tok.end, "GPE", f.draft))
                        break

    def foreign_places(self) -> None:
        """A name taken for a person only by its spelling or place in the sentence, with no role or known
        given name, is the place the document names so elsewhere ("Das Dorf Nowa Wieś … Nowa Wieś ist klein")."""
        places = {self.text[s:e]: sp for s, e, sp in self.weak if sp.type in ("GPE", "LOC")}
        places.update((self.text[f.start:f.end], None) for f in self.found if f.type in ("GPE", "LOC"))
        if not places:
            return
        for entry in [p for p in self.persons if p[1] > 0 and p[2].kind in ("foreign", "") and not p[2].role
                      and self.text[p[0]:p[1]] in places and self.text[p[0]:p[1]].split()[0] not in first_names()]:
            start, end, span = entry
            self.persons.remove(entry)
            known = places[self.text[start:end]]
            self.weak.append((start, end, _Span(0, 0, known.type if known else "GPE", fold_key(self.text[start:end]),
                                                kind="cued")))

    def add_weak(self) -> None:
        """Cue-typed unknown names, unless a person or another mention already covers them."""
        covered = [(f.start, f.end) for f in self.found]
        for start, end, span in self.weak:
            if any(s < end and start < e for s, e in covered):
                continue
            surface = self.text[start:end]
            if span.type == "GPE":
                place = lookup_place(surface) or cued_place(surface)
                span.country = place.country if place else country_code(surface) or span.country
            self.place(start, end, span)

    def party_countries(self) -> None:
        """A person given no country takes the country of the party bracketed after the name ("Eva Brandl (ÖVP)")."""
        for f in self.found:
            d = self.drafts[f.draft]
            if f.type != "PER" or d.country is not None or d.known is not None:
                continue
            m = _PARTY_BRACKET.match(self.text, f.end)
            words = m.group(1).split() if m else []
            for toks, known in gazetteer_entries(words[0]) if words else ():
                if toks == tuple(words) and known.kind == "party" and known.country:
                    d.country = known.country
                    break

    def federal_state(self) -> None:
        """Federal institutions and titles that Germany, Austria and Switzerland share ("Bundesregierung",
        "Bundeskanzler X") take the country of the document's Austrian or Swiss cues when those outnumber
        the German ones; DEU stays the default. A person the office-holder dictionary knows keeps its country."""
        federal = {fold_key(w) for w in name_word_kind("federal")}
        soft = set()
        counts = dict.fromkeys(_FEDERAL_STATES, 0)
        for idx, d in enumerate(self.drafts):
            if d.fallback and d.known:
                d.country, d.fallback = d.known, False
            if d.country == "DEU" and (d.fallback or d.type == "ORG" and d.key in federal):
                soft.add(idx)
        for f in self.found:
            country = self.drafts[f.draft].country
            if country in counts and f.draft not in soft:
                counts[country] += 1
        cued: dict[int, set[str]] = {}
        for f in self.found:
            if f.draft in soft:
                cued.setdefault(f.draft, set()).update(self.local_state(f))
        for idx, states in cued.items():
            if len(states) == 1:  # "die Bundesregierung in Berlin", "die Schweizer Bundesregierung"
                self.drafts[idx].country = states.pop()
                soft.discard(idx)
        state = max(_FEDERAL_STATES, key=lambda c: counts[c])
        if state != "DEU" and counts[state] > counts["DEU"]:
            for idx in soft:
                self.drafts[idx].country = state

    def local_state(self, f: _Found) -> set[str]:
        """The federal state a mention's own cue names: an adjective before it ("österreichische", "Schweizer")
        or a capital or town after it ("in Wien", "aus Bern")."""
        states = set()
        before = self.text[max(0, f.start - 40):f.start].split()
        if before:
            states.update(c for c in adjective_countries(before[-1]) if c in _FEDERAL_STATES)
        after = _place_after().match(self.text, f.end)
        place = lookup_place(after.group(1)) if after else None
        if place is not None and place.type == "GPE" and place.country in _FEDERAL_STATES:
            states.add(place.country)
        return states

    def layer(self) -> EntityLayer:
        """Entities named by their fullest form, aliases in order of appearance; visible mentions."""
        text = self.text
        self.found.sort(key=lambda f: (f.start, -f.end))
        remap = self.merges()
        for i, j in remap.items():  # the merged draft keeps the roles and country found for the other
            a, b = self.drafts[i], self.drafts[j]
            b.roles.extend(r for r in a.roles if r not in b.roles)
            b.country = b.country or a.country
            b.known = b.known or a.known
            b.via = b.via if b.via is not None else a.via
        for d in self.drafts:
            other = self.drafts[remap.get(d.via, d.via)] if d.via is not None else None
            if other is not None and other is not d and d.country is None and d.known is None:
                d.country = other.country or other.known
        for f in self.found:
            f.draft = remap.get(f.draft, f.draft)
            form = " ".join(text[f.start:f.end].split())
            if form not in self.drafts[f.draft].forms:
                self.drafts[f.draft].forms.append(form)
        order: dict[int, int] = {}
        entities: list[Entity] = []
        for f in self.found:
            if f.draft in order:
                continue
            d = self.drafts[f.draft]
            order[f.draft] = len(entities)
            state = name_words().state_words
            name = max(d.forms, key=lambda x: (len(x.split()), x not in state, not x.isupper(),
                                            not x.endswith("s"), len(x)))
            aliases = [name] + [x for x in d.forms if x != name]
            if d.type != "PER":
                name = nominative_name(name) if d.type == "ORG" else place_nominative(nominative_name(name))
                if d.type == "LOC" and name.endswith("s") and _directed_place(name[:-1]) is not None:
                    name = name[:-1]  # "Ostlibyens" -> "Ostlibyen"
            if d.type == "PER" and d.country is None:
                d.country = d.known or _known_country(aliases, self.date)
            entities.append(Entity(d.type, name, aliases, d.country, list(d.roles)))  # type: ignore[arg-type]
        seen: set[tuple[int, int]] = set()
        mentions: list[Mention] = []
        for f in self.found:
            if f.visible and (f.start, f.end) not in seen:
                seen.add((f.start, f.end))
                mentions.append(Mention(f.start, f.end, f.type, text[f.start:f.end], order[f.draft]))  # type: ignore[arg-type]
        return EntityLayer(entities, mentions)

    def merges(self) -> dict[int, int]:
        """Drafts that are one entity: an acronym in parentheses (also one spelled as a word, "(Ecowas)") or
        in apposition after a name ("Internationale Tourismusbörse (ITB)", "Westafrikanische
        Wirtschaftsgemeinschaft ECOWAS"), an organisation's head alone ("Bundestag", "Deutscher Bundestag"),
        a place name that begins another of the same country ("Gaza", "Gazastreifen"), part of a longer
        person name (see short_forms)."""
        remap: dict[int, int] = {}
        text = self.text
        shown = [f for f in self.found if f.visible]  # not a place inside the name ("... in Oslo (PRIO)")
        for prev, cur in zip(shown, shown[1:]):
            between = text[prev.end:cur.start]
            bracketed = between.strip() == "(" and text[cur.end:cur.end + 1] == ")"
            if cur.type == "ORG" and prev.type == "ORG" and prev.draft != cur.draft \
                    and (bracketed or between == " " and " " in text[prev.start:prev.end]) \
                    and (text[cur.start:cur.end].isupper() or bracketed and cur.end - cur.start <= 8
                         and " " not in text[cur.start:cur.end] and " " in text[prev.start:prev.end]) \
                    and not (bracketed and self.governed(prev, text[cur.start:cur.end])):
                remap[cur.draft] = remap.get(prev.draft, prev.draft)  # also "... Wirtschaftsgemeinschaft ECOWAS"
        orgs = [(i, d) for i, d in enumerate(self.drafts) if d.type == "ORG"]
        surface = {f.draft: text[f.start:f.end] for f in reversed(self.found)}
        for i, a in orgs:  # "Bundestag" joins "Deutscher Bundestag", "KfW" joins "KfW Entwicklungsbank"
            form = surface.get(i, "")
            acronym = a.country is not None and " " not in form and form[1:] != form[1:].lower()
            if i in remap or len(a.key) < 4 and not acronym:
                continue
            tail, head = " " + a.key, a.key + " "
            genitive = tuple(f" {w}{tail}" for w in clause_words("genitive"))  # "Mission der Afrikanischen Union"
            j = next((j for j, b in orgs if i != j and (b.key.endswith(tail) and not b.key.endswith(genitive)
                                                        or acronym and b.country == a.country
                                                        and b.key.startswith(head))), None)
            rivals = [k for k, b in orgs if k != i and b.key.endswith((tail, "-" + a.key))]
            if j is not None and len(rivals) < 2:  # "Sicherheitsrat" beside a national and the UN's: neither
                remap[i] = j
        self.generic_bodies(remap)
        links = alias_links()
        for prev, cur in zip(self.found, self.found[1:]):  # "Frank Li (Li Wen-hao)", "X, auch Y genannt"
            if prev.type == cur.type == "PER" and prev.draft != cur.draft and cur.draft not in remap:
                between = " ".join(text[prev.end:cur.start].split())
                after = text[cur.end:cur.end + 40].lstrip()
                if any(between == a and after.startswith(b) for a, b in links):
                    remap[cur.draft] = remap.get(prev.draft, prev.draft)
        for i, j in self.short_forms().items():
            remap.setdefault(i, j)
        for i, j in list(remap.items()):  # chains end at the last host
            seen = {i}
            while j in remap and j not in seen:
                seen.add(j)
                j = remap[j]
            remap[i] = j
        places = [(i, d) for i, d in enumerate(self.drafts) if d.type == "GPE" and d.country]
        for i, a in places:
            if i in remap or len(a.key) < 4 or a.key == a.country:
                continue
            j = next((j for j, b in places if i != j and a.country == b.country and b.key.startswith(a.key)
                      and b.key != b.country), None)
            if j is not None:
                remap[i] = j
        return remap


    def governed(self, name: _Found, acronym: str) -> bool:
        """Is the name before a bracketed acronym the genitive complement of a noun ("Mission der Afrikanischen
        Union (AMISOM)"), the acronym much longer than its initials ("AU") and holding the noun's initial? Then the
        acronym names the whole phrase, not the name ("Gipfel der Ostafrikanischen Gemeinschaft (EAC)" and "Bau der
        Ostafrikanischen Rohölpipeline (EACOP)" are the community's and the pipeline's)."""
        before = self.text[max(0, name.start - 40):name.start].split()
        if len(before) < 2 or before[-1] not in clause_words("genitive") or not before[-2][:1].isupper() \
                or role(before[-2]) is not None:
            return False
        initials = "".join(w[0] for w in re.split(r"[\s-]+", self.text[name.start:name.end]) if w[:1].isupper())
        return len(acronym) > len(initials) + 2 and before[-2][0].lower() in acronym.lower()

    def generic_bodies(self, remap: dict[int, int]) -> None:
        """A state body named by a bare noun is one entity per country ("das bolivianische Außenministerium",
        "das Außenministerium in Asunción"); the noun with no country joins the one named last before it
        (else the first after it)."""
        by_base: dict[str, list[int]] = {}
        for i, d in enumerate(self.drafts):
            base, sep, _ = d.key.partition("@")
            if sep and d.type == "ORG":
                by_base.setdefault(base, []).append(i)
        if not by_base:
            return
        for i, d in enumerate(self.drafts):  # "des kasachischen Außenministeriums" is "Außenministerium von Kasachstan"
            if d.type == "ORG" and "@" not in d.key and d.country and " " in d.key:
                for j in by_base.get(d.key.split()[0], ()):
                    if self.drafts[j].country == d.country and j not in remap:
                        remap[j] = i
        first = {}
        for f in self.found:
            first.setdefault(f.draft, f.start)
        for i, d in enumerate(self.drafts):
            hosts = by_base.get(d.key) if d.type == "ORG" and i not in remap else None
            if hosts and i in first:
                before = [j for j in hosts if first.get(j, -1) <= first[i]]
                remap[i] = max(before, key=lambda j: first[j]) if before else min(hosts, key=lambda j: first.get(j, 0))

    def short_forms(self) -> dict[int, int]:
        """A person named by part of a longer name elsewhere in the document joins it: "Lula" and
        "Lula da Silva" of "Luiz Inácio Lula da Silva", "Prabowo" of "Prabowo Subianto", "Yoon" of
        "Yoon Suk-yeol" (a genitive -s folded), when only one longer name contains that part."""
        forms: dict[int, set[tuple[str, ...]]] = {}
        surface: dict[int, list[str]] = {}
        for f in self.found:
            if f.type == "PER":
                words = self.text[f.start:f.end].split()
                forms.setdefault(f.draft, set()).add(tuple(translit_key(t) for t in words))
                if len(words) > len(surface.get(f.draft, ())):
                    surface[f.draft] = words
        longest = {i: max(fs, key=len) for i, fs in forms.items()}
        remap: dict[int, int] = {}
        for i, short in longest.items():
            bare = (*short[:-1], short[-1][:-1]) if short[-1].endswith("s") else short  # genitive "Lulas"
            hosts = {j for j, full in longest.items() if j != i and len(full) > len(short)
                     and (_contains(full, short) or _contains(full, bare))
                     and not (len(short) == 1
                              and _other_holder(surface[i][0], surface[j], list(surface.values())))}
            if len(hosts) == 1:  # no gender check: "Lula da Silva" opens with a name also given to women
                remap[i] = hosts.pop()
        for i, j in list(remap.items()):  # chains end at the fullest name
            while j in remap:
                j = remap[j]
            remap[i] = j
        return remap


@cache
def _alias_frames() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The alias links as token tuples: ((",", "auch"), ("genannt",)) ..."""
    return tuple((tuple(token_texts(a)), tuple(token_texts(b))) for a, b in alias_links())


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Is `part` a contiguous run of the tokens of `full`?"""
    n = len(part)
    return any(full[k:k + n] == part for k in range(len(full) - n + 1))


def _subject_country(tokens: list[Token], spans: list[_Span]) -> str | None:
    """The country a sentence opens with ("Nigeria hat ...", "Abuja (AFP) – Nigeria hat ...", "Die kenianische
    Regierung hat ...": a country adjective before an institution noun other than a ministry, whose minister
    _ministry_country reads), if any."""
    words = [t.text for t in tokens[:12]]
    first = words.index("–") + 1 if "–" in words else 0
    named = next((sp.country for sp in spans if sp.start == first and sp.type == "GPE" and sp.kind == "country"), None)
    if named is not None:
        return named
    k = first + (first < len(words) and words[first].lower() in _DEF_ARTICLES)
    if k > first and k + 2 < len(words) and words[k + 1] == clause_word("in") and _institution(words[k]):
        # "Die Regierung in Windhuk hat …": the institution's seat names its country
        return next((sp.country for sp in spans if sp.start == k + 2 and sp.type == "GPE"), None)
    if k + 1 < len(words) and words[k][:1].islower() and _institution(words[k + 1]):
        countries = adjective_countries(words[k])
        return countries[0] if len(countries) == 1 else None
    return None


def _institution(word: str) -> bool:
    """An institution noun other than a ministry ("Regierung", "Parlament"; not "Außenministerium")."""
    return org_head(word) is not None and not any(inst in word.lower() for inst, _ in _office_institutions())


def _ministries(tokens: list[Token], spans: list[_Span]) -> dict[str, str | None]:
    """The ministries of known country among `spans` ("das Außenministerium in Dakar", "das senegalesische
    Außenministerium"), by the minister's title they stand for ("außenminister"); None where two countries'."""
    found: dict[str, str | None] = {}
    for span in spans:
        if span.type != "ORG" or not span.country:
            continue
        for tok in tokens[span.start:span.end]:
            for institution, title in _office_institutions():
                head, sep, _ = tok.text.lower().partition(institution)
                if sep and head:
                    key = head + title
                    found[key] = span.country if found.get(key, span.country) == span.country else None
    return found


@cache
def _office_institutions() -> tuple[tuple[str, str], ...]:
    return tuple((r["institution"], r["title"]) for r in load_tsv("office_institutions.tsv"))


def _ministry_country(tokens: list[Token], span: _Span, ministries: dict[str, str | None]) -> str | None:
    """The country of the ministry named just before a minister given no country, in the previous sentence
    or earlier in the same one ("Das Außenministerium in Dakar bestellte ... ein. Außenminister X sagte"):
    the role noun is that ministry's minister. A ministry named after the minister may be the one he addresses."""
    if not ministries or span.role is None:
        return None
    words = [t.text.lower() for t in tokens if span.role[0] <= t.start and t.end <= span.role[1] and role(t.text)]
    if not words:
        return None
    w = next((minister for title, minister in _spokespeople() if words[-1].startswith(title)), words[-1])
    return next((c for key, c in ministries.items() if w.startswith(key) and len(w) - len(key) <= 2), None)


def _possessor_country(tokens: list[Token], span: _Span, persons: set[str | None],
                       owners: dict[str, str | None]) -> str | None:
    """The country of the person whose aide a bare role noun names: a person's genitive right before it
    ("Verteidigungsminister Farahs Stellvertreter Y", `owners` by last name word), or the one person a
    possessive points to ("Präsident X wies die Vorwürfe zurück. Sein Sprecher Y sagte …"): the persons named
    earlier in the sentence, else in the previous one, when all of them are of one known country."""
    if span.role is None:
        return None
    k = next((i for i, t in enumerate(tokens) if t.start == span.role[0]), 0)
    if k == 0 or not tokens[k].text.lower().startswith(tuple(name_word_kind("aide"))):
        return None  # "Sein Amtskollege X", "Ihr Botschafter X" (of a country told as "sie")
    if tokens[k - 1].text.endswith("s") and tokens[k - 1].text[:-1] in owners:
        return owners[tokens[k - 1].text[:-1]]
    if tokens[k - 1].text.lower() not in name_word_kind("possessive") or len(persons) != 1:
        return None
    return next(iter(persons))


def _origin_country(tokens: list[Token], span: _Span, spans: list[_Span]) -> str | None:
    """The country a person is from, named right after the name ("Die Ministerin X aus Ghana", "Y aus der
    Türkei"), unless the rest of the sentence tells a departure ("rief Botschafter X aus Russland zurück")."""
    k = span.end
    if k >= len(tokens) or tokens[k].text != clause_word("from"):
        return None
    k += k + 1 < len(tokens) and tokens[k + 1].text.lower() in _DEF_ARTICLES
    place = next((sp for sp in spans if sp.start == k + 1 and sp.type == "GPE" and sp.kind == "country"), None)
    if place is None or any(t.text.lower() in name_word_kind("departure") for t in tokens[place.end:]):
        return None
    return place.country


def _apposed_origin(tokens: list[Token], span: _Span, spans: list[_Span]) -> str | None:
    """The country of a noun phrase with 'aus' that a name (with its role) is in apposition to: "ihr Amtskollege
    aus Chile, Andrés Fuentes, …", "Der Gast aus Ecuador, Minister Raúl Soto, …"."""
    p = span.start
    if span.role is not None:
        p = next((k for k, t in enumerate(tokens) if t.start == span.role[0]), p)
    if p < 4 or tokens[p - 1].text != ",":
        return None
    place = next((sp for sp in spans if sp.end == p - 1 and sp.type == "GPE" and sp.kind == "country"), None)
    if place is None or place.start < 2 or tokens[place.start - 1].text != clause_word("from"):
        return None
    head = tokens[place.start - 2].text
    return place.country if head[:1].isupper() and (role(head) is not None or head in nouns()) else None


def _bracketed_country(tokens: list[Token], span: _Span, spans: list[_Span]) -> str | None:
    """The country in parentheses right after a name ("die Regierungschefs X (Peru) und Y (Bolivien)")."""
    k = span.end
    if k + 2 >= len(tokens) or tokens[k].text != "(":
        return None
    place = next((sp for sp in spans if sp.start == k + 1 and sp.type == "GPE" and sp.kind == "country"), None)
    return place.country if place is not None and place.end < len(tokens) and tokens[place.end].text == ")" else None


def _coordinated_countries(tokens: list[Token], spans: list[_Span]) -> None:
    """Persons coordinated after a plural role noun share its country, or take the role's coordinated
    countries in order: "die peruanischen Minister X und Y" are both Peruvian, "die Außenminister Perus und
    Boliviens, X und Y" Peruvian and Bolivian."""
    persons = sorted((sp for sp in spans if sp.type in ("PER", "ROLE")), key=lambda sp: sp.start)
    for n, head in enumerate(persons):
        if head.role is None:
            continue
        mates = [head]
        if head.type == "ROLE":  # "Die Außenminister Perus und Boliviens, X und Y, …"
            first = next((sp for sp in persons[n + 1:n + 2] if sp.type == "PER" and sp.role is None
                          and tokens[sp.start - 1].text == ","), None)
            if first is None:
                continue
            mates = [first]
        for sp in persons[n + 1 + (head.type == "ROLE"):]:
            between = [t.text for t in tokens[mates[-1].end:sp.start]]
            if sp.role is not None or between not in ([","], [clause_word("and")]):
                break
            mates.append(sp)
            if between == [clause_word("and")]:
                break
        if len(mates) < 2:
            continue
        phrase = [k for k, t in enumerate(tokens) if head.role[0] <= t.start and t.end <= head.role[1]]
        if not phrase or not _plural_role(tokens, phrase):
            continue
        countries = [sp.country for sp in spans if sp.type == "GPE" and sp.kind == "country"
                     and phrase[0] <= sp.start and sp.end <= mates[0].start]
        if len(countries) == len(mates):  # the first of them takes a role noun's phrase as it stands
            for mate, country in list(zip(mates, countries))[head.type == "ROLE":]:
                mate.role_country = country
        elif head.role_country and not head.fallback and len(countries) <= 1:
            for mate in mates:
                mate.role_country = mate.role_country or head.role_country


def _plural_role(tokens: list[Token], phrase: list[int]) -> bool:
    """Is the role phrase plural: a masculine role after "die" ("die Außenminister", "Die peruanischen
    Präsidenten"), a feminine plural ("die Ministerinnen") or a dative plural in -s ("den Regierungschefs")?"""
    noun = next((k for k in phrase if role(tokens[k].text) is not None), None)
    if noun is None:
        return False
    word = tokens[noun].text
    article = tokens[phrase[0] - 1].text.lower() if phrase[0] > 0 else ""
    r = role(word)
    return word.endswith(inflection("feminine_plural")) or article == "die" and r is not None and r.gender == "m" \
        or article == "den" and word.endswith("s") and role(word[:-1]) is not None


@cache
def _spokespeople() -> tuple[tuple[str, str], ...]:
    """Spokespersons' titles and the minister's title of the ministry they speak for (office_spokespeople.tsv)."""
    return tuple((r["title"], r["minister"]) for r in load_tsv("office_spokespeople.tsv"))


def _known_country(names: list[str], date: str | None = None) -> str | None:
    """A person's country from the office-holder dictionary (the office held on the document's date
    first), when the text states none. A bare surname is looked up only when no form of the name has a
    given name: "Ahmed Wong" with "Wong" is not the dictionary's only Wong."""
    full = [n for n in names if len(n.split()) > 1]
    bare = [m for n in names for m in (n, n[:-1] if n.endswith("s") and len(n) > 4 else n)]  # "Ramaphosas"
    return next((c for c in (_actor_country(n, date) for n in full or bare) if c), None)


@lru_cache(maxsize=1 << 14)
def _actor_country(name: str, date: str | None = None) -> str | None:
    actor = lookup_actor(name, date)
    return actor.country if actor is not None else None


def _compatible(a: str, b: str) -> bool:
    return a == "u" or b == "u" or a == b


def _match_person(tokens: list[str], full: list[tuple[list[str], int]]) -> int | None:
    """The earlier person these name tokens refer to: same surname (spelling folded), compatible
    first name or initial; a lone token may also be the family name written first ("Xi")."""
    surname = translit_key(tokens[-1])
    for toks, idx in reversed(full):
        others = _surname_keys(toks[-1])
        same_last = surname in others or any(o + "s" == surname or surname + "s" == o for o in others)
        if not same_last:
            if len(tokens) == 1 and len(toks) > 1 and toks[0] == tokens[0] and tokens[0] not in first_names():
                return idx
            continue
        if len(tokens) == 1 or len(toks) == 1:
            return idx
        a, b = tokens[0], toks[0]
        if a == b or a.endswith(".") and b.startswith(a[0]) or b.endswith(".") and a.startswith(b[0]) \
                or _one_edit(a, b):
            return idx
    return None


def _surname_keys(last: str) -> set[str]:
    """Spelling keys of a surname, with and without a hyphenated particle ("al-Sisi", "Sisi")."""
    head, _, rest = last.partition("-")
    return {translit_key(last)} | ({translit_key(rest)} if rest and head in name_words().particles else set())


def _one_edit(a: str, b: str) -> bool:
    """At most one inserted, deleted or replaced letter ("Fank-Walter" for "Frank-Walter")."""
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i:] == b[i + 1:] or a[i + 1:] == b[i:]


@cache
def _folds() -> tuple[tuple[str, str], ...]:
    return tuple((r["from"], r["to"]) for r in load_tsv("translit_fold.tsv"))


@lru_cache(maxsize=1 << 16)
def translit_key(name: str) -> str:
    """A spelling-folded key of a name: transliteration variants of one name become equal."""
    key = _APOSTROPHES.sub("", name.lower())  # "Ma'oz" = "Maoz"
    for a, b in _folds():
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def extract_entities(analysis: Analysis, date: str | None = None) -> EntityLayer:
    """Entities (PER/ORG/GPE/LOC) and their mentions in one document, per GUIDELINES.md; `date` (the
    document's, ISO) picks the office holder the dictionary gives a person the text gives no country."""
    doc = _Doc(analysis.text, date)
    previous: str | None = None  # the country the previous sentence opens with, as its subject
    before: dict[str, str | None] = {}  # the ministries of the previous sentence
    told: set[str | None] = set()  # the countries of the persons the previous sentence names
    owners: dict[str, str | None] = {}  # each person's last name word so far -> the person's country
    for sent in analysis.sentences:
        spans = _Sentence(sent.tokens).run()
        _coordinated_countries(sent.tokens, spans)
        ministries = _ministries(sent.tokens, spans)  # the minister's title -> country
        persons: set[str | None] = set()
        for span in spans:
            if span.type == "PER" and span.role and span.role_country is None and sent.tokens:
                last = sent.tokens[span.end - 1]
                name = analysis.text[sent.tokens[span.start].start:last.end]
                if span.role[0] == sent.tokens[0].start:  # "Nigeria bestellte ... ein. Außenminister X nannte"
                    first_seen = analysis.text.find(last.text) == last.start  # a person introduced here
                    span.role_country = _known_country([name], date) or (previous if first_seen else None)
                if span.role_country is None and not _known_country([name], date):
                    here = _ministries(sent.tokens, [sp for sp in spans if sp.end <= span.start])
                    span.role_country = _ministry_country(sent.tokens, span, {**before, **here})
                if span.role_country is None and not _known_country([name], date):
                    span.role_country = _possessor_country(sent.tokens, span, persons or told, owners)
            if span.type == "PER" and span.role_country is None:
                span.role_country = _origin_country(sent.tokens, span, spans) \
                    or _bracketed_country(sent.tokens, span, spans) or _apposed_origin(sent.tokens, span, spans)
            if span.type == "PER" and sent.tokens:
                country = span.role_country or _known_country(
                    [analysis.text[sent.tokens[span.start].start:sent.tokens[span.end - 1].end]], date)
                persons.add(country)
                owners[sent.tokens[span.end - 1].text] = country
            doc.add(sent.tokens, span)
        previous = _subject_country(sent.tokens, spans)
        before = ministries
        told = persons
    for m in _WEB.finditer(analysis.text) if _DOMAIN_DOT.search(analysis.text) else ():
        if not any(f.start <= m.start() < f.end for f in doc.found):
            doc.place(m.start(), m.end(), _Span(0, 0, "ORG", fold_key(m.group().split(".")[0]), tld_country(m.group()),
                                                kind="web"))
    doc.foreign_places()
    doc.located_persons()
    doc.resolve_persons()
    doc.surnames(analysis)
    doc.state_words(analysis)
    doc.add_weak()
    doc.party_countries()
    doc.federal_state()
    return doc.layer()
