"""Sentence splitting and tokenisation with character offsets.

Paragraphs (line breaks) always end a sentence; inside a paragraph a sentence ends
at . ! ? (or a closing quote after them) followed by space and an upper-case letter,
a digit or an opening quote, unless the dot ends an abbreviation from
data/abbreviations.txt, an initial ("R. Herzog"), an ordinal ("7. Oktober") or a regnal number
before a further given name ("Carl XVI. Gustaf").
"""

from __future__ import annotations

import re

from chronik.language.resources import load_words
from chronik.language.words import ROMAN, regnal_given_name
from chronik.model import Analysis, Sentence, Token

_W = "[\\w\u0300-\u036f]"  # a word character, combining accents included ("Løvås" written decomposed)
_TOKEN = re.compile(rf"\d+(?:[.,]\d+)*|{_W}+(?:[-'’ʼ´+.]{_W}+)*-?|[^\w\s]")
_BOUNDARY = re.compile(r"[.!?…]+[\"“”»«'’)]*\s+(?=[\"„“»«'(]?[A-ZÄÖÜ0-9])")
_PARAGRAPH = re.compile(r"[ \t\u00a0]*\n\s*")
_CLOSERS = "\"“”»«'’)"
_NAME_BEFORE = re.compile(r"[A-ZÄÖÜ]\w+\s+$")
_NEXT_WORD = re.compile(r"[.\s]*(\w+)")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text` with offsets shifted by `offset`."""
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def token_texts(text: str) -> list[str]:
    """The texts of the tokens of `text` (as `tokenize`, without offsets)."""
    return [text] if text.isalpha() else _TOKEN.findall(text)


def _ends_sentence(text: str, dot: int) -> bool:
    """Is the '.' at index `dot` a sentence end (not an abbreviation, initial or ordinal)?"""
    j = dot
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "(„\"":
        j -= 1
    word = text[j:dot]
    if not word:
        return True
    if word.isdigit() and len(word) <= 2 or re.fullmatch(r"\d{1,2}\.?[-–]\d{1,2}", word):
        return False  # ordinal day or day range: "am 7. Oktober", "am 20.-22. November"
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # initial: "R. Herzog"
    if ROMAN.fullmatch(word) and _NAME_BEFORE.search(text, max(0, j - 40), j):
        nxt = _NEXT_WORD.match(text, dot)
        if nxt is not None and regnal_given_name(word, nxt.group(1)):
            return False  # regnal ordinal inside a monarch's name: "Carl XVI. Gustaf"
    abbreviations = load_words("abbreviations.txt")
    return word not in abbreviations and word.lower() not in abbreviations


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, stripped of surrounding space."""
    spans: list[tuple[int, int]] = []
    para_start = 0
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)] + [(len(text), len(text))]
    for p_end, next_start in breaks:
        start = para_start
        for m in _BOUNDARY.finditer(text, para_start, p_end):
            punct = m.group().rstrip().rstrip(_CLOSERS)
            if punct == "." and not _ends_sentence(text, m.start()):
                continue
            spans.append((start, m.start() + len(m.group().rstrip())))
            start = m.end()
        spans.append((start, p_end))
        para_start = next_start
    return [(s, e) for s, e in (_strip(text, s, e) for s, e in spans) if e > s]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def analyze(text: str) -> Analysis:
    """The language layer: sentences with tokens, offsets into `text`."""
    sentences = [Sentence(s, e, text[s:e], tokenize(text[s:e], s)) for s, e in split_sentences(text)]
    return Analysis(text=text, sentences=sentences)
