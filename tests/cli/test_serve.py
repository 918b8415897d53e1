"""The serve command: its options, and refusals before it starts listening."""

from __future__ import annotations

from click.testing import CliRunner

from parley.api.app import MAX_BODY
from parley.cli import serve
from parley.cli.main import cli


def test_serve_default_body_limit_is_the_apps():
    assert serve.MAX_BODY == MAX_BODY


def test_serve_missing_database_exits_with_a_message(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "does not exist; create it with 'parley ingest'" in result.output
    assert not (tmp_path / "none.duckdb").exists()


def test_serve_bad_port_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--port", "70000"])
    assert result.exit_code == 2
    assert "70000" in result.output


def test_serve_loopback_hosts():
    assert serve._loopback("127.0.0.1") and serve._loopback("::1") and serve._loopback("localhost")
    assert not serve._loopback("0.0.0.0")
