"""``parley eval events``: event coding scored on PLOVER GSR-style gold (or PETRARCH2 tests)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from parley.config import Config


@click.command(name="events")
@click.option(
    "--gold",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Gold JSONL in the PLOVER GSR format (default: shared/data/events/plover_gsr/"
    "plover_gsr_flat.jsonl found above the current folder), or PETRARCH2's "
    "petr2_unittests.jsonl.",
)
@click.option(
    "--half",
    type=click.Choice(["odd", "even", "all"]),
    default="all",
    show_default=True,
    help="Sentences whose id ends in an odd number (tune on these), even (report these), or all.",
)
@click.option(
    "--format", "output", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--articles",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Read each gold sentence in its whole article: a CSV (url and text columns) or JSONL "
    "file of the articles the gold's 'url' fields name. Without it each sentence is read alone.",
)
@click.option("--model", default=None, help="Installed spaCy pipeline to use.")
def eval_events(
    gold: Path | None, half: str, output: str, articles: Path | None, model: str | None
) -> None:
    """Event type, actor-country and triple scores of parley's event coder.

    Prints per-type precision/recall/F1, macro and micro F1, source and target
    country accuracy, strict (source, type, target) triple F1, mean absolute
    intensity error and speed. A PETRARCH2 unit-test file is scored by type.
    With --articles, each sentence is read in its article (quotations, speakers and
    dates of the text around it), and its events are those parley finds in it there.
    """
    from parley.eval.events import (
        default_gold,
        is_petrarch_file,
        run_events_eval,
        run_petrarch_regression,
    )

    config = Config.from_env(model=model)
    path = gold or default_gold()
    if not path.is_file():
        raise click.ClickException(f"{path} does not exist or is not a file.")
    if is_petrarch_file(path):
        if articles is not None:
            raise click.ClickException(
                "--articles reads gold sentences in their articles; PETRARCH2 tests have none."
            )
        regression = run_petrarch_regression(path, config=config)
        click.echo(
            json.dumps(regression.to_dict(), indent=2)
            if output == "json"
            else regression.format_table()
        )
        return
    report = run_events_eval(
        path,
        half="odd" if half == "odd" else "even" if half == "even" else "all",
        config=config,
        articles=articles,
    )
    click.echo(
        json.dumps(report.to_dict(), indent=2) if output == "json" else report.format_table()
    )
