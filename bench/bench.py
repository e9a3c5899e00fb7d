"""Benchmark: the full pipeline against the bare floor (read, decode, one BeautifulSoup parse).

    python bench/bench.py [--docs 2000] [--mid 600] [--memory 1000,10000] [--source DIR] [--profile]

The real corpus is replicated with changed doc_ids, so every figure below is
measured in one run, on the same input, on this machine. Two figures are about
start-up: `policy-extract run` on the three seed files of data/raw against a bare
Python process that only decodes and parses them (median of paired runs), and
the pipeline on a few hundred documents against the in-process floor.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import psutil
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.executors import default_workers  # noqa: E402
from pipeline.ingest import decode_bytes, discover_inputs  # noqa: E402


def source_corpus() -> Path:
    shared = ROOT.parent / "shared" / "corpus" / "raw"
    return shared if shared.is_dir() else ROOT / "data" / "raw"


def replicate(src: Path, n: int, dest: Path) -> Path:
    files = sorted(p for p in src.iterdir() if p.is_file() and p.suffix != ".jsonl")
    dest.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        f = files[i % len(files)]
        target = dest / f"{f.stem}__{i:06d}{f.suffix}"
        try:
            os.link(f, target)
        except OSError:
            shutil.copy(f, target)
    return dest


# The floor as a process of its own: Python, charset-normalizer, BeautifulSoup with lxml, nothing else.
FLOOR_PROCESS = """
import sys
from bs4 import BeautifulSoup
from pipeline.ingest import decode_bytes, discover_inputs
for raw in discover_inputs(sys.argv[1:]):
    BeautifulSoup(decode_bytes(raw.path.read_bytes())[0], "lxml").get_text("\\n")
"""


def floor_seconds(folder: Path) -> float:
    """Read, decode and parse every file once with BeautifulSoup (lxml) + get_text, on one core."""
    started = time.perf_counter()
    for raw in discover_inputs([str(folder)]):
        text, _ = decode_bytes(raw.path.read_bytes())
        BeautifulSoup(text, "lxml").get_text("\n")
    return time.perf_counter() - started


def timed_process(cmd: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"failed: {' '.join(cmd[:4])}: {done.stderr.strip()[-300:]}")
    return elapsed


def startup_figures(folder: Path, out: Path, rounds: int = 5) -> tuple[float, float]:
    """Median wall time of a bare decode+parse process and of `policy-extract run --full`, run in turns."""
    floor, pipeline = [], []
    for _ in range(rounds):
        floor.append(timed_process([sys.executable, "-c", FLOOR_PROCESS, str(folder)]))
        pipeline.append(timed_process([sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(out),
                                       "--full", "--no-progress"]))
    return statistics.median(floor), statistics.median(pipeline)


def run_pipeline(folder: Path, out: Path, workers: int, full: bool = True) -> tuple[float, tuple[int, int]]:
    """Wall time of `policy-extract run` from a cold process, and the peak (RSS, PSS) of its process tree."""
    cmd = [sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(out), "--workers", str(workers),
           "--no-progress", *(["--full"] if full else [])]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = _watch_memory(proc)
    _, err = proc.communicate()
    elapsed = time.perf_counter() - started
    if proc.returncode:
        raise SystemExit(f"pipeline failed: {err.strip().splitlines()[-1] if err.strip() else proc.returncode}")
    return elapsed, (peak[0], peak[1])


def _watch_memory(proc: subprocess.Popen) -> list[int]:
    """Peak sums over the process tree of RSS (a page shared by forked workers counts in each of them)
    and of PSS (a shared page is divided among its sharers: the memory really used)."""
    peak = [0, 0]

    def sample():
        parent = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                tree = [parent, *parent.children(recursive=True)]
                infos = [p.memory_full_info() for p in tree if p.is_running()]
                peak[0] = max(peak[0], sum(i.rss for i in infos))
                peak[1] = max(peak[1], sum(i.pss for i in infos))
            except psutil.Error:
                pass
            time.sleep(0.1)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    proc.wait()
    thread.join()
    return peak


def stage_shares(folder: Path, limit: int) -> dict[str, float]:
    """Seconds per stage, in this process, over the first `limit` documents (write timed as a stage too)."""
    from pipeline.run import process_input
    from pipeline.writer import TableSetWriter

    totals: dict[str, float] = defaultdict(float)
    inputs = discover_inputs([str(folder)])[:limit]
    process_input(inputs[0])  # warm-up: lexicons and models, as a worker's initializer does
    with tempfile.TemporaryDirectory() as out, TableSetWriter(out) as writer:
        for raw in inputs:
            result = process_input(raw)
            for stage, seconds in result.timings.items():
                totals[stage] += seconds
            started = time.perf_counter()
            for table, rows in result.rows.items():
                writer.write(table, rows)
            totals["write"] += time.perf_counter() - started
        started = time.perf_counter()
    totals["write"] += time.perf_counter() - started  # the final flush and publish
    return dict(totals)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="documents for the throughput run")
    parser.add_argument("--mid", type=int, default=600, help="documents for the mid-size run (0 to skip)")
    parser.add_argument("--source", type=Path, default=source_corpus(),
                        help="folder of policies to replicate (default: ../shared/corpus/raw, else data/raw)")
    parser.add_argument("--memory", default="1000,10000", help="corpus sizes for the peak-RSS runs ('' to skip)")
    parser.add_argument("--profile", action="store_true", help="also print a pyinstrument profile of one worker")
    args = parser.parse_args()
    cores = default_workers()
    src = args.source
    with tempfile.TemporaryDirectory(prefix="policy-bench-") as tmp:
        tmp = Path(tmp)
        seeds = ROOT / "data" / "raw"
        floor_process, startup = startup_figures(seeds, tmp / "seeds-out")
        print(f"start-up, the {len(discover_inputs([str(seeds)]))} files of data/raw (median of 5 paired runs): "
              f"bare decode+parse process {floor_process:.2f}s, policy-extract run {startup:.2f}s, "
              f"ratio {startup / floor_process:.1f}")
        if args.mid:
            mid = replicate(src, args.mid, tmp / f"mid{args.mid}")
            mid_floor = floor_seconds(mid)
            mid_seconds, _ = run_pipeline(mid, tmp / f"midout{args.mid}", cores)
            print(f"{args.mid} documents: floor (1 core) {mid_floor:.2f}s, pipeline ({cores} workers) "
                  f"{mid_seconds:.2f}s, ratio to floor {mid_seconds / mid_floor:.2f}")
            shutil.rmtree(mid)

        corpus = replicate(src, args.docs, tmp / "raw")
        mb = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
        print(f"input: {args.docs} documents, {mb:.1f} MB (the {len(list(src.iterdir()))} files of {src}, replicated)")
        floor = floor_seconds(corpus)
        print(f"floor (read + decode + BeautifulSoup lxml parse + get_text, 1 core): {floor:.2f}s "
              f"= {args.docs / floor:.0f} docs/s, {mb / floor:.1f} MB/s")
        results = {}
        for workers in sorted({1, cores}):
            seconds, _ = run_pipeline(corpus, tmp / f"out{workers}", workers)
            results[workers] = seconds
            print(f"pipeline, {workers} worker{'s' if workers > 1 else ''}: {seconds:.2f}s = "
                  f"{args.docs / seconds:.1f} docs/s, {mb / seconds:.2f} MB/s, "
                  f"ratio to floor {seconds / floor:.2f}")
        print(f"pipeline/floor ratio (1 worker vs 1-core floor): {results[1] / floor:.2f}; "
              f"(all {cores} cores vs 1-core floor): {results[cores] / floor:.2f}")
        rerun, _ = run_pipeline(corpus, tmp / f"out{cores}", cores, full=False)
        print(f"incremental re-run of the unchanged folder: {rerun:.2f}s, "
              f"{results[cores] / rerun:.1f}x faster than the first run")

        shares = stage_shares(corpus, min(args.docs, 500))
        total = sum(shares.values())
        print("share of time per stage (1 process, first 500 documents):")
        for stage, seconds in sorted(shares.items(), key=lambda kv: -kv[1]):
            print(f"  {stage:<16} {100 * seconds / total:5.1f}%  {1000 * seconds / min(args.docs, 500):6.2f} ms/doc")

        if args.memory:
            peaks = {}
            for n in (int(x) for x in args.memory.split(",")):
                big = replicate(src, n, tmp / f"mem{n}")
                seconds, (peak, pss) = run_pipeline(big, tmp / f"memout{n}", cores)
                peaks[n] = peak
                big_floor = floor_seconds(big)
                print(f"peak RSS, {n} documents, {cores} workers: {peak / 2**20:.0f} MiB (PSS {pss / 2**20:.0f} MiB); "
                      f"{seconds:.1f}s = {n / seconds:.0f} docs/s, ratio to its floor ({big_floor:.1f}s) "
                      f"{seconds / big_floor:.2f}")
                shutil.rmtree(big)
            sizes = sorted(peaks)
            if len(sizes) >= 2:
                print(f"peak RSS ratio {sizes[-1]} / {sizes[0]} documents: {peaks[sizes[-1]] / peaks[sizes[0]]:.2f}")

        if args.profile:
            from pyinstrument import Profiler

            profiler = Profiler()
            profiler.start()
            stage_shares(corpus, 300)
            profiler.stop()
            print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
