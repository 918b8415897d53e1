from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import site_db
from fastapi.testclient import TestClient

from parley.api import Settings, create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return site_db.build(tmp_path_factory.mktemp("api") / "parley.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=str(db)))) as test_client:
        yield test_client


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[TestClient]:
    """A server over a fresh copy of the database, started with --allow-ingest."""
    path = site_db.build(tmp_path / "parley.duckdb")
    with TestClient(create_app(Settings(db=str(path), allow_ingest=True))) as test_client:
        yield test_client
