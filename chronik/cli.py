"""The `chronik` command line."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from chronik.ingest.readers import read_paths
from chronik.model import DocRecord, IngestError
from chronik.pipeline import process
from chronik.resolve.entities import build_kb
from chronik.store.duck import Store, default_path, dumps, event_record

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read German news about international relations into dated, sourced records.")
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[str | None, typer.Option("--db", help="DuckDB file (default $CHRONIK_DB or ./chronik.duckdb)")]
Paths = Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl)")]


def _report(error: IngestError) -> None:
    err.print(f"[yellow]skipped[/yellow] {error.source}: {error.reason}", highlight=False)


def _records(paths: list[Path]) -> tuple[list[DocRecord], int]:
    records, errors = [], 0
    for item in read_paths(paths):
        if isinstance(item, IngestError):
            _report(item)
            errors += 1
        else:
            records.append(process(item))
    return records, errors


@app.command()
def extract(paths: Paths,
            fmt: Annotated[str, typer.Option("--format", help="jsonl")] = "jsonl",
            kb: Annotated[Path | None, typer.Option("--kb", help="write the corpus entity table here")] = None,
            ) -> None:
    """Read articles and print one JSON record per document."""
    if fmt != "jsonl":
        raise typer.BadParameter("only --format jsonl is supported", param_hint="--format")
    records, _ = _records(paths)
    for rec in records:
        sys.stdout.write(dumps(rec.to_json()) + "\n")
    if kb is not None:
        table = build_kb((rec.doc.doc_id, ent) for rec in records for ent in rec.entities)
        kb.write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")


@app.command()
def ingest(paths: Paths, db: DbOption = None) -> None:
    """Read articles into the store; unchanged documents are skipped, changed ones replaced."""
    actions: dict[str, int] = {}
    errors = 0
    with Store(db or default_path()) as store:
        for item in read_paths(paths):
            if isinstance(item, IngestError):
                _report(item)
                errors += 1
                continue
            result = store.write(process(item))
            actions[result.action] = actions.get(result.action, 0) + 1
        if set(actions) - {"unchanged"}:
            store.replace_entities(build_kb(store.doc_entities()))
        counts = store.counts()
    summary = ", ".join(f"{n} {a}" for a, n in sorted(actions.items())) or "nothing read"
    err.print(f"ingested: {summary}; {errors} skipped. Store {db or default_path()}: "
              + ", ".join(f"{n} {t}" for t, n in counts.items()), highlight=False)


@app.command()
def events(db: DbOption = None,
           country: Annotated[str | None, typer.Option(help="ISO3 code of one side")] = None,
           partner: Annotated[str | None, typer.Option(help="ISO3 code of the other side")] = None,
           type_: Annotated[str | None, typer.Option("--type", help="PLOVER type or subtype")] = None,
           date_from: Annotated[str | None, typer.Option("--from", help="earliest date (ISO)")] = None,
           date_to: Annotated[str | None, typer.Option("--to", help="latest date (ISO)")] = None,
           fmt: Annotated[str, typer.Option("--format", help="table, json or csv")] = "table") -> None:
    """List stored events: a country pair's timeline with --country and --partner."""
    with _open(db) as store:
        rows = [event_record(r) for r in store.events(country, partner, type_, date_from, date_to)]
    if fmt == "json":
        print(dumps(rows))
    elif fmt == "csv":
        _csv(rows, ["doc_id", "date", "type", "subtype", "status", "source", "target", "evidence"])
    else:
        table = Table("date", "type", "subtype", "status", "source", "target", "document", title="events")
        for r in rows:
            table.add_row(r["date"] or "–", r["type"], r["subtype"], r["status"], _actor(r["source"]),
                          _actor(r["target"]), r["doc_id"])
        Console().print(table)


@app.command()
def entities(db: DbOption = None,
             fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table") -> None:
    """List the corpus entities with their aliases and documents."""
    with _open(db) as store:
        rows = store.query("SELECT type, name, country, aliases, roles, docs FROM entities ORDER BY type, name")
    if fmt == "json":
        print(dumps(rows))
        return
    table = Table("type", "name", "country", "aliases", "documents", title="entities")
    for r in rows:
        table.add_row(r["type"], r["name"], r["country"] or "–", ", ".join(r["aliases"]), str(len(r["docs"])))
    Console().print(table)


def _open(db: str | None) -> Store:
    try:
        return Store(db or default_path(), read_only=True)
    except FileNotFoundError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None


def _actor(actor: dict[str, str | None]) -> str:
    return f"{actor['name']} ({actor['country'] or '?'})"


def _csv(rows: list[dict], fields: list[str]) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(fields)
    for r in rows:
        writer.writerow([_actor(r[f]) if isinstance(r.get(f), dict) else r.get(f) for f in fields])
