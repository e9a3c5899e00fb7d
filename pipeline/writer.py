"""Atomic, streaming Parquet output into an output folder (`pipeline/outdir.py` says what it owns).

A run writes into a fresh run folder and only at the end replaces the
`current` link (os.replace of a symlink is atomic), so a run killed midway, or
one that fails on a full disk, leaves the previous output whole and readable.
"""
from __future__ import annotations

import importlib.abc
import os
import re
import sys
from contextlib import contextmanager

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.errors import UserError, first_line
from pipeline.outdir import OutputFolder
from pipeline.schemas import TABLES


def load_row_conversion() -> None:
    """Ready pyarrow to convert Python rows, without pandas.

    On its first conversion pyarrow imports pandas (a quarter of a second, a fifth of a small run) only
    to recognise pandas objects among the values. The rows written here are plain Python (converted
    against their schema), so that first conversion runs with pandas hidden, and pyarrow goes on as it
    does where pandas is not installed; a later call that needs pandas (`to_pandas`,
    `Table.from_pandas`) imports it then."""
    hide = "pandas" not in sys.modules
    if hide:
        sys.meta_path.insert(0, _HIDDEN_PANDAS)
    try:
        pa.array([], pa.string())
    finally:
        if hide:
            sys.meta_path.remove(_HIDDEN_PANDAS)


class _HiddenPandas(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.partition(".")[0] == "pandas":
            raise ImportError(f"{name} is hidden while pyarrow prepares its row conversion")
        return None


_HIDDEN_PANDAS = _HiddenPandas()


class TableSetWriter:
    """Streams rows into one Parquet dataset folder per table, published atomically on commit.

    `out` is a folder path (claimed and locked for the writer's lifetime) or an
    OutputFolder the caller has already entered.
    """

    def __init__(self, out: str | os.PathLike | OutputFolder, schemas: dict[str, pa.Schema] = TABLES,
                 rows_per_group: int = 20_000) -> None:
        self._owns_folder = not isinstance(out, OutputFolder)
        self.folder = OutputFolder(out, tables=schemas) if self._owns_folder else out
        self.out = self.folder.path
        self.schemas = schemas
        self.rows_per_group = rows_per_group
        self.run_id = ""
        self.run_dir = self.out
        self._buffers: dict[str, list[dict]] = {name: [] for name in schemas}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._published = False
        self.row_counts: dict[str, int] = dict.fromkeys(schemas, 0)

    def __enter__(self) -> "TableSetWriter":
        if self._owns_folder:
            self.folder.__enter__()
        try:
            with self._aborted_on_failure():
                self.run_id, self.run_dir = self.folder.new_run()
                for name in self.schemas:
                    (self.run_dir / name).mkdir()
        except BaseException:
            if self._owns_folder:  # __exit__ will not run: release the folder's lock here
                self.folder.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.commit()
            else:
                self.abort()
        finally:
            if self._owns_folder:
                self.folder.__exit__(exc_type, exc, tb)

    @contextmanager
    def _aborted_on_failure(self):
        """Any failure discards this run's folder; an OSError (a full disk) becomes a one-line error."""
        try:
            yield
        except OSError as exc:
            self.abort()
            raise self._write_error(exc) from None
        except BaseException:
            self.abort()
            raise

    def _write_error(self, exc: OSError) -> UserError:
        # Arrow's own messages bury the reason: "Error writing bytes to file. Detail: [errno 28] …"
        arrow_errno = re.search(r"\[errno (\d+)\]", str(exc))
        reason = os.strerror(int(arrow_errno.group(1))) if arrow_errno else exc.strerror or first_line(exc)
        return UserError(f"cannot write to {self.out}: {reason}; the previous output is unchanged")

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
        try:
            self._writer(table).write_table(data.cast(self.schemas[table]))
        except OSError as exc:
            raise self._write_error(exc) from None
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
        try:
            self._writer(table).write_table(pa.Table.from_pylist(rows, schema=schema))
        except OSError as exc:  # a full disk, a file size limit, a vanished folder
            raise self._write_error(exc) from None
        self._buffers[table] = []

    def commit(self) -> None:
        with self._aborted_on_failure():
            for table in self.schemas:
                if self._buffers[table] or table not in self._writers:
                    self._flush(table)  # also writes an empty file, so every table has its schema on disk
                self._writers[table].close()
            self.folder.publish(self.run_id)
        self._published = True
        self.folder.remove_unpublished(keep=self.run_id)

    def abort(self) -> None:
        """Discard this run's folder, unless it is already the published one."""
        for writer in self._writers.values():
            try:
                writer.close()
            except Exception:  # the run is discarded anyway
                pass
        self._writers = {}
        if self.run_id and not self._published and self.folder.current != self.run_dir:
            self.folder.remove_run(self.run_id)
