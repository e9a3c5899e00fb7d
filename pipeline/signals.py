"""Ctrl-C while a process forks."""
from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def sigint_held() -> Iterator[None]:
    """Hold SIGINT (Ctrl-C) while the block forks, and let it through after.

    A SIGINT that lands during a fork raises KeyboardInterrupt inside a fork-time callback, where Python
    reports and drops it (the run goes on as if Ctrl-C had not been pressed), or in the child before it
    has left the parent's code (the child then runs the parent's handlers too). So this thread blocks
    SIGINT, and one that another thread takes meanwhile is only noted; either comes through once the
    block is done. A child forked in the block keeps SIGINT blocked and noted: its parent stops it."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield  # (only the main thread handles signals)
        return
    forked_by = os.getpid()
    noted: list[int] = []
    handler = signal.signal(signal.SIGINT, lambda signum, frame: noted.append(signum))
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        if os.getpid() == forked_by:  # (a child leaving the block keeps what it set itself)
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # one the kernel held is noted now, or just after
            signal.signal(signal.SIGINT, handler)
            if noted and callable(handler):
                handler(signal.SIGINT, None)  # the default handler raises KeyboardInterrupt
