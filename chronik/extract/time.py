"""German temporal expressions: recognition, normalisation, the document date, resolution
against it, and the expression that governs an event.

Public API
----------
``find_times(text)``
    Every temporal expression with char offsets (prepositions such as "am", "im", "seit" are part
    of the span). Absolute ones carry ``value`` (ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) and
    ``precision``; relative and year-less ones ("gestern", "am Montag", "am 9. Januar",
    "Mitte September", "am Vortag", "ein Jahr zuvor", "in zwei Wochen") are ``relative=True`` with
    ``value=None`` until ``resolve_times`` ("am Vortag", "tags darauf", "ein Jahr zuvor" count from
    the previously mentioned date, the rest from the document date); vague ones
    ("kürzlich", "in den letzten Jahren") are ``vague=True``; future ones ("in der kommenden Zeit",
    "nächstes Jahr", a date in a clause with "wird", "soll", "ansteht", reported "werde", "würde",
    "solle" ..., or in the zu-infinitive or
    dass-clause of a promise, plan or demand: "sagte zu, im Juni ... zu reisen") ``future=True``, and
    ``resolve_times`` also marks every date after the document date as future.
``document_date(meta_date, times)``
    Metadata wins; otherwise the latest dated happening the text reports (``inferred=True``),
    never a future, deadline or target expression ("soll 2025", "bis 2030", "ab 2027", "für
    2025"); year-less days count from the latest full date on, year-less months only when they
    are not earlier in its year, a weekday after a full date the one nearest to it; ``None`` when
    nothing is dated.
``resolve_times(times, anchor, analysis=None)``
    Relative and year-less expressions resolved against the document date ("im Vorjahr" against a
    date earlier in its sentence when the analysis is given); unresolvable ones keep
    ``value=None``. In a text without a date line, a weekday after a full date is the one nearest
    to the latest day named so far ("am Montag, dem 3. März ... am Dienstag" -> 4 March).
    Precision never exceeds what the text and the anchor give; a week ("vergangene Woche") is a
    span and takes the month of its first day, weeks counted from a day ("vor zwei Wochen") end on a
    day, and "vor wenigen Tagen" is the month of the day three days off.
``is_target(t)``
    Is ``t`` a deadline, start or target ("bis 2030", "ab 2027", "für 2025") rather than a happening?
``is_bound(t)``
    Is ``t`` the end or start of a span ("bis 2029", "ab 2027")?
``is_start(t)``
    Is ``t`` the start of a span ("ab 2027", "ab Montag"), not its end ("bis 2029")?
``reports(text, start, end)``
    Does ``text[start:end]`` hold a verb of reporting ("teilte … mit", "sagte")?
``is_since(text, t)``
    Does ``t`` start a state that lasts ("seit 1992", "seit Ausbruch der Kämpfe im April")?
``dates_noun_only(text, t)``
    Does ``t`` date only a noun, not the clause around it ("den 1975 geschlossenen Vertrag",
    "seit Ausbruch der Kämpfe im April")?
``governing_time(analysis, times, start, end)``
    The expression that governs an event trigger or noun phrase at ``[start, end)``.
``headings(text, times)``
    The date headings of a live blog or ticker: lines that are only a date ("Montag, 7. August"),
    when the text has at least two; each dates the entries below it until the next one.

Lists and spans
---------------
One ``TimeExpr`` covers a whole coordinated expression.

* A span ("am 7. und 8. Februar 2012", "am 20.-22. November 2012", "von 2014 bis 2015"): ``value``
  is its first day/month/year and ``end_value`` its last; it is one happening, so
  ``expand_list(t) == [t]``.
* A list ("im Juli und Dezember 2010", "(1992, 1997, 2001)", "im Laufe der Jahre 2014 und 2015",
  "2006 und 2016"): ``value`` is the first item's, ``end_value`` is ``None``, ``is_list(t)`` is
  true, and ``expand_list(t)`` gives one ``TimeExpr`` per item, each with the offsets of its own
  words and its own value and precision (resolved if ``t`` was).
* Anything else: ``expand_list(t) == [t]``.

All words live in data files (data/time_*.tsv): month and weekday names, relative words and
modifiers with their offsets, units, parts and seasons, number words, prepositions with their
roles, clause words, and vague/future/count cues.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from chronik.extract.alternation import grouped
from chronik.extract.regex import Regex
from chronik.language.resources import load_tsv
from chronik.language.words import alternation, clause_words, ending_pattern, number_words, participle_shape
from chronik.model import Analysis, DocDate, TimeExpr

_CONNECT_SPAN = {"-", "–", "/", "bis", "bis zum", "bis zur"}
# cue kinds (data/time_cues.tsv) that are temporal expressions of their own; a few days before or after the
# document date is read as that many days off, at month precision
_FEW_DAYS = {"few_days_before": -3, "few_days_after": 3}
_CUE_KINDS = frozenset({"vague", "future", *_FEW_DAYS})
_BREAK_MARKS = ";:,–—"  # each one a clause break by itself
_SEP = r"[ \t\u00a0]+"
_GAP = _SEP + r"(?:[\w.-]+" + _SEP + "){0,5}"  # ' … ' in a cue phrase: up to five words between its parts


@dataclass(frozen=True, slots=True)
class _Point:
    """One calendar item inside an expression; offsets are relative to the expression's start.
    Frozen: interpretations are cached and shared by every text with the same expression."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_offset: int | None = None  # "dieses Jahres" 0, "vergangenen Jahres" -1
    same_year: bool = False  # "desselben Jahres": the year of the previously mentioned date
    part: str | None = None  # early | mid | late ("Anfang Februar")
    season: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class _Spec:
    """What an expression means before resolution (frozen and cached like _Point: derive changed
    copies with dataclasses.replace)."""

    kind: str  # date | weekday | deixis | ago | vague | future
    points: tuple[_Point, ...] = ()
    span: bool = False  # points are first and last of one span (else: a list when several)
    unit: str | None = None  # day | week | month | year
    offset: int | None = None  # units from the anchor (with same=True: from the previous date)
    same: bool = False  # "im selben Monat", "am Vortag", "ein Jahr zuvor": counted from the previous date
    near: bool = False  # "im Vorjahr": from a previous date in the same sentence, else from the anchor
    part: str | None = None
    weekday: int | None = None
    direction: int = 0  # -2 strictly before the anchor, -1 on or before, +1 after it, 0 from the clause
    coarse: bool = False  # a day given only roughly ("vor wenigen Tagen"): its month at most
    counted: bool = False  # weeks counted from a day ("vor zwei Wochen", "zwei Wochen später"): to the day


# ---------------------------------------------------------------- resources and patterns


def _alt(forms: list[str]) -> str:
    """A case-insensitive regex alternation, longest first; word forms must not run into further letters;
    ' … ' in a form stands for up to five words ("tritt … in Kraft")."""
    parts = []
    for f in sorted(set(forms), key=len, reverse=True):
        rest = re.escape(f[1:]).replace(r"\ …\ ", _GAP).replace(r"\ ", _SEP)
        parts.append((f[0], rest if f.endswith(".") else rest + r"(?!\w)"))
    return grouped(parts, ignore_case=True)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    months: dict[str, int]
    holidays: dict[str, tuple[int, int]]  # a fixed holiday's (month, day)
    weekdays: dict[str, int]
    deixis: dict[str, tuple[str, int, str | None]]
    exact_deixis: frozenset[str]
    sequel_deixis: frozenset[str]  # counted from the previous date ("Vortag"), not the document date
    near_deixis: frozenset[str]  # from a previous date of the same sentence, else the document date ("Vorjahr")
    modifiers: dict[str, str]
    units: dict[str, tuple[str, str, str | None]]
    parts: dict[str, tuple[str, tuple[int, int] | None]]
    numbers: dict[str, int]
    cues: tuple[tuple[str, str], ...]  # (phrase, kind); a phrase may have several kinds


@cache
def _lexicon() -> _Lexicon:
    parts: dict[str, tuple[str, tuple[int, int] | None]] = {}
    for r in load_tsv("time_parts.tsv"):
        months = r.get("months") or ""
        rng = tuple(int(x) for x in months.split("-")) if months else None
        parts[r["form"].lower()] = (r["part"], (rng[0], rng[1]) if rng else None)
    return _Lexicon(
        months={r["form"].lower(): int(r["month"]) for r in load_tsv("time_months.tsv")},
        holidays={r["form"].lower(): (int(r["month"]), int(r["day"])) for r in load_tsv("time_holidays.tsv")},
        weekdays={r["form"].lower(): int(r["weekday"]) for r in load_tsv("time_weekdays.tsv")},
        deixis={r["form"].lower(): (r["unit"], int(r["offset"]), r.get("part") or None)
                for r in load_tsv("time_deixis.tsv")},
        exact_deixis=frozenset(r["form"] for r in load_tsv("time_deixis.tsv") if r.get("case") == "exact"),
        sequel_deixis=frozenset(r["form"].lower() for r in load_tsv("time_deixis.tsv") if r.get("from") == "previous"),
        near_deixis=frozenset(r["form"].lower() for r in load_tsv("time_deixis.tsv") if r.get("from") == "sentence"),
        modifiers={r["stem"].lower(): r["offset"] for r in load_tsv("time_modifiers.tsv")},
        units={r["form"].lower(): (r["unit"], r["number"], r.get("part") or None) for r in load_tsv("time_units.tsv")},
        parts=parts,
        numbers=number_words(),
        cues=tuple((r["phrase"], r["kind"]) for r in load_tsv("time_cues.tsv")),
    )


@dataclass(frozen=True, slots=True)
class _Patterns:
    patterns: tuple[tuple[str, Regex], ...]  # compiled when a window's anchors first call for one
    month: re.Pattern[str]
    year: re.Pattern[str]
    day: re.Pattern[str]
    part: re.Pattern[str]
    modifier: re.Pattern[str]
    weekday: re.Pattern[str]
    future_verbs: re.Pattern[str]
    present_verbs: re.Pattern[str]  # "reist", "trifft": a present tense whose year-less date lies ahead
    counterfactual: re.Pattern[str]
    core: frozenset[str]  # words a temporal expression is built around: where to look closer
    month_prep: re.Pattern[str]  # prepositions that may open a bare month ("im November")
    past_prep: re.Pattern[str]  # "vom", "seit": on or before the document date
    future_prep: re.Pattern[str]  # "für": after the document date
    span_prep: re.Pattern[str]  # "zwischen": "A und B" is one span
    target_prep: re.Pattern[str]  # "bis", "ab": a deadline or start, not a happening
    start_prep: re.Pattern[str]  # "ab": a start
    state_prep: re.Pattern[str]  # "seit": the start of a state
    state_noun: re.Pattern[str]  # "seit seiner Vereidigung " right before a time that is that noun's
    clause_break: re.Pattern[str]  # ends the stretch a future cue ("wird") reaches
    subordinate: re.Pattern[str]  # comma + relative pronoun or subordinator
    weak_break: re.Pattern[str]  # comma or coordinator
    attributive_before: re.Pattern[str]  # article (+ focus particle) right before an attributive time
    stems: tuple[str, ...]  # word beginnings that do the same (weekdays, "vergangen-")


@cache
def _patterns() -> _Patterns:
    lx = _lexicon()
    month = _alt(list(lx.months))
    wd = alternation(lx.weekdays) + "(?:" + "|".join(clause_words("daypart")) + r")?(?!\w)"
    year = r"(?<![\d.,])(?:1[89]\d\d|20\d\d)(?![\d]|[.,]\d|er|\w)"
    day = r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\.(?!\d)"
    mod = alternation(lx.modifiers) + ending_pattern("adjective_ending") + r"?(?!\w)"
    part_words = [p for p, (kind, _) in lx.parts.items() if kind != "season"]
    seasons = [p for p, (kind, _) in lx.parts.items() if kind == "season"]
    part = _alt(part_words)
    season = _alt(seasons)
    unit_sg = _alt([u for u, (_, n, _) in lx.units.items() if n == "sg"])
    week = _alt([u for u, (unit, n, part) in lx.units.items() if unit == "week" and n == "sg" and not part])
    unit_any = _alt(list(lx.units))
    number = "(?:" + _alt(list(lx.numbers)) + r"|\d{1,3}(?!\d))"
    sequel = _alt([*_cue_words("sequel_before"), *_cue_words("sequel_after")])
    prep = _alt(list(_prepositions()))
    art = r"(?:der|des|dem|den|die|das)"
    year_word = _alt(_year_words())
    day_adj = "(?:" + "|".join(clause_words("daypart_adjective")) + ")" + ending_pattern("adjective_ending") + r"(?!\w)"
    gen = _alt(list(clause_words("genitive")))  # "am Montag der kommenden Woche", "Ende des Monats"
    rel_year = rf"(?:des{_SEP})?{mod}{_SEP}{year_word}"
    of_year = rf"(?:des{_SEP}{year_word}{_SEP})?"
    s, o = _SEP, r"\s*"
    conn = r"(?:-|–|/|bis(?:\s+zum|\s+zur)?|und|sowie|oder|,)"  # "am 30./31. Januar": a span
    day_group = rf"{day}{o}(?:{month}(?:{o},?{o}{year})?)?"
    # "vom 28.2. bis 1.3.2024", "28.-30.3.2024": a first day (and month) without the year the last one gives
    numeric_from = r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\.(?:(?:0?[1-9]|1[0-2])\.)?"
    span_conn = r"(?:-|–|bis(?:\s+zum)?)"
    pats = {
        "iso": r"(?<![\d-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d])",
        "numeric": (rf"(?:{prep}{s}){{0,2}}(?:{wd},?{o})?(?:{numeric_from}{o}{span_conn}{o})?(?<![\d.,])"
                    r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d(?!\d)"),
        "numeric_short": (rf"(?:{prep}{s})?(?:{wd},?{o}(?P<paren>\()?{o})?(?:{prep}{s})?(?<![\d.,])"
                          r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?![\d.,]\d|\d)(?(paren)\s*\))"),
        "days": (rf"(?:{prep}{s}){{0,2}}(?:(?:{day_adj}{s})?{wd},?{s}(?:(?:den|dem){s})?)?(?:{day_group}{o}{conn}{o}"
                 rf"(?:{wd},?{s})?(?:(?:den|dem){s})?)*{day}{o}{month}(?:{o},?{o}{of_year}{year}|{s}{rel_year})?"),
        "months": (rf"(?:{prep}{s}){{0,2}}(?:{part}{s})?{month}(?:{o}{conn}{o}(?:{part}{s})?{month})*"
                   rf"(?:{o},?{o}{of_year}{year}|{s}{rel_year})?"),
        "years": (rf"(?:{prep}{s}){{0,2}}(?:{part}{s}(?:des{s})?)?"
                  rf"(?:(?:{art}{s})?{year_word}{s})?{year}(?:{o}(?:-|–|/|bis|und|sowie|,){o}{year})*"),
        "season": rf"(?:{prep}{s})?(?:(?:{art}{s})?{mod}{s})?{season}(?:{s}{year}|{s}{rel_year})?",
        "holiday": rf"(?:{prep}{s}(?:{art}{s})?)?{_alt(list(lx.holidays))}(?:{s}{year})?",
        "weekday": (rf"(?:{prep}{s})?(?:{mod}{s}|{day_adj}{s})?{wd}(?:{o}(?:und|bis|-|–){o}{wd})?"
                    rf"(?:{s}(?:{gen}{s})?{mod}{s}{week})?"),
        # not "am letzten Tag des Besuchs": a day of a happening, not one counted from now
        "unit": rf"(?:{prep}{s})?(?:(?:{part}){s})?(?:{art}{s})?{mod}{s}{unit_sg}(?!{s}(?:{gen}){s})",
        "part_unit": rf"(?:{prep}{s})?{part}{s}{gen}{s}{unit_sg}",
        "ago": rf"vor{s}{number}{s}{unit_any}",
        "ahead": rf"in{s}{number}{s}{unit_any}(?!{s}{sequel})",
        "sequel": rf"(?:(?:{prep}{s})?{unit_sg}|{number}{s}{unit_any}){s}{sequel}",
        # "zwei Tage vor dem Angriff": counted from the date told before, when no date of that noun follows
        "offset": (rf"{number}{s}{unit_any}{s}{_role_alt('before', 'after')}{s}{_alt(clause_words('offset_article'))}"
                   rf"{s}(?-i:[A-ZÄÖÜ])[\w-]+(?![\w-]|\s+(?:{_role_alt('of_noun')}\s+)?\d)"),
        "decade": (rf"(?:{prep}{s})?(?:{part}{s}(?:{gen}{s})?)?(?:(?:der|den){s})?(?:1[89]|20)\d0er"
                   rf"(?:(?:-|{s})?jahre[n]?)?(?!\w)"),
        "deixis": rf"(?:{prep}{s})?" + _alt([d for d in lx.deixis if d not in {x.lower() for x in lx.exact_deixis}]),
        "deixis_exact": "(?<!\\w)(?:" + "|".join(re.escape(d) for d in lx.exact_deixis) + r")(?!\w)",
        "cue": _alt([c for c, k in lx.cues if k in _CUE_KINDS]),
    }
    compiled = tuple((name, Regex(r"(?<!\w)" + p if not p.startswith("(?<") else p,
                                  0 if name == "deixis_exact" else re.IGNORECASE))
                     for name, p in pats.items())
    future_verbs = [c for c, k in lx.cues if k == "future_verb"]
    cue_words = (w for c, k in lx.cues if k in _CUE_KINDS for w in c.split() if len(w) > 3)
    # "dritten quartal", "tag der deutschen einheit": a window opens at "Quartal", "Einheit"
    heads = (p.split()[-1] for p in (*lx.parts, *lx.holidays))
    core = frozenset(w.lower().rstrip(".") for w in (*lx.months, *lx.holidays, *lx.deixis, *lx.units, *lx.parts,
                                                     *heads, *cue_words))
    stems = tuple(lx.weekdays) + tuple(lx.modifiers)
    def role(name: str) -> re.Pattern[str]:
        return re.compile(_role_alt(name) + r"\s", re.I)

    coordinators = _alt(clause_words("coordinator"))
    subordinate = (r",\s*(?:" + _alt(clause_words("relative_prep")) + r"\s+)?(?:"
                   + _alt(clause_words("relative") + clause_words("subordinator")) + ")")
    attributive = (r"(?<!,\s)(?<![\w,])" + _alt(clause_words("article")) + r"\s+(?:"
                   + _alt(clause_words("focus")) + r"\s+)?$")
    return _Patterns(
        patterns=compiled, month=re.compile(month, re.I), year=re.compile(year), day=re.compile(day),
        part=re.compile(part, re.I), modifier=re.compile(mod, re.I), weekday=re.compile(wd, re.I),
        future_verbs=re.compile(r"(?<!\w)" + _alt(future_verbs), re.I), core=core, stems=stems,
        present_verbs=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c, k in lx.cues if k == "present_verb")
                                 + r")(?!\w)"),
        counterfactual=re.compile(r"(?<!\w)" + _alt([c for c, k in lx.cues if k == "counterfactual"]), re.I),
        month_prep=role("month"), past_prep=role("past"), future_prep=role("future"), span_prep=role("span"),
        target_prep=role("target"), start_prep=role("start"), state_prep=role("state"),
        state_noun=re.compile(r"(?<!\w)" + _alt([f for f, r in _prepositions().items() if "state" in r])
                              + r"\s+(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][\w-]*\s+(?:(?:" + _alt(clause_words("genitive"))
                              + r")\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*\s+)?$"),
        # a blank line ends a list line that has no final period ("– Mai 2023: X wird … empfangen")
        clause_break=re.compile(f"[{_BREAK_MARKS}]" + r"|\s-\s|(?<!\w)" + coordinators + r"|[.!?](?=\s)|\n\s*\n",
                                re.I),
        subordinate=re.compile(subordinate, re.I), weak_break=re.compile(r",|(?<!\w)" + coordinators, re.I),
        attributive_before=re.compile(attributive, re.I))


def _role_alt(*roles: str) -> str:
    """An alternation of the prepositions with any of these roles (data/time_prepositions.tsv)."""
    return _alt([f for f, have in _prepositions().items() if not have.isdisjoint(roles)])


@cache
def _prepositions() -> dict[str, frozenset[str]]:
    """Prepositions opening a temporal expression, with their roles (data/time_prepositions.tsv)."""
    return {r["form"].lower(): frozenset(x.strip() for x in (r.get("roles") or "").split(",") if x.strip())
            for r in load_tsv("time_prepositions.tsv")}


@cache
def _year_words() -> frozenset[str]:
    """Nouns for "year" in any form ("Jahr", "Jahres", "Jahren")."""
    return frozenset(f for f, (unit, _, _) in _lexicon().units.items() if unit == "year")


# ---------------------------------------------------------------- interpretation of one match


def _part_of(text: str) -> str | None:
    m = _patterns().part.search(text)
    return _lexicon().parts[re.sub(r"\s+", " ", m.group().lower())][0] if m else None


def _modifier(text: str) -> tuple[int | None, bool] | None:
    """The offset and whether it counts from the previous date ("same" -> (None, True), "after" ->
    (1, True)) of the first relative modifier in `text`."""
    m = _patterns().modifier.search(text)
    if not m:
        return None
    word = m.group().lower()
    for stem, off in _lexicon().modifiers.items():
        if word.startswith(stem) and len(word) - len(stem) <= 2:
            return {"same": (None, True), "after": (1, True)}.get(off) or (int(off), False)
    return None


def _rel_year(text: str) -> int | None:
    """The year offset of a trailing "dieses/vergangenen Jahres", if any."""
    mod = _year_modifier(text)
    return mod[0] if mod and not mod[1] else None


def _same_year(text: str) -> bool:
    """Does `text` end in "desselben Jahres", "des gleichen Jahres"?"""
    mod = _year_modifier(text)
    return bool(mod and mod[1])


def _year_modifier(text: str) -> tuple[int | None, bool] | None:
    m = re.search(r"(\w+)\s+(\w+)\s*$", text)
    if not m or m.group(2).lower() not in _year_words():
        return None
    return _modifier(m.group(1))


@lru_cache(maxsize=8192)
def _interpret(name: str, text: str) -> _Spec | None:
    """The meaning of `text`, matched by pattern `name`; None when it is not a time after all
    (remembered, so shared between expressions of the same text; frozen, so no caller can change it)."""
    pt, lx = _patterns(), _lexicon()
    low = text.lower()
    if name == "iso":
        y, mth, d = (int(x) for x in text.split("-"))
        return _Spec("date", (_Point(0, len(text), y, mth, d),)) if _valid(y, mth, d) else None
    if name == "numeric":
        m = re.search(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
        assert m
        d, mth, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not _valid(y, mth, d):
            return None
        last = _Point(m.start(), m.end(), y, mth, d)
        first = re.search(r"(\d{1,2})\.(?:(\d{1,2})\.)?\s*\S+(?:\s+zum)?\s*$", text[:m.start()])
        if first is None:
            return _Spec("date", (last,))
        d0, m0 = int(first.group(1)), int(first.group(2) or mth)
        y0 = y if (m0, d0) <= (mth, d) else y - 1  # "vom 28.12. bis 3.1.2024": December 2023
        if (m0, d0) == (mth, d) or not _valid(y0, m0, d0):
            return None
        return _Spec("date", (_Point(first.start(), first.end(), y0, m0, d0), last), span=True)
    if name == "numeric_short":
        m = re.search(r"(\d{1,2})\.(\d{1,2})\.\s*\)?$", text)
        assert m
        if m.start() == 0:
            return None  # a bare "5.10." may be anything; a preposition or weekday makes it a date
        d, mth = int(m.group(1)), int(m.group(2))
        return _Spec("date", (_Point(m.start(), m.end(), None, mth, d),)) if _valid(2000, mth, d) else None
    if name == "days":
        return _interpret_days(text)
    if name == "months":
        return _interpret_months(text)
    if name == "years":
        return _interpret_years(text)
    if name == "holiday":
        hm = re.search(_alt(list(lx.holidays)), text, re.I)
        assert hm
        y = pt.year.search(text)
        month, day = lx.holidays[re.sub(r"\s+", " ", hm.group().lower())]
        return _Spec("date", (_Point(0, len(text), int(y.group()) if y else None, month, day),))
    if name == "season":
        sm = re.search(_alt([p for p, (k, _) in lx.parts.items() if k == "season"]), text, re.I)
        assert sm
        y = pt.year.search(text)
        year_offset = _rel_year(text)
        mod = _modifier(text[: sm.start()])
        if y is None and year_offset is None and mod and not mod[1]:
            year_offset = mod[0]
        point = _Point(0, len(text), int(y.group()) if y else None,
                       season=lx.parts[sm.group().lower()][1], year_offset=year_offset,
                       same_year=_same_year(text) and not y)
        return _Spec("date", (point,))
    if name == "weekday":
        word = pt.weekday.search(text)
        assert word
        weekday = next((n for f, n in lx.weekdays.items() if word.group().lower().startswith(f)), None)
        if weekday is None:
            return None
        rest = text[word.end():]
        if pt.weekday.search(rest) is None and re.search(r"\s\w+\s*$", rest):  # "Dienstag vergangener Woche"
            week = _modifier(rest)
            if week is None or week[0] is None:
                return None
            direction = (week[0] > 0) - 2 * (week[0] < 0)
            return _Spec("weekday", weekday=weekday, unit="week", offset=week[0], direction=direction)
        mod = _modifier(text)
        direction = 0
        if mod and mod[0] is not None:  # "am folgenden Montag" too lies after
            direction = -2 if mod[0] < 0 else 1 if mod[0] > 0 else 0
        if pt.future_prep.match(text) or pt.start_prep.match(text):  # "ab Montag": from the coming one on
            direction = 1
        elif pt.past_prep.match(text):
            direction = -1
        return _Spec("weekday", weekday=weekday, direction=direction)
    if name in ("unit", "part_unit"):
        unit_word = re.search(r"(\w+)\s*$", text)
        assert unit_word
        unit = lx.units[unit_word.group(1).lower()][0]
        part = lx.units[unit_word.group(1).lower()][2] or _part_of(text)  # "Wochenende" holds "Ende"
        if name == "part_unit":
            return _Spec("deixis", unit=unit, offset=0, part=part)
        mod = _modifier(text)
        if not mod:
            return None
        offset, same = mod
        # "am nächsten Tag", "am nächsten Abend": the day after the one told before, not tomorrow
        same = same or unit == "day" and offset == 1
        return _Spec("deixis", unit=unit, offset=offset, same=same, part=part)
    if name in ("ago", "ahead"):
        m = re.match(r"\w+\s+(\S+)\s+(\w+)", text, re.I)
        assert m
        num = m.group(1).lower()
        n = int(num) if num.isdigit() else lx.numbers[num]
        return _Spec("ago", unit=lx.units[m.group(2).lower()][0], offset=-n if name == "ago" else n, counted=True)
    if name == "sequel":  # "ein Jahr zuvor", "tags darauf", "im Jahr danach"
        words = text.lower().split()
        sign = -1 if words[-1] in _cue_words("sequel_before") else 1
        num = words[-3] if len(words) > 2 else ""
        n = int(num) if num.isdigit() else lx.numbers.get(num, 1)
        counted = num.isdigit() or num in lx.numbers  # "zwei Wochen später", not "in der Woche darauf"
        return _Spec("deixis", unit=lx.units[words[-2]][0], offset=sign * n, same=True, counted=counted)
    if name == "offset":  # "zwei Tage vor dem Angriff", "eine Woche nach der Wahl": days and weeks only
        num, unit_word, prep = text.lower().split()[:3]
        unit = lx.units[unit_word][0]
        if unit not in ("day", "week"):
            return None
        n = int(num) if num.isdigit() else lx.numbers[num]
        return _Spec("deixis", unit=unit, offset=-n if "before" in _prepositions()[prep] else n, same=True,
                     counted=True)
    if name == "decade":
        return _Spec("vague")
    if name in ("deixis", "deixis_exact"):
        word = re.search(r"(\w+)\s*$", text)
        assert word
        unit, offset, part = lx.deixis[word.group(1).lower()]
        form = word.group(1).lower()
        near = form in lx.near_deixis
        return _Spec("deixis", unit=unit, offset=offset, part=part, same=form in lx.sequel_deixis or near, near=near)
    kind = next((k for c, k in lx.cues if k in _CUE_KINDS and c.lower() == re.sub(r"\s+", " ", low)), None)
    if kind in _FEW_DAYS:  # "vor wenigen Tagen", "in den kommenden Tagen": the month of a day a few days off
        return _Spec("ago", unit="day", offset=_FEW_DAYS[kind], coarse=True)
    return _Spec(kind) if kind else None


def _valid(y: int, m: int, d: int | None = None) -> bool:
    if not 1 <= m <= 12:
        return False
    return d is None or 1 <= d <= calendar.monthrange(y if y else 2000, m)[1]


def _interpret_days(text: str) -> _Spec | None:
    """ "am 7. und 8. Februar 2012", "20.-22. November", "Montag, 6. September 2021" ..."""
    pt, lx = _patterns(), _lexicon()
    tokens = [("day", m) for m in pt.day.finditer(text)] + [("month", m) for m in pt.month.finditer(text)] + \
             [("year", m) for m in pt.year.finditer(text)]
    tokens.sort(key=lambda x: x[1].start())
    rel, same_year = _rel_year(text), _same_year(text)
    points: list[_Point] = []
    connectors: list[str] = []
    last_end = 0
    for kind, m in tokens:
        if kind == "day":
            if points:
                connectors.append(text[last_end:m.start()].strip(" ,").lower() or ",")
            points.append(_Point(m.start(), m.end(), day=int(m.group()[:-1]), year_offset=rel, same_year=same_year))
        elif kind == "month" and points:  # "7. und 8. Februar": the month of every day before it without one
            month = lx.months[re.sub(r"\s+", " ", m.group().lower())]
            points = [p if p.month is not None else replace(p, month=month) for p in points]
            points[-1] = replace(points[-1], end=m.end())
        elif kind == "year" and points:
            year = int(m.group())
            points = [p if p.year is not None else replace(p, year=year) for p in points]
            points[-1] = replace(points[-1], end=m.end())
        last_end = m.end()
    if not points or any(p.month is None for p in points):
        return None
    # a day with a year of its own is counted from no other year
    points = [replace(p, year_offset=None, same_year=False) if p.year is not None else p for p in points]
    if not all(_valid(p.year or 2000, p.month or 0, p.day) for p in points):
        return None
    if len(points) == 1:
        return _Spec("date", tuple(points))
    spanning = all(c in _CONNECT_SPAN for c in connectors) or bool(_patterns().span_prep.match(text)) or (
        len(points) == 2 and connectors[0] == "und" and points[0].month == points[1].month
        and (points[1].day or 0) - (points[0].day or 0) == 1)
    if spanning:
        return _Spec("date", (points[0], points[-1]), span=True)
    return _Spec("date", tuple(points))


def _interpret_months(text: str) -> _Spec | None:
    """ "im November", "Anfang Februar", "im Juli und Dezember 2010", "im Januar dieses Jahres"."""
    pt, lx = _patterns(), _lexicon()
    months = list(pt.month.finditer(text))
    year = pt.year.search(text)
    rel = _rel_year(text)
    points = []
    for i, m in enumerate(months):
        before = text[months[i - 1].end() if i else 0:m.start()]
        points.append(_Point(m.start(), m.end(), int(year.group()) if year else None,
                             lx.months[re.sub(r"\s+", " ", m.group().lower())], year_offset=rel,
                             same_year=_same_year(text) and not year,
                             part=_part_of(before)))
    if year:
        points[-1] = replace(points[-1], end=year.end())
    has_prep = bool(pt.month_prep.match(text)) or points[0].part is not None
    if len(points) == 1 and not (year or rel is not None or has_prep):
        return None
    if len(points) > 1:
        between = text[months[0].end():months[1].start()].strip().lower()
        if between in _CONNECT_SPAN:
            return _Spec("date", (points[0], points[-1]), span=True)
    return _Spec("date", tuple(points))


def _interpret_years(text: str) -> _Spec | None:
    """ "im Jahr 2023", "Ende 2024", "seit 2005", "(1992, 1997, 2001)", "von 2014 bis 2015"."""
    years = list(_patterns().year.finditer(text))
    points = tuple(_Point(m.start(), m.end(), int(m.group())) for m in years)
    if len(points) == 1:
        return _Spec("date", points)
    between = text[years[0].end():years[1].start()].strip().lower()
    if between in _CONNECT_SPAN or between == "/" or (between == "und" and _patterns().span_prep.match(text)):
        first, last = points[0].year or 0, points[-1].year or 0
        return _Spec("date", (points[0], points[-1]), span=True) if last > first else None
    return _Spec("date", points)


# ---------------------------------------------------------------- recognition


@cache
def _cue_words(kind: str) -> frozenset[str]:
    """Cue phrases of one kind (data/time_cues.tsv), lower case."""
    return frozenset(r["phrase"].lower() for r in load_tsv("time_cues.tsv") if r["kind"] == kind)


def _is_count(text: str, start: int, end: int) -> bool:
    """Is the bare number at [start, end) an amount or count rather than a year?"""
    before = text[max(0, start - 20):start].lower().split()
    after = text[end:end + 20].split()
    befores = _cue_words("count_before")
    if before and (before[-1] in befores or " ".join(before[-2:]) in befores):
        return True
    afters = _cue_words("count_after")
    return bool(after) and (after[0].lower() in afters or after[0].rstrip(".,;:)").lower() in afters)


_MARGIN = 50
_WORD = re.compile(r"\w+")
# What a word (a \w+ run of the text) can anchor; a pattern is tried on a window only when the
# window holds the anchors the pattern cannot match without (see _Anchors).
_DIGIT, _YEAR, _DECADE, _MONTH, _WEEKDAY, _SEASON, _UNIT_SG, _UNIT, _MODIFIER, _PART, _SEQUEL, _DEIXIS, _CUE = (
    1 << i for i in range(13))
_PLAIN = (False, 0)  # a word that is no core word and carries no anchor


def _key_words(forms: Iterable[str]) -> str:
    """A regex that fully matches one word of each form, its longest (any word if a form has none)."""
    keys = set()
    for form in forms:
        words = _WORD.findall(form)
        if not words:
            return r"\w+"
        keys.add(max(words, key=len))
    return alternation(keys)


class _Anchors:
    """The anchors each word carries (remembered per word) and the anchors each pattern needs.

    Every word of an anchor a pattern needs is a whole word of the text (the patterns put a space, a
    line start or a non-word character before an anchor and a non-word character or the end of a
    form after it, and the words of a form are separated by spaces or non-word characters), so
    testing whole words with the same case-insensitive regex is exact: a window without the anchors
    holds no match of the pattern. Digits, years and decades are searched inside words."""

    _LIMIT = 100_000  # words remembered before the memory is cleared

    def __init__(self) -> None:
        lx, pt = _lexicon(), _patterns()
        cues = [c for c, k in lx.cues if k in _CUE_KINDS]
        tests = [
            (_DIGIT, re.compile(r"\d").search), (_YEAR, re.compile(r"(?:1[89]|20)\d\d").search),
            (_DECADE, re.compile(r"(?:1[89]|20)\d0er", re.I).search),
            (_MONTH, _key_words([*lx.months, *lx.holidays])), (_WEEKDAY, _key_words(lx.weekdays) + r"\w*"),
            (_SEASON, _key_words(p for p, (kind, _) in lx.parts.items() if kind == "season")),
            (_UNIT_SG, _key_words(u for u, (_, n, _) in lx.units.items() if n == "sg")),
            (_UNIT, _key_words(lx.units)), (_MODIFIER, _key_words(lx.modifiers) + r"\w*"),
            (_PART, _key_words(p for p, (kind, _) in lx.parts.items() if kind != "season")),
            (_SEQUEL, _key_words([*_cue_words("sequel_before"), *_cue_words("sequel_after")])),
            (_DEIXIS, _key_words(lx.deixis)), (_CUE, _key_words(cues))]
        self._tests = tuple((bit, test if callable(test) else re.compile(test, re.I).fullmatch)
                            for bit, test in tests)
        # fully matches a word that passes any of the tests (the first three need a digit)
        self._any = re.compile(r"\w*\d\w*|" + "|".join(t for _, t in tests if isinstance(t, str)), re.I).fullmatch
        day_month, day = re.compile(r"\d\.[0-9]"), re.compile(r"\d\.(?!\d)")
        self.needs: dict[str, tuple[int, re.Pattern[str] | None]] = {
            "iso": (_YEAR, re.compile(r"\d-[01]")), "numeric": (_YEAR, day_month),
            "numeric_short": (_DIGIT, day_month), "days": (_MONTH, day), "months": (_MONTH, None),
            "years": (_YEAR, None), "season": (_SEASON, None), "holiday": (_MONTH, None), "weekday": (_WEEKDAY, None),
            "unit": (_UNIT_SG | _MODIFIER, None), "part_unit": (_UNIT_SG | _PART, None), "ago": (_UNIT, None),
            "ahead": (_UNIT, None), "sequel": (_UNIT | _SEQUEL, None), "offset": (_UNIT, None),
            "decade": (_DECADE, None), "deixis": (_DEIXIS, None), "deixis_exact": (_DEIXIS, None), "cue": (_CUE, None)}
        self._core, self._stems = pt.core, pt.stems
        self.memo: dict[str, tuple[bool, int]] = {}  # word -> word() (_PLAIN itself for most words)
        self._by_mask: dict[int, tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]] = {}

    def patterns(self, mask: int) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
        """The patterns (with the characters they need) a window with the anchors `mask` may match."""
        found = self._by_mask.get(mask)
        if found is None:
            found = self._by_mask[mask] = tuple((name, pat.compiled(), self.needs[name][1])
                                                for name, pat in _patterns().patterns
                                                if mask & self.needs[name][0] == self.needs[name][0])
        return found

    def word(self, word: str) -> tuple[bool, int]:
        """Is `word` one temporal expressions are built around, and which anchors does it carry?"""
        found = self.memo.get(word)
        if found is None:
            low = word.lower()
            core = low[0].isdigit() or low in self._core or low.startswith(self._stems)
            found = core, sum(bit for bit, test in self._tests if test(word)) if self._any(word) else 0
            if found == _PLAIN:
                found = _PLAIN
            if len(self.memo) >= self._LIMIT:
                self.memo.clear()
            self.memo[word] = found
        return found


@cache
def _anchors() -> _Anchors:
    return _Anchors()


def _windows(text: str) -> list[tuple[int, int, int]]:
    """Stretches of `text` around the words temporal expressions are built on, cut at spaces, with
    the anchors their words carry."""
    out: list[tuple[int, int]] = []
    anchors = _anchors()
    memo, plain = anchors.memo, _PLAIN
    starts: list[int] = []  # words that carry anchors
    words: list[tuple[int, int]] = []  # (end, anchors) of each
    for m in _WORD.finditer(text):
        word = m.group()
        found = memo.get(word) or anchors.word(word)
        if found is plain:
            continue
        core, mask = found
        if mask:
            starts.append(m.start())
            words.append((m.end(), mask))
        if not core:
            continue
        lo, hi = max(0, m.start() - _MARGIN), min(len(text), m.end() + _MARGIN)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    cut = []
    for lo, hi in out:
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        mask = 0
        for i in range(bisect_left(starts, lo), len(starts)):
            end, bits = words[i]
            if end > hi:
                break
            mask |= bits
        cut.append((lo, hi, mask))
    return cut


def _candidates(text: str) -> list[tuple[int, int, str]]:
    out = set()
    anchors = _anchors()
    for lo, hi, mask in _windows(text):
        for name, pat, key in anchors.patterns(mask):
            if key is not None and not key.search(text, lo, hi):
                continue
            for m in pat.finditer(text, lo, hi):
                if m.end() > m.start():
                    out.add((m.start(), m.end(), name))
    return list(out)


# letters the case-insensitive patterns match as i or s whose lower case is no lexicon letter
# ("İN DEN LETZTEN JAHREN", "ſeit"); the interpretation reads them as those letters (same length)
_FOLD = str.maketrans("İıſ", "Iis")


def _scan(text: str) -> list[tuple[TimeExpr, _Spec]]:
    """Temporal expressions of `text` with their meaning, longest match first, no overlaps."""
    cands = sorted(_candidates(text), key=lambda c: (c[0], -(c[1] - c[0])))
    found: list[tuple[TimeExpr, _Spec]] = []
    taken_end = -1
    for start, end, name in cands:
        if start < taken_end:
            continue
        piece = text[start:end]
        if name == "years" and _count_not_year(text, start, piece):
            continue
        spec = _interpret(name, piece.translate(_FOLD))
        if spec is None or name == "offset" and _restates_day(text, found, start):
            continue
        found.append((_expr(start, end, piece, spec), spec))
        taken_end = end
    return _merge_weekdays(text, found)


def _restates_day(text: str, found: list[tuple[TimeExpr, _Spec]], start: int) -> bool:
    """Is a count from a happening at `start` in apposition to the day just found ("Am 3. Mai 2021, zwei Tage vor
    dem Besuch, …")? It names that same day again, not one counted from it."""
    if not found or found[-1][1].kind != "date" or not found[-1][1].points[-1].day:
        return False
    return text[found[-1][0].end:start].strip() == ","


@cache
def _counted_apposition() -> re.Pattern[str]:
    """", zwei Tage vor dem" right after a day: the count and preposition of a happening named in apposition."""
    lx = _lexicon()
    number = _alt([*lx.numbers, r"\d{1,2}"])
    units = _alt([u for u, (unit, *_rest) in lx.units.items() if unit in ("day", "week")])
    return re.compile(rf"\s*,\s*({number})\s+({units})\s+({_role_alt('before', 'after')})\s+"
                      rf"{_alt(clause_words('offset_article'))}\s[^,;.:()]*$", re.I)


def apposition_day(text: str, t: TimeExpr, pos: int) -> str | None:
    """The day of a happening named at `pos` in apposition to the day `t` ("Am 3. Mai 2021, zwei Tage vor dem
    Besuch des Präsidenten, …": the visit is on the 5th), or None."""
    if t.precision != "day" or not t.value or not 0 < pos - t.end < 120:
        return None
    m = _counted_apposition().match(text[t.end:pos])
    if m is None:
        return None
    num, unit_word, prep = (g.lower() for g in m.groups())
    n = int(num) if num.isdigit() else _lexicon().numbers[num]
    days = n * (7 if _lexicon().units[unit_word][0] == "week" else 1)
    sign = 1 if "before" in _prepositions()[prep] else -1
    return (date.fromisoformat(t.value) + timedelta(days=sign * days)).isoformat()


def _count_not_year(text: str, start: int, piece: str) -> bool:
    """A single number without "Jahr" that is an amount by its neighbours ("2000 Soldaten")."""
    years = list(_patterns().year.finditer(piece))
    if len(years) != 1 or any(w.lower() in _year_words() for w in re.findall(r"[^\W\d]+", piece)):
        return False
    return _is_count(text, start + years[0].start(), start + years[0].end())


@cache
def _apposition() -> re.Pattern[str]:
    """The comma and article before a date or weekday in apposition (", dem", ", einem"); the article
    may be part of the date's own span ("dem 3.3.2025")."""
    return re.compile(r"\s*,\s*(?:(?:" + _alt(clause_words("apposition")) + r")\s+)?", re.I)


def _merge_weekdays(text: str, found: list[tuple[TimeExpr, _Spec]]) -> list[tuple[TimeExpr, _Spec]]:
    """ "am Dienstag (11.11.2025)", "Am Mittwoch (5. Oktober)", "am Montag, dem 3.3.2025": the weekday
    takes the date's meaning; "am 3. März 2025, einem Montag": the weekday joins the date."""
    out: list[tuple[TimeExpr, _Spec]] = []
    i = 0
    while i < len(found):
        t, spec = found[i]
        if i + 1 < len(found) and spec.kind == "date" and spec.points[-1].day and found[i + 1][1].kind == "weekday":
            gap = text[t.end:found[i + 1][0].start]
            if (m := _apposition().fullmatch(gap)) and m.group().strip(" ,"):
                end = found[i + 1][0].end
                joined = replace(spec, weekday=found[i + 1][1].weekday)  # "am 3. März 2025, einem Montag"
                out.append((replace(t, end=end, text=text[t.start:end]), joined))
                i += 2
                continue
        if spec.kind == "weekday" and i + 1 < len(found):
            nt, nspec = found[i + 1]
            gap = text[t.end:nt.start]
            close = re.match(r"\s*\)", text[nt.end:])
            end = nt.end + close.end() if close and re.fullmatch(r"\s*\(\s*", gap) else (
                nt.end if _apposition().fullmatch(gap) else None)
            if nspec.kind == "date" and nspec.points[0].day and end is not None:
                shift = nt.start - t.start
                points = tuple(replace(p, start=p.start + shift, end=p.end + shift) for p in nspec.points)
                merged = replace(nspec, points=points, weekday=spec.weekday)  # the weekday tells the year
                out.append((_expr(t.start, end, text[t.start:end], merged), merged))
                i += 2
                continue
        out.append((t, spec))
        i += 1
    return out


def _expr(start: int, end: int, piece: str, spec: _Spec) -> TimeExpr:
    """The TimeExpr for a spec: absolute ones get their value now."""
    if spec.kind in ("vague", "future"):
        return TimeExpr(start, end, piece, None, None, vague=True, future=spec.kind == "future")
    if spec.kind == "date" and all(p.year is not None for p in spec.points):
        first = _point_value(spec.points[0], spec.points[0].year)
        end_value = _point_value(spec.points[-1], spec.points[-1].year)[0] if spec.span else None
        return TimeExpr(start, end, piece, first[0], first[1], end_value=end_value)
    return TimeExpr(start, end, piece, None, None, relative=True)


def _point_value(p: _Point, year: int | None) -> tuple[str | None, str | None]:
    if year is None:
        return None, None
    if p.month is None:
        return f"{year:04d}", "year"
    if p.day is None:
        return f"{year:04d}-{p.month:02d}", "month"
    return f"{year:04d}-{p.month:02d}-{p.day:02d}", "day"


def find_times(text: str) -> list[TimeExpr]:
    """All temporal expressions of `text`; absolute ones normalised, others flagged (see module doc)."""
    out = []
    pt = _patterns()
    for t, spec in _scan(text):
        if spec.kind == "future" or _spec_future(spec):
            t.future = True
        elif spec.kind == "vague":
            t.vague = True
        else:
            # "vom Montag" lies before, whatever its clause says; "vom 20. bis 22. Mai" is a span like any other
            cued = spec.span or not pt.past_prep.match(t.text)
            present = (_yearless(spec) or _bare_weekday(spec) or _current(spec)) and not pt.state_prep.match(t.text)
            if _yearless(spec) and pt.future_prep.match(t.text):
                t.future = True  # "sagte für Juli einen Gegenbesuch zu": the coming July
            elif cued or present:
                segment = _clause_segment(text, t.start, t.end)
                # "Im November reist die Kanzlerin nach Oslo", "trifft am Freitag": the coming one
                if cued and _in_future_clause(text, t.start, t.end, segment) \
                        or present and (pt.present_verbs.search(segment) or _fronted_present(text, t)
                                        or _open_question(text, t.start, t.end)):
                    t.future = True
        out.append(t)
    return out


_OPENING = re.compile(r"(?:^|[.!?\n])\s*$")
_NEXT_WORD = re.compile(r"\s+(\w+)")


def _fronted_present(text: str, t: TimeExpr) -> bool:
    """Does `t` open its sentence with a present-tense verb right after it ("Im April besucht der Präsident …")?
    The verb's second place makes "besucht" finite, not the participle of "hat … besucht"."""
    if not _OPENING.search(text, max(0, t.start - 3), t.start):
        return False
    m = _NEXT_WORD.match(text, t.end)
    return bool(m) and m.group(1) in _cue_words("present_v2")


def _spec_future(spec: _Spec) -> bool:
    if spec.kind in ("deixis", "ago") and not spec.same and spec.offset is not None and spec.offset > 0:
        return True
    if spec.kind == "weekday" and spec.direction > 0:
        return True
    return spec.kind == "date" and any((p.year_offset or 0) > 0 for p in spec.points)




@cache
def _marks_stand_alone() -> bool:
    """Is no break mark part of a coordinator (data/time_clauses.tsv), so each mark is a break of its own?"""
    return not any(c in word for word in clause_words("coordinator") for c in _BREAK_MARKS)


def _yearless(spec: _Spec) -> bool:
    """Is `spec` a month, day or season the text gives without any year ("im November", "am 3. Mai"), or "am
    Wochenende"? (Not a bare weekday: "empfängt am Montag" may be the publication day itself.)"""
    if spec.kind == "deixis":
        return spec.part == "weekend" and spec.offset == 0 and not spec.same
    return spec.kind == "date" and bool(spec.points) and all(
        p.year is None and p.year_offset is None and not p.same_year for p in spec.points)


def _current(spec: _Spec) -> bool:
    """Is `spec` this week, month or year ("diese Woche", "in diesem Jahr", "Ende des Monats")?"""
    return spec.kind == "deixis" and spec.offset == 0 and not spec.same and spec.unit in ("week", "month", "year")


def _bare_weekday(spec: _Spec) -> bool:
    """Is `spec` a weekday without a week or direction ("am Freitag", not "am Freitag vergangener Woche")?"""
    return spec.kind == "weekday" and spec.direction == 0 and not spec.unit


def _clause_segment(text: str, start: int, end: int) -> str:
    """The comma/'und' segment around [start, end), without the expression itself."""
    lo = max(0, start - 200)
    breaks = _patterns().clause_break
    # a break mark is a break wherever it stands (no longer break contains one), so the last break
    # before `start` is the last one found from just after the last mark on
    mark = max(text.rfind(c, lo, start) for c in _BREAK_MARKS) if _marks_stand_alone() else -1
    first = mark + 1 if mark >= 0 else lo
    left = max((m.end() for m in breaks.finditer(text, first, start)), default=first)
    right_m = breaks.search(text, end)
    right = right_m.start() if right_m else len(text)
    return text[left:start] + " " + text[end:right]


def _in_future_clause(text: str, start: int, end: int, segment: str) -> bool:
    """Does `segment`, the comma/'und' segment around [start, end), carry a future cue ("wird", "soll",
    "ansteht")?"""
    lo = max(0, start - 200)
    cue = _patterns().future_verbs.search(segment)
    if cue and _said_to_have(segment):
        return False  # "soll bereits im Februar Kenia besucht haben": what is said to have happened
    comma = text.rfind(",", lo, start)  # "…, dass A und B im Mai 2025 …": the dass-clause, over an 'und'
    opener = text[comma + 1:start].split()[:1] if comma >= 0 else []
    if cue and opener and opener[0] in clause_words("complementizer") \
            and not _CLAUSE_END.search(text, comma + 1, start) and _counterfactual(text, lo, comma):
        return False  # "Wer prophezeit hätte, dass X im Mai 2025 empfangen würde, …": it did happen
    return bool(cue) or _governed_ahead(text, start, end)


def _said_to_have(segment: str) -> bool:
    """Does `segment` end in a perfect infinitive ("besucht haben", "festgenommen worden sein"), which turns a
    modal ("soll", "könnte") into a report of the past?"""
    words = re.findall(r"\w+", segment[-80:])
    if len(words) < 2 or words[-1].lower() not in _cue_words("perfect_aux"):
        return False
    verb = words[-3] if words[-2].lower() in _cue_words("perfect_passive") and len(words) > 2 else words[-2]
    return verb.islower() and participle_shape().fullmatch(verb) is not None


def _counterfactual(text: str, lo: int, end: int) -> bool:
    """Does the sentence up to `end` open a counterfactual frame ("Wer vor einem Jahr prophezeit hätte, dass …")?"""
    head_start = max((m.end() for m in _SENTENCE_END.finditer(text, lo, end)), default=lo)
    return _patterns().counterfactual.search(text, head_start, end) is not None


_CLAUSE_END = re.compile(r"[,;:!?]|[.](?=\s|$)")
_SENTENCE_END = re.compile(r"[;:!?]|[.](?=\s)")
_ZU_INFINITIVE = re.compile(r"(?:(?<!\w)zu\s+[a-zäöüß]+|[a-zäöüß]+zu[a-zäöüß]+)n\s*$")
_PERFECT_INFINITIVE = re.compile(r"zu\s+(?:haben|sein)\s*$")


def _open_question(text: str, start: int, end: int) -> bool:
    """Is [start, end) in a clause that asks what is still open ("Ob die Wahlen im Dezember etwas ändern, ist
    offen") with no auxiliary of the past in it?"""
    lo = max(0, start - 200)
    opening = max([text.rfind(",", lo, start), text.rfind("\n", lo, start)]
                  + [m.end() - 1 for m in _SENTENCE_END.finditer(text, lo, start)])
    words = re.findall(r"\w+", text[opening + 1:start].lower())
    if not words or words[0] not in clause_words("question"):
        return False
    stop = _CLAUSE_END.search(text, end)
    clause = re.findall(r"\w+", text[opening + 1:stop.start() if stop else len(text)].lower())
    past = {*_cue_words("past_verb"), *_cue_words("present_perfect_aux")}
    return not any(w in past for w in clause)


def _governed_ahead(text: str, start: int, end: int) -> bool:
    """Is [start, end) in the zu-infinitive or dass-clause of a verb of promise, plan or demand
    ("Ruto sagte zu, im Juni nach Addis Abeba zu reisen"; "kündigte an, dass ... im Herbst ...")?"""
    lo = max(0, start - 300)
    comma = text.rfind(",", lo, start)
    if comma < 0 or _CLAUSE_END.search(text, comma + 1, start):
        return False
    stop_m = _CLAUSE_END.search(text, end)
    clause = text[comma + 1:stop_m.start() if stop_m else len(text)]
    words = re.findall(r"\w+", clause.lower())
    before = re.findall(r"\w+", text[max(0, start - 20):start].lower())[-1:]
    participle = bool(before) and before[0] in clause_words("article") and _ATTRIBUTIVE_AFTER.match(text, end)
    if not words or participle or any(w in _cue_words("past_verb") for w in words):
        return False  # "forderte, die am Montag verhängten Zölle aufzuheben": the time is the participle's
    if words[0] != "dass" and not (_ZU_INFINITIVE.search(clause) and not _PERFECT_INFINITIVE.search(clause)):
        return False
    head_start = max((m.end() for m in _SENTENCE_END.finditer(text, lo, comma)), default=lo)
    head = re.findall(r"\w+", text[head_start:comma].lower())
    for phrase in _cue_words("future_governor"):
        verb, *particle = phrase.split()
        if verb in head and (not particle or head[-1] == particle[-1]):
            return True
    return False


@cache
def _report_verbs() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + _alt([c for c, k in _lexicon().cues if k == "report"]), re.I)


def reports(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold a verb of reporting ("teilte das Ministerium am Mittwoch mit", "sagte")?"""
    return _report_verbs().search(text, start, end) is not None


def is_target(t: TimeExpr) -> bool:
    """Is `t` a deadline, start or target rather than a happening ("bis 2030", "ab 2027", "für 2025")?"""
    pt = _patterns()
    return bool(pt.target_prep.match(t.text) or pt.future_prep.match(t.text))


def is_bound(t: TimeExpr) -> bool:
    """Is `t` the end or start of a span ("bis 2029", "ab 2027"), not a date of its own ("für 2025")?"""
    return bool(_patterns().target_prep.match(t.text))


def is_start(t: TimeExpr) -> bool:
    """Is `t` the start of a span ("ab 2027"), not its end ("bis 2029")?"""
    return bool(_patterns().start_prep.match(t.text))


@cache
def _heading_lead() -> re.Pattern[str]:
    """What a heading line may hold before its date: punctuation and an abbreviated weekday ("Mo., 11. März")."""
    short = _alt(clause_words("weekday_short"))
    return re.compile(r"[\W_]*(?:" + short + r"\.?\s*,?\s*)?", re.I)


@cache
def _heading_rest() -> re.Pattern[str]:
    """What a heading line may hold besides its date: punctuation and a clock time ("09.30 Uhr")."""
    clock = _alt(clause_words("clock"))
    return re.compile(r"[\W_]*(?:\d{1,2}[.:]\d{2}\s*(?:" + clock + r")?[\W_]*)?", re.I)


def _heading_line(text: str, t: TimeExpr) -> bool:
    """Is `t` a date and all its line says, but for punctuation and a clock time ("+++ Montag,
    7. August, 09.30 Uhr +++", "1999", "Mai 2015")?"""
    lo = text.rfind("\n", 0, t.start) + 1
    hi = text.find("\n", t.end)
    hi = len(text) if hi < 0 else hi
    if not (_heading_lead().fullmatch(text, lo, t.start) and _heading_rest().fullmatch(text, t.end, hi)):
        return False
    spec = _spec_of(t)
    return spec is not None and (spec.kind == "weekday" or spec.kind == "date" and not spec.span
                                 and len(spec.points) == 1)


def headings(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """The headings of a live blog, ticker or timeline ("Freitag, 4. März" or "1999" on a line of its
    own, entries "18.20 Uhr: …" below it), in text order; none unless the text has at least two of
    them, so a single date line under a normal article's title is no heading."""
    found = [t for t in times if _heading_line(text, t)]
    return found if len(found) >= 2 else []


# ---------------------------------------------------------------- document date


def document_date(meta_date: str | None, times: list[TimeExpr], text: str | None = None) -> DocDate:
    """The metadata date (its ISO part); else the latest dated happening the text reports
    (inferred); else None.

    Happenings are absolute expressions that are not future, not vague and no deadline, start or
    target ("bis 2030", "ab 2027", "für 2025"); a year-less day or month counts from the last
    happening told with month and year before it to the end of that year ("Im Oktober 2024 … Im
    November …" is 2024-11; "Im Februar 2025 … Am 26. Januar …" is earlier and dates nothing); before
    any such date, a year-less day counts from the latest full date on (into the next year if need
    be), a year-less month from its month to the end of its year. A year-less day more than half a year
    after the day it counts from is the one a year before ("Am 3. März 2026 … Am 28. November hatte …"),
    which dates nothing; after a month alone ("Im Januar 2024 … Am 9. Juli …") only in the pluperfect;
    a weekday after a year-less day counts from it ("Montag, dem 9. März … am
    Dienstag" is the 10th), and so does one shortly before the first such day ("teilte am Samstag mit …
    am Freitag, dem 27. Januar" is the 28th). A year alone later than the story's time, or a season with
    its year, sets the year a later year-less month counts in ("folgte 2025. Anfang März …"). After a
    November or December, a year-less date earlier in the year that is
    nearer in the next year goes there ("Im Dezember 2024 … Am 14. März …" is 2025-03-14) and is told
    from then on; with the document's `text`, not from a date inside a counterfactual opening ("Wer
    vorausgesagt hätte, dass … im Dezember 2024 …") nor for a date in the pluperfect ("Am 28. Oktober
    hatte … besetzt")."""
    meta = re.match(r"(?:19|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?", (meta_date or "").strip())
    if meta:
        return DocDate(meta.group())
    happenings = [t for t in times if not t.future and not t.vague and not is_target(t)]
    absolute = [x for t in happenings for x in expand_list(t) if x.value]
    if not absolute:
        return DocDate(None)
    latest_full = max(absolute, key=lambda x: x.value or "")
    start = _first_day(latest_full.value or "")
    dated = _dateline(text, times) if text is not None else None
    if dated is not None and dated.year is not None:  # "Accra, 12. März 2019 (AFP) –": the day of the report
        return DocDate(_point_value(dated, dated.year)[0] or "", inferred=True)
    if dated is not None:  # "Nairobi, 3. Juni (Reuters) –": the day of the report, in the year the text tells of
        year = start.year if (dated.month or 0, dated.day or 0) >= (start.month, start.day) else start.year + 1
        day = _point_value(dated, year)[0]
        if day and _valid(year, dated.month or 0, dated.day):
            return DocDate(day, inferred=True)
    values = [x.value for x in absolute if x.value]
    previous: str | None = None  # the year of the last absolute expression, for "desselben Jahres"
    narrative: str | None = None  # the latest full date so far, for "am Dienstag" after it
    told: date | None = None  # the last happening told with month and year, for a year-less date after it
    told_at: TimeExpr | None = None  # where `told` was told
    last_day: str | None = None  # the day told last, for "Tags darauf"
    pending: list[tuple[int, int]] = []  # (weekday, offset) of bare weekdays before the first full day
    for t in times:
        happening = not (t.future or t.vague or is_target(t))
        if t.value:
            previous = t.value[:4]
            if happening and t.precision == "day":
                if narrative is None:  # "teilte am Samstag mit … am Freitag, dem 27. Januar": the 28th
                    values.extend(_nearest_weekday(t.value, w) for w, at in pending if t.start - at < _WEEKDAY_REACH)
                narrative = max(narrative or "", t.value)
                last_day = t.value
            if happening and t.precision in ("day", "month"):
                told, told_at = _first_day(t.value), t
            elif happening and t.precision == "year" and not is_list(t):
                opened, season = _year_opening(t, int(t.value[:4]))
                if opened is not None and (told is None or season or opened > told):
                    # "folgte 2025. … Anfang März", "im Herbst 2023 … im November": that year's
                    told, told_at = opened, t
            continue
        spec = _spec_of(t)
        if spec is not None and spec.same and spec.unit == "day" and happening and last_day:
            day = _resolve(spec, None, False, last_day)[0]  # "Am 3. März 2023 … Tags darauf …": the 4th
            if day:
                values.append(day)
                narrative, last_day = max(narrative or "", day), day
            continue
        if spec is not None and _bare_weekday(spec) and happening and not narrative:
            pending.append((spec.weekday or 0, t.start))
        if spec is not None and _bare_weekday(spec) and happening \
                and narrative:
            day = _nearest_weekday(narrative, spec.weekday or 0)
            values.append(day)
            narrative = max(narrative, day)  # "Am Montag, dem 10. März … Am Mittwoch … Am Freitag": the 14th
            last_day = day
        if spec is None or spec.kind != "date" or not happening:
            continue
        for p in spec.points:
            if p.same_year:
                value = _point_value(p, int(previous))[0] if previous else None
                values.extend([value] if value else [])
                continue
            if p.year_offset is not None or p.month is None:
                continue
            # "Im Oktober 2024 … Im November …": the year the text tells of there; but "Anfang April sind sie
            # zusammengekommen": the present perfect tells what is recent, counted from the latest date
            recent = told is not None and text is not None and _pluperfect(text, t, "present_perfect_aux")
            story = None if recent else told
            ref = story or start
            later = (p.month, p.day or 1) >= (ref.month, ref.day if p.day else 1)
            rolls = story is not None and _rolls_over(p, story) and _may_roll(text, told_at, t)
            if not later and (p.day is None or told is not None) and not rolls:
                continue  # "nachdem er im Februar ... besucht hatte": earlier in the same year
            year = ref.year if later else ref.year + 1
            if spec.weekday is not None and p.day is not None and len(spec.points) == 1:
                year = _weekday_year(year, p.month, p.day, spec.weekday)  # "Seit 2019 … Am Dienstag (14. März)": 2023
            ref_day = (told_at or latest_full).precision == "day"
            if later and p.day is not None and _valid(year, p.month, p.day) and \
                    (date(year, p.month, p.day) - ref).days > _FAR_AHEAD_DAYS and \
                    (ref_day or (text is not None and _pluperfect(text, t))):
                continue  # "Am 3. März 2026 … Am 28. November hatte …": the November before, which dates nothing
            value = _point_value(p, year)[0]
            if value:
                values.append(value)
                if told is not None:  # "Im Dezember 2024 … Am 14. März … Mitte April …": the story goes on from there
                    told = _first_day(value)  # told_at stays: a story opened in a counterfactual rolls nowhere
                if p.day is not None:  # "Am Montag, dem 9. März … Am Dienstag …": the 10th
                    if narrative is None:
                        values.extend(_nearest_weekday(value, w) for w, at in pending if t.start - at < _WEEKDAY_REACH)
                    narrative = max(narrative or "", value)
                    last_day = value
    return DocDate(max(values), inferred=True)


def _year_opening(t: TimeExpr, year: int) -> tuple[date | None, bool]:
    """The first day a year-precision happening opens ("2025" its 1 January, "im Herbst 2023" the first day
    of autumn), from which a later year-less month counts, and whether it is a season (which sets the story's
    time like a month does); None for a span or anything but a date."""
    spec = _spec_of(t)
    if spec is None or spec.kind != "date" or spec.span or len(spec.points) != 1:
        return None, False
    season = spec.points[0].season
    return date(year, season[0] if season else 1, 1), season is not None


def _weekday_year(year: int, month: int, day: int, weekday: int) -> int:
    """The first year from `year` on, within six years, in which `day`.`month`. falls on `weekday`; else `year`."""
    fits = (y for y in range(year, year + 7) if _valid(y, month, day) and date(y, month, day).weekday() == weekday)
    return next(fits, year)


_DATELINE = re.compile(r"[ \t]*[A-ZÄÖÜ][\w.'/-]*(?:[ \t]+[A-ZÄÖÜ][\w.'/-]*){0,3}[ \t]*,[ \t]*")
_DATELINE_END = re.compile(r"[ \t]*(?:\([^()\n]{2,30}\)[ \t]*)?[–—-]")


def _dateline(text: str, times: list[TimeExpr]) -> _Point | None:
    """The day of an agency dateline opening a line of the text's first lines ("Nairobi, 3. Juni (Reuters) – …",
    "Accra, 12. März 2019 (AFP) – …"), if any."""
    for t in times[:3]:
        line = text.rfind("\n", 0, t.start) + 1
        if line > 400:
            break
        spec = _spec_of(t)
        if spec is None or spec.kind != "date" or len(spec.points) != 1 \
                or spec.points[0].day is None or spec.points[0].month is None:
            continue
        if _DATELINE.fullmatch(text, line, t.start) and _DATELINE_END.match(text, t.end):
            return spec.points[0]
    return None


_WEEKDAY_REACH = 600  # characters over which a bare weekday told before the first full day counts from it
_FAR_AHEAD_DAYS = 183  # a year-less day further after the date told before it is the one a year earlier
_LATE_MONTH = 11  # a story told from November or December on runs into the next year


def _rolls_over(p: _Point, told: date) -> bool:
    """Is the year-less month or day `p`, earlier in the year than the date `told` before it, nearer to
    it in the next year ("Im Dezember 2024 … Am 14. März …" is 2025) than in the same year ("Im Februar
    2025 … Am 26. Januar war …", "Am 3. Oktober … nachdem er im April …" stay in that year)? A month
    counts by its nearest day."""
    if p.month is None or not _valid(told.year, p.month, p.day or 1) or not _valid(told.year + 1, p.month, p.day or 1):
        return False
    last = p.day or calendar.monthrange(told.year, p.month)[1]
    back = (told - date(told.year, p.month, last)).days
    forward = (date(told.year + 1, p.month, p.day or 1) - told).days
    return told.month >= _LATE_MONTH and forward < back


def _may_roll(text: str | None, told_at: TimeExpr | None, t: TimeExpr) -> bool:
    """May the year-less date `t` go into the year after the date told at `told_at`? Not when that date
    stands in a counterfactual opening ("Wer vorausgesagt hätte, dass … im Dezember 2024 …, der …
    Im Januar …" tells the backstory of that year) nor when `t`'s clause is in the pluperfect."""
    if text is None:
        return True
    if told_at is not None and _counterfactual(text, max(0, told_at.start - 300), told_at.start):
        return False
    return not _pluperfect(text, t)


def _pluperfect(text: str, t: TimeExpr, aux_kind: str = "pluperfect_aux") -> bool:
    """Is the clause of `t` in the pluperfect: a finite "hatte"/"war" and a past participle at the clause's
    end ("Am 28. Oktober hatte Quito einen Posten besetzt", "…, nachdem Lomé im Juli geschlossen hatte"), not
    any word in -t/-en ("Am 3. Mai war er nicht")? With `aux_kind` "present_perfect_aux": in the present
    perfect ("Anfang April sind die Generäle zusammengekommen")."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, t.start - 300), t.start)), default=0)
    right_m = _CLAUSE_END.search(text, t.end)
    words = re.findall(r"\w+", text[left:right_m.start() if right_m else len(text)])
    aux = _cue_words(aux_kind)
    if not any(w in aux for w in words):
        return False
    tail = [w for w in words[-2:] if w not in aux]
    return bool(tail) and tail[-1].islower() and participle_shape().fullmatch(tail[-1]) is not None


def _first_day(value: str) -> date:
    parts = [int(x) for x in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _spec_of(t: TimeExpr) -> _Spec | None:
    """Re-read the meaning of an expression from its own text (cached and shared, hence frozen)."""
    return _spec_of_text(t.text)


@lru_cache(maxsize=4096)
def _spec_of_text(text: str) -> _Spec | None:
    found = _scan(text)
    return found[0][1] if len(found) == 1 and found[0][0].start == 0 and found[0][0].end == len(text) else None


# ---------------------------------------------------------------- resolution


@dataclass(slots=True)
class _Anchor:
    year: int
    month: int | None
    day: int | None

    @property
    def date(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)


def _anchor(value: str | None) -> _Anchor | None:
    if not value or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return None
    parts = [int(x) for x in value.split("-")]
    return _Anchor(parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)


def resolve_times(times: list[TimeExpr], anchor: DocDate, analysis: Analysis | None = None) -> list[TimeExpr]:
    """Relative and year-less expressions resolved against the document date (see module doc).

    With the document's `analysis`, "im Vorjahr" after a date in the same sentence counts from that
    date ("stieg 2023 auf 4 Mrd., nach 3,5 Mrd. im Vorjahr" -> 2022), otherwise from the anchor."""
    a = _anchor(anchor.value)
    out: list[TimeExpr] = []
    previous: TimeExpr | None = None
    last_day: TimeExpr | None = None  # the latest day named so far that is no deadline or target
    narrative: str | None = None  # the latest day the text has named so far
    heads = {t.start for t in headings(analysis.text, times)} if analysis is not None else set()
    day_anchor = a  # in a live blog, the day of the entry's heading
    # (date, paragraph start, where told) of an earlier year the paragraph tells
    story: tuple[date, int, TimeExpr] | None = None
    borrowed: set[int] = set()  # a noun's own date ("der Putsch vom 26. Juni") and what its paragraph counts from it
    main_day: TimeExpr | None = None  # the last day that is no noun's own
    for t in times:
        spec = _spec_of(t) if t.value is None and t.relative else None
        para = analysis.text.rfind("\n", 0, t.start) + 1 if analysis is not None else 0
        if spec is not None and spec.kind != "date" and not spec.same:
            story = None  # "gestern", "am Montag": the paragraph is back at the document's time
        if spec is not None:
            if spec.near and (analysis is None or previous is None
                              or analysis.sentence_index(previous.start) != analysis.sentence_index(t.start)):
                spec = replace(spec, same=False)
            reference = previous.value if previous else None
            if spec.same and spec.unit in ("day", "week"):
                reference = _day_reference(previous, last_day, anchor, analysis)
                if previous is not None and previous.start in borrowed and main_day is not None \
                        and previous.start < para:
                    # "den Putsch vom 26. Juni … noch am selben Tag.\n\nAm Vortag": in a new paragraph, the story's
                    # day, not the noun's
                    reference = main_day.value
            base = a if t.start in heads else day_anchor
            in_story = bool(story and (story[1] == para or _continues(t)) and not t.future and _story_date(spec)
                            and not _recent(analysis, t))
            if story and in_story:
                rolls = _rolls_over(spec.points[0], story[0]) and _may_roll(
                    analysis.text if analysis is not None else None, story[2], t)  # "Im Dezember 2009 … Im März": 2010
                year = story[0].year + int(rolls)
                # "Im Mai 2009 begann der Streit. Anfang Juli …": 2009; not "Im Mai 2021 … im Februar …"
                # "Am 14. Oktober 2022 trafen sich … X hatte schon im September …": the pluperfect right after the
                # story's date tells what came before it
                in_story = year < a.year and (rolls or all((p.month or 12) >= story[0].month for p in spec.points)
                                              or _told_just_before(analysis, story[2], t)
                                              and all((p.month or 13) <= story[0].month for p in spec.points))
                base = _Anchor(year, 12, 31) if in_story else base
            value, precision, end_value = _resolve(spec, base, t.future, reference)
            if t.future and value and base and _yearless(spec) and _patterns().future_prep.match(t.text) \
                    and (_first_day(value) - base.date).days > _FAR_AHEAD_DAYS:
                # "die für den 3. März geplante Reise" told on 14 March: the one just past, not next year's
                value, precision, end_value = _resolve(spec, base, False, reference)
                t = replace(t, future=False)
            if in_story and value and len(value) > 4:
                story = (_first_day(value), para, t)  # "Im Dezember 2009 … Im März … Im Mai …": the story goes on
            # "Am Montag, dem 3. März, ... Am Dienstag ...": the 4th; but after the very day the document is dated
            # by ("Nairobi, 3. Juni (Reuters) – … am Montag"), the weekday before it
            if anchor.inferred and value and narrative and narrative != anchor.value and _bare_weekday(spec) \
                    and not t.future:
                value = _nearest_weekday(narrative, spec.weekday or 0)
                narrative = max(narrative, value)  # "… Am Mittwoch … Am Freitag": the week goes on
            t = replace(t, value=value, precision=precision, end_value=end_value)  # type: ignore[arg-type]
        if t.value and a and not t.future and _after(t.value, anchor.value or ""):
            t = replace(t, future=True)
        if t.start in heads:  # a year or month heading of a timeline anchors no "gestern"
            day_anchor = (_anchor(t.value) if t.precision == "day" else None) or a
        if (analysis is not None and a and not t.relative and t.value and not t.future and not is_target(t)
                and int(t.value[:4]) < a.year and not dates_noun_only(analysis.text, t)
                and _tells_story(t.text) and not _background(analysis.text, t)):
            story = (_first_day(t.value), para, t)
        elif (story and analysis is not None and a and not t.relative and t.value and t.precision == "year"
              and not t.future and not is_target(t) and not is_list(t) and int(t.value[:4]) > story[0].year
              and not dates_noun_only(analysis.text, t)):
            # "Im April 2020 … Das Jahr der Versöhnung war 2023. Am 12. Mai …": the story has moved on to 2023
            story = (date(int(t.value[:4]), 1, 1), para, t) if int(t.value[:4]) < a.year else None
        if t.value:
            if analysis is not None and (_noun_attribute_of(analysis.text, t) is not None or (
                    spec is not None and spec.same and previous is not None and previous.start in borrowed
                    and previous.start >= para)):
                borrowed.add(t.start)
            elif t.precision == "day" and not is_target(t) and not t.future:
                main_day = t
            previous = t
            if t.precision == "day" and not is_target(t):
                last_day = t
            if t.precision == "day" and (spec is None or spec.kind == "date") and not t.future and not is_target(t):
                narrative = max(narrative or "", t.value)
        out.append(t)
    return out


def _continues(t: TimeExpr) -> bool:
    """Does `t` open with a preposition that goes on with the story told before ("Noch im Juni …"), even in a
    later paragraph?"""
    words = t.text.lower().split()
    return len(words) > 2 and "continues" in _prepositions().get(" ".join(words[:2]), frozenset())


def _told_just_before(analysis: Analysis | None, told: TimeExpr, t: TimeExpr) -> bool:
    """Is `t` in the pluperfect, in the sentence of `told` or the next one ("Am 14. Oktober 2022 … Y hatte schon
    im September …")?"""
    if analysis is None or analysis.sentence_index(t.start) - analysis.sentence_index(told.start) > 1:
        return False
    return _pluperfect(analysis.text, t)


def _tells_story(text: str) -> bool:
    """Does the year of a time expression set the year of the story its paragraph tells: opened by a
    story preposition ("im Mai 2009", "am 3. Mai 2009") or by none ("Anfang 2009"), not "vom Juli 2024"?"""
    preps = _prepositions()
    words = text.lower().split()
    first = " ".join(words[:2]) if " ".join(words[:2]) in preps else words[0] if words else ""
    return first not in preps or "story" in preps[first]


def _background(text: str, t: TimeExpr) -> bool:
    """Is `t` a year given as background, not the start of a story: in brackets or a list ("war mehrfach
    in Lima (2019, 2022)") or set against the narrative by a particle ("A hatte bereits 2019 …")?"""
    before = text[max(0, t.start - 30):t.start].rstrip()
    word = re.search(r"(\w+)$", before)
    return before.endswith("(") or is_list(t) or bool(word and word.group(1).lower() in clause_words("anterior"))


def _recent(analysis: Analysis | None, t: TimeExpr) -> bool:
    """Does an adverb of the latest time before now open `t`'s sentence up to it ("Zuletzt telefonierte
    sie im März"), or is its clause in the present perfect, so the month is the document's latest one, not one
    of an earlier story?"""
    if analysis is None:
        return False
    sent = analysis.sentences[analysis.sentence_index(t.start)]
    words = re.findall(r"\w+", analysis.text[sent.start:t.start].lower())
    # "Ende März haben sich die Minister getroffen": the present perfect tells what is recent too
    return any(w in clause_words("recent") for w in words) or _pluperfect(analysis.text, t, "present_perfect_aux")


def _story_date(spec: _Spec) -> bool:
    """Is `spec` a month or day with no year of any kind ("Anfang Juli", "am 3. März"), so the year of
    the story its paragraph tells decides it?"""
    return spec.kind == "date" and all(p.year is None and p.year_offset is None and not p.same_year
                                       for p in spec.points)


def _day_reference(previous: TimeExpr | None, last_day: TimeExpr | None, anchor: DocDate,
                   analysis: Analysis | None) -> str | None:
    """The day "am Vortag", "Tags zuvor", "eine Woche später" count from: the date named before them;
    over a deadline, a year alone, or a coarser date of the same sentence as the last day ("Am 12. März, wie
    schon im Mai 2023, …"), the last day named; with no date before them, the document date."""
    if previous is None:
        return anchor.value
    if previous.precision == "day" and not is_target(previous):
        return previous.value
    if last_day is None:
        return previous.value
    same_sentence = analysis is not None and (
        analysis.sentence_index(last_day.start) == analysis.sentence_index(previous.start))
    if is_target(previous) or same_sentence or previous.precision == "year":
        return last_day.value  # "Am Samstag … seit dem Jahr 1918 … noch am selben Abend": that Saturday
    return previous.value


def _nearest_weekday(day: str, weekday: int) -> str:
    """The date of `weekday` nearest to the ISO `day` (at most three days before or after it)."""
    d = date.fromisoformat(day)
    ahead = (weekday - d.weekday()) % 7
    return (d + timedelta(days=ahead if ahead <= 3 else ahead - 7)).isoformat()


def _after(value: str, anchor: str) -> bool:
    n = min(len(value), len(anchor))
    return value[:n] > anchor[:n]


def _resolve(spec: _Spec, a: _Anchor | None, future: bool,
             previous: str | None) -> tuple[str | None, str | None, str | None]:
    """(value, precision, end_value) of a relative spec against anchor `a`."""
    if spec.same:
        size = len(previous or "") if spec.unit == "told" else {"day": 10, "week": 10, "month": 7, "year": 4}.get(
            spec.unit or "")
        if not previous or size is None or len(previous) < size:
            return None, None, None
        if spec.offset:
            p = _anchor(previous[:size])
            return _shift(p, spec.unit or "", spec.offset, None, counted=spec.counted) if p else (None, None, None)
        return previous[:size], {10: "day", 7: "month", 4: "year"}[size], None
    if spec.kind == "date" and any(p.same_year for p in spec.points):
        if not previous:
            return None, None, None
        values = [_point_value(p, int(previous[:4])) for p in spec.points]
        return values[0][0], values[0][1], values[-1][0] if spec.span else None
    if a is None:
        return None, None, None
    if spec.kind == "date":
        values = [_resolve_point(p, a, future) for p in spec.points]
        if spec.span:
            return values[0][0], values[0][1], values[-1][0]
        return values[0][0], values[0][1], None
    if spec.kind == "weekday" and spec.weekday is not None:
        if a.day is None:
            return _coarse(a)
        d = a.date
        if spec.unit == "week" and spec.offset is not None:  # "am Dienstag vergangener Woche"
            monday = d - timedelta(days=d.weekday()) + timedelta(weeks=spec.offset)
            return (monday + timedelta(days=spec.weekday)).isoformat(), "day", None
        direction = spec.direction or (1 if future else -1)
        delta = (spec.weekday - d.weekday()) % 7
        back = (d.weekday() - spec.weekday) % 7
        if direction > 0:  # "trifft am Donnerstag" on a Thursday: today; "kommenden Donnerstag": a week on
            target = d + timedelta(days=delta or (7 if spec.direction > 0 else 0))
        else:
            target = d - timedelta(days=back or (7 if direction < -1 else 0))
        return target.isoformat(), "day", None
    if spec.kind in ("deixis", "ago") and spec.unit and spec.offset is not None:
        value, precision, end = _shift(a, spec.unit, spec.offset, spec.part, future, spec.counted)
        if spec.coarse and value and precision == "day":
            return value[:7], "month", end
        return value, precision, end
    return None, None, None


def _coarse(a: _Anchor) -> tuple[str, str, None]:
    if a.month is None:
        return f"{a.year:04d}", "year", None
    return f"{a.year:04d}-{a.month:02d}", "month", None


def _shift(a: _Anchor, unit: str, offset: int, part: str | None,
           future: bool = False, counted: bool = False) -> tuple[str | None, str | None, None]:
    """The anchor moved by `offset` units, at the precision the unit and anchor allow; a weekend is
    its Saturday ("am Wochenende" the last one, or in a clause about what lies ahead the next one); weeks
    counted from a day ("vor zwei Wochen") end on a day, a week named ("vergangene Woche") is its month."""
    if unit == "year":
        return f"{a.year + offset:04d}", "year", None
    if unit == "month":
        if a.month is None:
            return (f"{a.year:04d}", "year", None) if offset == 0 else (None, None, None)
        y, m = divmod(a.year * 12 + a.month - 1 + offset, 12)
        return f"{y:04d}-{m + 1:02d}", "month", None
    if a.day is None:
        near = unit == "week" and offset >= -1 or unit == "day" and abs(offset) <= 1
        return _coarse(a) if near else (None, None, None)
    d = a.date
    if unit == "day" or unit == "week" and counted:
        return (d + timedelta(days=offset * (7 if unit == "week" else 1))).isoformat(), "day", None
    if part == "weekend":
        if offset == 0:
            ahead = (5 - d.weekday()) % 7
            saturday = d + timedelta(days=ahead) if future else d - timedelta(days=(7 - ahead) % 7)
        elif offset > 0:
            saturday = d + timedelta(days=(5 - d.weekday()) % 7 or 7)
        else:
            saturday = d - timedelta(days=d.weekday()) + timedelta(weeks=offset, days=5)
        return saturday.isoformat(), "day", None
    monday = d - timedelta(days=d.weekday()) + timedelta(weeks=offset)
    first, last = {"early": (0, 1), "mid": (2, 3), "late": (3, 6)}.get(part or "", (0, 6))
    lo = monday + timedelta(days=first)  # a week is a span: its first day's month ("vergangene Woche")
    return f"{lo.year:04d}-{lo.month:02d}", "month", None


_NEAR_AHEAD_DAYS = 45


def _resolve_point(p: _Point, a: _Anchor, future: bool) -> tuple[str | None, str | None]:
    """A year-less day, month or season placed at the latest (or, in the future, next) fitting year;
    a year-less day a few weeks after the anchor is that coming day, not the one a year before."""
    if p.year is not None:
        return _point_value(p, p.year)
    if p.year_offset is not None:
        return _point_value(p, a.year + p.year_offset)
    if p.month is None and p.season is None:
        return None, None
    if a.month is None:
        return _point_value(p, a.year) if p.month else (f"{a.year:04d}", "year")
    first_month = p.month if p.month is not None else (p.season or (1, 1))[0]
    key = (first_month, p.day or (1 if future else 0))
    now = (a.month, (a.day if p.day else 1) or (0 if future else 32))  # "im Juni" on 5 June: this June
    year = (a.year if key >= now else a.year + 1) if future else (a.year if key <= now else a.year - 1)
    if (not future and p.day is not None and p.month is not None and a.day is not None and year < a.year
            and _valid(a.year, p.month, p.day)):
        ahead = (date(a.year, p.month, p.day) - a.date).days
        if 0 < ahead <= _NEAR_AHEAD_DAYS:
            year = a.year  # "Scholz trifft am 24. Mai Macron" in a text of 15 May: not a year ago
    while p.day is not None and p.month is not None and not _valid(year, p.month, p.day):
        year += 1 if future else -1  # 29 February
    if p.month is None:
        return f"{year:04d}", "year"
    return _point_value(p, year)


# ---------------------------------------------------------------- lists


def is_list(t: TimeExpr) -> bool:
    """Does `t` coordinate several separate times ("im Juli und Dezember 2010", "(1992, 1997)")?"""
    spec = _spec_of(t)
    return spec is not None and spec.kind == "date" and not spec.span and len(spec.points) > 1


def expand_list(t: TimeExpr) -> list[TimeExpr]:
    """One TimeExpr per item of a list expression; `[t]` for single times and spans."""
    spec = _spec_of(t)
    if spec is None or spec.kind != "date" or spec.span or len(spec.points) < 2:
        return [t]
    out = []
    year = int(t.value[:4]) if t.value else None
    offset = (year - spec.points[0].year) if year is not None and spec.points[0].year is not None else 0
    for p in spec.points:
        y = p.year + offset if p.year is not None else year
        value, precision = _point_value(p, y) if t.value else (None, None)
        out.append(replace(t, start=t.start + p.start, end=t.start + p.end, text=t.text[p.start:p.end],
                           value=value, precision=precision, end_value=None))  # type: ignore[arg-type]
    return out


# ---------------------------------------------------------------- governing expression

_STRONG_BREAK = re.compile(r";|\s[–—-]\s|:\s")


def governing_time(analysis: Analysis, times: list[TimeExpr], start: int, end: int) -> TimeExpr | None:
    """The temporal expression that governs the trigger or noun phrase at [start, end).

    Only the same sentence counts (an expression overlapping it too); an expression inside the
    phrase wins, then a time in parentheses right after it ("R. Herzog (1995)"), then a time in an
    attributive phrase before it ("das im Jahr 2019 unterzeichnete Abkommen"). Otherwise the
    expression with the fewest clause boundaries in between (';', ' – ', subordinate/relative
    commas weigh more than plain commas, 'und', 'sowie'), then the fewest tokens, then the one
    after the phrase. Expressions that belong to another phrase never count: a parenthesised time
    after another name ("..., D. Nasarbajewa (2015), des Vorsitzenden X"), a time inside an
    attributive participle phrase ("der erst kürzlich ernannte Botschafter"), a "vom"/"des" date
    that is the attribute of another noun ("die Grundsatzeinigung vom Montag"), a time in a later
    clause after ';' ("traf sich X mit Y; es war ihr drittes Treffen in diesem Jahr"), a date on
    the noun of a "seit" phrase ("die erste Reise seit seiner Vereidigung am 1. Juni").
    None when nothing else is left.
    """
    sent = analysis.sentences[analysis.sentence_index(start)]
    text = analysis.text
    # "setzte … den 1987 geschlossenen Vertrag aus": a treaty's year inside the phrase dates only the treaty
    # "setzte … das Abkommen von 2016 außer Kraft": so does a year after a noun inside a verb's phrase
    inside = [t for t in times
              if t.start >= start and t.end <= end and _attribute_owns(text, t, start, end) is not False
              and not _inner_attribute(text, t, start, end)]
    if inside:
        return inside[0]
    cands = [t for t in times if t.start < sent.end and t.end > sent.start and not (t.start < end and start < t.end)]
    if not cands:
        return None
    if re.match(r"\s*\(", text[end:end + 3]):
        for t in cands:
            if t.start >= end and not text[end:t.start].strip(" (\u00a0"):
                return t
    for t in cands:
        if _attribute_owns(text, t, start, end):
            return t  # "das im Jahr 2019 unterzeichnete Abkommen"
    spans = [(t.start, t.end) for t in times]

    def between(t: TimeExpr) -> tuple[int, int]:
        return (t.end, start) if t.end <= start else (end, t.start)

    def elsewhere(t: TimeExpr) -> bool:
        lo, hi = between(t)
        if t.start >= end and ";" in text[end:t.start]:
            return True  # "traf sich X mit Y; es war ihr drittes Treffen in diesem Jahr"
        if _owned_by_name(text, t) and (t.end <= start or _boundaries(text[lo:hi], lo, spans) > 0):
            return True
        noun = _noun_attribute_of(text, t)
        if noun is not None and not (noun[0] < end and start < noun[1]):
            return True
        state = _patterns().state_noun.search(text, max(0, t.start - 60), t.start)
        if state is not None and not (state.start() < end and start < state.end()):
            return True  # "die erste Reise seit seiner Vereidigung am 1. Juni"
        return _attribute_owns(text, t, start, end) is False

    def key(t: TimeExpr) -> tuple[int, int, int]:
        lo, hi = between(t)
        tokens = sum(1 for tok in sent.tokens if lo <= tok.start < hi)
        return _boundaries(text[lo:hi], lo, spans), tokens, 0 if t.start >= end else 1

    pool = [t for t in cands if not elsewhere(t)]
    return min(pool, key=key) if pool else None


def ahead(t: TimeExpr, doc_date: str) -> TimeExpr:
    """`t`, a year-less month, season or day read as the last one before `doc_date`, as the next one instead (for
    what is planned: "ein Besuch in Athen im Mai" told in March); any other time as it is."""
    value = t.value or ""
    spec = _spec_of(t) if t.relative and value else None
    if spec is None or not _story_date(spec) or value[:len(doc_date)] >= doc_date[:len(value)]:
        return t
    later = _next_year(value)
    if len(later) == 10 and not _valid(int(later[:4]), int(later[5:7]), int(later[8:])):
        return t  # 29 February
    return replace(t, value=later, end_value=_next_year(t.end_value) if t.end_value else None, future=True)


def _next_year(value: str) -> str:
    """An ISO date or its prefix one year later."""
    return f"{int(value[:4]) + 1:04d}{value[4:]}"


def names_its_noun(text: str, t: TimeExpr) -> bool:
    """Is `t` the attribute of the noun right before it ("die Erklärung vom 10. November 2020")?"""
    return _noun_attribute_of(text, t) is not None


def _inner_attribute(text: str, t: TimeExpr, start: int, end: int) -> bool:
    """Is `t` a year that is the attribute of a noun inside the phrase [start, end), which goes on after it
    ("setzte das Abkommen von 2016 aus"), not the end of a noun phrase ("auf dem Vertrag von 1953")?"""
    if t.precision != "year" or not text[t.end:end].strip():
        return False
    noun = _noun_attribute_of(text, t)
    return noun is not None and noun[0] > start


def _owned_by_name(text: str, t: TimeExpr) -> bool:
    """Is `t` a parenthesised time right after a capitalised name ("G. Schröder (2003)")?"""
    m = re.search(r"(\w+)\s*\(\s*$", text[max(0, t.start - 40):t.start])
    return bool(m) and m.group(1)[:1].isupper()


@cache
def _attribute_prep() -> re.Pattern[str]:
    """The prepositions whose time right after a noun is that noun's attribute (time_prepositions.tsv role
    `attribute`: "vom", "des", "von", "aus dem")."""
    forms = [f for f, roles in _prepositions().items() if "attribute" in roles]
    return re.compile(r"(?:" + _alt(forms) + r")\s", re.I)


def _noun_attribute_of(text: str, t: TimeExpr) -> tuple[int, int] | None:
    """The noun `t` is an attribute of ("die Grundsatzeinigung vom Montag", "Bewegung des 23. März", "das
    Abkommen von 1972", "der Schiedsspruch aus dem Jahr 2017"); None when that noun opens a framing phrase
    ("Im Wahlkampf des vergangenen Jahres", time_cues.tsv frame_prep) or for a span ("Botschafter von 2017 bis
    2023")."""
    if not _attribute_prep().match(t.text) or t.end_value is not None and t.end_value != t.value:
        return None
    after = re.match(r"\s+(\w+)", text[t.end:t.end + 12])
    if after and after.group(1).lower() in clause_words("from_on"):
        return None  # "blockierte Katar von 2017 an"
    m = re.search(r"(?:(\w+(?:\s+\w+)?)\s+)?(\w[\w-]*)\s+$", text[max(0, t.start - 60):t.start])
    if not m or not m.group(2)[:1].isupper() or m.group(2).lower() in _cue_words("time_noun"):
        return None
    lead = (m.group(1) or "").lower()
    if lead in _cue_words("frame_prep") or lead.split()[-1:] and lead.split()[-1] in _cue_words("frame_prep"):
        return None
    noun = m.start(2) - m.end() + t.start
    return noun, noun + len(m.group(2))


_PAST_PARTICIPLE_END = "te|ten|tes|ter|tem|ene|enen|enes|ener|enem"  # "unterzeichnete", "geschlossenen"
_ATTRIBUTIVE_AFTER = re.compile(
    rf"\s+(?:[a-zäöüß]+\s+){{0,3}}?[a-zäöüß]{{3,}}(?:{_PAST_PARTICIPLE_END}|de|den|des|der|dem)"
    r"\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]")
# a prepositional phrase with a name inside the attributive phrase ("das 2015 in Minsk unterzeichnete Abkommen")
_ATTRIBUTIVE_NAMED = re.compile(
    rf"\s+[a-zäöüß]{{2,8}}\s+(?:[\w-]+\s+){{1,3}}?[a-zäöüß]{{3,}}(?:{_PAST_PARTICIPLE_END})"
    r"\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]")


def _attributive_end(text: str, start: int, end: int) -> int | None:
    """Where the participle ends if [start, end) sits inside an attributive phrase ("der kürzlich ernannte ...",
    "den 1975 geschlossenen Vertrag", "das 2015 in Minsk unterzeichnete Abkommen")."""
    pt = _patterns()
    if not (pt.attributive_before.search(text[max(0, start - 30):start])
            or pt.attributive_before.match(text, start, end - 4) and text[end - 4:end].isdigit()
            or _article_then_prep(text[start:end])):
        return None
    m = _ATTRIBUTIVE_AFTER.match(text, end) or _ATTRIBUTIVE_NAMED.match(text, end)
    return m.end() if m else None


def _article_then_prep(piece: str) -> bool:
    """Does a time's own text open with an article and a preposition ("des im August 2020" in "des im August
    2020 unterzeichneten Abkommens"), the article being the noun's?"""
    words = piece.split(maxsplit=2)
    return len(words) == 3 and words[0].lower() in clause_words("article") and words[1].lower() in _prepositions()


def _since_noun(text: str, t: TimeExpr) -> bool:
    """Is `t` the time of the noun after "seit" ("seit Ausbruch der Kämpfe im April"), within 60 characters?"""
    return bool(_patterns().state_noun.search(text, max(0, t.start - 60), t.start))


def is_since(text: str, t: TimeExpr) -> bool:
    """Does `t` start a state: "seit 1992", or the time of the noun after "seit" ("seit Ausbruch der
    Kämpfe im April")?"""
    return bool(_patterns().state_prep.match(t.text)) or _since_noun(text, t)


def dates_noun_only(text: str, t: TimeExpr) -> bool:
    """Is `t` the time of an attributive participle phrase ("den 1975 geschlossenen Vertrag"), of the
    noun after "seit" ("seit Ausbruch der Kämpfe im April") or a year after a noun ("den Vertrag von 1972"),
    which dates that noun only?"""
    return _attributive_end(text, t.start, t.end) is not None or _since_noun(text, t) \
        or (t.precision == "year" and _noun_attribute_of(text, t) is not None)  # "den Vertrag von 1972"


def _attribute_owns(text: str, t: TimeExpr, start: int, end: int) -> bool | None:
    """None if `t` is no attributive time; else whether the phrase [start, end) is the noun it is an
    attribute of ("das 2015 unterzeichnete Abkommen"), not a verb phrase around or after that noun."""
    attributive = _attributive_end(text, t.start, t.end)
    if attributive is None:
        return None
    noun_end = attributive + len(re.match(r"[\w-]*", text[attributive:attributive + 60]).group())  # type: ignore[union-attr]
    return t.end <= start < attributive and end <= noun_end


def _boundaries(between: str, offset: int, spans: list[tuple[int, int]]) -> int:
    """Weighted clause boundaries in `between` (which starts at `offset`), ignoring time spans."""
    def outside(m: re.Match[str]) -> bool:
        pos = offset + m.start()
        return not any(s <= pos < e for s, e in spans)

    strong = sum(3 for m in _STRONG_BREAK.finditer(between) if outside(m))
    pt = _patterns()
    sub = [m for m in pt.subordinate.finditer(between) if outside(m)]
    sub_pos = {m.start() for m in sub}
    weak = sum(1 for m in pt.weak_break.finditer(between) if outside(m) and m.start() not in sub_pos)
    return strong + 2 * len(sub) + weak
