"""Regex alternations of many word forms that the engine rejects quickly.

Python's regex engine tries the branches of an alternation one after the other; for a position
that starts none of the forms, each branch costs a comparison. Grouping the forms by their first
character, each group led by that character (or a class of the characters that match each other
ignoring case), rejects a whole group with one comparison. The regex matches exactly what the flat
alternation of the same forms in the same order matches: a position's character opens at most one
group, and that group holds every form that can match there, in their original order.
"""

from __future__ import annotations

import re


def _same_char(a: str, b: str, ignore_case: bool) -> bool:
    """Do `a` and `b` match each other (under the regex engine's case rules with `ignore_case`)?"""
    if a == b or not ignore_case:
        return a == b
    return bool(re.fullmatch("(?i)" + re.escape(a), b) or re.fullmatch("(?i)" + re.escape(b), a))


def grouped(forms: list[tuple[str, str]], ignore_case: bool) -> str:
    """The alternation of `forms`, tried in their order; each form is (its first character, a regex
    for the rest of it). With `ignore_case` the result carries its own case-insensitive flag."""
    firsts = list(dict.fromkeys(first for first, _ in forms))
    lead = {c: c for c in firsts}
    for i, c in enumerate(firsts):
        for d in firsts[:i]:
            if lead[d] == d and _same_char(c, d, ignore_case):
                lead[c] = d
                break
    rests: dict[str, list[str]] = {}
    for first, rest in forms:
        rests.setdefault(lead[first], []).append(rest)
    branches = []
    for head, group in rests.items():
        chars = "".join(re.escape(c) for c in firsts if lead[c] == head)
        opener = f"[{chars}]" if ignore_case else chars
        branches.append(opener + "(?:" + "|".join(group) + ")")
    body = "|".join(branches)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"
