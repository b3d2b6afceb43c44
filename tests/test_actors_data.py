"""The office-holder dictionary (chronik/data/actors.tsv): well-formed rows, and what it tells a reader."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from chronik.extract.entities import extract_entities
from chronik.language.actors import lookup_actor
from chronik.language.text import analyze
from chronik.model import Entity, EntityLayer
from chronik.resolve.keys import fold

DATA = Path(__file__).resolve().parent.parent / "chronik" / "data"
ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


ACTORS = _rows("actors.tsv")


def test_every_row_has_the_header_columns_and_a_name_and_office() -> None:
    header, *rows = ACTORS
    assert header == ["name", "variants", "country", "office", "start", "end", "source"]
    bad = [r for r in rows if len(r) != len(header) or not r[0].strip() or not r[3].strip() or not r[6].strip()]
    assert not bad, bad[:5]


def test_every_country_is_known_to_the_country_tables() -> None:
    known = {r[0] for r in _rows("countries.tsv")[1:]} | {r[0] for r in _rows("countries_extra.tsv")[1:]}
    known |= {"EUU"}  # EU offices
    unknown = [r[:4] for r in ACTORS[1:] if r[2] and r[2] not in known]
    assert not unknown, unknown[:5]


def test_dates_are_iso_and_start_is_not_after_end() -> None:
    bad = []
    for r in ACTORS[1:]:
        start, end = r[4], r[5]
        malformed = any(d and not ISO_DATE.fullmatch(d) for d in (start, end))
        if malformed or (start and end and start[:len(end)] > end[:len(start)]):
            bad.append(r[:6])
    assert not bad, bad[:5]


def test_no_person_holds_the_same_office_twice_from_the_same_start() -> None:
    counts = Counter((fold(r[0]), r[3], r[4]) for r in ACTORS[1:])
    assert not [k for k, n in counts.items() if n > 1]


@pytest.mark.parametrize(("name", "date", "country", "office"), [
    ("A. K. Abdul Momen", "2021-03-01", "BGD", "Außenminister"),
    ("Schoigu", "2023-01-10", "RUS", "Verteidigungsminister"),
    ("Schoigu", "2025-02-01", "RUS", "Sekretär des Sicherheitsrats"),
    ("Yoav Gallant", "2023-10-20", "ISR", "Verteidigungsminister"),
    ("Jair Lapid", "2021-09-01", "ISR", "Außenminister"),
    ("Jair Lapid", "2022-09-01", "ISR", "Ministerpräsident"),
    ("Kristian Jensen", "2016-06-01", "DNK", "Außenminister"),
])
def test_a_date_picks_the_office_held_then(name: str, date: str, country: str, office: str) -> None:
    actor = lookup_actor(name, date)
    assert actor is not None and (actor.country, actor.office) == (country, office)


def test_a_minister_known_only_to_the_dictionary_gets_his_country() -> None:
    layer: EntityLayer = extract_entities(analyze(
        "Der Außenminister Ali Sabry sagte am Dienstag in Genf, man wolle die Gespräche fortsetzen. "
        "Verteidigungsminister Hulusi Akar kündigte ein Treffen mit seinem Amtskollegen an."))
    hits: dict[str, Entity] = {a: e for e in layer.entities for a in e.aliases}
    assert hits["Ali Sabry"].country == "LKA"
    assert hits["Hulusi Akar"].country == "TUR"
