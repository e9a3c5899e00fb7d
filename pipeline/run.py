"""`policy-extract run`: raw files → PolicyDoc → extractors → Parquet tables.

A run that extracts documents spends its first second or so building Kiwi. So `main` first starts the
Kiwi service (pipeline/kiwi.py), a process that builds it meanwhile, and only then imports its own
work (spaCy, pyarrow, the extractors); this module imports nothing heavy at the top.
"""
from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections import Counter
from contextlib import ExitStack
from typing import TYPE_CHECKING

from pipeline.cli import count, positive_seconds, seconds
from pipeline.errors import UserError, warn
from pipeline.executors import default_workers
from pipeline import kiwi
from pipeline.kiwi import KiwiService
from pipeline.outdir import CURRENT

if TYPE_CHECKING:
    from pipeline.ingest import RawInput

MANIFEST_NAME = "manifest.jsonl"


def add_arguments(parser) -> None:
    parser.add_argument("inputs", nargs="*", default=["data/raw"], metavar="INPUT",
                        help="files, folders or glob patterns; a folder gives its pages, texts, Markdown and "
                             "JavaScript, TypeScript, Vue, Python or Dart sources (default: data/raw)")
    parser.add_argument("--out", default="data/parquet",
                        help="output folder, new or empty or made by an earlier run (default: data/parquet)")
    parser.add_argument("--wait", type=seconds, default=0.0, metavar="SECONDS",
                        help="when another run is writing --out, wait up to this long for it (default: 0, "
                        "fail at once)")
    parser.add_argument("--workers", type=count, default=default_workers(),
                        help="worker processes (default: all cores; 0 is the same as 1: documents always run "
                        "in a worker, so that --timeout can stop them)")
    parser.add_argument("--executor", choices=["local", "dask"], default="local",
                        help="local process pool (default) or a Dask cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler, e.g. tcp://host:8786 (default: start a LocalCluster)")
    parser.add_argument("--timeout", type=positive_seconds, default=120.0,
                        help="seconds one document may take before it is marked 'error' (default: 120)")
    parser.add_argument("--full", action="store_true",
                        help="re-extract every document instead of reusing unchanged ones")
    parser.add_argument("--strict", action="store_true",
                        help="exit with status 1 when any document ends with status 'error'")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")


def load_manifests(inputs: list[RawInput]) -> dict[str, dict]:
    """Fetch provenance (url, org, fetched_at) from manifest.jsonl files beside the inputs."""
    found: dict[str, dict] = {}
    for folder in sorted({i.path.parent for i in inputs}):
        manifest = folder / MANIFEST_NAME
        try:
            lines = manifest.read_text("utf-8", errors="replace").splitlines() if manifest.is_file() else []
        except OSError:
            lines = []  # an unreadable manifest only loses provenance
        for line in lines:
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short by a killed fetch
            if isinstance(row, dict) and isinstance(row.get("doc_id"), str):
                found[row["doc_id"]] = _provenance(row)
    return found


def _provenance(row: dict) -> dict:
    """A manifest row with only the values run can use: texts (url, org …) and the truncated flag.
    A hand-edited row with a number or a list where a text belongs loses that value, not the run."""
    return {k: v for k, v in row.items() if (isinstance(v, str) and v) or (k == "truncated" and v is True)}


def _results(args, jobs: list[tuple[RawInput, dict | None]]):
    from pipeline.executors import run_dask, run_local, warm_up
    from pipeline.process import error_result, process_input
    from pipeline.writer import load_row_conversion

    if args.executor == "dask":
        return run_dask(process_input, jobs, max(args.workers, 1), args.timeout, error_result, args.scheduler)
    if jobs:
        load_row_conversion()
        warm_up()
    # Even with --workers 0 the documents run in a child process: only a process can be stopped at
    # --timeout while it is inside C code (a regex, a parser); no signal or thread can interrupt that.
    return run_local(process_input, jobs, max(args.workers, 1), args.timeout, error_result)


def _start_kiwi_service(args, stack: ExitStack) -> None:
    """Build Kiwi for this run's local workers in a service process, unless this process has it already."""
    if args.executor == "local" and not kiwi.built_here():
        stack.enter_context(KiwiService(_kiwi_user_words, args.timeout))


def _kiwi_user_words() -> list[str]:
    """The words Kiwi is taught, read in the service process."""
    from extractors.text_lists import kiwi_user_words

    return kiwi_user_words()


def main(args) -> int:
    started = time.perf_counter()
    # Start-up allocates much and frees little: no collection runs until the warm-up has frozen
    # what it loaded (pipeline/executors.py), which also spares the exit from collecting it.
    gc.disable()
    try:
        return _run(args, started)
    finally:
        gc.enable()


def _run(args, started: float) -> int:
    with ExitStack() as stack:
        # Every input will be extracted: Kiwi starts building now, while the imports below run.
        extracts_all = args.full or not os.path.lexists(os.path.join(args.out, CURRENT))
        if extracts_all:
            _start_kiwi_service(args, stack)
        from tqdm import tqdm

        from pipeline.cache import PreviousRun
        from pipeline.ingest import SUPPORTED_SUFFIXES, discover_inputs
        from pipeline.outdir import OutputFolder
        from pipeline.process import location
        from pipeline.writer import TableSetWriter

        inputs = discover_inputs(args.inputs, warn=warn)
        if not inputs:
            raise UserError(f"no policy files ({' '.join(sorted(SUPPORTED_SUFFIXES))}) found in: {' '.join(args.inputs)}")
        manifests = load_manifests(inputs)
        statuses: Counter[str] = Counter()
        with OutputFolder(args.out, wait=args.wait) as folder:  # locked: no other run reads or writes it now
            previous = None if args.full else PreviousRun(folder.current, warn=warn)
            reused: dict[str, dict] = {}
            jobs = []
            for raw in inputs:
                provenance = manifests.get(raw.doc_id)
                # Only a document the previous run extracted is worth hashing here.
                if previous and raw.doc_id in previous.fingerprints \
                        and previous.reusable(raw.doc_id, _file_sha256(raw)):
                    reused[raw.doc_id] = location(raw, provenance)
                else:
                    jobs.append((raw, provenance))
            if jobs and not extracts_all:
                _start_kiwi_service(args, stack)
            with TableSetWriter(folder) as writer:
                if reused:
                    previous.copy_into(writer, reused)
                progress = tqdm(total=len(inputs), initial=len(reused), unit="doc", desc="extracting",
                                disable=args.no_progress, file=sys.stderr, smoothing=0.1)
                for result in _results(args, jobs):
                    statuses[result.status] += 1
                    for table, rows in result.rows.items():
                        writer.write(table, rows)
                    progress.update()
                    progress.set_postfix(ok=statuses["ok"], failed=statuses["error"], refresh=False)
                progress.close()
            statuses.update(previous.statuses(reused) if reused else {})
    elapsed = time.perf_counter() - started
    print(summary_line(statuses, writer.row_counts, elapsed, args.out, len(reused)))
    if args.strict and statuses["error"]:
        return 1
    return 0


def _file_sha256(raw: RawInput) -> str | None:
    from pipeline.ingest import sha256_hex

    try:
        return sha256_hex(raw.path.read_bytes())
    except OSError:
        return None


def summary_line(statuses: Counter, row_counts: dict[str, int], seconds: float, out: str, n_reused: int = 0) -> str:
    total = sum(statuses.values())
    by_status = ", ".join(f"{statuses[s]} {s}" for s in ("ok", "not_policy", "error"))
    rows = ", ".join(f"{n} {table}" for table, n in row_counts.items() if table != "documents")
    reused = f"; {n_reused} unchanged, reused" if n_reused else ""
    return f"{total} documents ({by_status}{reused}) → {out}: {rows} in {seconds:.1f}s"
