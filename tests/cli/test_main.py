"""The CLI, exact output where a person reads it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from parley.cli.main import cli

TESTS = Path(__file__).resolve().parents[1]
GOLDEN = TESTS / "golden"
SCRAPED = GOLDEN / "extract" / "scraped-envoy-recalled.txt"
HTML = GOLDEN / "extract" / "html-summit-statement.html"
README = TESTS.parent / "README.md"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_analyze_table_output_is_exact(update_golden):
    expected = GOLDEN / "cli" / "analyze-table.txt"
    result = run("analyze", str(SCRAPED), "--format", "table")
    assert result.exit_code == 0
    if update_golden:
        expected.write_text(result.output, "utf-8")
    assert result.output == expected.read_text("utf-8")


def test_analyze_json_is_the_design_record():
    record = json.loads(run("analyze", str(HTML)).output)
    assert list(record)[:9] == [
        "id",
        "sha1",
        "url",
        "title",
        "published",
        "authors",
        "credits",
        "language",
        "text",
    ]
    assert (record["title"], record["credits"]) == (
        "Leaders pledge joint patrols after summit",
        ["AFP", "Reuters"],
    )


def test_analyze_published_option_overrides_date():
    record = json.loads(run("analyze", str(SCRAPED), "--published", "2021-03-20").output)
    assert record["published"] == "2021-03-20"


def test_analyze_reads_stdin():
    record = json.loads(run("analyze", "-", input=SCRAPED.read_text("utf-8")).output)
    assert record["source"] == "-"


def test_analyze_jsonl_prints_one_record_per_line_with_ids(tmp_path):
    story = SCRAPED.read_text("utf-8")
    lines = [
        json.dumps({"id": "a1", "text": story, "published": "2021-03-19"}),
        "{not json",
        json.dumps({"id": "a3", "html": HTML.read_text("utf-8")}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    records = [json.loads(line) for line in run("analyze", str(path)).output.splitlines()]
    assert [r["id"] for r in records] == ["a1", None, "a3"]
    assert records[1]["error"]["reason"] == "bad_record"
    assert records[1]["error"]["source"] == f"{path}:2"


def test_analyze_rejected_input_exits_1_with_reason(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = CliRunner().invoke(cli, ["analyze", str(path)])
    assert result.exit_code == 1
    assert result.output == f"parley: rejected {path} (empty): {path} is empty.\n"


def test_analyze_bad_date_is_a_one_line_error():
    result = CliRunner().invoke(cli, ["analyze", str(SCRAPED), "--published", "19/03/2021"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: '19/03/2021' is not a date in the form YYYY-MM-DD (for example 2021-03-19).\n"
    )


def test_analyze_unknown_model_is_a_one_line_error():
    result = CliRunner().invoke(cli, ["analyze", str(SCRAPED), "--model", "no_such_model"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: The spaCy pipeline 'no_such_model' is not installed")
    assert "Traceback" not in result.output


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "nested").mkdir(parents=True)
    (folder / "story.txt").write_text(SCRAPED.read_text("utf-8"), "utf-8")
    (folder / "nested" / "page.html").write_text(HTML.read_text("utf-8"), "utf-8")
    (folder / "broken.html").write_bytes(b"%PDF-1.4 not a page")
    return folder


def test_ingest_summary_is_exact(tmp_path):
    folder = _corpus(tmp_path)
    db = tmp_path / "p.duckdb"
    result = run("ingest", str(folder), "--db", str(db), "--quiet")
    assert result.exit_code == 0
    assert result.output == (
        "Read 3 document(s): 2 stored, 0 already stored, 1 rejected.\n"
        "Rejected:\n"
        f"  - binary: {folder}/broken.html is a PDF document, not an HTML page or text.\n"
        f"Database {db}\n"
        "  articles        2\n"
        "  people          2\n"
        "  organisations   2\n"
        "  countries       2\n"
        "  quotes          12 (3 with a named speaker)\n"
        "  events          7\n"
        "  ingest runs     1 (1 input(s) rejected in all)\n"
    )


def test_ingest_twice_stores_nothing_new(tmp_path):
    folder = _corpus(tmp_path)
    db = tmp_path / "p.duckdb"
    run("ingest", str(folder), "--db", str(db), "--quiet")
    second = run("ingest", str(folder), "--db", str(db), "--quiet")
    assert (
        second.output.splitlines()[0]
        == "Read 3 document(s): 0 stored, 2 already stored, 1 rejected."
    )


def test_ingest_exits_1_when_nothing_could_be_read(tmp_path):
    result = CliRunner().invoke(
        cli, ["ingest", str(tmp_path / "missing"), "--db", str(tmp_path / "p.duckdb"), "--quiet"]
    )
    assert result.exit_code == 1
    assert f"missing: {tmp_path / 'missing'} does not exist." in result.output


def test_stats_on_missing_database_says_how_to_create_it(tmp_path):
    result = CliRunner().invoke(cli, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "create it with 'parley ingest'" in result.output


def test_demo_ingests_bundled_examples(tmp_path):
    result = run("demo", "--db", str(tmp_path / "demo.duckdb"))
    assert result.exit_code == 0
    assert "Read 18 document(s): 18 stored, 0 already stored, 0 rejected." in result.output
    assert "Most mentioned people" in result.output


def _commands(group=cli, prefix=""):
    for name, command in sorted(group.commands.items()):
        yield prefix + name, command
        if hasattr(command, "commands"):
            yield from _commands(command, prefix + name + " ")


@pytest.mark.parametrize(("name", "command"), list(_commands()), ids=[n for n, _ in _commands()])
def test_every_command_has_help_and_is_documented(name, command):
    assert command.help and command.help.strip()
    assert re.search(rf"`parley {re.escape(name)}\b", README.read_text("utf-8")), (
        f"README lacks `parley {name}`"
    )
