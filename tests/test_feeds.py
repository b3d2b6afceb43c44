"""RSS and Atom feeds (files and URLs) and `chronik watch`: new articles are ingested as they arrive."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronik.cli import app
from chronik.ingest.feeds import feed_date, html_text
from chronik.ingest.readers import read_paths
from chronik.ingest.watch import Watcher
from chronik.model import IngestError, RawDocument
from chronik.store.check import check
from chronik.store.duck import Store

VISIT = ("Der Präsident Usbekistans ist am Dienstag zu einem zweitägigen Staatsbesuch in Berlin eingetroffen. "
         "Er wurde von Bundespräsident Frank-Walter Steinmeier mit militärischen Ehren empfangen.")
TRADE = ("Der Handel zwischen Kasachstan und Deutschland ist im vergangenen Jahr deutlich gewachsen. "
         "Das teilte das Wirtschaftsministerium in Astana am Freitag mit, ohne weitere Zahlen zu nennen.")

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Außenpolitik</title>
<item><title>Staatsbesuch in Berlin</title><link>https://example.org/a/besuch</link>
<guid>https://example.org/a/besuch</guid><pubDate>Tue, 14 Mar 2024 09:30:00 +0100</pubDate>
<description>Kurz: Staatsbesuch.</description>
<content:encoded><![CDATA[<p>{VISIT}</p><p>Am Abend gab es ein Staatsbankett.</p>]]></content:encoded></item>
<item><title>Handel wächst</title><link>https://example.org/a/handel</link>
<description>&lt;p&gt;{TRADE}&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Nachrichten</title>
<entry><title>Handel wächst</title><id>tag:example.org,2024:handel</id>
<link rel="alternate" href="https://example.org/handel"/><published>2024-02-01T08:00:00Z</published>
<summary type="html">&lt;p&gt;{TRADE}&lt;/p&gt;</summary></entry></feed>"""


def test_rss_items_become_articles_with_link_and_date(tmp_path: Path) -> None:
    (tmp_path / "aussen.rss").write_text(RSS, encoding="utf-8")
    docs = list(read_paths([tmp_path]))
    assert all(isinstance(d, RawDocument) for d in docs)
    first, second = docs
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.url == "https://example.org/a/besuch" and first.meta_date == "2024-03-14"
    assert first.text.startswith("Staatsbesuch in Berlin\n\nDer Präsident Usbekistans")
    assert "Staatsbankett" in first.text and "Kurz:" not in first.text
    assert second.text.endswith("ohne weitere Zahlen zu nennen.") and second.meta_date is None
    assert first.doc_id != second.doc_id


def test_atom_entry_and_a_non_feed_xml(tmp_path: Path) -> None:
    (tmp_path / "news.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "daten.xml").write_text("<daten><wert>1</wert></daten>", encoding="utf-8")
    items = list(read_paths([tmp_path / "news.atom", tmp_path / "daten.xml"]))
    doc, error = items
    assert isinstance(doc, RawDocument) and doc.meta_date == "2024-02-01"
    assert doc.url == "https://example.org/handel"
    assert isinstance(error, IngestError) and "not an RSS or Atom feed" in error.reason


def test_dates_and_html_fragments() -> None:
    assert feed_date("Wed, 02 Oct 2002 13:00:00 GMT") == "2002-10-02"
    assert feed_date("2023-11-05T10:00:00+01:00") == "2023-11-05"
    assert feed_date("gestern") is None
    assert html_text("<p>Erster Absatz.</p><p>Zweiter&nbsp;Absatz.</p>") == "Erster Absatz.\nZweiter Absatz."


@pytest.fixture
def server() -> Iterator[str]:
    """A local HTTP server: /feed serves the RSS feed, /gross a body larger than any small limit."""
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            body = RSS.encode("utf-8") if self.path == "/feed" else b"<rss>" + b"x" * 50000 + b"</rss>"
            self.send_response(200 if self.path in ("/feed", "/gross") else 404)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_feed_url_is_fetched_with_a_size_limit(server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHRONIK_MAX_BYTES", "20000")
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    db = str(tmp_path / "s.duckdb")
    result = CliRunner().invoke(app, ["ingest", f"{server}/feed", f"{server}/gross", f"{server}/fehlt", "--db", db])
    assert result.exit_code == 0, result.output
    assert f"{server}/gross: feed too large" in result.output
    assert f"{server}/fehlt: cannot fetch" in result.output
    with Store(db, read_only=True) as store:
        urls = {r["url"] for r in store.query("SELECT url FROM documents")}
    assert urls == {"https://example.org/a/besuch", "https://example.org/a/handel"}


def test_watch_ingests_new_and_changed_files_only(tmp_path: Path) -> None:
    folder = tmp_path / "eingang"
    folder.mkdir()
    db = str(tmp_path / "s.duckdb")
    (folder / "besuch.txt").write_text(VISIT, encoding="utf-8")
    watcher = Watcher([str(folder)])
    assert watcher.changed() == [str(folder / "besuch.txt")]
    assert watcher.changed() == []

    runner = CliRunner()
    first = runner.invoke(app, ["watch", str(folder), "--db", db, "--once"])
    assert first.exit_code == 0 and "1 added" in first.output
    (folder / "handel.txt").write_text(TRADE, encoding="utf-8")
    (folder / "besuch.txt").write_text(VISIT + " Am Abend gab es ein Staatsbankett.", encoding="utf-8")
    second = runner.invoke(app, ["watch", str(folder), "--db", db, "--once"])
    assert second.exit_code == 0 and "1 added, 1 replaced" in second.output
    with Store(db, read_only=True) as store:
        texts = {r["doc_id"]: r["text"] for r in store.query("SELECT doc_id, text FROM documents")}
        assert check(store) == []
    assert set(texts) == {"besuch", "handel"} and texts["besuch"].endswith("Staatsbankett.")
