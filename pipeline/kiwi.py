"""Kiwi, the morphological analyser under the spaCy tokenizer (pipeline/nlp.py): in this process, or
in a service process that `run` starts before it imports anything heavy.

Kiwi takes most of a second to build (its model loads in a third of a second, and its first
analysis builds the dictionary in as long again) and holds the GIL all along, so no thread can
overlap it with anything. `run` therefore forks `KiwiService` first, which builds Kiwi while the run
imports spaCy and pyarrow, builds its lexicons and reads the documents; the run's warm-up defers
Kiwi (`deferred()`) rather than wait for it. Each worker connects and gets a server of its own, forked
from the service with Kiwi built: it sends a span, the server answers Kiwi's tokens. A server stops at the
run's --timeout like a document does, and takes only its own client's request with it.

Without a service (`show`, tests, Dask workers) Kiwi is built in-process on first use, and a process
forked afterwards shares it.
"""
from __future__ import annotations

import math
import os
import select
import shutil
import signal
import socket
import tempfile
import warnings
from collections.abc import Callable, Iterable
from contextlib import contextmanager

from pipeline.signals import sigint_held

Token = tuple[int, int, str]  # start, length and tag of one Kiwi token

_USER_WORD_SCORE = 10.0  # high enough that domain nouns stay one token in any context

_service_address: str | None = None  # the run's service, inherited by the processes it forks
_built_here = False  # whether this process (or one it was forked from) has built Kiwi
_deferring = False  # inside `deferred()`: a tokenization raises KiwiDeferred instead of waiting


class KiwiDeferred(Exception):
    """Kiwi was asked for while its use is deferred (`deferred()`)."""


@contextmanager
def deferred():
    """While the run's service is still building Kiwi, a tokenization raises KiwiDeferred instead of
    waiting for it: the run warms up everything else meanwhile, and the workers it forks connect."""
    global _deferring
    _deferring = bool(_service_address)
    try:
        yield
    finally:
        _deferring = False


def build_kiwi(user_words: Iterable[str]):
    """Kiwi taught `user_words`, its dictionary built (by a first analysis)."""
    from kiwipiepy import Kiwi

    # The typo and multi-word dictionaries serve free text; without them Kiwi loads in
    # 0.9 s instead of 2.3 s and analyses a short span 30% faster, same tags on policy text.
    # The default dictionary is 113,000 proper names (schools, places, species); without it
    # Kiwi is built in 0.65 s instead of 1.1 s, and of 2,400 items in 172 policies one changes.
    # num_workers=0: no native thread pool, so a process forked after loading Kiwi can use it.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*num_workers=0", category=DeprecationWarning)
        kiwi = Kiwi(num_workers=0, load_default_dict=False, load_typo_dict=False, load_multi_dict=False)
    _add_words(kiwi, user_words)
    kiwi.tokenize("준비")  # the first analysis builds the dictionary: the warm-up
    return kiwi


def _add_words(kiwi, words: Iterable[str]) -> None:
    for word in words:
        kiwi.add_user_word(word, "NNP", _USER_WORD_SCORE)


def _tokens(kiwi, text: str) -> list[Token]:
    return [(token.start, token.len, token.tag) for token in kiwi.tokenize(text)]


class LocalKiwi:
    """Kiwi built in this process."""

    def __init__(self, user_words: Iterable[str]):
        global _built_here
        self._kiwi = build_kiwi(user_words)
        _built_here = True

    def usable(self) -> bool:
        return True  # also in a process forked from this one

    def add_user_words(self, words: Iterable[str]) -> None:
        """After the first analysis, the next one rebuilds the dictionary (a third of a second)."""
        _add_words(self._kiwi, words)

    def tokenize(self, text: str) -> list[Token]:
        return _tokens(self._kiwi, text)


class ServiceKiwi:
    """This process's connection to its server of the run's Kiwi service."""

    def __init__(self, address: str, user_words: Iterable[str]):
        from multiprocessing.connection import Client

        self._conn = Client(address, family="AF_UNIX")
        self._address = address
        self._pid = os.getpid()
        self.add_user_words(user_words)

    def usable(self) -> bool:
        """A forked process inherits the connection, but only the process that opened it may use it;
        one whose server has stopped, or whose service has ended, opens another."""
        return self._pid == os.getpid() and not self._conn.closed and self._address == _service_address

    def add_user_words(self, words: Iterable[str]) -> None:
        self._conn.send(("words", list(words)))  # the server adds those it was not built with

    def tokenize(self, text: str) -> list[Token]:
        try:
            self._conn.send(("tokenize", text))
            ok, answer = self._conn.recv()
        except (EOFError, OSError):
            self._conn.close()
            raise RuntimeError("the Kiwi server stopped (a span took longer than --timeout)") from None
        if not ok:
            raise RuntimeError(f"Kiwi: {answer}")
        return answer


def built_here() -> bool:
    """Whether Kiwi is already built in this process: a service would bring nothing."""
    return _built_here


def kiwi_backend(user_words: Iterable[str]) -> LocalKiwi | ServiceKiwi:
    """A server of the run's Kiwi service if there is one, else Kiwi in this process."""
    if _deferring:
        raise KiwiDeferred("Kiwi is deferred: the run's service is building it")
    user_words = tuple(user_words)
    if _service_address:
        try:
            return ServiceKiwi(_service_address, user_words)
        except OSError:  # the service is gone: this process builds its own
            pass
    return LocalKiwi(user_words)


class KiwiService:
    """A process that builds Kiwi taught `user_words()` (called there) and forks a server for each client.

    Start it before the heavy imports: it is a fork of this process as it is then. Use it as a context
    manager; on exit it stops, with all its servers.
    """

    def __init__(self, user_words: Callable[[], Iterable[str]], timeout: float):
        self._folder = tempfile.mkdtemp(prefix="policy-extract-kiwi-")
        self.address = os.path.join(self._folder, "socket")
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(self.address)
        listener.listen(64)  # clients may connect (and wait) before Kiwi is built
        run_ended, self._run_alive = os.pipe()  # EOF for the service when this process is gone
        with sigint_held():
            self.pid = os.fork()
            if self.pid == 0:  # Ctrl-C stops the run, and the run stops the service: it ignores Ctrl-C
                signal.signal(signal.SIGINT, signal.SIG_IGN)
        if self.pid == 0:
            try:
                os.setpgid(0, 0)
                _close_inherited(keep={0, 1, 2, listener.fileno(), run_ended})
                _serve(listener, run_ended, user_words, timeout)
            finally:
                os._exit(0)
        os.setpgid(self.pid, self.pid)  # (also done by the child: whichever runs first) its servers join it
        listener.close()
        os.close(run_ended)

    def __enter__(self) -> "KiwiService":
        global _service_address
        _service_address = self.address
        return self

    def __exit__(self, *exc) -> None:
        global _service_address
        _service_address = None
        try:
            os.killpg(self.pid, signal.SIGKILL)  # the service and its servers, even in the middle of a build
        except ProcessLookupError:
            pass
        os.close(self._run_alive)
        os.waitpid(self.pid, 0)
        shutil.rmtree(self._folder, ignore_errors=True)


def _close_inherited(keep: set[int]) -> None:
    """Close every descriptor the service inherited but `keep`: the service outlives a killed run by up
    to a Kiwi build, and must not hold the run's open files meanwhile (the output folder's flock)."""
    low = 0
    for fd in sorted(keep):
        if low < fd:  # os.closerange(n, n) closes every descriptor from n on (close_range to -1)
            os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, os.sysconf("SC_OPEN_MAX"))


def _serve(listener: socket.socket, run_ended: int, user_words: Callable[[], Iterable[str]],
           timeout: float) -> None:
    words = tuple(user_words())
    kiwi = build_kiwi(words)
    while True:
        ready, _, _ = select.select([listener, run_ended], [], [])
        if run_ended in ready:
            os.killpg(0, signal.SIGKILL)
        connection, _ = listener.accept()
        if os.fork() == 0:
            try:
                listener.close()
                os.close(run_ended)
                _serve_client(connection, kiwi, set(words), timeout)
            finally:
                os._exit(0)
        connection.close()
        while _reap():
            pass


def _reap() -> bool:
    try:
        return os.waitpid(-1, os.WNOHANG)[0] != 0
    except ChildProcessError:
        return False


def _serve_client(connection: socket.socket, kiwi, words: set[str], timeout: float) -> None:
    from multiprocessing.connection import Connection

    conn = Connection(connection.detach())
    # Kiwi runs in C: only the kernel can stop it. SIGALRM's default action ends this server, and
    # its client (stopped at the same --timeout) then gets an error instead of an answer.
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    seconds = max(1, math.ceil(timeout))
    while True:
        try:
            kind, payload = conn.recv()
        except EOFError:
            return
        if kind == "words":
            new = [word for word in payload if word not in words]
            _add_words(kiwi, new)
            words.update(new)
            continue
        signal.alarm(seconds)
        try:
            answer = (True, _tokens(kiwi, payload))
        except Exception as exc:  # the client raises it, as an in-process Kiwi would
            answer = (False, f"{type(exc).__name__}: {exc}")
        signal.alarm(0)
        conn.send(answer)
