"""Readers: files and folders in, RawDocument or IngestError out, one per article.

.txt (UTF-8, or detected; a first line `date YYYY-MM-DD` is metadata), .html/.htm
(main text via trafilatura, date from meta tags), .jsonl (one article per line:
id, text, optional title, date, url, source). Anything unreadable becomes an
IngestError naming the file and the reason; the rest goes on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from chronik.ingest.language import check_german
from chronik.model import IngestError, RawDocument

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)[ \t]*(?:\r?\n)?", re.IGNORECASE)
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")

Item = RawDocument | IngestError


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Files under the given files and folders (recursively, sorted), or an error per missing path."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in SUFFIXES:
                    yield child
        elif path.is_file():
            yield path
        else:
            yield IngestError(str(path), "no such file or folder")


def decode(data: bytes, source: str) -> str | IngestError:
    """Bytes to text: UTF-8 first, else a detected encoding; binary data is refused."""
    if not data.strip():
        return IngestError(source, "empty file")
    if b"\x00" in data[:4096] or data[:5] == b"%PDF-":
        return IngestError(source, "binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return IngestError(source, "undecodable text (no known encoding fits)")
    return str(best)


def split_date_line(text: str) -> tuple[str, str | None]:
    """Blank out a leading `date YYYY-MM-DD` line (offsets stay valid) and return its date."""
    m = _DATE_LINE.match(text)
    if not m:
        return text, None
    return " " * m.end() + text[m.end():], m.group(1)


def read_file(path: Path) -> Iterator[Item]:
    """All documents in one file."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield IngestError(source, f"file too large ({size // 1024 // 1024} MB > {MAX_BYTES // 1024 // 1024} MB)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(source, f"cannot read: {exc.strerror or exc}")
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(data, source)
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


def read_html(html: str, doc_id: str, source: str) -> RawDocument | IngestError:
    """Main text and metadata of an HTML page."""
    import trafilatura

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


def read_jsonl(data: bytes, source: str) -> Iterator[Item]:
    """One article per JSON line; a broken line is reported with its number."""
    text = decode(data, source)
    if isinstance(text, IngestError):
        yield text
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"invalid JSON ({exc.msg})")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
            yield IngestError(where, "record without a non-empty 'text' field")
            continue
        doc_id = str(rec.get("id") or rec.get("doc_id") or f"{Path(source).stem}-{n}")
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
    """Every document (or error) under the given files and folders."""
    for item in iter_paths(paths):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_file(item)
