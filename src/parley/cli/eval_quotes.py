"""``parley eval quotes``: quote and speaker scores on the PolNeAR corpus."""

from __future__ import annotations

import json
from pathlib import Path

import click

from parley.config import Config


@click.command(name="quotes")
@click.option(
    "--gold",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The PolNeAR repository (commit c3eee83) or its data folder, holding "
    "{train,dev,test}/text and {train,dev,test}/attributions.",
)
@click.option(
    "--split",
    type=click.Choice(["train", "dev", "test"]),
    default="dev",
    show_default=True,
    help="Tune on train and dev; report test.",
)
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option("--model", default=None, help="Installed spaCy pipeline to use.")
@click.option(
    "--format", "output", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def eval_quotes(gold: Path, split: str, limit: int | None, model: str | None, output: str) -> None:
    """Quote content P/R/F1 (exact and overlap), speaker accuracy and who-said-what F1.

    Every gold attribution counts, split into direct (the content holds a quotation
    mark) and indirect. PolNeAR is not shipped with parley: see the docstring of
    parley.eval.quotes for how to get it.
    """
    from parley.eval.quotes import run_quotes_eval

    report = run_quotes_eval(gold, split, limit=limit, config=Config.from_env(model=model))
    if output == "json":
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(report.format_table())
