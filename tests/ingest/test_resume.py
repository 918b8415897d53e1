"""Crash safety: an ingest killed with SIGKILL at random points, restarted, loses nothing.

Each run ingests a folder of articles (and a few inputs that are rejected) as a
real ``python -m parley ingest`` subprocess, kills it at seeded random moments,
checks after every kill that the database opens and reads whole, then lets a
restart finish. The restarted ingest must resume the interrupted run (one run
in the database, inputs already done skipped) and the store must hold every
input exactly once: one sighting or one rejection each, the same articles as an
uninterrupted ingest.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parley.config import Config
from parley.ingest import ingest
from parley.store import Store

ARTICLES = 40
KILLS = 2
SEEDS = (1, 2, 3)
TOPICS = ("the harbour", "the railway", "the budget", "the school", "the bridge", "the clinic")


def _corpus(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for number in range(ARTICLES):
        topic = TOPICS[number % len(TOPICS)]
        text = (
            f"Council approves plan number {number}\n\n"
            f"The city council voted on Tuesday to approve plan number {number} for {topic}, "
            "after a debate that lasted most of the afternoon and drew a large crowd.\n\n"
            f"Supporters said plan {number} would bring jobs to the district within two years, "
            "while opponents warned that the cost had been badly underestimated by officials.\n"
        )
        paths.append(folder / f"article-{number:02}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "short.txt").write_text("Too short to be an article.\n")
    return sorted(folder.iterdir())


def _ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "parley", "ingest", str(folder), "--db", str(db), "--quiet",
         "--batch-size", "2"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _wal_size(db: Path) -> int:
    try:
        return db.with_name(db.name + ".wal").stat().st_size
    except FileNotFoundError:
        return 0


def _largest_wal(db: Path, process: subprocess.Popen[str]) -> int:
    """The largest size DuckDB's write-ahead log reaches while ``process`` runs."""
    largest = 0
    while process.poll() is None:
        largest = max(largest, _wal_size(db))
        time.sleep(0.005)
    return largest


def _kill_after(db: Path, process: subprocess.Popen[str], wal_bytes: float) -> None:
    """SIGKILL ``process`` once its log has grown past ``wal_bytes``: mid-ingest."""
    while process.poll() is None and _wal_size(db) < wal_bytes:
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.communicate()


def _survivors(db: Path) -> list[int]:
    """Processes still running an ingest into ``db`` (a watchdog worker left orphaned)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if str(db).encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def _finish(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    return out


def _tables(db: Path) -> dict[str, int]:
    """Every table read whole: a corrupt file fails here."""
    with Store(db, read_only=True) as store:
        names = [r[0] for r in store.db.execute("SHOW TABLES").fetchall()]
        return {
            name: store.db.execute(f'SELECT count(*) FROM (SELECT * FROM "{name}")').fetchone()[0]
            for name in names
        }


def _per_input(db: Path) -> dict[str, int]:
    """How often each input is in the store: its sightings, and its rejections in the last
    run (a run that finished before a kill landed is a complete earlier run)."""
    with Store(db, read_only=True) as store:
        rows = store.db.execute(
            "SELECT source, count(*) FROM (SELECT source FROM sightings UNION ALL "
            "SELECT source FROM rejections WHERE run_id = (SELECT max(id) FROM runs)) "
            "GROUP BY source"
        ).fetchall()
    return {str(source): int(count) for source, count in rows}


def _articles(db: Path) -> set[str]:
    with Store(db, read_only=True) as store:
        return set(store.article_keys())


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str], float]:
    folder = tmp_path_factory.mktemp("reference") / "inputs"
    _corpus(folder)
    db = folder.parent / "reference.duckdb"
    process = _ingest(folder, db)
    largest = _largest_wal(db, process)
    _finish(process)
    return folder, _articles(db), largest


@pytest.mark.parametrize("seed", SEEDS)
def test_ingest_killed_at_random_points_resumes_and_keeps_every_input_once(
    tmp_path: Path, seed: int, uninterrupted: tuple[Path, set[str], float]
) -> None:
    _, expected_articles, largest_wal = uninterrupted
    folder = tmp_path / "inputs"
    inputs = _corpus(folder)
    db = tmp_path / "parley.duckdb"
    rng = random.Random(seed)
    completed = 0
    for _ in range(KILLS):
        process = _ingest(folder, db)
        # A random point of the write: the log grows with every committed batch.
        _kill_after(db, process, rng.uniform(0.05, 0.9) * largest_wal)
        completed += process.returncode == 0  # the kill came after the run had finished
        deadline = time.monotonic() + 10
        while _survivors(db) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _survivors(db), "the pipeline's worker outlived the killed ingest"
        if db.exists():
            _tables(db)  # opens and reads whole after every kill
    output = _finish(_ingest(folder, db))
    counts = _per_input(db)
    assert counts == {str(path): 1 for path in inputs}
    assert _articles(db) == expected_articles
    with Store(db, read_only=True) as store:
        runs = store.db.execute("SELECT count(*), count(finished_at), sum(stored) FROM runs")
        assert runs.fetchone() == (1 + completed, 1 + completed, len(expected_articles))
    print(f"seed {seed}: {KILLS} kills, {completed} after the end; {output.splitlines()[0]}")


def test_ingest_no_resume_starts_a_new_run(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    _corpus(folder)
    with Store(tmp_path / "parley.duckdb") as store:
        interrupted = store.start_run(f"ingest {folder}")  # as a killed run leaves it
        summary = ingest([str(folder)], store, resume=False, config=Config(doc_timeout=0))
        assert summary.run_id != interrupted
        assert not summary.resumed


def test_ingest_resume_skips_what_the_interrupted_run_did(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    inputs = _corpus(folder)
    config = Config(doc_timeout=0)
    with Store(tmp_path / "parley.duckdb") as store:
        first = ingest([str(folder)], store, config=config)
        # Make the finished run look interrupted, as a kill after its last batch would.
        store.db.execute("UPDATE runs SET finished_at = NULL WHERE id = ?", [first.run_id])
        again = ingest([str(folder)], store, config=config)
    assert again.resumed
    assert again.run_id == first.run_id
    assert again.skipped == len(inputs)
    assert again.read == first.read
    assert again.rejected_by_reason == first.rejected_by_reason
