"""Money facts: German money figures with their kind, qualifier, period and the countries concerned.

A figure is a number ("3,9", "1.200.000", "eine") with a scale word ("Milliarden", "Mio.") and/or
a currency (name, sign or ISO code, before or after it), also inside compounds
("180-Millionen-Dollar-Projekt"). A number without either is a count ("500 Stipendien") and never
a fact. Every word list is a data file: money_currencies.tsv (generated from CLDR) and
money_currency_aliases.tsv, money_scales.tsv, money_numbers.tsv, money_qualifiers.tsv,
money_kinds.tsv and money_cues.tsv.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from chronik.extract.alternation import grouped
from chronik.extract.regex import Regex
from chronik.extract.time import is_bound, is_start, is_target
from chronik.language.gazetteer import adjective_countries, country_code, place_country
from chronik.language.resources import load_tsv
from chronik.model import Analysis, DocDate, EntityLayer, Fact, Sentence, TimeExpr, Token

# Kinds whose figure is a one-off deal: without a date in its sentence it dates from the report.
_ONE_OFF = frozenset({"contract_value", "aid"})
# Kinds that always concern two sides: one named country gets the document's other main country.
_PAIRED = frozenset({"trade_volume", "contract_value", "aid"})
_NUMBER = r"\d{1,3}(?:[. \u00a0\u202f'\u2019]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?"
# A previous sentence's date older than this many years before the report does not date a figure.
_CONTEXT_YEARS = 3
# An unscaled figure below this in a sentence that names a currency as a noun is an exchange rate.
_RATE_LIMIT = 1000
# A kind cue of this priority or more names the kind itself ("Hilfe", "Kredit"), not only a purpose ("Wiederaufbau").
_STRONG = 1
_YEARLIKE = re.compile(r"1[89]\d\d|20\d\d")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word from a data file: how it matches a token and what it signals."""

    word: str
    match: str  # word, head (compound head: the token ends with it) or stem (the token starts with it)
    label: str  # a kind (money_kinds.tsv) or a role (money_cues.tsv)
    priority: float = 0.0


class _CueIndex:
    """Cues indexed by word, stem (prefix) and head (suffix), so the cues a token carries take a few
    dict look-ups, remembered per token. A token carries a cue when, lower-cased and without a
    trailing hyphen, it is the word (match "word"), ends with it ("head") or starts with it ("stem")."""

    _LIMIT = 50_000  # tokens remembered before the memory is cleared

    def __init__(self, cues: tuple[Cue, ...]) -> None:
        self._cues = cues
        self._by: dict[str, dict[str, list[int]]] = {"word": {}, "head": {}, "stem": {}}
        for i, cue in enumerate(cues):
            self._by[cue.match if cue.match in ("head", "stem") else "word"].setdefault(cue.word, []).append(i)
        self._head_sizes = sorted({len(w) for w in self._by["head"]})
        self._stem_sizes = sorted({len(w) for w in self._by["stem"]})
        self._memo: dict[str, tuple[tuple[Cue, ...], frozenset[str]]] = {}

    def of(self, token: str) -> tuple[Cue, ...]:
        """The cues `token` carries, in data-file order."""
        return (self._memo.get(token) or self._read(token))[0]

    def labels(self, token: str) -> frozenset[str]:
        """The labels of the cues `token` carries."""
        return (self._memo.get(token) or self._read(token))[1]

    def _read(self, token: str) -> tuple[tuple[Cue, ...], frozenset[str]]:
        found = self._memo.get(token)
        if found is None:
            t = token.lower().rstrip("-")
            hits = list(self._by["word"].get(t, ()))
            heads, stems = self._by["head"], self._by["stem"]
            for n in self._head_sizes:
                if n > len(t):
                    break
                hits.extend(heads.get(t[len(t) - n:], ()))
            for n in self._stem_sizes:
                if n > len(t):
                    break
                hits.extend(stems.get(t[:n], ()))
            cues = tuple(self._cues[i] for i in sorted(hits))
            found = cues, frozenset(c.label for c in cues)
            if len(self._memo) >= self._LIMIT:
                self._memo.clear()
            self._memo[token] = found
        return found


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the money reader knows, compiled from the data files."""

    pattern: Regex  # a money figure; compiled for the first sentence that may hold one
    scale_word: re.Pattern[str]  # finds the first word of a scale word as a whole word
    currencies: dict[str, str]  # names lower-cased, signs and codes as written -> ISO 4217
    local: dict[str, dict[str, str]]  # a head several currencies share -> {country ISO3: currency}
    scales: dict[str, float]
    numbers: dict[str, float]
    qualifiers: tuple[tuple[str, str, str], ...]  # (phrase, qualifier, reading after a noun), longest first
    kinds: _CueIndex  # money_kinds.tsv
    cues: _CueIndex  # money_cues.tsv, labelled with their roles

    def has(self, role: str, token: str) -> bool:
        """Does `token` carry a cue of `role` (money_cues.tsv)?"""
        return role in self.cues.labels(token)


@dataclass(slots=True)
class Figure:
    """One money figure found in a sentence (offsets into the document)."""

    start: int
    end: int
    value: float
    scaled: bool
    currency: str | None
    head: str | None
    local: str | None = None  # a currency word several currencies share ("Kronen"), resolved by country


def _alternation(forms: list[str], ignore_case: bool) -> str:
    """A regex matching the first of `forms`, longest first, that matches (spaces match any run of
    whitespace; a form ending in a letter or digit does not run into a further one)."""
    alts = []
    for form in sorted(set(forms), key=len, reverse=True):
        words = form.split()
        rest = re.escape(words[0][1:]) + "".join(r"\s+" + re.escape(w) for w in words[1:])
        alts.append((words[0][0], rest + (r"(?!\w)" if form[-1].isalnum() else "")))
    return grouped(alts, ignore_case)


@cache
def lexicon() -> Lexicon:
    """The money lexicon from the data files (cached)."""
    currencies: dict[str, str] = {}
    local: dict[str, dict[str, str]] = {}
    names: list[str] = []
    signs: list[str] = []
    for row in load_tsv("money_currencies.tsv") + load_tsv("money_currency_aliases.tsv"):
        form, kind = row["form"], row["kind"]
        if kind == "local":
            local.setdefault(form.lower(), {})[row.get("country", "")] = row["code"]
            names.append(form)
        elif kind in ("code", "symbol"):
            currencies[form] = row["code"]
            signs.append(form)
        else:
            currencies[form.lower()] = row["code"]
            names.append(form)
    scales = {r["word"].lower(): float(r["factor"]) for r in load_tsv("money_scales.tsv")}
    numbers = {r["word"].lower(): float(r["value"]) for r in load_tsv("money_numbers.tsv")}
    sign = _alternation(signs, ignore_case=False)
    scale = _alternation(list(scales), True)
    # a sign after a number belongs to it unless it opens a scaled figure of its own ("2023 £ 39 Mrd.")
    currency = f"(?:{_alternation(names, ignore_case=True)}|{sign}(?!\\s?\\d[\\d.,]*\\s*{scale}))"
    pattern = Regex(
        rf"(?<![\w.,])(?:(?P<pcur>{sign})\s?)?(?P<num>{_NUMBER}|{_alternation(list(numbers), True)})(?!\w)"
        rf"(?:[\s-]*(?P<scale>{scale}))?"
        rf"(?:[\s-]*(?P<cur>{currency}))?(?:-(?P<head>[^\W\d_]\w*))?")
    qualifiers = tuple(sorted(((r["phrase"].lower(), r["qualifier"], r["after_noun"] or r["qualifier"])
                               for r in load_tsv("money_qualifiers.tsv")), key=lambda q: -len(q[0])))
    kinds = _CueIndex(tuple(Cue(r["cue"].lower(), r["match"], r["kind"], float(r["priority"]))
                            for r in load_tsv("money_kinds.tsv")))
    cues = _CueIndex(tuple(Cue(r["cue"].lower(), r["match"], r["role"]) for r in load_tsv("money_cues.tsv")))
    firsts = {m.group() if (m := _WORD.match(w)) else "" for w in scales}
    scale_word = re.compile(r"(?<!\w)" + _alternation(list(firsts), True) + r"(?!\w)" if "" not in firsts else r"\w")
    return Lexicon(pattern, scale_word, currencies, local, scales, numbers, qualifiers, kinds, cues)


def parse_number(text: str) -> float:
    """A German number: '3,9' -> 3.9, '1.200.000', '1 200 000' or the Swiss '1'200'000' -> 1200000, 'eine' -> 1
    (number words from data)."""
    words = lexicon().numbers
    low = text.lower()
    if low in words:
        return words[low]
    digits = re.sub(r"[ \u00a0\u202f'\u2019]", ".", text)
    if "," in digits:
        digits = digits.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        digits = digits.replace(".", "")
    return float(digits)


def _currency(lex: Lexicon, surface: str | None) -> str | None:
    if not surface:
        return None
    surface = re.sub(r"\s+", " ", surface)
    return lex.currencies.get(surface) or lex.currencies.get(surface.lower())


def _local_currency(lex: Lexicon, form: str, named: set[str], main: list[str]) -> str | None:
    """The currency a shared word ("Kronen") means here: that of a country in the sentence, else of the
    document's main pair, else the word's currency for no country in particular ("CFA-Franc"), else unknown."""
    users = lex.local[form]
    return next((users[c] for c in sorted(named) + main if c in users), users.get(""))


def _may_hold_figure(lex: Lexicon, text: str) -> bool:
    """Can `text` hold a money figure? Not without a digit or a scale word: a number word without a
    scale is none. A scale word starts a word of the text (after a space or hyphen) and its first
    word ends at a non-word character, so its first word stands as a whole word."""
    return bool(_DIGIT.search(text) or lex.scale_word.search(text))


def find_figures(sentence: Sentence) -> list[Figure]:
    """Money figures in one sentence.

    A figure without a currency takes it from the figure it forms a range with ("von 2,1 auf 3,9
    Milliarden Euro"); a scaled one followed by a noun ("zwei Millionen Menschen") is a count and
    dropped; others stay without a currency for the caller to resolve from the paragraph. Not money:
    a number word without a scale ("ein Euro entspricht ..."), a count of a currency compound
    ("die 20 Euro-Länder") and a unit price ("80 Dollar pro Barrel").
    """
    lex = lexicon()
    raw: list[tuple[re.Match[str], Figure]] = []
    if not _may_hold_figure(lex, sentence.text):
        return []
    for m in lex.pattern.finditer(sentence.text):
        currency = _currency(lex, m.group("cur")) or _currency(lex, m.group("pcur"))
        local = None if currency or not m.group("cur") else re.sub(r"\s+", " ", m.group("cur")).lower()
        is_word = m.group("num").lower() in lex.numbers
        compound_noun = bool(m.group("head") and m.group("cur") and not m.group("scale")
                             and "-" not in sentence.text[m.end("num"):m.start("cur")])
        after = sentence.text[m.end():].split(maxsplit=2)
        per_unit = (bool(after) and lex.has("per_unit", after[0])
                    and not (len(after) > 1 and lex.has("per_period", after[1].rstrip(".,;"))))
        if (is_word and not m.group("scale")) or compound_noun or per_unit:
            continue
        scale = lex.scales[m.group("scale").lower()] if m.group("scale") else 1.0
        fig = Figure(sentence.start + m.start(), sentence.start + m.end(), parse_number(m.group("num")) * scale,
                     bool(m.group("scale")), currency, m.group("head"), local)
        raw.append((m, fig))
    figures: list[Figure] = []
    for i, (m, fig) in enumerate(raw):
        if fig.currency is None and fig.local is None and i + 1 < len(raw):
            nxt_m, nxt = raw[i + 1]
            gap = sentence.text[m.end():nxt_m.start()].split()
            bare_year = not fig.scaled and _YEARLIKE.fullmatch(m.group("num"))
            if (nxt.currency or nxt.local) and gap and not bare_year and all(lex.has("range", w) for w in gap):
                fig.currency, fig.local = nxt.currency, nxt.local
                if not fig.scaled and nxt_m.group("scale"):
                    fig.value *= lex.scales[nxt_m.group("scale").lower()]
                    fig.scaled = True
        follower = sentence.text[m.end():].split(maxsplit=1)
        counted = fig.head or (follower and follower[0][:1].isupper())
        if fig.value > 0 and (fig.currency or fig.local or (fig.scaled and not counted)):
            figures.append(fig)
    return figures


def _qualifier(lex: Lexicon, before: str, tokens_before: list[Token]) -> tuple[str, int]:
    """The qualifier ending the text before a figure, and how many tokens it spans."""
    low = before.rstrip().lower()
    for phrase, qualifier, after_noun in lex.qualifiers:
        if low.endswith(phrase) and (len(low) == len(phrase) or not low[-len(phrase) - 1].isalnum()):
            n = len(phrase.split())
            prev = tokens_before[-n - 1] if len(tokens_before) > n else None
            noun = prev is not None and prev.text[:1].isupper() and len(tokens_before) > n + 1
            return (after_noun if noun else qualifier), n
    return "eq", 0


def _cue_kind(lex: Lexicon, tokens: list[Token], near: int, skip: str | None = None) -> str | None:
    """The kind of the strongest cue word among `tokens` (the nearest to `near` on a tie), no goal
    nor `skip` cue; one in a background phrase ("Seit dem Freihandelsabkommen wuchs der Handel …") only when
    there is no other."""
    found: list[tuple[float, int, str]] = []
    background: list[tuple[float, int, str]] = []
    for i, t in enumerate(tokens):
        cues = lex.kinds.of(t.text)
        if cues:
            behind = t.text[:1].isupper() and any(lex.has("background", p.text) for p in tokens[max(i - 2, 0):i])
            (background if behind else found).extend(
                (c.priority, -abs(t.start - near), c.label) for c in cues if c.label not in ("goal", skip))
    found = found or background  # "im Rahmen ihres Erweiterungsbeitrags zahlt …": the only cue still tells
    return max(found)[2] if found else None


def _kind(lex: Lexicon, fig: Figure, change: bool, words: list[Token], figures: list[Figure],
          clause: tuple[int, int], phrase_span: tuple[int, int]) -> str:
    """The fact kind: from the figure's compound head, else the strongest cue word before it (back to
    the previous figure or the start of its clause), else after it (up to the next figure or the end
    of its clause), else anywhere in its clause, else in its sentence; "other" when none. An investment
    in a sentence that names a project ("Bau", "Vorhaben") is that project's value; a cost word in the
    figure's comma-bounded phrase makes it a project's value, a contribution verb there aid (a
    company's: investment), and a
    delivery verb makes a cue-less figure aid (money_cues.tsv)."""
    if change:
        return "other"
    if fig.head:
        own = lex.kinds.of(fig.head)
        if own:
            best = max(own, key=lambda c: c.priority)
            return "other" if best.label == "goal" else best.label
    start = max([f.end for f in figures if f.end <= fig.start] + [clause[0]])
    end = min([f.start for f in figures if f.start >= fig.end] + [clause[1]])
    lead = [t for t in words if start <= t.start < fig.start]
    scopes = (lead, [t for t in words if fig.end <= t.start < end],
              [t for t in words if clause[0] <= t.start < clause[1]], words)
    own = _own_noun_kind(lex, lead)
    kind = own or next((k for k in (_cue_kind(lex, scope, fig.start) for scope in scopes) if k), "other")
    phrase = [t for t in words if phrase_span[0] <= t.start < phrase_span[1]]
    if kind == "guarantee" and not any(c.label == "guarantee" for t in phrase for c in lex.kinds.of(t.text)):
        # "Der Bund übernahm eine Bürgschaft, Deutschland gewährte Angola Hilfe von …": a cue in the figure's
        # own phrase wins over another phrase's cover
        kind = _cue_kind(lex, phrase, fig.start, skip="guarantee") or kind
    # someone invests, or pledges investments ("sagte Investitionen von 400 Mio. Dollar in das Hafenprojekt zu")
    upto = [t for t in words if clause[0] <= t.start < phrase_span[1]]  # the clause up to the phrase's end
    invests = any(lex.has("invest_verb", t.text) for t in phrase) or own == "investment" and (
        _pledged(lex, phrase, upto) or _into_project(lex, phrase))
    if kind == "investment" and not invests \
            and any(c.label == "project_value" for t in words for c in lex.kinds.of(t.text)):
        kind = "project_value"  # the investment volume of the project the sentence names
    elif kind == "project_value" and invests:
        kind = "investment"  # what someone invests in a project ("will eine Milliarde Dollar in ein Werk investieren")
    if kind in ("investment", "other") and _contract_valued(lex, words):
        kind = "contract_value"  # "Den Wert des Auftrags – eine Investition von 5 Mrd. Euro – nannte …"
    if not fig.scaled and any(lex.has("unit", t.text) for t in phrase):
        return "other"  # a unit price: "Im Mai kostete ein Liter Benzin in Nigeria 700 Naira"
    if any(lex.has("waiver", t.text) for t in phrase) and any(lex.has("claim", t.text) for t in phrase):
        return "aid"  # "verzichtet auf Forderungen von 10 Mio. Euro, die Honduras in Wälder investiert"
    if kind in ("guarantee", "held") or any("held" in lex.kinds.labels(t.text) for t in phrase):
        # "Hermes-Bürgschaften deckten Exporte im Wert von 2 Mrd. Euro": covered, not traded;
        # "zahlt jährlich 40 Mio. Dollar an Hafengebühren", "Devisenreserven von 7 Mrd.": held or charged
        return "other"
    weak_aid = kind == "aid" and not any(c.label == "aid" and c.priority >= _STRONG for t in phrase
                                         for c in lex.kinds.of(t.text))  # "Der Wiederaufbau wird … kosten"
    if (kind in ("contract_value", "investment", "other") or weak_aid) and any(lex.has("cost", t.text) for t in phrase):
        return "project_value"  # "Vertrag über eine Brücke, deren Kosten auf 420 Mio. Euro veranschlagt werden"
    if kind in ("project_value", "contract_value", "other") and any(lex.has("contribution", t.text) for t in phrase) \
            or kind == "project_value" and any(lex.has("pledge", t.text) for t in phrase):
        # "will sich mit bis zu 150 Mio. Euro an der Bahnstrecke beteiligen"; a company's stake is an investment
        return "investment" if _by_company(lex, words) else "aid"
    if kind == "other" and any(lex.has("grant", t.text) for t in phrase):
        return "aid"  # "Die Kommission hat Moldau aus einem EU-Fonds 45 Mio. Euro bewilligt"
    if kind == "other" and (_pledged(lex, phrase, upto) or any(lex.has("finance", t.text) for t in phrase)):
        # "Paris versprach Niamey Gelder von 18 Mio. Euro"; "Lissabon sagte Maputo Mittel von 12 Mio. Euro zu"
        return "investment" if _by_company(lex, words) else "aid"
    if kind == "other" and any(lex.has("takeover", t.text) for t in words) and _by_company(lex, words):
        return "investment"  # "Der Konzern Holcim übernimmt für 2,3 Mrd. Dollar einen Zementhersteller in Mexiko"
    acquired = kind == "other" and any(lex.has("acquire", t.text) for t in words)
    if kind == "other" and (acquired or any(lex.has("purchase", t.text) for t in words)):
        # "Indien kaufte russisches Öl für 40 Mrd. Dollar" is trade, "Polen kauft Panzer für 13,7 Mrd. Dollar" a deal;
        # "Japan kaufte Staatsanleihen der USA für …" and a company's acquisition are investments
        if any(lex.has("securities", t.text) for t in words) or (acquired and _by_company(lex, words)):
            return "investment"
        goods = any(lex.has("goods", t.text) and t.text[:1].isupper() for t in words)
        return "trade_volume" if goods else "contract_value"
    if kind == "other" and any(lex.has("delivery", t.text) for t in words):
        # "liefert Vietnam sechs Patrouillenboote im Wert von 35 Mrd. Yen"; "lieferte Öl nach Indien" is trade
        return "trade_volume" if _exported(lex, words) else "aid"
    return kind


def _into_project(lex: Lexicon, phrase: list[Token]) -> bool:
    """Does the phrase name a project as where money goes ("eine Investition von 800 Mio. Euro in sein Werk"): a
    project cue up to three words after a preposition of role to_prep?"""
    return any("project_value" in lex.kinds.labels(t.text)
               and any(lex.has("to_prep", p.text) for p in phrase[max(i - 3, 0):i]) for i, t in enumerate(phrase))


def _own_noun_kind(lex: Lexicon, lead: list[Token]) -> str | None:
    """The kind of the noun the figure is the amount of ("Kredite und Investitionen von zwei Milliarden Dollar",
    "sagte im Rahmen des Zollabkommens Investitionen in Höhe von 550 Mrd. Dollar zu"): the capitalised word
    before the figure's link words (money_cues.tsv, role figure_link), when it carries a kind cue and is no
    genitive attribute (role genitive_article before it)."""
    i = len(lead) - 1
    while i >= 0 and lex.has("figure_link", lead[i].text):
        i -= 1
    if i < 0 or i == len(lead) - 1 or not lead[i].text[:1].isupper() \
            or (i > 0 and lex.has("genitive_article", lead[i - 1].text)):
        return None  # "den Auftrag für den Bau eines Atomkraftwerks im Wert von …": the genitive's head may own it
    cues = [c for c in lex.kinds.of(lead[i].text) if c.label != "goal"]
    return max(cues, key=lambda c: c.priority).label if cues else None


def _by_company(lex: Lexicon, words: list[Token]) -> bool:
    """Does the sentence name a company or fund that gives the money, not one that receives it ("zahlt eine
    Milliarde Euro in den Fonds ein": a preposition of role to_prep up to two words before it)?"""
    return any(lex.has("company", t.text) and not any(lex.has("to_prep", p.text) for p in words[max(i - 2, 0):i])
               for i, t in enumerate(words))


def _contract_valued(lex: Lexicon, words: list[Token]) -> bool:
    """Does the sentence name a contract's value ('Wert des Auftrags', 'Volumen der Verträge')?"""
    return any(lex.has("value_of", a.text) and lex.has("value_genitive", b.text)
               and any(c.label == "contract_value" for c in lex.kinds.of(n.text))
               for a, b, n in zip(words, words[1:], words[2:]))


def _pledged(lex: Lexicon, phrase: list[Token], lead: list[Token]) -> bool:
    """Does a pledge verb govern the phrase: a whole one, or a split one whose particle closes it and
    whose verb opens it or the clause before it ('Oslo sagte der Partnerschaft, an der sich auch
    Japan beteiligt, 500 Mio. Euro zu'; `lead` runs from the clause's start to the phrase's end)?"""
    if any(lex.has("pledge", t.text) for t in phrase):
        return True
    last = next((t.text for t in reversed(phrase) if t.text[:1].isalpha()), None)
    return last is not None and lex.has("particle", last) and any(lex.has("pledge_split", t.text) for t in lead)


def _exported(lex: Lexicon, words: list[Token]) -> bool:
    """Does a destination word lead to a country ("nach Indien"): goods that go there are exports?"""
    return any(lex.has("destination", a.text) and (country_code(b.text) or place_country(b.text))
               for a, b in zip(words, words[1:]))


def _clause(text: str, sent: Sentence, fig: Figure, marks: str = ";") -> tuple[int, int]:
    """The stretch of the sentence between `marks` (semicolons; or also commas) that holds `fig`."""
    left = max(text.rfind(m, sent.start, fig.start) for m in marks)
    rights = [i for m in marks if (i := text.find(m, fig.end, sent.end)) >= 0]
    return (left + 1 if left >= 0 else sent.start), (min(rights) if rights else sent.end)


def _compared(lex: Lexicon, before: list[str]) -> bool:
    """Do the (up to three) words before a date make it a point of comparison: a comparison word followed
    only by link words ('gegenüber 2022', 'im Vergleich zum Jahr 2022'), not by a noun or verb ('Das Defizit
    gegenüber China betrug 2023 …')?"""
    at = next((i for i in range(len(before) - 1, -1, -1) if lex.has("comparison", before[i])), None)
    return at is not None and all(lex.has("comparison_link", w) for w in before[at + 1:])


def _attached(lex: Lexicon, text: str, fig: Figure, time: TimeExpr) -> bool:
    """Does `time` follow `fig` directly ('47,3 Millionen US-Dollar im Jahr 2022')?"""
    if time.start < fig.end:
        return False
    gap = re.findall(r"\w+|[^\w\s]", text[fig.end:time.start])
    return all(lex.has("period_link", w) for w in gap)


def _dates(lex: Lexicon, sent: Sentence, times: list[TimeExpr], figures: list[Figure]) -> list[TimeExpr]:
    """The sentence's dates that can be a figure's period (not points of comparison: 'gegenüber 2022')."""
    free = []
    for t in times:
        if sent.start <= t.start < sent.end and t.value and not t.vague \
                and not any(f.start <= t.start < f.end for f in figures) \
                and not _compared(lex, [tok.text for tok in sent.tokens if tok.end <= t.start][-3:]):
            free.append(t)
    return free


def _periods(lex: Lexicon, text: str, sent: Sentence, figures: list[Figure],
             times: list[TimeExpr]) -> list[TimeExpr | None]:
    """The period of each figure: the date attached to it, else the sentence's nearest free date.
    A date with a colon ('2022: 4,5 Milliarden') labels the figures after it only."""
    free = _dates(lex, sent, times, figures)
    labels = {id(t) for t in free if text[t.end:t.end + 2].lstrip().startswith(":")}
    attached = {i: next((t for t in free if id(t) not in labels and _attached(lex, text, f, t)), None)
                for i, f in enumerate(figures)}
    taken = {id(t) for t in attached.values() if t is not None}
    free = [t for t in free if id(t) not in taken]
    periods: list[TimeExpr | None] = []
    for i, fig in enumerate(figures):
        own = attached[i]
        if own is None:
            earlier = [t for t in free if t.end <= fig.start]
            later = [t for t in free if t.start >= fig.end and id(t) not in labels
                     and not re.search(r"[,;:]", text[fig.end:t.start])]
            own = earlier[-1] if earlier else later[0] if later else None
        periods.append(own)
    return periods


def _recent(time: TimeExpr, report_year: str | None) -> bool:
    """Is `time` close enough to the report to date a figure of the next sentence? A historic year
    ('1951 nahmen beide Länder Beziehungen auf.') is background, not the figure's period."""
    year = (time.value or "")[:4]
    return report_year is None or not year.isdigit() or int(year) >= int(report_year) - _CONTEXT_YEARS


def _rate_sentence(lex: Lexicon, words: list[Token]) -> bool:
    """Does the sentence name a currency as a noun outside its figures ("Der Euro stieg auf 1,10 Dollar"), so that
    a small unscaled figure in it is an exchange rate, not a sum?"""
    return any(t.text[:1].isupper() and t.text.lower() in lex.currencies for t in words)


def _restated(lex: Lexicon, text: str, fig: Figure, figures: list[Figure]) -> bool:
    """Is `fig` another figure restated in a second currency in brackets ('4 Mrd. Dollar (3,7 Mrd. Euro)')?"""
    previous = [f for f in figures if f.end <= fig.start]
    if not previous or previous[-1].currency == fig.currency:
        return False
    gap = text[previous[-1].end:fig.start].strip().lower()
    return gap == "(" or any(gap == f"({phrase}" or gap == f"( {phrase}" for phrase, _, _ in lex.qualifiers)


def _main_pair(layer: EntityLayer) -> list[str]:
    """The two countries the document names most often (its main pair), most frequent first."""
    counts = Counter(layer.entities[m.entity].country for m in layer.mentions
                     if m.type == "GPE" and layer.entities[m.entity].country)
    return [code for code, _ in counts.most_common(2) if code]


def _named_countries(layer: EntityLayer, words: list[Token]) -> set[str]:
    """Countries a sentence names or uses adjectivally, read from `words`: its tokens outside money
    figures (so "US-Dollar" names no country); a person's country does not count (the speaker in
    "Mirziyoyev zufolge liegt das Potenzial bei ..." is not what the figure concerns)."""
    spans = [(t.start, t.end) for t in words]
    lo, hi = min((s for s, _ in spans), default=0), max((e for _, e in spans), default=0)
    found = {code for m in layer.mentions if lo <= m.start < hi and m.type != "PER"
             and any(s <= m.start < e for s, e in spans) and (code := layer.entities[m.entity].country)}
    for tok in words:
        if tok.text[:1].isalpha():
            found.update(adjective_countries(tok.text))
            if tok.text[:1].isupper() and (code := country_code(tok.text) or place_country(tok.text)):
                found.add(code)
    return found


def _countries(lex: Lexicon, named: set[str], words: list[Token], kind: str, main: list[str]) -> list[str]:
    """Countries a figure concerns: those its sentence names, else the document's main pair; one named
    side of a paired kind or bilateral figure gets the main pair's other side."""
    found = set(named)
    if not found:
        return sorted(main)
    bilateral = kind in _PAIRED or any(lex.has("bilateral", t.text) for t in words)
    if len(found) == 1 and bilateral:
        found.update([c for c in main if c not in found][:1])
    return sorted(found)


def extract_facts(analysis: Analysis, layer: EntityLayer, times: list[TimeExpr],
                  doc_date: DocDate | None = None) -> list[Fact]:
    """Money facts of one document; `times` are resolved, `doc_date` dates one-off deals left undated.

    A figure's kind comes from the cue words of its clause and sentence; a sentence without any that
    speaks of "er"/"dieser" takes the topic of the paragraph's previous sentence. A figure restated
    in a sentence of its own ("Das entspricht umgerechnet 42 Milliarden Dollar.") is a fact like the
    one before it; restated in brackets it is none."""
    lex = lexicon()
    text = analysis.text
    main: list[str] | None = None  # the document's main pair, read at the first figure
    report_year = doc_date.value[:4] if doc_date and doc_date.value else None
    facts: list[Fact] = []
    undated: set[int] = set()  # ids of facts whose period is borrowed from the report or the paragraph
    currency: str | None = None  # the last currency of the paragraph, for figures that omit it
    qualified: dict[str, str] = {}  # a shared head word -> the currency the text named with it ("australische Dollar")
    previous: Sentence | None = None  # the paragraph's previous sentence
    last: Fact | None = None  # the paragraph's last fact
    for sent in analysis.sentences:
        if previous is None or "\n" in text[previous.end:sent.start]:
            currency, previous, last = None, None, None
        before_sent, previous = previous, sent
        found = find_figures(sent)
        if not found:
            continue
        # a past date of the previous sentence may date this one; a plan or deadline does not
        context = [t for t in _dates(lex, before_sent, times, []) if not t.future and not is_target(t)
                   and _recent(t, report_year)] if before_sent else []
        topic = _cue_kind(lex, before_sent.tokens, before_sent.end) if before_sent else None
        if main is None:
            main = _main_pair(layer)
        tokens = sent.tokens
        words = [t for t in tokens if not any(f.start <= t.start < f.end for f in found)]
        named = _named_countries(layer, words)
        about_money = any(lex.has("money_word", t.text) or lex.kinds.of(t.text) for t in words)
        figures = []
        for fig in found:
            if fig.local:
                fig.currency = _local_currency(lex, fig.local, named, main)
                if fig.currency is None:
                    continue
            fig.currency = _named_before(lex, text, fig, qualified)
            later = next((f.currency for f in found if f.start > fig.start and f.currency), None)
            # the paragraph's currency only where the sentence speaks of money ("Davon sind 2 Milliarden …")
            fig.currency = fig.currency or later or (currency if about_money else None)
            currency = fig.currency or currency
            if fig.currency:
                figures.append(fig)
        if not figures:
            continue
        periods = _periods(lex, text, sent, figures, times)
        growth = any(lex.has("change_verb", t.text) or lex.has("change_noun", t.text) for t in words)
        for fig, time in zip(figures, periods):
            before = [t for t in tokens if t.end <= fig.start]
            if _restated(lex, text, fig, figures) or (
                    not fig.scaled and fig.value < _RATE_LIMIT and _rate_sentence(lex, words)):
                continue
            qualifier, n = _qualifier(lex, text[sent.start:fig.start], before)
            converted = any(lex.has("conversion", t.text) for t in before[-3:])
            if converted and not (last is None and _converted_only(lex, fig, figures, words)):
                if last is not None and fig is figures[0] and fig.scaled and "(" not in text[sent.start:fig.start]:
                    facts.append(Fact(last.kind, fig.value, fig.currency, qualifier, last.period, list(last.countries),
                                      sent.text, sent.start, sent.end, last.change))
                continue
            lead = [t.text for t in before[:len(before) - n]][-2:]
            change = bool(lead) and ((growth and lex.has("change_by", lead[-1])) or (
                len(lead) == 2 and lex.has("change_link", lead[1]) and lex.has("change_noun", lead[0])))
            clause = _clause(text, sent, fig)
            in_clause = [t for t in words if clause[0] <= t.start < clause[1]]
            phrase = _clause(text, sent, fig, ";,")
            # a goal word after the figure's comma-bounded phrase sets a later aim ("… erreichte 2024 rund
            # 4 Mrd. Dollar, und sie vereinbarten, ihn bis 2030 zu verdoppeln"), not this figure's
            goal = any(c.label == "goal" for t in in_clause if t.start < phrase[1] for c in lex.kinds.of(t.text))
            kind = _kind(lex, fig, change, words, figures, clause, phrase)
            if kind in ("aid", "investment") and any(lex.has("lender", t.text) for t in words
                                                     if phrase[0] <= t.start < phrase[1]):
                kind = "other"  # "Der IWF gewährte Sri Lanka eine Kreditlinie über 2,9 Mrd.": no country's money
            if topic and not change and not fig.head and (
                    (kind == "other" and any(lex.has("anaphor", t.text) for t in in_clause))
                    or (any(lex.has("part_of", t.text) for t in in_clause)
                        and not any(lex.kinds.labels(t.text) - {"goal"} for t in in_clause))):
                # "... hatte er 79,4 Mrd. Dollar betragen" after a sentence on trade; "Davon sollen 2 Milliarden
                # in Bahnprojekte fließen" is part of the investment before, whatever its verb
                kind = topic
            if kind == "trade_volume" and goal and not (time is not None and is_target(time)):
                kind = "other"  # a goal is trade only with its target year ("bis 2030 auf 150 Mrd.")
            period = time.value if time is not None else None
            borrowed = False  # the period is the report's or the paragraph's, not the sentence's own
            if time is not None and not (goal and kind in ("trade_volume", "other")) and not change \
                    and _spread(time, doc_date):
                period = None  # "Der Rahmenplan umfasst Gelder von 90 Mio. Euro bis 2029": a sum over years
            elif period is None:  # a deal dates from the report, other figures from the paragraph (not goals)
                period = (report_year if kind in _ONE_OFF else None) or (context[-1].value if context and not goal
                                                                          else None)
                borrowed = period is not None
            if kind == "project_value":
                period = None  # a project's cost covers no period; its dates are completion targets
            last = Fact(kind, fig.value, fig.currency, qualifier, period, _countries(lex, named, words, kind, main),
                        sent.text, sent.start, sent.end, change)
            facts.append(last)
            if borrowed:
                undated.add(id(last))
    return _dedup(facts, undated)


def _named_before(lex: Lexicon, text: str, fig: Figure, qualified: dict[str, str]) -> str | None:
    """The figure's currency: a bare head word ("Dollar") after the text has named a qualified currency
    with it ("200 Millionen australische Dollar … weitere 50 Millionen Dollar") is that one; a qualified
    form ("australische Dollar", "Singapur-Dollar") is noted in `qualified` for the figures after it."""
    if fig.currency is None:
        return None
    surface = text[fig.start:fig.end - (len(fig.head) + 1 if fig.head else 0)].lower().split()
    tail = surface[-1] if surface else ""
    head = tail.rsplit("-", 1)[-1]
    two = _currency(lex, " ".join(surface[-2:])) if len(surface) > 2 else None
    if two == fig.currency or head != tail and _currency(lex, tail) == fig.currency:  # a qualified form
        if _currency(lex, head) not in (None, fig.currency):
            qualified[head] = fig.currency
        return fig.currency
    return qualified.get(tail, fig.currency) if _currency(lex, tail) == fig.currency else fig.currency


def _spread(time: TimeExpr, doc_date: DocDate | None) -> bool:
    """Is `time` a coming end ("bis 2029") over which a sum is spread, not the period of a level the
    figure reaches ("den Handel bis 2030 auf 150 Mrd. steigern") nor the start of a yearly sum ("ab 2027
    jährlich 300 Mio. Euro": 2027)?"""
    if not is_bound(time) or is_start(time) or not time.value:
        return False
    report = doc_date.value[:4] if doc_date and doc_date.value else None
    return time.future or (report is not None and time.value[:4] > report)


def _converted_only(lex: Lexicon, fig: Figure, figures: list[Figure], words: list[Token]) -> bool:
    """Is `fig` a sum the text gives only converted, with its own kind cue or contribution verb ("Mittel
    von umgerechnet rund 50 Mio. Dollar bereitstellen"), rather than a restatement of an earlier figure?"""
    return (fig is figures[0] and sum(1 for t in words if lex.has("conversion", t.text)) == 1
            and any(lex.kinds.of(t.text) or lex.has("contribution", t.text) for t in words))


def _dedup(facts: list[Fact], undated: set[int]) -> list[Fact]:
    """One fact per figure: repeats of the same value and currency collapse into the dated mention (one
    the sentence itself dates rather than one of the `undated`, whose period is borrowed), with the
    countries of both; a repeat of kind other (a headline without cue words) takes the specific kind."""
    out: list[Fact] = []
    for fact in facts:
        same = [o for o in out if (o.currency, o.change) == (fact.currency, fact.change)
                and abs(o.value - fact.value) <= 1e-9 * max(o.value, 1.0)
                and (o.kind == fact.kind or "other" in (o.kind, fact.kind))]
        kept = next((o for o in same if o.period == fact.period), None) \
            or next((o for o in same if fact.period is None or o.period is None), None)
        if kept is None:
            out.append(fact)
            continue
        kind = kept.kind if kept.kind != "other" else fact.kind
        countries = sorted(set(kept.countries) | set(fact.countries))
        if (kept.period is None and fact.period is not None) or (
                id(kept) in undated and id(fact) not in undated and fact.period == kept.period):
            out[out.index(kept)] = kept = fact
        kept.kind, kept.countries = kind, countries
    return out
