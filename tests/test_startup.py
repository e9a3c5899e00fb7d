"""Start-up: what `run` imports and loads, and that its workers inherit the loaded state instead of loading it again."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import executors
from pipeline.process import error_result, process_input

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
    assert not modules & {"dask", "distributed", "matplotlib", "typer", "weasel"}  # nor spaCy's command line
    # Nothing to extract: a re-run of the unchanged folder loads neither spaCy nor Kiwi.
    rerun = imported_modules("run", str(SEEDS), "--out", str(tmp_path / "out"), "--no-progress")
    assert "pyarrow" in rerun and not rerun & {"spacy", "kiwipiepy"}


def test_extraction_needs_no_pandas():
    # (pyarrow itself imports pandas when the writer converts rows, if pandas is installed.)
    script = ("import sys; from pipeline.ingest import discover_inputs; from pipeline.process import process_input; "
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


def test_spacy_info_works_after_the_pipeline_imported_spacy_without_its_command_line():
    script = ("from pipeline.nlp import get_nlp; get_nlp(); import spacy; "
              "print(spacy.info(silent=True)['spacy_version'] == spacy.__version__)")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert done.stdout.split() == ["True"], done.stderr[-2000:]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_rows_after_a_warm_up_that_deferred_kiwi_are_those_of_a_process_that_had_it(tmp_path):
    # The run warms up on its built-in policy while Kiwi is still building: nothing that warm-up
    # computed without Kiwi may stay cached. So the run extracts that very policy, and must agree.
    import duckdb

    from pipeline.ingest import discover_inputs

    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "warm_up.html").write_bytes((ROOT / "pipeline" / "data" / "warm_up.html").read_bytes())
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(out), "--no-progress"],
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    expected = process_input(discover_inputs([str(folder)])[0]).rows
    for table in ("collected_items", "retention", "processors", "third_parties"):
        columns = ", ".join(sorted(expected[table][0]))
        got = duckdb.sql(f"select {columns} from read_parquet('{out}/{table}/*.parquet')").fetchall()
        assert sorted(map(str, got)) == sorted(str(tuple(row[c] for c in sorted(row))) for row in expected[table])


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


RECORDING_RUN = """
import os, sys
import pipeline.kiwi as kiwi
from pipeline.cli import main

log = sys.argv[1]
def note(line):
    with open(log, "a") as f:
        f.write(line + "\\n")

build, tokenize = kiwi.build_kiwi, kiwi.ServiceKiwi.tokenize
kiwi.build_kiwi = lambda words: (note(f"build {os.getpid()}"), build(words))[1]
kiwi.ServiceKiwi.tokenize = lambda self, text: (note(f"tokenize {os.getpid()}"), tokenize(self, text))[1]
note(f"run {os.getpid()}")
sys.exit(main(["run", *sys.argv[2:], "--no-progress"]))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_run_builds_kiwi_once_in_its_service_and_only_workers_ask_it(tmp_path):
    log = tmp_path / "log"
    done = subprocess.run([sys.executable, "-c", RECORDING_RUN, str(log), str(SEEDS), "--out", str(tmp_path / "out"),
                           "--workers", "2"], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "3 documents (3 ok" in done.stdout
    events = [line.split() for line in log.read_text().splitlines()]
    run_pid = next(pid for kind, pid in events if kind == "run")
    builders = {pid for kind, pid in events if kind == "build"}
    askers = {pid for kind, pid in events if kind == "tokenize"}
    assert len(builders) == 1 and run_pid not in builders  # built once, in the service
    # The run's warm-up defers Kiwi rather than wait for its build; the documents ask for it in the workers.
    assert askers and run_pid not in askers



ROWS_WITHOUT_PANDAS = """
import sys
import pyarrow as pa
from pipeline.writer import load_row_conversion

load_row_conversion()
schema = pa.schema([("doc_id", pa.string()), ("n", pa.int64())])
table = pa.Table.from_pylist([{"doc_id": "a", "n": 1}, {"doc_id": None, "n": None}], schema=schema)
print("pandas" in sys.modules, table.to_pylist() == [{"doc_id": "a", "n": 1}, {"doc_id": None, "n": None}])
frame = table.to_pandas()  # a later call that needs pandas imports it then
print("pandas" in sys.modules, pa.Table.from_pandas(frame).num_rows)
"""

RUN_THEN_LIST_MODULES = """
import sys
from pipeline.cli import main
main(["run", *sys.argv[1:], "--no-progress"])
print("pandas" in sys.modules)
"""


def test_rows_convert_without_importing_pandas_and_pandas_still_works_later(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", ROWS_WITHOUT_PANDAS], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "True", "True", "2"]
    # (python -X importtime lists pyarrow's attempt too, so the run's own modules are asked at its end)
    done = subprocess.run([sys.executable, "-c", RUN_THEN_LIST_MODULES, str(SEEDS), "--out", str(tmp_path / "out")],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-1] == "False"
