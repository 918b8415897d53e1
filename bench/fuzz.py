"""The big fuzz run: the properties of tests/fuzz with thousands of cases per test.

    PYTHONPATH=src python bench/fuzz.py [EXAMPLES_PER_TEST]   (default 2000)

Runs ``tests/fuzz`` under pytest with ``PARLEY_FUZZ_EXAMPLES`` set and prints how
many cases (inputs checked: an article or a rejection each) ran, how long it took,
and whether every property held. CI runs the same tests with 20 examples each.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    os.environ["PARLEY_FUZZ_EXAMPLES"] = str(examples)
    started = time.monotonic()
    status = pytest.main(["-q", "-p", "no:cacheprovider", str(ROOT / "tests" / "fuzz")])
    elapsed = time.monotonic() - started
    module = next(
        m for name, m in sys.modules.items() if name.endswith("test_fuzz") and hasattr(m, "CASES")
    )
    cases = module.CASES["count"]
    result = "all properties held" if status == 0 else f"FAILED (pytest exit {int(status)})"
    print(f"fuzz: {cases:,} cases ({examples} examples per test) in {elapsed:.0f} s: {result}")
    return int(status)


if __name__ == "__main__":
    sys.exit(main())
