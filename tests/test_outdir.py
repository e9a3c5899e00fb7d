"""The output folder: run only touches what it owns, serializes on a lock, survives a full disk."""
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.errors import UserError
from pipeline.outdir import LOCK, MARKER, RUNS_DIR, OutputFolder
from pipeline.schemas import TABLES
from tests.conftest import RAW, ROOT


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every path under a folder with its content (files) or target (links)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            found[key] = "-> " + os.readlink(path)
        elif path.is_file():
            found[key] = path.read_bytes()
        else:
            found[key] = "dir"
    return found


def run(*args) -> int:
    return main(["run", *map(str, args), "--no-progress", "--workers", "1"])


@pytest.fixture
def tiny(tmp_path) -> Path:
    """One short page: enough for a whole output, quick to extract."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    (folder / "page.txt").write_text("로그인이 필요합니다.", "utf-8")
    return folder


def assert_whole_output(out: Path, n_docs: int) -> None:
    """One published run: current links to it, it is the only run folder, every table reads back."""
    runs = [p.name for p in (out / RUNS_DIR).iterdir()]
    assert len(runs) == 1, runs
    assert os.readlink(out / "current") == f"{RUNS_DIR}/{runs[0]}"
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{out}/documents/*.parquet'").fetchone()[0] == n_docs
    for table in TABLES:
        con.execute(f"SELECT * FROM '{out}/{table}/*.parquet'").fetchall()


def test_a_folder_with_the_users_files_is_refused_and_left_alone(tiny, tmp_path, capsys):
    out = tmp_path / "mine"
    (out / "documents").mkdir(parents=True)
    (out / "documents" / "contract.pdf").write_bytes(b"%PDF-1.4 my contract")
    (out / "findings").mkdir()
    (out / "notes.txt").write_text("my notes", "utf-8")
    before = snapshot(out)
    assert run(tiny, "--out", out) == 2
    err = capsys.readouterr().err
    assert "is not empty and was not made by policy-extract" in err and "Traceback" not in err
    assert snapshot(out) == before


def test_a_folder_it_owns_keeps_the_users_other_files_and_refuses_clashes(tiny, tmp_path, capsys):
    out = tmp_path / "out"
    assert run(tiny, "--out", out) == 0
    assert json.loads((out / MARKER).read_text("utf-8"))["tool"] == "policy-extract"
    (out / "README.txt").write_text("what this folder is", "utf-8")
    (out / RUNS_DIR / "keep-me").mkdir()  # not a run folder name: not the tool's
    (out / RUNS_DIR / "keep-me" / "x.txt").write_text("x", "utf-8")
    assert run(tiny, "--out", out, "--full") == 0
    assert (out / "README.txt").read_text("utf-8") == "what this folder is"
    assert (out / RUNS_DIR / "keep-me" / "x.txt").exists()
    capsys.readouterr()

    # A user's folder under a table name is never replaced.
    os.unlink(out / "findings")
    (out / "findings").mkdir()
    (out / "findings" / "mine.csv").write_text("a,b\n", "utf-8")
    before = snapshot(out)
    assert run(tiny, "--out", out, "--full") == 2
    err = capsys.readouterr().err
    assert f"{out / 'findings'} was not made by policy-extract" in err
    assert snapshot(out) == before


def test_current_as_a_real_folder_is_refused(tiny, tmp_path, capsys):
    out = tmp_path / "out"
    assert run(tiny, "--out", out) == 0
    os.unlink(out / "current")
    (out / "current").mkdir()
    (out / "current" / "data.txt").write_text("mine", "utf-8")
    assert run(tiny, "--out", out) == 2
    assert "current was not made by policy-extract" in capsys.readouterr().err
    assert (out / "current" / "data.txt").read_text("utf-8") == "mine"


def test_output_of_the_previous_version_is_adopted(tiny, tmp_path, capsys):
    """Before the marker, an output folder was `current` -> .runs/<id> plus table links."""
    out = tmp_path / "old"
    assert run(tiny, "--out", out) == 0
    (out / MARKER).unlink()
    (out / LOCK).unlink()
    old_run = os.readlink(out / "current")
    assert run(tiny, "--out", out) == 0  # incremental: reuses the old rows
    assert "1 unchanged, reused" in capsys.readouterr().out
    assert (out / MARKER).is_file()
    assert os.readlink(out / "current") != old_run
    assert_whole_output(out, 1)


def test_orphans_and_a_dangling_current_are_cleaned_up(tiny, tmp_path):
    out = tmp_path / "out"
    assert run(tiny, "--out", out) == 0
    orphan = out / RUNS_DIR / "20200101T000000-deadbeef"
    (orphan / "documents").mkdir(parents=True)  # what a killed run leaves
    (out / ".current-20200101T000000-deadbeef").symlink_to(f"{RUNS_DIR}/20200101T000000-deadbeef")
    shutil.rmtree(out / os.readlink(out / "current"))  # the published run vanished (the old concurrent-run bug)
    assert run(tiny, "--out", out) == 0
    assert not orphan.exists() and not os.path.lexists(out / ".current-20200101T000000-deadbeef")
    assert_whole_output(out, 1)


def test_a_run_waits_for_the_lock_or_fails_clearly(tiny, tmp_path, capsys):
    out = tmp_path / "out"
    with OutputFolder(out):  # another run holds the folder
        assert run(tiny, "--out", out) == 2
        err = capsys.readouterr().err
        assert f"another run (pid {os.getpid()}) is writing {out}" in err and "--wait" in err
        assert run(tiny, "--out", out, "--wait", "0.3") == 2
        assert "still writing" in capsys.readouterr().err
    assert not (out / RUNS_DIR).exists() or not any((out / RUNS_DIR).iterdir())
    assert run(tiny, "--out", out) == 0


def _start(inputs: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(inputs), "--out", str(out),
                             "--no-progress", "--workers", "1", "--full", *extra], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_two_concurrent_runs_leave_one_whole_published_output(tiny, tmp_path):
    out = tmp_path / "out"
    assert run(RAW, "--out", out) == 0
    # Two runs at once: the one that gets the lock runs, the other is turned away with a clear message.
    procs = [_start(RAW, out), _start(RAW, out)]
    outcomes = [(proc.returncode, err) for proc in procs for _, err in [proc.communicate(timeout=300)]]
    assert 0 in [code for code, _ in outcomes], outcomes
    for code, err in outcomes:
        assert code == 0 or (code == 2 and "is writing" in err and len(err.strip().splitlines()) == 1), err
    assert_whole_output(out, 3)

    # With --wait they queue: both finish, one after the other, and the last one is published.
    procs = [_start(RAW, out, "--wait", "300"), _start(tiny, out, "--wait", "300")]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0 and "Traceback" not in err, err
    n_docs = duckdb.connect().execute(f"SELECT count(*) FROM '{out}/documents/*.parquet'").fetchone()[0]
    assert n_docs in (1, 3)
    assert_whole_output(out, n_docs)


def _limit_file_size():
    # Any file over 4 KB fails with EFBIG, as writes on a full disk fail with ENOSPC.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def test_a_write_error_is_one_line_and_leaves_the_previous_output(tmp_path):
    out = tmp_path / "out"
    assert run(RAW, "--out", out) == 0
    before = pd.read_parquet(out / "documents")
    result = subprocess.run([sys.executable, "-m", "pipeline", "run", str(RAW), "--out", str(out), "--no-progress",
                             "--workers", "1", "--full"], cwd=ROOT, capture_output=True, text=True,
                            preexec_fn=_limit_file_size, timeout=300)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"policy-extract: error: cannot write to {out}: File too large; the previous output is unchanged"]
    pd.testing.assert_frame_equal(before, pd.read_parquet(out / "documents"))
    assert_whole_output(out, 3)  # the failed run's folder is gone


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_output_folder_is_one_line(tiny, tmp_path, capsys):
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        assert run(tiny, "--out", parent / "out") == 2
        assert "cannot create output folder" in capsys.readouterr().err
    finally:
        parent.chmod(0o755)


def test_a_writer_that_cannot_start_its_run_releases_the_folder(tmp_path, monkeypatch):
    from pipeline.writer import TableSetWriter

    out = tmp_path / "out"

    def no_space(self):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(OutputFolder, "new_run", no_space)
        with pytest.raises(UserError):
            with TableSetWriter(out):
                pass
    with TableSetWriter(out) as writer:  # the lock was released: the next writer gets the folder
        writer.write("documents", [])
    assert (out / "current").exists()
