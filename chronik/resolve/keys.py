"""Transliteration-blind name keys for matching persons across spellings and documents.

'Qassym-Schomart Toqajew', 'Kassym-Jomart Tokayev' and 'Tokajew' share the surname key
'tokaev'; 'Nasarbajewa' keeps its feminine ending and so never meets 'Nasarbajew'.
The rewrite rules live in chronik/data/name_keys.tsv.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import product

from chronik.language.resources import load_tsv
from chronik.language.words import first_names, name_word_kind, patronymics

# letters that Unicode does not decompose into a Latin letter and an accent ('Yıldırım', 'Guðmundsson', 'Wałęsa')
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "œ": "oe",
                         "ı": "i", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ħ": "h"})
VOWELS = "aeiou"
MAX_VARIANTS = 8
_DOUBLED = re.compile(r"(.)\1+")
_GLIDE = re.compile(rf"(?<=[{VOWELS}])i(?=[{VOWELS}])")  # an 'i' between two vowels
_VOWEL_RUN = re.compile(f"[{VOWELS}y]+")


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Case, accents, hyphens, dots and spaces folded away (the scorer's folding)."""
    text = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in text if c.isalnum())


@lru_cache(maxsize=100_000)
def letters(text: str) -> str:
    """Lower case with umlauts written out (ä → ae) and other accents stripped; letters only."""
    text = unicodedata.normalize("NFC", text).casefold().translate(UMLAUTS)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalpha() and c.isascii())


@cache
def _rules() -> tuple[tuple[re.Pattern[str], tuple[str, ...], str | None], ...]:
    """The rewrite rules: regex, its readings, and the regex's text when it is a plain run of letters ("sch"),
    which str.replace rewrites as the regex would, only faster."""
    return tuple((re.compile(r["pattern"]), tuple(r["replacement"].split("|")),
                  r["pattern"] if r["pattern"].isalpha() and "\\" not in r["replacement"] else None)
                 for r in load_tsv("name_keys.tsv") if r.get("pattern"))


def _squeeze(text: str) -> str:
    return _DOUBLED.sub(r"\1", text)


@lru_cache(maxsize=200_000)
def token_keys(token: str) -> frozenset[str]:
    """Every key of one name word (several when a letter has several readings, like 'j')."""
    base = letters(token)
    if not base:
        return frozenset()
    variants = [base]
    for pattern, replacements, literal in _rules():
        if len(replacements) == 1:
            rep = replacements[0]
            if literal:
                variants = [v.replace(literal, rep) for v in variants]
            else:
                variants = [pattern.sub(rep, v) for v in variants]
            continue
        grown: list[str] = []
        for v in variants:
            parts = pattern.split(v)
            if len(parts) == 1:
                grown.append(v)
                continue
            for choice in product(replacements, repeat=len(parts) - 1):
                grown.append("".join(p + (choice[i] if i < len(choice) else "") for i, p in enumerate(parts)))
                if len(grown) >= MAX_VARIANTS:
                    break
        variants = list(dict.fromkeys(grown))[:MAX_VARIANTS]
    out = set()
    for v in variants:
        v = _squeeze(v)
        v = _GLIDE.sub("", v)
        v = _squeeze(v.replace("ie", "i"))
        out.add(v)
    return frozenset(out)


def keys_match(a: str, b: str) -> bool:
    """Two name words that may be spellings of one another."""
    return bool(token_keys(a) & token_keys(b))


def is_initial(token: str) -> bool:
    """'A.' or 'A' as an abbreviated given name."""
    core = token.rstrip(".")
    return len(core) <= 2 and core[:1].isupper() and (token.endswith(".") or len(core) == 1)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split into given names (possibly initials) and surname."""

    given: tuple[str, ...]
    surname: str
    chain: bool = False  # the given names are a patronymic chain ("Hamad bin Khalifa", "Nawaf al-Ahmad al-Jaber")
    generation: str = ""  # a generational suffix ("Jr.", "Sr.", "jun."), by its first letter: "j", "s"

    @property
    def surname_keys(self) -> frozenset[str]:
        """The transliteration-blind keys of the surname (blocking keys)."""
        return token_keys(self.surname)

    def given_compatible(self, other: PersonName, loose: bool = False) -> bool:
        """Given names agree: missing on one side, an initial matching a full name, or the same name;
        with `loose`, also transliterations with the same consonants ('Abdourahmane' / 'Abderrahmane',
        'Mohamed' / 'Muhammad'), for callers that have other evidence (the same country)."""
        if not self.given or not other.given:
            return True
        if self.generation != other.generation:
            return False  # 'Juan Carlos Ortega' is not 'Juan Carlos Ortega Jr.'
        return _given_compatible(self.given, self.chain, other.given, other.chain, loose)


@lru_cache(maxsize=200_000)  # corpus linking compares the same given names again and again
def _given_compatible(given: tuple[str, ...], chain: bool, other: tuple[str, ...], other_chain: bool,
                      loose: bool) -> bool:
    mine = [p for g in given for p in g.split("-") if p]
    theirs = [p for g in other for p in g.split("-") if p]
    if any(is_initial(a) and is_initial(b) and not _given_match(a, b) for a, b in zip(mine[1:], theirs[1:])):
        return False  # 'George H. W. Bush' is not 'George W. Bush'
    if chain and other_chain and _father_clash(given, other):
        return False  # 'Hamad bin Khalifa' is not 'Hamad bin Tamim': the father's name tells them apart
    if _gender_pair(mine[0], theirs[0]):
        return False  # 'Gabriel' / 'Gabriela Silva', 'Justin' / 'Justine': a man and a woman of one family
    if _given_match(mine[0], theirs[0]):
        return True
    la, lb = letters("".join(given)), letters("".join(other))
    if min(len(la), len(lb)) >= 6 and one_edit_apart(la, lb):
        return True
    return loose and len(skeleton(la)) >= 7 and skeleton(la) == skeleton(lb)


def _father_clash(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two patronymic chains whose second names (the father's, particles stripped) are different names."""
    if len(a) < 2 or len(b) < 2:
        return False
    fa, fb = (_particle_stripped(g[1]) for g in (a, b))
    if is_initial(fa) or is_initial(fb) or keys_match(fa, fb):
        return False
    la, lb = letters(fa), letters(fb)
    return not (min(len(la), len(lb)) >= 5 and one_edit_apart(la, lb))


def article_stripped(surname: str) -> str:
    """The surname without its Arabic article ('al-Chatib', 'Al Thani' -> 'Chatib', 'Thani'), else unchanged."""
    head, sep, rest = surname.replace(" ", "-", 1).partition("-")
    return rest if sep and rest and head.casefold() in _name_articles() else surname


def _particle_stripped(word: str) -> str:
    head, _, rest = word.partition("-")
    return rest if rest and head.casefold() in _particles() else word


def _gender_pair(a: str, b: str) -> bool:
    """Two given names that are the masculine and feminine form of one name: the feminine, a woman's name in
    first_names.tsv, adds or puts its ending in place of the last letter of a name that is no woman's
    ('Gabriel' / 'Gabriela', 'Michele' / 'Michela')."""
    genders, endings = first_names(), name_word_kind("feminine_given_ending")
    for fem, masc in ((a, b), (b, a)):
        if genders.get(fem) != "f" or genders.get(masc, "f") == "f":
            continue
        lf, lm = letters(fem), letters(masc)
        if any(lf.endswith(e) and not lm.endswith(e) and lf[:-len(e)] in (lm, lm[:-1]) for e in endings):
            return True
    return False


def skeleton(word: str) -> str:
    """Consonants and vowel slots of a lower-case name, doubled letters and vowel groups collapsed:
    'abderrahmane' and 'abdourahmane' -> '*bd*r*hm*n*', 'mohammed' and 'muhammad' -> 'm*h*m*d',
    but 'mahmoud' -> 'm*hm*d'."""
    return _VOWEL_RUN.sub("*", _squeeze(word))


def _given_match(a: str, b: str) -> bool:
    if is_initial(a) or is_initial(b):
        ka = {k[:1] for k in token_keys(a.rstrip("."))} | {letters(a)[:1]}
        kb = {k[:1] for k in token_keys(b.rstrip("."))} | {letters(b)[:1]}
        return bool(ka & kb)
    return keys_match(a, b)


def one_edit_apart(a: str, b: str) -> bool:
    """At most one inserted, deleted or replaced letter ('Fank-Walter' / 'Frank-Walter')."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


@cache
def _name_articles() -> frozenset[str]:
    """Arabic articles before a surname ("al", "el", "as"), from data/name_words.tsv."""
    return frozenset(w.casefold() for w in name_word_kind("name_article"))


@cache
def _particles() -> frozenset[str]:
    """Name particles ("von", "van der", "bin", "al") from data/name_words.tsv, the entity layer's list."""
    return frozenset(w.casefold() for w in name_word_kind("particle"))


def lineage(name: PersonName, plain: bool = False) -> tuple[str, str, str] | None:
    """An Arabic chain name as (own name, father's name, family name or ''): 'Hamad bin Khalid' ->
    ('Hamad', 'Khalid', ''), 'Hamad bin Khalid Al Nahyan' -> ('Hamad', 'Khalid', 'Al Nahyan'); with `plain`,
    also a two-word name that may be one with its 'bin' dropped ('Hamad Khalid'); else None."""
    head, _, father = name.surname.partition(" ")
    if len(name.given) == 1 and head.casefold() in patronymics() and father and " " not in father:
        return name.given[0], father, ""
    if name.chain and len(name.given) == 2 and not is_initial(name.given[1]):
        return name.given[0], name.given[1], name.surname
    if plain and len(name.given) == 1 and not is_initial(name.given[0]) and " " not in name.surname \
            and not name.generation:
        return name.given[0], name.surname, ""
    return None


def second_surname_split(name: PersonName) -> PersonName | None:
    """The same name read with its last word as a second surname ('Faustin-Archange Touadéra Mbeko' ->
    given 'Faustin-Archange', surname 'Touadéra'), when a given name stays; else None."""
    if len(name.given) < 2 or " " in name.surname or is_initial(name.given[-1]):
        return None
    return PersonName(name.given[:-1], name.given[-1])


@lru_cache(maxsize=100_000)
def split_name(name: str) -> PersonName:
    """'Kassym-Jomart Tokayev' → given ('Kassym-Jomart',), surname 'Tokayev'; 'A. Merkel' keeps the initial."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    generation = ""
    if len(words) > 2 and words[-1] in name_word_kind("name_suffix"):
        generation = letters(words.pop())[:1]
    if not words:
        return PersonName((), "")
    surname_at = len(words) - 1
    particles = _particles()
    while surname_at > 0 and words[surname_at - 1].casefold() in particles:
        surname_at -= 1
    surname = " ".join(words[surname_at:])
    given = tuple(w for w in words[:surname_at] if w.casefold() not in particles)
    chain = any(w.casefold() in particles or w.partition("-")[0].casefold() in particles and "-" in w
                for w in words[1:surname_at])
    return PersonName(given, surname, chain, generation)
