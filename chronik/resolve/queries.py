"""Reading resolved entities and happenings back from the store (for `chronik entities` and `chronik entity`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chronik.language.gazetteer import country_code
from chronik.resolve.entities import entity_keys
from chronik.resolve.keys import fold
from chronik.store.rows import rows as fetch_rows

if TYPE_CHECKING:
    import duckdb


def dated_roles(con: duckdb.DuckDBPyConnection, entity_ids: list[int] | None = None) -> dict[int, list[str]]:
    """Each entity's roles as 'role (date)', the date of the earliest document stating it."""
    where = "WHERE de.entity_id IN (SELECT unnest(?))" if entity_ids is not None else ""
    rows = con.execute(
        "SELECT de.entity_id, r.role, min(d.doc_date) AS first FROM doc_entities de "
        "JOIN documents d ON d.doc_id = de.doc_id, unnest(de.roles) AS r(role) "
        f"{where} GROUP BY de.entity_id, r.role ORDER BY de.entity_id, first NULLS LAST, r.role",
        [entity_ids] if entity_ids is not None else []).fetchall()
    out: dict[int, list[str]] = {}
    for eid, role, first in rows:
        out.setdefault(eid, []).append(f"{role} ({first})" if first else role)
    return out


def list_entities(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every corpus entity: id, type, name, country, aliases, roles (with dates), docs."""
    rows = fetch_rows(con, "SELECT entity_id, type, name, country, aliases, roles, docs FROM entities "
                      "ORDER BY type, name, entity_id", [])
    roles = dated_roles(con)
    for r in rows:
        r["dated_roles"] = roles.get(r["entity_id"], [])
    return rows


def find_entities(con: duckdb.DuckDBPyConnection, name: str) -> list[dict[str, Any]]:
    """Corpus entities a name denotes (any alias, any spelling): exact alias matches first, then by documents."""
    keys = set()
    for etype in ("PER", "ORG", "GPE"):
        keys |= entity_keys(etype, [name], None)
    ids = [r[0] for r in con.execute("SELECT DISTINCT entity_id FROM entity_keys WHERE key IN (SELECT unnest(?))",
                                     [sorted(keys)]).fetchall()]
    if not ids:
        return []
    rows = fetch_rows(con, "SELECT entity_id, type, name, country, aliases, roles, docs FROM entities "
                      "WHERE entity_id IN (SELECT unnest(?))", [ids])
    folded = fold(name)
    rows.sort(key=lambda r: (folded not in {fold(a) for a in [r["name"], *r["aliases"]]}, -len(r["docs"]),
                             r["entity_id"]))
    roles = dated_roles(con, [r["entity_id"] for r in rows])
    for r in rows:
        r["dated_roles"] = roles.get(r["entity_id"], [])
    return rows


def entity_happenings(con: duckdb.DuckDBPyConnection, entity: dict[str, Any]) -> list[dict[str, Any]]:
    """The happenings an entity takes part in (as source or target; a country's own entity: its country's)."""
    own_country = entity["type"] == "GPE" and entity["country"] and any(
        country_code(a) == entity["country"] for a in [entity["name"], *entity["aliases"]])
    if own_country:
        ids_sql = ("SELECT DISTINCT event_id FROM events WHERE source_country = ? OR target_country = ?",
                   [entity["country"], entity["country"]])
    else:
        ids_sql = ("SELECT DISTINCT e.event_id FROM events e JOIN doc_entities de ON de.doc_id = e.doc_id "
                   "AND de.idx IN (e.source_entity_idx, e.target_entity_idx) WHERE de.entity_id = ?",
                   [entity["entity_id"]])
    return fetch_rows(con, f"SELECT * FROM happenings WHERE event_id IN ({ids_sql[0]}) "
                      "ORDER BY date NULLS LAST, event_id", ids_sql[1])
