"""The ``serve`` command: the HTTP API and web pages over a database, with uvicorn."""

from __future__ import annotations

import ipaddress

import click

# parley.api.app.MAX_BODY; not imported, so that other commands start without FastAPI.
MAX_BODY = 2_000_000


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


@click.command(name="serve")
@click.option("--db", default="parley.duckdb", show_default=True, help="Database file.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--allow-ingest",
    is_flag=True,
    help="Open the database for writing: POST /api/ingest, and store: true in /api/analyze.",
)
@click.option(
    "--allow-fetch",
    is_flag=True,
    help="Fetch URLs that clients send (never file://, loopback or private addresses).",
)
@click.option(
    "--max-body",
    type=click.IntRange(1),
    default=MAX_BODY,
    show_default=True,
    help="Largest POST body accepted, in bytes.",
)
def serve_command(
    db: str, host: str, port: int, allow_ingest: bool, allow_fetch: bool, max_body: int
) -> None:
    """Serve the HTTP API (/api/…, schema at /openapi.json) and the web pages.

    Read-only unless --allow-ingest; fetches nothing unless --allow-fetch.

    Example: parley serve --db parley.duckdb --port 8000, then open http://127.0.0.1:8000/
    """
    import uvicorn

    from parley.api import Settings, create_app

    app = create_app(
        Settings(db=db, allow_ingest=allow_ingest, allow_fetch=allow_fetch, max_body=max_body)
    )
    if not _loopback(host):
        click.echo(f"parley: listening on {host}, reachable from other machines.", err=True)
    click.echo(f"parley: serving {db} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
