"""Query commands: ``quotes``, ``events``, ``timeline``, ``who``, ``sql``, and ``export``.

Each opens the database read-only, calls one function of ``parley.store.queries``
(or ``parley.store.export``) and prints the answer as a table readable in 80
columns, JSON, JSON lines or CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from parley.cli.render import WIDTH
from parley.config import parse_date
from parley.errors import QueryError
from parley.quotes.marks import between_marks
from parley.store import Store
from parley.store import queries as q
from parley.store.export import FORMATS, export

FORMAT_CHOICES = ("table", "json", "jsonl", "csv")


def _db_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", default="parley.duckdb", show_default=True, help="Database file.")(
        function
    )


def _format_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--format",
        "output",
        type=click.Choice(FORMAT_CHOICES),
        default="table",
        show_default=True,
        help="A table for 80 columns, or JSON, JSON lines or CSV for tools.",
    )(function)


def _limit_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--limit", type=int, default=100, show_default=True, help="At most this many rows."
    )(function)


def _open(db: str) -> Store:
    if not Path(db).exists():
        raise click.ClickException(f"{db} does not exist; create it with 'parley ingest'.")
    return Store(db, read_only=True)


# -- output ----------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    value = _plain(value)
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _emit(table: q.Table, output: str, render: Callable[[q.Table], list[str]]) -> None:
    if output == "table":
        click.echo("\n".join(render(table)) if table.rows else "No matches.")
    elif output == "json":
        records = [{k: _plain(v) for k, v in r.items()} for r in table.records()]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif output == "jsonl":
        for record in table.records():
            click.echo(json.dumps({k: _plain(v) for k, v in record.items()}, ensure_ascii=False))
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([[_text(v) for v in row] for row in table.rows])
        click.echo(buffer.getvalue(), nl=False)


def _cell(value: str, width: int, right: bool = False) -> str:
    value = " ".join(value.split())
    value = value if len(value) <= width else value[: width - 1] + "…"
    return value.rjust(width) if right else value.ljust(width)


def _grid(
    table: q.Table, columns: Sequence[tuple[str, str, int]], right: Sequence[str] = ()
) -> list[str]:
    """Rows under headers in fixed widths (``(column, header, width)``), cut with an ellipsis."""
    index = {name: i for i, name in enumerate(table.columns)}
    header = "  ".join(_cell(h, w, c in right) for c, h, w in columns).rstrip()
    lines = [header, "  ".join("-" * w for _, _, w in columns)]
    for row in table.rows:
        cells = [_cell(_text(row[index[c]]), w, c in right) for c, _, w in columns]
        lines.append("  ".join(cells).rstrip())
    return lines


def _fitted(table: q.Table) -> list[str]:
    """Any table in 80 columns: each column as wide as its content, the widest cut first."""
    widths = [
        max([len(name)] + [len(_text(row[i])) for row in table.rows])
        for i, name in enumerate(table.columns)
    ]
    budget = WIDTH - 2 * (len(widths) - 1)
    while sum(widths) > budget and max(widths) > 4:
        widths[widths.index(max(widths))] -= 1
    return _grid(table, [(c, c, w) for c, w in zip(table.columns, widths, strict=True)])


# -- commands ----------------------------------------------------------------------------


def _quote_lines(table: q.Table) -> list[str]:
    lines: list[str] = []
    for record in table.records():
        seen = record["seen"]
        where = f"{record['outlet'] or 'unknown outlet'}"
        also = f", seen {seen} times in {record['outlets']} outlet(s)" if seen > 1 else ""
        date = _text(record["first_seen"]) or "undated"
        heading = f"{date}  {record['speaker'] or 'unknown speaker'}  ({where}{also})"
        lines.extend(textwrap.wrap(heading, WIDTH, subsequent_indent=" " * 12))
        lines.extend(textwrap.wrap(between_marks(record["quote"]), WIDTH, initial_indent="  ",
                                   subsequent_indent="   "))  # fmt: skip
        lines.append("")
    return lines[:-1]


@click.command(name="quotes")
@click.option("--speaker", metavar="NAME", help="Said by this person or organisation.")
@click.option("--about", metavar="NAME", help="Naming this person, organisation or country code.")
@click.option("--since", metavar="YYYY-MM-DD", help="Seen on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Seen on or before this date.")
@click.option("--text", metavar="WORDS", help="Every one of these words is in the quote.")
@_limit_option
@_format_option
@_db_option
def quotes_command(
    speaker: str | None,
    about: str | None,
    since: str | None,
    until: str | None,
    text: str | None,
    limit: int,
    output: str,
    db: str,
) -> None:
    """Who said what: each quote once, with its speaker, where and when it was first seen.

    The same words carried by many outlets (wire copies) are one quote; 'seen' counts
    the places it was found.
    """
    with _open(db) as store:
        table = q.quotes(
            store, speaker=speaker, about=about, since=parse_date(since),
            until=parse_date(until), text=text, limit=limit,
        )  # fmt: skip
    _emit(table, output, _quote_lines)


@click.command(name="events")
@click.option("--source", metavar="ACTOR", help="A name, or a country code with or without sector.")
@click.option("--target", metavar="ACTOR", help="A name, or a country code (RUS, RUSGOV).")
@click.option("--type", "event_type", metavar="TYPE", help="A PLOVER event type, e.g. ACCUSE.")
@click.option("--since", metavar="YYYY-MM-DD", help="On or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="On or before this date.")
@click.option(
    "--unasserted",
    is_flag=True,
    help="Also list negated and hypothetical events ('did not accede', 'would withdraw if'), "
    "with their status.",
)
@_limit_option
@_format_option
@_db_option
def events_command(
    source: str | None,
    target: str | None,
    event_type: str | None,
    since: str | None,
    until: str | None,
    unasserted: bool,
    limit: int,
    output: str,
    db: str,
) -> None:
    """Coded events between actors: date, source, type, target, intensity.

    An actor is a name ("Vladimir Putin") or an ISO3 country code, optionally with a
    sector (RUS, RUSGOV). Copies of one story count as one event with several reports.
    Only events the text says happened, unless --unasserted.
    """
    with _open(db) as store:
        table = q.events(
            store, source=source, target=target, type=event_type, since=parse_date(since),
            until=parse_date(until), limit=limit, unasserted=unasserted,
        )  # fmt: skip
    columns = [
        ("date", "date", 10), ("source", "source", 18), ("type", "type", 12),
        ("target", "target", 18), ("intensity", "tone", 5), ("reports", "n", 3),
    ]  # fmt: skip
    if unasserted:
        # (Narrower names, so that the status fits in 80 columns.)
        columns = [
            ("date", "date", 10), ("source", "source", 14), ("type", "type", 9),
            ("target", "target", 14), ("intensity", "tone", 5), ("reports", "n", 3),
            ("status", "status", 12),
        ]  # fmt: skip
    _emit(table, output, lambda t: _grid(t, columns, right=("intensity", "reports")))


@click.command(name="timeline")
@click.argument("first", metavar="A")
@click.argument("second", metavar="B")
@click.option(
    "--by", type=click.Choice(q.PERIODS), default="month", show_default=True, help="Period."
)
@click.option(
    "--plot",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also draw the timeline to this .png or .svg file.",
)
@_format_option
@_db_option
def timeline_command(
    first: str, second: str, by: str, plot: Path | None, output: str, db: str
) -> None:
    """Events between actors A and B over time, both directions: counts by type, mean tone."""
    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        raise click.ClickException(f"--plot {plot}: the file must end in .png or .svg.")
    with _open(db) as store:
        table = q.timeline(store, first, second, by=by)  # type: ignore[arg-type]
    columns = [
        ("period", "period", 10), ("direction", "direction", 30), ("type", "type", 14),
        ("events", "events", 6), ("intensity", "tone", 6),
    ]  # fmt: skip
    _emit(table, output, lambda t: _grid(t, columns, right=("events", "intensity")))
    if plot is not None:
        from parley.cli.charts import plot_timeline

        plot_timeline(table, plot, title=f"{first} and {second}, by {by}")
        click.echo(f"Chart written to {plot}", err=True)


def _profile_lines(profile: q.Profile) -> list[str]:
    lines = [profile.name, "=" * min(WIDTH, len(profile.name))]
    facts = [
        ("type", ", ".join(profile.types)),
        ("aliases", ", ".join(profile.aliases) or "-"),
        ("roles", ", ".join(profile.roles) or "-"),
        ("countries", ", ".join(profile.countries) or "-"),
    ]
    for name, value in facts:
        lines.extend(
            textwrap.wrap(value, WIDTH, initial_indent=f"{name:<11}", subsequent_indent=" " * 11)
        )
    lines.append(", ".join(f"{n} {label}" for label, n in profile.counts.items()))
    lines.extend(["", "Most quoted"])
    for record in profile.quotes.records():
        lines.extend(
            textwrap.wrap(
                f"{between_marks(record['quote'])} (seen {record['seen']}, "
                f"first {_text(record['first_seen'])})",
                WIDTH, initial_indent="  ", subsequent_indent="   ",
            )
        )  # fmt: skip
    if not profile.quotes.rows:
        lines.append("  none")
    lines.extend(["", "Top partners in events"])
    if profile.partners.rows:
        columns = [("partner", "partner", 40), ("events", "events", 6), ("intensity", "tone", 6)]
        lines.extend(
            "  " + line for line in _grid(profile.partners, columns, ("events", "intensity"))
        )
    else:
        lines.append("  none")
    return lines


@click.command(name="who")
@click.argument("name")
@_format_option
@_db_option
def who_command(name: str, output: str, db: str) -> None:
    """An entity's profile: aliases, roles, countries, counts, most quoted words, partners."""
    with _open(db) as store:
        profile = q.profile(store, name)
    if profile is None:
        raise click.ClickException(f"No person, organisation or country named {name!r} is stored.")
    if output == "table":
        click.echo("\n".join(_profile_lines(profile)))
        return
    if output in ("json", "jsonl"):
        record = {k: _plain(v) for k, v in profile.to_dict().items()}
        record["quotes"] = [{k: _plain(v) for k, v in r.items()} for r in record["quotes"]]
        click.echo(json.dumps(record, ensure_ascii=False, indent=2 if output == "json" else None))
        return
    rows: list[tuple[Any, ...]] = [("name", profile.name, "")]
    rows += [(field, value, "") for field in ("types", "aliases", "roles", "countries")
             for value in getattr(profile, field)]  # fmt: skip
    rows += [("count", label, n) for label, n in profile.counts.items()]
    rows += [("quote", r["quote"], r["seen"]) for r in profile.quotes.records()]
    rows += [("partner", r["partner"], r["events"]) for r in profile.partners.records()]
    _emit(q.Table(("section", "item", "value"), rows), "csv", _fitted)


@click.command(name="sql")
@click.argument("statement")
@_format_option
@_db_option
def sql_command(statement: str, output: str, db: str) -> None:
    """Run a read-only SQL query over the database (tables: articles, sightings, quotes, ...)."""
    with _open(db) as store:
        try:
            table = q.sql(store, statement)
        except QueryError as exc:
            if "read-only" in str(exc):
                raise QueryError("parley sql is read-only; the database was not changed.") from exc
            raise
    _emit(table, output, _fitted)


@click.command(name="export")
@click.option(
    "--format",
    "output",
    type=click.Choice(FORMATS),
    default="parquet",
    show_default=True,
    help="File format of every table.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write one file per table into.",
)
@_db_option
def export_command(output: str, out: Path, db: str) -> None:
    """Write every table of the database to Parquet, JSON lines or CSV files."""
    with _open(db) as store:
        written = export(store, out, output)  # type: ignore[arg-type]
    for path in written:
        click.echo(str(path))


COMMANDS = (
    quotes_command,
    events_command,
    timeline_command,
    who_command,
    sql_command,
    export_command,
)
