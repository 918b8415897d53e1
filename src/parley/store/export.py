"""Every table of the database written out as Parquet, JSON lines or CSV files."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import duckdb

from parley.errors import StoreError
from parley.store import Store

Format = Literal["parquet", "jsonl", "csv"]
FORMATS: tuple[Format, ...] = ("parquet", "jsonl", "csv")
_OPTIONS = {"parquet": "FORMAT parquet", "jsonl": "FORMAT json", "csv": "FORMAT csv, HEADER"}


def tables(store: Store) -> list[str]:
    """The database's tables (the migrations' bookkeeping aside), in name order."""
    return [
        str(row[0])
        for row in store.db.execute(
            "SELECT table_name FROM duckdb_tables() "
            "WHERE table_name <> 'schema_migrations' ORDER BY table_name"
        ).fetchall()
    ]


def export(store: Store, directory: Path, format: Format = "parquet") -> list[Path]:
    """Write each table to ``directory/<table>.<format>``; the files written."""
    if format not in FORMATS:
        raise StoreError(f"Cannot export as {format!r}; choose one of {', '.join(FORMATS)}.")
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables(store):
        path = directory / f"{table}.{format}"
        literal = str(path).replace("'", "''")
        try:
            store.db.execute(f"COPY {table} TO '{literal}' ({_OPTIONS[format]})")
        except duckdb.Error as exc:
            raise StoreError(f"Exporting {table} to {path} failed: {exc}") from exc
        written.append(path)
    return written
