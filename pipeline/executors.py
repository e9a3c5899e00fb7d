"""Where documents are processed: in a local process pool or on a Dask cluster.

Both yield DocResults as they finish, with a bounded number of documents in
flight, so memory does not grow with the size of the corpus. A document that
crashes its worker or runs past the timeout becomes an 'error' result.

Start-up is most of a small run: spaCy, Kiwi and the lexicons take one to two
seconds to load. The local pool loads them once, in this process (Kiwi in the
run's Kiwi service, pipeline/kiwi.py, when there is one, which the workers ask),
and forks its workers afterwards, so they share the loaded state (copy-on-write) and start at once, as
does a worker that replaces one killed on a timeout.

`run` imports this module before it forks its Kiwi service, so multiprocessing and
concurrent.futures are imported where they are used, after that fork.
"""
from __future__ import annotations

import gc
import itertools
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import UserError, warn
from pipeline.signals import sigint_held

if TYPE_CHECKING:
    from pipeline.ingest import RawInput

# Each worker keeps this many documents queued, enough to never sit idle.
_IN_FLIGHT_PER_WORKER = 4


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


_warm = False


def warm_up() -> None:
    """Build everything a document needs (spaCy, the lexicons every extractor builds on first use) by
    extracting a small built-in policy; once per process. While the run's Kiwi service is building Kiwi,
    the warm-up does not wait for it: an extractor stops where it would need Kiwi, and the workers
    forked afterwards (the pool's initializer calls this) connect to the service and ask it themselves."""
    global _warm
    if _warm:  # a worker forked after the warm-up
        from pipeline.nlp import connect_kiwi

        connect_kiwi()
    else:
        from importlib import resources

        from extractors.text_lists import korean_nlp
        from pipeline.ingest import RawInput
        from pipeline.kiwi import deferred
        from pipeline.process import process_input

        path = Path(str(resources.files("pipeline").joinpath("data/warm_up.html")))
        with deferred():
            korean_nlp()  # the spaCy pipeline, Kiwi's words handed to its tokenizer
            process_input(RawInput(doc_id="warm-up", path=path, fmt="html"))
        # What is loaded now lives as long as the process: out of the collector's reach, no collection
        # walks it again (nor writes to its pages in a forked worker), and the exit skips collecting it.
        gc.freeze()
        gc.enable()
        _warm = True


def _start_context():
    """Fork where the platform has it, so workers share what this process loaded; elsewhere they warm up alone."""
    import multiprocessing

    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)


def _top_up(pending: dict, queue: Iterator, limit: int, submit: Callable) -> None:
    """Submit queued jobs until `limit` documents are in flight; `submit` returns (future, its record)."""
    for job in itertools.islice(queue, max(0, limit - len(pending))):
        future, record = submit(job)
        pending[future] = record


# Pebble's pool threads poll its state every `sleep_unit` (0.1 s by default), so stopping a pool waits up
# to that long after the last document, a tenth of a small run; at 0.02 s the polling costs no measurable CPU.
_POOL_POLL_SECONDS = 0.02


def process_pool(**options):
    """A pebble ProcessPool (per-task timeouts that kill the worker) that stops without a polling delay."""
    from pebble import ProcessPool
    from pebble.common import CONSTS

    CONSTS.sleep_unit = _POOL_POLL_SECONDS
    return ProcessPool(**options)


def run_local(process: Callable, jobs: list[tuple[RawInput, dict | None]], workers: int,
              timeout: float, error_result: Callable) -> Iterator:
    from concurrent.futures import FIRST_COMPLETED, wait

    from pebble import ProcessExpired

    if not jobs:
        return
    warm_up()
    pool = process_pool(max_workers=min(workers, len(jobs)), initializer=warm_up, context=_start_context())
    try:
        pending: dict = {}
        queue = iter(jobs)
        limit = workers * _IN_FLIGHT_PER_WORKER

        def submit(job):
            return pool.schedule(process, args=job, timeout=timeout), job[0]

        with sigint_held():  # the first job starts the pool: its workers fork now
            _top_up(pending, queue, limit, submit)
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                raw = pending.pop(future)
                try:
                    yield future.result()
                except TimeoutError:
                    yield error_result(raw, f"timed out after {timeout:g}s")
                except ProcessExpired as exc:
                    yield error_result(raw, f"worker crashed (exit code {exc.exitcode})")
                except Exception as exc:  # a failure outside process_input's own guard
                    yield error_result(raw, f"internal error: {type(exc).__name__}: {exc}")
            _top_up(pending, queue, limit, submit)
        pool.close()
    except BaseException:  # Ctrl-C or an abandoned run: stop the workers now, don't drain the queue
        pool.stop()
        raise
    finally:
        pool.join()


def _stop_task(client, future) -> set:
    """Cancelling a Dask future that is already running does not stop it, so the worker running it
    is restarted by its nanny. Returns the keys of the other tasks that worker held: the scheduler
    hands them out again."""
    processing = client.processing()
    running_on = [worker for worker, keys in processing.items() if future.key in keys]
    future.cancel()
    if not running_on:
        return set()
    try:
        client.restart_workers(running_on, raise_for_error=False)
    except Exception as exc:  # a worker started without a nanny cannot be restarted
        warn(f"cannot stop a timed-out task on {', '.join(running_on)}: {exc}")
        return set()
    return {key for worker in running_on for key in processing[worker]} - {future.key}


def run_dask(process: Callable, jobs: list[tuple[RawInput, dict | None]], workers: int,
             timeout: float, error_result: Callable, scheduler: str | None = None) -> Iterator:
    from distributed import Client, LocalCluster
    from distributed import wait as dask_wait

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    except OSError as exc:
        raise UserError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    try:
        client.run(warm_up)
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        pending: dict = {}
        queue = iter(jobs)
        while True:
            _top_up(pending, queue, n_workers * _IN_FLIGHT_PER_WORKER,
                    lambda job: (client.submit(process, *job, pure=False), (job[0], time.monotonic())))
            if not pending:
                break
            try:
                done, _ = dask_wait(list(pending), timeout=1.0, return_when="FIRST_COMPLETED")
            except TimeoutError:
                done = set()
            now = time.monotonic()
            for future in list(pending):
                raw, submitted = pending[future]
                if future in done or future.done():
                    pending.pop(future)
                    try:
                        yield future.result()
                    except Exception as exc:  # the worker died or the task raised
                        yield error_result(raw, f"worker failed: {type(exc).__name__}: {exc}")
                # The clock starts at submission: a window of a few documents per worker keeps
                # queueing short, so this bounds the document's own time.
                elif now - submitted > timeout * _IN_FLIGHT_PER_WORKER:
                    pending.pop(future)
                    requeued = _stop_task(client, future)
                    now = time.monotonic()
                    for other, (other_raw, _) in pending.items():
                        if other.key in requeued:  # sent to a worker again: its clock starts again
                            pending[other] = (other_raw, now)
                    yield error_result(raw, f"timed out after {timeout:g}s")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
