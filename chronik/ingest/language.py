"""A cheap, offline language check: the script, and the share of German (versus English) function words."""

from __future__ import annotations

import re

from chronik.language.resources import load_words

_WORD = re.compile(r"[^\W\d_]+")
_NON_LATIN = re.compile(r"[^a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
MIN_SHARE = 0.12
MIN_WORDS = 8
MIN_LATIN = 0.8


def _words(text: str) -> list[str]:
    return _WORD.findall(text[:20000].lower())[:2000]


def share(words: list[str], name: str) -> float:
    """Share of `words` found in the word list data/`name`."""
    common = load_words(name)
    return sum(w in common for w in words) / len(words) if words else 0.0


def german_share(text: str) -> float:
    """Share of the first 2,000 words that are German function words."""
    return share(_words(text), "function_words_de.txt")


def latin_share(words: list[str]) -> float:
    """Share of the letters of (lower-cased) `words` that are Latin (a–z with accents and ß)."""
    letters = "".join(words)
    return 1 - len(_NON_LATIN.findall(letters)) / len(letters) if letters else 0.0


def check_german(text: str) -> str | None:
    """None if the text reads as German, else the reason it is skipped."""
    words = _words(text)
    if len(words) < MIN_WORDS:
        return f"too little text to read ({len(words)} words)"
    latin = latin_share(words)
    if latin < MIN_LATIN:
        return f"not German (only {latin:.0%} of the letters are Latin script); skipped"
    german = share(words, "function_words_de.txt")
    english = share(words, "function_words_en.txt")
    if english > german:
        return f"not German (reads as English: English function words {english:.0%}, German {german:.0%}); skipped"
    if german < MIN_SHARE:
        return f"not German (German function words {german:.0%} of the text); skipped"
    return None
