"""Start-up: what `run` imports and loads, and that its workers inherit the loaded state instead of loading it again."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import executors
from pipeline.run import error_result, process_input

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "raw"


def imported_modules(*args: str) -> set[str]:
    """Top-level packages a real `policy-extract` command imports (python -X importtime)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "pipeline", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [ln for ln in done.stderr.splitlines() if ln.startswith("import time:") and "|" in ln]
    return {ln.rsplit("|", 1)[1].strip().split(".")[0] for ln in lines}


def test_run_imports_no_plotting_or_cluster_libraries(tmp_path):
    modules = imported_modules("run", str(SEEDS), "--out", str(tmp_path / "out"), "--no-progress")
    assert {"pyarrow", "bs4", "spacy", "kiwipiepy"} <= modules  # the real work happened
    assert not modules & {"dask", "distributed", "matplotlib"}
    # Nothing to extract: a re-run of the unchanged folder loads neither spaCy nor Kiwi.
    rerun = imported_modules("run", str(SEEDS), "--out", str(tmp_path / "out"), "--no-progress")
    assert "pyarrow" in rerun and not rerun & {"spacy", "kiwipiepy"}


def test_extraction_needs_no_pandas():
    # (pyarrow itself imports pandas when the writer converts rows, if pandas is installed.)
    script = ("import sys; from pipeline.ingest import discover_inputs; from pipeline.run import process_input; "
              "[process_input(raw) for raw in discover_inputs([sys.argv[1]])]; "
              "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))")
    done = subprocess.run([sys.executable, "-c", script, str(SEEDS)], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    modules = set(done.stdout.split())
    assert {"spacy", "kiwipiepy"} <= modules and not modules & {"pandas", "dask", "distributed", "matplotlib"}


def test_fetch_and_help_do_not_load_the_nlp_stack():
    heavy = {"spacy", "kiwipiepy", "pandas", "dask", "matplotlib"}
    assert not imported_modules("fetch", "--help") & heavy  # (rich comes with httpx)
    for args in (["--help"], ["run", "--help"]):
        assert not imported_modules(*args) & (heavy | {"rich"}), args


def probe(raw, provenance=None):
    """process_input, noting whether this process had Kiwi loaded before the document came."""
    from extractors.text_lists import korean_nlp

    kiwi_was_loaded = korean_nlp().tokenizer._kiwi is not None
    result = process_input(raw, provenance)
    result.timings.update(pid=os.getpid(), kiwi_was_loaded=kiwi_was_loaded)
    return result


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="needs fork")
def test_workers_are_forked_with_kiwi_already_loaded():
    from pipeline.ingest import discover_inputs

    jobs = [(raw, None) for raw in discover_inputs([str(SEEDS)])]
    results = list(executors.run_local(probe, jobs, workers=2, timeout=120, error_result=error_result))
    assert sorted(r.doc_id for r in results) == sorted(raw.doc_id for raw, _ in jobs)
    assert all(r.status == "ok" for r in results)
    assert all(r.timings["pid"] != os.getpid() for r in results)  # processed in workers
    assert all(r.timings["kiwi_was_loaded"] for r in results)  # inherited from this process's warm-up
