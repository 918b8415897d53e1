"""Memory of WARC ingest: build a large WARC.gz from repeated pages, ingest it, print peak RSS.

    python bench/warc_memory.py                 # a 1 GB archive (the issue's figure)
    python bench/warc_memory.py --size-mb 5     # a quick look

The archive is built from the bundled example pages, each record a gzip member
with its own URL (50 outlets) and fetch date, as in Common Crawl News. Then
``parley ingest`` runs on it in a child process while its resident memory is
sampled from /proc; the figure that matters is the peak, which must stay flat
(well under 1.5 GB) whatever the archive's size. Throughput is printed too, but
this is not a timed test: repeated pages are extracted and analysed once, and
every later copy of the same bytes only adds a sighting (outlet, URL, date).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from importlib import resources as package_files
from pathlib import Path

import duckdb
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUTLETS = 50


def pages() -> list[bytes]:
    examples = package_files.files("parley.data").joinpath("examples")
    return [p.read_bytes() for p in sorted(examples.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".html")]  # fmt: skip


def build(path: Path, size: int) -> tuple[int, int]:
    """Write HTML responses until the file reaches ``size`` bytes; (records, payload bytes)."""
    bodies = pages()
    start = dt.datetime(2021, 3, 1)
    records = payload = 0
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        while stream.tell() < size:
            body = bodies[records % len(bodies)]
            url = f"https://outlet{records % OUTLETS}.example/news/{records}"
            date = (start + dt.timedelta(seconds=records)).strftime("%Y-%m-%dT%H:%M:%SZ")
            headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": date},
            )  # fmt: skip
            writer.write_record(record)
            record.raw_stream.close()  # warcio's spooled digest buffer
            records += 1
            payload += len(body)
    return records, payload


def rss_of(pid: int) -> int:
    """Resident memory of a process in bytes (Linux /proc), 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def ingest(archive: Path, db: Path) -> tuple[float, list[tuple[float, int]], str]:
    """Run ``parley ingest`` on the archive; (seconds, RSS samples, its output)."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "parley", "ingest", str(archive), "--db", str(db), "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    samples: list[tuple[float, int]] = []

    def sample() -> None:
        while child.poll() is None:
            samples.append((time.perf_counter() - started, rss_of(child.pid)))
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = child.communicate()
    sampler.join()
    if child.returncode != 0:
        raise SystemExit(f"parley ingest failed ({child.returncode}):\n{output}")
    return time.perf_counter() - started, samples, output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=1024, help="archive size (default 1024)")
    parser.add_argument("--workdir", type=Path, default=None, help="where to build (default tmp)")
    parser.add_argument("--keep", action="store_true", help="keep the archive and database")
    parser.add_argument(
        "--reuse", action="store_true", help="ingest the archive a --keep run left in --workdir"
    )
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="parley-warc-"))
    workdir.mkdir(parents=True, exist_ok=True)
    archive, db = workdir / "bench.warc.gz", workdir / "bench.duckdb"
    db.unlink(missing_ok=True)

    began = time.perf_counter()
    counts = workdir / "bench.counts"
    if args.reuse and archive.exists() and counts.exists():
        records, payload = map(int, counts.read_text().split())
    else:
        records, payload = build(archive, int(args.size_mb * 1024 * 1024))
        counts.write_text(f"{records} {payload}\n")
    size = archive.stat().st_size
    built = time.perf_counter() - began
    print(
        f"archive   {archive}: {size / 2**20:,.0f} MiB gzip, {records:,} HTML records, "
        f"{payload / 2**20:,.0f} MiB of HTML, built in {built:,.0f} s"
    )

    seconds, samples, output = ingest(archive, db)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    with duckdb.connect(str(db), read_only=True) as connection:
        articles, sightings = connection.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sightings)"
        ).fetchone() or (0, 0)
    print(
        f"ingest    {seconds:,.1f} s: {records / seconds:,.0f} records/s, "
        f"{size / 2**20 / seconds:,.1f} MiB/s of archive, "
        f"{payload / 2**20 / seconds:,.1f} MiB/s of HTML"
    )
    print(f"stored    {articles} distinct articles, {sightings:,} sightings")
    # RSS through the run: flat memory means the last quarter is no higher than the first.
    quarters = [samples[int(len(samples) * f)][1] for f in (0.25, 0.5, 0.75)] if samples else []
    print("rss       at 25/50/75% of the run: "
          + ", ".join(f"{r / 2**20:,.0f} MiB" for r in quarters))  # fmt: skip
    print(f"peak RSS  {peak / 2**20:,.0f} MiB (limit 1536 MiB)")
    print(output.strip().splitlines()[0] if output.strip() else "")
    if not args.keep and args.workdir is None:
        for path in (archive, db, counts):
            path.unlink()
        os.rmdir(workdir)
    return 0 if peak < 1536 * 2**20 else 1


if __name__ == "__main__":
    raise SystemExit(main())
