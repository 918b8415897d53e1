"""Query commands on a built corpus: exact output for people, exact records for tools."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

import corpus
from parley.cli.main import cli

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "cli"
WIDTH = 80


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(corpus.build(tmp_path_factory.mktemp("queries") / "parley.duckdb"))


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def fail(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code != 0
    return result.output


# Each case: a golden file name and the command line (the --db option is added).
TABLES = {
    "quotes": ["quotes"],
    "quotes-speaker-about": ["quotes", "--speaker", "Peskov", "--about", "Biden"],
    "quotes-text": ["quotes", "--text", "sanctions firmly"],
    "quotes-since-until": ["quotes", "--since", "2021-04-01", "--until", "2021-04-30"],
    "events": ["events"],
    "events-rusgov": ["events", "--source", "RUSGOV"],
    "events-name-type": ["events", "--target", "Putin", "--type", "agree"],
    "events-country-window": ["events", "--source", "USA", "--since", "2021-04-01"],
    "events-unasserted": ["events", "--unasserted", "--since", "2021-04-01"],
    "timeline-month": ["timeline", "RUS", "USA"],
    "timeline-week-names": ["timeline", "Joe Biden", "Vladimir Putin", "--by", "week"],
    "who-peskov": ["who", "Peskov"],
    "who-putin": ["who", "Vladimir Putin"],
    "sql": ["sql", "SELECT outlet, count(*) AS sightings FROM sightings GROUP BY 1 ORDER BY 1"],
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_query_table_output_is_exact(db: str, name: str, update_golden: bool) -> None:
    output = run(*TABLES[name], "--db", db)
    expected = GOLDEN / f"{name}.txt"
    if update_golden:
        expected.write_text(output, "utf-8")
    assert output == expected.read_text("utf-8")


@pytest.mark.parametrize("name", sorted(TABLES))
def test_query_table_fits_80_columns(db: str, name: str) -> None:
    assert max(len(line) for line in run(*TABLES[name], "--db", db).splitlines()) <= WIDTH


def test_quotes_json_has_sightings_and_first_seen(db: str) -> None:
    records = json.loads(run("quotes", "--format", "json", "--db", db))
    assert records[0] == {
        "first_seen": "2021-03-17",
        "outlet": "tass.example",
        "speaker": "Dmitry Peskov",
        "quote": corpus.QUOTE,
        "seen": 5,
        "outlets": 5,
        "url": "https://tass.example/world/1",
        "quote_key": records[0]["quote_key"],
    }


def test_quotes_jsonl_is_one_record_per_line(db: str) -> None:
    lines = run("quotes", "--format", "jsonl", "--db", db).splitlines()
    assert [json.loads(line)["speaker"] for line in lines] == [
        "Dmitry Peskov",
        "Dmitry Peskov",
        "Joe Biden",
    ]


def test_events_csv_has_header_and_rows(db: str) -> None:
    rows = list(csv.reader(io.StringIO(run("events", "--format", "csv", "--db", db))))
    assert rows[0] == [
        "date", "source", "type", "target", "intensity", "reports", "outlet", "sentence",
    ]  # fmt: skip
    assert rows[1][:6] == ["2021-03-16", "Joe Biden", "ACCUSE", "Vladimir Putin", "-2", "5"]


def test_timeline_json_counts_each_direction(db: str) -> None:
    records = json.loads(run("timeline", "RUS", "USA", "--format", "json", "--db", db))
    assert {(r["direction"], r["type"]) for r in records} == {
        ("RUS → USA", "REDUCE"),
        ("USA → RUS", "ACCUSE"),
        ("RUS → USA", "THREATEN"),
        ("USA → RUS", "SANCTION"),
        ("USA → RUS", "AGREE"),
    }


def test_who_json_is_the_profile(db: str) -> None:
    record = json.loads(run("who", "Peskov", "--format", "json", "--db", db))
    assert (record["name"], record["roles"], record["counts"]["quotes"]) == (
        "Dmitry Peskov",
        ["Kremlin spokesman"],
        2,
    )


def test_who_csv_lists_sections(db: str) -> None:
    rows = list(csv.reader(io.StringIO(run("who", "Peskov", "--format", "csv", "--db", db))))
    assert rows[0] == ["section", "item", "value"]
    assert ["quote", corpus.QUOTE, "5"] in rows


def test_who_unknown_name_is_an_error(db: str) -> None:
    assert "No person, organisation or country named 'Nobody' is stored." in fail(
        "who", "Nobody", "--db", db
    )


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_timeline_plot_writes_chart(db: str, tmp_path: Path, fmt: str) -> None:
    chart = tmp_path / f"dyad.{fmt}"
    run("timeline", "RUS", "USA", "--plot", str(chart), "--db", db)
    head = chart.read_bytes()[:200]
    assert head.startswith(b"\x89PNG") if fmt == "png" else b"<svg" in chart.read_bytes()[:2000]


def test_timeline_plot_refuses_other_suffix(db: str, tmp_path: Path) -> None:
    assert "must end in .png or .svg" in fail(
        "timeline", "RUS", "USA", "--plot", str(tmp_path / "x.pdf"), "--db", db
    )


def test_sql_is_read_only(db: str) -> None:
    output = fail("sql", "DELETE FROM articles", "--db", db)
    assert "parley sql is read-only; the database was not changed." in output
    with duckdb.connect(db, read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (7,)


def test_sql_error_is_one_line(db: str) -> None:
    output = fail("sql", "SELECT nope FROM articles", "--db", db)
    assert output.startswith("Error: The query failed:") and "Traceback" not in output


def test_query_on_missing_database_says_how_to_create_it(tmp_path: Path) -> None:
    assert "create it with 'parley ingest'" in fail("quotes", "--db", str(tmp_path / "no.duckdb"))


def test_query_bad_date_is_an_error(db: str) -> None:
    assert "is not a date in the form YYYY-MM-DD" in fail("quotes", "--since", "March", "--db", db)


def test_query_with_no_match_says_so(db: str) -> None:
    assert run("quotes", "--speaker", "Nobody", "--db", db) == "No matches.\n"


@pytest.mark.parametrize("fmt", ["parquet", "jsonl", "csv"])
def test_export_writes_every_table(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    written = run("export", "--format", fmt, "--out", str(out), "--db", db).splitlines()
    names = {Path(p).stem for p in written}
    assert {"articles", "sightings", "entities", "mentions", "quotes", "events", "runs",
            "rejections"} <= names  # fmt: skip
    assert all(Path(p).suffix == f".{fmt}" and Path(p).exists() for p in written)


def test_export_parquet_reads_back(db: str, tmp_path: Path) -> None:
    run("export", "--out", str(tmp_path), "--db", db)
    with duckdb.connect() as connection:
        count = connection.execute(
            f"SELECT count(*) FROM read_parquet('{tmp_path / 'quotes.parquet'}')"
        ).fetchone()
    assert count == (7,)
