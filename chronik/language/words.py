"""Word lists that several readers share, loaded once from chronik/data/.

The sentence splitter and the entity recogniser both need the given names (a regnal number before a
given name ends no sentence and stays in the monarch's name); the time and entity readers both need
the clause words of time_clauses.tsv. Loading them here keeps one loader per file, below the readers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from chronik.language.resources import load_column_map, load_tsv, load_words

ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")  # a regnal number I to XXXIX ("XVI" of "Carl XVI. Gustaf")


@cache
def first_names() -> dict[str, str]:
    """Given name -> gender (m/f/u), from first_names.tsv."""
    return load_column_map("first_names.tsv", "name", "gender")


def regnal_given_name(number: str, word: str) -> bool:
    """Is `number` a regnal number and `word` after it (and its dot) a further given name of the monarch
    ("Carl XVI. Gustaf"), not a capitalised function word opening the next sentence ("Er", "Die")?"""
    return ROMAN.fullmatch(number) is not None and word in first_names() \
        and word.lower() not in load_words("function_words_de.txt")


@cache
def clause_words(kind: str) -> tuple[str, ...]:
    """Words of one kind that open or join clauses (time_clauses.tsv), lower case, in file order:
    subordinator ("als", "nachdem"), coordinator ("und", "sowie"), relative, article, …"""
    return tuple(r["word"].lower() for r in load_tsv("time_clauses.tsv") if r["kind"] == kind)


@cache
def clause_word(kind: str) -> str:
    """The one word of a single-word kind of time_clauses.tsv ("and" -> "und", "of" -> "von", "in" -> "in")."""
    return clause_words(kind)[0]


@cache
def inflection(kind: str) -> tuple[str, ...]:
    """Forms of one kind from inflection_de.tsv (articles, adjective/verb/noun endings, …), in file order."""
    return tuple(r["form"] for r in load_tsv("inflection_de.tsv") if r["kind"] == kind)


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of `forms`, longest first (for patterns built from data)."""
    return "(?:" + "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f))) + ")"


def ending_pattern(*kinds: str) -> str:
    """A regex alternation of the forms of these kinds of inflection_de.tsv, longest first."""
    return alternation(f for kind in kinds for f in inflection(kind))


@cache
def name_word_kind(kind: str) -> frozenset[str]:
    """The words of one kind of name_words.tsv."""
    return frozenset(r["word"] for r in load_tsv("name_words.tsv") if r["kind"] == kind)


@cache
def patronymics() -> frozenset[str]:
    """Words joining a given name to a forebear's name ("bin", "ibn": name_patronymics.tsv), read by the entity
    reader and corpus linking."""
    return frozenset(r["word"] for r in load_tsv("name_patronymics.tsv"))


@cache
def participle_shape() -> re.Pattern[str]:
    """Lower-case past participles, for fullmatch: "besetzt", "angekündigt", "teilgenommen", "verhaftet",
    "empfangen", "investiert" (inflection_de.tsv participle_*, name_words.tsv verb_insep); not "nicht", "jetzt"."""
    end = ending_pattern("participle_ending")
    return re.compile(rf"\w*{ending_pattern('participle_marker')}\w{{2,}}{end}|"
                      rf"{alternation(name_word_kind('verb_insep'))}\w{{2,}}{end}|\w{{3,}}{ending_pattern('participle_suffix')}")


@cache
def number_words() -> dict[str, int]:
    """German number words -> their value ("zwei" -> 2, "zwölf" -> 12), from time_numbers.tsv."""
    return {r["form"].lower(): int(r["value"]) for r in load_tsv("time_numbers.tsv")}
