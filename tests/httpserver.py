"""A real HTTP server on 127.0.0.1 for the fetch tests: every odd page a crawler meets, on purpose.

Run in a thread with `start_server()`; `server.state` records hits per path and the
requests in flight per Host header, and holds the pages whose content a test changes.
"""
from __future__ import annotations

import gzip
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import brotli

UTF8_PAGE = ("<!doctype html><html><head><meta charset='utf-8'><title>개인정보처리방침</title></head>"
             "<body><h1>개인정보처리방침</h1><p>수집하는 개인정보 항목: 이름, 전화번호</p></body></html>").encode("utf-8")
EUCKR_PAGE = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=euc-kr'></head>"
              "<body><p>개인정보의 보유 및 이용기간: 회원 탈퇴 시까지</p></body></html>").encode("euc-kr")
PLAIN_PAGE = "제1조(목적) 이 방침은 개인정보 처리에 관한 것입니다.\n".encode("utf-8")
ROBOTS = b"User-agent: *\nDisallow: /private/\n"
BOMB_SIZE = 50 * 1024 * 1024  # decompressed size of the bombs


def _zeros_compressed(compressor_process, finish) -> bytes:
    chunk = bytes(1024 * 1024)
    parts = [compressor_process(chunk) for _ in range(BOMB_SIZE // len(chunk))]
    return b"".join(parts) + finish()


_bombs: dict[str, bytes] = {}


def bomb(kind: str) -> bytes:
    """50 MB of zeros, gzip- or brotli-compressed (made in 1 MB steps, kept small in memory)."""
    if kind not in _bombs:
        if kind == "gzip":
            c = zlib.compressobj(9, zlib.DEFLATED, 31)
            _bombs[kind] = _zeros_compressed(c.compress, c.flush)
        else:
            c = brotli.Compressor(quality=5)
            _bombs[kind] = _zeros_compressed(c.process, c.finish)
    return _bombs[kind]


class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.hits: dict[str, int] = {}
        self.times: dict[str, list[float]] = {}
        self.in_flight: dict[str, int] = {}
        self.max_in_flight: dict[str, int] = {}
        self.max_total = 0
        self.versioned = b"<html><body><p>version one</p></body></html>"
        self.release = threading.Event()  # lets /hang answer
        self.authorization: dict[tuple[str, str], str | None] = {}  # (host, path) -> Authorization header
        self.robots_redirect: dict[str, str] = {}  # host -> where its robots.txt redirects

    def enter(self, path: str, host: str, authorization: str | None = None) -> int:
        with self.lock:
            self.authorization[(host, path)] = authorization
            self.hits[path] = self.hits.get(path, 0) + 1
            self.times.setdefault(path, []).append(time.monotonic())
            self.in_flight[host] = self.in_flight.get(host, 0) + 1
            self.max_in_flight[host] = max(self.max_in_flight.get(host, 0), self.in_flight[host])
            self.max_total = max(self.max_total, sum(self.in_flight.values()))
            return self.hits[path]

    def leave(self, host: str) -> None:
        with self.lock:
            self.in_flight[host] -= 1


class Handler(BaseHTTPRequestHandler):
    server_version = "TestServer/1.0"

    def log_message(self, *args):  # keep pytest output clean
        pass

    @property
    def state(self) -> State:
        return self.server.state

    def do_GET(self):
        host = self.headers.get("Host", "").split(":")[0]
        path = self.path.split("?")[0]
        state = self.state  # a later test may swap in a fresh State while this request still runs
        hit = state.enter(path, host, self.headers.get("Authorization"))
        try:
            self.route(path, hit, host)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)
        finally:
            state.leave(host)

    def send(self, status: int, body: bytes = b"", content_type: str | None = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def route(self, path: str, hit: int, host: str) -> None:
        s = self.state
        port = self.server.server_address[1]
        if path == "/robots.txt" and host in s.robots_redirect:
            return self.send(302, b"", headers={"Location": s.robots_redirect[host]})
        if path == "/robots.txt":
            return self.send(200, ROBOTS, "text/plain")
        if path == "/robots-disallow-all.txt":
            return self.send(200, b"User-agent: *\nDisallow: /\n", "text/plain")
        if path in ("/utf8.html", "/private/secret.html"):
            return self.send(200, UTF8_PAGE)
        if path == "/euckr.html":
            return self.send(200, EUCKR_PAGE, "text/html; charset=EUC-KR")
        if path == "/plain.txt":
            return self.send(200, PLAIN_PAGE, "text/plain; charset=utf-8")
        if path == "/xhtml":
            return self.send(200, UTF8_PAGE, "application/xhtml+xml")
        if path == "/gzip.html":
            return self.send(200, gzip.compress(EUCKR_PAGE), "text/html; charset=euc-kr",
                             {"Content-Encoding": "gzip"})
        if path == "/deflate.html":
            return self.send(200, zlib.compress(UTF8_PAGE), headers={"Content-Encoding": "deflate"})
        if path == "/br.html":
            return self.send(200, brotli.compress(UTF8_PAGE), headers={"Content-Encoding": "br"})
        if path == "/bomb.html":
            return self.send(200, bomb("gzip"), headers={"Content-Encoding": "gzip"})
        if path == "/bomb-br.html":
            return self.send(200, bomb("br"), headers={"Content-Encoding": "br"})
        if path == "/big.html":
            return self.send(200, b"<html><body>" + b"<p>big page</p>\n" * 200_000 + b"</body></html>")
        if path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            target = f"/redirect/{n + 1}" if n < 3 else "/utf8.html"
            return self.send(302 if n % 2 else 301, b"", headers={"Location": target})
        if path == "/loop/a":
            return self.send(302, b"", headers={"Location": "/loop/b"})
        if path == "/loop/b":
            return self.send(302, b"", headers={"Location": "/loop/a"})
        if path.startswith("/endless/"):
            n = int(path.rsplit("/", 1)[1])
            return self.send(302, b"", headers={"Location": f"/endless/{n + 1}"})
        if path == "/to-private":
            return self.send(302, b"", headers={"Location": "/private/secret.html"})
        if path.startswith("/away/"):  # to the same server under another host name, e.g. /away/localhost
            return self.send(302, b"", headers={"Location": f"http://{path[6:]}:{port}/utf8.html"})
        if path == "/to-credentials":  # a page handing out credentials of its own
            return self.send(302, b"", headers={"Location": f"http://page:given@{host}:{port}/plain.txt"})
        if path == "/missing":
            return self.send(404, b"<html>not found</html>")
        if path == "/flaky":
            return self.send(500, b"oops") if hit == 1 else self.send(200, UTF8_PAGE)
        if path == "/busy":
            if hit == 1:
                return self.send(429, b"slow down", headers={"Retry-After": "1"})
            return self.send(200, UTF8_PAGE)
        if path == "/always-500":
            return self.send(503, b"down")
        if path == "/slow":  # headers only after 2 s: a read timeout
            time.sleep(2)
            return self.send(200, UTF8_PAGE)
        if path == "/trickle":  # a byte every 0.1 s for 3 s: no read timeout, but a total one
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
            return None
        if path == "/doc.pdf":
            return self.send(200, b"%PDF-1.4 fake", "application/pdf")
        if path == "/no-type":
            return self.send(200, UTF8_PAGE, None)
        if path == "/versioned.html":
            return self.send(200, s.versioned)
        if path.startswith("/hold/"):  # slow enough to overlap with others
            time.sleep(0.3)
            return self.send(200, UTF8_PAGE)
        if path == "/hang":
            s.release.wait(10)
            return self.send(200, UTF8_PAGE)
        return self.send(404, b"no such test page")


class TestServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.state = State()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.server_address[1]}{path}"


def start_server() -> tuple[TestServer, threading.Thread]:
    server = TestServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return server, thread
