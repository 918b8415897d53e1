"""Readers next to a writer: while an ingest writes, another process that opens the
database works or fails with a clear message, never with corruption; a reader holding
the file makes an ingest fail with a clear message, not a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from nasty import PROSE
from parley.errors import StoreError
from parley.store import Store

SRC = str(Path(__file__).parents[2] / "src")


def _corpus(folder: Path, count: int = 30) -> Path:
    folder.mkdir()
    for number in range(count):
        (folder / f"a{number:02}.txt").write_text(f"Plan {number} approved\n\n{number}. {PROSE}\n")
    return folder


def _ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "parley", "ingest", str(folder), "--db", str(db), "--quiet",
         "--batch-size", "2"],
        env={**os.environ, "PYTHONPATH": SRC}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def test_reader_during_ingest_works_or_gets_a_clear_message(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "inputs")
    db = tmp_path / "parley.duckdb"
    process = _ingest(folder, db)
    refused = read = 0
    while process.poll() is None:
        if db.exists():
            try:
                with Store(db, read_only=True) as store:
                    store.totals()
                read += 1
            except StoreError as exc:
                assert "another parley process is writing" in str(exc)
                refused += 1
        time.sleep(0.05)
    _, err = process.communicate()
    assert process.returncode == 0, err
    assert refused + read > 0
    with Store(db, read_only=True) as store:
        assert store.totals().articles == 30


def test_ingest_while_a_reader_holds_the_file_fails_clearly(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "inputs", count=2)
    db = tmp_path / "parley.duckdb"
    Store(db).close()
    with Store(db, read_only=True):
        process = _ingest(folder, db)
        _, err = process.communicate(timeout=300)
    assert process.returncode != 0
    assert "another parley process" in err and "Traceback" not in err
    process = _ingest(folder, db)
    _, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
