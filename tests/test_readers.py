"""Readers: text with a date line, HTML, JSONL, and bad input reported by name."""

from __future__ import annotations

import json
from pathlib import Path

from chronik.ingest.readers import read_paths
from chronik.model import IngestError, RawDocument

GERMAN = ("Der Außenminister der Republik Polen ist am Montag zu einem Besuch in Wien eingetroffen. "
          "Er traf dort seinen österreichischen Amtskollegen und sprach mit ihm über die Lage in der Region.")


def _read(*paths: Path) -> list[RawDocument | IngestError]:
    return list(read_paths(paths))


def test_txt_date_line_is_metadata_and_offsets_stay(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("date 2024-05-02\n" + GERMAN, encoding="utf-8")
    [doc] = _read(f)
    assert isinstance(doc, RawDocument)
    assert doc.meta_date == "2024-05-02"
    assert doc.doc_id == "a"
    assert "date" not in doc.text
    assert doc.text.index("Außenminister") == len("date 2024-05-02\n") + 4


def test_jsonl_lines_and_a_broken_line(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "x1", "text": GERMAN, "date": "2023-01-05", "url": "https://example.org/a"})
    f.write_text(good + "\n{broken\n" + json.dumps({"id": "x2"}) + "\n", encoding="utf-8")
    items = _read(f)
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [d.doc_id for d in docs] == ["x1"]
    assert docs[0].meta_date == "2023-01-05" and docs[0].url == "https://example.org/a"
    assert [e.source for e in errors] == [f"{f}:2", f"{f}:3"]


def test_html_main_text_and_meta_date(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Besuch</title><meta property='article:published_time' content='2022-09-01'>"
        f"</head><body><nav>Menü Start Impressum</nav><article><p>{GERMAN}</p><p>{GERMAN}</p></article>"
        "</body></html>", encoding="utf-8")
    [doc] = _read(f)
    assert isinstance(doc, RawDocument)
    assert "Außenminister der Republik Polen" in doc.text
    assert doc.meta_date == "2022-09-01"


def test_bad_inputs_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "fake.txt").write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    (tmp_path / "english.txt").write_text("The minister arrived in Vienna on Monday and met his counterpart "
                                          "to talk about the situation in the region.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes(GERMAN.encode("cp1252"))
    items = _read(tmp_path)
    docs = sorted(i.doc_id for i in items if isinstance(i, RawDocument))
    errors = {Path(i.source).name: i.reason for i in items if isinstance(i, IngestError)}
    assert docs == ["latin1", "ok"]
    assert set(errors) == {"empty.txt", "fake.txt", "english.txt"}
    assert "not German" in errors["english.txt"]
    assert "binary" in errors["fake.txt"]
