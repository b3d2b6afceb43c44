"""The HTTP API and web page over a chronik store (FastAPI).

Read-only unless the server is started with a write token: the database is then opened
read-only for every request, so nothing a visitor sends can change it. Request bodies, URLs
and pages are size-limited, every query is parameterised, CORS is off unless origins are
given, and errors reach clients as short JSON messages, never as stack traces.
"""



import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import duckdb
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from chronik.serve import queries
from chronik.serve.queries import EventFilter

STATIC = Path(__file__).resolve().parent / "static"
log = logging.getLogger("chronik.serve")

ISO3 = r"^[A-Za-z]{3}$"
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
WORD = r"^[A-Za-z_]{1,40}$"
CSP = ("default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'")


@dataclass(slots=True)
class ServeConfig:
    """How the server runs: the database, the write token (None: read-only), limits and CORS origins."""

    db: str
    write_token: str | None = None
    max_body: int = 1_000_000
    max_url: int = 4096
    max_page: int = 500
    default_page: int = 100
    cors_origins: list[str] = field(default_factory=list)


class SizeLimit:
    """ASGI middleware: refuse over-long URLs (414) and bodies over the limit (413), declared or streamed."""

    def __init__(self, app: ASGIApp, max_body: int, max_url: int) -> None:
        self.app, self.max_body, self.max_url = app, max_body, max_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") > self.max_url:
            await _plain_error(send, 414, "request URL too long")
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _plain_error(send, 413, f"request body larger than {self.max_body} bytes")
            return
        chunks, seen, more = [], 0, True
        while more:  # read the whole body first (it is small by then), so nothing half-read reaches the app
            message = await receive()
            if message["type"] != "http.request":
                return
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            more = message.get("more_body", False)
            if seen > self.max_body:
                await _plain_error(send, 413, f"request body larger than {self.max_body} bytes")
                return
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


async def _plain_error(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _upper(code: str | None) -> str | None:
    return code.upper() if code else None


class NewDocument(BaseModel):
    """An article to add (only with the write token)."""

    id: str = Field(min_length=1, max_length=200, pattern=r"^[\w.\-]+$")
    text: str = Field(min_length=1)
    title: str | None = Field(default=None, max_length=1000)
    date: str | None = Field(default=None, pattern=ISO_DATE)
    url: str | None = Field(default=None, max_length=2000)


def create_app(config: ServeConfig) -> FastAPI:
    """The FastAPI application for one store."""
    if not Path(config.db).is_file():
        raise FileNotFoundError(f"no chronik database at {config.db} (run 'chronik ingest' first)")
    app = FastAPI(title="chronik", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Dated, sourced records of international relations read from German news. "
                              + ("Read-only." if config.write_token is None else
                                 "Writes need the bearer token the server was started with."))
    read_only = config.write_token is None
    page_size = Annotated[int, Query(ge=1, le=config.max_page, description=f"page size, at most {config.max_page}")]
    offset_q = Annotated[int, Query(ge=0, le=10_000_000)]
    country_q = Annotated[str | None, Query(pattern=ISO3, description="ISO3 code of one side")]
    partner_q = Annotated[str | None, Query(pattern=ISO3, description="ISO3 code of the other side")]

    def connection() -> Iterator[duckdb.DuckDBPyConnection]:
        try:
            con = duckdb.connect(config.db, read_only=read_only)
        except duckdb.Error as exc:
            log.warning("cannot open %s: %s", config.db, exc)
            raise HTTPException(503, "the store is busy or unavailable; retry shortly") from None
        try:
            yield con
        finally:
            con.close()

    Con = Annotated[duckdb.DuckDBPyConnection, Depends(connection)]

    def event_filter(country: country_q = None, partner: partner_q = None,
                     type: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3,12}$", description="PLOVER type")] = None,
                     subtype: Annotated[str | None, Query(pattern=WORD)] = None,
                     status: Annotated[str | None, Query(pattern="^(occurred|planned)$")] = None,
                     date_from: Annotated[str | None, Query(alias="from", pattern=ISO_DATE)] = None,
                     date_to: Annotated[str | None, Query(alias="to", pattern=ISO_DATE)] = None,
                     q: Annotated[str | None, Query(max_length=200, description="words in evidence or names")] = None,
                     entity: Annotated[int | None, Query(ge=0, description="corpus entity id")] = None,
                     ) -> EventFilter:
        return EventFilter(_upper(country), _upper(partner), _upper(type), subtype, status, date_from, date_to, q,
                           entity)

    Filter = Annotated[EventFilter, Depends(event_filter)]

    @app.get("/api/events", summary="Events, one per happening, oldest first")
    def list_events(con: Con, flt: Filter, limit: page_size = config.default_page,
                    offset: offset_q = 0) -> dict[str, Any]:
        page = queries.happenings(con, flt, limit, offset)
        return {"total": page.total, "limit": limit, "offset": offset,
                "items": [queries.event_json(r) for r in page.items]}

    @app.get("/api/entities", summary="Corpus entities, most documents first")
    def list_entities(con: Con, type: Annotated[str | None, Query(pattern="^(PER|ORG|GPE|LOC)$")] = None,
                      country: country_q = None, q: Annotated[str | None, Query(max_length=200)] = None,
                      limit: page_size = config.default_page, offset: offset_q = 0) -> dict[str, Any]:
        page = queries.entities(con, type, _upper(country), q, limit, offset)
        return {"total": page.total, "limit": limit, "offset": offset, "items": page.items}

    @app.get("/api/entities/{entity_id}", summary="One entity with its documents and events")
    def get_entity(con: Con, entity_id: Annotated[int, PathParam(ge=0, le=2**62)]) -> dict[str, Any]:
        ent = queries.entity(con, entity_id)
        if ent is None:
            raise HTTPException(404, "no such entity")
        flt = EventFilter(country=ent["country"]) if ent["type"] == "GPE" and ent["country"] else \
            EventFilter(entity=entity_id)
        page = queries.happenings(con, flt, config.max_page, 0)
        ent["events"] = [queries.event_json(r) for r in page.items]
        ent["events_total"] = page.total
        return ent

    @app.get("/api/documents", summary="Documents, newest first")
    def list_documents(con: Con, limit: page_size = config.default_page, offset: offset_q = 0) -> dict[str, Any]:
        total = con.execute("SELECT count(*) FROM documents").fetchone()[0]  # type: ignore[index]
        cur = con.execute("SELECT doc_id, title, doc_date, url, source FROM documents "
                          "ORDER BY doc_date DESC NULLS LAST, doc_id LIMIT ? OFFSET ?", [limit, offset])
        names = [d[0] for d in cur.description]
        return {"total": total, "limit": limit, "offset": offset,
                "items": [dict(zip(names, r)) for r in cur.fetchall()]}

    @app.get("/api/documents/{doc_id}", summary="A document's text with the spans of mentions, events and facts")
    def get_document(con: Con, doc_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        doc = queries.document(con, doc_id)
        if doc is None:
            raise HTTPException(404, "no such document")
        return doc

    @app.get("/api/dyads", summary="Events and cooperation (sum of Goldstein scores) per country pair and month")
    def list_dyads(con: Con, flt: Filter) -> dict[str, Any]:
        return {"items": queries.dyads(con, flt)}

    @app.get("/api/network", summary="Actors in most happenings (up to `limit`) and the happenings between them")
    def get_network(con: Con, flt: Filter, limit: page_size = config.default_page) -> dict[str, Any]:
        return queries.network(con, flt, limit)

    @app.get("/api/facts", summary="Money facts (trade, investment, contracts, aid)")
    def list_facts(con: Con, country: country_q = None, partner: partner_q = None,
                   kind: Annotated[str | None, Query(pattern=WORD)] = None,
                   limit: page_size = config.default_page, offset: offset_q = 0) -> dict[str, Any]:
        page = queries.facts(con, _upper(country), _upper(partner), kind, limit, offset)
        return {"total": page.total, "limit": limit, "offset": offset, "items": page.items}

    @app.get("/api/meta", summary="Counts, countries, types and the date range in the store")
    def get_meta(con: Con) -> dict[str, Any]:
        return {**queries.meta(con), "read_only": read_only, "max_page": config.max_page}

    @app.post("/api/documents", status_code=201, summary="Add an article (needs the server's write token)")
    def add_document(doc: NewDocument, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        if config.write_token is None:
            raise HTTPException(403, "this server is read-only")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), config.write_token.encode()):
            raise HTTPException(401, "missing or wrong write token", headers={"WWW-Authenticate": "Bearer"})
        from chronik.serve.write import add_document as write_document  # the pipeline loads only for writers
        return write_document(config.db, doc.id, doc.text, doc.title, doc.date, doc.url)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "invalid")}
                    for e in exc.errors()]
        return JSONResponse({"detail": "invalid request", "problems": problems}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        log.error("error serving %s", request.url.path, exc_info=exc)
        return JSONResponse({"detail": "internal error"}, status_code=500)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="chronik API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if request.url.path != "/docs":
            response.headers["Content-Security-Policy"] = CSP
        return response

    if config.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=config.cors_origins, allow_methods=["GET"],
                           allow_headers=[])
    app.add_middleware(SizeLimit, max_body=config.max_body, max_url=config.max_url)
    return app
