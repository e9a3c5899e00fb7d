"""`policy-extract fetch` against a real HTTP server on 127.0.0.1 (see tests/httpserver.py)."""
from __future__ import annotations

import base64
import gzip
import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from datetime import datetime, timezone
from pathlib import Path

import pytest

import pipeline.fetch as fetch
from pipeline.cli import main as cli_main

from httpserver import EUCKR_PAGE, PLAIN_PAGE, UTF8_PAGE, start_server

ROOT = Path(__file__).resolve().parents[1]
PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


@pytest.fixture(scope="module")
def http_server():
    server, thread = start_server()
    yield server
    server.state.release.set()
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def server(http_server, monkeypatch):
    """The shared server with fresh counters; no proxy, quick backoff."""
    from httpserver import State

    http_server.state.release.set()
    http_server.state = State()
    for var in PROXY_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(fetch, "BACKOFF_BASE", 0.05)
    return http_server


def write_urls(tmp_path: Path, lines: list[str], name: str = "urls.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_fetch(urls: Path, out: Path, *extra: str) -> int:
    args = ["fetch", str(urls), "--out", str(out), "--delay", "0", "--no-progress", "--retries", "2"]
    return cli_main(args + list(extra))


def manifest(out: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").splitlines()]
    by_id = {row["doc_id"]: row for row in rows}
    assert len(by_id) == len(rows), "a finished run leaves one row per doc_id"
    return by_id


def by_url(out: Path) -> dict[str, dict]:
    return {row["url"]: row for row in manifest(out).values()}


def files(out: Path) -> set[str]:
    return {p.name for p in out.iterdir()}


# --------------------------------------------------------------------- pages and encodings

def test_pages_saved_as_served_bytes(server, tmp_path, capsys):
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [
        "# Korean policies",
        server.url("/utf8.html"), "",
        server.url("/euckr.html"),
        server.url("/plain.txt"),
        server.url("/xhtml"),
        server.url("/gzip.html"),
        server.url("/deflate.html"),
        server.url("/br.html"),
        server.url("/no-type"),
    ])
    assert run_fetch(urls, out) == 0
    rows = by_url(out)
    assert len(rows) == 8
    expected = {"/utf8.html": UTF8_PAGE, "/euckr.html": EUCKR_PAGE, "/plain.txt": PLAIN_PAGE,
                "/xhtml": UTF8_PAGE, "/gzip.html": EUCKR_PAGE, "/deflate.html": UTF8_PAGE,
                "/br.html": UTF8_PAGE, "/no-type": UTF8_PAGE}
    for path, body in expected.items():
        row = rows[server.url(path)]
        assert row["error"] is None and row["status"] == 200, row
        saved = (out / row["path"]).read_bytes()
        assert saved == body, path
        assert row["n_bytes"] == len(body) and row["truncated"] is False
        assert Path(row["path"]).stem == row["doc_id"]
        assert row["final_url"] == row["url"]
        assert datetime.fromisoformat(row["fetched_at"].replace("Z", "+00:00")).tzinfo == timezone.utc
    euckr = rows[server.url("/euckr.html")]
    assert euckr["charset"].lower() == "euc-kr" and euckr["content_type"] == "text/html"
    assert rows[server.url("/plain.txt")]["path"].endswith(".txt")
    assert rows[server.url("/xhtml")]["path"].endswith(".html")
    assert rows[server.url("/no-type")]["content_type"] == "text/html"  # sniffed
    assert rows[server.url("/utf8.html")]["doc_id"] == f"127-0-0-1-{server.server_address[1]}_utf8-html"
    assert "fetched 8 URLs: 8 ok in" in capsys.readouterr().out
    assert not [n for n in files(out) if n.endswith(".tmp")]


def test_csv_with_org_and_doc_id(server, tmp_path):
    out = tmp_path / "raw"
    urls = tmp_path / "list.csv"
    urls.write_text(f"org,url,doc_id\n카카오,{server.url('/utf8.html')},kakao\n"
                    f"네이버,{server.url('/euckr.html')},\n", encoding="utf-8-sig")
    assert run_fetch(urls, out) == 0
    rows = by_url(out)
    assert rows[server.url("/utf8.html")]["doc_id"] == "kakao"
    assert rows[server.url("/utf8.html")]["org"] == "카카오"
    assert rows[server.url("/euckr.html")]["org"] == "네이버"
    assert (out / "kakao.html").read_bytes() == UTF8_PAGE


def test_tsv_list(server, tmp_path):
    out = tmp_path / "raw"
    urls = tmp_path / "list.tsv"
    urls.write_text(f"url\torg\n{server.url('/plain.txt')}\tACME\n", encoding="utf-8")
    assert run_fetch(urls, out) == 0
    (row,) = manifest(out).values()
    assert row["org"] == "ACME" and row["path"].endswith(".txt")


# --------------------------------------------------------------------- robots, redirects, errors

def test_robots_txt_is_respected(server, tmp_path, capsys):
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [server.url("/private/secret.html"), server.url("/to-private"),
                                 server.url("/utf8.html")])
    assert run_fetch(urls, out) == 0
    rows = by_url(out)
    assert rows[server.url("/private/secret.html")]["error"] == "disallowed by robots.txt"
    assert rows[server.url("/to-private")]["error"] == "disallowed by robots.txt"  # checked at every hop
    assert rows[server.url("/utf8.html")]["status"] == 200
    assert server.state.hits.get("/private/secret.html") is None
    assert server.state.hits["/robots.txt"] == 1  # cached per host
    assert "3 URLs: 1 ok, 2 skipped (robots.txt) in" in capsys.readouterr().out
    assert files(out) == {"manifest.jsonl", rows[server.url("/utf8.html")]["path"]}


def test_redirects(server, tmp_path):
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [server.url("/redirect/1"), server.url("/loop/a"), server.url("/endless/1")])
    assert run_fetch(urls, out) == 0
    rows = by_url(out)
    chain = rows[server.url("/redirect/1")]
    assert chain["final_url"] == server.url("/utf8.html") and chain["status"] == 200
    assert (out / chain["path"]).read_bytes() == UTF8_PAGE
    assert chain["doc_id"].endswith("_redirect_1")  # named after the URL asked for
    assert rows[server.url("/loop/a")]["error"].startswith("redirect loop")
    assert rows[server.url("/loop/a")]["path"] is None
    assert rows[server.url("/endless/1")]["error"] == "more than 5 redirects"
    assert server.state.hits["/endless/6"] == 1 and "/endless/7" not in server.state.hits


def test_redirect_to_a_private_address_on_another_host_is_refused(server, tmp_path, capsys):
    # localhost and 127.0.0.2 are other hosts than the listed 127.0.0.1, on loopback addresses.
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [server.url("/away/localhost"), server.url("/away/127.0.0.2")])
    assert run_fetch(urls, out) == 0
    rows = by_url(out)
    refused = rows[server.url("/away/localhost")]
    assert refused["error"].startswith("refused redirect to localhost: it resolves to ")
    assert refused["error"].endswith(", not a public address (--allow-private allows it)")
    assert refused["path"] is None and refused["final_url"] == server.url("/utf8.html", "localhost")
    assert rows[server.url("/away/127.0.0.2")]["error"].startswith(
        "refused redirect to 127.0.0.2: it resolves to 127.0.0.2,")
    assert "2 URLs: 2 error in" in capsys.readouterr().out
    assert not [key for key in server.state.authorization if key[0] != "127.0.0.1"]  # not even robots.txt
    assert files(out) == {"manifest.jsonl"}

    assert run_fetch(urls, tmp_path / "allowed", "--allow-private") == 0
    followed = by_url(tmp_path / "allowed")[server.url("/away/localhost")]
    assert followed["error"] is None and followed["final_url"] == server.url("/utf8.html", "localhost")
    assert (tmp_path / "allowed" / followed["path"]).read_bytes() == UTF8_PAGE


def test_the_listed_host_is_the_users_choice(server, tmp_path):
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [server.url("/redirect/1", "localhost")])
    assert run_fetch(urls, out) == 0
    row = manifest(out).popitem()[1]
    assert row["error"] is None and row["final_url"] == server.url("/utf8.html", "localhost")


def test_robots_txt_redirect_is_checked_like_a_page(server, tmp_path):
    # localhost's robots.txt redirects to another host on loopback, which would disallow everything.
    server.state.robots_redirect["localhost"] = server.url("/robots-disallow-all.txt")
    urls = write_urls(tmp_path, [server.url("/utf8.html", "localhost")])
    assert run_fetch(urls, tmp_path / "raw") == 0
    assert manifest(tmp_path / "raw").popitem()[1]["error"] is None  # refused robots.txt: as if absent
    assert "/robots-disallow-all.txt" not in server.state.hits
    assert run_fetch(urls, tmp_path / "allowed", "--allow-private") == 0
    assert manifest(tmp_path / "allowed").popitem()[1]["error"] == "disallowed by robots.txt"


def test_credentials_go_only_where_the_user_gave_them(server, tmp_path):
    port = server.server_address[1]
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [f"http://alice:s3cret@127.0.0.1:{port}/utf8.html",
                                 f"http://alice:s3cret@127.0.0.1:{port}/away/localhost",
                                 server.url("/to-credentials")])
    assert run_fetch(urls, out, "--allow-private") == 0
    sent = server.state.authorization
    assert sent[("127.0.0.1", "/utf8.html")] == "Basic " + base64.b64encode(b"alice:s3cret").decode()
    assert sent[("localhost", "/utf8.html")] is None  # another host: the user's credentials stay home
    assert sent[("127.0.0.1", "/away/localhost")] is not None
    assert sent[("127.0.0.1", "/to-credentials")] is None
    assert sent[("127.0.0.1", "/plain.txt")] is None  # a Location's page:given@ is never sent
    rows = by_url(out)
    assert set(rows) == {server.url("/utf8.html"), server.url("/away/localhost"), server.url("/to-credentials")}
    assert rows[server.url("/to-credentials")]["final_url"] == server.url("/plain.txt")
    assert all(row["error"] is None for row in rows.values())
    stored = (out / "manifest.jsonl").read_text("utf-8")
    assert "s3cret" not in stored and "alice" not in stored and "given" not in stored


def test_http_errors_and_retries(server, tmp_path, capsys):
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [server.url("/missing"), server.url("/flaky"), server.url("/busy"),
                                 server.url("/always-500")])
    started = time.monotonic()
    assert run_fetch(urls, out, "--retries", "2") == 0
    rows = by_url(out)
    assert rows[server.url("/missing")]["status"] == 404
    assert rows[server.url("/missing")]["error"] == "HTTP 404"
    assert server.state.hits["/missing"] == 1  # a 404 is not retried
    assert rows[server.url("/flaky")]["status"] == 200 and server.state.hits["/flaky"] == 2
    assert rows[server.url("/busy")]["status"] == 200 and server.state.hits["/busy"] == 2
    t429, t200 = server.state.times["/busy"]
    assert t200 - t429 >= 0.95  # Retry-After: 1 honoured
    assert rows[server.url("/always-500")]["status"] == 503
    assert server.state.hits["/always-500"] == 3  # first try + 2 retries
    assert time.monotonic() - started < 10
    err = capsys.readouterr()
    assert "2 ok, 2 error" in err.out
    assert "/missing: HTTP 404" in err.err


def test_strict_exit_code(server, tmp_path):
    urls = write_urls(tmp_path, [server.url("/missing")])
    assert run_fetch(urls, tmp_path / "raw", "--strict") == 1


def test_timeouts(server, tmp_path):
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [server.url("/slow"), server.url("/trickle")])
    started = time.monotonic()
    assert run_fetch(urls, out, "--retries", "0", "--read-timeout", "0.5", "--total-timeout", "1") == 0
    assert time.monotonic() - started < 4
    rows = by_url(out)
    assert rows[server.url("/slow")]["error"] == "timed out (ReadTimeout)"
    assert rows[server.url("/slow")]["status"] is None
    assert rows[server.url("/trickle")]["error"] == "timed out after 1s (total)"
    assert files(out) == {"manifest.jsonl"}


def test_timeout_is_retried(server, tmp_path):
    urls = write_urls(tmp_path, [server.url("/slow")])
    run_fetch(urls, tmp_path / "raw", "--retries", "1", "--read-timeout", "0.3")
    assert server.state.hits["/slow"] == 2


def test_non_html_is_refused(server, tmp_path):
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [server.url("/doc.pdf")])
    assert run_fetch(urls, out) == 0
    (row,) = manifest(out).values()
    assert row["error"] == "unsupported content type application/pdf"
    assert row["path"] is None and files(out) == {"manifest.jsonl"}


# --------------------------------------------------------------------- size limits

def test_oversized_page_is_truncated(server, tmp_path):
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [server.url("/big.html")])
    assert run_fetch(urls, out, "--max-bytes", "100000") == 0
    (row,) = manifest(out).values()
    assert row["truncated"] is True and row["n_bytes"] == 100000 and row["status"] == 200
    assert (out / row["path"]).stat().st_size == 100000


@pytest.mark.parametrize("path", ["/bomb.html", "/bomb-br.html"])
def test_compression_bomb_is_capped(server, tmp_path, path):
    from httpserver import bomb

    bomb("gzip" if path == "/bomb.html" else "br")  # build it before measuring
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [server.url(path)])
    tracemalloc.start()
    try:
        assert run_fetch(urls, out, "--max-bytes", "1000000") == 0
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    (row,) = manifest(out).values()
    assert row["truncated"] is True and row["n_bytes"] == 1000000
    assert (out / row["path"]).stat().st_size <= 1000000
    assert peak < 20 * 1024 * 1024, f"peak Python memory {peak / 1e6:.0f} MB for a 50 MB bomb"


def test_decoders_stop_at_the_limit():
    import asyncio
    import zlib

    async def chunks(data: bytes, size: int = 1000):
        for i in range(0, len(data), size):
            yield data[i:i + size]

    text = b"abc" * 10000
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    cases = {
        "gzip": gzip.compress(text[:10000]) + gzip.compress(text[10000:]),  # two members
        "deflate": zlib.compress(text),
        "x-gzip": gzip.compress(text),
    }
    for coding, data in cases.items():
        body, cut = asyncio.run(fetch.read_capped(chunks(data), fetch.make_decoder(coding), 10 ** 6))
        assert body == text and not cut, coding
    raw = raw_deflate.compress(text) + raw_deflate.flush()
    body, cut = asyncio.run(fetch.read_capped(chunks(raw), fetch.make_decoder("deflate"), 10 ** 6))
    assert body == text and not cut
    body, cut = asyncio.run(fetch.read_capped(chunks(gzip.compress(text)), fetch.make_decoder("gzip"), 500))
    assert body == text[:500] and cut
    with pytest.raises(fetch.FetchError):
        fetch.make_decoder("compress")


# --------------------------------------------------------------------- politeness

def test_one_request_per_host_and_global_limit(server, tmp_path):
    hosts = ("127.0.0.1", "localhost")
    urls = write_urls(tmp_path, [server.url(f"/hold/{i}", host) for host in hosts for i in range(3)])
    started = time.monotonic()
    assert run_fetch(urls, tmp_path / "a", "--concurrency", "8") == 0
    assert server.state.max_in_flight == {"127.0.0.1": 1, "localhost": 1}
    assert server.state.max_total == 2  # the two hosts were fetched side by side
    assert time.monotonic() - started < 3  # 6 pages of 0.3 s, in two parallel lanes

    server.state.max_total = 0
    assert run_fetch(urls, tmp_path / "b", "--concurrency", "1") == 0
    assert server.state.max_total == 1


def test_delay_between_requests_to_a_host(server, tmp_path):
    urls = write_urls(tmp_path, [server.url("/utf8.html"), server.url("/euckr.html"), server.url("/plain.txt")])
    cli_main(["fetch", str(urls), "--out", str(tmp_path / "raw"), "--delay", "0.3", "--no-progress"])
    starts = sorted(t for path in ("/robots.txt", "/utf8.html", "/euckr.html", "/plain.txt")
                    for t in server.state.times[path])
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert min(gaps) >= 0.29, gaps


# --------------------------------------------------------------------- resuming and versions

def test_second_run_skips_and_refresh_refetches(server, tmp_path, capsys):
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [server.url("/utf8.html"), server.url("/missing")])
    run_fetch(urls, out)
    first = manifest(out)
    capsys.readouterr()
    run_fetch(urls, out)
    assert "1 skipped (already fetched), 1 error" in capsys.readouterr().out
    assert server.state.hits["/utf8.html"] == 1 and server.state.hits["/missing"] == 2  # errors are retried
    assert manifest(out)[first_key(first, "/utf8.html")] == first[first_key(first, "/utf8.html")]
    run_fetch(urls, out, "--refresh")
    assert server.state.hits["/utf8.html"] == 2
    assert "1 unchanged" in capsys.readouterr().out
    # a deleted file is fetched again
    (out / first[first_key(first, "/utf8.html")]["path"]).unlink()
    run_fetch(urls, out)
    assert server.state.hits["/utf8.html"] == 3


def first_key(rows: dict[str, dict], path: str) -> str:
    return next(k for k, r in rows.items() if r["url"].endswith(path))


def test_failed_refresh_keeps_the_good_copy(server, tmp_path):
    out = tmp_path / "raw"
    urls = tmp_path / "list.csv"
    urls.write_text(f"url,doc_id\n{server.url('/utf8.html')},acme\n", encoding="utf-8")
    run_fetch(urls, out)
    good = manifest(out)["acme"]
    server.state.hits.clear()
    # the same doc_id now points at a page that fails: the new URL is fetched, the failure noted
    urls.write_text(f"url,doc_id\n{server.url('/missing')},acme\n", encoding="utf-8")
    run_fetch(urls, out)
    assert server.state.hits["/missing"] == 1
    assert manifest(out)["acme"] == good and (out / "acme.html").read_bytes() == UTF8_PAGE


def test_keep_versions(server, tmp_path):
    out = tmp_path / "raw"
    urls = tmp_path / "list.csv"
    urls.write_text(f"url,org,doc_id\n{server.url('/versioned.html')},ACME,acme\n", encoding="utf-8")
    run_fetch(urls, out, "--keep-versions")
    assert (out / "acme.html").read_bytes().count(b"version one") == 1

    run_fetch(urls, out, "--keep-versions", "--refresh")  # unchanged: no new file
    assert files(out) == {"acme.html", "manifest.jsonl"}

    server.state.versioned = b"<html><body><p>version two</p></body></html>"
    run_fetch(urls, out, "--keep-versions", "--refresh")
    today = datetime.now(timezone.utc).date().isoformat()
    assert files(out) == {"acme.html", f"acme@{today}.html", "manifest.jsonl"}
    assert b"version one" in (out / "acme.html").read_bytes()
    assert b"version two" in (out / f"acme@{today}.html").read_bytes()
    rows = manifest(out)
    assert set(rows) == {"acme", f"acme@{today}"}
    assert rows[f"acme@{today}"]["org"] == "ACME" and rows[f"acme@{today}"]["path"] == f"acme@{today}.html"
    assert rows["acme"]["sha256"] != rows[f"acme@{today}"]["sha256"]

    run_fetch(urls, out, "--keep-versions")  # the newest version counts as fetched
    assert server.state.hits["/versioned.html"] == 3

    server.state.versioned = b"<html><body><p>version three</p></body></html>"
    run_fetch(urls, out, "--refresh")  # without --keep-versions the base file is replaced
    assert b"version three" in (out / "acme.html").read_bytes()


def test_truncated_manifest_line_is_tolerated(server, tmp_path):
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [server.url("/utf8.html"), server.url("/euckr.html")])
    run_fetch(urls, out)
    text = (out / "manifest.jsonl").read_text("utf-8")
    (out / "manifest.jsonl").write_text(text[: len(text) - 40], encoding="utf-8")  # cut the last row
    (out / ".fetch-leftover.tmp").write_bytes(b"half")
    assert run_fetch(urls, out) == 0
    assert server.state.hits["/utf8.html"] == 1 and server.state.hits["/euckr.html"] == 2
    assert len(manifest(out)) == 2 and ".fetch-leftover.tmp" not in files(out)


def test_killed_run_loses_no_finished_page(server, tmp_path):
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [server.url("/utf8.html"), server.url("/euckr.html"), server.url("/hang")])
    server.state.release.clear()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "fetch", str(urls), "--out", str(out),
                             "--delay", "0", "--concurrency", "1", "--no-progress"],
                            cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 10
        while "/hang" not in server.state.hits and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "/hang" in server.state.hits
        proc.send_signal(signal.SIGKILL)
        proc.wait(5)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
        server.state.release.set()
    lines = (out / "manifest.jsonl").read_text("utf-8").splitlines()
    rows = {r["doc_id"]: r for r in map(json.loads, lines)}  # appended as each page finished
    assert len(rows) == 2 and all((out / r["path"]).is_file() for r in rows.values())
    assert all(not n.endswith(".tmp") for n in files(out))
    assert run_fetch(urls, out) == 0
    assert server.state.hits["/utf8.html"] == 1 and len(manifest(out)) == 3


# --------------------------------------------------------------------- doc_ids and bad input

def test_doc_id_cannot_escape_out(server, tmp_path):
    out = tmp_path / "deep" / "raw"
    urls = tmp_path / "list.csv"
    urls.write_text("url,doc_id\n"
                    f"{server.url('/utf8.html')},../../etc/passwd\n"
                    f"{server.url('/euckr.html')},/tmp/abs\n"
                    f"{server.url('/plain.txt')},..\n", encoding="utf-8")
    assert run_fetch(urls, out) == 0
    rows = manifest(out)
    assert set(rows) >= {"etc_passwd", "tmp_abs"}
    for row in rows.values():
        assert (out / row["path"]).resolve().parent == out.resolve()
        assert Path(row["path"]).stem == row["doc_id"]
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file() and p.parent != out) == ["list.csv"]


def test_slugs_are_safe_unique_and_stable():
    assert fetch.url_slug("https://www.example.co.kr/privacy/policy.html") == "example-co-kr_privacy_policy-html"
    hangul = fetch.url_slug("https://example.kr/개인정보/처리방침")
    assert hangul.startswith("example-kr-") and hangul == fetch.url_slug("https://example.kr/개인정보/처리방침")
    assert fetch.url_slug("https://a.kr/p?id=1") != fetch.url_slug("https://a.kr/p?id=2")
    long = fetch.url_slug("https://a.kr/" + "x" * 300)
    assert len(long) <= fetch.SLUG_MAX + 11
    jobs = fetch.assign_doc_ids([(1, "https://www.a.kr/p", None, None), (2, "https://a.kr/p", None, None),
                                 (3, "https://a.kr/p", None, None)])
    assert len(jobs) == 2 and len({j.doc_id for j in jobs}) == 2
    for doc_id in [j.doc_id for j in jobs] + [long, hangul]:
        assert set(doc_id) <= set("abcdefghijklmnopqrstuvwxyz0123456789_-")
    for given in ["../../etc/passwd", "/abs", "a/../b", "C:\\x", "a@b", ".hidden", "ok.name-1"]:
        assert set(fetch.sanitize_doc_id(given)) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                         "0123456789._-")
        assert ".." not in fetch.sanitize_doc_id(given) and not fetch.sanitize_doc_id(given).startswith(".")


@pytest.mark.parametrize("content, message", [
    (None, "URL file not found"),
    ("# nothing\n\n", "no URLs in"),
    ("name,org\nx,y\n", "header has no 'url' column"),
    ("https://ok.kr/\nftp://x.kr/file\n", "line 2: not an http(s) URL"),
    ("url,doc_id\nhttps://a.kr/,same\nhttps://b.kr/,same\n", "doc_id 'same' is already used"),
])
def test_bad_url_files(tmp_path, capsys, content, message):
    name = "list.csv" if content and content.startswith(("url", "name")) else "urls.txt"
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert cli_main(["fetch", str(path), "--out", str(tmp_path / "raw"), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_bad_option_values(tmp_path):
    with pytest.raises(SystemExit) as exc:
        cli_main(["fetch", "x.txt", "--concurrency", "0"])
    assert exc.value.code == 2


# --------------------------------------------------------------------- the command as a user runs it

def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in PROXY_VARS}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_subprocess_cli(server, tmp_path):
    out = tmp_path / "raw"
    urls = write_urls(tmp_path, [server.url("/utf8.html"), server.url("/missing")])
    done = subprocess.run([sys.executable, "-m", "pipeline", "fetch", str(urls), "--out", str(out),
                           "--delay", "0"], cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith("fetched 2 URLs: 1 ok, 1 error in ")
    assert "Traceback" not in done.stderr
    assert len(manifest(out)) == 2

    missing = subprocess.run([sys.executable, "-m", "pipeline", "fetch", str(tmp_path / "nope.txt")],
                             cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"policy-extract: error: URL file not found: {tmp_path / 'nope.txt'}"


def test_run_reads_the_manifest(server, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "raw"
    parquet = tmp_path / "parquet"
    urls = tmp_path / "list.csv"
    with_credentials = server.url("/euckr.html").replace("http://", "http://carol:pw@")
    urls.write_text(f"url,org,doc_id\n{server.url('/utf8.html')},카카오,kakao\n"
                    f"{with_credentials},네이버,naver\n", encoding="utf-8")
    assert run_fetch(urls, out) == 0
    # A page and manifest row left by an older fetch that kept credentials in the URL.
    (out / "older.html").write_bytes(UTF8_PAGE)
    with open(out / "manifest.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"doc_id": "older", "url": "http://dave:pw@example.kr/p", "org": None,
                             "final_url": "https://dave:pw@example.kr/policy", "status": 200,
                             "path": "older.html", "fetched_at": "2024-01-02T00:00:00Z"}) + "\n")
    assert cli_main(["run", str(out), "--out", str(parquet), "--no-progress"]) == 0
    con = duckdb.connect()
    docs = con.execute(f"select doc_id, url, org, fetched_at from read_parquet('{parquet}/documents/*.parquet') "
                       "order by doc_id").fetchall()
    rows = manifest(out)
    assert [(d[0], d[1], d[2]) for d in docs] == [
        ("kakao", server.url("/utf8.html"), "카카오"), ("naver", server.url("/euckr.html"), "네이버"),
        ("older", "https://example.kr/policy", None)]
    assert all(d[3] is not None for d in docs)
    assert str(docs[0][3]).startswith(rows["kakao"]["fetched_at"][:10])
