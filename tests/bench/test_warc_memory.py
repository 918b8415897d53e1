"""The WARC memory benchmark at a tiny size: it builds a readable archive and runs end to end."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from parley.ingest.warc import read_warc
from parley.records import Document

BENCH = Path(__file__).resolve().parents[2] / "bench" / "warc_memory.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("warc_memory", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_builds_archive_of_the_size_asked(bench: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "small.warc.gz"
    records, _ = bench.build(path, 300_000)
    documents = [d for d in read_warc(path) if isinstance(d, Document)]
    assert path.stat().st_size >= 300_000 and len(documents) == records


def test_bench_prints_peak_rss(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["--size-mb", "0.2", "--workdir", str(tmp_path)]) == 0
    assert "peak RSS" in capsys.readouterr().out
