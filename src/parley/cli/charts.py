"""Charts for the terminal's tables: a dyad's timeline as a PNG or SVG file (matplotlib)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from parley.errors import QueryError
from parley.store.queries import Table


def plot_timeline(table: Table, path: Path, *, title: str) -> None:
    """Events per period in each direction (top) and their mean intensity (bottom)."""
    try:
        import matplotlib
    except ImportError:
        raise QueryError("Drawing charts needs matplotlib: pip install 'parley[plot]'.") from None
    matplotlib.use("Agg")  # files only; never a window
    from matplotlib import pyplot

    counts: dict[str, dict[dt.date, int]] = {}
    tones: dict[str, dict[dt.date, list[tuple[float, int]]]] = {}
    for record in table.records():
        direction, period = record["direction"], record["period"]
        counts.setdefault(direction, {}).setdefault(period, 0)
        counts[direction][period] += record["events"]
        if record["intensity"] is not None:
            tones.setdefault(direction, {}).setdefault(period, []).append(
                (record["intensity"], record["events"])
            )
    figure, (top, bottom) = pyplot.subplots(2, 1, sharex=True, figsize=(9, 5.5))
    for direction, count in sorted(counts.items()):
        periods = sorted(count)
        top.plot(periods, [count[p] for p in periods], marker="o", label=direction)
    for direction, tone in sorted(tones.items()):
        periods = sorted(tone)
        means = [sum(t * n for t, n in tone[p]) / sum(n for _, n in tone[p]) for p in periods]
        bottom.plot(periods, means, marker="o", label=direction)
    top.set_ylabel("events")
    bottom.set_ylabel("mean intensity")
    bottom.axhline(0, color="grey", linewidth=0.5)
    top.set_title(title)
    if counts:
        top.legend()
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(path)
    pyplot.close(figure)
