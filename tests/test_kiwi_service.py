"""The Kiwi service of `run` (pipeline/kiwi.py): same tokens as Kiwi in-process, one server per process,
stopped at the timeout and with the run."""
from __future__ import annotations

import os
import time

import pytest

import pipeline.kiwi as kiwi
from extractors.text_lists import kiwi_user_words

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the service is forked")

SPANS = ["법정대리인의 성명과 연락처 등", "개인정보 보호에 관한 법률", "휴대폰번호, 비밀번호", "본 서비스입니다."]


@pytest.fixture(scope="module")
def local():
    return kiwi.LocalKiwi(kiwi_user_words())


def _in_child(fn) -> bytes:
    """Run fn in a forked process; its bytes come back through a pipe."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.write(write, fn())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        out = pipe.read()
    os.waitpid(pid, 0)
    return out


def test_the_service_tokenizes_as_kiwi_in_this_process(local):
    with kiwi.KiwiService(kiwi_user_words, timeout=60) as service:
        client = kiwi.kiwi_backend(kiwi_user_words())
        assert isinstance(client, kiwi.ServiceKiwi)
        assert [client.tokenize(s) for s in SPANS] == [local.tokenize(s) for s in SPANS]
        assert service.address == kiwi._service_address
    assert kiwi._service_address is None
    assert isinstance(kiwi.kiwi_backend(()), kiwi.LocalKiwi)  # no service: Kiwi in-process


def test_words_a_client_teaches_are_added(local):
    with kiwi.KiwiService(lambda: [], timeout=60):
        client = kiwi.kiwi_backend(kiwi_user_words())  # the service was built without them
        assert client.tokenize("휴대폰번호와 비밀번호") == local.tokenize("휴대폰번호와 비밀번호")


def test_a_forked_process_opens_its_own_connection():
    with kiwi.KiwiService(kiwi_user_words, timeout=60):
        client = kiwi.kiwi_backend(())
        client.tokenize("준비")
        assert client.usable()
        # The child inherits the connection but may not use it: it opens another.
        out = _in_child(lambda: repr((client.usable(), kiwi.kiwi_backend(()).tokenize("비밀번호"))).encode())
        assert out == repr((False, client.tokenize("비밀번호"))).encode()
        assert client.tokenize("준비")  # the parent's connection still answers


def test_a_stuck_analysis_stops_its_server_at_the_timeout(monkeypatch):
    real = kiwi._tokens

    def stuck_on_hang(k, text):
        if text == "hang":
            time.sleep(600)
        return real(k, text)

    monkeypatch.setattr(kiwi, "_tokens", stuck_on_hang)  # the service is forked: it inherits this
    with kiwi.KiwiService(lambda: [], timeout=1):
        client = kiwi.kiwi_backend(())
        started = time.monotonic()
        with pytest.raises(RuntimeError, match="Kiwi server stopped"):
            client.tokenize("hang")
        assert time.monotonic() - started < 30
        assert not client.usable()
        assert kiwi.kiwi_backend(()).tokenize("준비")  # a new server answers


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_the_service_and_its_servers_stop_with_the_run():
    with kiwi.KiwiService(kiwi_user_words, timeout=60) as service:
        client = kiwi.kiwi_backend(())
        client.tokenize("준비")  # a server is running for this process
        assert _group_alive(service.pid)
    deadline = time.monotonic() + 10
    while _group_alive(service.pid) and time.monotonic() < deadline:
        time.sleep(0.05)  # (killed servers are reaped by init)
    assert not _group_alive(service.pid)
    with pytest.raises(RuntimeError):
        client.tokenize("준비")
