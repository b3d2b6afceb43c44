"""The event reader's knowledge, loaded from data files: triggers, status cues, word classes,
PLOVER types and CAMEO codes (event_triggers.tsv, event_status.tsv, event_words.tsv,
event_plover.tsv, cameo.tsv). Users extend any of them without touching Python."""

from __future__ import annotations

import re
import re._parser as _sre  # the stdlib's regex parser: literals every match of a trigger contains
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol

from chronik.extract.regex import Regex
from chronik.language.resources import load_tsv
from chronik.language.words import alternation

GAP = r"(?![\w-]).{0,250}?(?<![\w-])"  # whole words on both sides: "sei…" does not start "seiner"


def swiss_spelling(pattern: str) -> str:
    """A data-file pattern that also matches Swiss spelling: 'ß' outside a character class becomes
    '(?:ß|ss)' ("Massnahmen", "schliessen", "Aussenministerium")."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "ß" and not in_class:
            out.append("(?:ß|ss)")
            continue
        out.append(char)
    return "".join(out)


def _whole_words(pattern: str) -> str:
    """A data-file pattern as a whole-word regex's source; `…` is a gap inside the sentence; Swiss 'ss' for 'ß'."""
    body = swiss_spelling(pattern).replace("…", GAP)
    return rf"(?<![\w-])(?:{body})(?![\w-])"


def compile_pattern(pattern: str, case_sensitive: bool = False) -> re.Pattern[str]:
    """A data-file pattern as a whole-word regex (_whole_words), case-blind unless `case_sensitive`."""
    return re.compile(_whole_words(pattern), 0 if case_sensitive else re.IGNORECASE)


class Source(Protocol):
    """What the anchor index reads of a regex (re.Pattern or Regex): its source and flags."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Trigger:
    """One way German news reports a kind of event, with the roles that fill its arguments."""

    pattern: Regex
    kind: str
    subtype: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    requires: Regex | None
    excludes: Regex | None
    type: str | None
    flags: frozenset[str]


# Literal anchors: the strings one of which every match of a regex contains, read from the parsed
# regex. Looking them up in a sentence's words tells which triggers and status cues can match there.
_MAX_SET = 64  # the most strings one anchor set may hold
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
# characters the regex engine folds to 'i' or 's' where str.lower does not (or gives two characters)
_ODD_FOLDS = re.compile("[İıſ]")


@lru_cache(maxsize=1 << 10)
def _char(code: int, folded: bool) -> str | None:
    char = chr(code).lower() if folded else chr(code)
    return char if char.isascii() or char in "äöüßÄÖÜ" else None  # German letters fold alike in both


def _finite(op: object, av: object, folded: bool) -> set[str] | None:
    """The strings one parsed regex item matches, when they are a few plain literals."""
    if op is _sre.LITERAL:
        char = _char(av, folded)  # type: ignore[arg-type]
        return {char} if char else None
    # a class or branch is known when each of its parts is: the first unknown part ends the look
    if op is _sre.IN:
        chars: set[str] = set()
        for o, v in av:  # type: ignore[attr-defined]
            char = _char(v, folded) if o is _sre.LITERAL else None
            if not char:
                return None
            chars.add(char)
        return chars
    if op is _sre.SUBPATTERN and not (av[1] | av[2]) & re.IGNORECASE:  # type: ignore[index]
        return _sequence(av[3], folded)  # type: ignore[index]
    if op is _sre.BRANCH:
        alts: set[str] = set()
        for b in av[1]:  # type: ignore[index]
            alt = _sequence(b, folded)
            if alt is None:
                return None
            alts |= alt
        return alts
    if op in _REPEATS and av[0] == 0 and av[1] == 1:  # type: ignore[index]
        inner = _sequence(av[2], folded)  # type: ignore[index]
        return inner | {""} if inner is not None else None
    return None


_TEXT = object()  # a parsed item made here: a run of literal characters, as one string


def _joined(items: list, folded: bool) -> list:
    """Parsed regex items with each run of plain literal characters (_char) joined into one (_TEXT,
    string) item: a product with one string per character never outgrows _MAX_SET, so the anchors
    are the same, found with one product per run instead of one per character."""
    out: list = []
    text = ""
    for op, av in items:
        char = _char(av, folded) if op is _sre.LITERAL else None
        if char:
            text += char
            continue
        if text:
            out.append((_TEXT, text))
            text = ""
        out.append((op, av))
    if text:
        out.append((_TEXT, text))
    return out


def _sequence(items: list, folded: bool) -> set[str] | None:
    out = {""}
    for op, av in _joined(items, folded):
        alts = _finite(op, av, folded) if op is not _TEXT else {av}
        if alts is None:
            return None
        out = {a + b for a in out for b in alts}
        if len(out) > _MAX_SET:
            return None
    return out


def _needed(items: list, folded: bool) -> frozenset[tuple[bool, str]] | None:
    """Strings one of which every match of a parsed regex contains, each with whether it ignores
    case (then lowercase): the best of the products of runs of literal items and of what mandatory
    groups, branches and repeats need; None if nothing is known."""
    best: frozenset[tuple[bool, str]] | None = None

    def consider(cand: set[str] | frozenset[tuple[bool, str]] | None) -> None:
        nonlocal best
        if not cand:
            return
        found = frozenset((folded, c) if isinstance(c, str) else c for c in cand)
        # each anchor needs a word character: the index looks the anchors up in a text's words
        if all(_RUN.search(text) for _, text in found) and (best is None or _shortest(found) > _shortest(best)):
            best = found

    run = {""}
    for op, av in [*_joined(items, folded), (None, None)]:
        alts = (_finite(op, av, folded) if op is not _TEXT else {av}) if op is not None else None
        if alts is not None:
            longer = {a + b for a in run for b in alts}
            if len(longer) <= _MAX_SET:
                run = longer
                continue
            consider(run)
            run = alts
            continue
        consider(run)
        run = {""}
        if op is _sre.SUBPATTERN:  # (?i:…) and (?-i:…) change how the group's literals match
            inner = (folded or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE
            consider(_needed(av[3], inner))
        elif op is _sre.BRANCH:
            branches = [_needed(b, folded) for b in av[1]]
            if all(branches):
                consider(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            consider(_needed(av[2], folded))
        elif op is _sre.ATOMIC_GROUP:
            consider(_needed(av, folded))
    if best is None:
        return None
    # "besuch" covers "besucht"
    return frozenset(a for a in best if not any(b != a and b[0] == a[0] and b[1] in a[1] for b in best))


def _shortest(anchors: frozenset[tuple[bool, str]]) -> int:
    """The length of the shortest piece of a set of anchors: how selective it is."""
    return min(len(_piece(text)) for _, text in anchors)


def _anchors(pattern: Source) -> frozenset[tuple[bool, str]] | None:
    try:
        parsed = _sre.parse(pattern.pattern, pattern.flags)  # its flags: the given and the inline ones
        return _needed(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    except Exception:  # a construct this Python's parser reads otherwise: the pattern is always tried
        return None


def _trie(words: set[str]) -> str:
    """A regex matching the longest of `words` that starts at a position."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(c) + emit(node[c]) for c in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(tree)


_RUN = re.compile(r"[\w-]+")  # an anchor's pieces, and the words of a text, are runs of these characters


def _piece(anchor: str) -> str:
    """The longest run of word characters in an anchor: a text that has the anchor has it in one word."""
    return max(_RUN.findall(anchor), key=len)


class AnchorIndex:
    """Which of several regexes can match in a text, or in any part of it: those one of whose
    anchors has its longest piece in one of the text's words. Patterns of equal source and flags
    are one, whichever cache compiled them; inside, each is a number (`number`), found by its
    source and flags, since hashing a compiled re.Pattern hashes its whole code."""

    def __init__(self, patterns: Sequence[Source]) -> None:
        numbers: dict[tuple[str, int], int] = {}
        regexes: list[Source] = []
        for p in patterns:
            if numbers.setdefault((p.pattern, p.flags), len(numbers)) == len(regexes):
                regexes.append(p)
        self.patterns = regexes  # number -> regex
        self._numbers = numbers
        anchors = [_anchors(p) for p in self.patterns]
        pieces = [{(fold, _piece(a)) for fold, a in found} if found else set() for found in anchors]
        self.all = frozenset(range(len(self.patterns)))
        self.always = frozenset(n for n, found in enumerate(anchors) if found is None)
        scans = []
        for fold in (True, False):
            owners: dict[str, set[int]] = {}  # piece -> the regexes that have it
            for n, ps in enumerate(pieces):
                for f, piece in ps:
                    if f == fold:
                        owners.setdefault(piece, set()).add(n)
            if owners:  # a scan finds the longest piece at a position: the pieces inside it are there too
                hits = {w: frozenset().union(*(owners.get(w[a:b], ()) for a in range(len(w))
                                               for b in range(a + 1, len(w) + 1))) for w in owners}
                scans.append((fold, re.compile(f"(?=({_trie(set(owners))}))"), hits))
        self.scans = tuple(scans)  # (folded, a scan for the pieces, piece -> regex numbers)
        self.word_hits = lru_cache(maxsize=1 << 16)(self._word_hits)

    def number(self, pattern: Source) -> int | None:
        """The number of a regex (or of one equal to it), None if the index does not hold it."""
        return self._numbers.get((pattern.pattern, pattern.flags))

    def _word_hits(self, word: str) -> frozenset[int]:
        found: set[int] = set()
        for folded, scan, hits in self.scans:
            for m in scan.finditer(word.lower() if folded else word):
                found |= hits[m.group(1)]
        return frozenset(found)

    def numbers(self, text: str) -> frozenset[int]:
        """The numbers of the regexes that can match in `text` or a part of it."""
        if _ODD_FOLDS.search(text):
            return self.all
        return self.always.union(*map(self.word_hits, _RUN.findall(text)))

    def candidates(self, text: str) -> frozenset[Source]:
        """The regexes that can match in `text` or a part of it."""
        return frozenset(self.patterns[n] for n in self.numbers(text))


@cache
def _lexicon_index() -> AnchorIndex:
    patterns: list[Source] = [p for t in triggers() for p in (t.pattern, t.requires, t.excludes) if p is not None]
    patterns += [word_class(name) for name in SENTENCE_CLASSES]
    return AnchorIndex(patterns + [c.pattern for c in status_cues()])


class Possible:
    """The lexicon regexes that can match in one text (possible_patterns): `pattern in possible`."""

    __slots__ = ("numbers",)

    def __init__(self, numbers: frozenset[int]) -> None:
        self.numbers = numbers

    def __contains__(self, pattern: Source) -> bool:
        return _lexicon_index().number(pattern) in self.numbers


# word classes searched for in sentences
SENTENCE_CLASSES = ("group", "partner", "media", "mediation", "mediated", "purpose", "numbered_group")


@lru_cache(maxsize=1 << 10)  # a sentence is asked about by the actor and the frame reader
def possible_patterns(text: str) -> Possible:
    """The trigger, requires, excludes and status cue regexes and SENTENCE_CLASSES
    word classes that can match in `text` or a part of it: a regex not among them need not be
    tried there."""
    return Possible(_lexicon_index().numbers(text))


@cache
def _positions(kind: str) -> dict[int, tuple[int, ...]]:
    """The number of a trigger's or status cue's regex -> the positions of the rows that have it."""
    rows = [t.pattern for t in triggers()] if kind == "trigger" else [c.pattern for c in status_cues()]
    index = _lexicon_index()
    out: dict[int, tuple[int, ...]] = {}
    for i, pattern in enumerate(rows):
        n = index.number(pattern)
        assert n is not None  # the index holds every row's regex
        out[n] = (*out.get(n, ()), i)
    return out


@cache
def _required() -> tuple[int | None, ...]:
    """For each trigger row, the number of its `requires` regex (None when it has none)."""
    index = _lexicon_index()
    return tuple(index.number(t.requires) if t.requires else None for t in triggers())


def possible_triggers(possible: Possible) -> list[Trigger]:
    """The triggers, in file order, whose regex and `requires` regex (if any) are among `possible`
    (possible_patterns)."""
    rows, at, required, found = triggers(), _positions("trigger"), _required(), possible.numbers
    return [rows[i] for i in sorted(i for n in found for i in at.get(n, ()))
            if required[i] is None or required[i] in found]


def possible_cues(possible: Possible) -> list[StatusCue]:
    """The status cues, in file order, whose regex is among `possible` (possible_patterns)."""
    rows, at = status_cues(), _positions("cue")
    return [rows[i] for i in sorted(i for n in possible.numbers for i in at.get(n, ()))]


@dataclass(frozen=True, slots=True)
class StatusCue:
    """A cue that makes an event planned, negated, hypothetical or embedded."""

    pattern: Regex
    status: str
    scope: str
    applies: frozenset[str] | None


@cache
def triggers() -> tuple[Trigger, ...]:
    """The trigger lexicon in file order (earlier rows win overlaps)."""
    out = []
    for row in load_tsv("event_triggers.tsv"):
        pattern = Regex(_whole_words(row["pattern"]), 0 if row["kind"] == "noun" else re.IGNORECASE)
        out.append(Trigger(
            pattern=pattern, kind=row["kind"], subtype=row["subtype"],
            source=tuple(r for r in row["source"].split("|") if r),
            target=tuple(r for r in row["target"].split("|") if r),
            requires=Regex(row["requires"]) if row["requires"] else None,
            excludes=Regex(row["excludes"]) if row["excludes"] else None,
            type=row["type"] or None,
            flags=frozenset(f for f in row["flags"].split(",") if f)))
    return tuple(out)


@cache
def status_cues() -> tuple[StatusCue, ...]:
    """Status cues (planned, negated, hypothetical, embedded)."""
    return tuple(StatusCue(Regex(_whole_words(r["pattern"]), re.IGNORECASE), r["status"], r["scope"],
                           None if r["applies"] in ("", "all") else frozenset(r["applies"].split(",")))
                 for r in load_tsv("event_status.tsv"))


@cache
def _subjunctive() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {r["subjunctive"]: r["indicative"] for r in load_tsv("event_subjunctive.tsv")}
    if any(len(k) != len(v) for k, v in table.items()):
        raise ValueError("event_subjunctive.tsv: each indicative form must be as long as its subjunctive")
    alternatives = alternation(table) if table else "(?!)"
    return re.compile(rf"(?<![\w-]){alternatives}(?![\w-])"), table


def indicative(text: str) -> str:
    """The text with each Konjunktiv I verb of event_subjunctive.tsv ('unterstütze', 'weise … zurück')
    read as its indicative of the same length ('unterstützt', 'weist'), for matching triggers; offsets
    are kept, so spans found in the result are spans of the text."""
    pattern, table = _subjunctive()
    return pattern.sub(lambda m: table[m.group()], text) if pattern.search(text) else text


@cache
def word_class(name: str) -> re.Pattern[str]:
    """All patterns of one class of event_words.tsv as one whole-word regex."""
    parts = [r["pattern"] for r in load_tsv("event_words.tsv") if r["class"] == name]
    return compile_pattern("|".join(parts) or "(?!)")


@cache
def words(name: str) -> str:
    """All patterns of one class of event_words.tsv as a group to embed in another regex, which
    decides its case and word boundaries."""
    parts = [r["pattern"] for r in load_tsv("event_words.tsv") if r["class"] == name]
    if not parts:
        raise KeyError(f"event_words.tsv has no class {name!r}")
    return "(?:" + swiss_spelling("|".join(parts)) + ")"


@lru_cache(maxsize=1 << 16)
def first_class(word: str, names: tuple[str, ...]) -> str | None:
    """The first of the word classes `names` the whole of `word` belongs to, if any."""
    return next((name for name in names if word_class(name).fullmatch(word)), None)


@cache
def _plover() -> dict[str, dict[str, str]]:
    return {r["subtype"]: r for r in load_tsv("event_plover.tsv")}


def plover_type(subtype: str, status: str, given: str | None = None) -> str | None:
    """PLOVER type of a subtype and status (plover.py's table); `given` for subtype `other`."""
    row = _plover().get(subtype)
    if row is None:
        return given
    return row["planned"] if status == "planned" else row["occurred"]


def is_symmetric(subtype: str) -> bool:
    """Is the subtype's dyad unordered (a meeting of equals, a signed agreement)?"""
    row = _plover().get(subtype)
    return bool(row and row["symmetric"] == "1")


@cache
def _cameo() -> dict[tuple[str, str, str], tuple[str, float]]:
    return {(r["subtype"], r["status"], r["type"]): (r["cameo"], float(r["goldstein"]))
            for r in load_tsv("cameo.tsv")}


def cameo(subtype: str, status: str, ptype: str | None) -> tuple[str | None, float | None]:
    """CAMEO code and Goldstein score of an event; (None, None) when the table has no row."""
    table = _cameo()
    hit = table.get((subtype, status, ptype or "")) or table.get((subtype, status, ""))
    return hit if hit else (None, None)
