"""`parley ingest` on WARC archives, feeds and URL lists: exact summaries, failures by name."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from parley.cli.main import cli
from warcs import write_warc
from webserver import LoopbackServer, Reply

EXAMPLES = resources.files("parley.data").joinpath("examples")
PAGE = EXAMPLES.joinpath("wikinews-2019-09-trump-ousts-bolton.html").read_bytes()
OTHER = EXAMPLES.joinpath("wikinews-2019-03-erdogan-hagia-sophia.html").read_bytes()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    routes: dict[str, Reply | list[Reply]] = {
        "/bolton": Reply(body=PAGE),
        "/slow": Reply(body=PAGE, delay=1.0),
        "/feed": Reply(body=b"this is not XML at all", content_type="application/rss+xml"),
    }
    with LoopbackServer(routes) as running:
        yield running


def ingest(*args: str) -> str:
    result = CliRunner().invoke(cli, ["ingest", *args, "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_ingest_url_list_and_feed_report_each_failure(
    server: LoopbackServer, tmp_path: Path
) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{server.url('/bolton')}\n{server.url('/slow')}\nftp://x.example/a\n", "utf-8")
    db = tmp_path / "p.duckdb"
    output = ingest(
        "--urls", str(urls), "--feed", server.url("/feed"), "--db", str(db),
        "--timeout", "0.2", "--delay", "0",
    )  # fmt: skip
    # Feeds are read before URL lists.
    assert output.splitlines()[:5] == [
        "Read 1 document(s): 1 stored, 0 already stored, 3 rejected.",
        "Rejected:",
        f"  - bad_feed: {server.url('/feed')} is not an RSS or Atom feed "
        "(<unknown>:2:0: syntax error).",
        f"  - timeout: {server.url('/slow')} did not answer within 0.2 s, 3 time(s).",
        "  - bad_scheme: ftp://x.example/a is not an http or https URL; parley fetches only those.",
    ]


def test_ingest_truncated_warc_keeps_what_came_before(tmp_path: Path) -> None:
    archive = write_warc(
        tmp_path / "crawl.warc.gz",
        [("https://a.example/1", PAGE), ("https://b.example/2", OTHER)],
        extra=False,
    )
    data = archive.read_bytes()
    archive.write_bytes(data[:-200])
    db = tmp_path / "p.duckdb"
    output = ingest(str(archive), "--db", str(db))
    assert output.splitlines()[:3] == [
        "Read 1 document(s): 1 stored, 0 already stored, 1 rejected.",
        "Rejected:",
        f"  - unreadable: {archive} ends inside the record at byte "
        + output.splitlines()[2].split(" ends inside the record at byte ")[1],
    ]
    assert "the pages before it were kept" in output


def test_ingest_url_input_is_fetched(server: LoopbackServer, tmp_path: Path) -> None:
    output = ingest(server.url("/bolton"), "--db", str(tmp_path / "p.duckdb"), "--delay", "0")
    assert output.splitlines()[0] == "Read 1 document(s): 1 stored, 0 already stored, 0 rejected."


def test_ingest_needs_some_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "p.duckdb")])
    assert result.exit_code == 2 and "Give at least one input, --feed or --urls." in result.output
