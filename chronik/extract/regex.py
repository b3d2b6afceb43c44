"""Regexes compiled when first used: the lexicons hold hundreds, a text needs few."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator


class Regex:
    """A regex compiled when it is first used. A text is tried only with the few lexicon regexes an
    anchor index lets through (the event lexicon's ~450 trigger and cue regexes, the time patterns,
    the money figure pattern), so a short run needs few of them, and compiling them all at load
    would cost every run ~100 ms. Equal when source and flags are."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags  # as given: the compiled regex's flags add re.UNICODE and inline flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled regex (compiled now if not yet): for loops that try it many times."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """re.Pattern.search."""
        return self.compiled().search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """re.Pattern.finditer."""
        return self.compiled().finditer(string, pos, endpos)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Regex) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))
