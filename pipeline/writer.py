"""Atomic, streaming Parquet output.

Layout of an output folder:
    <out>/.runs/<run_id>/<table>/part-00000.parquet   one folder per run
    <out>/current -> .runs/<run_id>                    swapped in one rename
    <out>/<table> -> current/<table>                   stable paths for readers

A run writes into a fresh run folder and only at the end replaces the
`current` link (os.replace of a symlink is atomic), so a run killed midway
leaves the previous output whole and readable.
"""
from __future__ import annotations

import os
import shutil
import time
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.errors import UserError
from pipeline.schemas import TABLES

RUNS_DIR = ".runs"
CURRENT = "current"


class TableSetWriter:
    """Streams rows into one Parquet dataset folder per table, published atomically on commit."""

    def __init__(self, out_dir: str | os.PathLike, schemas: dict[str, pa.Schema] = TABLES,
                 rows_per_group: int = 20_000) -> None:
        self.out = Path(out_dir)
        self.schemas = schemas
        self.rows_per_group = rows_per_group
        self.run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
        self.run_dir = self.out / RUNS_DIR / self.run_id
        self._buffers: dict[str, list[dict]] = {name: [] for name in schemas}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self.row_counts: dict[str, int] = dict.fromkeys(schemas, 0)

    def __enter__(self) -> "TableSetWriter":
        try:
            self.run_dir.mkdir(parents=True)
        except OSError as exc:
            raise UserError(f"cannot create output folder {self.out}: {exc.strerror}") from None
        for name in self.schemas:
            (self.run_dir / name).mkdir()
            if (self.out / name).exists() and not (self.out / name).is_symlink():
                if not (self.out / name).is_dir():
                    raise UserError(f"{self.out / name} exists and is not a table folder")
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()

    def write(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        buffer = self._buffers[table]
        buffer.extend(rows)
        self.row_counts[table] += len(rows)
        if len(buffer) >= self.rows_per_group:
            self._flush(table)

    def write_arrow(self, table: str, data: pa.Table) -> None:
        """Append Arrow data as is (rows reused from an earlier run)."""
        if self._buffers[table]:
            self._flush(table)
        self._writer(table).write_table(data.cast(self.schemas[table]))
        self.row_counts[table] += data.num_rows

    def _writer(self, table: str) -> pq.ParquetWriter:
        writer = self._writers.get(table)
        if writer is None:
            writer = pq.ParquetWriter(self.run_dir / table / "part-00000.parquet", self.schemas[table],
                                      compression="zstd")
            self._writers[table] = writer
        return writer

    def _flush(self, table: str) -> None:
        rows = self._buffers[table]
        schema = self.schemas[table]
        self._writer(table).write_table(pa.Table.from_pylist(rows, schema=schema))
        self._buffers[table] = []

    def commit(self) -> None:
        for table in self.schemas:
            if self._buffers[table] or table not in self._writers:
                self._flush(table)  # also writes an empty file, so every table has its schema on disk
            self._writers[table].close()
        self._publish()
        self._remove_stale_runs()

    def abort(self) -> None:
        for writer in self._writers.values():
            try:
                writer.close()
            except Exception:  # the run is discarded anyway
                pass
        shutil.rmtree(self.run_dir, ignore_errors=True)

    def _publish(self) -> None:
        tmp_link = self.out / f".current-{self.run_id}"
        os.symlink(Path(RUNS_DIR) / self.run_id, tmp_link)
        os.replace(tmp_link, self.out / CURRENT)
        for table in self.schemas:
            path = self.out / table
            target = Path(CURRENT) / table
            if path.is_symlink() and Path(os.readlink(path)) == target:
                continue
            tmp = self.out / f".{table}-{self.run_id}"
            os.symlink(target, tmp)
            if path.exists() and not path.is_symlink():
                # Output of an older layout: move it aside, then swap in the link.
                shutil.rmtree(path)
            os.replace(tmp, path)

    def _remove_stale_runs(self) -> None:
        for run in (self.out / RUNS_DIR).iterdir():
            if run.name != self.run_id:
                shutil.rmtree(run, ignore_errors=True)
