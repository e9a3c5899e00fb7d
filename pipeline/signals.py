"""Ctrl-C while a process forks."""
from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def sigint_held() -> Iterator[None]:
    """Hold SIGINT (Ctrl-C) while the block forks, and let it through after.

    A SIGINT that lands during a fork raises KeyboardInterrupt inside a fork-time callback, where Python
    reports and drops it (the run goes on as if Ctrl-C had not been pressed), or in the child before it
    has left the parent's code (the child then runs the parent's handlers too). Held, it arrives once the
    fork is done. A child forked meanwhile starts with SIGINT held: its parent stops it."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
