"""Hostile input, a killed ingest, and fuzzing: nothing crashes, nothing is lost or half-written."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from chronik.cli import app
from chronik.extract.time import find_times, resolve_times
from chronik.ingest.readers import read_file
from chronik.language.text import analyze
from chronik.model import DocDate, DocRecord, IngestError, RawDocument
from chronik.pipeline import process
from chronik.store.check import check
from chronik.store.duck import Store

CHRONIK = Path(sys.executable).parent / "chronik"
GERMAN = ("Der Außenminister der Republik Polen ist am 3. Mai 2021 zu einem Besuch in Wien eingetroffen. "
          "Er traf dort seinen österreichischen Amtskollegen und sprach mit ihm über die Lage in der Region. "
          "Beide Seiten vereinbarten, die Zusammenarbeit in der Energiepolitik auszubauen.")
RUSSIAN = ("Министр иностранных дел Польши прибыл в понедельник с визитом в Вену. Там он встретился со своим "
           "австрийским коллегой и обсудил с ним положение в регионе.")
ENGLISH = ("The Polish foreign minister arrived in Vienna on Monday for a visit. He met his Austrian counterpart "
           "there and talked with him about the situation in the region and the cooperation on energy.")
BOMB_DTD = ('<!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 9))
            + "]>")


def _rss(body: str, dtd: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{dtd}<rss version="2.0"><channel><title>Nachrichten</title>'
            f"<item><title>Besuch in Wien</title><link>https://example.org/wien</link>"
            f"<pubDate>Mon, 03 May 2021 10:00:00 +0200</pubDate><description>{body}</description></item>"
            "</channel></rss>")


def _hostile_corpus(folder: Path) -> dict[str, str]:
    """Write the corpus; the expected reason fragment for each file that must be refused."""
    folder.mkdir()
    (folder / "gut.txt").write_text("date 2021-05-03\n" + GERMAN, encoding="utf-8")
    (folder / "windows.txt").write_bytes(("„Zusammenarbeit“ – " + GERMAN).encode("cp1252"))
    (folder / "kaputt.html").write_text(f"<html><body><div><p>{GERMAN}<p>{GERMAN}<b>ende", encoding="utf-8")
    (folder / "bombe.html").write_text(f'<?xml version="1.0"?>{BOMB_DTD}<html><body><article><p>{GERMAN} &lol8;'
                                       "</p></article></body></html>", encoding="utf-8")
    (folder / "feed.rss").write_text(_rss(GERMAN), encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": GERMAN}), "{nicht json}", json.dumps({"id": "j2", "text": GERMAN}),
             json.dumps({"id": "j3", "text": GERMAN})[:60]]
    (folder / "artikel.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (folder / "leer.txt").write_bytes(b"")
    (folder / "bericht.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (folder / "gross.txt").write_text(GERMAN * 200, encoding="utf-8")
    (folder / "russisch.txt").write_text(RUSSIAN, encoding="utf-8")
    (folder / "englisch.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "bombe.rss").write_text(_rss("&lol8;", BOMB_DTD), encoding="utf-8")
    return {"leer.txt": "empty file", "bericht.txt": "binary data", "gross.txt": "too large",
            "russisch.txt": "not German", "englisch.txt": "reads as English", "bombe.rss": "unsafe XML",
            "artikel.jsonl:2": "invalid JSON", "artikel.jsonl:4": "truncated JSON line"}


def test_hostile_corpus_ingests_the_good_files_and_lists_the_bad(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHRONIK_MAX_BYTES", "20000")
    expected = _hostile_corpus(tmp_path / "in")
    db = str(tmp_path / "s.duckdb")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", db])
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped ")]
    for name, reason in expected.items():
        assert any(f"{name}:" in line and reason in line for line in skipped), (name, skipped)
    assert len(skipped) == len(expected)
    with Store(db, read_only=True) as store:
        docs = {r["doc_id"]: r["text"] for r in store.query("SELECT doc_id, text FROM documents")}
        assert check(store) == []
    assert {"gut", "windows", "kaputt", "bombe", "j1", "j2"} <= set(docs)
    assert len(docs) == 7  # and the feed's one item
    assert "„Zusammenarbeit“ – Der Außenminister" in docs["windows"]
    assert len(docs["bombe"]) < 2 * len(GERMAN) and "lollol" not in docs["bombe"]
    assert CliRunner().invoke(app, ["check", "--db", db]).exit_code == 0


def test_check_finds_a_half_written_document(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    (tmp_path / "a.txt").write_text(GERMAN, encoding="utf-8")
    assert CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db]).exit_code == 0
    with Store(db) as store:
        store.con.execute("DELETE FROM documents")
        store.con.execute("INSERT INTO mentions VALUES ('b', 0, 5, 400, 'PER', 'Polen', 7)")
        failed = {p.check for p in check(store)}
    assert "every sentences row has its document" in failed
    assert "every mentions row has its document" in failed
    result = CliRunner().invoke(app, ["check", "--db", db])
    assert result.exit_code == 1 and "failed" in result.output


def _line(i: int) -> str:
    return json.dumps({"id": f"d{i:04d}", "date": f"20{10 + i % 15}-0{1 + i % 9}-1{i % 10}",
                       "text": f"Meldung {i}. " + GERMAN.replace("3. Mai 2021", f"{1 + i % 28}. Juni {1990 + i % 35}")},
                      ensure_ascii=False)


def _writer(pipe: Path, proc: subprocess.Popen[bytes]) -> io.TextIOWrapper:
    """The write end of the named pipe, once the ingest has opened it (never hangs if the ingest died first)."""
    for _ in range(600):
        try:
            fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # no reader yet
            assert proc.poll() is None, "chronik ingest ended before reading the pipe"
            time.sleep(0.1)
            continue
        os.set_blocking(fd, True)
        return open(fd, "w", encoding="utf-8")  # noqa: SIM115 (closed by the caller's with)
    raise AssertionError("chronik ingest never opened the pipe")


def test_ingest_killed_midway_leaves_a_consistent_store_and_a_rerun_completes(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    total = 60
    env = {**os.environ, "CHRONIK_DB": str(db)}
    (tmp_path / "first.jsonl").write_text(_line(0) + "\n", encoding="utf-8")
    subprocess.run([str(CHRONIK), "ingest", str(tmp_path / "first.jsonl")], env=env, check=True, capture_output=True)
    wal = Path(f"{db}.wal")
    assert not wal.exists()
    pipe = tmp_path / "stream.jsonl"
    os.mkfifo(pipe)
    proc = subprocess.Popen([str(CHRONIK), "ingest", str(pipe)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        with _writer(pipe, proc) as writer:
            writer.write("".join(_line(i) + "\n" for i in range(1, 40)))
            writer.flush()
            for _ in range(600):  # wait (at most a minute) until documents are being committed
                if wal.exists() and wal.stat().st_size > 0:
                    break
                time.sleep(0.1)
            writer.write(_line(40)[:50])  # half a record still in the pipe
            writer.flush()
            proc.send_signal(signal.SIGKILL)
            proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    with Store(db) as store:
        assert check(store) == []
        stored = store.counts()["documents"]
    assert 1 <= stored < total
    (tmp_path / "all.jsonl").write_text("".join(_line(i) + "\n" for i in range(total)), encoding="utf-8")
    rerun = subprocess.run([str(CHRONIK), "ingest", str(tmp_path / "all.jsonl")], env=env, capture_output=True,
                           text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{stored} unchanged" in rerun.stderr
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == total
        assert check(store) == []
        assert store.counts()["entities"] > 0


# --- property and fuzz tests (bounded) ----------------------------------------------------------------

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
DATE_WORDS = ["am", "7.", "8.", "20.-22.", "Oktober", "März", "Februar", "2025", "1992", "2012", "und", "im", "Jahr",
              "Jahre", "Anfang", "Mitte", "Ende", "gestern", "heute", "Montag", "vergangenen", "kommenden", "Woche",
              "07.10.2025", "2025-11-10", "31.02.2024", "Laufe", "der", "kürzlich", "(1995)", "(", ")", ",", ".",
              "bis", "zum", "seit", "Sommer", "Quartal", "99.", "0.", "Jahrhunderts", "1990er", "-"]
MONEY_WORDS = ["3,9", "Milliarden", "Milliarde", "Millionen", "Mio.", "Mrd.", "US-Dollar", "Euro", "€", "$",
               "eine", "rund", "über", "knapp", "180-Millionen-Dollar-Projekt", "47,3", "1.000.000", "0", "0,0",
               "Tenge", "Rubel", "Stipendien", "500", "Anstieg", "um", "das", "5,8-fache", "Handel", "Kasachstan",
               "Deutschland", "Investitionen", "von", "auf", "-", ",", ".", "1,1", "Billionen", "zwei", "Prozent"]


def _sentences(words: list[str]) -> st.SearchStrategy[str]:
    word = st.one_of(st.sampled_from(words), st.text(max_size=6))
    return st.lists(word, max_size=30).map(" ".join)


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".rss", ".xml"]))
def test_readers_never_crash_on_arbitrary_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    for item in read_file(path):
        assert isinstance(item, RawDocument | IngestError)
        assert str(path) in (item.source if isinstance(item, IngestError) else item.source)


@FUZZ
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=400).map(lambda t: t + " " + GERMAN),
       suffix=st.sampled_from([".txt", ".html", ".jsonl"]))
def test_readers_keep_any_german_text_readable(tmp_path: Path, text: str, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    body = json.dumps({"id": "x", "text": text}) if suffix == ".jsonl" else text
    path.write_text(body, encoding="utf-8")
    items = list(read_file(path))
    assert len(items) == 1
    if suffix == ".jsonl" and isinstance(items[0], RawDocument):
        assert items[0].text == text


@FUZZ
@given(text=_sentences(DATE_WORDS), anchor=st.sampled_from([None, "2026-01-09", "2015-06", "1999"]))
def test_dates_never_crash_and_stay_within_the_text(text: str, anchor: str | None) -> None:
    times = resolve_times(find_times(text), DocDate(anchor), analyze(text))
    for t in times:
        assert 0 <= t.start <= t.end <= len(text)
        assert t.precision in (None, "day", "month", "year")
        if t.value is not None:
            assert t.value[:4].isdigit()


@FUZZ
@given(text=_sentences(MONEY_WORDS))
def test_money_facts_never_crash_and_are_positive(text: str) -> None:
    rec = process(RawDocument(doc_id="f", text="Der Handel wuchs. " + text, source="fuzz"))
    assert isinstance(rec, DocRecord)
    for fact in rec.facts:
        assert fact.value > 0
        assert 0 <= fact.start <= fact.end <= len(rec.doc.text)


@FUZZ
@given(text=st.text(max_size=300))
def test_pipeline_reads_any_text_without_crashing(text: str) -> None:
    rec = process(RawDocument(doc_id="f", text=text, source="fuzz"))
    for m in rec.mentions:
        assert rec.doc.text[m.start:m.end] == m.text
    for e in rec.events:
        assert 0 <= e.start <= e.end <= len(text)


def test_a_crash_in_one_document_is_reported_and_the_rest_stored(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import chronik.parallel

    real = chronik.parallel.process

    def fragile(doc: RawDocument) -> DocRecord:
        if "Sprengsatz" in doc.text:
            raise IndexError("list index out of range")
        return real(doc)

    monkeypatch.setattr(chronik.parallel, "process", fragile)
    (tmp_path / "a.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GERMAN + " Ein Sprengsatz wurde gefunden.", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", db])
    assert result.exit_code == 0, result.output
    assert "b.txt: reading failed (IndexError: list index out of range)" in result.output
    with Store(db, read_only=True) as store:
        assert [r["doc_id"] for r in store.query("SELECT doc_id FROM documents")] == ["a"]
