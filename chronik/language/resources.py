"""Loading linguistic and world knowledge from data files under chronik/data/.

Every file is UTF-8 TSV with a header line; lines starting with '#' are comments.
Users extend any file without touching Python: a file of the same name in the
folder named by $CHRONIK_DATA is read after the bundled one and its rows are added.
"""

from __future__ import annotations

import os
import re
from collections.abc import Container, Iterator
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_paths(name: str) -> list[Path]:
    """The bundled file and, if present, the user's file of the same name."""
    paths = [DATA_DIR / name]
    extra = os.environ.get("CHRONIK_DATA")
    if extra:
        user = Path(extra) / name
        if user.is_file():
            paths.append(user)
    return [p for p in paths if p.is_file()]


def _table(name: str) -> Iterator[tuple[list[str], list[str]]]:
    """(header, cells) for each data row of a TSV file and its user extension; short rows padded."""
    for path in data_paths(name):
        header: list[str] | None = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line[0] == "#" or line.isspace():
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if len(cells) < len(header):
                cells += [""] * (len(header) - len(cells))
            yield header, cells


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts keyed by the header's column names."""
    return tuple(dict(zip(header, map(str.strip, cells))) for header, cells in _table(name))


def load_column_map(name: str, key: str, value: str) -> dict[str, str]:
    """Two columns of a TSV data file as a dict, later rows winning (as a dict over `load_tsv` rows,
    without a dict per row: for long files such as first_names.tsv)."""
    table: dict[str, str] = {}
    last: list[str] | None = None
    k = v = 0
    for header, cells in _table(name):
        if header is not last:  # a new file: find its columns once
            last, k, v = header, header.index(key), header.index(value)
        table[cells[k].strip()] = cells[v].strip()
    return table


# a comment: from '#' to the end of its line (every line break str.splitlines knows)
_COMMENT = re.compile("#[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*")


def read_words(name: str) -> Iterator[str]:
    """The words of a one-word-per-line list (comments with '#'), the bundled file's first."""
    for path in data_paths(name):  # whole-text operations: nouns_de.txt has 250,000 lines
        yield from filter(None, map(str.strip, _COMMENT.sub("", path.read_text(encoding="utf-8")).splitlines()))


@cache
def load_words(name: str) -> frozenset[str]:
    """A one-word-per-line list (comments with '#') as a set."""
    return frozenset(read_words(name))


class SortedWords:
    """A one-word-per-line list sorted in code-point order (no comments after the header, no spaces),
    for `in` tests. The words that share a word's first two characters are made a set when such a
    word is first asked about: a document asks about a few of the ~650 blocks of nouns_de.txt, and
    a set of all its 250,000 words costs every run ~80 ms. A corpus fills at most every block."""

    __slots__ = ("_text", "_blocks")

    def __init__(self, text: str) -> None:
        self._text = text if text.endswith("\n") else text + "\n"  # every line ends in a line break
        self._blocks: dict[str, dict[str, None]] = {}  # dicts of strings: the garbage collector skips them

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        key = word[:2]
        block = self._blocks.get(key)
        if block is None:
            start, end = self._first_from(key), self._first_from(key[:-1] + chr(ord(key[-1]) + 1))
            block = self._blocks[key] = dict.fromkeys(self._text[start:end].split("\n")[:-1])
        return word in block

    def _first_from(self, key: str) -> int:
        """The offset of the first line that is not before `key` in code-point order (the end if none)."""
        text = self._text
        lo, hi = 0, len(text)  # line starts: the lines before lo are before `key`, those from hi on are not
        while lo < hi:
            start = max(text.rfind("\n", lo, (lo + hi) // 2) + 1, lo)  # the line at the middle
            end = text.index("\n", start)
            if text[start:end] < key:
                lo = end + 1
            else:
                hi = start
        return lo


def load_sorted_words(name: str) -> Container[str]:
    """A sorted one-word-per-line list (SortedWords; tests keep the bundled ones sorted) for `in`
    tests; with the user's file of the same name, whose words come in any order, a set-like dict
    of all the words (a dict: the garbage collector leaves its strings alone)."""
    paths = data_paths(name)
    if len(paths) != 1:
        return dict.fromkeys(read_words(name))
    text = paths[0].read_text(encoding="utf-8")
    while text.startswith("#"):  # the header
        text = text.partition("\n")[2]
    return SortedWords(text)
