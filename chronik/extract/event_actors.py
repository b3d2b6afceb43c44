"""Who can act in an event: the actors of one document with their countries and the
preposition that governs each (the argument slots event_frames.py fills).

Actors come from the entity layer (persons, organisations and places with a country), from
country adjectives before actor nouns ("die kasachischen Behörden", "US-Unternehmen"), and from
phrases that stand for the article's main countries ("beide Länder", "das Nachbarland").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from chronik.extract.entity_lexicon import role as title_role
from chronik.extract.event_lexicon import first_class, possible_patterns, word_class, words
from chronik.language.gazetteer import adjective_countries, country_code, country_name, lookup_place
from chronik.language.resources import load_tsv
from chronik.language.words import alternation, ending_pattern, number_words
from chronik.model import Analysis, EntityLayer, Sentence, Token

# an adjective inside a title ("Chinas neuer Präsident")
_ATTRIBUTE = re.compile(r"[a-zäöüß]" + ending_pattern("adjective_ending") + "$")

PREP_CLASSES = ("laut", "dest", "mit", "von", "aus", "durch", "an", "gegen", "auf", "fuer", "zwischen", "prep")
_ADJ_SUFFIX = re.compile(r"(?:isch|lich|ig|ell|al|iv|sten|end|ert|ischen)(?:e|en|er|es|em)?$")
_AND = words("conj_and")
# "mit A sowie mit B": a repeated 'mit' after the conjunction continues the list of counterparts
_LIST_GAP = re.compile(rf"^\s*(?:,\s*(?:{_AND}\s+)?|(?:{_AND}|{words('conj_or')}|{words('conj_also')})\s+"
                       rf"(?:{words('mit')}\s+)?"
                       rf"|,?\s*{words('conj_but_also')}\s+|,?\s*{words('ally_gap')}\s+(?:von\s+)?)"
                       rf"(?:{words('list_filler')}\s+|[A-ZÄÖÜ][\w.-]*\s+){{0,3}}"
                       # "X und sein venezolanischer Kollege Y"
                       rf"(?:{words('poss')}\s+[a-zäöü]\w*(?:e|en|er)\s+[A-ZÄÖÜ][\w.-]*\s+)?"
                       # an adjective ("und neue Partner"), not a past-tense verb ("und drohte Chile")
                       r"(?:(?![a-zäöü]\w*ten?\s)[a-zäöü]\w*(?:e|en)\s+)?$")
# "mit dem äthiopischen Premier A und dem somalischen Präsidenten B": a titled name after 'und' continues the list
_ALLY_GAP = re.compile(rf"^\s*,?\s*{words('ally_gap')}\s")
_LIST_ROLE_GAP = re.compile(rf"\s*,?\s*{_AND}\s+{words('list_filler')}\s+[a-zäöü]\w*(?:e|en|er)\s+[A-ZÄÖÜ][\w.-]*\s+")
_ACTOR_KINDS = frozenset({"PER", "ORG", "ADJ"})
_OPENING = re.compile(r"(?:[^.!?]{0,24}[:–—]\s*)?")  # what may open a sentence before its subject: "22.00 Uhr: "
_NEW_PREDICATE = re.compile(rf"[,;:]\s|\b{_AND}\s+(?-i:[a-zäöü])\w*(?:te|ten|t|en)\b")  # "…, und beantragte"
# ", dem 3. Juni 2024," (group 1), ", der Hauptstadt des Bundesstaats Unity," (group 2: an article, no verb at its
# end, unlike a relative clause's) or ", <a capitalised name of up to four words>,"
_APPOSITION = re.compile(rf",\s+(?:((?:{words('date_article')}\s+)?\d{{1,2}}\.\s+[A-ZÄÖÜ][a-zäöü]+(?:\s+\d{{4}})?)"
                         rf"|({words('apposition_article')}\s+(?:[\w-]+\s+){{0,6}}?[A-ZÄÖÜ][\w-]*)"
                         r"|[A-ZÄÖÜ][\w.'-]*(?:\s+[A-ZÄÖÜ][\w.'-]*){0,3}),")
# "die von Tansania kritisierte Entscheidung": an article, 'von' (the party), a declined participle, a noun
_AGENT_BEFORE = re.compile(rf"\b{words('attribute_article')}\s+von\s+(?:{words('attribute_article')}\s+)?$",
                           re.IGNORECASE)
_AGENT_GAP = re.compile(r"(?-i:\s+(?:[a-zäöüß]\w*\s+){0,2})")  # "von X scharf kritisierte": adverbs only
_PARTICIPLE_AFTER = re.compile(r"(?-i:\s+(?:[a-zäöüß]\w*\s+){0,2}?[a-zäöüß]\w*(?:t|en)(?:e|en|er|es|em)\s+[A-ZÄÖÜ])")
_UNION = "EUU"  # the European Union acting as one (GUIDELINES: the World Bank's code)
_NEW_NP = re.compile(words("indefinite"))
_TITLE_GAP = re.compile(rf"\s*(?:{words('title_link')}\s+)?")
_GENITIVE_ARTICLE = re.compile(words("genitive_article"))
_QUOTES = frozenset("„“”\"»«‚‘’'")
_YEAR_PAREN = re.compile(r"^\s*\([^)]*\d{4}[^)]*\)")
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-ZÄÖÜ]")  # "as-Sisi", "al-Tayyeb"
# "Abuja/Accra (AFP) – ", "Lima, 3. Mai 2021 (dpa) - " (a dot only after a day's number)
_DATELINE = re.compile(r"(?m)^(?:[^\n()–—.]|(?<=\d)\.){1,60}\([^()\n]{1,40}\)\s*[–—-]\s")


@dataclass(slots=True)
class Party:
    """A possible event argument: one actor mention in a sentence."""

    start: int
    end: int
    name: str
    country: str
    entity: int | None
    kind: str  # PER, ORG, GPE, ADJ, GROUP (beide Länder), PARTNER (das Nachbarland)
    prep: str | None = None
    prep_at: int = -1  # offset of that preposition
    chain: int = -1  # coordination chain id ("X, Y und Z"); -1 when alone
    by_role: bool = False  # a role noun standing for a person named before ("die Bundeskanzlerin")
    mediator: bool = False  # named after a mediation noun ("unter Vermittlung Katars"): no party of other acts
    patient: bool = False  # only ever undergoes an act ("zwei französische Journalisten", "sieben Amerikaner")
    person: bool = False  # a title with its country names one person ("der Präsident Ghanas"): 'er' may refer to it
    objective: bool = False  # an object's genitive ("den Botschafter Kolumbiens", "die Vorwürfe Chiles"): no subject


@dataclass(slots=True)
class DocActors:
    """The actors of one document, per sentence, plus its two main countries."""

    by_sentence: list[list[Party]]
    dyad: tuple[str, ...]
    patients: list[list[Party]] = field(default_factory=list)  # per sentence: who can only undergo an act
    clauses: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # sentence -> its clauses, once asked
    told_pairs: dict[int, tuple[str, str]] = field(default_factory=dict)  # sentence -> the two 'beide Seiten' are

    def group_pair(self, si: int) -> tuple[str, ...]:
        """The two countries a group phrase ("beide Seiten") in sentence `si` stands for: the pair told just
        before it, else the article's two main countries."""
        return self.told_pairs.get(si, self.dyad)


class _Spans:
    """The spans of actors sorted by start: which of them covers an offset, by bisection."""

    def __init__(self, parties: list[Party]) -> None:
        self.starts = [p.start for p in parties]
        self.reach: list[int] = []  # the furthest end of the spans up to each
        for p in parties:
            self.reach.append(max(p.end, self.reach[-1]) if self.reach else p.end)

    def cover(self, pos: int) -> bool:
        """Does a span cover `pos` (start <= pos < end)?"""
        k = bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos


@lru_cache(maxsize=1 << 16)
def _word_kind(word: str) -> tuple[bool, str | None, bool, bool, bool, bool]:
    """What _prep_before asks of a word: is it a place name, its preposition class, an indefinite
    article, a time noun, a determiner, an adjective (or country adjective)?"""
    return (bool(word[:1].isupper() and lookup_place(word)), first_class(word, PREP_CLASSES),
            bool(_NEW_NP.fullmatch(word)), bool(word_class("time_noun").fullmatch(word)),
            bool(word_class("det").fullmatch(word)), bool(_ADJ_SUFFIX.search(word) or adjective_countries(word)))


def _prep_before(tokens: list[Token], ends: list[int], start: int, others: _Spans) -> tuple[str | None, int]:
    """Class and offset of the preposition that governs a name starting at `start` ((None, -1) if
    bare); the search stops at another actor ("in Berlin Bundeskanzlerin Merkel": Merkel is bare).
    `ends` are the tokens' end offsets."""
    before = bisect_right(ends, start)  # the tokens ending before the name
    det = word_class("det")
    after_det = False  # prep det adj* Name: before the article only a preposition (or noun) may stand
    adjectival = False  # a lowercase word passed as an adjective of the name
    for i in range(before - 1, max(before - 9, -1), -1):
        word = tokens[i].text
        place, cls, new_np, time_noun, article, adjective = _word_kind(word)
        if others.cover(tokens[i].start) or place:
            return None, -1
        if cls is None and i == before - 1 and word_class("genitive_prep").fullmatch(word) \
                and _governs_genitive(tokens, before):
            return "prep", tokens[i].start  # "Während Ghanas Vorsitz kritisierte Benin …"
        if cls is not None:
            governed = i > 0 and word_class("gov_noun").fullmatch(tokens[i - 1].text)
            if governed and word_class("led_by").fullmatch(word):
                return None, -1  # "die Regierung unter Präsident X": X stands for the government
            if cls == "aus" and i > 0 and word_class("laut").fullmatch(tokens[i - 1].text):
                cls = "laut"  # "nach Angaben aus Warschau": a source of information
            against = _against_noun(tokens, i) if cls == "aus" else -1
            if against >= 0:
                return "gegen", tokens[against].start  # "Sanktionen gegen Firmen aus Frankreich": the target
            titled = cls == "von" and i > 1 and word_class("actor_noun").fullmatch(tokens[i - 1].text) \
                and det.fullmatch(tokens[i - 2].text)  # "der Emir von Katar": the person of Katar
            if titled and i > 2 and word_class("host_cue").fullmatch(tokens[i - 3].text):
                return cls, tokens[i].start  # "auf Einladung des Präsidenten von Peru": the inviter, no bare actor
            return (None, -1) if (cls == "dest" and governed) or titled else (cls, tokens[i].start)
        if new_np and i > 0 and tokens[i - 1].text[:1].isupper():
            return None, -1  # "zum Gegenbesuch | eine Abordnung des Bundestages": a new phrase starts here
        if time_noun:
            return None, -1  # "besuchte am Montag Moldau": the time phrase ends before the name
        if article:
            after_det = True
            continue
        if word[:1].isupper() and adjectival and not after_det:
            return None, -1  # "Nach dem Zwischenfall beorderte Ruanda …": a noun before the 'adjective' makes it a verb
        if word[:1].isupper() or (not after_det and adjective):
            adjectival = adjectival or not word[:1].isupper()
            after_det = after_det and not word[:1].isupper()
            continue
        if (word == "." and i > 0 and len(tokens[i - 1].text) == 1) or word in _QUOTES:
            continue
        return None, -1
    return None, -1


@lru_cache(maxsize=8)
def _gate(name: str) -> re.Pattern[str]:
    """A word class without its word boundaries: a quick test whether a text may hold one of its words at all."""
    return re.compile(words(name), re.IGNORECASE)


def _governs_genitive(tokens: list[Token], k: int) -> bool:
    """Is token `k` a country's genitive that a preposition before it governs ("während Ghanas Vorsitz"), not one
    before a title ("Ghanas Präsident")?"""
    name = tokens[k].text if k < len(tokens) else ""
    head = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return name.endswith("s") and bool(lookup_place(name[:-1])) and not word_class("actor_noun").fullmatch(head)


def _against_noun(tokens: list[Token], i: int) -> int:
    """The index of the 'gegen' before the noun that the 'aus' at `i` qualifies ("gegen mehrere Firmen aus
    Frankreich"), or -1."""
    k = i - 1
    if k < 1 or not tokens[k].text[:1].isupper():
        return -1
    k -= 1
    lead = word_class("patient_lead")
    while k > 0 and i - k <= 3 and lead.fullmatch(tokens[k].text) and not word_class("gegen").fullmatch(tokens[k].text):
        k -= 1
    return k if word_class("gegen").fullmatch(tokens[k].text) else -1


@lru_cache(maxsize=1)
def _topic_phrase() -> re.Pattern[str]:
    """A topic phrase up to a place ("über die Lage im benachbarten ", "über den Krieg in ")."""
    return re.compile(rf"\b{words('topic_prep')}\s+(?:{words('det')}\s+)?(?:[a-zäöüß]\w*\s+)?[A-ZÄÖÜ][\w-]*\s+"
                      rf"{words('dest')}\s+(?:[a-zäöüß]\w*\s+)?$", re.IGNORECASE)


def _in_topic(p: Party, text: str, start: int) -> bool:
    """Is a country the scene of a topic ("sprachen über den Krieg in Haiti", "über die Lage im
    benachbarten Haiti")? It takes no part in the event."""
    return p.kind == "GPE" and bool(_topic_phrase().search(text, max(start, p.start - 80), p.start))


@lru_cache(maxsize=1)
def _purpose_phrase() -> re.Pattern[str]:
    """A motive phrase up to an actor ("aus Solidarität mit ", "aus Rücksicht auf das benachbarte ")."""
    return re.compile(rf"\b{words('purpose')}\s+(?:{words('det')}\s+)?(?:[a-zäöüß]\w*\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _mediation_phrase() -> re.Pattern[str]:
    """A mediation noun and the words up to its mediator ("unter Vermittlung ", "durch die Vermittlung von ")."""
    return re.compile(rf"\b{words('mediation')}\s+(?:(?:{words('von')}|{words('durch')}|{words('det')})\s+){{0,2}}"
                      r"(?:[a-zäöüß]\w*\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _mediated_after() -> re.Pattern[str]:
    """An attributive mediation participle and the noun it qualifies, right after the mediator."""
    return re.compile(rf"\s+{words('mediated')}\s+[A-ZÄÖÜ]")


def _named_after(p: Party, text: str) -> bool:
    """Is a town the name of an agreement ("die Vereinbarung von Genf", "das Abkommen von Minsk")? It is no actor."""
    if p.kind != "GPE" or p.prep != "von" or country_code(p.name):
        return False
    before = _last_word(text[max(0, p.prep_at - 30):p.prep_at])
    return bool(before and word_class("place_named").fullmatch(before))


def _last_word(text: str) -> str | None:
    parts = text.split()
    return parts[-1] if parts else None


def _opens(texts: list[str], i: int) -> bool:
    """Does word `i` open its clause: first word, or after a colon, quote or a ticker's dash ("07:40 Uhr - ")?"""
    return not i or texts[i - 1][-1:] in ".:!?\"„“«»" or not texts[i - 1].strip("-–—+")


def _adjective_parties(sent: Sentence, taken: list[tuple[int, int]]) -> list[Party]:
    """Country adjectives before actor nouns ("die kasachischen Behörden", "US-Unternehmen")."""
    out: list[Party] = []
    actor_noun = word_class("actor_noun")
    toks = sent.tokens
    texts = [t.text for t in toks]
    # the noun an adjective qualifies is capitalised: a cheaper test than the adjective's
    for i in [i for i, (w, nxt) in enumerate(zip(texts, [*texts[1:], ""]))
              if nxt[:1].isupper() or ("-" in w and w[:1].isupper())]:
        tok = toks[i]
        codes = adjective_countries(tok.text)
        if not codes:
            continue
        end = tok.end
        if "-" in tok.text and tok.text[:1].isupper():
            head = tok.text.rsplit("-", 1)[-1]
        else:
            head = texts[i + 1]
            end = toks[i + 1].end
        if not head[:1].isupper() or any(s <= tok.start < e for s, e in taken) or not actor_noun.fullmatch(head):
            continue
        if tok.text[:1].isupper() and "-" not in tok.text and not _opens(texts, i):
            continue  # a capitalised adjective inside a name: "Organisation Amerikanischer Staaten"
        for code in codes:  # the party spans adjective and noun: "deutschen Außenministeriums"
            out.append(Party(tok.start, end, country_name(code), code, None, "ADJ"))
    return out


def _outlet(media: re.Pattern[str], text: str, lo: int, start: int) -> bool:
    """Does a media word between `lo` and `start` name the news outlet that starts at `start` ("die Agentur
    Kyodo"): only names and determiners between them, not a verb ("wie die Agentur Kyodo meldete, hat Japan …")?"""
    found = list(media.finditer(text, lo, start))
    return bool(found) and all(not w.strip("„“”\"»«") or w.strip("„“”\"»«")[:1].isupper()
                               or word_class("det").fullmatch(w) for w in text[found[-1].end():start].split())


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Nationality nouns (data/demonyms.tsv) -> their country."""
    return {r["noun"]: r["country"] for r in load_tsv("demonyms.tsv")}


def _demonym_country(word: str) -> str | None:
    """The country of a nationality noun in a plural or declined form ("Russen", "Amerikaner", "Franzosen")."""
    table = _demonyms()
    for form in (word, word[:-1], word[:-2]):
        if form in table:
            return table[form]
    return None


@lru_cache(maxsize=1 << 16)
def _patient_word(word: str) -> tuple[bool, str | None]:
    """Is a capitalised word a patient-only noun; the country it names as a nationality noun (not a place)."""
    if word_class("patient_only").fullmatch(word):
        return True, None
    code = _demonym_country(word)
    return False, code if code and not lookup_place(word) else None


# a capitalised whole word (hyphens inside it): the regex starts with a character class, which lets the
# engine skip ahead, and looks behind its first letter for the end of the word before
_CAPITALISED = re.compile(r"[A-ZÄÖÜ](?<![\w-].)[\w-]*")


@lru_cache(maxsize=1)
def _patient_form() -> re.Pattern[str]:
    """A patient-only noun or a nationality noun (with up to two letters of ending)."""
    return re.compile(rf"{words('patient_only')}|{alternation(_demonyms())}\w{{0,2}}")


@lru_cache(maxsize=1 << 16)
def _patient_form_word(word: str) -> bool:
    """Is a capitalised whole word (_CAPITALISED) a patient-only noun or a nationality noun?"""
    return _patient_form().fullmatch(word) is not None


def _patient_parties(sent: Sentence, taken: list[tuple[int, int]]) -> list[Party]:
    """Who can only undergo an act: a country adjective before a patient-only noun ("zwei französische
    Journalisten", "eines peruanischen Fischkutters", "russischer Oligarchen"), and a nationality noun
    after a numeral, an article or a preposition ("sieben Amerikaner", "Visa an Russen"), not before a
    name ("der Franzose Macron" is the person)."""
    out: list[Party] = []
    toks = sent.tokens
    starts: list[int] = []  # the tokens' starts and texts, once a word is such a noun
    texts: list[str] = []
    for m in _CAPITALISED.finditer(sent.text):
        if not _patient_form_word(m.group()):
            continue
        if not starts:
            starts, texts = [t.start for t in toks], [t.text for t in toks]
        i = bisect_left(starts, sent.start + m.start())
        if i == 0 or i >= len(toks) or toks[i].start != sent.start + m.start():
            continue
        tok = toks[i]
        noun, code = _patient_word(tok.text)
        if (not noun and code is None) or any(s <= tok.start < e for s, e in taken):
            continue
        before = toks[i - 1].text
        if noun:
            codes = adjective_countries(before) if before[:1].islower() or _opens(texts, i - 1) else []
            if len(codes) == 1:
                out.append(Party(toks[i - 1].start, tok.end, country_name(codes[0]), codes[0], None, "ADJ",
                                 patient=True))
        elif word_class("patient_lead").fullmatch(before) \
                and not (i + 1 < len(toks) and toks[i + 1].text[:1].isupper()):
            out.append(Party(tok.start, tok.end, country_name(code), code, None, "ADJ", patient=True))
    return out


def _against_parties(sent: Sentence, taken: list[tuple[int, int]]) -> list[Party]:
    """A country adjective before any noun right after 'gegen' ("Sanktionen gegen iranische Richter", "gegen
    mehrere nordkoreanische Banken"): who the act is against, a patient of that country."""
    out: list[Party] = []
    toks = sent.tokens
    against = word_class("gegen")
    lead = word_class("patient_lead")
    for i, tok in enumerate(toks[:-2]):
        if not against.fullmatch(tok.text):
            continue
        k = i + 1
        while k < len(toks) - 1 and k - i <= 3 and lead.fullmatch(toks[k].text) \
                and not adjective_countries(toks[k].text):
            k += 1
        adj, noun = toks[k], toks[k + 1] if k + 1 < len(toks) else None
        codes = adjective_countries(adj.text) if adj.text[:1].islower() else []
        if len(codes) == 1 and noun is not None and noun.text[:1].isupper() \
                and not any(s <= adj.start < e for s, e in taken):
            out.append(Party(adj.start, noun.end, country_name(codes[0]), codes[0], None, "ADJ", "gegen", tok.start,
                             patient=True))
    return out


def _acting_patients(sent: Sentence, patients: list[Party], parties: list[Party]) -> list[Party]:
    """The patients that are also actors of their sentence: a nationality noun right after a definite article
    stands for its state ("Die Iraner kritisierten …", "forderten von den Amerikanern"), and whatever a
    target-only preposition governs is the target of the act it follows ("Sanktionen gegen russische
    Oligarchen", "ein Einreiseverbot für russische Staatsbürger"). They stay patients too, so an act that needs one
    never takes them as its source."""
    if not patients:
        return []
    spans = _Spans(sorted(parties + patients, key=lambda p: p.start))
    ends = [t.end for t in sent.tokens]
    state = word_class("state_demonym_lead")
    out: list[Party] = []
    for p in patients:
        prep, at = (p.prep, p.prep_at) if p.prep else _prep_before(sent.tokens, ends, p.start, spans)
        k = bisect_left(ends, p.start) - 1  # the token before the party
        led = k >= 0 and " " not in sent.text[p.start - sent.start:p.end - sent.start] \
            and bool(state.fullmatch(sent.tokens[k].text))
        if led or prep in _PATIENT_PREPS:
            p.prep, p.prep_at = prep, at
            out.append(p)
    return out


_PATIENT_PREPS = frozenset({"gegen", "auf", "fuer"})


_PAREN_COUNTRY = re.compile(r"\s*\(\s*([A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*)?)\s*\)")  # "Ana Ruiz (Peru)"
_LIST_JOIN = re.compile(rf"\s*(?:,\s*|(?:,\s*)?{_AND}\s+)")  # between two names of one list


def _attach_adjectives(sent: Sentence, layer: EntityLayer, mentions: list[int]) -> dict[int, str]:
    """Countries for persons the layer left without one, from an adjective or a genitive
    country right before the name ("der kirgisische Präsident Sadyr Schaparow"), or from the name
    before in a list after a plural role ("die portugiesischen Außenminister R. Silva, A. Costa und P. Mendes")."""
    found: dict[int, str] = {}
    prev: tuple[int, str] | None = None  # (end, country) of the list's name before
    for k, mi in enumerate(mentions):
        m = layer.mentions[mi]
        if m.type != "PER":
            prev = None
            continue
        known = layer.entities[m.entity].country
        paren = None if known else _PAREN_COUNTRY.match(sent.text, m.end - sent.start)
        if paren and country_code(paren.group(1)):  # "die Regierungschefs Ana Ruiz (Peru) und Marco Andrade (Ecuador)"
            found[mi] = country_code(paren.group(1)) or ""
            prev = None
            continue
        if prev is not None and _LIST_JOIN.fullmatch(sent.text, prev[0] - sent.start, m.start - sent.start):
            if not known:
                found[mi] = prev[1]
            prev = (m.end, prev[1]) if not known or known == prev[1] else None
            continue
        prev = None
        if known and not (k + 1 < len(mentions) and _LIST_JOIN.fullmatch(
                sent.text, m.end - sent.start, layer.mentions[mentions[k + 1]].start - sent.start)):
            continue  # a person of a known country heading no list of names
        before = [t for t in sent.tokens if t.end <= m.start][-4:]
        for tok in reversed(before):
            codes = adjective_countries(tok.text)
            if not codes and tok.text.endswith("s") and tok.text[:1].isupper():  # "Chiles Innenministerin X"
                codes = [c for c in (country_code(tok.text[:-1]),) if c]
            if len(codes) == 1:
                if not known:
                    found[mi] = codes[0]
                if tok.text.endswith("en") and known in (None, codes[0]):  # a plural role heads a list of names
                    prev = (m.end, codes[0])
                break
    return found


@lru_cache(maxsize=1)
def _offices() -> dict[str, tuple[str, ...]]:
    """Role head -> the other heads naming the same office ("Regierungschef" -> "Premierminister", …)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in load_tsv("event_words.tsv"):
        if row["class"] == "same_office":
            heads = row["pattern"].split("|")
            for head in heads:
                out[head] = tuple(h for h in heads if h != head)
    return out


def _role_heads(layer: EntityLayer) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Head words of the roles persons have in this document ("Bundeskanzlerin" -> [Merkel]), and the
    other heads of the same office ("Regierungschef" -> [the Premierminister])."""
    heads: dict[str, list[int]] = {}
    for i, ent in enumerate(layer.entities):
        if ent.type != "PER" or not ent.country:
            continue
        for role in ent.roles:
            capitals = [w for w in re.findall(r"[\w-]+", role) if w[:1].isupper()]
            if capitals:
                heads.setdefault(capitals[0], []).append(i)
    offices = _offices()
    same: dict[str, list[int]] = {}
    for head, ents in heads.items():
        for other in offices.get(head, ()):
            if other not in heads:
                same.setdefault(other, []).extend(ents)
    return heads, same


def _role_parties(sent: Sentence, layer: EntityLayer, heads: tuple[dict[str, list[int]], dict[str, list[int]]],
                  forms: set[str], last_seen: dict[int, int], taken: list[tuple[int, int]],
                  places: set[int]) -> list[Party]:
    """Role nouns standing for a person named before ("die Bundeskanzlerin", "der neue Regierungschef"
    -> the Premierminister); `forms` are the words that can name one of the roles `heads`. A role of
    the same office under another name must point to persons of one country. `places` are the starts
    of place names, which a role right before them does not title ("hatte der Regierungschef Singapur besucht")."""
    out: list[Party] = []
    det = word_class("det")
    toks = sent.tokens
    for i, tok in enumerate(toks[1:], 1):
        if tok.text not in forms or any(s <= tok.start < e for s, e in taken):
            continue
        k = i - 1  # back over an adjective ("der neue", "der 58-jährige"), not a country's ("der malaysische")
        if not det.fullmatch(toks[k].text) and _ADJ_SUFFIX.search(toks[k].text) \
                and not toks[k].text[:1].isupper() and not adjective_countries(toks[k].text):
            k -= 1
            while k > 0 and i - k < 4 and (toks[k].text == "-" or toks[k].text.isdigit()):
                k -= 1
        if k < 0 or not det.fullmatch(toks[k].text):
            continue
        if any(s >= tok.end and _TITLE_GAP.fullmatch(gap := sent.text[tok.end - sent.start:s - sent.start])
               and (gap.strip() or s not in places) for s, _ in taken):
            continue  # a title before a name ("der Präsident Tokajew") or a country ("Botschafter der USA")
        for table in heads:
            cands = [e for head, ents in table.items() if tok.text in (head, head + "n", head + "en")
                     for e in ents if last_seen.get(e, 1 << 60) < tok.start]
            if cands:
                break
        if cands and table is heads[1] and len({layer.entities[e].country for e in cands}) > 1:
            continue
        if cands:
            best = max(cands, key=lambda e: last_seen[e])
            ent = layer.entities[best]
            out.append(Party(tok.start, tok.end, ent.name, ent.country or "", best, "PER", by_role=True))
    return out


def _name_parts(layer: EntityLayer) -> dict[str, int]:
    """Later parts of person names ("Lula" in "Luiz Inácio Lula da Silva", "as-Sisi"), when only one
    person has them."""
    owners: dict[str, set[int]] = {}
    for i, ent in enumerate(layer.entities):
        if ent.type == "PER" and ent.country:
            for part in ent.name.split()[1:]:
                if len(part) >= 4 and (part[:1].isupper() or _PARTICLE_NAME.match(part)) and "." not in part:
                    owners.setdefault(part, set()).add(i)
    return {part: next(iter(ents)) for part, ents in owners.items() if len(ents) == 1}


def _name_part_parties(sent: Sentence, layer: EntityLayer, parts: dict[str, int],
                       taken: list[tuple[int, int]]) -> list[Party]:
    """Persons the entity layer missed when the text uses part of their name ("Lula und ...")."""
    out = []
    for tok in sent.tokens:
        ent = parts.get(tok.text)
        if ent is not None and not any(s <= tok.start < e for s, e in taken):
            person = layer.entities[ent]
            out.append(Party(tok.start, tok.end, person.name, person.country or "", ent, "PER"))
    return out


def _group_parties(sent: Sentence, dyad: tuple[str, ...]) -> list[Party]:
    if len(dyad) != 2:
        return []
    out = []
    possible = possible_patterns(sent.text)
    for cls, kind in (("group", "GROUP"), ("partner", "PARTNER")):
        if word_class(cls) not in possible:
            continue
        for m in word_class(cls).finditer(sent.text):
            out.append(Party(sent.start + m.start(), sent.start + m.end(), m.group(), "", None, kind))
    return out


def _numbered_parties(sent: Sentence, before: list[list[Party]], parties: list[Party]) -> list[Party]:
    """"Am Montag verurteilten die vier Länder …": a counted plural of states stands for the last list of
    that many countries told in the sentences before; one party each, coordinated as a list."""
    cls = word_class("numbered_group")
    if cls not in possible_patterns(sent.text):
        return []
    out: list[Party] = []
    chain = max((p.chain for p in parties), default=-1) + 1
    for m in cls.finditer(sent.text):
        n = next((number_words()[w.lower()] for w in m.group().split() if w.lower() in number_words()), 0)
        listed: list[Party] = []
        for earlier in reversed(before):
            lists: dict[int, list[Party]] = {}
            for p in earlier:
                if p.chain >= 0 and p.kind in ("GPE", "ADJ") and all(q.country != p.country
                                                                    for q in lists.get(p.chain, [])):
                    lists.setdefault(p.chain, []).append(p)
            listed = next((ps for ps in reversed(lists.values()) if len(ps) == n), [])
            if listed:
                break
        if len(listed) < 2:
            continue
        start, end = sent.start + m.start(), sent.start + m.end()
        out += [Party(start, end, p.name, p.country, p.entity, "GPE", chain=chain) for p in listed]
        chain += 1
    return out


def _descriptor_parties(sent: Sentence, parties: list[Party], dyad: tuple[str, ...]) -> list[Party]:
    """A country named by its kind ("den Stadtstaat", "das Emirat") in a sentence whose actors are all
    of one of the article's two main countries: the other of the two."""
    if len(dyad) != 2:
        return []
    sides = {p.country for p in parties if p.kind not in ("GROUP", "PARTNER")}
    if len(sides) != 1 or not sides <= set(dyad):
        return []
    other = next(c for c in dyad if c not in sides)
    return [Party(sent.start + m.start(), sent.start + m.end(), country_name(other), other, None, "GPE")
            for m in word_class("descriptor").finditer(sent.text)
            if not any(p.start <= sent.start + m.start() < p.end for p in parties)]


def _state_anaphor(sent: Sentence, parties: list[Party], before: list[list[Party]],
                   dyad: tuple[str, ...], layer: EntityLayer) -> list[Party]:
    """"Kiribati rückt näher an Peking. Der Inselstaat hatte die Beziehungen zu Taiwan abgebrochen": a country
    named by its kind (or its leader by title alone, "Der Sultan") as the opening subject is the country the
    nearest sentence before with an actor opens with (not one this sentence names), else the one of the article's
    two countries this sentence does not name. A title a person of the article bears is that person's."""
    m = word_class("state_anaphor").search(sent.text, 0, 80)
    if m is None or not _OPENING.fullmatch(sent.text, 0, m.start()) \
            or any(p.start < sent.start + m.end() and sent.start + m.start() < p.end for p in parties):
        return []
    title = m.group().split()[-1]
    here = {p.country for p in parties}
    # "Sultan Hassanal Bolkiah … Der Sultan hat zugesagt": the country of a person bearing the title, one this
    # sentence does not name (of the article's two main countries, if several)
    known = {e.country for e in layer.entities if e.type == "PER" and e.country and e.country not in here
             and (title in e.name.split() or title in e.roles)}
    if len(known) > 1:
        known &= set(dyad)
    if len(known) == 1:
        country = known.pop()
        return [Party(sent.start + m.start(), sent.start + m.end(), country_name(country), country, None, "GPE")]
    if known:
        return []
    found = next((p.country for ps in reversed(before) for p in ps[:1] if p.kind in ("GPE", "ADJ", "PER", "ORG")
                  and p.prep is None and p.country not in here), None)
    absent = [c for c in dyad if c not in here]
    country = found or (absent[0] if len(dyad) == 2 and len(absent) == 1 else None)
    if country is None:
        return []
    return [Party(sent.start + m.start(), sent.start + m.end(), country_name(country), country, None, "GPE")]


def _told_pair(sent: Sentence, parties: list[Party], groups: list[Party], before: list[list[Party]],
               dyad: tuple[str, ...]) -> tuple[str, str] | None:
    """"Die Kämpfe zwischen A und B gehen weiter. X rief beide Seiten zur Zurückhaltung auf": the two countries
    a group phrase stands for are the last pair named with 'zwischen' in the two sentences before it (or, for a
    group opening its sentence, "Die Minister von A und B reisten … Beide Länder …", the last pair listed as a
    subject), when its own sentence names at most one country before it and they are not the article's two main
    countries."""
    first = min((g.start for g in groups if g.kind == "GROUP"), default=-1)
    if first < 0:
        return None
    here = [p for p in parties if p.end <= first and p.kind not in ("GROUP", "PARTNER")]
    if len({p.country for p in here}) > 1:
        return None  # "A lud B ein, … beider Länder", "C forderte A auf und mahnte beide Regierungen": as before
    opening = bool(_OPENING.fullmatch(sent.text, 0, first - sent.start))
    for listed in [here] + before[::-1]:
        chains: dict[int, list[Party]] = {}
        for p in listed:
            if p.chain >= 0 and p.kind not in ("GROUP", "PARTNER") \
                    and all(q.country != p.country for q in chains.get(p.chain, [])):
                chains.setdefault(p.chain, []).append(p)
        pairs = [c for c in chains.values() if len(c) == 2 and all(
            p.prep == "zwischen" or (opening and p.prep is None) for p in c)]
        if pairs:
            last = pairs[-1]
            told = (last[0].country, last[1].country)
            return None if set(told) == set(dyad) else told
    return None


def _chain(parties: list[Party], text: str) -> None:
    """Mark coordinated actors of the same kind ("Kirgisistan, Tadschikistan und Usbekistan")."""
    next_id = 0
    actor_noun = word_class("actor_noun")
    real = [p for p in parties if p.kind not in ("GROUP", "PARTNER")]
    for a, b in zip(real, real[1:]):
        gap = text[a.end:b.start]
        kinds = {_list_kind(a), _list_kind(b)}
        paren = _YEAR_PAREN.match(gap) or _PAREN_COUNTRY.match(gap)
        if paren:
            gap = gap[paren.end():]
        # "Lammert, Vertretern des deutschen Ministeriums" is a list; "X, Sprecher des Ministeriums" and
        # "Aliyev, dem aserbaidschanischen Präsidenten" are not
        gap_words = gap.split()
        ally = _ALLY_GAP.match(gap)
        if gap_words and gap_words[-1][:1].isupper() and _genitive_of_noun(b, text) and not ally:
            continue  # "die Entscheidung Thailands, den Botschafter Kambodschas …": a noun's genitive, no list
        mixed = kinds <= _ACTOR_KINDS and any(w[:1].isupper() for w in gap_words) \
            and not any(actor_noun.fullmatch(w) for w in gap_words)
        if (len(kinds) == 1 or mixed) and (_LIST_GAP.match(gap) or (a.kind == b.kind == "PER"
                                                                     and _LIST_ROLE_GAP.fullmatch(gap))):
            if a.chain < 0:
                a.chain = next_id
                next_id += 1
            b.chain = a.chain
            if (b.prep is None and "von" not in gap.split()) or ally:  # "nach Athen, Ankara und Nikosia"
                b.prep, b.prep_at = a.prep, a.prep_at  # "Peru an der Seite Kolumbiens": an ally acts like Peru


def _list_kind(p: Party) -> str:
    """The kind a party is listed with: the EU acting as one is listed like a state ("die USA und die EU")."""
    return "GPE" if p.kind == "ORG" and p.country == _UNION else p.kind


def _join_companions(parties: list[Party], text: str, dyad: tuple[str, ...]) -> None:
    """"Die Regierungschefs A und B reisten gemeinsam mit dem Präsidenten C nach X": the actors after a
    companion phrase ('gemeinsam mit', 'zusammen mit') act with the subject before it, as one more member of
    its list (with its list, "gemeinsam mit den Regierungschefs D und E"), unless a new predicate ('und
    beantragte') or another clause lies between them. The article's two main countries are counterparts, not
    companions ("besuchte gemeinsam mit seinem Gastgeber die Grenzregion")."""
    companion = word_class("companion")
    for i, p in enumerate(parties):
        if p.prep != "mit":
            continue
        cue = companion.search(text, max(0, p.prep_at - 12), p.prep_at + 1)
        if cue is None:
            continue
        subject = next((q for q in reversed(parties[:i]) if q.prep is None and q.kind not in ("GROUP", "PARTNER")
                        and q.country != p.country), None)
        if subject is None or _NEW_PREDICATE.search(text, subject.end, cue.start()) \
                or {subject.country, p.country} == set(dyad):
            continue
        if subject.chain < 0:
            subject.chain = max(q.chain for q in parties) + 1
        members = [q for q in parties if q is p or (p.chain >= 0 and q.chain == p.chain)]
        for q in members:
            q.chain, q.prep, q.prep_at = subject.chain, subject.prep, subject.prep_at


def _genitive_of_noun(p: Party, text: str) -> bool:
    """Is a country named in its genitive ("Kambodschas") where its name has no final s?"""
    surface = text[p.start:p.end]
    return p.kind == "GPE" and surface.endswith("s") and not p.name.endswith("s") and surface[:-1] == p.name


def _drop_holder_bodies(parties: list[Party], text: str) -> list[Party]:
    """Drop the bodies in a person's title ("dem Präsidenten des Bundestages Herrn Lammert",
    "des Vorsitzenden des Senats des Parlaments X"): the person, not the body, is the actor;
    likewise a country adjective right before a body of that country."""
    det = word_class("det")
    keep = list(parties)
    for p, nxt in reversed(list(zip(parties, parties[1:]))):
        gap = text[p.end:nxt.start].split()
        before = text[max(0, p.start - 5):p.start].split()
        if p.kind == "ORG" and nxt.country == p.country and (nxt.kind == "PER" or nxt not in keep) \
                and len(gap) <= 1 and all(det.fullmatch(w) for w in gap) and before \
                and _GENITIVE_ARTICLE.fullmatch(before[-1]):
            keep.remove(p)
        elif p.kind == "ADJ" and nxt.kind == "ORG" and nxt.country == p.country and not gap:
            keep.remove(p)  # "des deutschen Außenministeriums": the adjective only qualifies the body
    return keep


_IN_PLACE = re.compile(rf"\s+{words('posted_at')}\s+")


@lru_cache(maxsize=1)
def _apposition_title() -> re.Pattern[str]:
    """The opening of an apposition's title up to its genitive country (", der Präsident ", ", Außenministerin ")."""
    return re.compile(rf"\s*,\s*(?:{words('det')}\s+)?(?:[a-zäöüß]\w*\s+)?{words('actor_noun')}\s+")


@lru_cache(maxsize=1 << 14)
def _title(word: str) -> bool:
    """Is a word a person's title ("Präsident", "Außenministerin"), not an address form or a nationality noun?"""
    found = title_role(word)
    return found is not None and not found.honorific and word not in _demonyms()


def _mark_persons(parties: list[Party], sent: Sentence, text: str, starts: list[int]) -> None:
    """Mark the countries that stand for one titled person: a country adjective on a title ("der ghanaische
    Präsident"), a country's genitive after an article and a title ("der Präsident Ghanas") or before a title
    ("Kenias Präsident"). `starts` are the starts of the sentence's tokens."""
    toks = sent.tokens
    det = word_class("det")
    for p in parties:
        if p.kind == "ADJ":
            p.person = _title(text[p.start:p.end].rsplit(" ", 1)[-1].rsplit("-", 1)[-1])
        elif p.kind == "GPE" and p.prep is None:
            i = bisect_left(starts, p.start)
            k = bisect_left(starts, p.end)
            p.person = (i >= 2 and _title(toks[i - 1].text) and bool(det.fullmatch(toks[i - 2].text))) \
                or (text[p.end - 1:p.end] == "s" and k < len(toks) and _title(toks[k].text))


@lru_cache(maxsize=1 << 12)
def _prefixed_country(name: str) -> str | None:
    """The country an organisation's name opens with, as a genitive or an adjective ("Chiles Außenministerium",
    "Kenianisches Außenministerium")."""
    first, _, rest = name.partition(" ")
    if not rest:
        return None
    codes = adjective_countries(first.lower()) or ([code] if first.endswith("s") and (code := country_code(first[:-1]))
                                                  else [])
    return codes[0] if len(codes) == 1 else None


def appositions(sent: Sentence, parties: list[Party]) -> list[tuple[int, int]]:
    """Stretches between the two commas of an apposition, which split no clause: a person's name after its title
    ("der neue kenianische Botschafter, Peter Otieno, überreichte …"), a date after a weekday ("am Montag,
    dem 3. Juni, wies …") and a noun phrase after a place ("Ziele nahe Bentiu, der Hauptstadt des Bundesstaats
    Unity, bombardiert")."""
    text, out = sent.text, []
    for m in _APPOSITION.finditer(text):
        a, b = sent.start + m.start(), sent.start + m.end()
        inside = [p for p in parties if a < p.start and p.end <= b]
        # a date; a person named there; or a name of no known country right after an actor ("der neue
        # sambische Botschafter, N. N.,"), not a place or country of a list ("Kenia, Uganda, …")
        if m.group(1) or m.group(2) \
                or any(p.kind == "PER" and not text[p.end - sent.start:m.end() - 1].strip() for p in inside) \
                or (not inside and any(p.end == a and p.kind in ("PER", "ADJ", "ORG") for p in parties)):
            out.append((a, b))
    return out


def thing_fronted(text: str, start: int, verb: int, bare: list[Party]) -> bool:
    """Does the clause from `start` open with an article and a noun for a thing, whose genitive is the only bare
    actor before the verb at `verb` ("Das Vorgehen Malawis kritisierte Sambia", "Die Forderung Boliviens nach
    einem Meerzugang wies Chile zurück")? That phrase is then the fronted object, and the subject follows the verb."""
    before = [p for p in bare if start <= p.start < verb]
    if len(before) != 1 or before[0].kind not in ("GPE", "ADJ"):
        return False
    lead = text[start:verb].lstrip(" ,;:–—\"„“»«").split()
    if len(lead) < 3 or not lead[0][:1].isupper() or not word_class("det").fullmatch(lead[0]) \
            or not lead[1][:1].isupper() or word_class("actor_noun").fullmatch(lead[1]) or _title(lead[1]) \
            or lookup_place(lead[1]):
        return False
    surface = text[before[0].start:before[0].end]
    return text[:before[0].start].rstrip().endswith(lead[1]) and (surface.endswith("s") or before[0].kind == "ADJ")


def _mark_objective(parties: list[Party], sent: Sentence, starts: list[int]) -> None:
    """Mark the countries named as an object (after 'dem', 'den', 'einem', 'einen') or as the genitive of an
    object: after a noun whose article is not a nominative's
    ("den Botschafter Kolumbiens", "einem Vertreter Perus"), or after a verb and a 'die'/'das' noun that is no
    office ("wies die Vorwürfe Kolumbiens zurück"). They never are the subject of their clause. `starts` are the
    starts of the sentence's tokens."""
    toks = sent.tokens
    for p in parties:
        i = bisect_left(starts, p.start)
        if p.kind in ("GPE", "ADJ") and p.prep is None and 0 < i < len(toks) and toks[i].start == p.start \
                and word_class("object_article_strict").fullmatch(toks[i - 1].text):
            p.objective = True  # "hatte der Sicherheitsrat dem Tschad vorgeworfen": a dative or accusative
            continue
        if p.kind != "GPE" or p.prep is not None:
            continue
        if i < 3 or i >= len(toks) or toks[i].start != p.start or not toks[i].text.endswith("s") \
                or not lookup_place(toks[i].text[:-1]):
            continue
        noun, article, before = toks[i - 1].text, toks[i - 2].text, toks[i - 3].text
        if not noun[:1].isupper() or lookup_place(noun):
            continue
        p.objective = bool(word_class("object_article_strict").fullmatch(article)) or (
            bool(word_class("object_article").fullmatch(article)) and before[:1].islower() and before.isalpha()
            and not word_class("actor_noun").fullmatch(noun) and not _title(noun))


def _titled_appositions(parties: list[Party], text: str) -> list[Party]:
    """The country in the title of an apposition after a person of that country ("Lino Aramburu, der Präsident
    Perus, besuchte …") names the person's office: it stands for the person, as a role noun would; one in brackets
    after the person is dropped."""
    out = list(parties)
    for i, (q, p) in enumerate(zip(parties, parties[1:]), 1):
        if p.kind == "GPE" and q.kind == "PER" and q.country == p.country \
                and _apposition_title().fullmatch(text, q.end, p.start) and text[p.end:p.end + 2].lstrip()[:1] == ",":
            out[i] = Party(p.start, p.end, q.name, q.country, q.entity, "PER", by_role=True)
    # "Ana Ruiz (Peru)": the country in brackets after a person only labels the person
    return [p for i, p in enumerate(out) if not (i and p.kind == "GPE" and out[i - 1].kind == "PER"
                                                and out[i - 1].country == p.country
                                                and _PAREN_COUNTRY.fullmatch(text, out[i - 1].end, p.end + 1))]


@lru_cache(maxsize=1)
def _summoned_at() -> re.Pattern[str]:
    """A summons noun, its envoy and 'in' up to a place ("die Einbestellung des israelischen Botschafters in ")."""
    return re.compile(rf"\b{words('summons_noun')}\s+{words('genitive_article')}\s+(?:\S+\s+){{1,3}}?"
                      rf"{words('posted_at')}\s+$")


def attributive_agent(text: str, parties: list[Party], verb: int) -> Party | None:
    """"Die von Tansania scharf kritisierte Entscheidung Kenias": the von-phrase right before an attributive
    participle starting at `verb` names who did its act (not a mediator: "das von Katar vermittelte Abkommen")."""
    for p in parties:
        if p.prep == "von" and not p.mediator and p.end <= verb and _AGENT_GAP.fullmatch(text, p.end, verb) \
                and _AGENT_BEFORE.search(text, max(0, p.prep_at - 12), p.start) \
                and _PARTICIPLE_AFTER.match(text, p.end):
            return p
    return None


def _inviting_hosts(parties: list[Party], text: str, sent: Sentence) -> None:
    """"Auf Einladung des Präsidenten Perus, N. N., hält sich X zu einem Besuch auf": the inviter named right after
    the cue (with the further names of its country there, its title's genitive) is the host a visit goes to,
    never the visitor: like an object's genitive, no subject."""
    cue = word_class("invited_by").search(sent.text)
    if cue is None:
        return
    after = [p for p in parties if p.start >= sent.start + cue.end()]
    if not after or after[0].prep is not None or after[0].start - sent.start - cue.end() > 90:
        return
    for p in after:
        if p.country != after[0].country or p.prep is not None:
            break
        p.objective = True


def _summoning_places(parties: list[Party], text: str, sent: Sentence) -> None:
    """The place where an envoy is summoned is the state that summons him ("die Einbestellung des israelischen
    Botschafters in Santiago": Chile summons): an agent, as after 'durch', not where a visit goes."""
    for p in parties:
        if p.kind == "GPE" and p.prep == "dest" and _summoned_at().search(text, max(sent.start, p.start - 80), p.start):
            p.prep = "durch"


def _locate_institutions(parties: list[Party], text: str) -> None:
    """A bare institution noun followed by "in <place>" is that place's country's ("das Außenministerium in
    Quito"), whatever country another mention of the same noun had ("das peruanische Außenministerium")."""
    gov = word_class("gov_noun")
    for a, b in zip(parties, parties[1:]):
        if a.kind == "ORG" and b.kind == "GPE" and b.country != a.country and gov.fullmatch(text, a.start, a.end) \
                and _IN_PLACE.fullmatch(text, a.end, b.start):
            a.country = b.country


def _named_pairs(groups: list[Party], before: list[list[Party]], dyad: tuple[str, ...], text: str) -> list[Party]:
    """"Boric und Milei reisten nach Brasilien. Dort nahmen beide Präsidenten am Gipfel teil": a group of
    two persons stands for the last two persons of different countries named in the sentences `before`,
    when they are not the article's two main countries (which the group stands for otherwise): two
    coordinated persons in its place."""
    people: list[Party] = []
    for parties in reversed(before):
        for p in reversed(parties):
            if p.kind == "PER" and len(people) < 2 and all(q.country != p.country for q in people):
                people.insert(0, p)
    if len(people) < 2 or {p.country for p in people} == set(dyad):
        return groups
    persons = word_class("group_persons")
    out: list[Party] = []
    for i, g in enumerate(groups):
        if g.kind != "GROUP" or not persons.fullmatch(text, g.start, g.end):
            out.append(g)
            continue
        # the two persons are one coordinated list of their own, apart from any other group's
        out += [Party(g.start, g.end, p.name, p.country, p.entity, "PER", chain=(1 << 20) + i) for p in people]
    return out


def _union_seats(per_sentence: list[list[Party]], counts: Counter[str], text: str) -> None:
    """"Weitere Mittel will Brüssel auszahlen": in an article that names the EU as an actor, its seat city
    stands for the EU, unless the article names the seat's own country otherwise ("Belgien", "belgische")."""
    seat = word_class("union_seat")
    seats = [p for parties in per_sentence for p in parties if p.kind == "GPE" and seat.fullmatch(text, p.start, p.end)]
    if not seats or any(counts[p.country] != sum(q.country == p.country for q in seats) for p in seats):
        return
    for p in seats:
        counts[p.country] -= 1
        counts[_UNION] += 1
        p.country = _UNION


def document_actors(analysis: Analysis, layer: EntityLayer) -> DocActors:
    """Actor candidates of every sentence, and the document's two most-mentioned countries."""
    text = analysis.text
    per_sentence: list[list[Party]] = []
    counts: Counter[str] = Counter()
    order = sorted(range(len(layer.mentions)), key=lambda i: layer.mentions[i].start)
    starts = [layer.mentions[i].start for i in order]
    heads = _role_heads(layer)
    forms = {form for table in heads for head in table for form in (head, head + "n", head + "en")}
    parts = _name_parts(layer)
    last_seen: dict[int, int] = {}
    told: dict[int, str] = {}  # entity -> the country an adjective gave one of its mentions
    datelines = [(m.start(), m.end()) for m in _DATELINE.finditer(text)]
    patients: list[list[Party]] = []
    # what only some documents name: 'gegen' (a target of any noun), a summons noun (its place summons)
    against, summons = _gate("gegen").search(text) is not None, _gate("summons_noun").search(text) is not None
    invitations = _gate("invited_by").search(text) is not None
    for sent in analysis.sentences:
        mentions = order[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
        attached = _attach_adjectives(sent, layer, mentions)
        parties: list[Party] = []
        for mi in mentions:
            m = layer.mentions[mi]
            ent = layer.entities[m.entity]
            # a person of a country named by an adjective before keeps it ("Ruiz" after "der spanische … Luis Ruiz")
            country = ent.country or attached.get(mi) or told.get(m.entity) \
                or (_prefixed_country(ent.name) if ent.type == "ORG" else None)
            if mi in attached:
                told.setdefault(m.entity, attached[mi])
            if not country or ent.type == "LOC":
                continue
            parties.append(Party(m.start, m.end, ent.name, country, m.entity, m.type))
        parties += _adjective_parties(sent, [(p.start, p.end) for p in parties])
        patients.append(_patient_parties(sent, [(p.start, p.end) for p in parties]))
        against_here: list[Party] = []  # what 'gegen' names with a country adjective ("gegen mehrere iranische …")
        if parties and against and word_class("gegen").search(sent.text):
            against_here = _against_parties(sent, [(p.start, p.end) for p in patients[-1]])
            found = [p for p in against_here if not any(q.start <= p.start < q.end for q in parties)]
            patients[-1] = sorted(patients[-1] + found, key=lambda p: p.start)
        spans = [(layer.mentions[i].start, layer.mentions[i].end) for i in mentions]
        tokens = {t.text for t in sent.tokens}
        if not forms.isdisjoint(tokens):
            places = {layer.mentions[i].start for i in mentions if layer.mentions[i].type in ("GPE", "LOC")}
            parties += _role_parties(sent, layer, heads, forms, last_seen, spans, places)
        parties += _name_part_parties(sent, layer, parts, spans) if not parts.keys().isdisjoint(tokens) else []
        for mi in mentions:
            last_seen[layer.mentions[mi].entity] = layer.mentions[mi].start
        parties = sorted({(p.start, p.end): p for p in parties}.values(), key=lambda p: p.start)
        media, reports = word_class("media"), word_class("media_after")
        # a dateline's places and news agency report the story: they take no part in it
        parties = [p for p in parties if not any(a <= p.start < b for a, b in datelines)]
        named = media in possible_patterns(sent.text)  # a media word is in the sentence
        parties = [p for p in parties if not (named and _outlet(media, text, max(sent.start, p.start - 30), p.start))
                   and not (p.kind == "ORG" and reports.match(text[p.end:p.end + 25].lstrip(" “”\"»«")))]
        # a country right before a person of that country is the person's title ("Chinas Präsident Xi")
        parties = [p for i, p in enumerate(parties)
                   if not (p.kind in ("GPE", "ADJ") and i + 1 < len(parties) and parties[i + 1].kind == "PER"
                           and parties[i + 1].country == p.country
                           and len(gap := text[p.end:parties[i + 1].start].split()) <= 3
                           and all(not w[:1].isalpha() or w[:1].isupper() or _ATTRIBUTE.search(w)
                                   or (k and gap[k - 1].endswith("-"))  # "Chinas Staats- und Parteichef"
                                   for k, w in enumerate(gap)))]  # not "nach Warschau und traf Präsident X"
        parties = _drop_holder_bodies(parties, text) if len(parties) > 1 else parties
        if len(parties) > 1 and any(p.kind == "PER" for p in parties):
            parties = _titled_appositions(parties, text)
        if len(parties) > 1:
            _locate_institutions(parties, text)
        spans = _Spans(parties)
        ends = [t.end for t in sent.tokens]
        for p in parties:
            p.prep, p.prep_at = _prep_before(sent.tokens, ends, p.start, spans)
        for a in against_here:  # an actor there ("gegen mehrere iranische Funktionäre") is governed by 'gegen'
            for p in parties:
                if p.start == a.start and p.kind == "ADJ" and p.prep is None:
                    p.prep, p.prep_at = a.prep, a.prep_at
        if summons and any(p.prep == "dest" for p in parties) and word_class("summons_noun").search(sent.text):
            _summoning_places(parties, text, sent)
        if parties:
            token_starts = [t.start for t in sent.tokens]
            _mark_persons(parties, sent, text, token_starts)
            _mark_objective(parties, sent, token_starts)
            if invitations and word_class("invited_by").search(sent.text):
                _inviting_hosts(parties, text, sent)
        acting = _acting_patients(sent, patients[-1], parties)
        if acting:
            parties = sorted(parties + acting, key=lambda p: p.start)
        parties = [p for p in parties if not _in_topic(p, text, sent.start) and not _named_after(p, text)]
        if word_class("purpose") in possible_patterns(sent.text):  # "aus Solidarität mit Kolumbien": no party
            parties = [p for p in parties if not _purpose_phrase().search(text, max(sent.start, p.start - 60), p.start)]
        if word_class("mediation") in possible_patterns(sent.text):
            for p in parties:
                p.mediator = bool(_mediation_phrase().search(text, max(sent.start, p.start - 50), p.start))
        if word_class("mediated") in possible_patterns(sent.text):
            for p in parties:  # "das von Katar vermittelte Abkommen": Katar mediates
                p.mediator = p.mediator or (p.prep == "von" and bool(_mediated_after().match(text, p.end)))
        for p in parties:
            counts[p.country] += 1
        if len(parties) > 1:
            _chain(parties, text)
        per_sentence.append(parties)
    if counts[_UNION]:
        _union_seats(per_sentence, counts, text)
    dyad = tuple(c for c, _ in counts.most_common(2))
    told_pairs: dict[int, tuple[str, str]] = {}
    for si, (sent, parties) in enumerate(zip(analysis.sentences, per_sentence)):
        if len(parties) > 1:
            _join_companions(parties, text, dyad)
        named = _descriptor_parties(sent, parties, dyad) + _numbered_parties(sent, per_sentence[max(0, si - 3):si],
                                                                             parties)
        named += _state_anaphor(sent, parties, per_sentence[max(0, si - 2):si], dyad, layer)
        if named:
            parties += named
            parties.sort(key=lambda p: p.start)
            spans = _Spans(parties)
            ends = [t.end for t in sent.tokens]
            for p in named:
                p.prep, p.prep_at = _prep_before(sent.tokens, ends, p.start, spans)
        groups = _group_parties(sent, dyad)
        if groups:
            groups = _named_pairs(groups, per_sentence[max(0, si - 2):si], dyad, analysis.text)
            told = _told_pair(sent, parties, groups, per_sentence[max(0, si - 2):si], dyad)
            if told is not None:
                told_pairs[si] = told
        # "die Staatschefs beider Länder", "die beiden Präsidenten" name both countries, not the last head of state
        parties[:] = [p for p in parties if not (p.by_role and any(
            0 <= g.start - p.end <= 1 or g.start <= p.start < g.end for g in groups))]
        parties += groups
        parties.sort(key=lambda p: p.start)
    return DocActors(per_sentence, dyad, patients=patients, told_pairs=told_pairs)
