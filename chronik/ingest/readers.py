"""Readers: files, folders and feed URLs in, RawDocument or IngestError out, one per article.

.txt (UTF-8, or a detected encoding; a first line `date YYYY-MM-DD` is metadata),
.html/.htm (main text via trafilatura, date from meta tags), .jsonl (one article per
line: id, text, optional title, date, url, source), .rss/.atom/.xml and http(s) URLs
(feeds, see feeds.py). Anything unreadable — empty, binary, undecodable, too large,
broken, not German — becomes an IngestError naming the file (and line or item) and
the reason; the rest goes on. Size limit: $CHRONIK_MAX_BYTES (default 20 MB) per file,
per JSONL line and per fetched feed.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from chronik.ingest.feeds import FEED_SUFFIXES, fetch, is_url, parse_feed
from chronik.ingest.language import check_german
from chronik.model import IngestError, RawDocument

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = {".txt", ".html", ".htm", ".jsonl"} | FEED_SUFFIXES
_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)[ \t]*(?:\r?\n)?", re.IGNORECASE)
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_MAGIC = {b"%PDF-": "a PDF document", b"PK\x03\x04": "a ZIP archive (or Office document)",
          b"\x89PNG": "a PNG image", b"GIF8": "a GIF image", b"\xff\xd8\xff": "a JPEG image",
          b"\x1f\x8b": "gzip-compressed data", b"{\\rtf": "an RTF document", b"\xd0\xcf\x11\xe0": "an Office document"}
_BAD_SHARE = 0.01
_BAD_CHAR = re.compile("[\ufffd\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # replacement and control characters
_PROLOG = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>\[]*(?:\[[^\]]*\])?\s*>)?", re.IGNORECASE)

Item = RawDocument | IngestError


def max_bytes() -> int:
    """The size limit in bytes: $CHRONIK_MAX_BYTES, else 20 MB."""
    value = os.environ.get("CHRONIK_MAX_BYTES", "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_BYTES


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Files under the given files and folders (recursively, sorted), or an error per missing path."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in SUFFIXES:
                    yield child
        elif path.exists():  # a file, or a named pipe a crawler writes JSONL into
            yield path
        else:
            yield IngestError(str(path), "no such file or folder")


def decode(data: bytes, source: str) -> str | IngestError:
    """Bytes to text: UTF-8 first, else a detected encoding; binary data is refused."""
    if not data.strip():
        return IngestError(source, "empty file")
    head = data[:1024].lstrip()
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            return IngestError(source, f"binary data, not text ({what})")
    if b"\x00" in data[:4096]:
        return IngestError(source, "binary data, not text (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            return IngestError(source, "undecodable text (no known encoding fits)")
        text = str(best)
    bad = len(_BAD_CHAR.findall(text, 0, 20000))
    if bad > _BAD_SHARE * min(len(text), 20000):
        return IngestError(source, "binary data, not text (control characters)")
    return text


def split_date_line(text: str) -> tuple[str, str | None]:
    """Blank out a leading `date YYYY-MM-DD` line (offsets stay valid) and return its date."""
    m = _DATE_LINE.match(text)
    if not m:
        return text, None
    return " " * m.end() + text[m.end():], m.group(1)


def read_file(path: Path) -> Iterator[Item]:
    """All documents in one file."""
    source = str(path)
    limit = max_bytes()
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            with path.open("rb") as f:
                yield from read_jsonl_stream(f, source, limit)
            return
        size = path.stat().st_size
        if size > limit:
            yield IngestError(source, f"file too large ({size} bytes > limit {limit}; see CHRONIK_MAX_BYTES)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(source, f"cannot read: {exc.strerror or exc}")
        return
    if suffix in FEED_SUFFIXES:
        yield from _feed(data, source)
        return
    text = decode(data, source)
    if isinstance(text, IngestError):
        yield text
        return
    if suffix in (".html", ".htm"):
        yield from _checked(read_html(text, path.stem, source))
    else:
        body, date = split_date_line(text)
        yield from _checked(RawDocument(doc_id=path.stem, text=body, source=source, meta_date=date))


def read_url(url: str) -> Iterator[Item]:
    """The articles of the RSS or Atom feed at an http(s) URL."""
    data = fetch(url, max_bytes())
    if isinstance(data, IngestError):
        yield data
    else:
        yield from _feed(data, url)


def _feed(data: bytes, source: str) -> Iterator[Item]:
    if not data.strip():
        yield IngestError(source, "empty file")
        return
    for item in parse_feed(data, source):
        yield from _checked(item)


def read_html(html: str, doc_id: str, source: str) -> RawDocument | IngestError:
    """Main text and metadata of an HTML page; an XML prolog and its DTD (entity declarations) are dropped."""
    import trafilatura

    html = _PROLOG.sub("", html[:4096]) + html[4096:]
    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return IngestError(source, f"unparsable HTML ({type(exc).__name__})")
    if extracted is None:
        return IngestError(source, "no article text found in HTML")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = data.get("text") or ""
    if not text.strip():
        return IngestError(source, "no article text found in HTML")
    date = data.get("date")
    return RawDocument(doc_id=doc_id, text=text, source=source, title=data.get("title"),
                       meta_date=_iso(date), url=data.get("url"), outlet=data.get("sitename"))


def read_jsonl_stream(f: BinaryIO, source: str, limit: int) -> Iterator[Item]:
    """One article per JSON line, read line by line; a broken, truncated or oversized line is reported."""
    n = 0
    while True:
        raw = f.readline(limit + 1)
        if not raw:
            break
        n += 1
        where = f"{source}:{n}"
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield IngestError(where, f"line too large (more than the limit of {limit} bytes)")
            continue
        if not raw.strip():
            continue
        yield from _jsonl_line(raw, where, last=not raw.endswith(b"\n"))
    if n == 0:
        yield IngestError(source, "empty file")


def _jsonl_line(raw: bytes, where: str, last: bool) -> Iterator[Item]:
    line = decode(raw, where)
    if isinstance(line, IngestError):
        yield line
        return
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        truncated = not line.rstrip().endswith(("}", "]"))
        reason = "truncated JSON line" if truncated else "invalid JSON"
        if last and truncated:
            reason += " (the file ends in the middle of a record)"
        yield IngestError(where, f"{reason} ({exc.msg}, column {exc.colno})")
        return
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
        yield IngestError(where, "record without a non-empty 'text' field")
        return
    stem = Path(where.rsplit(":", 1)[0]).stem
    doc_id = str(rec.get("id") or rec.get("doc_id") or f"{stem}-{where.rsplit(':', 1)[1]}")
    yield from _checked(RawDocument(doc_id=doc_id, text=rec["text"], source=where,
                                    title=_str(rec.get("title")), meta_date=_iso(rec.get("date")),
                                    url=_str(rec.get("url")), outlet=_str(rec.get("source"))))


def _checked(item: Item) -> Iterator[Item]:
    if isinstance(item, RawDocument):
        problem = check_german(item.text)
        if problem:
            yield IngestError(item.source, problem)
            return
    yield item


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _iso(value: object) -> str | None:
    m = _ISO.match(value) if isinstance(value, str) else None
    return m.group() if m else None


def read_paths(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Every document (or error) under the given files, folders and feed URLs."""
    for raw in paths:
        if isinstance(raw, str) and is_url(raw):
            yield from read_url(raw)
            continue
        for item in iter_paths([raw]):
            if isinstance(item, IngestError):
                yield item
            else:
                yield from read_file(item)
