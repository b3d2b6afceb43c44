"""RSS and Atom feeds: each item's title, content (or summary), link and date as one article.

Parsing goes through defusedxml, so entity declarations (billion laughs, quadratic blow-up)
and external references are refused rather than expanded. Feeds come from a file or an
http(s) URL, fetched with a timeout and a size limit; nothing else is fetched (an item's
link is kept as its URL, not followed).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from chronik.model import IngestError, RawDocument

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
TIMEOUT = 20.0
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")
_SPACE = re.compile(r"[ \t\u00a0]+")


def is_url(value: str) -> bool:
    """Is `value` an http(s) address?"""
    return urlparse(value).scheme in ("http", "https")


def fetch(url: str, max_bytes: int, timeout: float = TIMEOUT) -> bytes | IngestError:
    """The body at an http(s) URL, at most `max_bytes` long, or the reason it could not be had."""
    if not is_url(url):
        return IngestError(url, "only http and https addresses are fetched")
    import urllib.error  # the feed modules are imported when a feed is read, not by every command
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "chronik (feed reader)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                return IngestError(url, f"feed too large ({int(length)} bytes > limit {max_bytes})")
            data = response.read(max_bytes + 1)
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        return IngestError(url, f"cannot fetch: {getattr(exc, 'reason', None) or exc}")
    if len(data) > max_bytes:
        return IngestError(url, f"feed too large (more than the limit of {max_bytes} bytes)")
    return data


def parse_feed(data: bytes, source: str) -> Iterator[RawDocument | IngestError]:
    """Every item (RSS) or entry (Atom) of a feed as a document; unsafe or broken XML is refused."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        yield IngestError(source, f"unsafe XML refused ({type(exc).__name__}: entity declarations or "
                                  "external references)")
        return
    except ParseError as exc:
        yield IngestError(source, f"malformed XML feed ({exc})")
        return
    if _local(root.tag) not in ("rss", "feed", "RDF"):
        yield IngestError(source, f"not an RSS or Atom feed (root element <{_local(root.tag)}>)")
        return
    stem = urlparse(source).netloc or _stem(source)
    found = False
    for n, item in enumerate((e for e in root.iter() if _local(e.tag) in ("item", "entry")), 1):
        found = True
        yield _item(item, stem, f"{source}#{n}")
    if not found:
        yield IngestError(source, "feed without items")


def _item(item: Element, stem: str, where: str) -> RawDocument | IngestError:
    fields: dict[str, str] = {}
    link = None
    for child in item:
        name = _local(child.tag)
        if name == "link":
            target = child.get("href") or (child.text or "").strip()
            if target and (link is None or child.get("rel", "alternate") == "alternate"):
                link = target
            continue
        text = "".join(child.itertext()).strip()
        if text and name not in fields:
            fields[name] = text
    title = fields.get("title")
    body = fields.get("encoded") or fields.get("content") or fields.get("description") or fields.get("summary")
    if not body:
        return IngestError(where, "feed item without content or summary")
    text = html_text(body)
    if title:
        text = f"{html_text(title)}\n\n{text}"
    key = fields.get("guid") or fields.get("id") or link or text
    doc_id = f"{stem}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"
    date = fields.get("pubDate") or fields.get("published") or fields.get("date") or fields.get("updated")
    return RawDocument(doc_id=doc_id, text=text, source=where, title=title, meta_date=feed_date(date), url=link)


def html_text(markup: str) -> str:
    """Plain text of an HTML fragment, one paragraph per line (entities from a DTD are never expanded)."""
    if "<" not in markup:
        return _SPACE.sub(" ", markup).strip()
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return _SPACE.sub(" ", re.sub(r"<[^>]*>", " ", markup)).strip()
    for el in tree.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    lines = (_SPACE.sub(" ", line).strip() for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def feed_date(value: str | None) -> str | None:
    """ISO day of an RSS (RFC 822) or Atom (ISO 8601) date, or None."""
    if not value:
        return None
    m = _ISO_DATE.match(value.strip())
    if m:
        return m.group()
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _stem(source: str) -> str:
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] or "feed"
