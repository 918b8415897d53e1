"""The JSON API with the framework's test client: every endpoint, good and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import site_db
from fastapi.testclient import TestClient

from parley.api import Settings, create_app
from parley.api.app import CONTENT_SECURITY_POLICY
from parley.errors import StoreError
from parley.store import Store

STORY = (
    "MOSCOW — Russia recalled its ambassador to the United States on Wednesday for "
    "consultations, after President Joe Biden said in an interview that he believed "
    "Vladimir Putin was a killer. “Unprecedented formats can't be excluded,” Kremlin "
    "spokesman Dmitry Peskov told reporters in Moscow, adding that relations were at a low."
)


def error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == code
    assert isinstance(body["message"], str) and body["message"].endswith(".")
    return body


# -- reading ------------------------------------------------------------------------------


def test_stats_counts_what_is_stored(client):
    assert client.get("/api/stats").json() == {
        "articles": 8, "people": 4, "organisations": 0, "countries": 2, "quotes": 8,
        "attributed_quotes": 8, "events": 14, "read_only": True, "fetch": False,
    }  # fmt: skip


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert sorted(paths) == [
        "/api/analyze", "/api/articles", "/api/articles/{key}", "/api/dyads", "/api/entities",
        "/api/entities/{name}", "/api/events", "/api/ingest", "/api/quotes", "/api/stats",
        "/api/timeline",
    ]  # fmt: skip
    assert "application/json" in paths["/api/analyze"]["post"]["requestBody"]["content"]


def test_openapi_docs_pages_are_off_because_they_load_from_a_cdn(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_articles_list_newest_first(client):
    body = client.get("/api/articles").json()
    assert [a["published"] for a in body["items"]][:3] == ["2021-06-16", "2021-05-03", "2021-04-15"]
    assert body["limit"] == 20 and body["offset"] == 0
    assert len(body["items"]) == 8


def test_articles_page_with_limit_and_offset(client):
    body = client.get("/api/articles", params={"limit": 2, "offset": 1}).json()
    assert [a["title"] for a in body["items"]] == [site_db.hostile().title, "Kremlin vows response"]


def test_articles_search_words(client):
    items = client.get("/api/articles", params={"q": "Geneva summit"}).json()["items"]
    assert [a["title"] for a in items] == ["Geneva summit"]


def test_article_by_id_has_every_annotation(client):
    record = client.get(f"/api/articles/{site_db.HOSTILE_ID}").json()
    assert record == json.loads(json.dumps(site_db.hostile().to_dict()))


def test_article_unknown_is_404(client):
    body = error(client.get("/api/articles/nope"), 404, "not_found")
    assert "'nope'" in body["message"]


def test_quotes_by_speaker_once_per_wire_story(client):
    items = client.get("/api/quotes", params={"speaker": "Peskov"}).json()["items"]
    assert [(q["first_seen"], q["seen"]) for q in items] == [("2021-03-17", 5), ("2021-04-15", 1)]


@pytest.mark.parametrize(
    ("params", "count"),
    [
        ({"since": "2021-04-01"}, 3),
        ({"until": "2021-03-31"}, 1),
        ({"text": "sanctions firmly"}, 1),
        ({"about": "Biden"}, 1),
        ({"speaker": "Joe Biden", "limit": 1}, 1),
        ({"offset": 100}, 0),
    ],
)
def test_quotes_filters_as_the_cli(client, params, count):
    assert len(client.get("/api/quotes", params=params).json()["items"]) == count


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"since": "March"}, "since"),
        ({"until": "2021-13-01"}, "until"),
        ({"limit": 0}, "limit"),
        ({"limit": 1001}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"offset": -1}, "offset"),
    ],
)
def test_quotes_bad_parameter_is_400(client, params, field):
    body = error(client.get("/api/quotes", params=params), 400, "bad_parameter")
    assert body["problems"][0]["field"] == field
    assert body["message"].startswith(f"{field}: ")


def test_entities_search_by_part_of_a_name(client):
    items = client.get("/api/entities", params={"q": "putin"}).json()["items"]
    assert [(e["name"], e["type"], e["country"]) for e in items] == [
        ("Vladimir Putin", "PERSON", "RUS")
    ]


def test_entities_search_by_alias(client):
    items = client.get("/api/entities", params={"q": "KGB"}).json()["items"]
    assert [e["name"] for e in items] == ["Vladimir Putin"]


def test_entities_filter_by_type(client):
    assert client.get("/api/entities", params={"type": "ORG"}).json()["items"] == []


def test_entity_profile(client):
    body = client.get("/api/entities/Peskov").json()
    assert body["name"] == "Dmitry Peskov"
    assert body["roles"] == ["Kremlin spokesman"]
    assert body["counts"]["quotes"] == 2


def test_entity_unknown_is_404(client):
    error(client.get("/api/entities/Nobody%20Atall"), 404, "not_found")


def test_events_filter_by_source_code_and_type(client):
    items = client.get("/api/events", params={"source": "RUS", "type": "reduce"}).json()["items"]
    assert [(e["source"], e["type"], e["target"], e["reports"]) for e in items] == [
        ("Russia", "REDUCE", "United States", 5)
    ]


def test_events_unasserted_adds_each_status(client):
    plain = client.get("/api/events").json()["items"]
    items = client.get("/api/events", params={"unasserted": "true"}).json()["items"]
    assert "status" not in plain[0]
    assert {e["status"] for e in items} == {"asserted"}
    assert len(items) == len(plain)


def test_events_bad_date_is_400(client):
    error(client.get("/api/events", params={"since": "yesterday"}), 400, "bad_parameter")


def test_timeline_both_directions_by_week(client):
    body = client.get("/api/timeline", params={"a": "Joe Biden", "b": "Vladimir Putin"}).json()
    assert body["by"] == "week"
    assert [(r["period"], r["direction"], r["type"], r["events"]) for r in body["items"]] == [
        ("2021-03-15", "Joe Biden → Vladimir Putin", "ACCUSE", 1),
        ("2021-06-14", "Joe Biden → Vladimir Putin", "AGREE", 1),
    ]


@pytest.mark.parametrize(
    "params", [{"a": "RUS"}, {"a": "RUS", "b": ""}, {"a": "RUS", "b": "USA", "by": "year"}]
)
def test_timeline_bad_parameters_are_400(client, params):
    error(client.get("/api/timeline", params=params), 400, "bad_parameter")


def test_dyads_most_active_first(client):
    items = client.get("/api/dyads", params={"limit": 2}).json()["items"]
    assert [(d["first"], d["second"], d["events"]) for d in items] == [
        ("Joe Biden", "Vladimir Putin", 2), ("Russia", "United States", 2),
    ]  # fmt: skip


# -- errors and headers -------------------------------------------------------------------


def test_unknown_api_path_is_404_json(client):
    error(client.get("/api/nothing"), 404, "not_found")


def test_wrong_method_is_405_json(client):
    error(client.get("/api/analyze"), 405, "method_not_allowed")


@pytest.mark.parametrize("path", ["/api/stats", "/", "/static/parley.css", "/api/nothing"])
def test_every_response_has_the_security_headers(client, path):
    headers = client.get(path).headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert headers["x-content-type-options"] == "nosniff"


def test_unexpected_failure_is_500_without_a_traceback(db, monkeypatch):
    from parley.store import browse

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(browse, "active_dyads", broken)
    with TestClient(create_app(Settings(db=str(db))), raise_server_exceptions=False) as c:
        response = c.get("/api/dyads")
    body = error(response, 500, "internal")
    assert "secret" not in response.text and "Traceback" not in response.text
    assert body["message"] == "The server failed on this request; see its log."


def test_missing_database_is_refused_at_start(tmp_path):
    with pytest.raises(StoreError, match="create it with 'parley ingest'"):
        create_app(Settings(db=str(tmp_path / "none.duckdb")))


def test_allow_ingest_creates_a_missing_database(tmp_path):
    path = tmp_path / "new.duckdb"
    with TestClient(create_app(Settings(db=str(path), allow_ingest=True))) as c:
        assert c.get("/api/stats").json()["articles"] == 0
    assert path.exists()


# -- analyze ------------------------------------------------------------------------------


def test_analyze_json_text_returns_the_record_and_stores_nothing(client):
    response = client.post("/api/analyze", json={"text": STORY, "published": "2021-03-17"})
    assert response.status_code == 200
    record = response.json()
    assert record["published"] == "2021-03-17"
    assert record["text"].startswith("MOSCOW")
    assert {"entities", "quotes", "events"} <= record.keys()
    assert client.get(f"/api/articles/{record['sha1']}").status_code == 404


def test_analyze_html_body(client):
    html = f"<html><head><title>Envoy recalled</title></head><body><article><p>{STORY}</p></article></body></html>"
    response = client.post("/api/analyze", content=html, headers={"Content-Type": "text/html"})
    assert response.status_code == 200
    assert "Russia recalled its ambassador" in response.json()["text"]


def test_analyze_plain_text_body_with_query_parameters(client):
    response = client.post(
        "/api/analyze?published=2021-03-18", content=STORY, headers={"Content-Type": "text/plain"}
    )
    assert response.json()["published"] == "2021-03-18"


def test_analyze_at_the_root_path_too(client):
    assert client.post("/analyze", json={"text": STORY}).status_code == 200


def test_analyze_not_an_article_is_422_with_its_reason(client):
    body = error(client.post("/api/analyze", json={"text": "Too short."}), 422, "rejected")
    assert body["reason"] == "not_article"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({}, "bad_body"),
        ({"text": "a", "html": "<p>a</p>"}, "bad_body"),
        ({"text": 5}, "bad_body"),
        ({"text": STORY, "colour": "red"}, "bad_body"),
        ({"text": STORY, "published": "soon"}, "bad_body"),
        ([1, 2], "bad_body"),
    ],
)
def test_analyze_bad_body_is_400(client, body, code):
    error(client.post("/api/analyze", json=body), 400, code)


def test_analyze_invalid_json_is_400(client):
    response = client.post(
        "/api/analyze", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    error(response, 400, "bad_body")


def test_analyze_other_media_type_is_415(client):
    response = client.post("/api/analyze", content=b"x", headers={"Content-Type": "image/png"})
    error(response, 415, "unsupported_media_type")


def test_analyze_declared_body_over_the_limit_is_413(db):
    with TestClient(create_app(Settings(db=str(db), max_body=100))) as c:
        error(c.post("/api/analyze", json={"text": "x" * 200}), 413, "too_large")


def test_analyze_streamed_body_over_the_limit_is_413(db):
    def chunks():
        yield b'{"text": "'
        yield b"x" * 200
        yield b'"}'

    with TestClient(create_app(Settings(db=str(db), max_body=100))) as c:
        response = c.post(
            "/api/analyze", content=chunks(), headers={"Content-Type": "application/json"}
        )
    error(response, 413, "too_large")


def test_analyze_store_on_a_read_only_server_is_403(client):
    error(client.post("/api/analyze", json={"text": STORY, "store": True}), 403, "read_only")


def test_analyze_store_with_allow_ingest_is_201_and_stored(writable):
    response = writable.post("/api/analyze", json={"text": STORY, "store": True})
    assert response.status_code == 201
    assert writable.get(f"/api/articles/{response.json()['sha1']}").status_code == 200


def test_analyze_url_without_allow_fetch_is_403(client):
    error(client.post("/api/analyze", json={"url": "https://example.org/a"}), 403, "fetch_disabled")


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://127.0.0.1:8000/api/stats",
        "http://localhost/",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "ftp://example.org/a",
    ],
)
def test_analyze_url_to_a_private_place_is_refused_even_with_allow_fetch(db, url):
    with TestClient(create_app(Settings(db=str(db), allow_fetch=True))) as c:
        body = error(c.post("/api/analyze", json={"url": url}), 400, "url_refused")
    assert url in body["message"] or "resolves to" in body["message"]


# -- ingest -------------------------------------------------------------------------------


def test_ingest_on_a_read_only_server_is_403(client):
    error(client.post("/api/ingest", json={"documents": [{"text": STORY}]}), 403, "read_only")


def test_ingest_documents_with_allow_ingest_stores_them(writable):
    response = writable.post(
        "/api/ingest",
        json={"documents": [{"id": "story-1", "text": STORY, "published": "2021-03-17"},
                            {"id": "short", "text": "Too short."}]},
    )  # fmt: skip
    assert response.status_code == 200
    body = response.json()
    assert (body["read"], body["stored"], body["rejected"]) == (2, 1, 1)
    assert body["rejections"][0]["id"] == "short"
    assert writable.get("/api/articles/story-1").json()["published"] == "2021-03-17"


def test_ingest_at_the_root_path_too(writable):
    assert writable.post("/ingest", json={"documents": [{"text": STORY}]}).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"documents": []},
        {"documents": [{"url": "https://example.org/"}]},
        {"documents": [{"text": STORY, "published": "March"}]},
        {"documents": [{"text": STORY}] * 101},
        {"paths": ["/etc/passwd"]},
    ],
)
def test_ingest_bad_body_is_400(writable, body):
    error(writable.post("/api/ingest", json=body), 400, "bad_body")


def test_ingest_urls_without_allow_fetch_is_403(writable):
    body = {"urls": ["https://example.org/a"]}
    error(writable.post("/api/ingest", json=body), 403, "fetch_disabled")


@pytest.mark.parametrize("url", ["/etc/passwd", "file:///etc/passwd", "http://127.0.0.1/"])
def test_ingest_urls_to_private_places_are_refused(tmp_path, url):
    path = site_db.build(tmp_path / "parley.duckdb")
    settings = Settings(db=str(path), allow_ingest=True, allow_fetch=True)
    with TestClient(create_app(settings)) as c:
        error(c.post("/api/ingest", json={"urls": [url]}), 400, "url_refused")
    with Store(path, read_only=True) as store:
        assert store.totals().runs == 0


def test_ingest_body_over_the_limit_is_413(tmp_path: Path):
    path = site_db.build(tmp_path / "parley.duckdb")
    with TestClient(create_app(Settings(db=str(path), allow_ingest=True, max_body=50))) as c:
        error(c.post("/api/ingest", json={"documents": [{"text": STORY}]}), 413, "too_large")
