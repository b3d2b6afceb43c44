"""Events: who did what to whom, when, read from German news sentences.

Frames (event_frames.py) come from verbal ('besuchte', 'nahm … entgegen'), nominal ('der
offizielle Besuch des Präsidenten X in Deutschland') and passive ('wurde … anerkannt')
triggers in data/event_triggers.tsv. Each frame gives one event per source-target pair it makes
explicit: coordinated actors ("R. Herzog (1995), G. Schröder (2003)"), the participants of a
summit and lists of years each give their own event. Dates come from the time expression that
governs the trigger; a sentence without one inherits the previous date of its paragraph or the
date of the article's lead event. One happening reported twice in a document is one event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chronik.extract.event_actors import Party, document_actors
from chronik.extract.event_frames import VISITS, Frame, RoleFiller, counterpart, find_frames
from chronik.extract.event_lexicon import cameo, is_symmetric, plover_type, word_class, words
from chronik.extract.time import (
    ahead,
    apposition_day,
    dates_noun_only,
    expand_list,
    governing_time,
    headings,
    is_since,
    is_start,
    is_target,
    names_its_noun,
    reports,
)
from chronik.language.gazetteer import country_name
from chronik.language.words import clause_words
from chronik.model import Actor, Analysis, DocDate, EntityLayer, Event, TimeExpr

_LEAD = VISITS | {"meeting", "talks", "summit", "credentials", "phone_call"}
_STATE_TIME = re.compile(rf"{words('state_time')}\b", re.IGNORECASE)  # "seit 2016 im Amt" dates no happening
_SUBCLAUSE = re.compile(r",\s*(\w+)\s[^,;:–—]*")
_CLAUSE_END_VERB = re.compile(r"\s*(?:[a-zäöüß]+\s*)?")  # "dem Forum beigemessen, das …": at most the clause's verb
_RELATIVE = re.compile(r",\s*(\w+)\s[^,;:–—]*(?:,|$)")  # ", der Senegal 2017 bis 2023 vertreten hatte,"
_WHEN = re.compile(rf"\s*,\s*{words('when')}\s")
_AND = words("conj_and")
_GENITIVE_NEXT = re.compile(rf"\s*(?:\([^)]*\))?\s*(?:,\s*(?:{_AND}\s+)?|{_AND}\s+){words('genitive_article')}\s")
_TO_NOUN = re.compile(rf"\b{words('to_prep')}\s+(?:\w+\s+){{0,2}}$")  # "zu einem offiziellen Gegenbesuch"
_WORDS = re.compile(r"\w+")
_PAREN = re.compile(r"\s*\(([^)]*)\)")
_LIST_GAP = re.compile(rf"\s*(?:,|{_AND})\s*(?:{_AND}\s+)?(?:{words('times_adverb')}\s+)?")
_CONTRIBUTIONS = frozenset({"aid", "investment", "cooperation"})
_SIGNINGS = frozenset({"agreement_signed", "contract_signed"})  # a date naming the document signed dates them
_STAYS = VISITS | {"talks"}  # happenings that last: their start dates them
_COUNTRY_KINDS = frozenset({"GPE", "ADJ", "GROUP", "PARTNER"})
_SIGNINGS = frozenset({"agreement_signed", "contract_signed"})
_NEW_DOCUMENT = re.compile(rf"\b{words('new_document')}\b")
_REBUT_SPAN = 4  # sentences back a rejection of accusations looks for the accusation it answers
_HAPPENINGS = _LEAD | {"phone_call", "recognition", "relations_established", "agreement_signed", "contract_signed",
                       "cooperation", "investment", "aid", "mobilization", "coercion"}


@dataclass(slots=True)
class _Draft:
    frame: Frame
    source: Party
    target: Party
    date: str | None
    own_date: bool
    from_lead: bool = False  # the date is only the article's lead event's: it yields in deduplication
    attribute: bool = False  # dated by an attributive time ("das 2015 unterzeichnete Abkommen"): dates no neighbour


def _times_in(times: list[TimeExpr], start: int, end: int) -> list[TimeExpr]:
    return [t for t in times if start <= t.start < end and t.value]


def _bound_times(text: str, party: Party, times: list[TimeExpr]) -> list[TimeExpr]:
    """Times in a parenthesis right after an actor: "R. Herzog (1995)"."""
    m = _PAREN.match(text[party.end:party.end + 80])
    if not m or party.end < 0:
        return []
    inside = _times_in(times, party.end + m.start(1), party.end + m.end(1))
    return [x for t in inside for x in expand_list(t) if x.value]


def _after(t: TimeExpr, doc_date: DocDate) -> bool:
    """Is a time expression in the future of the publication date?"""
    if t.future:
        return True
    if not t.value or not doc_date.value or doc_date.inferred:
        return False
    n = min(len(t.value), len(doc_date.value))
    return t.value[:n] > doc_date.value[:n]


_ORDINAL = re.compile(r"(\d{1,3})\.\s+")


@lru_cache(maxsize=256)
def _anniversary_years(sentence: str) -> int | None:
    """N of the "N. Jahrestag" a sentence names, if any: the first ordinal right before a word of
    the class 'anniversary' (read with that class's own case and word boundaries)."""
    anniversary = word_class("anniversary")
    return next((int(m.group(1)) for m in _ORDINAL.finditer(sentence) if anniversary.match(sentence, m.end())), None)


def _anniversary(value: str, sentence: str) -> str:
    """'2014 feierten beide den 40. Jahrestag der Aufnahme ...' -> 1974."""
    years = _anniversary_years(sentence)
    if years is not None and len(value) == 4:
        return str(int(value) - years)
    return value


class _Dater:
    """Chooses the time expressions that date a frame."""

    def __init__(self, analysis: Analysis, times: list[TimeExpr]) -> None:
        self.analysis = analysis
        # "seit 2018", "ab 2026", "bis 2030" bound a state or a plan: they date no happening
        self.times = [t for t in times if t.value and not t.vague and not _STATE_TIME.match(t.text)]
        self.all_times = [t for t in times if t.value and not t.vague]
        self.bound: set[int] = set()
        # "den 1975 geschlossenen Vertrag", "seit Ausbruch der Kämpfe im April": a time that dates a noun
        # only dates no neighbouring sentence's event
        self.attributive = {t.start for t in self.times if dates_noun_only(analysis.text, t)}
        self._items: dict[int, list[TimeExpr]] = {}  # id of one of `times` -> its list items
        self._by_start = sorted(self.times, key=lambda x: x.start)  # no two share a start: they do not overlap
        self._subclauses: dict[int, list[tuple[int, int]]] = {}  # sentence -> its subordinate clauses
        self._relatives: dict[int, list[tuple[int, int]]] = {}  # sentence -> its relative clauses closed by a comma
        self.owned: dict[int, tuple[int, int]] = {}  # a time inside a self-naming noun -> that noun's span

    def own(self, frame: Frame, doc_date: DocDate) -> str:
        """A time inside an event noun that names itself ("den Vertrag von 1904", flag `named`) dates
        that noun only: no other event of its sentence, nor a neighbour. Returns the frame's status: a past
        such time tells a treaty signed, whatever plan its clause tells ("will den Vertrag von 1904 neu
        verhandeln")."""
        status = frame.status
        if frame.trigger.kind != "noun" or "named" not in frame.trigger.flags:
            return status
        for t in _times_in(self.times, frame.start, frame.end):
            self.owned[t.start] = (frame.start, frame.end)
            self.attributive.add(t.start)
            if status == "planned" and t.value and doc_date.value and t.value[:4] < doc_date.value[:4]:
                status = "occurred"
        return status

    def items(self, t: TimeExpr) -> list[TimeExpr]:
        """expand_list(t) with a value, for one of the document's times (computed once)."""
        found = self._items.get(id(t))
        if found is None:
            found = self._items[id(t)] = [x for x in expand_list(t) if x.value]
        return found

    def mark_bound(self, parties: list[Party]) -> None:
        for p in parties:
            self.bound.update(t.start for t in _bound_times(self.analysis.text, p, self.times))

    def subordinate(self, pos: int) -> int:
        """Start of the subordinate clause (", nachdem …") around an offset, or -1."""
        si = self.analysis.sentence_index(pos)
        spans = self._subclauses.get(si)
        if spans is None:
            sent = self.analysis.sentences[si]
            found = _SUBCLAUSE.finditer(self.analysis.text, sent.start, sent.end)
            spans = self._subclauses[si] = [m.span() for m in found if word_class("subordinator").fullmatch(m.group(1))]
        return next((a for a, b in spans if a <= pos < b), -1)

    def _cause_of(self, frame: Frame, t: TimeExpr) -> bool:
        """Is `frame` in a clause with no time of its own telling what led to the act of `t`'s main clause
        ("brach die Beziehungen im Januar 2016 ab, nachdem Demonstranten die Botschaft gestürmt hatten")?"""
        sub = self.subordinate(frame.start)
        if sub < 0 or self.subordinate(t.start) >= 0:
            return False
        si = self.analysis.sentence_index(frame.start)
        end = next(b for a, b in self._subclauses[si] if a == sub)
        opener = _SUBCLAUSE.match(self.analysis.text, sub)
        return opener is not None and opener.group(1).lower() in clause_words("cause_before") \
            and not any(sub <= x.start < end for x in self.all_times)

    def relative(self, pos: int) -> int:
        """Start of the relative clause closed by a comma or the sentence's end (", der … hatte,") around an offset,
        or -1."""
        si = self.analysis.sentence_index(pos)
        spans = self._relatives.get(si)
        if spans is None:
            sent = self.analysis.sentences[si]
            found = _RELATIVE.finditer(self.analysis.text, sent.start, sent.end)
            spans = self._relatives[si] = [m.span() for m in found if m.group(1).lower() in clause_words("relative")]
        return next((a for a, b in spans if a <= pos < b), -1)

    def governing(self, frame: Frame) -> list[TimeExpr]:
        """The governing time of a frame, one per item when it is a list ("1992, 1997, 2001")."""
        c0 = frame.clause[0]
        head = _WHEN.match(self.analysis.text, c0, frame.start)
        # "seit 2017, als X Athen besucht hatte": the time the als-clause explains dates it
        before = [x for x in self.all_times if x.end <= c0 and not self.analysis.text[x.end:c0].strip()] if head else []
        times = self.times
        if self.owned:  # "auf den Grenzvertrag von 1927": that year is the treaty's, not its sentence's
            times = [x for x in times if self.owned.get(x.start, (frame.start, frame.end)) == (frame.start, frame.end)]
            own = [x for x in times if self.owned.get(x.start) == (frame.start, frame.end)]
            if own and "named" in frame.trigger.flags:  # "setzte 2022 den 2002 geschlossenen Vertrag aus"
                return own[:1]
        t = before[-1] if before else governing_time(self.analysis, times, frame.start, frame.end)
        if t is None and frame.trigger.subtype in _SIGNINGS:
            # "Die Erklärung vom 10. November 2020 unterzeichneten A und B": the date that names what is signed
            named = [x for x in times if frame.clause[0] <= x.start < frame.clause[1]
                     and names_its_noun(self.analysis.text, x)]
            t = named[0] if len(named) == 1 else None
        if t is None or (not before and self.subordinate(frame.start) != self.subordinate(t.start)
                         and not self._cause_of(frame, t)):
            return []  # "…, nachdem Peru sie 2022 abgebrochen hatte": that time dates only its own clause
        own = self.relative(frame.start)
        if not before and self.relative(t.start) not in (-1, own) and not frame.start <= t.start < frame.end:
            # "Im April 2024 führte X, der Senegal von 2017 bis 2023 vertreten hatte, Gespräche": a time inside a
            # relative clause dates only that clause; the frame takes the time of its own, if it has one, else
            # one of a relative clause before or inside it ("…, die im Januar 2021 X unterzeichnete, endete …;
            # wenige Tage später …") or right after its noun ("am Gipfel, der am 10. Oktober stattfand", "dem Forum
            # beigemessen, das am 23. Mai stattgefunden hatte"), but not one after
            # a verb's object ("dankte für die Flugzeuge, die Athen im Sommer entsandt hatte")
            t = governing_time(self.analysis, [x for x in times if self.relative(x.start) == own], frame.start,
                               frame.end) or (t if t.start < frame.end or frame.trigger.kind == "noun"
                                              or _CLAUSE_END_VERB.fullmatch(self.analysis.text, frame.end,
                                                                            self.relative(t.start))
                                              else None)
            if t is None:
                return []
        if is_target(t) and _adverbs("sequence").search(self.analysis.text, *frame.clause):
            return []  # "sagte ihm damals Kredite für die Jahre 2026 bis 2028 zu": the years the pledge covers
        # "2021, zweimal 2022 und 2023": a list the time parser read as separate times; but a frame told after
        # the list and a semicolon ("im Mai 2008 und erneut im Juni 2017 …; bei ihrem zweiten Aufenthalt …")
        # is dated by the item nearest to it only
        if t.end <= frame.start and ";" in self.analysis.text[t.end:frame.start]:
            return self.items(t)
        chain = self._list_run(t, before=True)[::-1] + [t] + self._list_run(t, before=False)
        return [y for c in chain for y in self.items(c)]

    def since(self, frame: Frame) -> list[TimeExpr]:
        """"Seit 1992 hat X … zur Verfügung gestellt": the start of a continuing contribution, for aid,
        investment and cooperation its clause dates by nothing else; so does the start of a stay or of talks
        ("hält sich seit Montag in Kenia auf", "besucht ab Montag Kenia")."""
        subtype = frame.trigger.subtype
        stay = subtype in _STAYS
        if subtype not in _CONTRIBUTIONS and not stay:
            return []
        sent = self.analysis.sentences[frame.sentence]
        clause = self.subordinate(frame.start)
        # a stay starts on a day ("seit Montag"), not with a year ("das erste Treffen seit 2018")
        since = [t for t in self.all_times if sent.start <= t.start < sent.end and self.subordinate(t.start) == clause
                 and (not stay or t.precision == "day") and (is_since(self.analysis.text, t) or stay and is_start(t))]
        return since[:1]

    def _list_run(self, t: TimeExpr, before: bool) -> list[TimeExpr]:
        """The times that continue a list with `t` on one side, nearest first: each separated from the
        previous one only by a list gap (", ", " und ", "zweimal")."""
        text = self.analysis.text
        run: list[TimeExpr] = []
        edge = t
        for x in reversed(self._by_start) if before else self._by_start:
            if before and x.end <= t.start:
                gap = text[x.end:edge.start]
            elif not before and x.start >= t.end:
                gap = text[edge.end:x.start]
            else:
                continue
            if not _LIST_GAP.fullmatch(gap):
                break
            run.append(x)
            edge = x
        return run


def _pairs(frame: Frame, source: Party, target: Party, parties: list[Party], text: str,
           dyad: tuple[str, ...], filler: RoleFiller) -> list[tuple[Party, Party]]:
    """Expand coordinated actors, "beide Länder" and summit participants into one pair each."""
    told = filler.actors.group_pair(frame.sentence)

    def mates(p: Party, other: Party) -> list[Party]:
        if p.kind == "GROUP" and other.country not in told:
            return [Party(-1, -1, country_name(c), c, None, "GROUP") for c in told]
        if p.chain < 0 or p.chain == other.chain or p not in parties:
            return [p]
        if ";" in text[min(p.start, frame.start):max(p.end, frame.end)]:
            return [p]  # a list in another main clause ("…normalisiert; die A, B und C hatten …") is not the trigger's
        return [q for q in parties if q.chain == p.chain and q.country != other.country]

    if _reacts_to(frame, source, text):
        return []
    if _condemned_victim(frame, target):
        return []
    if _nominal_agent(frame, source, target, text):
        source, target = target, source  # "die Verurteilung Eritreas durch Äthiopien": Äthiopien condemns
    listed = _colon_list(frame, source, parties, text)
    if listed:
        return [(p, target) for p in listed if p.country != target.country]
    if frame.trigger.kind == "noun" and source.kind == "PER":
        # "die Besuche des Vorsitzenden X (2015), der Stellvertretenden Vorsitzenden Y (2015) ..."
        people = [p for p in filler.noun_phrase(frame) if p.kind == "PER" and p.country == source.country]
        people += [p for p in _genitive_list(source, parties, text) if p not in people]
        if source in people and len(people) > 1:
            if target.kind == "PER" and target.prep is None and target.start < frame.start:
                # no destination after the list, and a person before it is no host: the dyad's other country
                others = [c for c in dyad if c != source.country]
                target = Party(-1, -1, country_name(others[0]), others[0], None, "GPE") if others else target
            return [(p, target) for p in people]
    if source.chain >= 0 and source.chain == target.chain and source in parties and is_symmetric(frame.trigger.subtype):
        # "Die Außenminister Frankreichs, Deutschlands und Polens trafen sich": every pair of them
        members = [p for p in parties if p.chain == source.chain]
        return [(a, b) for i, a in enumerate(members) for b in members[i + 1:] if a.country != b.country]
    if "summit" in frame.trigger.flags:
        host = target
        members = mates(source, host) + [p for p in parties if p.kind not in _COUNTRY_KINDS - {"GPE"}
                                         and p.prep not in ("dest",) and p.country != host.country
                                         and p.kind not in ("GROUP", "PARTNER")]
        seen: list[Party] = []
        for p in members:
            if p not in seen and not any(q.country == p.country for q in seen):
                seen.append(p)
        return [(p, host) for p in seen]
    pairs = [(s, t) for s in mates(source, target) for t in mates(target, source) if s.country != t.country]
    named = _both_named(frame, source, target, parties, text, filler)
    pairs = [(source, p) for p in named] if named else pairs
    pairs += _counterparts(frame, pairs, parties, text)
    if "mutual" in frame.trigger.flags and word_class("mutual").search(text, *frame.clause):
        pairs += [(t, s) for s, t in pairs]
    return pairs


def _rebutted(frame: Frame, pair: tuple[Party, Party], drafts: list[_Draft], text: str) -> list[tuple[Party, Party]]:
    """"A und B warfen Indien vor, … . Indien wies die Anschuldigungen zurück": a rejection of accusations whose
    clause names no one they came from rejects the accusation told last against the rejecting side, toward each
    of its accusers (not toward the article's other country or an actor of another clause)."""
    source, target = pair
    c0, c1 = frame.clause
    if frame.trigger.subtype != "rejection" or c0 <= target.start < c1 \
            or not word_class("rebutted").search(text, c0, c1):
        return []
    told = next((d for d in reversed(drafts) if d.frame.trigger.subtype == "criticism"
                 and d.target.country == source.country and d.frame.sentence >= frame.sentence - _REBUT_SPAN), None)
    if told is None:
        return []
    accusers: list[tuple[Party, Party]] = []
    for d in drafts:
        if d.frame is told.frame and d.target.country == source.country \
                and all(t.country != d.source.country for _, t in accusers):
            accusers.append((source, d.source))
    return accusers


def _condemned_victim(frame: Frame, target: Party) -> bool:
    """Is the target of a verbal act on an act noun the victim of that act ("verurteilen den Angriff auf
    Armenien")? Without a culprit named the condemnation is toward no state."""
    act = frame.act_object
    return act is not None and target.prep in ("auf", "gegen") and target.start >= act.end \
        and not frame.clause[0] <= target.prep_at < act.start


def _nominal_agent(frame: Frame, source: Party, target: Party, text: str) -> bool:
    """Is the frame a verb's noun form ("Verurteilung") whose genitive after it was read as the source while a
    'durch' phrase after that names the agent ("die Verurteilung Eritreas durch Äthiopien")?"""
    return text[frame.start:frame.start + 1].isupper() and source.prep is None and target.prep == "durch" \
        and frame.end <= source.start < target.start and not text[frame.end:source.start].strip(" ").count(" ")


def _reacts_to(frame: Frame, source: Party, text: str) -> bool:
    """Is an act noun's source the agent of a passive verb of reaction on it ("Der Angriff auf die Ukraine wurde
    von Chile verurteilt": Chile condemns, it does not attack)?"""
    if frame.trigger.kind != "noun" or source.prep not in ("von", "durch") or source.start < frame.end:
        return False
    aux = word_class("werden_passive").search(text, frame.end, source.start)
    return aux is not None and word_class("reaction_participle").search(text, source.end, frame.clause[1]) is not None


def _colon_list(frame: Frame, source: Party, parties: list[Party], text: str) -> list[Party]:
    """"Die Außenminister besuchten Chile regelmäßig: Pérez (2011, 2013), Gómez (2018) sowie Ruiz": the
    persons of the subject's country listed after a colon that closes the trigger's clause are its actors."""
    if not (source.by_role or source.kind == "ADJ") or source.start > frame.start:
        return []
    colon = text.find(":", frame.end, frame.clause[1] + 1)
    if colon < 0 or any(frame.end <= p.start < colon and p.kind == "PER" for p in parties):
        return []
    listed = [p for p in parties if p.start > colon and p.kind == "PER" and p.prep is None]
    if len(listed) < 2 or listed[0].chain < 0:
        return []
    return [p for p in listed if p.chain == listed[0].chain and p.country == source.country]


def _both_named(frame: Frame, source: Party, target: Party, parties: list[Party], text: str,
                filler: RoleFiller) -> list[Party]:
    """"Saied empfing beide Minister zu Gesprächen": a group of two persons as the object stands for the
    two actors of other countries named last in the sentence before (one event each)."""
    if target.kind != "GROUP" or source.kind == "GROUP" or frame.sentence == 0:
        return []
    cls = word_class("group_persons")
    if not any(p.kind == "GROUP" and frame.clause[0] <= p.start < frame.clause[1]
               and cls.fullmatch(text, p.start, p.end) for p in parties):
        return []
    found: list[Party] = []
    for p in reversed(filler.actors.by_sentence[frame.sentence - 1]):
        if p.kind in ("PER", "ADJ") and p.country != source.country and p.prep is None \
                and all(q.country != p.country for q in found):
            found.insert(0, p)
    return found if len(found) == 2 else []


def _counterparts(frame: Frame, pairs: list[tuple[Party, Party]], parties: list[Party],
                  text: str) -> list[tuple[Party, Party]]:
    """"Y empfing neben X auch seine Amtskollegen aus A, B und C": each country after an actor noun
    and 'aus' in the clause of a visit or meeting is one more guest (of a visit) or counterpart."""
    subtype = frame.trigger.subtype
    if not pairs or (subtype not in VISITS and subtype not in ("meeting", "talks")):
        return []
    taken = {p.country for pair in pairs for p in pair}
    found = []
    for p in parties:
        if p.country not in taken and counterpart(text, p, frame.clause):
            taken.add(p.country)
            found.append((p, pairs[0][1]) if subtype in VISITS else (pairs[0][0], p))
    return found


def _genitive_list(source: Party, parties: list[Party], text: str) -> list[Party]:
    """`source` and the people of its country listed after it as further genitives of one event noun
    ("die Besuche des A (2015), der B, Sonderbeauftragte für X, (2015), des C"), across their titles."""
    out = [source]
    for p in (p for p in parties if p.start >= source.end):
        if p.country != source.country:
            break
        if p.kind == "PER":
            if not _GENITIVE_NEXT.match(text, out[-1].end):
                break
            out.append(p)
    return out


def _actor(p: Party) -> Actor:
    return Actor(p.name, p.country, p.entity)


def _compatible_side(a: Party, b: Party) -> bool:
    """Can two actors be the same side of one happening? A country (or "die kasachischen Behörden")
    stands for any of its actors; named persons and organisations only for themselves."""
    if a.country != b.country:
        return False
    if a.kind in _COUNTRY_KINDS or b.kind in _COUNTRY_KINDS:
        return True
    return a.entity == b.entity


def _family(subtype: str) -> str:
    return "visit" if subtype in VISITS else subtype


def _same(a: Event, b: Event, da: _Draft, db: _Draft, analysis: Analysis) -> bool:
    """Same happening: same kind, status and dyad, dates that agree where the text gives them.
    A date inherited from the context does not keep two mentions apart."""
    if _family(a.subtype) != _family(b.subtype) or a.status != b.status or a.type != b.type:
        return False
    own_a, own_b = (None if da.from_lead else da.date), (None if db.from_lead else db.date)
    if own_a and own_b and not (own_a.startswith(own_b) or own_b.startswith(own_a)):
        return False
    if (not da.own_date or not db.own_date) and a.subtype != b.subtype and da.frame.sentence != db.frame.sentence \
            and not any(_receives_guest(d, analysis) for d in (da, db) if not d.own_date):
        return False  # an undated state visit is not the dated trip told elsewhere (one sentence tells one trip)
    pa, pb = (da.source, da.target), (db.source, db.target)
    if _compatible_side(pa[0], pb[0]) and _compatible_side(pa[1], pb[1]):
        return True
    if _family(a.subtype) == "visit" and da.frame.sentence == db.frame.sentence \
            and _compatible_side(pa[0], pb[0]) and pa[1].country == pb[1].country:
        return True  # "besuchte den Bundestag und wurde von Präsidentin X empfangen": one stay in one country
    return is_symmetric(a.subtype) and _compatible_side(pa[0], pb[1]) and _compatible_side(pa[1], pb[0])


def _receives_guest(d: _Draft, analysis: Analysis) -> bool:
    """A host receiving "den Gast" of a visit told before ("Scholz empfing den Gast im Kanzleramt"), or
    receiving someone with a ceremony ("mit militärischen Ehren"): part of that visit, not a trip of its own."""
    if d.frame.trigger.subtype not in VISITS or d.frame.trigger.kind == "noun":
        return False
    text = analysis.text
    return bool(word_class("guest").search(text, d.frame.end, d.frame.clause[1])
                or word_class("ceremony").search(text, *d.frame.clause))


def _one_act(a: _Draft, b: _Draft, analysis: Analysis) -> bool:
    """Can two statements, protests or conflict acts be one? Only two statements in one sentence (two threat
    cues of one sentence among them), a headline and its body sentence, or two mentions with the same verb
    ("einbestellt" / "den einbestellten Diplomaten")."""
    if a.frame.trigger.subtype in _SIGNINGS and a.frame.sentence != b.frame.sentence \
            and _NEW_DOCUMENT.search(analysis.sentences[b.frame.sentence].text):
        return False  # "Zudem unterzeichneten sie eine Absichtserklärung …": another document, another signing
    if a.frame.trigger.subtype in _HAPPENINGS:
        return True
    if a.frame.sentence == b.frame.sentence and a.frame.trigger.subtype == b.frame.trigger.subtype == "threat":
        return True  # "warnte, jede Verletzung werde als Kriegserklärung betrachtet": one threat, told by two cues
    sub = a.frame.trigger.subtype
    if a.frame.sentence == b.frame.sentence and sub != "other" \
            and plover_type(sub, "planned") == plover_type(sub, "occurred"):
        return True  # "würdigte X und bekräftigte seine Unterstützung": one statement toward X in one sentence
    if _headline(analysis, a.frame.sentence) != _headline(analysis, b.frame.sentence):
        return True  # a headline and the body sentence it repeats
    if a.frame.trigger.subtype == b.frame.trigger.subtype == "attack" and a.own_date and b.own_date \
            and len(a.date or "") == 10 and a.date == b.date:
        return True  # "bei einem Feuergefecht … getötet" and "eröffneten … das Feuer" on one day: one clash
    return not _stems(analysis, a).isdisjoint(_stems(analysis, b))


def _retold(d: _Draft, analysis: Analysis) -> bool:
    """A statement whose sentence names neither side ("Man verurteile …", "Die Ausweisung bezeichnete er
    als …"): it retells the act of the sentence before rather than telling a new one."""
    if d.frame.trigger.subtype in _HAPPENINGS:
        return False
    sent = analysis.sentences[d.frame.sentence]
    return not any(sent.start <= p.start < sent.end for p in (d.source, d.target))


def _headline(analysis: Analysis, index: int) -> bool:
    """A title or subtitle (no closing punctuation): it repeats what the body tells."""
    return not analysis.sentences[index].text.rstrip().endswith((".", "!", "?", "“", "\"", "»"))


def _merge(kept: Event, keeper: _Draft, new: _Draft) -> None:
    """Fold a second mention into a kept event: the most precise date the text itself gives wins
    (a date inherited from the context only when there is no other), the most specific visit kind."""
    dates = [(d.own_date, not d.from_lead, len(d.date or ""), d.date) for d in (keeper, new) if d.date]
    if dates:
        own, not_lead, _, best = max(dates)
        kept.date = best
        keeper.date, keeper.own_date, keeper.from_lead = best, own, not not_lead
    if kept.subtype == "visit" and new.frame.trigger.subtype in VISITS:
        kept.subtype = new.frame.trigger.subtype


def extract_events(analysis: Analysis, layer: EntityLayer, times: list[TimeExpr], doc_date: DocDate) -> list[Event]:
    """Events of one document, deduplicated, in text order."""
    actors = document_actors(analysis, layer)
    dater = _Dater(analysis, times)
    filler = RoleFiller(analysis, layer, actors, dater.times)
    for parties in actors.by_sentence:
        dater.mark_bound(parties)
    drafts: list[_Draft] = []
    invited: set[int] = set()  # frames of a visit someone is invited to: no date but their own
    frames = find_frames(analysis, actors)
    for frame in frames:  # every self-naming noun's times are owned before any frame is dated
        frame.status = dater.own(frame, doc_date)
    for frame in frames:
        pair = filler.fill(frame) or _group_pair(frame, actors.by_sentence[frame.sentence], actors.dyad,
                                                 filler.last_source, analysis.text)
        if pair is None:
            continue
        parties = actors.by_sentence[frame.sentence]
        if id(frame) in filler.stop_lists and frame.status == "planned":
            invited.add(id(frame))  # further stops of a trip: only a time of their own dates them
        invitation = _invited(frame, pair, parties, analysis)
        if invitation is not None:  # an invitation is to a visit still to come
            pair = invitation
            frame.status = "planned"
            invited.add(id(frame))
        # "unterhalten seit 1962 diplomatische Beziehungen": a 'seit' time inside the trigger dates the state's start
        governing = [t for t in _times_in(dater.all_times, frame.start, frame.end) if _STATE_TIME.match(t.text)] \
            or dater.governing(frame) or dater.since(frame)
        if frame.trigger.kind == "noun":  # "die Treffen 2023 in Bischkek und 2024 in Berlin"
            np_end = filler.noun_phrase_end(frame)
            own = [t for t in dater.times if frame.end <= t.start < np_end]
            governing = own if len(own) > 1 else governing
        if invitation is not None:  # "lud am 5. März … zu einem Besuch im Herbst ein": the visit's own time, if any
            issued = [t.value or "" for t in dater.times if frame.clause[0] <= t.start < frame.start]
            since = max(issued[-1:] + [doc_date.value or ""])  # a visit invited to lies ahead
            governing = [t for t in governing if frame.end <= t.start < frame.clause[1]
                         and (t.value or "") >= since[:len(t.value or "")]]
        sentence = analysis.sentences[frame.sentence].text
        if frame.status == "occurred" and any(_after(t, doc_date) and t.start not in dater.owned for t in governing):
            frame.status = "planned"  # "trifft am Freitag": a date after publication is not yet a fact
        if frame.status == "planned" and doc_date.value and frame.trigger.kind == "noun":
            # "nahm die Einladung zu einem Besuch in Athen im Mai an" on 10 March: the May to come
            governing = [ahead(t, doc_date.value) if t.start >= frame.end else t for t in governing]
        counted = _counted_day(frame, analysis, dater)
        rebutted = _rebutted(frame, pair, drafts, analysis.text)
        for source, target in rebutted or _pairs(frame, pair[0], pair[1], parties, analysis.text, actors.dyad, filler):
            bound = _bound_times(analysis.text, source, dater.times) or _bound_times(analysis.text, target, dater.times)
            for t in bound or governing or [None]:
                value = _anniversary(t.value, sentence) if t is not None and t.value else None
                value = counted or value
                drafts.append(_Draft(frame, source, target, value, t is not None or counted is not None,
                                     attribute=t is not None and t.start in dater.attributive))
    _inherit_dates([d for d in drafts if id(d.frame) not in invited], analysis, dater, filler.anaphora, doc_date)
    return _dedup(drafts, analysis)


def _counted_day(frame: Frame, analysis: Analysis, dater: _Dater) -> str | None:
    """The day of an event noun named in apposition to the day before it ("Am 3. Mai 2021, zwei Tage vor dem
    Besuch des Präsidenten, …": the 5th), or None."""
    start = analysis.sentences[frame.sentence].start
    last = next((t for t in reversed(dater.times) if start <= t.start and t.end <= frame.start), None)
    return apposition_day(analysis.text, last, frame.start) if last is not None else None


def _group_pair(frame: Frame, parties: list[Party], dyad: tuple[str, ...],
                last: Party | None, text: str) -> tuple[Party, Party] | None:
    """"Die beiden (Präsidenten) sprachen über …": a symmetric act whose last actor before the trigger
    stands for the article's two countries, when the frame reader found no pair; the side of the last
    event's actor (`last`) first. "Die Außenminister Ungarns und Kroatiens hätten … gesprochen": a list of
    countries as its subject are its sides (every pair of them)."""
    if "group" not in frame.trigger.source or not is_symmetric(frame.trigger.subtype):
        return None
    before = [p for p in parties if p.start < frame.start]
    if before and before[-1].chain >= 0 and before[-1].prep is None and before[-1].start >= frame.clause[0]:
        listed = [p for p in before if p.chain == before[-1].chain]
        other = next((p for p in listed if p.country != listed[0].country), None)
        head = text[frame.clause[0]:listed[0].start].strip(" ,;:–—\"„“»«").split()
        # a list that names whose officials act ("die Außenminister A und B") or opens the clause ("A und B
        # hätten … gesprochen"), not the subject of a reflexive verb ("sprachen sich für … aus")
        subject = (bool(head) and bool(word_class("actor_noun").fullmatch(head[-1]))) \
            or (len(head) <= 1 and all(word_class("det").fullmatch(w) for w in head)
                and not word_class("reflexive").match(text, frame.end + 1))
        return (listed[0], other) if other is not None and subject else None
    if len(dyad) != 2 or not before or before[-1].kind != "GROUP":
        return None
    a, b = (Party(-1, -1, country_name(c), c, None, "GROUP") for c in dyad)
    return (b, a) if last is not None and last.country == b.country else (a, b)


def _invited(frame: Frame, pair: tuple[Party, Party], parties: list[Party],
             analysis: Analysis) -> tuple[Party, Party] | None:
    """"X lud Y zu einem (Gegen-)Besuch nach Z ein": (visitor, host) of the visit invited to, if the frame
    is one: the invitee is the visitor, the place after the noun (else the inviter's country) the host.
    The frame reader gives (inviter, invitee); the caller marks the visit planned."""
    if frame.trigger.subtype not in VISITS or frame.trigger.kind != "noun":
        return None
    text = analysis.text
    c0, c1 = frame.clause
    s0 = analysis.sentences[frame.sentence].start
    if not _TO_NOUN.search(text, c0, frame.start) or not word_class("invite").search(text, s0, c1):
        return None
    if any(p.start < c1 and p.prep == "von" for p in parties):
        return None  # "wurde von X zu einem Besuch eingeladen"
    inviter, invitee = pair
    hosts = [p for p in parties if frame.end <= p.start < c1 and p.prep == "dest" and p.country != invitee.country]
    host = hosts[0] if hosts else inviter
    if host.country == invitee.country:
        return None
    return invitee, host


def _during(d: _Draft, analysis: Analysis, dater: _Dater) -> str | None:
    """The time of the clause a "während dessen …" clause hangs on, at the precision its whole span
    shares ("Am 20.-22. November 2012 fand ein Besuch statt, während dessen Gespräche …": 2012-11)."""
    sub = dater.subordinate(d.frame.start)
    text = analysis.text
    if sub < 0 or not word_class("during").match(text[sub:sub + 40].lstrip(" ,")):
        return None
    start = analysis.sentences[d.frame.sentence].start
    before = [t for t in dater.all_times if start <= t.start < sub]
    if not before:
        return None
    t = before[-1]
    if not t.value or not t.end_value or t.end_value == t.value:
        return t.value
    for width in (7, 4):
        if t.end_value[:width] == t.value[:width]:
            return t.value[:width]
    return t.value


def _retold_later(d: _Draft, analysis: Analysis, dater: _Dater, anaphora: dict[int, str]) -> str | None:
    """"Am Rande des Gipfels trafen sich A und B. Das Treffen am Samstag …": the date of the next
    sentence, when an event noun there refers back to this kind of happening."""
    nxt = d.frame.sentence + 1
    family = anaphora.get(nxt)
    if family is None or _family(family) != _family(d.frame.trigger.subtype) or nxt >= len(analysis.sentences):
        return None
    sent = analysis.sentences[nxt]
    later = [t.value for t in dater.times if sent.start <= t.start < sent.end and t.start not in dater.bound
             and t.start not in dater.attributive]
    return later[0] if later else None


def _outside_visit(d: _Draft, told: _Draft, drafts: list[_Draft]) -> bool:
    """Is an undated statement, demand or threat outside the dated visit or meeting told before it?
    Only its participants speaking in person, or a sentence that names the visit itself, are part of it."""
    if d.frame.trigger.subtype in _HAPPENINGS or told.frame.trigger.subtype not in _LEAD:
        return False
    if any(e.frame.sentence == d.frame.sentence and e.frame.trigger.subtype in _LEAD for e in drafts):
        return False  # "Während des Staatsbesuchs regte X an, …"
    return not (d.source.kind == "PER" and d.source.country in (told.source.country, told.target.country))


@lru_cache(maxsize=8)
def _adverbs(kind: str) -> re.Pattern[str]:
    """The adverbs of one kind of time_clauses.tsv as one whole-word regex: `sequence` place an act at the
    narrative's last happening ("kurz zuvor"), `then` at the time just named ("damals", "seinerzeit"), `closing`
    at the last day of the span told before ("zum Abschluss"), `meanwhile` inside the happening told before
    ("dabei")."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, clause_words(kind))) + r")(?!\w)", re.I)


def _main_times(analysis: Analysis, dater: _Dater, lo: int, hi: int) -> list[str]:
    """The first free time of each sentence between `lo` and `hi`: the time its main act happened,
    not a historical year named later in it ("…, wo 1963 die OAU gegründet wurde")."""
    out: list[str] = []
    for s in analysis.sentences:
        if lo <= s.start < hi:
            first = next((t.value for t in dater.times if s.start <= t.start < s.end and t.value
                          and t.start not in dater.bound and t.start not in dater.attributive), None)
            if first:
                out.append(first)
    return out


def _inherit_dates(drafts: list[_Draft], analysis: Analysis, dater: _Dater, anaphora: dict[int, str],
                   doc_date: DocDate) -> None:
    """Undated events take the date of the event their sentence refers back to ("während dieses
    Besuchs"), else of the last dated event of their paragraph, else the last date of their
    paragraph, else, in a live blog, the day heading above their entry, else, in the opening
    paragraph, the first day named after it, else the date of the article's lead event (the day of
    the opening paragraph, else the dated visit, meeting, talks, summit or credentials
    ceremony of the publication year closest to the document date, else its dated event closest to it)."""
    year = (doc_date.value or "")[:4]
    text = analysis.text
    heads = headings(text, dater.all_times)
    from_lead: list[_Draft] = []
    for i, d in enumerate(drafts):
        if d.date:
            continue
        d.date = _during(d, analysis, dater) or _retold_later(d, analysis, dater, anaphora)
        if d.date:
            d.own_date = True
            continue
        family = anaphora.get(d.frame.sentence)
        sent = analysis.sentences[d.frame.sentence]
        then = _adverbs("then").search(text, *d.frame.clause)
        named = [t.value for t in dater.times if t.value and t.start in dater.attributive
                 and sent.start <= t.start < then.start()] if then else []
        if then and not named and d.frame.sentence > 0:
            # "… Kontakte so dicht wie nie seit 1972." Damals hatte Tokio …": the main (first) time of the sentence
            # before that the text gives in full, even the start of a state, not a historical year named later in it
            prev = analysis.sentences[d.frame.sentence - 1]
            named = [t.value for t in dater.all_times if prev.start <= t.start < prev.end and t.value
                     and not t.relative and not t.future and t.start not in dater.bound][:1]
        if named:  # "Die im März 2021 verhängten Auflagen hatte Schweden damals kritisiert": March 2021
            d.date, d.own_date = named[-1], True
            continue
        para_start = text.rfind("\n", 0, sent.start) + 1
        if family is not None:
            earlier = [e.date for e in drafts[:i] if e.date and e.own_date
                       and _family(e.frame.trigger.subtype) == _family(family)]
        else:
            told = [e for e in drafts[:i] if e.date and e.own_date and not e.attribute
                    and para_start <= analysis.sentences[e.frame.sentence].start < sent.start]
            if told and _outside_visit(d, told[-1], drafts) and not _adverbs("meanwhile").search(text, *d.frame.clause):
                continue  # "Ghana drohte Togo mit Sanktionen" after a dated visit: no time of its own
            earlier = [e.date for e in told]
        times = [t.value for t in dater.times if para_start <= t.start < sent.start and t.start not in dater.bound
                 and t.start not in dater.attributive]
        if not earlier and len(times) > 1 and _adverbs("sequence").search(text, *d.frame.clause):
            times = _main_times(analysis, dater, para_start, sent.start)  # "Kurz zuvor": not a year inside
        heading = [h.value for h in heads if h.start < para_start]
        if not earlier and not times and heading:
            d.date = heading[-1]  # "Montag, 7. August" over "18.20 Uhr: X ist in Y eingetroffen."
            continue
        if (not earlier and not times) or word_class("present").search(text, *d.frame.clause):
            from_lead.append(d)  # "lehnte eine Neuverhandlung nun ab": the reporting present, not the paragraph's past
            continue
        d.date = (earlier or times)[-1]
        if family is None and earlier and times and times[-1].startswith(d.date):
            d.date = times[-1]  # "Im Mai 2024 reiste X nach Lima, was am 6. Mai geschah. Dort …": the day
        if _adverbs("closing").search(text, sent.start, sent.end):
            # "vom 30. bis 31. Januar … zum Abschluss des Besuchs unterzeichneten …": the span's last day
            spans = [t.end_value for t in dater.times if para_start <= t.start < sent.start and t.end_value
                     and t.value == d.date]
            d.date = spans[-1] if spans else d.date
        d.own_date = family is not None and bool(earlier)  # "während dieses Besuchs" dates it as firmly as a date
    # an event dated by its paragraph's time dates the article's lead as well as one dated by its own
    dated = [d for d in drafts if d.date and d.date.startswith(year) and d not in from_lead
             and d.frame.status == "occurred"]  # what is only planned is not the article's lead
    opening = _lead_paragraph(analysis)
    days = [_lead_day(d, analysis, dater, opening) if opening else None for d in from_lead]
    # the day of the opening paragraph dates the article's lead; else its event closest to the document date
    lead = next((x for x in days if x), None)
    lead = lead if lead and lead.startswith(year) else _lead_date(dated, doc_date)
    for d, own in zip(from_lead, days):
        d.date, d.own_date, d.from_lead = own or _finer_lead(d, analysis, dater, lead), False, own is None


def _finer_lead(d: _Draft, analysis: Analysis, dater: _Dater, lead: str | None) -> str | None:
    """The lead date, or the last day named before the draft's sentence when it falls within it ("… was am
    Montag, dem 13. Mai 2024, in Santiago geschah.\n\nDort unterzeichneten …" with a lead of 2024-05), or with
    no lead date when the sentence right before names it."""
    i = d.frame.sentence
    start = analysis.sentences[i].start
    days = [t for t in dater.times if t.start < start and t.precision == "day" and t.value
            and not t.future and t.start not in dater.bound and t.start not in dater.attributive]
    last = days[-1].value if days else None
    if lead and last and len(last) > len(lead) and last.startswith(lead):
        return last
    sent = analysis.sentences[i]
    if last and days[-1].start >= analysis.sentences[max(0, i - 3)].start \
            and _adverbs("sequence").search(analysis.text, sent.start, sent.end) \
            and not _adverbs("then").search(analysis.text, sent.start, sent.end):
        return last  # "Am Sonntag empfing ihn Mulino.\n\nRubio habe verlangt …, teilte X anschließend mit"
    if not lead and last and i > 0 and days[-1].start >= analysis.sentences[i - 1].start:
        return last
    return lead


def _lead_date(dated: list[_Draft], doc_date: DocDate) -> str | None:
    """The date of the article's lead event: its dated visit, meeting, talks, summit or credentials
    ceremony, else its dated event, closest to the document date (the latest not after it), not the
    first one told: background told later ("Khartum hatte die Klage im März eingereicht") is older news."""
    if not dated:
        return None
    latest = doc_date.value or ""
    for pool in ([d for d in dated if d.frame.trigger.subtype in _LEAD], dated):
        before = [d.date for d in pool if d.date and d.date[:len(latest)] <= latest[:len(d.date)]]
        if before:
            return max(before)
    return dated[0].date


def _lead_paragraph(analysis: Analysis) -> tuple[int, int] | None:
    """[start, end) of the article's opening paragraph: the one of its first body sentence (no headline)."""
    text = analysis.text
    for i, sent in enumerate(analysis.sentences):
        if not _headline(analysis, i):
            start = text.rfind("\n", 0, sent.start) + 1
            end = text.find("\n", sent.start)
            return start, len(text) if end < 0 else end
    return None


def _lead_day(d: _Draft, analysis: Analysis, dater: _Dater, opening: tuple[int, int]) -> str | None:
    """An undated event of the opening paragraph ("Der Sudan hat die Beziehungen zu X abgebrochen.
    Y verlas am Dienstagabend eine Erklärung …") takes the first day the paragraph names after it."""
    sent = analysis.sentences[d.frame.sentence]
    if not opening[0] <= sent.start < opening[1] or _headline(analysis, d.frame.sentence):
        return None
    days = [t for t in dater.times if sent.end <= t.start < opening[1] and t.precision == "day"
            and not t.future and not is_target(t) and t.start not in dater.bound]
    # "Grund sei ein Zwischenfall am Wochenende, teilte das Ministerium am Mittwoch mit": the day of the report
    told = [t for t in days if reports(analysis.text, *_comma_clause(analysis, t))]
    pool = told or days
    return pool[0].value if pool else None


_CLAUSE_MARK = re.compile(r"[,;:]")


def _comma_clause(analysis: Analysis, t: TimeExpr) -> tuple[int, int]:
    """[start, end) of the stretch of `t`'s sentence between the commas, semicolons or colons around it."""
    sent = analysis.sentences[analysis.sentence_index(t.start)]
    lo = max((m.end() for m in _CLAUSE_MARK.finditer(analysis.text, sent.start, t.start)), default=sent.start)
    hi = _CLAUSE_MARK.search(analysis.text, t.end, sent.end)
    return lo, hi.start() if hi else sent.end


def _dedup(drafts: list[_Draft], analysis: Analysis) -> list[Event]:
    """One event per happening. Body sentences come first; a headline's act then joins the body
    act it announces (the one with the same verb when there are several), or stands alone."""
    events: list[Event] = []
    kept_drafts: list[_Draft] = []
    body = [d for d in drafts if not _headline(analysis, d.frame.sentence)]
    in_body = {id(d) for d in body}
    for d in body + [d for d in drafts if id(d) not in in_body]:
        trig = d.frame.trigger
        ptype = plover_type(trig.subtype, d.frame.status, trig.type)
        if ptype is None:
            continue
        sent = analysis.sentences[d.frame.sentence]
        code, goldstein = cameo(trig.subtype, d.frame.status, ptype)
        location = d.target.name if trig.subtype in VISITS and d.target.prep == "dest" else None
        event = Event(type=ptype, subtype=trig.subtype, status=d.frame.status,  # type: ignore[arg-type]
                      source=_actor(d.source), target=_actor(d.target), date=d.date,
                      evidence=sent.text, start=sent.start, end=sent.end,
                      trigger=analysis.text[d.frame.start:d.frame.end], location=location,
                      cameo=code, goldstein=goldstein)
        same = [(kept, other) for kept, other in zip(events, kept_drafts)
                if _same(kept, event, other, d, analysis) and _one_act(other, d, analysis)]
        if not same and _retold(d, analysis):
            same = [(kept, other) for kept, other in zip(events, kept_drafts)
                    if other.frame.sentence == d.frame.sentence - 1 and _family(kept.subtype) == _family(event.subtype)
                    and {kept.source.country, kept.target.country} == {event.source.country, event.target.country}]
        if not same and _headline(analysis, d.frame.sentence):
            # a headline retells a body act in short: its wording may blur direction or status
            same = [(kept, other) for kept, other in zip(events, kept_drafts)
                    if not _headline(analysis, other.frame.sentence) and _family(kept.subtype) == _family(event.subtype)
                    and {kept.source.country, kept.target.country} == {event.source.country, event.target.country}]
        if same:
            stems = _stems(analysis, d)
            kept, other = next(((k, o) for k, o in same if not stems.isdisjoint(_stems(analysis, o))), same[0])
            _merge(kept, other, d)
        else:
            events.append(event)
            kept_drafts.append(d)
    return sorted(events, key=lambda e: e.start)


def _stems(analysis: Analysis, d: _Draft) -> frozenset[str]:
    """The verb stems a trigger match names: its first word, its lower-case words (the participle of
    "sei am Dienstag … einbestellt worden") and a separable verb's particle joined to its verb
    ("bestellt … ein" = "einbestellt"); none for a match that is only an auxiliary."""
    found = _WORDS.findall(analysis.text, d.frame.start, d.frame.end)
    if not found or (len(found) == 1 and word_class("auxiliary").fullmatch(found[0])):
        return frozenset()  # "werde" of "werde … mit Zöllen antworten" names no verb of its own
    stems = {found[0].lower()[:6]} if len(found[0]) >= 5 or len(found) == 1 else set()
    stems.update(w.lower()[:6] for w in found[1:] if w[:1].islower() and len(w) >= 5)
    if len(found) > 1 and found[-1].islower() and len(found[-1]) <= 5:
        stems.add((found[-1] + found[0]).lower()[:6])
    return frozenset(stems)
