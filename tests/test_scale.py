"""Executors, incremental re-runs and robustness under load, with real process pools and Dask."""
import os
import shutil
import time

import pandas as pd
import pytest

import pipeline.run as run
import pipeline.show as show
from pipeline.cli import main
from tests.conftest import RAW, SHARED_CORPUS

TABLES = ("documents", "sections", "collected_items", "retention", "processors", "third_parties", "findings")
VOLATILE = {"extracted_at", "source"}


def corpus(tmp_path):
    src = SHARED_CORPUS / "raw" if (SHARED_CORPUS / "raw").is_dir() else RAW
    folder = tmp_path / "raw"
    shutil.copytree(src, folder)
    return folder


def read_tables(out) -> dict[str, pd.DataFrame]:
    tables = {}
    for table in TABLES:
        frame = pd.read_parquet(out / table)
        frame = frame.drop(columns=[c for c in VOLATILE if c in frame.columns])
        frame = frame.astype({c: "string" for c in frame.columns if frame[c].dtype == object and table != "third_parties"})
        key = [c for c in frame.columns if c not in ("items",)]
        tables[table] = frame.sort_values(key).reset_index(drop=True)
    return tables


def assert_same_tables(a, b):
    for table in TABLES:
        pd.testing.assert_frame_equal(a[table], b[table], check_dtype=False, obj=table)


def run_cli(*args):
    assert main(["run", *map(str, args), "--no-progress"]) == 0


def test_process_pool_and_dask_equal_a_single_process_run(tmp_path):
    raw = corpus(tmp_path)
    run_cli(raw, "--out", tmp_path / "single", "--workers", "0")
    run_cli(raw, "--out", tmp_path / "pool", "--workers", "2")
    run_cli(raw, "--out", tmp_path / "dask", "--workers", "2", "--executor", "dask")
    single = read_tables(tmp_path / "single")
    assert len(single["documents"]) == len(list(raw.iterdir()))
    assert_same_tables(single, read_tables(tmp_path / "pool"))
    assert_same_tables(single, read_tables(tmp_path / "dask"))


def test_dask_scheduler_address(tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run_cli(RAW, "--out", tmp_path / "out", "--executor", "dask", "--scheduler", cluster.scheduler_address)
    assert set(pd.read_parquet(tmp_path / "out" / "documents")["status"]) == {"ok"}


def test_unreachable_scheduler_is_a_clear_error(tmp_path, capsys):
    code = main(["run", str(RAW), "--out", str(tmp_path / "o"), "--executor", "dask",
                 "--scheduler", "tcp://127.0.0.1:9", "--no-progress"])
    assert code == 2
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err


def test_incremental_rerun_reuses_unchanged_and_equals_a_fresh_run(tmp_path, capsys):
    raw = corpus(tmp_path)
    out = tmp_path / "out"
    started = time.perf_counter()
    run_cli(raw, "--out", out, "--workers", "0")
    first = time.perf_counter() - started
    capsys.readouterr()

    started = time.perf_counter()
    run_cli(raw, "--out", out, "--workers", "0")
    second = time.perf_counter() - started
    n = len(list(raw.iterdir()))
    assert f"{n} unchanged, reused" in capsys.readouterr().out
    print(f"first run {first:.2f}s, unchanged re-run {second:.2f}s")
    assert_same_tables(read_tables(out), read_tables(out))

    # Change one file, remove another, add a third.
    files = sorted(raw.iterdir())
    changed, removed = files[0], files[1]
    changed.write_text(changed.read_text("utf-8").replace("개인정보", "개인 정보", 3), "utf-8")
    removed.unlink()
    shutil.copy(RAW / "003_3c391b94e38ab332.txt", raw / "added.txt")
    run_cli(raw, "--out", out, "--workers", "0")
    assert f"{n - 2} unchanged, reused" in capsys.readouterr().out
    docs = pd.read_parquet(out / "documents")
    assert removed.stem not in set(docs["doc_id"]) and "added" in set(docs["doc_id"])
    for table in TABLES:
        assert removed.stem not in set(pd.read_parquet(out / table)["doc_id"])

    run_cli(raw, "--out", tmp_path / "fresh", "--workers", "0", "--full")
    assert_same_tables(read_tables(out), read_tables(tmp_path / "fresh"))


def _hang_or_crash(original):
    def patched(doc_id, *args, **kwargs):
        if doc_id == "hangs":
            time.sleep(600)
        if doc_id == "crashes":
            os._exit(3)
        return original(doc_id, *args, **kwargs)
    return patched


@pytest.mark.parametrize("workers", ["2", "0"])
def test_crashing_and_hanging_documents_are_errors_and_the_run_goes_on(tmp_path, monkeypatch, capsys, workers):
    raw = tmp_path / "raw"
    raw.mkdir()
    for f in RAW.iterdir():
        shutil.copy(f, raw / f.name)
    shutil.copy(RAW / "000_5cf176f47107bd25.txt", raw / "hangs.txt")
    shutil.copy(RAW / "000_5cf176f47107bd25.txt", raw / "crashes.txt")
    # Worker processes are forked, so they inherit the patched function.
    monkeypatch.setattr(run, "build_document", _hang_or_crash(run.build_document))
    started = time.perf_counter()
    assert main(["run", str(raw), "--out", str(tmp_path / "out"), "--workers", workers, "--timeout", "3",
                 "--no-progress"]) == 0
    assert time.perf_counter() - started < 60
    docs = pd.read_parquet(tmp_path / "out" / "documents").set_index("doc_id")
    assert docs.loc["hangs", "status"] == "error" and docs.loc["hangs", "error"] == "timed out after 3s"
    assert docs.loc["crashes", "status"] == "error" and "worker crashed" in docs.loc["crashes", "error"]
    assert (docs.drop(index=["hangs", "crashes"])["status"] == "ok").all()
    assert "(3 ok, 0 not_policy, 2 error)" in capsys.readouterr().out


def test_show_stops_at_its_timeout(tmp_path, monkeypatch, capsys):
    page = tmp_path / "hangs.txt"
    shutil.copy(RAW / "000_5cf176f47107bd25.txt", page)
    monkeypatch.setattr(show, "build_document", _hang_or_crash(show.build_document))  # the child is forked
    started = time.perf_counter()
    assert main(["show", str(page), "--timeout", "2"]) == 2
    assert time.perf_counter() - started < 30
    assert capsys.readouterr().err.strip() == f"policy-extract: error: {page}: timed out after 2s"


def test_dask_stops_a_timed_out_task(tmp_path):
    from pipeline.executors import run_dask
    from pipeline.ingest import RawInput
    from tests.dask_tasks import record_pid_then_maybe_hang

    jobs = []
    for name in ("hangs", "after"):
        (tmp_path / f"{name}.txt").write_text("x")
        jobs.append((RawInput(name, tmp_path / f"{name}.txt", "text"), None))
    results = {r.doc_id: r for r in run_dask(record_pid_then_maybe_hang, jobs, 1, 1.0, run.error_result)}
    assert results["hangs"].rows["documents"][0]["error"] == "timed out after 1s"
    assert results["after"].status == "ok"  # queued behind it on the same worker, then run
    pid = int((tmp_path / "hangs.txt.pid").read_text())
    deadline = time.time() + 30
    while time.time() < deadline and _alive(pid):
        time.sleep(0.1)
    assert not _alive(pid), "the timed-out task is still running"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
