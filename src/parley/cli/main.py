"""The ``parley`` command: a thin adapter over the library.

Each command parses its options, calls one library function and formats the
result. Library errors (``ParleyError``) are translated once, here: a message
on stderr and exit code 2; tracebacks only with ``--verbose``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import click

from parley.budget import Watchdog, guard
from parley.cli import render
from parley.cli.eval_events import eval_events
from parley.cli.eval_quotes import eval_quotes
from parley.cli.queries import COMMANDS as QUERY_COMMANDS
from parley.cli.serve import serve_command
from parley.config import DEFAULT_MODEL, Config, parse_date
from parley.errors import ParleyError
from parley.ingest import ingest, read_documents
from parley.pipeline import Pipeline
from parley.records import Article, Document, Rejection
from parley.store import Store

F = TypeVar("F", bound=Callable[..., Any])


class ParleyGroup(click.Group):
    """Turns library errors into one-line messages unless ``--verbose`` was given."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ParleyError as exc:
            if ctx.meta.get("parley.verbose"):
                raise
            raise click.ClickException(str(exc)) from exc


def model_options(function: F) -> F:
    function = click.option(
        "--model",
        default=None,
        help=f"Installed spaCy pipeline to use (default: $PARLEY_MODEL or {DEFAULT_MODEL}).",
    )(function)
    function = click.option(
        "--published",
        default=None,
        metavar="YYYY-MM-DD",
        help="Publication date; overrides the date the page gives.",
    )(function)
    return function


@click.group(cls=ParleyGroup)
@click.option("--verbose", is_flag=True, help="Show full tracebacks on errors.")
@click.version_option(package_name="parley")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """parley: who said what, to or about whom, and when, from news articles."""
    ctx.meta["parley.verbose"] = verbose


@cli.command()
@click.argument("path")
@model_options
@click.option(
    "--format",
    "output",
    type=click.Choice(["json", "table"]),
    default="json",
    show_default=True,
    help="JSON record (DESIGN.md contract) or a readable page.",
)
def analyze(path: str, model: str | None, published: str | None, output: str) -> None:
    """Analyse one article (HTML or text file, or - for stdin) and print its record.

    A .jsonl file of {id, url?, html|text, published?} lines gives one JSON record
    per line on stdout, each with its input id; nothing is stored.
    """
    config = Config.from_env(model=model)
    date = parse_date(published)
    pipeline = Pipeline(config)
    if path != "-" and path.lower().endswith((".jsonl", ".jsonl.gz")):
        _analyze_lines(pipeline, Path(path), date)
        return
    if path != "-" and not Path(path).is_file():
        raise click.ClickException(f"{path} does not exist or is not a file.")
    (document,) = read_documents(path, published=date, max_bytes=config.max_bytes)
    result = document if isinstance(document, Rejection) else pipeline.run_batch([document])[0]
    if isinstance(result, Rejection):
        click.echo(
            f"parley: rejected {result.source} ({result.reason}): {result.message}", err=True
        )
        sys.exit(1)
    if output == "table":
        click.echo(render.article_table(result))
    else:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))


def _analyze_lines(pipeline: Pipeline, path: Path, date: Any) -> None:
    documents = list(read_documents(path, published=date))
    batch = [d for d in documents if isinstance(d, Document)]
    # Under the watchdog, batch by batch, so one pathological line cannot stall the file.
    guarded = guard(pipeline)
    size = pipeline.config.batch_size
    try:
        results = iter(
            [r for i in range(0, len(batch), size) for r in guarded.run_batch(batch[i : i + size])]
        )
    finally:
        if isinstance(guarded, Watchdog):
            guarded.close()
    for item in documents:
        outcome = next(results) if isinstance(item, Document) else item
        if isinstance(outcome, Article):
            record: dict[str, Any] = outcome.to_dict()
        else:
            record = {"id": outcome.id, "error": outcome.to_dict()}
        click.echo(json.dumps(record, ensure_ascii=False))


@cli.command(name="ingest")
@click.argument("inputs", nargs=-1)
@click.option("--feed", "feeds", multiple=True, metavar="URL|FILE", help="An RSS/Atom feed.")
@click.option("--urls", "url_lists", multiple=True, metavar="FILE", help="A file of URLs.")
@click.option("--db", default="parley.duckdb", show_default=True, help="Database file.")
@model_options
@click.option("--max-bytes", type=int, default=None, help="Reject inputs larger than this.")
@click.option("--timeout", type=float, default=None, help="Seconds to wait for a web server.")
@click.option("--delay", type=float, default=None, help="Seconds between requests to one host.")
@click.option(
    "--doc-timeout",
    type=float,
    default=None,
    help="Seconds one document may take before it is rejected as 'timeout' (0: no watchdog).",
)
@click.option(
    "--batch-size", type=int, default=None, help="Documents analysed and committed together."
)
@click.option(
    "--resume/--no-resume",
    default=True,
    show_default=True,
    help="Continue an interrupted run of the same command where it stopped.",
)
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest_command(
    inputs: tuple[str, ...],
    feeds: tuple[str, ...],
    url_lists: tuple[str, ...],
    db: str,
    model: str | None,
    published: str | None,
    max_bytes: int | None,
    timeout: float | None,
    delay: float | None,
    doc_timeout: float | None,
    batch_size: int | None,
    resume: bool,
    quiet: bool,
) -> None:
    """Analyse files, directories, globs, .jsonl, WARC(.gz), URLs, feeds or - (stdin).

    http(s) URLs are fetched (a feed's entries too); --feed and --urls name feeds and
    files of URLs. Re-ingesting the same article changes nothing. Ends with a summary of
    what was stored and what was rejected and why; exits non-zero only when nothing
    could be read.
    """
    if not (inputs or feeds or url_lists):
        raise click.UsageError("Give at least one input, --feed or --urls.")
    config = Config.from_env(
        model=model, max_bytes=max_bytes, fetch_timeout=timeout, fetch_delay=delay,
        doc_timeout=doc_timeout, batch_size=batch_size,
    )  # fmt: skip
    summary = _run_ingest(
        list(inputs), db, config, parse_date(published), quiet, feeds=feeds, url_lists=url_lists,
        resume=resume,
    )  # fmt: skip
    if summary.usable == 0:
        sys.exit(1)


def _run_ingest(
    inputs: list[str],
    db: str,
    config: Config,
    date: Any,
    quiet: bool,
    *,
    feeds: Sequence[str] = (),
    url_lists: Sequence[str] = (),
    resume: bool = True,
) -> Any:
    from rich.progress import Progress

    with Store(db) as store, Progress(disable=quiet, transient=True) as bar:
        task = bar.add_task("ingesting", total=None)

        def progress(event: str, count: int) -> None:
            if event == "total":
                bar.update(task, total=count)
            else:
                bar.advance(task, count)

        summary = ingest(
            inputs, store, feeds=feeds, url_lists=url_lists, config=config, published=date,
            progress=progress, resume=resume,
        )  # fmt: skip
        totals = store.totals()
    click.echo(render.ingest_summary(summary))
    click.echo(render.totals(db, totals))
    return summary


@cli.command()
@click.option("--db", default="parley.duckdb", show_default=True, help="Database file.")
@click.option("--model", default=None, help="Installed spaCy pipeline to use.")
def demo(db: str, model: str | None) -> None:
    """Ingest the bundled example articles into --db and summarise what is there."""
    examples = resources.files("parley.data").joinpath("examples")
    config = Config.from_env(model=model)
    with resources.as_file(examples) as folder:
        click.echo(f"Ingesting the bundled example articles from {folder}")
        _run_ingest([str(folder)], db, config, None, quiet=False)
    with Store(db, read_only=True) as store:
        click.echo("")
        click.echo(render.people(store.top_people()))
        click.echo("")
        click.echo(render.articles(store.recent_articles(limit=20)))


@cli.command()
@click.option("--db", default="parley.duckdb", show_default=True, help="Database file.")
def stats(db: str) -> None:
    """Summarise what the database holds."""
    if not Path(db).exists():
        raise click.ClickException(f"{db} does not exist; create it with 'parley ingest'.")
    with Store(db, read_only=True) as store:
        click.echo(render.totals(db, store.totals()))


@cli.group(name="eval")
def eval_group() -> None:
    """Score parley against gold annotations."""


@eval_group.command(name="extraction")
@click.option(
    "--gold",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The article-extraction-benchmark folder (html/*.html.gz and ground-truth.json).",
)
@click.option("--limit", type=int, default=None, help="Score only the first N pages.")
@click.option(
    "--bootstrap", type=int, default=1000, show_default=True, help="Resamples for the ± figure."
)
@click.option(
    "--format", "output", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--input",
    "mode",
    type=click.Choice(["html", "text"]),
    default="html",
    show_default=True,
    help="html: parley's HTML path beside trafilatura. text: extract_text on each page's "
    "rendered text (html-text) beside that text unchanged.",
)
@click.option(
    "--split",
    type=click.Choice(["dev", "test", "all"]),
    default="all",
    show_default=True,
    help="Pages by a hash of their id: dev (tune on it), test (report it), or all.",
)
def eval_extraction(
    gold: Path, limit: int | None, bootstrap: int, output: str, mode: str, split: str
) -> None:
    """Body-extraction precision, recall and F1, parley beside a baseline.

    With --input html (the default) parley extracts the pages' HTML beside bare
    trafilatura; with --input text it cleans each page's scraped text beside
    that text unchanged.
    """
    from parley.eval.extraction import run_extraction_eval

    report = run_extraction_eval(
        gold,
        limit=limit,
        bootstrap=bootstrap,
        mode="text" if mode == "text" else "html",
        split="dev" if split == "dev" else "test" if split == "test" else "all",
    )
    if output == "json":
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(report.format_table())


for _command in QUERY_COMMANDS:
    cli.add_command(_command)
eval_group.add_command(eval_events)
eval_group.add_command(eval_quotes)
cli.add_command(serve_command)


def main() -> None:
    cli(prog_name="parley")
