"""The HTTP API as a client uses it: every endpoint, filters, pages, read-only, limits, no stack traces."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronik.serve.app import ServeConfig, create_app
from tests.serve_store import SAME_VISIT, SIGNING_EVIDENCE, VISIT_EVIDENCE, build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve") / "store.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(ServeConfig(str(db), max_page=50)), raise_server_exceptions=False)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_events_are_happenings_with_their_sources(client: TestClient) -> None:
    body = client.get("/api/events", params={"country": "CHL", "partner": "KOR"}).json()
    assert body["total"] == 3
    visit = next(e for e in body["items"] if e["subtype"] == "official_visit")
    assert visit["id"] == str(SAME_VISIT)
    assert (visit["num_mentions"], visit["num_articles"], visit["num_sources"]) == (2, 2, 2)
    assert visit["evidence"] == VISIT_EVIDENCE  # the longer report's sentence, with its more precise context
    assert {m["doc_id"] for m in visit["mentions"]} == {"zz_chile_korea_besuch", "zz_seoul_kurzmeldung"}
    assert (visit["cameo"], visit["goldstein"], visit["quad_class"]) == ("042", 1.9, 1)  # from data/export_cameo.tsv
    signing = next(e for e in body["items"] if e["subtype"] == "agreement_signed")
    assert (signing["cameo"], signing["goldstein"]) == ("057", 8.0)  # the event's own code wins
    assert [e["date"] for e in body["items"]] == sorted(e["date"] for e in body["items"])


@pytest.mark.parametrize(("query", "subtypes"), [
    ({"type": "support"}, {"agreement_signed"}),
    ({"subtype": "official_visit"}, {"official_visit"}),
    ({"status": "planned", "country": "KOR"}, {"visit"}),
    ({"from": "2025-06-03", "to": "2025-06"}, {"agreement_signed", "visit"}),  # '2025' overlaps June
    ({"from": "2025-06-03", "to": "2025-06-03", "status": "occurred"}, {"agreement_signed"}),
    ({"q": "rohstoffpartnerschaft"}, {"agreement_signed"}),
    ({"country": "chl", "to": "2025-06-02"}, {"official_visit", "visit"}),
    ({"country": "chl", "from": "2026"}, set()),
])
def test_event_filters(client: TestClient, query: dict[str, str], subtypes: set[str]) -> None:
    items = client.get("/api/events", params={"limit": 50, "partner": "CHL", **query}).json()["items"]
    assert {e["subtype"] for e in items} == subtypes


def test_event_pages_and_page_size_limit(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] >= 4
    assert len(first["items"]) == 2
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    too_big = client.get("/api/events", params={"limit": 51})
    assert too_big.status_code == 422
    assert too_big.json()["problems"][0]["where"] == "query.limit"


def test_entities_and_one_entity_with_its_events(client: TestClient) -> None:
    people = client.get("/api/entities", params={"type": "PER", "q": "torres"}).json()
    torres = next(e for e in people["items"] if e["name"] == "Ana Torres")
    assert torres["country"] == "CHL"
    assert {"zz_chile_korea_besuch", "zz_seoul_kurzmeldung"} <= set(torres["docs"])
    page = client.get(f"/api/entities/{torres['id']}").json()
    assert "Außenministerin (2025-06-04)" in page["dated_roles"]  # the role with the date of the text stating it
    assert {e["subtype"] for e in page["events"]} == {"official_visit", "agreement_signed"}
    assert {d["doc_id"] for d in page["documents"]} >= {"zz_chile_korea_besuch", "zz_seoul_kurzmeldung"}
    assert client.get("/api/entities/999999").status_code == 404


def test_document_has_text_with_mention_event_and_fact_spans(client: TestClient) -> None:
    doc = client.get("/api/documents/zz_chile_korea_besuch").json()
    text = doc["text"]
    assert {text[m["start"]:m["end"]] for m in doc["mentions"]} >= {"Ana Torres", "Min-jun Park", "Seoul"}
    assert all(text[e["start"]:e["end"]] == e["evidence"] for e in doc["events"])
    assert SIGNING_EVIDENCE in {e["evidence"] for e in doc["events"]}
    assert text[doc["facts"][0]["start"]:doc["facts"][0]["end"]] == "rund 6,1 Milliarden US-Dollar"
    short = client.get("/api/documents/zz_seoul_kurzmeldung").json()  # the shared happening shows this text's span
    assert short["text"][short["events"][0]["start"]:short["events"][0]["end"]] == short["events"][0]["evidence"]
    assert client.get("/api/documents/kein-solches-dokument").status_code == 404


def test_dyads_sum_goldstein_per_pair_and_month(client: TestClient) -> None:
    rows = client.get("/api/dyads", params={"country": "CHL"}).json()["items"]
    june = next(r for r in rows if r["period"] == "2025-06")
    assert (june["country_a"], june["country_b"]) == ("CHL", "KOR")
    assert june["events"] == 2  # the visit reported twice counts once
    assert june["cooperation"] == pytest.approx(1.9 + 8.0)
    assert june["types"] == {"CONSULT": 1, "SUPPORT": 1}


def test_facts_network_and_meta(client: TestClient) -> None:
    facts = client.get("/api/facts", params={"country": "KOR", "kind": "trade_volume"}).json()
    assert [(f["value"], f["currency"], f["period"]) for f in facts["items"]] == [(6.1e9, "USD", "2024")]
    net = client.get("/api/network", params={"country": "CHL"}).json()
    labels = {n["label"] for n in net["nodes"]}
    assert {"Ana Torres", "Min-jun Park", "KOR", "CHL"} <= labels
    assert max(e["weight"] for e in net["edges"]) >= 1
    top = client.get("/api/network", params={"limit": 2}).json()
    assert len(top["nodes"]) == 2 and top["total_nodes"] > 2
    kept = {n["id"] for n in top["nodes"]}
    assert all(e["source"] in kept and e["target"] in kept for e in top["edges"])
    meta = client.get("/api/meta").json()
    assert meta["read_only"] is True and meta["max_page"] == 50
    assert {"CHL", "KOR"} <= {c["code"] for c in meta["countries"]}


def test_sample_is_served(client: TestClient) -> None:
    docs = client.get("/api/documents", params={"limit": 50}).json()
    sample = [d["doc_id"] for d in docs["items"] if not d["doc_id"].startswith("zz_")]
    assert len(sample) >= 5
    for doc_id in sample:
        doc = client.get(f"/api/documents/{doc_id}").json()
        assert all(doc["text"][m["start"]:m["end"]] == m["text"] for m in doc["mentions"])


def test_page_and_docs_are_served_without_a_cdn(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "/static/vendor/echarts.min.js" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/vendor/echarts.min.js").status_code == 200
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize(("url", "status"), [
    ("/api/events?limit=-1", 422), ("/api/events?limit=abc", 422), ("/api/events?country=K%27A", 422),
    ("/api/events?from=2025-13-99%27%20OR%201=1", 422), ("/api/events?status=DROP%20TABLE", 422),
    ("/api/events?offset=99999999999999999999", 422), ("/api/entities/-1", 422), ("/api/entities/1e9", 422),
    ("/api/events?q=" + "x" * 300, 422), ("/api/events?q=%00%27%22%3B--", 200), ("/api/nirgends", 404),
])
def test_bad_parameters_get_short_json_errors(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    body = response.text
    assert response.headers["content-type"].startswith("application/json")
    assert "Traceback" not in body and "File \"" not in body and "duckdb" not in body.lower()


def test_read_only_store_is_never_written(client: TestClient, db: Path) -> None:
    before = _digest(db)
    assert client.post("/api/documents", json={"id": "neu", "text": "Der Präsident besuchte Paris."}).status_code == 403
    assert client.delete("/api/documents/zz_seoul_kurzmeldung").status_code == 405
    assert client.put("/api/events", json={}).status_code == 405
    client.get("/api/events", params={"q": "'); DELETE FROM events; --"})
    assert _digest(db) == before
    assert client.get("/api/events", params={"limit": 50}).json()["total"] >= 4


def test_oversize_requests_are_refused(db: Path) -> None:
    small = TestClient(create_app(ServeConfig(str(db), write_token="geheim", max_body=1000)),
                       raise_server_exceptions=False)
    big = small.post("/api/documents", headers={"Authorization": "Bearer geheim"},
                     json={"id": "gross", "text": "Wort " * 1000})
    assert big.status_code == 413
    assert small.get("/api/events", params={"q": "y" * 5000}).status_code == 414


def test_cors_is_off_unless_origins_are_given(client: TestClient, db: Path) -> None:
    origin = {"Origin": "https://fremd.example"}
    assert "access-control-allow-origin" not in client.get("/api/meta", headers=origin).headers
    opened = TestClient(create_app(ServeConfig(str(db), cors_origins=["https://fremd.example"])))
    assert opened.get("/api/meta", headers=origin).headers["access-control-allow-origin"] == "https://fremd.example"


def test_writes_need_the_token(tmp_path: Path, db: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(db.read_bytes())
    writer = TestClient(create_app(ServeConfig(str(copy), write_token="geheim")), raise_server_exceptions=False)
    article = {"id": "paris_besuch", "date": "2025-02-11",
               "text": "Macron empfängt Gast\n\nDer kasachische Präsident Kassym-Schomart Tokajew besuchte am "
                       "10. Februar 2025 Paris und traf Präsident Emmanuel Macron im Élysée-Palast.\n"}
    assert writer.post("/api/documents", json=article).status_code == 401
    assert writer.post("/api/documents", json=article, headers={"Authorization": "Bearer falsch"}).status_code == 401
    made = writer.post("/api/documents", json=article, headers={"Authorization": "Bearer geheim"})
    assert made.status_code == 201 and made.json()["action"] == "added"
    assert writer.get("/api/documents/paris_besuch").json()["doc_date"] == "2025-02-11"


def test_a_vanished_store_is_a_503_not_a_crash(tmp_path: Path, db: Path) -> None:
    copy = tmp_path / "gone.duckdb"
    copy.write_bytes(db.read_bytes())
    app = TestClient(create_app(ServeConfig(str(copy))), raise_server_exceptions=False)
    copy.unlink()
    response = app.get("/api/events")
    assert response.status_code == 503
    assert response.json() == {"detail": "the store is busy or unavailable; retry shortly"}


FUZZED = ["country", "partner", "type", "subtype", "status", "from", "to", "q", "entity", "limit", "offset"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(["/api/events", "/api/dyads", "/api/network", "/api/entities", "/api/facts"]),
       query=st.dictionaries(st.sampled_from(FUZZED), st.text(max_size=40), max_size=4))
def test_fuzzed_query_parameters_never_crash(client: TestClient, path: str, query: dict[str, str]) -> None:
    response = client.get(path, params=query)
    assert response.status_code in (200, 422), (query, response.text)
    assert response.headers["content-type"].startswith("application/json")
    assert "Traceback" not in response.text
