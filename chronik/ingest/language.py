"""A cheap, offline language check: the share of German function words."""

from __future__ import annotations

import re

from chronik.language.resources import load_words

_WORD = re.compile(r"[^\W\d_]+")
MIN_SHARE = 0.12
MIN_WORDS = 8


def german_share(text: str) -> float:
    """Share of the first 2,000 words that are German function words."""
    words = _WORD.findall(text[:20000].lower())[:2000]
    if not words:
        return 0.0
    common = load_words("function_words_de.txt")
    return sum(w in common for w in words) / len(words)


def check_german(text: str) -> str | None:
    """None if the text reads as German, else the reason it is skipped."""
    words = _WORD.findall(text[:20000])
    if len(words) < MIN_WORDS:
        return f"too little text to read ({len(words)} words)"
    share = german_share(text)
    if share < MIN_SHARE:
        return f"not German (German function words {share:.0%} of the text); skipped"
    return None
