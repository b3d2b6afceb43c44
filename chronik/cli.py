"""The `chronik` command line."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from chronik.ingest.watch import ingest_sources, watch
from chronik.model import DocRecord, IngestError
from chronik.parallel import EntitySpill, Plan, run
from chronik.resolve.entities import build_kb
from chronik.resolve.queries import entity_happenings, find_entities, list_entities
from chronik.store.check import check as check_store
from chronik.store.duck import OutdatedStore, Store, default_path, dumps, event_record

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read German news about international relations into dated, sourced records.")
err = Console(stderr=True, soft_wrap=True)


def _out() -> Console:
    """Console for tables: the terminal's width, or a wide page when output goes to a file or pipe."""
    return Console() if sys.stdout.isatty() else Console(width=200)

DbOption = Annotated[str | None, typer.Option("--db", help="DuckDB file (default $CHRONIK_DB or ./chronik.duckdb)")]
Paths = Annotated[list[str], typer.Argument(help="Files, folders (.txt, .html, .jsonl, .rss/.atom/.xml) or feed URLs")]
Workers = Annotated[int, typer.Option("--workers", min=1, help="worker processes (or Dask workers)")]
Engine = Annotated[str, typer.Option("--engine", help="local or dask")]
Scheduler = Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address (default: a local cluster)")]
ParquetDir = Annotated[Path | None, typer.Option("--parquet", help="with --engine dask: write partitions here")]


def _report(error: IngestError) -> None:
    err.print(f"[yellow]skipped[/yellow] {error.source}: {error.reason}", highlight=False)


def _records(paths: list[str], plan: Plan) -> Iterator[DocRecord]:
    """Records in input order; errors are reported on stderr."""
    for item in run(paths, plan):
        if isinstance(item, IngestError):
            _report(item)
        elif isinstance(item, DocRecord):
            yield item


@app.command()
def extract(paths: Paths,
            fmt: Annotated[str, typer.Option("--format", help="jsonl")] = "jsonl",
            kb: Annotated[Path | None, typer.Option("--kb", help="write the corpus entity table here")] = None,
            workers: Workers = 1, engine: Engine = "local", scheduler: Scheduler = None,
            parquet: ParquetDir = None) -> None:
    """Read articles and print one JSON record per document, as each is read."""
    if fmt != "jsonl":
        raise typer.BadParameter("only --format jsonl is supported", param_hint="--format")
    with EntitySpill() as spill:  # the kb's input waits on disk: memory stays flat however many documents
        for rec in _records(paths, Plan(engine, workers, scheduler, parquet_dir=parquet)):
            sys.stdout.write(dumps(rec.to_json()) + "\n")
            if kb is not None:
                spill.add(rec)
        if kb is not None:
            table = build_kb(spill)
            kb.write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")


@app.command()
def ingest(paths: Paths, db: DbOption = None, workers: Workers = 1, engine: Engine = "local",
           scheduler: Scheduler = None, parquet: ParquetDir = None) -> None:
    """Read articles into the store; unchanged documents are skipped, changed ones replaced."""
    errors: list[IngestError] = []
    with Store(db or default_path()) as store:
        actions = ingest_sources(store, paths, Plan(engine, workers, scheduler, parquet_dir=parquet),
                                 lambda e: (_report(e), errors.append(e)))
        counts = store.counts()
    summary = ", ".join(f"{n} {a}" for a, n in sorted(actions.items())) or "nothing read"
    err.print(f"ingested: {summary}; {len(errors)} skipped. Store {db or default_path()}: "
              + ", ".join(f"{n} {t}" for t, n in counts.items()), highlight=False)


@app.command("watch")
def watch_cmd(sources: Paths, db: DbOption = None, workers: Workers = 1,
              interval: Annotated[float, typer.Option("--interval", min=0.1, help="seconds between polls")] = 30.0,
              once: Annotated[bool, typer.Option("--once", help="one pass, then stop")] = False) -> None:
    """Watch folders and feed URLs: ingest new and changed articles as they arrive."""
    def report(actions: dict[str, int]) -> None:
        err.print("watch: " + (", ".join(f"{n} {a}" for a, n in sorted(actions.items())) or "nothing new"),
                  highlight=False)

    try:
        watch(sources, db or default_path(), Plan(workers=workers), interval, once, _report, report)
    except KeyboardInterrupt:
        err.print("watch: stopped")


@app.command()
def check(db: DbOption = None) -> None:
    """Check the store's integrity: exit 0 when consistent, 1 with the failed checks otherwise."""
    with _open(db) as store:
        problems = check_store(store)
        counts = store.counts()
    if not problems:
        err.print(f"consistent: {counts['documents']} documents, {counts['events']} events, "
                  f"{counts['mentions']} mentions, {counts['facts']} facts", highlight=False)
        return
    for p in problems:
        err.print(f"[red]failed[/red] {p.check}: {p.count} rows, e.g. {p.examples}", highlight=False)
    raise typer.Exit(1)


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
        _out().print(table)


@app.command()
def entities(db: DbOption = None,
             fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table") -> None:
    """List the resolved corpus entities with their aliases, roles (dated) and documents."""
    with _open(db) as store:
        rows = list_entities(store.con)
    if fmt == "json":
        print(dumps([{k: r[k] for k in ("entity_id", "type", "name", "country", "aliases", "roles", "docs")}
                     for r in rows]))
        return
    table = Table("type", "name", "country", "aliases", "roles", "documents", title="entities")
    for r in rows:
        table.add_row(r["type"], r["name"], r["country"] or "–", ", ".join(r["aliases"]), "; ".join(r["dated_roles"]),
                      ", ".join(r["docs"]))
    _out().print(table)


@app.command()
def relink(db: DbOption = None) -> None:
    """Resolve all stored entities afresh, e.g. after editing aliases.tsv or actors.tsv."""
    with Store(db or default_path()) as store:
        store.relink()
        counts = store.counts()
    err.print(f"relinked: {counts['doc_entities']} document entities into {counts['entities']} entities",
              highlight=False)


@app.command()
def entity(name: Annotated[str, typer.Argument(help="a name or alias, in any spelling")], db: DbOption = None,
           fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table") -> None:
    """Show one entity: its aliases, dated roles, documents and the happenings it takes part in."""
    with _open(db) as store:
        found = find_entities(store.con, name)
        if not found:
            err.print(f"no entity matches {name!r}")
            raise typer.Exit(1)
        ent = found[0]
        events_ = entity_happenings(store.con, ent)
    if fmt == "json":
        print(dumps({**ent, "events": events_, "others": [o["name"] for o in found[1:]]}))
        return
    out = _out()
    out.print(f"[bold]{ent['name']}[/bold] ({ent['type']}, {ent['country'] or '?'})")
    out.print("aliases: " + ", ".join(ent["aliases"]), highlight=False)
    out.print("roles: " + ("; ".join(ent["dated_roles"]) or "–"), highlight=False)
    out.print("documents: " + ", ".join(ent["docs"]), highlight=False)
    if found[1:]:
        out.print("also matching: " + ", ".join(o["name"] for o in found[1:]), highlight=False)
    table = Table("date", "type", "subtype", "status", "source", "target", "mentions", "sources", title="events")
    for h in events_:
        table.add_row(h["date"] or "–", h["type"], h["subtype"], h["status"],
                      f"{h['source_name']} ({h['source_country'] or '?'})",
                      f"{h['target_name']} ({h['target_country'] or '?'})", str(h["num_mentions"]),
                      str(h["num_sources"]))
    out.print(table)


@app.command()
def facts(db: DbOption = None,
          country: Annotated[str | None, typer.Option(help="ISO3 code of one country concerned")] = None,
          partner: Annotated[str | None, typer.Option(help="ISO3 code of another country concerned")] = None,
          fmt: Annotated[str, typer.Option("--format", help="table, json or csv")] = "table",
          rates: Annotated[Path | None, typer.Option(help="CSV/TSV file: currency,rate_to_target")] = None,
          to_currency: Annotated[str | None, typer.Option("--to-currency", help="convert with --rates")] = None,
          ) -> None:
    """List stored money facts (trade, investment, contracts, projects, aid); convert with a rate file."""
    from chronik.facts import csv_rows, fact_record, fact_table, load_rates
    if bool(rates) != bool(to_currency):
        raise typer.BadParameter("--rates and --to-currency go together", param_hint="--rates")
    try:
        table = load_rates(rates, to_currency) if rates and to_currency else None
    except (OSError, ValueError) as exc:
        raise typer.BadParameter(str(exc), param_hint="--rates") from None
    with _open(db) as store:
        records = [fact_record(r, table) for r in store.facts(country, partner)]
    if fmt == "json":
        print(dumps(records))
    elif fmt == "csv":
        fields, rows = csv_rows(records)
        writer = csv.writer(sys.stdout)
        writer.writerow(fields)
        writer.writerows(rows)
    else:
        _out().print(fact_table(records))


@app.command()
def serve(db: DbOption = None,
          host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
          port: Annotated[int, typer.Option(min=0, max=65535, help="port")] = 8000,
          write_token: Annotated[str | None, typer.Option(
              envvar="CHRONIK_WRITE_TOKEN", help="allow POST /api/documents with this bearer token")] = None,
          cors_origin: Annotated[list[str] | None, typer.Option(help="allow this web origin (repeatable)")] = None,
          ) -> None:
    """Serve the web page and the HTTP API (docs at /docs) over the store; read-only without --write-token."""
    from chronik.serve.server import ServeConfig, run_server
    try:
        run_server(ServeConfig(db or default_path(), write_token, cors_origins=list(cors_origin or [])), host, port)
    except FileNotFoundError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None


@app.command("export")
def export_cmd(out: Annotated[Path, typer.Argument(help="output file (plover, cameo) or folder (csv, parquet)")],
               fmt: Annotated[str, typer.Option("--format", help="plover, cameo, csv or parquet")] = "plover",
               db: DbOption = None,
               header: Annotated[bool, typer.Option(help="cameo: first line names the columns")] = False) -> None:
    """Export the store: PLOVER JSON lines, a GDELT 2.0-style CAMEO table, or CSV/Parquet tables."""
    from chronik.export.writers import FORMATS, export
    if fmt not in FORMATS:
        raise typer.BadParameter(f"one of {', '.join(FORMATS)}", param_hint="--format")
    with _open(db) as store:
        report = export(store.con, fmt, out, header)
    err.print(report, highlight=False)


def _open(db: str | None) -> Store:
    try:
        return Store(db or default_path(), read_only=True)
    except (FileNotFoundError, OutdatedStore) as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None


def _actor(actor: dict[str, str | None]) -> str:
    return f"{actor['name']} ({actor['country'] or '?'})"


def _csv(rows: list[dict], fields: list[str]) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(fields)
    for r in rows:
        writer.writerow([_actor(r[f]) if isinstance(r.get(f), dict) else r.get(f) for f in fields])
