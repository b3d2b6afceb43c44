"""A store for the serve, export and browser tests: the bundled sample ingested by the CLI, plus two
short articles written for these tests whose events are coded by hand (so that filters, counts and
exports are checked against known answers whatever the extractor reads), one happening reported twice."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from chronik.cli import app
from chronik.language.text import analyze
from chronik.model import Actor, DocDate, DocRecord, Entity, Event, Fact, Mention, RawDocument
from chronik.store.duck import Store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

VISIT_ARTICLE = (
    "Chilenische Außenministerin besucht Seoul\n\n"
    "Die chilenische Außenministerin Ana Torres ist am 2. Juni 2025 zu einem offiziellen Besuch in Seoul "
    "eingetroffen. Am 3. Juni unterzeichneten Torres und der südkoreanische Außenminister Min-jun Park ein "
    "Abkommen über eine Rohstoffpartnerschaft.\n\n"
    "Park will im Herbst 2025 nach Santiago de Chile reisen. Der Handel zwischen beiden Ländern erreichte "
    "im Jahr 2024 rund 6,1 Milliarden US-Dollar.\n")
SHORT_ARTICLE = ("Torres in Seoul\n\n"
                 "Ana Torres, Außenministerin Chiles, ist am Montag in Seoul zu einem offiziellen Besuch "
                 "eingetroffen.\n")
SAME_VISIT = 910_000_001  # the event_id the resolver would give the visit both articles report

VISIT_EVIDENCE = ("Die chilenische Außenministerin Ana Torres ist am 2. Juni 2025 zu einem offiziellen Besuch in "
                  "Seoul eingetroffen.")
SIGNING_EVIDENCE = ("Am 3. Juni unterzeichneten Torres und der südkoreanische Außenminister Min-jun Park ein Abkommen "
                    "über eine Rohstoffpartnerschaft.")
PLANNED_EVIDENCE = "Park will im Herbst 2025 nach Santiago de Chile reisen."


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _mentions(text: str, names: list[tuple[str, str, int]]) -> list[Mention]:
    out = []
    for surface, etype, entity in names:
        start = text.index(surface)
        out.append(Mention(start, start + len(surface), etype, surface, entity))  # type: ignore[arg-type]
    return out


def _event(text: str, evidence: str, **kw: object) -> Event:
    start, end = _span(text, evidence)
    return Event(evidence=evidence, start=start, end=end, **kw)  # type: ignore[arg-type]


def visit_record() -> DocRecord:
    """The longer article: a visit, a signing, a planned return visit and a trade figure."""
    text = VISIT_ARTICLE
    torres = Entity("PER", "Ana Torres", ["Ana Torres", "Torres"], "CHL", ["Außenministerin"])
    park = Entity("PER", "Min-jun Park", ["Min-jun Park", "Park"], "KOR", ["Außenminister"])
    seoul = Entity("GPE", "Seoul", ["Seoul"], "KOR")
    santiago = Entity("GPE", "Santiago de Chile", ["Santiago de Chile"], "CHL")
    mentions = _mentions(text, [("Ana Torres", "PER", 0), ("Min-jun Park", "PER", 1), ("Santiago de Chile", "GPE", 3)])
    seoul_at = text.index("Seoul eingetroffen")
    mentions.append(Mention(seoul_at, seoul_at + 5, "GPE", "Seoul", 2))
    events = [
        _event(text, VISIT_EVIDENCE, type="CONSULT", subtype="official_visit", status="occurred",
               source=Actor("Ana Torres", "CHL", 0), target=Actor("Südkorea", "KOR", None), date="2025-06-02",
               location="Seoul"),
        _event(text, SIGNING_EVIDENCE, type="SUPPORT", subtype="agreement_signed", status="occurred",
               source=Actor("Ana Torres", "CHL", 0), target=Actor("Min-jun Park", "KOR", 1), date="2025-06-03",
               cameo="057", goldstein=8.0),
        _event(text, PLANNED_EVIDENCE, type="AGREE", subtype="visit", status="planned",
               source=Actor("Min-jun Park", "KOR", 1), target=Actor("Chile", "CHL", None), date="2025",
               location="Santiago de Chile"),
    ]
    figure = "rund 6,1 Milliarden US-Dollar"
    start, end = _span(text, figure)
    trade = text[text.index("Der Handel"):text.index("US-Dollar.") + 10]
    facts = [Fact("trade_volume", 6.1e9, "USD", "approx", "2024", ["CHL", "KOR"], trade, start, end)]
    doc = RawDocument("zz_chile_korea_besuch", text, "tests/zz_chile_korea_besuch.txt",
                      title="Chilenische Außenministerin besucht Seoul", meta_date="2025-06-04")
    return DocRecord(doc, analyze(text), DocDate("2025-06-04"), [torres, park, seoul, santiago], mentions, events,
                     facts)


def short_record() -> DocRecord:
    """A short report of the same visit from another outlet."""
    text = SHORT_ARTICLE
    torres = Entity("PER", "Ana Torres", ["Ana Torres"], "CHL", ["Außenministerin Chiles"])
    evidence = "Ana Torres, Außenministerin Chiles, ist am Montag in Seoul zu einem offiziellen Besuch eingetroffen."
    events = [_event(text, evidence, type="CONSULT", subtype="official_visit", status="occurred",
                     source=Actor("Ana Torres", "CHL", 0), target=Actor("Südkorea", "KOR", None), date="2025-06-02",
                     location="Seoul")]
    doc = RawDocument("zz_seoul_kurzmeldung", text, "https://nachrichten.example/seoul", title="Torres in Seoul",
                      meta_date="2025-06-02", url="https://nachrichten.example/seoul", outlet="Nachrichten Beispiel")
    return DocRecord(doc, analyze(text), DocDate("2025-06-02"), [torres],
                     _mentions(text, [("Ana Torres", "PER", 0)]), events, [])


def build_store(db: Path) -> Path:
    """Write the two coded articles, ingest the sample with the CLI, and link the two visit reports."""
    with Store(db) as store:
        store.write(visit_record())
        store.write(short_record())
    result = CliRunner().invoke(app, ["ingest", str(SAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        store.con.execute("UPDATE events SET event_id = ? WHERE subtype = 'official_visit' AND doc_id IN "
                          "('zz_chile_korea_besuch', 'zz_seoul_kurzmeldung')", [SAME_VISIT])
    return db
