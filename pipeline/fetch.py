"""`policy-extract fetch`: download a list of policy URLs into a raw folder.

Each page is saved as its raw bytes (transfer compression removed, charset left
alone) as ``<doc_id>.html`` or ``<doc_id>.txt``, and described by one row of
``<out>/manifest.jsonl``, which `policy-extract run` reads back.

Politeness and safety rules, in one place:

* robots.txt is read once per host (scheme + host + port) with our User-Agent.
  A 2xx answer is obeyed; 401/403 forbid the whole host; any other 4xx means
  "no robots.txt", so all is allowed.  A 5xx, a timeout or a connection error
  while reading robots.txt also counts as "allowed": this is more lenient than
  RFC 9309 (which says to assume "disallow all") so that one flaky robots.txt
  does not drop a whole site; the page request itself is still retried.
  A ``Crawl-delay`` longer than ``--delay`` is honoured, capped at
  ``MAX_CRAWL_DELAY`` seconds.
* At most ``--concurrency`` requests are in flight overall and at most one per
  host, with ``--delay`` seconds between the end of one request to a host and
  the start of the next.  Every redirect hop and the robots.txt request count.
* Timeouts, connection errors, 429 and 5xx are retried ``--retries`` times with
  exponential backoff; a Retry-After header (seconds or HTTP date, on 429 or
  503) is honoured, capped at ``MAX_RETRY_AFTER`` seconds, and holds back the
  whole host.  ``--total-timeout`` bounds one HTTP request (one hop) including
  reading its body.
* Redirects are followed by hand (at most ``MAX_REDIRECTS``), each hop checked
  against that host's robots.txt; a loop is an error.
* A hostile page must not turn the crawler against the machine's own network: a hop
  (a page redirect, or a robots.txt redirect) to another host than the listed URL's
  is refused when any address that host resolves to is loopback, private,
  link-local, multicast or otherwise not public, unless ``--allow-private``.  The
  listed URL's own host is the user's choice and is not checked.  The name is
  resolved here, before the request; an answer that changes between this check and
  the connection (DNS rebinding) is not caught.
* Credentials (``user:pass@`` in a listed URL) are sent only to that URL's own
  origin (scheme, host, port); credentials in a redirect's Location are dropped.
  Stored and printed URLs never contain them.
* The body is streamed undecoded and decompressed here (gzip, deflate, br) with
  a cap, so a compression bomb never grows past ``--max-bytes``.  Longer pages
  are cut at ``--max-bytes`` and marked ``truncated``.
* Only text/html, application/xhtml+xml and text/plain are kept.
* Each page is written to a temp file in the out folder and moved into place
  with os.replace; its manifest row is then appended and fsynced, and the
  manifest is compacted (atomically rewritten, one row per doc_id) when a run
  starts and ends.  So a killed run loses no finished page and never leaves a
  half-written one.  A re-run skips URLs whose
  last fetch succeeded and whose file is still there (``--refresh`` to refetch).
  A failed refetch never replaces a good earlier copy.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import email.utils
import hashlib
import json
import os
import random
import re
import socket
import sys
import tempfile
import time
import unicodedata
import urllib.robotparser
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

import brotli
import httpx

from pipeline import __version__
from pipeline.errors import UserError, os_reason, warn
from pipeline.urls import is_public_address, split_userinfo

DEFAULT_USER_AGENT = f"policy-extract/{__version__} (+research; privacy-policy corpus)"
MANIFEST_NAME = "manifest.jsonl"
TEMP_PREFIX = ".fetch-"
MAX_REDIRECTS = 5
MAX_RETRY_AFTER = 60.0  # seconds
MAX_BACKOFF = 30.0  # seconds
BACKOFF_BASE = 0.5  # seconds; attempt n waits BACKOFF_BASE * 2**n plus jitter
MAX_CRAWL_DELAY = 30.0  # seconds
ROBOTS_MAX_BYTES = 512 * 1024
SLUG_MAX = 80
ACCEPTED_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt"}
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
_DOC_ID_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
_SLUG_CHARS = re.compile(r"[^a-z0-9]+")

# Outcomes, in the order the summary lists them.
OK, UNCHANGED, SKIPPED, ROBOTS, ERROR = (
    "ok", "unchanged", "skipped (already fetched)", "skipped (robots.txt)", "error")
OUTCOMES = (OK, UNCHANGED, SKIPPED, ROBOTS, ERROR)


# --------------------------------------------------------------------------- CLI

def _positive(kind):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be > 0: {text!r}")
        return value
    return parse


def _non_negative(kind):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value < 0:
            raise argparse.ArgumentTypeError(f"must be >= 0: {text!r}")
        return value
    return parse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("urls", metavar="URLS",
                        help="text file with one URL per line (# comments allowed), "
                        "or a CSV/TSV with a header holding 'url' and optionally 'org' and 'doc_id'")
    parser.add_argument("--out", default="data/raw", help="output folder (default: data/raw)")
    parser.add_argument("--user-agent", default=DEFAULT_USER_AGENT,
                        help=f"User-Agent header, also matched against robots.txt (default: {DEFAULT_USER_AGENT!r})")
    parser.add_argument("--concurrency", type=_positive(int), default=8,
                        help="most requests in flight overall; one per host at most (default: 8)")
    parser.add_argument("--delay", type=_non_negative(float), default=1.0,
                        help="seconds between two requests to the same host (default: 1.0)")
    parser.add_argument("--retries", type=_non_negative(int), default=3,
                        help="retries on timeouts, connection errors, 429 and 5xx (default: 3)")
    parser.add_argument("--connect-timeout", type=_positive(float), default=10.0,
                        help="seconds to open a connection (default: 10)")
    parser.add_argument("--read-timeout", type=_positive(float), default=20.0,
                        help="seconds to wait for each piece of the answer (default: 20)")
    parser.add_argument("--total-timeout", type=_positive(float), default=60.0,
                        help="seconds for one whole request, body included (default: 60)")
    parser.add_argument("--max-bytes", type=_positive(int), default=5 * 1024 * 1024,
                        help="keep at most this many (decompressed) bytes of a page; longer ones are "
                        "saved cut off and marked truncated (default: 5242880)")
    parser.add_argument("--refresh", action="store_true",
                        help="refetch URLs that an earlier run already fetched")
    parser.add_argument("--keep-versions", action="store_true",
                        help="when a refetched page changed, save it as <doc_id>@<YYYY-MM-DD> and keep the old file")
    parser.add_argument("--allow-private", action="store_true",
                        help="follow redirects to other hosts on loopback, private, link-local or multicast "
                        "addresses (refused by default)")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when any URL ends in error")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")


@dataclass
class Settings:
    out: Path
    user_agent: str = DEFAULT_USER_AGENT
    concurrency: int = 8
    delay: float = 1.0
    retries: int = 3
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 5 * 1024 * 1024
    refresh: bool = False
    keep_versions: bool = False
    allow_private: bool = False
    progress: bool = True


def main(args: argparse.Namespace) -> int:
    settings = Settings(
        out=Path(args.out), user_agent=args.user_agent, concurrency=args.concurrency,
        delay=args.delay, retries=args.retries, connect_timeout=args.connect_timeout,
        read_timeout=args.read_timeout, total_timeout=args.total_timeout,
        max_bytes=args.max_bytes, refresh=args.refresh, keep_versions=args.keep_versions,
        allow_private=args.allow_private, progress=not args.no_progress)
    jobs = read_url_list(Path(args.urls))
    prepare_out_dir(settings.out)
    started = time.monotonic()
    counts = asyncio.run(fetch_all(jobs, settings))
    print(summary_line(counts, time.monotonic() - started))
    return 1 if args.strict and counts.get(ERROR) else 0


def summary_line(counts: dict[str, int], seconds: float) -> str:
    total = sum(counts.values())
    parts = [f"{counts[o]} {o}" for o in OUTCOMES if counts.get(o)]
    noun = "URL" if total == 1 else "URLs"
    return f"fetched {total} {noun}: {', '.join(parts) or 'nothing to do'} in {seconds:.1f}s"


# ------------------------------------------------------------------ URL list

@dataclass
class Job:
    url: str  # without credentials: this is what is stored
    doc_id: str
    org: str | None = None
    auth: tuple[str, str] | None = field(default=None, repr=False)  # from the listed URL's user:pass@


def read_url_list(path: Path) -> list[Job]:
    """Read a URL list (plain lines or CSV/TSV with a 'url' column) into jobs with safe, unique doc_ids."""
    if not path.is_file():
        raise UserError(f"URL file not found: {path}")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"URL file is not UTF-8 text: {path}") from None
    lines = text.splitlines()
    header = next((ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")), None)
    if header is None:
        raise UserError(f"no URLs in {path}")
    if _is_table(path, header):
        entries = _read_table(path, lines)
    else:
        entries = _read_plain(lines)
    if not entries:
        raise UserError(f"no URLs in {path}")
    for line_no, url, _, _ in entries:
        if not _is_http_url(url):
            raise UserError(f"{path} line {line_no}: not an http(s) URL: {url[:100]!r}")
    return assign_doc_ids(entries, path)


def _is_table(path: Path, header: str) -> bool:
    if path.suffix.lower() in {".csv", ".tsv"}:
        return True
    delimiter = "\t" if "\t" in header else ","
    return "url" in [cell.strip().lower() for cell in header.split(delimiter)]


def _read_plain(lines: list[str]) -> list[tuple[int, str, str | None, str | None]]:
    return [(i, ln.strip(), None, None) for i, ln in enumerate(lines, 1)
            if ln.strip() and not ln.lstrip().startswith("#")]


def _read_table(path: Path, lines: list[str]) -> list[tuple[int, str, str | None, str | None]]:
    body = [(i, ln) for i, ln in enumerate(lines, 1) if ln.strip() and not ln.lstrip().startswith("#")]
    delimiter = "\t" if path.suffix.lower() == ".tsv" or "\t" in body[0][1] else ","
    rows = list(csv.reader([ln for _, ln in body], delimiter=delimiter))
    columns = [c.strip().lower() for c in rows[0]]
    if "url" not in columns:
        raise UserError(f"{path}: header has no 'url' column (found: {', '.join(columns) or 'nothing'})")
    col = {name: columns.index(name) for name in ("url", "org", "doc_id") if name in columns}

    def cell(row: list[str], name: str) -> str | None:
        if name not in col or col[name] >= len(row):
            return None
        return row[col[name]].strip() or None

    entries = []
    for (line_no, _), row in zip(body[1:], rows[1:]):
        url = cell(row, "url")
        if url:
            entries.append((line_no, url, cell(row, "org"), cell(row, "doc_id")))
    return entries


def _is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # raises ValueError for a bad port
    except ValueError:
        return False
    return parts.scheme.lower() in {"http", "https"} and bool(parts.hostname) and not any(c.isspace() for c in url)


def assign_doc_ids(entries, source: Path | str = "URL file") -> list[Job]:
    """Give each (url, org, doc_id) entry a safe doc_id, unique within the run.

    Given doc_ids are sanitized and must not collide; slugs made from the URL get
    a short hash suffix when they would collide.  Repeated (url, doc_id) pairs are dropped.
    A URL's credentials move from the URL into the job's ``auth``.
    """
    jobs: list[Job] = []
    owner: dict[str, str] = {}  # doc_id -> url
    auth: dict[str, tuple[str, str]] = {}  # url -> credentials given with it
    seen: set[tuple[str, str | None]] = set()
    pending: list[tuple[int, str, str | None]] = []
    for line_no, listed_url, org, given in entries:
        url, credentials = split_userinfo(listed_url)
        if credentials:
            auth[url] = credentials
        if (url, given) in seen:
            continue
        seen.add((url, given))
        if given is None:
            pending.append((line_no, url, org))
            continue
        doc_id = sanitize_doc_id(given) or url_slug(url)
        if owner.get(doc_id) == url:
            continue  # e.g. 'a/b' and 'a_b' given for the same URL
        if doc_id in owner:
            raise UserError(f"{source} line {line_no}: doc_id {doc_id!r} is already used for {owner[doc_id]}")
        owner[doc_id] = url
        jobs.append(Job(url, doc_id, org, auth.get(url)))
    for _, url, org in pending:
        doc_id = url_slug(url)
        if doc_id in owner and owner[doc_id] == url:
            continue  # same URL listed with and without a doc_id: fetch it once
        if doc_id in owner:
            doc_id = _with_hash(doc_id, url)
        owner[doc_id] = url
        jobs.append(Job(url, doc_id, org, auth.get(url)))
    return jobs


def sanitize_doc_id(given: str) -> str:
    """Make a given doc_id a plain file stem: ASCII letters, digits, '.', '_' and '-' only.

    Path separators, '..', leading dots and other characters become '_' (collapsed),
    so the result can never leave the output folder or hide as a dot file.
    '@' is reserved for versions (<doc_id>@<date>).
    """
    text = unicodedata.normalize("NFKC", given).strip()
    text = _DOC_ID_CHARS.sub("_", text)
    text = re.sub(r"\.{2,}", "_", text)
    text = re.sub(r"_{2,}", "_", text).strip("._-")
    if len(text) > SLUG_MAX:
        text = _with_hash(text[:SLUG_MAX], given)
    return text


def url_slug(url: str) -> str:
    """A readable, deterministic file stem for a URL: host and path parts joined with '_'.

    Only [a-z0-9_-]; a short hash of the full URL is appended when the slug is long,
    when the URL has a query, or when characters (e.g. Hangul) had to be dropped.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port:
        host = f"{host}-{parts.port}"
    pieces = [host] + [unquote(seg) for seg in parts.path.split("/") if seg]
    cleaned = [_SLUG_CHARS.sub("-", p.lower()).strip("-") for p in pieces]
    slug = "_".join(c for c in cleaned if c) or "page"
    lossy = bool(parts.query) or any(not p.isascii() for p in pieces)
    if lossy or len(slug) > SLUG_MAX:
        slug = _with_hash(slug[:SLUG_MAX].rstrip("_-"), url)
    return slug


def _with_hash(stem: str, key: str) -> str:
    return f"{stem}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"


def base_doc_id(doc_id: str) -> str:
    """The doc_id without a version suffix: 'x@2024-01-31' -> 'x'."""
    return doc_id.partition("@")[0]


# ------------------------------------------------------------------ output folder

def prepare_out_dir(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise UserError(f"--out is not a folder: {out}")
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(f"{TEMP_PREFIX}*.tmp"):  # left by a killed run
        with contextlib.suppress(OSError):
            stale.unlink()


def write_atomic(path: Path, data: bytes) -> None:
    """Write data so that `path` is either the old file or the whole new one, never half."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class Manifest:
    """`manifest.jsonl`: one row per doc_id in fetch order, the latest fetch winning.

    A row is appended (flushed and fsynced) as soon as its page is saved, so a killed run
    loses nothing; the file is compacted to one row per doc_id by an atomic rewrite when a
    run starts and when it ends.  Readers of a file left by a killed run should take the
    last row of each doc_id and skip a cut-off last line, as `_load` does.
    """

    def __init__(self, out: Path):
        self.path = out / MANIFEST_NAME
        self.rows: dict[str, dict] = {}
        self.versions: dict[str, list[str]] = {}  # base doc_id -> its doc_ids, oldest fetch first
        self.warnings: list[str] = []
        if self.path.exists():
            self._load()

    def _load(self) -> None:
        lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        for i, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                if i < len(lines):  # a cut-off last line is expected after a crash; others are worth a word
                    self.warnings.append(f"{self.path} line {i}: not JSON, ignored")
                continue
            if isinstance(row, dict) and isinstance(row.get("doc_id"), str):
                self._index(row)

    def _index(self, row: dict) -> None:
        doc_id = row["doc_id"]
        self.rows.pop(doc_id, None)  # move to the end: order follows fetch order
        self.rows[doc_id] = row
        ids = self.versions.setdefault(base_doc_id(doc_id), [])
        if doc_id in ids:
            ids.remove(doc_id)
        ids.append(doc_id)

    def latest(self, base: str) -> dict | None:
        """The most recent row for a document, whichever version it is."""
        ids = self.versions.get(base)
        return self.rows[ids[-1]] if ids else None

    def put(self, row: dict) -> None:
        self._index(row)
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def compact(self) -> None:
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.rows.values())
        write_atomic(self.path, data.encode("utf-8"))


def row_ok(row: dict | None, out: Path) -> bool:
    """True when a manifest row is a successful fetch whose file is still there."""
    return bool(row and row.get("status") == 200 and not row.get("error")
                and row.get("path") and (out / row["path"]).is_file())


# ------------------------------------------------------------------ decoding

class FetchError(Exception):
    """A failure that retrying will not fix; the message goes into the manifest."""

    def __init__(self, message: str, status: int | None = None, final_url: str | None = None):
        super().__init__(message)
        self.status = status
        self.final_url = final_url


class RetryableError(FetchError):
    """A failure worth another try (429, 5xx); retry_after in seconds when the server said so."""

    def __init__(self, message: str, status: int | None = None, final_url: str | None = None,
                 retry_after: float | None = None):
        super().__init__(message, status, final_url)
        self.retry_after = retry_after


class _Identity:
    def feed(self, data: bytes, limit: int) -> bytes:
        return data[:limit]


class _Zlib:
    """gzip (wbits 31) or deflate: zlib-wrapped as the RFC says, or raw as some servers send it."""

    def __init__(self, encoding: str):
        self.encoding = encoding
        self.wbits = 31 if encoding == "gzip" else 15
        self.d = zlib.decompressobj(self.wbits)
        self.started = False

    def feed(self, data: bytes, limit: int) -> bytes:
        out: list[bytes] = []
        n = 0
        while data and n < limit:
            if self.d.eof:
                if self.encoding != "gzip":
                    break  # trailing bytes after a deflate stream: ignore
                self.d = zlib.decompressobj(self.wbits)  # next gzip member
            try:
                piece = self.d.decompress(data, limit - n)
            except zlib.error:
                if self.encoding == "deflate" and not self.started:
                    self.wbits, self.d, self.started = -15, zlib.decompressobj(-15), True
                    continue
                raise
            self.started = True
            out.append(piece)
            n += len(piece)
            data = self.d.unconsumed_tail if not self.d.eof else self.d.unused_data
        return b"".join(out)


class _Brotli:
    def __init__(self):
        self.d = brotli.Decompressor()
        try:  # brotli >= 1.2 can cap the output of one call
            self.d.process(b"", output_buffer_limit=1)
            self.capped = True
        except TypeError:
            self.capped = False

    def feed(self, data: bytes, limit: int) -> bytes:
        if not self.capped:
            # Older brotli: feed one byte at a time, which bounds one call's output to a meta-block.
            out, n = [], 0
            for i in range(len(data)):
                piece = self.d.process(data[i:i + 1])
                out.append(piece)
                n += len(piece)
                if n >= limit:
                    break
            return b"".join(out)[:limit]
        out = [self.d.process(data, output_buffer_limit=limit)]
        n = len(out[0])
        while n < limit and not self.d.can_accept_more_data():
            piece = self.d.process(b"", output_buffer_limit=limit - n)
            if not piece:
                break
            out.append(piece)
            n += len(piece)
        return b"".join(out)[:limit]


def make_decoder(content_encoding: str | None):
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings:
        return _Identity()
    if len(codings) > 1:
        raise FetchError(f"unsupported Content-Encoding: {content_encoding}")
    coding = {"x-gzip": "gzip"}.get(codings[0], codings[0])
    if coding in {"gzip", "deflate"}:
        return _Zlib(coding)
    if coding == "br":
        return _Brotli()
    raise FetchError(f"unsupported Content-Encoding: {content_encoding}")


async def read_capped(raw_chunks, decoder, max_bytes: int) -> tuple[bytes, bool]:
    """Decode a raw byte stream, keeping at most max_bytes; returns (body, truncated)."""
    out: list[bytes] = []
    n = 0
    async for chunk in raw_chunks:
        try:
            piece = decoder.feed(chunk, max_bytes + 1 - n)
        except (zlib.error, brotli.error) as exc:
            raise FetchError(f"bad compressed body: {exc}") from None
        out.append(piece)
        n += len(piece)
        if n > max_bytes:
            return b"".join(out)[:max_bytes], True
    return b"".join(out), False


# ------------------------------------------------------------------ politeness

class HostGate:
    """One request at a time to a host, `delay` seconds apart; Retry-After can push the next one back."""

    def __init__(self, delay: float):
        self.delay = delay
        self.lock = asyncio.Lock()
        self.not_before = 0.0

    @contextlib.asynccontextmanager
    async def slot(self):
        async with self.lock:
            wait = self.not_before - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                yield
            finally:
                self.not_before = max(self.not_before, time.monotonic() + self.delay)

    def hold_off(self, seconds: float) -> None:
        self.not_before = max(self.not_before, time.monotonic() + seconds)


def origin_of(url: str) -> str:
    u = httpx.URL(url)
    default = {"http": 80, "https": 443}.get(u.scheme)
    port = f":{u.port}" if u.port and u.port != default else ""
    host = f"[{u.host}]" if ":" in u.host else u.host
    return f"{u.scheme}://{host}{port}"


def host_of(url: str) -> str:
    """The host as DNS sees it: lower case, international names in their ASCII (punycode) form."""
    return httpx.URL(url).raw_host.decode("ascii")


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds (a number or an HTTP date), capped at MAX_RETRY_AFTER; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - datetime.now(timezone.utc)).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def backoff_seconds(attempt: int) -> float:
    return min(BACKOFF_BASE * 2 ** attempt + random.uniform(0, BACKOFF_BASE), MAX_BACKOFF)


# ------------------------------------------------------------------ fetching

@dataclass
class Page:
    status: int
    final_url: str
    content_type: str | None
    charset: str | None
    body: bytes
    truncated: bool


@dataclass
class Fetcher:
    settings: Settings
    client: httpx.AsyncClient
    semaphore: asyncio.Semaphore
    gates: dict[str, HostGate] = field(default_factory=dict)
    robots: dict[str, urllib.robotparser.RobotFileParser] = field(default_factory=dict)
    robots_locks: dict[str, asyncio.Lock] = field(default_factory=dict)

    def gate(self, origin: str) -> HostGate:
        if origin not in self.gates:
            self.gates[origin] = HostGate(self.settings.delay)
        return self.gates[origin]

    @contextlib.asynccontextmanager
    async def request_slot(self, url: str):
        """Wait for the host's turn, then for a free overall slot; time out the whole request."""
        async with self.gate(origin_of(url)).slot(), self.semaphore:
            async with asyncio.timeout(self.settings.total_timeout):
                yield

    async def check_destination(self, url: str, trusted_host: str) -> None:
        """Refuse a request to another host than `trusted_host` when any address of it is not public."""
        host = host_of(url)
        if self.settings.allow_private or host == trusted_host:
            return
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except OSError as exc:  # socket.gaierror: unknown name, DNS down
            raise RetryableError(f"connection error: cannot resolve {host}: {os_reason(exc)}"[:300],
                                 final_url=url) from None
        for address in sorted({info[4][0] for info in infos}):
            if not is_public_address(address):
                raise FetchError(f"refused redirect to {host}: it resolves to {address}, not a public address "
                                 "(--allow-private allows it)", final_url=url)

    async def allowed(self, url: str, auth: tuple[str, str] | None = None) -> bool:
        origin = origin_of(url)
        lock = self.robots_locks.setdefault(origin, asyncio.Lock())
        async with lock:
            if origin not in self.robots:
                self.robots[origin] = await self._load_robots(origin, auth)
        return self.robots[origin].can_fetch(self.settings.user_agent, url)

    async def _load_robots(self, origin: str, auth: tuple[str, str] | None) -> urllib.robotparser.RobotFileParser:
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            status, body = await self._read_robots(origin, auth)
        except (httpx.HTTPError, TimeoutError, FetchError):
            status = None  # unreachable robots.txt: allowed (lenient, see module docstring)
        if status in (401, 403):
            parser.disallow_all = True
        elif status is not None and 200 <= status < 300:
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
            crawl_delay = parser.crawl_delay(self.settings.user_agent)
            if crawl_delay:
                gate = self.gate(origin)
                gate.delay = max(gate.delay, min(float(crawl_delay), MAX_CRAWL_DELAY))
        else:
            parser.allow_all = True
        parser.modified()
        return parser

    async def _read_robots(self, origin: str, auth: tuple[str, str] | None) -> tuple[int, bytes]:
        """(status, body) of an origin's robots.txt, following redirects, each hop checked like a page's."""
        url = origin + "/robots.txt"
        trusted_host = host_of(origin)
        for _ in range(MAX_REDIRECTS + 1):
            await self.check_destination(url, trusted_host)
            async with self.request_slot(url):
                async with self.client.stream("GET", url, auth=_auth_for(url, origin, auth)) as resp:
                    status = resp.status_code
                    location = resp.headers.get("location")
                    if status in REDIRECT_STATUSES and location:
                        url = split_userinfo(str(resp.url.join(location)))[0]
                        if not _is_http_url(url):
                            raise FetchError("robots.txt redirects to a non-http(s) URL")
                        continue
                    body = b""
                    if 200 <= status < 300:
                        decoder = make_decoder(resp.headers.get("content-encoding"))
                        body, _ = await read_capped(resp.aiter_raw(), decoder, ROBOTS_MAX_BYTES)
                    return status, body
        raise FetchError(f"robots.txt: more than {MAX_REDIRECTS} redirects")

    async def fetch(self, job: Job) -> Page:
        """Fetch one job's URL with retries; raises FetchError (or Disallowed) when it finally fails."""
        attempt = 0
        while True:
            try:
                return await self._follow(job)
            except (httpx.InvalidURL, UnicodeError) as exc:  # e.g. a host that IDNA cannot encode
                raise FetchError(f"invalid URL: {exc}"[:300]) from None
            except RetryableError as exc:
                error = exc
                wait = exc.retry_after if exc.retry_after is not None else backoff_seconds(attempt)
                if exc.retry_after is not None and exc.final_url:
                    self.gate(origin_of(exc.final_url)).hold_off(exc.retry_after)
            if attempt >= self.settings.retries:
                raise error
            attempt += 1
            await asyncio.sleep(wait)

    async def _follow(self, job: Job) -> Page:
        """One attempt: follow redirects by hand, checking the address and robots.txt at every hop."""
        listed_origin, listed_host = origin_of(job.url), host_of(job.url)
        seen = {job.url}
        current = job.url
        for _ in range(MAX_REDIRECTS + 1):
            await self.check_destination(current, listed_host)
            auth = _auth_for(current, listed_origin, job.auth)
            if not await self.allowed(current, auth):
                raise Disallowed("disallowed by robots.txt", final_url=current)
            result = await self._get(current, auth)
            if isinstance(result, Page):
                return result
            nxt = result
            if nxt in seen:
                raise FetchError(f"redirect loop at {nxt}", final_url=current)
            seen.add(nxt)
            current = nxt
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", final_url=current)

    async def _get(self, url: str, auth: tuple[str, str] | None) -> Page | str:
        """One HTTP request: a Page, or the next URL when redirected."""
        try:
            async with self.request_slot(url):
                async with self.client.stream("GET", url, auth=auth) as resp:
                    return await self._handle(url, resp)
        except TimeoutError:
            raise RetryableError(f"timed out after {self.settings.total_timeout:g}s (total)", final_url=url) from None
        except httpx.TimeoutException as exc:
            raise RetryableError(f"timed out ({type(exc).__name__})", final_url=url) from None
        except httpx.TransportError as exc:
            raise RetryableError(f"connection error: {type(exc).__name__}: {exc}"[:300], final_url=url) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"HTTP error: {type(exc).__name__}: {exc}"[:300], final_url=url) from None


    async def _handle(self, url: str, resp: httpx.Response) -> Page | str:
        status = resp.status_code
        if status in REDIRECT_STATUSES:
            location = resp.headers.get("location")
            if not location:
                raise FetchError(f"HTTP {status} without Location", status, url)
            nxt = split_userinfo(str(resp.url.join(location)))[0]  # never send a page's credentials
            if not _is_http_url(nxt):
                raise FetchError(f"redirect to a non-http(s) URL: {nxt[:100]}", status, url)
            return nxt
        if status == 429 or status >= 500:
            retry_after = parse_retry_after(resp.headers.get("retry-after")) if status in (429, 503) else None
            raise RetryableError(f"HTTP {status}", status, url, retry_after)
        if status != 200:
            raise FetchError(f"HTTP {status}", status, url)
        content_type, charset = _media_type(resp)
        if content_type is not None and content_type not in ACCEPTED_TYPES:
            raise FetchError(f"unsupported content type {content_type}", status, url)
        decoder = make_decoder(resp.headers.get("content-encoding"))
        body, truncated = await read_capped(resp.aiter_raw(), decoder, self.settings.max_bytes)
        if content_type is None:
            content_type = _sniff(body)
            if content_type is None:
                raise FetchError("no Content-Type and the body does not look like HTML", status, url)
        return Page(status, url, content_type, charset, body, truncated)


class Disallowed(FetchError):
    pass


def _auth_for(url: str, listed_origin: str, auth: tuple[str, str] | None) -> tuple[str, str] | None:
    """The user's credentials go to the origin they were given for, and nowhere else."""
    return auth if auth and origin_of(url) == listed_origin else None


def _media_type(resp: httpx.Response) -> tuple[str | None, str | None]:
    header = resp.headers.get("content-type")
    if not header:
        return None, None
    media = header.split(";", 1)[0].strip().lower() or None
    return media, resp.charset_encoding


def _sniff(body: bytes) -> str | None:
    head = body[:1024].lstrip().lower()
    return "text/html" if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head else None


# ------------------------------------------------------------------ saving

def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def iso(ts: datetime) -> str:
    return ts.isoformat(timespec="seconds").replace("+00:00", "Z")


def base_row(job: Job, fetched_at: datetime) -> dict:
    return {
        "url": job.url, "final_url": None, "doc_id": job.doc_id, "org": job.org,
        "fetched_at": iso(fetched_at), "status": None, "content_type": None, "charset": None,
        "n_bytes": None, "sha256": None, "truncated": False, "path": None, "error": None,
    }


def save_page(job: Job, page: Page, manifest: Manifest, settings: Settings, fetched_at: datetime) -> str:
    """Write the page file and its manifest row; returns the outcome (ok or unchanged)."""
    out = settings.out
    sha = hashlib.sha256(page.body).hexdigest()
    suffix = ACCEPTED_TYPES[page.content_type]
    previous = manifest.latest(job.doc_id)
    doc_id = job.doc_id
    outcome = OK
    if row_ok(previous, out) and previous.get("url") == job.url and previous.get("sha256") == sha:
        doc_id, outcome = previous["doc_id"], UNCHANGED  # same bytes: keep the file, refresh the row
        name = previous["path"]
    else:
        if settings.keep_versions and row_ok(previous, out):
            doc_id = f"{job.doc_id}@{fetched_at.date().isoformat()}"
        name = doc_id + suffix
        write_atomic(out / name, page.body)
        for other in set(ACCEPTED_TYPES.values()) - {suffix}:  # e.g. a page that turned from .txt into .html
            stale = out / (doc_id + other)
            if stale.exists():
                stale.unlink()
    row = base_row(job, fetched_at) | {
        "doc_id": doc_id, "final_url": page.final_url, "status": page.status,
        "content_type": page.content_type, "charset": page.charset, "n_bytes": len(page.body),
        "sha256": sha, "truncated": page.truncated, "path": name,
    }
    manifest.put(row)
    return outcome


def record_failure(job: Job, exc: FetchError, manifest: Manifest, settings: Settings, fetched_at: datetime) -> str:
    """Note a failed fetch, unless a good earlier copy exists (which is then kept as it was)."""
    outcome = ROBOTS if isinstance(exc, Disallowed) else ERROR
    if row_ok(manifest.latest(job.doc_id), settings.out):
        return outcome
    row = base_row(job, fetched_at) | {"final_url": exc.final_url, "status": exc.status, "error": str(exc)}
    manifest.put(row)
    return outcome


# ------------------------------------------------------------------ run

async def fetch_all(jobs: list[Job], settings: Settings) -> dict[str, int]:
    """Fetch every job not already done; returns counts by outcome."""
    from tqdm import tqdm

    manifest = Manifest(settings.out)
    for warning in manifest.warnings:
        warn(warning)
    if manifest.path.exists():
        manifest.compact()  # drop a cut-off line and repeated rows before appending
    counts = {o: 0 for o in OUTCOMES}
    todo = []
    for job in jobs:
        previous = manifest.latest(job.doc_id)
        if not settings.refresh and row_ok(previous, settings.out) and previous.get("url") == job.url:
            counts[SKIPPED] += 1
        else:
            todo.append(job)
    if not todo:
        return counts

    timeout = httpx.Timeout(connect=settings.connect_timeout, read=settings.read_timeout,
                            write=settings.read_timeout, pool=None)
    limits = httpx.Limits(max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency)
    headers = {"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate, br",
               "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"}
    bar = tqdm(total=len(todo), unit=" pages", disable=not settings.progress, dynamic_ncols=True)
    async with httpx.AsyncClient(headers=headers, timeout=timeout, limits=limits,
                                 follow_redirects=False) as client:
        fetcher = Fetcher(settings, client, asyncio.Semaphore(settings.concurrency))

        async def one(job: Job) -> None:
            fetched_at = now_utc()
            try:
                page = await fetcher.fetch(job)
                fetched_at = now_utc()
                outcome = save_page(job, page, manifest, settings, fetched_at)
            except FetchError as exc:
                outcome = record_failure(job, exc, manifest, settings, fetched_at)
                if outcome == ERROR:
                    message = f"policy-extract: {job.url}: {exc}"
                    if settings.progress:
                        bar.write(message, file=sys.stderr)
                    else:
                        print(message, file=sys.stderr)
            counts[outcome] += 1
            bar.set_postfix_str(f"ok={counts[OK] + counts[UNCHANGED]} failed={counts[ERROR]} "
                                f"robots={counts[ROBOTS]}", refresh=False)
            bar.update(1)

        try:
            await asyncio.gather(*(one(job) for job in todo))
        finally:
            bar.close()
            manifest.compact()
    return counts
