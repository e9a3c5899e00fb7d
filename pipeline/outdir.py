"""The output folder of `policy-extract run`: what it owns, who may write it, how a run is published.

Layout:
    <out>/.policy-extract                     marker: this folder is managed by policy-extract
    <out>/.policy-extract.lock                held (flock) by the one run writing the folder
    <out>/.runs/<run_id>/<table>/*.parquet    one folder per run
    <out>/current -> .runs/<run_id>           the published run, swapped in one rename
    <out>/<table> -> current/<table>          stable paths for readers

The tool only ever creates, replaces or deletes these names, and only in a
folder it owns: one with the marker, one it creates, an empty one, or one
written before the marker existed (a `current` link into `.runs/`), which it
adopts. Anything else under those names (a user's `documents` folder, say) is
refused, never removed. The lock serializes runs: while a run holds it no other
run is live, so a run folder that is neither published nor the lock holder's own
belongs to a run that has ended (superseded, or killed midway) and may go.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import time
import uuid
from pathlib import Path

from pipeline.errors import UserError, os_reason

MARKER = ".policy-extract"
LOCK = ".policy-extract.lock"
RUNS_DIR = ".runs"
CURRENT = "current"
MARKER_CONTENT = {
    "tool": "policy-extract",
    "layout": 2,
    "note": "Managed by `policy-extract run`, which replaces and deletes current, .runs/ and the table "
            "links in this folder. Keep your own files elsewhere.",
}
_RUN_ID = re.compile(r"\d{8}T\d{6}-[0-9a-f]{8}")
_LOCK_POLL_SECONDS = 0.1


def new_run_id() -> str:
    return time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]


def _os_error(what: str, path: Path, exc: OSError) -> UserError:
    return UserError(f"cannot {what} {path}: {os_reason(exc)}")


class OutputFolder:
    """An output folder, claimed and locked for one run while the `with` block lasts."""

    def __init__(self, path: str | os.PathLike, wait: float = 0.0, tables=None) -> None:
        if tables is None:  # imported here: `run` looks at the folder before it imports pyarrow
            from pipeline.schemas import TABLES as tables
        self.path = Path(path)
        self.wait = wait
        self.tables = list(tables)
        self._lock_fd: int | None = None

    def __enter__(self) -> "OutputFolder":
        self._claim()
        self._lock()
        try:
            self._check_names()
            self.remove_unpublished()
        except BaseException:
            self._unlock()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self._unlock()

    # ---------------------------------------------------------------- ownership

    def _claim(self) -> None:
        path = self.path
        if path.exists() and not path.is_dir():
            raise UserError(f"--out {path} is a file, not a folder")
        if not path.exists():
            try:
                path.mkdir(parents=True)
            except OSError as exc:
                raise _os_error("create output folder", path, exc) from None
        elif not self._has_marker() and not self._is_legacy() and not self._is_empty():
            raise UserError(f"{path} is not empty and was not made by policy-extract (it has no {MARKER} "
                            "file): give --out a new or empty folder")
        if not self._has_marker():
            self._write_marker()

    def _has_marker(self) -> bool:
        marker = self.path / MARKER
        if marker.is_symlink() or not marker.is_file():
            return False
        try:
            return json.loads(marker.read_text("utf-8")).get("tool") == MARKER_CONTENT["tool"]
        except (OSError, ValueError, AttributeError):
            return False

    def _is_legacy(self) -> bool:
        """An output folder written before the marker existed: `current` links into `.runs/`."""
        runs = self.path / RUNS_DIR
        return self._published_id() is not None and runs.is_dir() and not runs.is_symlink()

    def _is_empty(self) -> bool:
        try:
            return all(entry.name == LOCK for entry in os.scandir(self.path))
        except OSError as exc:
            raise _os_error("read output folder", self.path, exc) from None

    def _write_marker(self) -> None:
        tmp = self.path / f"{MARKER}.{uuid.uuid4().hex[:8]}.tmp"
        try:
            tmp.write_text(json.dumps(MARKER_CONTENT, indent=2) + "\n", "utf-8")
            os.replace(tmp, self.path / MARKER)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise _os_error("write to output folder", self.path, exc) from None

    def _check_names(self) -> None:
        """Every name the tool writes is either absent or the link it made; anything else is the user's."""
        runs = self.path / RUNS_DIR
        if runs.is_symlink() or (runs.exists() and not runs.is_dir()):
            raise self._not_ours(runs)
        current = self.path / CURRENT
        if os.path.lexists(current) and self._published_id() is None:
            raise self._not_ours(current)
        for table in self.tables:
            link = self.path / table
            if os.path.lexists(link) and not self._is_table_link(table):
                raise self._not_ours(link)

    def _not_ours(self, path: Path) -> UserError:
        return UserError(f"{path} was not made by policy-extract: move it out of the output folder "
                         "(it is never overwritten or deleted)")

    def _is_table_link(self, table: str) -> bool:
        link = self.path / table
        return link.is_symlink() and Path(os.readlink(link)) == Path(CURRENT) / table

    def _published_id(self) -> str | None:
        """The run id `current` links to, or None when there is no such link of ours."""
        current = self.path / CURRENT
        if not current.is_symlink():
            return None
        target = Path(os.readlink(current))
        if len(target.parts) == 2 and target.parts[0] == RUNS_DIR and _RUN_ID.fullmatch(target.parts[1]):
            return target.parts[1]
        return None

    # ---------------------------------------------------------------- lock

    def _lock(self) -> None:
        lock_path = self.path / LOCK
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise _os_error("write to output folder", self.path, exc) from None
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                    os.close(fd)
                    if self.wait:
                        raise UserError(f"another run (pid {holder}) is still writing {self.path} "
                                        f"after {self.wait:g}s of waiting") from None
                    raise UserError(f"another run (pid {holder}) is writing {self.path}: let it finish, "
                                    "or pass --wait SECONDS to queue behind it") from None
                time.sleep(_LOCK_POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing releases the flock
            self._lock_fd = None

    # ---------------------------------------------------------------- runs

    @property
    def current(self) -> Path | None:
        """The published run folder, if there is one."""
        run_id = self._published_id()
        run = self.path / RUNS_DIR / run_id if run_id else None
        return run if run and run.is_dir() and not run.is_symlink() else None

    def new_run(self) -> tuple[str, Path]:
        run_id = new_run_id()
        run_dir = self.path / RUNS_DIR / run_id
        try:
            run_dir.mkdir(parents=True)
        except OSError as exc:
            raise _os_error("create run folder in", self.path, exc) from None
        return run_id, run_dir

    def publish(self, run_id: str) -> None:
        """Point `current` at the finished run (one atomic rename), then make sure the table links exist."""
        self._replace_link(CURRENT, Path(RUNS_DIR) / run_id, run_id)
        for table in self.tables:
            if not self._is_table_link(table):
                if os.path.lexists(self.path / table):  # appeared while this run was working
                    raise self._not_ours(self.path / table)
                self._replace_link(table, Path(CURRENT) / table, run_id)

    def _replace_link(self, name: str, target: Path, run_id: str) -> None:
        tmp = self.path / f".{name}-{run_id}"
        os.symlink(target, tmp)
        os.replace(tmp, self.path / name)

    def remove_unpublished(self, keep: str | None = None) -> None:
        """Delete run folders (and link leftovers) of ended runs: all but the published one and `keep`."""
        keep_ids = {keep, self._published_id()}
        runs = self.path / RUNS_DIR
        if runs.is_dir() and not runs.is_symlink():
            for entry in os.scandir(runs):
                if _RUN_ID.fullmatch(entry.name) and entry.name not in keep_ids \
                        and entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
        leftover = re.compile(r"\.(?:%s)-(%s)" % ("|".join(map(re.escape, [CURRENT, *self.tables])),
                                                  _RUN_ID.pattern))
        for entry in os.scandir(self.path):
            match = leftover.fullmatch(entry.name)
            if match and match.group(1) not in keep_ids and entry.is_symlink():
                os.unlink(entry.path)

    def remove_run(self, run_id: str) -> None:
        shutil.rmtree(self.path / RUNS_DIR / run_id, ignore_errors=True)
