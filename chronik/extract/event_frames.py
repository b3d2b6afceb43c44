"""Event frames: trigger matches in a sentence, their clause, status and argument roles.

A frame is one trigger (event_triggers.tsv) found in one clause. Its arguments are filled by
roles tried in order (subject, object, genitive, prepositional phrases, pronouns, the article's
main countries ...) over the actors event_actors.py found in the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import NamedTuple

from chronik.extract.event_actors import DocActors, Party, appositions, attributive_agent, thing_fronted
from chronik.extract.event_lexicon import (
    Possible,
    StatusCue,
    Trigger,
    first_class,
    indicative,
    is_symmetric,
    plover_type,
    possible_cues,
    possible_patterns,
    possible_triggers,
    word_class,
    words,
)
from chronik.language.gazetteer import adjective_countries, country_code, country_name, place_country
from chronik.model import Analysis, EntityLayer, Sentence, TimeExpr

_PARTICLE = re.compile(r"[a-z]{1,3}-[A-ZÄÖÜ]")  # a name with a lowercase particle ("as-Sisi") is no verb
_SPACE = re.compile(r"\s")
_WORD = re.compile(r"\S+")
_SECOND_WORD = re.compile(r"\S+\s+(\S+)")
_AND, _OR, _BUT = words("conj_and"), words("conj_or"), words("conj_but")
_LIST_AND = re.compile(_AND)
_ENDS_UND = re.compile(rf"\b{_AND}\s*$")
_ENDS_CONJUNCTION = re.compile(rf"\b(?:{_AND}|{_OR})\s*$")
_ENDS_ARTICLE = re.compile(rf"\b{words('article')}\s+$")
# punctuation (not the comma of "1,5"), or a conjunction (group 1) before a lowercase word; every
# alternative starts with a character class, which lets the regex engine skip ahead
_BOUNDARY = re.compile(rf"[;:–—„“\"»«]|,(?:(?<!\d,)|(?!\d))|\s((?:{_AND}|{_OR}|{_BUT}))\s+(?=[a-zäöüß])")
_COORDINATED = re.compile(rf"\s(?:{_AND}|{_OR})\s+[a-zäöüß]")  # "… aus und setzte …": a second predicate
_STOPS_AHEAD = re.compile(r"\b(?:sind|ist|sollen|soll)\s+(?:\w+\s+)?$")  # "Weitere Stationen sind A, B und C"
_ROLE_PLACE = re.compile(rf"\b{words('posted_at')} ([A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)")
# a meeting on the sidelines of a summit is its own
_SIDELINES = re.compile(rf"\b{words('sidelines')}\b", re.IGNORECASE)
_PRESUPPOSED = re.compile(rf"(?<!\w){words('presupposing')}\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
_MEDIUM = re.compile(rf"(?<!\w){words('medium')}\s+(?:[a-zäöüß]\w*\s+)?$", re.IGNORECASE)
_RELATIVE = re.compile(rf"[,\s]*{words('relative')}\s")
# ", den Kinshasa einbestellt hatte": a relative pronoun that is never the subject of its clause
_OBJECT_RELATIVE = re.compile(rf"\s*,\s*{words('relative_object')}\s")
# a comma-led relative clause ending in its verb: ", der den Hafen X mit Y verbinden soll"
_RELATIVE_CLAUSE = re.compile(rf"\s*,\s*(?:{words('relative_prep')}\s+)?{words('relative_form')}\s"
                              rf"(?!.*\s{words('infinitive_marker')}\s+\w+[.!?]?\s*$)"  # not "…, der X zu helfen"
                              r".*\s[a-zäöüß]\w+[.!?]?\s*$", re.S)
_GENITIVE = re.compile(words("genitive"), re.IGNORECASE)
_NP_GOES_ON = re.compile(rf"\s+(?:\d|{words('np_goes_on')}\b)")
_ADJECTIVE = re.compile(r"[a-zäöüß](?:e|en|er|es|em)$")
_PREP_ROLES = ("dest", "mit", "von", "aus", "durch", "an", "gegen", "auf", "fuer", "zwischen", "laut")
_SUBJECT_STOPS = ("det", "pron", "prep", *_PREP_ROLES)  # words after a clause's comma that start no inverted subject
_PREP_WORDS = (*_PREP_ROLES, "prep")
VISITS = frozenset({"state_visit", "official_visit", "working_visit", "visit"})
_CONSULTS = frozenset({"meeting", "talks", "phone_call", "summit"})  # what a reception's clause may tell instead
# a one-word attributive participle before its noun ("ausgewiesene mexikanische Botschafter", "zugesagte Hilfe")
_ATTRIBUTIVE = re.compile(r"[a-zäöüß]\w*(?:e|en|em|er|es) (?:[a-zäöüß]\w*(?:e|en|em|er|es) )?[A-ZÄÖÜ]")
_ATTRIBUTIVE_LEAD = re.compile(rf"(?:^|[\s,(„“\"»«])(?i:{words('det')})\s+(?:[a-zäöüß][\w-]*\s+(?:\S+\s+){{0,5}}?)?$")
_WIDE_SCOPES = frozenset({"sentence", "before", "governs", "after"})
_NP_COUNTERPART = frozenset({"gegen", "an", "auf", "fuer"})  # an act noun's counterpart: "die Sanktionen gegen X"
_NOT_SOURCE = frozenset({"dest", "mit", "an", "gegen", "auf", "fuer", "aus"})
# ", der das Abkommen … kritisiert hatte": a relative clause whose object is a thing, not a state
_THING_OBJECT = re.compile(rf"[,\s]*{words('relative_person')}\s+{words('object_article')}\s+"
                           r"(?:[a-zäöüß]\w*\s+)?([A-ZÄÖÜ][\w-]*)\s")
# "Vucic, der das Abkommen … kritisiert hatte" up to the comma that closes the relative clause
_AFTER_RELATIVE = re.compile(rf"(\S[^,]*?)\s*,\s*{words('relative_person')}\s[^,]*\s[a-zäöüß]\w*[“”\"»«]?\s*$")
_TITLED = re.compile(r"([A-ZÄÖÜ][\w-]*)\s+(?:[A-ZÄÖÜ][\w-]*\s+|[a-z]{1,3}-[A-ZÄÖÜ][\w-]*\s+){1,3}$")
_STATEFUL = frozenset({"host", "prev"})  # roles whose options depend on the events filled before
_OTHERED = frozenset({"any", "dyad"})  # roles whose options depend on whether a source is given
_DEPENDENT = frozenset({"any", "group", "partner", "dyad", "posted", "prev"})
_NOUN_AFTER_VERB = re.compile(r"\s+(\w+)\s+(?:[a-zäöüß]\w*\s+)?([A-ZÄÖÜ][\w-]*)\s+$")
_OWNED = re.compile(r"\w+\s+(?:der|des)\s+(?:\w+\s+)?[A-ZÄÖÜ]")
_YEAR_LIST = re.compile(r"\b(?:1[89]|20)\d\d(?:\s*,\s*(?:1[89]|20)\d\d)*\s*(?:,|\w+)\s*(?:1[89]|20)\d\d\b")
_FRONTED = re.compile(rf"{words('fronted_object')}\s+(?:[a-zäöüß]\w*\s+)?[A-ZÄÖÜ]")
# "Die Arabische Liga ", "Ein Sprecher des Präsidialamts ": a subject with no country before the verb
_NOMINATIVE = re.compile(rf"{words('nominative_article')}\s+(?:[a-zäöüß]\w*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){{1,2}}"
                         rf"(?:{words('genitive_article')}\s+(?:[a-zäöüß]\w*\s+)?[A-ZÄÖÜ][\w-]*\s+)?$")
# a subject phrase of any length before the verb ("Die Nationale Einheitsregierung (NUG) im Untergrund wirft …"),
# ending in a noun or a bracket, not in a postposition ("Der Mitteilung zufolge")
_NOMINATIVE_PHRASE = re.compile(rf"{words('nominative_article')}\s+[^,;:„“\"»«]*?(?:[A-ZÄÖÜ][\w-]*|\))\s+$")
_QUOTES = re.compile(r"[„“\"»«]")
_RETOLD = re.compile(rf"[\s,;:–—„“\"»«]*{words('retold_visit')}\s+(?:[\w-]+\s+)?", re.IGNORECASE)
# a relative clause inside a trigger's span ("Grenzübergang, den X geschlossen hatte"): X is its agent
_INNER_RELATIVE = re.compile(rf",\s*{words('relative_form')}\s")
# "kritisierte Peru wegen des Angriffs": the act noun is what the object is blamed for
_REASON = re.compile(rf"\b{words('act_reason')}\s+(?:[a-zäöüß]\w*\s+){{0,2}}$")
# "den Anschlag in Kabul": a violent act told by its scene (group 1: an adjective before it)
_DOMESTIC_ACT = re.compile(rf"\b(?i:{words('det')})\s+(?:([a-zäöüß][\w-]*)\s+)?{words('domestic_act')}"
                           rf"\s+(?:\S+\s+){{0,3}}?{words('dest')}\s")
# how far (characters, about three short words) after a violent act's scene a bare actor still belongs
# to the act's phrase and may name its culprit; an actor further on is the critic or someone else
_CULPRIT_REACH = 25
_CLAUSE_HEAD = re.compile(rf"([\s,;:–—]*(?:(?:{_AND}|{_OR})\s+)?)(\w+)")


def _patient_noun(word: str, nouns: re.Pattern[str], only: re.Pattern[str]) -> bool:
    return bool(nouns.fullmatch(word) or only.fullmatch(word))


def counterpart(text: str, party: Party, clause: tuple[int, int]) -> bool:
    """Is an actor of the clause one of "seine Amtskollegen aus A, B und C": a country after an actor
    noun and 'aus', which stands for its representative as a guest or counterpart?"""
    if party.prep != "aus" or not clause[0] <= party.start < clause[1]:
        return False
    before = _last_word(text[max(clause[0], party.prep_at - 40):party.prep_at])
    return bool(before and word_class("counterpart_noun").fullmatch(before))


@dataclass(slots=True)
class Frame:
    """One trigger match with its sentence, clause and status."""

    trigger: Trigger
    start: int
    end: int
    sentence: int
    clause: tuple[int, int]
    status: str
    object_of: Frame | None = None  # the verbal act whose object this act noun is ("verurteilte den Angriff")
    act_object: Frame | None = None  # the act noun this verbal act is about


def _promised(found: list[Frame], text: str, offset: int) -> list[Frame]:
    """"stellte Kosovo eine Anerkennung in Aussicht": an act noun inside a promise is that act, planned; the
    promise frame around it is dropped."""
    promise = word_class("promise")
    out = list(found)
    for p in found:
        if not promise.search(text, p.start - offset, p.end - offset):
            continue
        inner = [n for n in found if n is not p and p.start < n.start < p.end and not _verbal(n.trigger.subtype)]
        for n in inner:
            n.status = "planned"
        if inner:
            out = [f for f in out if f is not p]
    return out


def _link_objects(found: list[Frame], text: str) -> None:
    """Link an act noun to the verbal act (criticism, demand …) of its clause whose object it is: the
    noun inside a separable verb's span ("wirft Y Angriff vor") or right after the verb, with only
    lower-case words or time nouns between ("verurteilte am Montag den ecuadorianischen Angriff")."""
    time_noun = word_class("time_noun")
    for n in found:
        if _verbal(n.trigger.subtype) or not text[n.start:n.start + 1].isupper():
            continue
        for v in reversed(found):
            if v is n or v.clause != n.clause or v.start >= n.start or not _verbal(v.trigger.subtype) \
                    or not text[v.start:v.start + 1].islower():
                continue
            gap = text[v.end:n.start].split()
            if n.start < v.end or _REASON.search(text, v.end, n.start) \
                    or (len(gap) <= 4 and all(w[:1].islower() or time_noun.fullmatch(w) for w in gap)):
                n.object_of, v.act_object = v, n
            break


def _rejected(n: Frame, found: list[Frame], text: str) -> bool:
    """A demand noun that is the object of a rejection of its clause ("lehnte die Forderung Athens ab",
    "wies das Verlangen Rabats zurück", "lehnte am Montag Skopjes Forderung ab")."""
    if not text[n.start:n.start + 1].isupper():
        return False
    for v in found:
        if v.trigger.subtype != "rejection" or v.clause != n.clause or v.start >= n.start:
            continue
        if n.start < v.end or len(text[v.end:n.start].split()) <= 3:
            return True
    return False


def clauses(sent: Sentence, parties: list[Party]) -> list[tuple[int, int]]:
    """Clause spans of a sentence: split at punctuation and at 'und' before a verb, but not
    inside a list of coordinated actors."""
    inside = [(a.end, b.start) for a, b in zip(parties, parties[1:]) if a.chain >= 0 and a.chain == b.chain]
    inside += appositions(sent, parties) if "," in sent.text else []
    cuts = [sent.start]
    for m in _BOUNDARY.finditer(sent.text):
        pos = sent.start + m.start()
        if m.group(1) and word_class("det").fullmatch(sent.text, m.end(), _word_end(sent.text, m.end())):
            continue
        if any(s <= pos < e for s, e in inside):
            continue
        cuts.append(pos)
    cuts.append(sent.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _word_end(text: str, start: int) -> int:
    """Where the word at `start` ends: at the next space, or at the end of `text`."""
    end = text.find(" ", start)
    return len(text) if end < 0 else end


def _last_word(text: str, spaced: bool = False) -> str | None:
    """The word `text` ends with, before trailing space (which `spaced` requires): what the regex
    (\\w+)\\s*$ (or \\s+$) finds, without trying every position."""
    stripped = text.rstrip()
    if spaced and len(stripped) == len(text):
        return None
    start = len(stripped)
    while start and (stripped[start - 1].isalnum() or stripped[start - 1] == "_"):
        start -= 1
    return stripped[start:] or None


def sentence_clauses(analysis: Analysis, actors: DocActors, si: int) -> list[tuple[int, int]]:
    """The clauses of sentence `si` (computed once per document)."""
    spans = actors.clauses.get(si)
    if spans is None:
        spans = actors.clauses[si] = clauses(analysis.sentences[si], actors.by_sentence[si])
    return spans


def _cue_hits(cue: StatusCue, text: str, sent: Sentence, clause: tuple[int, int], start: int, end: int) -> bool:
    s0 = sent.start
    if cue.scope == "clause":
        return bool(cue.pattern.search(text, clause[0] - s0, clause[1] - s0))
    if cue.scope == "sentence":
        return bool(cue.pattern.search(text))
    if cue.scope == "before":
        return bool(cue.pattern.search(text, 0, start - s0))
    if cue.scope == "governs":  # "kündigte an, … zu reisen", not "telefonierte … und kündigte an"
        return bool(cue.pattern.search(text, 0, start - s0) or cue.pattern.search(text, clause[0] - s0, clause[1] - s0))
    if cue.scope == "after":  # a verb-final negation: "… enthielt die Erklärung nicht"
        return bool(cue.pattern.search(text, start - s0, clause[1] - s0 + 1))  # the clause's closing mark too
    if cue.scope == "prefix":  # "einen „ungeheuerlichen Angriff“": across the quote mark that opens a clause
        return bool(cue.pattern.search(text, max(s0, start - 40) - s0, start - s0))
    lo = max(clause[0], start - 40) - s0
    inner = min(end, clause[1]) if _SPACE.search(text, start - s0, end - s0) else start  # "erkennt X nicht an"
    return bool(cue.pattern.search(text, lo, inner - s0))


def _status(trigger: Trigger, sent: Sentence, clause: tuple[int, int], start: int, end: int,
            cues: list[StatusCue], said: str) -> str | None:
    """planned / occurred, or None when the event is negated, hypothetical or embedded (`cues`: the
    status cues that can match in `said`, the sentence with its Konjunktiv I verbs read as indicative,
    where they are looked for: "werfe … vor" is "wirft … vor"). An event noun after 'bei', 'während', 'nach' ... is
    presupposed: an announcement elsewhere in the sentence, or an agreement or invitation in its clause,
    does not make it planned ("kündigte an, bei seinem Besuch … zu unterzeichnen", "Bei dem Treffen
    vereinbarten sie …")."""
    status = "occurred"
    if _attributive(trigger, sent.text, clause[0] - sent.start, start - sent.start, end - sent.start):
        # "der von Ecuador ausgewiesene Botschafter äußerte sich nicht": the clause's verb is another act's;
        # only the participle's own phrase ("die zugesagte Hilfe", "der nicht ausgewiesene …") tells its status
        clause = (max(clause[0], start - 40), end)
        cues = [replace(c, scope="clause") if c.scope in _WIDE_SCOPES else c for c in cues]
    lead = _PRESUPPOSED.search(sent.text, 0, start - sent.start) if trigger.kind == "noun" else None
    presupposed = lead is not None
    # "vereinbarten in einem Telefonat, …": the call is how they agreed, not what they agreed on
    medium = trigger.kind == "noun" and bool(_MEDIUM.search(sent.text, 0, start - sent.start))
    standing = "standing" in trigger.flags and bool(_OWNED.match(sent.text, start - sent.start))
    for cue in cues:
        if cue.applies is not None and trigger.subtype not in cue.applies:
            continue
        if cue.status == "planned" and (standing or (presupposed and cue.scope in ("sentence", "before", "governs"))):
            continue  # "den Sanktionen der EU gegen Russland": a measure already in force
        if (lead is not None and cue.status == "planned" and cue.applies is not None
                and not cue.pattern.search(said, 0, start - sent.start)):
            continue  # "Bei dem Treffen vereinbarten sie …" took place; "beim vereinbarten Treffen" and
            # "vereinbarten, bei Gesprächen im Herbst …" are to come
        if medium and cue.status == "planned" and cue.applies is not None:
            continue  # a modal ("wollen in einem Telefonat klären") still makes it planned
        if cue.status == "habitual" and (status == "planned" or _YEAR_LIST.search(sent.text)):
            continue  # "vereinbarten, sich künftig jährlich zu treffen" is agreed; "regelmäßig (2019, 2021 und 2023)"
        if not _cue_hits(cue, said, sent, clause, start, end):
            continue
        if cue.status == "planned":
            status = "planned"
        else:
            return None
    return status


def _attributive(trigger: Trigger, text: str, c0: int, start: int, end: int) -> bool:
    """Is a verb trigger a one-word attributive participle inside a noun phrase ("der von Ecuador ausgewiesene
    mexikanische Botschafter", "die zugesagte Hilfe"): an article before it, with nothing or a lowercase-led
    phrase between, and its noun after it?"""
    return trigger.kind == "verb" and not _SPACE.search(text, start, end) \
        and bool(_ATTRIBUTIVE.match(text, start, min(len(text), end + 60))) \
        and bool(_ATTRIBUTIVE_LEAD.search(text, max(c0, start - 80), start))


def _verbal(subtype: str) -> bool:
    """A verbal act (criticism, demand, rejection ...): its PLOVER type is the same whether what it
    says lies ahead or not, so a future in its clause is its content."""
    return subtype != "other" and plover_type(subtype, "planned") == plover_type(subtype, "occurred")


def _cooperative(subtype: str) -> bool:
    """Does an event of this subtype build ties (an agreement, cooperation, aid), which a clause
    that ends them does not report?"""
    return subtype != "other" and plover_type(subtype, "occurred") in ("SUPPORT", "COOPERATE", "AID")


def _within_predicate(trig: Trigger, m: re.Match[str], said: str, sent: Sentence,
                      spans: list[tuple[int, int]]) -> re.Match[str]:
    """A separable verb whose gap runs past 'und' before a second verb ("wies X aus und setzte Y aus")
    closes inside its own predicate when it can: the last particle belongs to the second verb. `said` is
    the reading of the sentence `m` was found in."""
    start = sent.start + m.start()
    end = next((b for a, b in spans if a <= start < b), sent.end)
    if sent.start + m.end() <= end or not _COORDINATED.match(sent.text, end - sent.start):
        return m
    return trig.pattern.search(said, m.start(), end - sent.start) or m


def find_frames(analysis: Analysis, actors: DocActors) -> list[Frame]:
    """Every trigger match of the document, with weak and absorbed triggers removed."""
    frames: list[Frame] = []
    for si, sent in enumerate(analysis.sentences):
        spans: list[tuple[int, int]] | None = None  # the sentence's clauses, once a trigger matches
        taken: list[tuple[int, int]] = []
        found: list[Frame] = []
        possible = possible_patterns(sent.text)
        said = indicative(sent.text)  # "Indien weise … zurück" is also read as "Indien weist … zurück"
        readings = (sent.text,) if said is sent.text else (sent.text, said)
        told = possible if said is sent.text else Possible(possible.numbers | possible_patterns(said).numbers)
        for trig in possible_triggers(told):
            # whether the row's `excludes` regex hits the sentence, and its `requires` regex the reading: asked at
            # the row's first match only (most rows tried match nowhere); when so, no match (in the reading) counts
            excluded: bool | None = None if trig.excludes and trig.excludes in told else False
            for reading in readings:
                if excluded:
                    break
                asked = False  # whether `requires` was asked about this reading
                for m in trig.pattern.finditer(reading):
                    if excluded is None and trig.excludes:
                        excluded = any(trig.excludes.search(r) for r in readings)
                    if excluded:
                        break
                    if not asked:
                        asked = True
                        if trig.requires and not trig.requires.search(reading):
                            break
                    if spans is None:
                        spans = sentence_clauses(analysis, actors, si)
                        cues = possible_cues(told)
                    m = _within_predicate(trig, m, reading, sent, spans)
                    s, e = sent.start + m.start(), sent.start + m.end()
                    # a long match ("Vereinbarungen … getroffen") claims only its first and last word
                    spans_of_words = list(_WORD.finditer(m.group()))
                    claim = [(s, e)] if len(spans_of_words) <= 3 else [(s, s + spans_of_words[0].end()),
                                                                       (s + spans_of_words[-1].start(), e)]
                    if any(a < te and ts < b for a, b in claim for ts, te in taken):
                        continue
                    taken.extend(claim)
                    clause = next((c for c in spans if c[0] <= s < c[1]), (sent.start, sent.end))
                    status = _status(trig, sent, clause, s, e, cues, said)
                    if status == "planned" and _verbal(trig.subtype) and "prospect" not in trig.flags:
                        status = "occurred"  # "Serbien werde sich … nicht anschließen": the saying has happened
                    if status is not None:
                        found.append(Frame(trig, s, e, si, clause, status))
        if not found:
            continue
        if len(found) > 1:
            _link_objects(found, analysis.text)
            found = _promised(found, sent.text, sent.start)
        strong = {f.clause for f in found if "weak" not in f.trigger.flags}
        ended = {f.clause for f in found if "ends" in f.trigger.flags}
        summits = {f.clause for f in found if "summit" in f.trigger.flags
                   and not _SIDELINES.search(sent.text, max(0, f.start - sent.start - 25), f.start - sent.start)}
        threats = any(f.trigger.subtype == "threat" for f in found)
        condition = _condition_start(found, sent)
        talked = {f.clause for f in found if f.trigger.subtype in _CONSULTS}
        stay = any((f.trigger.subtype in VISITS or f.trigger.subtype == "summit") and "aside" not in f.trigger.flags
                   and "weak" not in f.trigger.flags for f in found)
        for f in found:
            if f.start >= condition and "conditional" not in f.trigger.flags:
                continue  # "Sollte X die Hilfe nicht einstellen, werde man …": neither the aid nor the measure
            if threats and f.status == "planned" and plover_type(f.trigger.subtype, "planned") == "THREATEN":
                continue  # "drohte, die Grenze zu schließen": one threat, not also a planned closure
            if "weak" in f.trigger.flags and f.clause in strong:
                continue
            if f.trigger.subtype == "demand" and _rejected(f, found, analysis.text):
                continue  # "lehnte die Forderung Athens ab": the rejection only, no demand by the rejecter
            if "aside" in f.trigger.flags and stay:
                continue  # "empfing sie während ihres Aufenthalts zu Gesprächen": the stay is told already
            if f.clause in ended and _cooperative(f.trigger.subtype) and "named" not in f.trigger.flags:
                continue  # "kündigte das Abkommen über die Zusammenarbeit auf": the ending, not the cooperation
                # (but "setzte den 2002 geschlossenen Vertrag aus" also tells that signing)
            if f.trigger.subtype in ("talks", "meeting") and f.clause in summits:
                continue
            frames.append(f)
            hosted = "meets_host" in f.trigger.flags and any(  # "wurde von Königin X empfangen": a named host
                p.prep == "von" and p.kind in ("PER", "ADJ") and f.clause[0] <= p.start < f.clause[1]
                for p in actors.by_sentence[si])
            if ("meets" in f.trigger.flags or hosted) and f.clause not in talked:  # "empfing seinen Amtskollegen"
                marks = frozenset({"hosted"} if hosted else ())
                frames.append(Frame(replace(f.trigger, subtype="meeting", flags=marks), f.start, f.end,
                                    si, f.clause, f.status))
    # a passive reception's meeting is told no more when talks follow in the next sentences
    talks = [f.sentence for f in frames if f.trigger.subtype in _CONSULTS and "hosted" not in f.trigger.flags]
    frames = [f for f in frames if "hosted" not in f.trigger.flags
              or not any(f.sentence <= s <= f.sentence + 2 for s in talks)]
    return sorted(frames, key=lambda f: f.start)


def _condition_start(found: list[Frame], sent: Sentence) -> int:
    """Where the condition of a conditional threat in the sentence opens ("Sollte X …, werde man …"), or
    past the sentence's end when it tells none."""
    starts = [max((m.start() for m in f.trigger.requires.finditer(sent.text, 0, f.start - sent.start)), default=None)
              for f in found if "conditional" in f.trigger.flags and f.trigger.requires]
    return min((sent.start + s for s in starts if s is not None), default=sent.end + 1)


class _Context(NamedTuple):
    """What every role of a frame starts from (RoleFiller.options)."""

    embedded: list[tuple[int, int]]  # relative clauses of the sentence other than the frame's
    parties: list[Party]  # the sentence's actors outside them, bar 'beide Länder' and 'das Nachbarland'
    in_clause: list[Party]  # those in the frame's clause
    bare: list[Party]  # those of the clause no preposition governs
    outer: list[Party]  # bare actors before the clause
    elided: bool
    inverted: bool


def _country_prefix(word: str) -> str | None:
    """The country a compound noun starts with ("Deutschlandbesuch" -> DEU), if any."""
    for cut in range(len(word) - 3, 3, -1):
        if word[cut].islower() and word[cut - 1].isalpha():
            code = country_code(word[:cut])
            if code:
                return code
    return None


class RoleFiller:
    """Fills a frame's source and target from the actors of its sentence."""

    def __init__(self, analysis: Analysis, layer: EntityLayer, actors: DocActors, times: list[TimeExpr]) -> None:
        self.analysis = analysis
        self.layer = layer
        self.actors = actors
        self.time_starts = sorted(t.start for t in times)
        self.summit_host: Party | None = None
        self.anaphora: dict[int, str] = {}  # sentence -> subtype of an event noun referring back
        self.last_source: Party | None = None  # the actor of the last event found: who a bare sentence is about
        self._last_frame: Frame | None = None  # the frame that event was found in
        self.last_visit: tuple[Party, Party] | None = None  # the last visit: its host hosts a summit held then
        self._visit_frame: Frame | None = None  # the frame that visit was found in
        self.last_target: dict[str, Party] = {}  # subtype -> target of the last event of that kind
        self._contexts: dict[tuple, _Context] = {}  # (sentence, clause, start, end, kind) -> the frame's context
        self._np_ends: dict[tuple[int, int], int] = {}  # (sentence, end of an event noun) -> end of its phrase
        self._topics: dict[tuple[int, bool], list[Party]] = {}  # (offset, roles) -> the topic persons before it
        self._relatives: dict[int, list[tuple[int, int]]] = {}  # sentence -> its relative clauses
        self._starts = [sent.start for sent in analysis.sentences]
        # per sentence, the persons the article's topic may be: its subject, then all, the last first
        # (a prefix of them when only those before an offset count: they are in order); those a pronoun
        # may stand for also include persons in office named by role ("der Außenminister Perus … , bevor er")
        self._told = [self._subject_first([p for p in parties if p.kind == "PER"]) for parties in actors.by_sentence]
        self._told_roles: dict[int, list[Party]] = {}  # sentence -> those, with persons named by office (_told_by)
        self._option_cache: dict[tuple, list[Party]] = {}  # options() of the roles without state
        self._filled: dict[int, tuple[Party, Party] | None] = {}  # id of a verbal frame with an act object -> pair
        self.stop_lists: set[int] = set()  # ids of visit frames whose places are a list of stops of one trip

    def _context(self, frame: Frame) -> _Context:
        """The actors around a frame and its clause's shape, computed once per frame position."""
        key = (frame.sentence, frame.clause, frame.start, frame.end, frame.trigger.kind)
        ctx = self._contexts.get(key)
        if ctx is None:
            c0, c1 = frame.clause
            embedded = self._relative_clauses(frame)
            # "Unter Vermittlung Katars unterzeichneten A und B": the mediator is a party of the mediation only
            mediation = word_class("mediation").match(self.analysis.text, frame.start)
            parties = [p for p in self.actors.by_sentence[frame.sentence] if p.kind not in ("GROUP", "PARTNER")
                       and not any(a <= p.start < b for a, b in embedded)
                       and not (p.mediator and not (mediation and 0 <= p.start - frame.end <= 50))]
            in_clause = [p for p in parties if c0 <= p.start < c1]
            ctx = self._contexts[key] = _Context(
                embedded, parties, in_clause, [p for p in in_clause if p.prep is None],
                [p for p in parties if p.prep is None and p.start < c0], *self._clause_shape(frame))
        return ctx

    def _synthetic(self, code: str, kind: str = "GPE") -> Party:
        return Party(-1, -1, country_name(code), code, None, kind)

    @staticmethod
    def _subject_first(people: list[Party]) -> list[Party]:
        return [p for p in people if p.prep is None][:1] + people[::-1]

    def _told_by(self, si: int) -> list[Party]:
        """The persons of sentence `si` a pronoun may stand for, including persons in office named by role."""
        found = self._told_roles.get(si)
        if found is None:
            parties = self.actors.by_sentence[si]
            found = self._told_roles[si] = self._subject_first([p for p in parties if p.kind == "PER" or (
                p.kind in ("ADJ", "GPE") and self._person_like(p))])
        return found

    def _topic(self, before: int, roles: bool = False) -> list[Party]:
        """The persons named last before `before`, one per country: the subject of each earlier
        sentence first (what 'er' or 'sie' refers to), then the others, most recent first; with `roles`
        (a pronoun's referent) also persons named by office."""
        found = self._topics.get((before, roles))
        if found is None:
            found = self._topics[(before, roles)] = self._find_topic(before, roles)
        return list(found)

    def _find_topic(self, before: int, roles: bool) -> list[Party]:
        found: list[Party] = []
        # a sentence starting at or after `before` names no one before it
        for si in range(bisect_left(self._starts, before) - 1, -1, -1):
            for p in (self._told_by(si) if roles else self._told[si]):
                if p.start < before and all(q.country != p.country for q in found):
                    found.append(p)
            if len(found) >= 3:
                break
        return found

    def _np_parties(self, frame: Frame, parties: list[Party]) -> list[Party]:
        """Actors inside the noun phrase of an event noun ("Besuch des Präsidenten X in Y")."""
        end = self.noun_phrase_end(frame)
        return [p for p in parties if frame.end <= p.start < end
                and (p.prep in (None, "von", "durch", "zwischen") or p.prep_at < frame.start)]

    def noun_phrase_end(self, frame: Frame) -> int:
        """Where the noun phrase after an event noun ends: it runs on through genitives,
        prepositional phrases, names and dates, and ends at a comma, a verb or an article that
        starts a new phrase ("während des Treffens die ...")."""
        key = (frame.sentence, frame.end)
        end = self._np_ends.get(key)
        if end is None:
            end = self._np_ends[key] = self._noun_phrase_end(frame.sentence, frame.end)
        return end

    def _noun_phrase_end(self, si: int, start: int) -> int:
        sent = self.analysis.sentences[si]
        end = sent.end
        after_prep = after_det = False
        for tok in sent.tokens[bisect_left(sent.tokens, start, key=lambda t: t.start):]:
            w = tok.text
            is_prep = first_class(w, _PREP_WORDS) is not None
            if is_prep or _GENITIVE.fullmatch(w) or (after_prep and word_class("det").fullmatch(w)):
                after_prep, after_det = is_prep, not is_prep
                continue
            if word_class("numeral").fullmatch(w):  # "von zwei tschechischen Diplomaten"
                after_prep, after_det = False, True
                continue
            if w[:1].isupper() or w[:1].isdigit() or w == "." or (after_det and _ADJECTIVE.search(w)):
                after_prep = False
                continue
            if _LIST_AND.fullmatch(w) and _NP_GOES_ON.match(sent.text, tok.end - sent.start):
                continue  # "Treffen 2023 in Bischkek und 2024 in Berlin"
            end = tok.start
            break
        return end

    def noun_phrase(self, frame: Frame) -> list[Party]:
        """Actors inside the noun phrase of an event noun."""
        return self._np_parties(frame, self.actors.by_sentence[frame.sentence])

    def _clause_shape(self, frame: Frame) -> tuple[bool, bool]:
        """(elided, inverted): a clause that starts with 'und' and its verb has left out its
        subject ("… und traf dabei X"); one that starts with a comma and the trigger verb has its
        subject after the verb, if any ("…, verlangte das Ministerium.", "…, lobte X dessen Mut")."""
        text = self.analysis.text
        c0, c1 = frame.clause
        m = _CLAUSE_HEAD.match(text, c0, c1)
        if m and _ENDS_UND.search(m.group(1)) and frame.trigger.kind != "noun" \
                and not text[frame.end:c1].strip(" .,;:!?"):
            return True, False  # "… haben X zurückgewiesen und Moskau für einen Ton gerügt"
        if frame.trigger.kind != "noun" and text[c0:c1].lstrip().startswith(",") \
                and word_class("infinitive").search(text, c0, frame.end):
            return True, False  # "kündigte an, Marokko Hubschrauber zu liefern": the governing clause's subject
        if not m or (m.start(2) != frame.start and not m.group(1).strip()):
            return False, False
        word = m.group(2)
        if not word[:1].islower() or _PARTICLE.match(text[m.start(2):m.start(2) + 8]) \
                or first_class(word, _SUBJECT_STOPS) is not None:
            return False, False
        if _ENDS_CONJUNCTION.search(m.group(1)):
            return True, False
        if m.start(2) != frame.start and "," in m.group(1) and self._after_apposition(frame):
            return True, False  # "Der Botschafter Polens, Jan Nowicki, hat … überreicht": subject before
        head = text[max(0, c0 - 8):c0]
        if m.start(2) == frame.start and "," in m.group(1) and self._after_apposition(frame) \
                and any(p.kind == "PER" and p.end == c0 - (len(head) - len(head.rstrip(" ,")))
                        for p in self.actors.by_sentence[frame.sentence]):
            return True, False  # "Die Präsidentin Mexikos, Claudia Sheinbaum, besucht …": the subject before
        if m.start(2) == frame.start and "," in m.group(1) and self._middle_of_chain(frame):
            return True, False  # "X reiste nach Rom, traf Y und besuchte Z": the chain's subject
        return False, m.start(2) == frame.start and "," in m.group(1)

    def _middle_of_chain(self, frame: Frame) -> bool:
        """Is a comma-led verb-first clause the middle of a chain of predicates of one subject
        ("X reiste nach Rom, traf Y und besuchte Z")? The sentence opens with its subject and a main
        clause (not a side clause, not a quote) whose subject is an actor named first, and an 'und' with a
        second verb follows."""
        sent = self.analysis.sentences[frame.sentence]
        text = self.analysis.text
        before = text[sent.start:frame.clause[0]]
        first = _WORD.match(before.lstrip())
        if not first or _QUOTES.search(before) or not first.group()[:1].isupper() \
                or first_class(first.group(), ("subordinator", "side_opener", "when")) is not None \
                or word_class("report_tail").match(text, frame.start) or word_class("subjunctive").search(before):
            return False
        m = _CLAUSE_HEAD.match(text, frame.clause[1], sent.end)
        if not (m and _ENDS_UND.search(m.group(1)) and m.group(2)[:1].islower()):
            return False
        subject = next((p for p in self.actors.by_sentence[frame.sentence]), None)
        return subject is not None and subject.end <= frame.clause[0] and all(
            w[:1].isupper() or _ADJECTIVE.search(w) for w in text[sent.start:subject.start].split())

    def _after_apposition(self, frame: Frame) -> bool:
        """Does the trigger's clause follow a short comma-enclosed apposition (", Jan Nowicki,")?"""
        sent = self.analysis.sentences[frame.sentence]
        text = self.analysis.text
        if not text[frame.clause[0]:frame.clause[1]].lstrip().startswith(","):
            return False
        last = text[sent.start:frame.clause[0]].rstrip().rsplit(",", 1)
        return len(last) == 2 and 0 < len(last[1].split()) <= 4

    def _relative_clauses(self, frame: Frame) -> list[tuple[int, int]]:
        """The relative clauses of the frame's sentence other than the frame's own clause, except those
        that describe a person."""
        found = self._relatives.get(frame.sentence)
        if found is None:
            found = self._relatives[frame.sentence] = self._sentence_relatives(frame.sentence)
        return [c for c in found if c != frame.clause]

    def _sentence_relatives(self, si: int) -> list[tuple[int, int]]:
        sent = self.analysis.sentences[si]
        text = self.analysis.text
        parties = self.actors.by_sentence[si]
        out = []
        for c in sentence_clauses(self.analysis, self.actors, si):
            if not _RELATIVE_CLAUSE.match(text[c[0]:c[1]]):
                continue
            antecedent = text[sent.start:c[0]].split()[-1:] or [""]
            if word_class("actor_noun").fullmatch(antecedent[0]) \
                    or any(p.kind == "PER" and p.end == c[0] for p in parties):
                continue  # "die neue Botschafterin, welche Deutschland vertritt": it says whom she stands for
            out.append(c)
        return out

    def options(self, role: str, frame: Frame, other: Party | None) -> list[Party]:
        """Candidates for one role, best first (`other` is the source when filling the target).
        Actors inside another clause's relative clause take no part in this frame."""
        if role in _STATEFUL:
            return self._options(role, frame, other)
        # what of `other` a role looks at: its entity (posted), whether there is one (any, dyad), or nothing
        seen = (other.entity if other else None) if role == "posted" else other is None if role in _OTHERED else 0
        key = (frame.sentence, frame.clause, frame.start, frame.end, frame.trigger.kind, role, seen)
        hit = self._option_cache.get(key)
        if hit is None:
            hit = self._option_cache[key] = self._options(role, frame, other)
        if role == "subj":  # "dem Tschad", "den Iran": an object, never the subject
            return [p for p in hit if not p.objective]
        return list(hit)

    def _options(self, role: str, frame: Frame, other: Party | None) -> list[Party]:
        c0, c1 = frame.clause
        embedded, parties, in_clause, bare, outer, elided, inverted = self._context(frame)
        text = self.analysis.text
        if role == "self":
            return [p for p in parties if frame.start <= p.start < frame.end]
        if role == "adj":  # "russische Angriffe", "amerikanische Sanktionen": the adjective before the noun
            before = [t for t in self.analysis.sentences[frame.sentence].tokens if t.end <= frame.start][-1:]
            codes = adjective_countries(before[0].text) if before and before[0].text[:1].islower() else []
            return [self._synthetic(c) for c in codes[:1]]
        if role == "compound":  # "das usbekisch-deutsche Forum", "sein Deutschlandbesuch"
            for tok in self.analysis.sentences[frame.sentence].tokens:
                if not frame.start <= tok.start < frame.end:
                    continue
                codes = adjective_countries(tok.text) if "-" in tok.text else []
                if len(codes) >= 2:
                    return [self._synthetic(c) for c in codes]
                head = _country_prefix(tok.text)
                if head:
                    return [self._synthetic(head)]
            return []
        if role == "cosubj":  # "Bei einem Treffen in Rom vereinbarten Italien und Albanien …": the subject's mates
            before = [t.text for t in self.analysis.sentences[frame.sentence].tokens if t.end <= frame.start][-1:]
            if before and word_class("poss").fullmatch(before[0]):
                return []  # "Bei ihrer Begegnung in Bern betonten A und B …": the meeting told before
            subject = self.options("subj", frame, None)[:1]
            return [p for p in bare if subject and p.chain == subject[0].chain != -1 and p is not subject[0]]
        if role == "cogen":  # "nach dem Treffen der Präsidenten Kenias und Ghanas": the genitive's mates
            first = self.options("gen", frame, None)[:1]
            return [p for p in parties if first and p.chain == first[0].chain != -1 and p is not first[0]]
        if role == "subj":
            speaker = self._speaker(frame)
            if speaker is not None:  # "X sagte, man habe Y aufgefordert": the speaker's side
                return speaker
            agent = attributive_agent(text, self.actors.by_sentence[frame.sentence], frame.start) \
                if frame.trigger.kind == "verb" else None
            if agent is not None:  # "Die von Tansania kritisierte Entscheidung Kenias": the von-phrase acts
                return [agent]
            inner = _INNER_RELATIVE.search(text, frame.start, frame.end) if frame.trigger.kind == "verb" else None
            sent, here = self.analysis.sentences[frame.sentence], self.actors.by_sentence[frame.sentence]
            if inner and any(a <= inner.start() < b for a, b in appositions(sent, here)):
                inner = None  # "wies am Montag, dem 3. Juni, den Attaché aus": the comma closes an apposition
            if inner:  # "den Grenzübergang, den die algerischen Behörden geschlossen hatten": its agent is inside
                agents = [p for p in self.actors.by_sentence[frame.sentence]
                          if inner.end() <= p.start < frame.end and p.prep is None
                          and p.kind not in ("GROUP", "PARTNER")]
                if agents:
                    return agents[:1]
            lead = text.rfind(",", c0, frame.start)
            rel = _OBJECT_RELATIVE.match(text, lead) if lead >= 0 and frame.trigger.kind == "verb" else None
            close = text.find(",", frame.end, c1)
            close = close if close >= 0 else c1
            if rel and _RELATIVE_CLAUSE.match(text[lead:close]) \
                    and not word_class("infinitive").search(text, lead, close):
                # "der Botschafter, den Kinshasa einbestellt hatte" (not ", den Botschafter auszuweisen"):
                # the antecedent is the object, not the subject
                agents = [p for p in bare if rel.end() <= p.start < frame.start]
                if agents:
                    return agents[:1]
            if _RELATIVE.match(text, c0):  # "das die Unabhängigkeit X anerkannte"; "die China X gewährt hat"
                if len(bare) >= 2 or outer:
                    return bare[:1] if len(bare) >= 2 else outer[-1:]
                # "Die Delegation aus Bhutan, die in Dhaka eingetroffen war": the delegation is the antecedent
                prior = [p for p in parties if p.end <= c0][-1:]
                return prior if prior and prior[0].prep == "aus" and self._person_like(prior[0]) else []
            first = _SECOND_WORD.match(text[frame.start:c1])
            if first and frame.trigger.kind != "noun" and word_class("pron").fullmatch(first.group(1)) \
                    and not any(p.start < frame.start for p in bare):
                return self._topic(frame.start, roles=True)[:1]  # "lehnte er die Forderungen Bulgariens ab"
            head = _AFTER_RELATIVE.match(text, self.analysis.sentences[frame.sentence].start, c0)
            if head and frame.trigger.kind != "noun" and text[c0:frame.start].strip(" ,") == "":
                # "X, der das Abkommen … kritisiert hatte, lehnte … ab": the relative clause's antecedent
                return [p for p in outer if p.end <= head.end(1)][-1:]
            if frame.trigger.kind != "noun" and _FRONTED.match(text[c0:frame.start].lstrip(" ,;:–—\"„“»«")) \
                    and not any(p.start <= c0 + 4 for p in bare):
                after = [p for p in bare if p.start > frame.start]
                if after:  # "Den Beschluss Rigas kritisierte Tallinn": the subject follows the verb
                    return after[:1]
            if frame.trigger.kind != "noun" and thing_fronted(text, c0, frame.start, bare):
                after = [p for p in bare if p.start > frame.start and len(text[frame.start:p.start].split()) == 1]
                if after:  # "Das Vorgehen Malawis kritisierte Sambia": the subject follows the verb
                    return after[:1]
            if inverted:
                sent = self.analysis.sentences[frame.sentence]
                last = not text[c1:sent.end].strip(" .!?\"“”")
                # "…, wies Israel den Gesandten aus": the subject right after the verb inside a separable trigger
                return [p for p in bare if p.start >= frame.end or (p.start > frame.start and len(
                    text[frame.start:p.start].split()) == 1)][:1] or ([] if last else outer[:1])
            if elided:  # the subject of the nearest clause before that names one
                last = self._last_frame
                if last is not None and last.sentence == frame.sentence and last.clause[1] <= c0 \
                        and last.trigger.kind == "verb" and self.last_source is not None:
                    return [self.last_source]  # "kritisierten X und forderten Y auf": the first verb's actor
                spans = sentence_clauses(self.analysis, self.actors, frame.sentence)
                for a, b in reversed([c for c in spans if c[1] <= c0]):
                    first = [p for p in outer if a <= p.start < b][:1]
                    if first:
                        return first
                return outer[:1]
            np = _NOUN_AFTER_VERB.match(text, frame.end, bare[0].start) if bare and bare[0].start >= frame.end \
                and frame.trigger.kind != "noun" else None
            if np and word_class("det").fullmatch(np.group(1)) and not word_class("actor_noun").fullmatch(np.group(2)):
                return []  # "kritisierten die Golfstaaten Iran": a subject that is no actor; the country is the object
            if bare and bare[0].start > frame.start and frame.trigger.kind != "noun" and any(
                    p.kind == "GROUP" and c0 <= p.start < frame.start and not text[c0:p.start].strip(" ,;:–—\"„“»«")
                    for p in self.actors.by_sentence[frame.sentence]):
                return []  # "Beide Länder kritisierten Russland": the group opening the clause is its subject
            vorfeld = text[c0:frame.start].lstrip(" ,;:–—\"„“»«")
            if bare and bare[0].start > frame.start and frame.trigger.kind != "noun" \
                    and (_NOMINATIVE.match(vorfeld) or (
                        _NOMINATIVE_PHRASE.match(vorfeld)
                        and not any(c0 <= p.start < frame.start for p in self.actors.by_sentence[frame.sentence]))) \
                    and not _ENDS_ARTICLE.search(text[frame.start:bare[0].start]):
                return []  # "Die Arabische Liga forderte Israel auf": the subject before the verb is no actor
            titled = _TITLED.match(text[c0:frame.start].lstrip(" ,;:–—\"„“»«"))
            if bare and bare[0].start > frame.start and frame.trigger.kind != "noun" and titled \
                    and word_class("actor_noun").fullmatch(titled.group(1)):
                return []  # "Außenminister Aiman al-Safadi forderte Israel auf": a titled name of no known country
            pron = word_class("pron").search(text, c0, bare[0].start if bare else c1)
            if pron and pron.start() < frame.start:
                return []  # "Im Januar hat er Deutschland einen Besuch abgestattet": the pronoun is the subject
            fronted = self._fronted_phrase_subject(frame, bare)
            if fronted is not None:  # "Nach dem Sturz der Regierung X hat die Bundesregierung Y unterstützt"
                return fronted
            # not "den Botschafter Kolumbiens", not the inviter of "Auf Einladung des Präsidenten X, N. N., hat Y …"
            return [p for p in bare if not p.objective][:1] or [p for p in outer if not p.objective][:1]
        if role == "obj":
            subj = self.options("subj", frame, None)
            mates = [p for p in bare if p in subj or (p.chain >= 0 and any(p.chain == q.chain for q in subj))]
            # "sicherten Tunesien ihre Unterstützung zu": the dative inside a separable verb's frame
            inside = [p for p in bare if frame.start < p.start < frame.end and p not in mates]
            after = inside + [p for p in bare if p.start >= frame.end and p not in subj and p not in mates]
            # "den EU-Beitritt Serbiens": the compound's first part only qualifies the noun; the genitive is the object
            after = [p for p in after if not (text[p.end:p.end + 1] == "-"
                                              and any(0 < q.start - p.end < 25 for q in after))]
            gap_end = after[0].start if after and after[0].start >= frame.end else c1
            if word_class("guest").search(text, frame.start, gap_end):
                return self._topic(frame.start)  # "lobte den Gast und sicherte ihm …": the visitor told of before
            if inverted and not after:
                return outer[:1]
            before = [p for p in bare if p.start < frame.start and p not in mates]
            return after or before or [p for p in outer if p not in subj]
        if role == "gen":
            before = [p for p in parties if p.end <= frame.start and text[p.start:p.end].endswith("s")
                      and len(text[p.end:frame.start].split()) <= 1]
            return before + self._np_parties(frame, parties)
        if role in ("poss", "pron"):
            cls = word_class(role)
            window = text[max(c0, frame.start - 25):frame.start] if role == "poss" else text[c0:c1]
            if not cls.search(window):
                return []
            # "Er habe mit dem Präsidenten Senegals telefoniert, sagte der Präsident Mauretaniens": with no one
            # named before, a pronoun subject stands for the speaker named after its clause
            return self._topic(frame.start, roles=True) or (self._tail_speaker(frame) or [] if role == "pron" else [])
        if role == "topic":
            return self._topic(frame.start)
        if role == "speaker":  # who tells the reported clause: "…, sagte der Gast aus Seoul"; "X sagte, man …"
            opens = not self.analysis.text[self.analysis.sentences[frame.sentence].start:c0].strip(" \"„“”»«'‘’")
            return self._speaker(frame) or self._tail_speaker(frame) or self._lead_speaker(frame) \
                or (self._chain_speaker(frame.sentence) if opens else [])  # "X sagte, …. Ruanda müsse …"
        if role == "that":  # "erwarte, dass Zagreb …": the actor named first, right after the trigger's conjunction
            return [p for p in self.actors.by_sentence[frame.sentence]
                    if frame.end <= p.start <= frame.end + 30 and p.prep is None][:1]
        if role == "order":  # "auf Anweisung Ankaras abgezogen": who ordered the act
            cues = word_class("order_cue").finditer(text, c0, c1)
            return [p for m in cues for p in in_clause if m.end() < p.start <= m.end() + 30][:1]
        if role == "guest":  # "Ruto empfing seinen Gast": the person the article told of before
            return self._topic(frame.start) if word_class("guest").search(text, frame.end, c1) else []
        if role in _PREP_ROLES:
            hits = [p for p in in_clause if p.prep == role]
            if role == "zwischen":  # "des Korridors zwischen A und B" in another clause is a place, not the parties
                return hits
            if role == "dest" and not hits:  # "…vorgedrungen; erst ein Urteil in Den Haag …": not on past a ';'
                return [p for p in parties if p.prep == role and ";" not in text[frame.end:p.start]]
            return hits or [p for p in parties if p.prep == role]
        if role == "any":  # places (in X, nach X) are not actors, nor a topic "zwischen A und B" (Korridor)
            ordered = [p for p in in_clause if p.prep not in ("dest", "zwischen")]
            if other is not None and _RELATIVE_CLAUSE.match(text[c0:c1]):
                return ordered  # "…, das die Polisario unterstützt": what a relative clause is about is inside it
            ordered += [p for p in parties if p not in ordered and p.prep not in ("dest", "zwischen")]
            if other is None:  # a source is not governed by für, gegen, an, mit, in
                ordered = [p for p in ordered if p.prep not in _NOT_SOURCE and not (inverted and p.start < c0)]
            return ordered
        lead = text.rfind(",", self.analysis.sentences[frame.sentence].start, frame.start)
        if role == "dyad" and other is not None and lead >= 0 and _RELATIVE_CLAUSE.match(text[lead:c1]):
            thing = _THING_OBJECT.match(text, lead)
            if thing and not word_class("actor_noun").fullmatch(thing.group(1)) \
                    and not any(thing.start(1) <= p.start < thing.end(1) for p in parties):
                return []  # what the clause acts on is named, and it is no state
        if role == "group_obj":  # "rief beide Seiten zur Zurückhaltung auf": a group after the verb is addressed
            if not any(p.kind == "GROUP" and frame.start <= p.start < c1
                       for p in self.actors.by_sentence[frame.sentence]):
                return []
            return [self._synthetic(c, "GROUP") for c in self.actors.group_pair(frame.sentence)]
        if role in ("group", "partner", "dyad"):
            kinds = {"group": "GROUP", "partner": "PARTNER"}
            scope = [p for p in self.actors.by_sentence[frame.sentence] if role == "partner" or p.start < c1]
            if role != "dyad" and not any(p.kind == kinds[role] for p in scope):
                return []
            if role == "group":
                return [self._synthetic(c, "GROUP") for c in self.actors.group_pair(frame.sentence)]
            return [self._synthetic(c, "GPE") for c in self.actors.dyad]
        if role == "home":  # "Der nächste Gipfel soll in Brasília stattfinden": a place of the article's two countries
            return [p for p in in_clause
                    if p.prep == "dest" and p.kind in ("GPE", "ADJ") and p.country in self.actors.dyad]
        if role == "host":
            hosts = [p for p in parties if frame.start <= p.start < frame.end and p.prep == "dest"
                     and p.kind in ("GPE", "ADJ")]
            hosts = hosts or [p for p in in_clause if p.prep == "dest" and p.kind in ("GPE", "ADJ")]
            if not hosts:  # "zum Gipfel …, der im Mai in Tokio stattfinden soll": the summit's own relative clause
                follows = [p for p in self.actors.by_sentence[frame.sentence] if p.start >= c1 and p.prep == "dest"
                           and p.kind in ("GPE", "ADJ") and any(a <= p.start < b for a, b in embedded)]
                hosts = follows[:1]
            if not hosts and word_class("host_cue").search(self.analysis.sentences[frame.sentence].text):
                hosts = [p for p in parties if p.prep == "von"]  # "unter dem Vorsitz von", "auf Einladung von"
            if hosts:
                self.summit_host = hosts[0]
                return hosts[:1]
            return [self.summit_host] if self.summit_host else []
        if role == "prev":
            return [self.last_source] if self.last_source else []
        if role == "posted" and other is not None and other.entity is not None:
            for role_text in self.layer.entities[other.entity].roles:
                m = _ROLE_PLACE.search(role_text)
                code = m and (country_code(m.group(1)) or place_country(m.group(1)))
                if code:
                    return [self._synthetic(code)]
        return []

    def _fronted_phrase_subject(self, frame: Frame, bare: list[Party]) -> list[Party] | None:
        """The subject of a verbal clause that opens with a prepositional phrase naming an actor ("Nach dem Sturz
        der Regierung X hat Y …", "Nach dem Sturz X' unterstützte Y …"): the first bare actor after its finite
        verb; None when the clause has no such shape."""
        text = self.analysis.text
        c0 = frame.clause[0]
        if frame.trigger.kind == "noun" or not bare or bare[0].start > frame.start:
            return None
        opening = word_class("opening_prep").match(text, c0 + len(text[c0:frame.start]) - len(
            text[c0:frame.start].lstrip(" ,;:–—\"„“»«")))
        if opening is None:
            return None
        aux = word_class("finite_aux").search(text, bare[0].end, frame.start)
        verb_end = aux.end() if aux is not None else frame.end
        after = [p for p in bare if p.start >= verb_end and not p.objective]
        return after[:1] if after and not any(verb_end <= p.start < after[0].start for p in bare) else None

    def _speaker(self, frame: Frame) -> list[Party] | None:
        """The speaker whose side 'man' or 'wir' as the clause's subject stands for ("X sagte, man habe Y
        aufgefordert", "…, so X", "X: Wir verlangen von Y …"): the nearest actor named bare (or after
        'laut') outside the clause; for 'wir' without one, the person the article told of last. None when
        the clause's subject is no such pronoun."""
        if frame.trigger.kind == "noun":
            return None
        text = self.analysis.text
        c0, c1 = frame.clause
        cls = word_class("speaker_pron")
        m = cls.search(text, c0, frame.start)
        if m is not None:
            pos, pronoun = m.start(), m.group()
        else:
            second = _SECOND_WORD.match(text, frame.start, c1)  # "Solche Vorwürfe weisen wir zurück"
            if not second or not cls.fullmatch(second.group(1)):
                return self._tail_speaker(frame) if self._subjectless(frame) else None
            pos, pronoun = second.start(1), second.group(1)
        if any(p.start < pos for p in self._context(frame).bare):
            return None  # "Serbien und wir …": a named subject comes first
        outside = [p for p in self.actors.by_sentence[frame.sentence] if not c0 <= p.start < c1
                   and p.prep in (None, "laut") and p.kind in ("PER", "ORG", "ADJ")]
        if outside:
            return [min(outside, key=lambda p: p.start - c1 if p.start >= c1 else c0 - p.end)]
        tail = self._tail_speaker(frame)
        if tail:  # "Man habe Rom aufgefordert, …, sagte der Präfekt von Nizza": the speaker's town
            return tail
        if word_class("speaker_we").fullmatch(pronoun):
            return self._topic(frame.start)[:1]
        if word_class("reported_man").search(text, max(c0, pos - 30), min(c1, pos + 40)):
            return self._chain_speaker(frame.sentence) or None  # "X erklärte, …. Man bedaure jedoch …"
        return None

    def _chain_speaker(self, si: int) -> list[Party]:
        """The speaker of the nearest of the two sentences before that has a reporting verb ("X erklärte, …",
        "…, sagte X"), whose quote a Konjunktiv sentence without one goes on with."""
        text = self.analysis.text
        for prev in range(si - 1, max(-1, si - 3), -1):
            sent = self.analysis.sentences[prev]
            m = word_class("report_tail").search(text, sent.start, sent.end)
            if m is None:
                continue
            parties = [p for p in self.actors.by_sentence[prev]
                       if p.prep in (None, "von", "aus", "laut") and p.kind in ("PER", "ORG", "ADJ", "GPE")]
            after = [p for p in parties if p.start >= m.end()]
            if text[sent.start:m.start()].rstrip(" \"“”»«'‘’").endswith(","):
                return after[:1]  # "…, sagte X."
            return ([p for p in parties if p.end <= m.start()] or after)[:1]  # "X sagte am Montag, …"
        return []

    def _subjectless(self, frame: Frame) -> bool:
        """Does a verb's clause name no actor or pronoun before the trigger ("Die Zugehörigkeit der Inseln
        werde nicht verhandelt"), so that a speaker after it may be its actor?"""
        text = self.analysis.text
        c0 = frame.clause[0]
        return not any(p.start < frame.start for p in self._context(frame).bare) \
            and not word_class("pron").search(text, c0, frame.start) \
            and not _RELATIVE.match(text, c0) and not word_class("infinitive").search(text, c0, frame.end)

    def _us(self, frame: Frame) -> list[Party]:
        """The speaker's side when a verb's clause in an answer or quote names it as object ('uns',
        'unserem Land': "Präsident X hat uns zugesagt, …"), not as subject ('wir … uns'): the nearest
        actor named bare outside the clause, the speaker after a reporting verb, or the person told of last."""
        if frame.trigger.kind == "noun":
            return []
        text = self.analysis.text
        c0, c1 = frame.clause
        if not word_class("speaker_us").search(text, c0, c1) or word_class("speaker_pron").search(text, c0, c1):
            return []
        outside = [p for p in self.actors.by_sentence[frame.sentence] if not c0 <= p.start < c1
                   and p.prep in (None, "laut") and p.kind in ("PER", "ORG", "ADJ")]
        if outside:
            return [min(outside, key=lambda p: p.start - c1 if p.start >= c1 else c0 - p.end)]
        return self._tail_speaker(frame) or self._topic(frame.start)[:1]

    def _tail_speaker(self, frame: Frame) -> list[Party] | None:
        """The speaker named after a reporting verb that opens a later clause of the sentence ("…, sagte der
        Gast aus Seoul", "…, hieß es aus Laibach")."""
        text = self.analysis.text
        sent = self.analysis.sentences[frame.sentence]
        c1 = frame.clause[1]
        for m in word_class("report_tail").finditer(text, c1, sent.end):
            if not text[:m.start()].rstrip(" \"“”»«'‘’").endswith(","):
                continue  # the reporting verb opens a clause of its own
            speakers = [p for p in self.actors.by_sentence[frame.sentence] if p.start >= m.end()
                        and (p.prep in (None, "von", "aus", "laut") and p.kind in ("PER", "ORG", "ADJ", "GPE")
                             or p.prep == "dest" and p.kind == "GPE"
                             and text.startswith("in ", p.prep_at))]  # "…, sagte der Sprecher in Quito"
            return speakers[:1] or None
        return None

    def _lead_speaker(self, frame: Frame) -> list[Party]:
        """The speaker of a reporting verb that ends right before the clause with its comma ("Der Gast aus Seoul
        sagte, Vietnam sei …"), the first actor named in the sentence before the comma."""
        text = self.analysis.text
        sent = self.analysis.sentences[frame.sentence]
        c0 = frame.clause[0]
        verbs = [m for m in word_class("report_tail").finditer(text, sent.start, c0)
                 if text[m.end():c0 + 1].strip(" \"“”»«'‘’") == ","]
        if not verbs:
            return []
        return [p for p in self.actors.by_sentence[frame.sentence] if p.end <= c0
                and p.prep in (None, "von", "aus", "laut") and p.kind in ("PER", "ORG", "ADJ", "GPE")][:1]

    def _anaphoric(self, frame: Frame) -> bool:
        """Does an event noun refer back to an event already reported ("während dieses Besuchs")?"""
        if frame.trigger.kind != "noun" or "named" in frame.trigger.flags:
            return False
        if (frame.trigger.subtype in VISITS and self.last_visit is not None
                or frame.trigger.subtype in ("meeting", "talks") and frame.trigger.subtype in self.last_target) \
                and _RETOLD.fullmatch(self.analysis.text, frame.clause[0], frame.start):
            return True  # "Es ist seine erste Auslandsreise seit …", "Es war das erste Treffen …": told before
        if any(p.prep == "zwischen" and frame.end <= p.start < frame.clause[1]
               for p in self.actors.by_sentence[frame.sentence]):
            return False  # "die Sitzung des Rates für Zusammenarbeit zwischen A und B" names its parties
        sent = self.analysis.sentences[frame.sentence]
        before = [t.text for t in sent.tokens if t.end <= frame.start][-2:]
        if not before or not word_class("anaphor").fullmatch(before[-1]):
            # a possessive refers back too ("während seines Aufenthalts") unless the phrase says more
            if not before or not word_class("poss").fullmatch(before[-1]):
                return False
            end = self.noun_phrase_end(frame)
            parties = self.actors.by_sentence[frame.sentence]
            if any(frame.end <= t < end for t in self.time_starts) or self.options("compound", frame, None) \
                    or any(frame.end <= p.start < end or p.kind in ("GROUP", "PARTNER") for p in parties) \
                    or len({p.country for p in parties}) > 1:
                return False
        parties = self.actors.by_sentence[frame.sentence]
        if self._np_parties(frame, parties) or self.options("gen", frame, None):
            return False
        # "hat die Sanktionen gegen Nordkorea im März verhängt": a definite noun whose phrase names its
        # counterpart tells a new act when no act of its kind was told before
        if plover_type(frame.trigger.subtype, "occurred") == "CONSULT" and before[-1][:1].islower() \
                and any(frame.end <= t < self.noun_phrase_end(frame) for t in self.time_starts):
            return False  # "Bei den Regierungsverhandlungen im November 2023 …": dated in its own phrase, a new one
        if plover_type(frame.trigger.subtype, "occurred") == "CONSULT" or frame.trigger.subtype in self.last_target \
                or word_class("genitive_only").fullmatch(before[-1]) or (len(before) == 2 and before[0][:1].isupper()):
            return True  # "In den Gesprächen mit X": a meeting or stay, mostly the one the article tells; "die
            # Einhaltung des Embargos gegen X": a measure named as the attribute of another noun
        end = self.noun_phrase_end(frame)
        c0, c1 = frame.clause
        return not (any(frame.end <= p.start < end and p.prep in _NP_COUNTERPART for p in parties)
                    and any(p.prep is None and c0 <= p.start < c1 and not frame.end <= p.start < end for p in parties))

    def fill(self, frame: Frame) -> tuple[Party, Party] | None:
        """The best (source, target) pair of different countries, or None. When no source role
        names an actor itself, the target is found first and the source chosen against it."""
        if frame.object_of is not None:
            pair = self._object_act(frame, frame.object_of)
        else:
            pair = self._fill(frame)
            if frame.trigger.subtype in ("talks", "meeting") and (
                    pair is None or all(p.country != pair[1].country for p in self._context(frame).parties)):
                pair = self._met_on_visit(frame) or pair  # a counterpart whose country is not named
            if frame.act_object is not None:
                pair = self._about_act(frame, frame.act_object, pair)
            self._filled[id(frame)] = pair
        if pair is not None and "person" in frame.trigger.flags and not self._person_like(pair[0]):
            return None  # "Die Lage war im März in Kiew …": a stay is told only of people
        if pair is not None:
            self.last_source, self._last_frame = pair[0], frame
            self.last_target[frame.trigger.subtype] = pair[1]
            if frame.trigger.subtype in VISITS:
                self.last_visit, self._visit_frame = pair, frame
        return pair

    def _act_agents(self, frame: Frame) -> list[Party]:
        """Who an act noun's own phrase names as its agent: the country adjective before it, a genitive."""
        return [p for p in self.options("adj", frame, None) + self.options("gen", frame, None)
                if p.prep not in ("auf", "gegen", "an")]

    def _blames(self, verbal: Frame, act: Frame) -> bool:
        """Does a verbal act blame its object for the act noun ("wirft Y einen Angriff vor", "kritisierte Y
        wegen des Angriffs")?"""
        text = self.analysis.text
        return bool(word_class("accuse_dative").search(text, verbal.start, verbal.end)
                    or (verbal.end <= act.start and _REASON.search(text, verbal.end, act.start)))

    def _object_act(self, frame: Frame, verbal: Frame) -> tuple[Party, Party] | None:
        """An act noun that is the object of a verbal act ("Kanada verurteilte den Angriff Ecuadors auf
        Peru"): only its own phrase names its parties, never the critic. After an accusation with a
        dative ("X wirft Y einen Angriff vor") the accused is the agent and the accuser the target."""
        agents = self._act_agents(frame)
        end = self.noun_phrase_end(frame)
        targets = [p for p in self.actors.by_sentence[frame.sentence]
                   if frame.end <= p.start < end and p.prep in ("auf", "gegen", "an")]
        told = self._filled.get(id(verbal))
        if told is not None and self._blames(verbal, frame):
            agents, targets = agents or [told[1]], targets or [told[0]]
        return next(((s, t) for s in agents for t in targets if s.country != t.country), None)

    def _about_act(self, frame: Frame, act: Frame,
                   pair: tuple[Party, Party] | None) -> tuple[Party, Party] | None:
        """A verbal act on an act noun whose agent its phrase names ("verurteilte den ecuadorianischen
        Angriff"): that agent is the target, unless the verb takes the accused as a dative ("wirft Y … vor")."""
        if self._blames(frame, act):
            return pair
        source = pair[0] if pair is not None else next(iter(self.options("subj", frame, None)), None)
        if source is None:
            return pair
        agent = next((p for p in self._act_agents(act) if p.country != source.country), None)
        return (source, agent) if agent is not None else pair

    def _person_like(self, party: Party) -> bool:
        """A person, a delegation ("eine Delegation aus Vietnam", "die kenianische Delegation") or a person in
        office named by role ("der ugandische Präsident", "die Präsidentin Südafrikas", "der König von Jordanien",
        "Chiles Präsidentin": event_actors marks these as `person`)."""
        if party.kind == "PER" or party.person:
            return True
        text = self.analysis.text
        if party.kind == "ADJ":
            return any(word_class(c).search(text, party.start, party.end) for c in ("delegation", "person_role"))
        if party.prep not in (None, "aus", "von"):
            return False
        at = party.start if party.prep is None else party.prep_at
        lead = text[max(0, at - 40):at].split()[-2:]
        if lead and party.prep is None and _GENITIVE.fullmatch(lead[-1]):
            lead = lead[:-1]  # "der Präsident der Malediven"
        before = lead[-1] if lead else ""
        return bool(word_class("delegation").fullmatch(before)
                    or (party.prep != "aus" and word_class("person_role").fullmatch(before)))

    def _listed_stops(self, frame: Frame) -> tuple[Party, Party] | None:
        """"Auf seiner Reise will der Minister noch A, B und C besuchen", "Weitere Stationen der Reise sind
        A, B und C": a list of countries in a visit's clause that names no other actor, after a possessive, a
        stop noun or a role noun ('sie' may be the plural visitors), is where the traveller told of goes next
        (one visit each); the list's members never visit each other."""
        if frame.trigger.subtype not in VISITS:
            return None
        _, _, in_clause, bare, _, _, _ = self._context(frame)
        listed = [p for p in in_clause if p.chain >= 0 and p.prep in (None, "dest") and p.kind == "GPE"]
        named = [p for p in bare if p not in listed]  # "der Minister": a role noun standing for the traveller
        if len(listed) < 2 or any(p.chain != listed[0].chain for p in listed) or any(not p.by_role for p in named):
            return None
        text = self.analysis.text
        lead = text[frame.clause[0]:listed[0].start]
        before = _last_word(lead)
        if before and word_class("actor_noun").fullmatch(before):
            return None  # "die Außenminister Chiles und Perus": the list names whose ministers act
        if not any(word_class(c).search(lead) for c in ("poss", "stops", "actor_noun")):
            return None
        traveller = named[0] if named else self.last_visit[0] if self.last_visit is not None \
            else next(iter(self._topic(frame.start)), None)
        self.stop_lists.add(id(frame))
        if word_class("stops").search(lead) and _STOPS_AHEAD.search(text, listed[0].start - 12, listed[0].start):
            frame.status = "planned"  # "Weitere Stationen sind A, B und C": still to come
        if traveller is None:
            return None
        return next(((traveller, p) for p in listed if p.country != traveller.country), None)

    def _fill(self, frame: Frame) -> tuple[Party, Party] | None:
        stops = self._listed_stops(frame)
        if id(frame) in self.stop_lists and stops is not None:
            return stops
        if self._anaphoric(frame):
            self.anaphora[frame.sentence] = frame.trigger.subtype
            return None
        trig = frame.trigger
        voiced = _verbal(trig.subtype) and self._voiced(frame)
        if self._domestic_antecedent(frame):
            return None  # "Kritik kam von der Opposition, die Petro vorwarf, …": the relative pronoun is domestic
        if "mit" in trig.target and self._domestic(frame):
            return None  # "nachdem sich X mit Vertretern der Gelbwesten getroffen hatte"
        if "summit" in trig.flags:
            host = self.options("host", frame, None)
            visit = self.last_visit
            if not host and visit is not None:  # a summit during a visit is hosted by the visited country
                host = [visit[1]] if any(p.country == visit[0].country
                                         for p in self._collect(trig.source, frame, visit[1], False)) else []
            if host:
                for source in self._collect(trig.source, frame, host[0], independent=False):
                    if source.country != host[0].country:
                        return source, host[0]
                return None
        if self._bare_presupposed(frame):
            return None  # "Nach tödlichen Gefechten an der Grenze hat Pakistan …": whose act, the noun does not say
        joined = self._joined(frame)
        if joined is not None:  # "X hatte sich dieser Forderung angeschlossen": toward the earlier demand's target
            for source in self._collect(trig.source, frame, joined, independent=False):
                if source.country != joined.country:
                    return source, joined
        if trig.subtype == "criticism" and self._condemns_domestic(frame):
            return None  # "verurteilte den Umsturzversuch in Niger": no culprit state is named
        patients = self._patients(frame)
        if not patients and "needs_patient" in trig.flags:
            return None  # "Die Polizei nahm zwei Demonstranten fest": a domestic arrest
        actors = self._collect(trig.source, frame, patients[0], independent=False) if patients else []
        if patients and trig.subtype == "sanction" and actors and actors[0] not in patients \
                and actors[0].country == patients[0].country:
            patients = []  # "Moskau verhängte ein Flugverbot für russische Airlines": its own, the target is elsewhere
        if patients:  # "weitere russische Diplomaten ausgewiesen": the adjective names the target
            for source in actors:
                if source not in patients and source.country != patients[0].country:
                    return source, patients[0]
            return None
        agent = self._passive_agent(frame)
        if agent is not None:  # "Sri Lanka wurde von China ein Kredit gewährt": the von-phrase acts
            for target in self._collect(trig.target, frame, agent, independent=False):
                if target.country and target.country != agent.country and target is not agent:
                    return agent, target
        sources = self._collect(trig.source, frame, None, independent=True)
        if not sources:
            for target in self._collect(trig.target, frame, None, independent=True)[:4]:
                for source in self._collect(trig.source, frame, target, independent=False):
                    if voiced and not (frame.clause[0] <= source.start < frame.clause[1] and source.prep is None):
                        continue
                    if source.country != target.country and not self._co_listed(frame, source, target):
                        return source, target
            sources = self._collect(trig.source, frame, None, independent=False)
        if voiced:  # "Kritik kam von der Opposition": only a state actor named in the clause still acts
            sources = [p for p in sources if frame.clause[0] <= p.start < frame.clause[1] and p.prep is None]
        us = self._us(frame)
        if us:  # "Schweden hat uns Minenräumer angeboten": toward the speaker's side, never from it
            sources = [p for p in sources if p.country != us[0].country] or [  # "wurde aus Moskau ausgewiesen"
                p for p in self._collect(trig.target, frame, us[0], independent=False) if p.country != us[0].country]
        for source in sources[:4]:
            targets = us + self._collect(trig.target, frame, source, independent=False)
            if source.kind == "GROUP":  # "die Staatschefs beider Länder": the other of the two
                targets = self.options("group", frame, source) + targets
            for target in targets:
                if target.country and target.country != source.country \
                        and not self._co_listed(frame, source, target):
                    return source, target
        return None

    def _met_on_visit(self, frame: Frame) -> tuple[Party, Party] | None:
        """Talks or a meeting told after a visit in its sentence, with no other country's actor in its clause
        ("reiste nach Z und sprach dort mit General Y", "bei einem Besuch in Z mit Ministerin Y gesprochen"):
        the visitor's talks with the hosts (a counterpart whose country is not named is met at the visit's place)."""
        visit, seen, text = self.last_visit, self._visit_frame, self.analysis.text
        if frame.trigger.subtype not in ("talks", "meeting") or visit is None or seen is None \
                or seen.sentence != frame.sentence or seen.start >= frame.start or self._domestic(frame):
            return None
        c0, c1 = frame.clause
        ctx = self._context(frame)
        before = max(c0, frame.start - 12)
        if frame.trigger.kind == "noun" and word_class("visit_purpose").search(text, before, frame.start):
            return None  # "war zu Gesprächen in Kampala": the purpose of the visit, not talks of their own
        if not word_class("mit").search(text, c0, c1) or word_class("group").search(text, c0, c1) \
                or word_class("group_persons").search(text, c0, c1):
            return None  # "spricht vor den Truppen": no counterpart; "beide Präsidenten": the group's two sides
        own = {visit[0].start, visit[1].start}
        if any(p.start not in own and p.country != visit[0].country for p in ctx.in_clause):
            return None
        host = visit[1]  # "nach Z gereist": the talks are with Z's country, not with the town
        return visit[0], self._synthetic(host.country) if host.kind == "GPE" else host

    def _co_listed(self, frame: Frame, source: Party, target: Party) -> bool:
        """Are source and target members of one list ("Chile, Peru und Bolivien froren ihre Beziehungen zu
        Paraguay ein", "ihre Botschafter aus A, B und C")? Co-subjects act together, never on each other,
        unless the act is one of equals or the clause says it was mutual ("beschuldigten sich gegenseitig").
        The article's main countries standing in for unnamed actors are no pair from such a list either."""
        if is_symmetric(frame.trigger.subtype) or "joint" in frame.trigger.flags or source.prep == "zwischen":
            return False
        if source.start >= 0 and target.start >= 0 and source.prep != target.prep:
            return False
        sentence = self.actors.by_sentence[frame.sentence]

        def chains(p: Party) -> set[int]:
            if p.start >= 0:
                return {p.chain} - {-1}
            return {q.chain for q in sentence if q.country == p.country} - {-1}
        text = self.analysis.text
        for chain in chains(source) & chains(target):
            members = [p for p in sentence if p.chain == chain]
            # a list joined by 'und', 'oder' or an ally's 'an der Seite', not an apposition ("der Botschafter Y, N,
            # Präsident M")
            if any(word_class(c).search(text, members[0].end, members[-1].start)
                   for c in ("conj_and", "conj_or", "ally_gap")):
                return not word_class("mutual").search(text, *frame.clause)
        return False

    def _condemns_domestic(self, frame: Frame) -> bool:
        """Does a verbal criticism condemn a violent act inside a country ("verurteilte den Anschlag in
        Kabul", "hat den Putschversuch in Niger verurteilt") without naming a culprit: no country
        adjective on the act, no genitive after it, no other actor before it than the subject?"""
        if frame.trigger.kind != "verb":
            return False
        text = self.analysis.text
        c0, c1 = frame.clause
        act = _DOMESTIC_ACT.search(text, c0, c1)
        if act is None or text[act.start(1):act.start(1) + 1].islower() and adjective_countries(act.group(1)):
            return False
        in_clause = self._context(frame).in_clause
        subject = next((p for p in in_clause if p.prep is None), None)
        named = [p for p in in_clause if p is not subject and (p.start < act.start() or (
            act.start() <= p.start <= act.end() + _CULPRIT_REACH and p.prep is None))]
        return not named

    def _passive_agent(self, frame: Frame) -> Party | None:
        """The agent of an active-verb row read in a werden-passive ("Die Grenze zu X wurde von Y
        geschlossen", "Sri Lanka wurde von China ein Kredit gewährt"): the bare actor after 'von' or
        'durch' between the clause's passive auxiliary and the trigger's end."""
        if frame.trigger.kind != "verb":
            return None
        text = self.analysis.text
        c0, c1 = frame.clause
        aux = word_class("werden_passive").search(text, c0, c1)
        if aux is None:
            return None
        lo = min(aux.start(), frame.start)
        return next((p for p in self._context(frame).in_clause if p.prep in ("von", "durch")
                     and lo <= p.prep_at < frame.end and not p.mediator), None)

    def _voiced(self, frame: Frame) -> bool:
        """Do domestic speakers voice the clause ("Kritik kam von Abgeordneten"), or does its pronoun
        subject stand for those of the clause before ("…: Sie verlangten von der Regierung …")?"""
        text = self.analysis.text
        c0, c1 = frame.clause
        domestic = word_class("domestic_actor")
        if domestic.search(text, c0, c1):
            return True
        head = _CLAUSE_HEAD.match(text, c0, c1)
        if not head or not word_class("pron").fullmatch(head.group(2)):
            return False
        spans = sentence_clauses(self.analysis, self.actors, frame.sentence)
        before = [c for c in spans if c[1] <= c0]
        return bool(before) and bool(domestic.search(text, *before[-1]))

    def _bare_presupposed(self, frame: Frame) -> bool:
        """A verbal row's noun ("Gefechten") in a phrase after 'nach', 'bei', 'während' … that names
        no actor of its own (no country adjective, genitive or actor in its noun phrase)."""
        text = self.analysis.text
        sent = self.analysis.sentences[frame.sentence]
        if frame.trigger.kind == "noun" or not text[frame.start:frame.start + 1].isupper() \
                or frame.start == sent.start or _SPACE.search(text, frame.start, frame.end):
            return False  # "während Mexiko Hilfsgüter nach Haiti schickte": a noun with its verb is a clause
        if not _PRESUPPOSED.search(text, sent.start, frame.start) or self.options("adj", frame, None):
            return False
        return not self.options("gen", frame, None)

    def _joined(self, frame: Frame) -> Party | None:
        """The target of the earlier act of the frame's kind that a demonstrative before the trigger
        points to ("dieser Forderung"), when the clause names no actor after the trigger."""
        text = self.analysis.text
        before = _last_word(text[self.analysis.sentences[frame.sentence].start:frame.start], spaced=True)
        if not before or not word_class("demonstrative").fullmatch(before):
            return None
        c1 = frame.clause[1]
        if any(frame.end <= p.start < c1 for p in self.actors.by_sentence[frame.sentence]):
            return None
        return self.last_target.get(frame.trigger.subtype)

    def _domestic_antecedent(self, frame: Frame) -> bool:
        """Is the trigger's clause a relative clause on a domestic actor ("der Opposition, die …")?"""
        text = self.analysis.text
        lead = text.rfind(",", self.analysis.sentences[frame.sentence].start, frame.start)
        if lead < 0 or not _RELATIVE.match(text, lead) or not _RELATIVE_CLAUSE.match(text[lead:frame.clause[1]]):
            return False
        last = _last_word(text[self.analysis.sentences[frame.sentence].start:lead])
        return bool(last and word_class("domestic_actor").fullmatch(last))

    def _domestic(self, frame: Frame) -> bool:
        """Does the frame's clause meet a domestic counterpart ("mit Vertretern der Opposition"), one
        whose phrase names no actor ("mit Vertretern der chinesischen Regierung" does)?"""
        m = word_class("domestic_mit").search(self.analysis.text, *frame.clause)
        if not m:
            return False
        c0, c1 = frame.clause
        return not any((p.prep == "mit" and c0 <= p.start < c1) or m.start() <= p.start < min(m.end() + 40, c1)
                       for p in self.actors.by_sentence[frame.sentence])

    def _patients(self, frame: Frame) -> list[Party]:
        """For a trigger flagged `patient`: country-adjective actors whose noun names who undergoes
        the act ("russische Diplomaten" in an expulsion), never its source."""
        if "patient" not in frame.trigger.flags:
            return []
        nouns, only = word_class("patient_noun"), word_class("patient_only")
        text = self.analysis.text
        found = [p for p in self.actors.by_sentence[frame.sentence] if p.kind == "ADJ"
                 and _patient_noun(text[p.start:p.end].split()[-1].split("-")[-1], nouns, only)]
        c0, c1 = frame.clause
        found += [p for p in self.actors.patients[frame.sentence] if c0 <= p.start < c1] \
            if self.actors.patients else []
        # "wurden von algerischen Grenzschützern erschossen": the agent of a passive, no patient
        found = [p for p in found if (_last_word(text[max(c0, p.start - 20):p.start]) or "").lower()
                 not in ("von", "vom", "durch")]
        if not found or frame.trigger.kind != "verb" or word_class("passive_aux").search(text, c0, c1):
            return sorted(found, key=lambda p: p.start)
        # "Aserbaidschanische Soldaten griffen armenische Stellungen an", "Nachdem syrische Soldaten auf
        # türkische Stellungen geschossen hatten": the active clause's subject acts
        lead, opener = word_class("patient_lead"), word_class("subordinator")
        # "Im Mai beschossen tadschikische Soldaten einen kirgisischen Posten": right after the verb, the subject
        verb_end = _word_end(text, frame.start)
        found = [p for p in found if not (verb_end <= p.start and not text[verb_end:p.start].strip()
                                          and any(q.start > p.end for q in found))]
        return sorted((p for p in found if not (p.start < frame.start and all(
            lead.fullmatch(w) or opener.fullmatch(w) or w[:1].islower()
            for w in text[c0:p.start].strip(" ,;:–—").split()))),
            key=lambda p: p.start)

    def _collect(self, roles: tuple[str, ...], frame: Frame, other: Party | None, independent: bool) -> list[Party]:
        out: list[Party] = []
        for role in roles:
            if independent and role in _DEPENDENT:
                continue
            out += [p for p in self.options(role, frame, other) if p not in out]
        return out
