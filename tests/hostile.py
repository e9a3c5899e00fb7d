"""Hostile inputs: pages shaped to make a careless regex or table routine blow up.

Each shape is a small generator `(size in bytes) -> (file suffix, bytes)` wrapped around an
invented policy skeleton, so the page passes the policy check and every extractor runs on it.
They are generated at test time (a 1 MB input is not worth committing); `bench/hostile.py`
measures them at several sizes and `tests/test_hostile.py` asserts that the cost stays linear.
"""
from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from pathlib import Path

# An invented policy: one paragraph or list line per entry, grouped by section heading.
SKELETON = [
    ("개인정보 처리방침", [
        "주식회사 예시(이하 '회사')는 「개인정보 보호법」에 따라 이용자의 개인정보를 보호하고 이와 관련한 고충을 "
        "신속하고 원활하게 처리할 수 있도록 다음과 같이 개인정보 처리방침을 수립·공개합니다.",
    ]),
    ("제1조(개인정보의 처리 목적)", [
        "회사는 다음의 목적을 위하여 개인정보를 처리합니다.",
        "1. 회원 가입 및 관리: 회원 가입의사 확인, 본인 식별·인증, 회원자격 유지·관리",
        "2. 재화 또는 서비스 제공: 물품배송, 서비스 제공, 계약서·청구서 발송, 요금결제·정산",
    ]),
    ("제2조(처리하는 개인정보의 항목)", [
        "회사는 다음의 개인정보 항목을 처리하고 있습니다.",
        "필수항목 : 이름, 아이디, 비밀번호, 휴대전화번호, 이메일 주소",
        "선택항목 : 생년월일, 성별, 주소",
        "서비스 이용 과정에서 IP주소, 쿠키, 서비스 이용기록, 접속 로그 등이 자동으로 생성되어 수집될 수 있습니다.",
    ]),
    ("제3조(개인정보의 처리 및 보유 기간)", [
        "회사는 법령에 따른 개인정보 보유·이용기간 내에서 개인정보를 처리·보유합니다.",
        "계약 또는 청약철회 등에 관한 기록 : 5년 (전자상거래 등에서의 소비자보호에 관한 법률)",
        "소비자의 불만 또는 분쟁처리에 관한 기록 : 3년 (전자상거래 등에서의 소비자보호에 관한 법률)",
        "웹사이트 방문기록 : 3개월 (통신비밀보호법)",
    ]),
    ("제4조(개인정보의 제3자 제공)", [
        "회사는 정보주체의 동의가 있는 경우에만 개인정보를 제3자에게 제공합니다.",
        "제공받는 자 : 주식회사 배송나라 / 제공 목적 : 상품 배송 / 제공 항목 : 이름, 주소, 연락처",
    ]),
    ("제5조(개인정보처리의 위탁)", [
        "회사는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.",
        "수탁업체 : 주식회사 결제서비스 / 위탁업무 : 결제 처리",
        "수탁업체 : 문자발송 주식회사 / 위탁업무 : 알림 문자 발송",
    ]),
    ("제6조(개인정보의 파기)", [
        "회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체없이 해당 "
        "개인정보를 파기합니다.",
    ]),
    ("제7조(정보주체의 권리·의무 및 행사방법)", [
        "정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다.",
    ]),
    ("제8조(개인정보의 안전성 확보조치)", [
        "회사는 개인정보의 안전성 확보를 위해 관리적, 기술적, 물리적 조치를 하고 있습니다.",
    ]),
    ("제9조(개인정보 보호책임자)", [
        "개인정보 보호책임자 : 홍길동 (개인정보보호팀장, privacy@example.com)",
    ]),
]

# A long prose paragraph is made of these sentences, repeated.
SENTENCES = [
    "회사는 서비스 제공을 위하여 필요한 최소한의 개인정보를 수집하며, 수집한 개인정보는 고지한 목적 외의 용도로는 "
    "이용하지 않습니다.",
    "이용자는 개인정보의 수집·이용에 대한 동의를 거부할 권리가 있으며, 동의를 거부할 경우 회원 가입이 제한될 수 있습니다.",
    "회사는 회원 탈퇴 시 지체 없이 개인정보를 파기하되, 관계 법령에 따라 보존할 필요가 있는 경우 해당 기간 동안 보관합니다.",
    "서비스 이용 과정에서 접속 IP 정보, 쿠키, 방문 일시, 서비스 이용 기록 등이 생성되어 수집될 수 있습니다.",
]


def _repeat(unit: str, size: int) -> str:
    """`unit` repeated until the UTF-8 text holds about `size` bytes."""
    n = max(1, size // max(1, len(unit.encode("utf-8"))))
    return unit * n


def _prose(size: int) -> str:
    return _repeat(" ".join(SENTENCES) + " ", size).strip()


def _text_page(hostile: str, section: int = 2) -> str:
    """The skeleton as plain text with the hostile line put into one section."""
    lines = []
    for i, (heading, body) in enumerate(SKELETON):
        lines.append(heading)
        lines.extend(body)
        if i == section:
            lines.append(hostile)
        lines.append("")
    return "\n".join(lines) + "\n"


def _html_page(hostile_html: str, section: int = 2, sep: str = "\n") -> str:
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>개인정보 처리방침</title></head><body>"]
    for i, (heading, body) in enumerate(SKELETON):
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        parts.extend(f"<p>{html.escape(line)}</p>" for line in body)
        if i == section:
            parts.append(hostile_html)
    parts.append("</body></html>")
    return sep.join(parts)


def _encode(text: str) -> bytes:
    return text.encode("utf-8")


# --- the shapes -----------------------------------------------------------------------


def minified_page(size: int) -> tuple[str, bytes]:
    """A whole page minified onto one line: every section repeated, no newline anywhere."""
    sections = []
    for heading, body in SKELETON[1:]:
        sections.append(f"<h2>{html.escape(heading)}</h2>" + "".join(f"<p>{html.escape(b)}</p>" for b in body)
                        + "<table><tr><th>구분</th><th>보유기간</th></tr><tr><td>방문기록</td><td>3개월</td></tr></table>")
    body = _repeat("".join(sections), size)
    return ".html", _encode(_html_page(body, section=0, sep=""))


def one_line_paragraph(size: int) -> tuple[str, bytes]:
    """A Korean paragraph of `size` bytes as one line of a text file (pasted from a PDF or a CMS)."""
    return ".txt", _encode(_text_page(_prose(size)))


def one_line_text(size: int) -> tuple[str, bytes]:
    """The whole policy as one text line, no newline at all: headings, lists and prose run together."""
    unit = " ".join(line for heading, body in SKELETON for line in (heading, *body)) + " "
    return ".txt", _encode(_repeat(unit, size))


def one_line_markdown(size: int) -> tuple[str, bytes]:
    """A Markdown paragraph with links, emphasis and tab-separated cells, all on one line."""
    unit = ("[개인정보 처리방침](https://example.com/privacy) **필수항목**: 이름, 이메일\t"
            + SENTENCES[0] + " [링크 " + SENTENCES[3] + " (괄호 " + SENTENCES[1] + " ")
    return ".md", _encode(_text_page(_repeat(unit, size)))


def tab_line(size: int) -> tuple[str, bytes]:
    """A text line of many tab-separated cells, and one long line with a single tab at its end."""
    cells = _repeat("이름\t이메일\t 휴대전화번호\t", size // 2)
    return ".txt", _encode(_text_page(cells + "\n" + _prose(size // 2) + "\t끝"))


def curly_template(size: int) -> tuple[str, bytes]:
    """A page whose text is full of `{{`, `{%` and `{#` that never close (a template shown raw)."""
    unit = "<p>{{ 이름 {% 회원 {# 메모 {{ 값 " + html.escape(SENTENCES[3]) + "</p>"
    return ".html", _encode(_html_page(_repeat(unit, size)))


def percent_template(size: int) -> tuple[str, bytes]:
    """A page full of `<%` openers that never close (server code cut off by a scraper)."""
    unit = "<p><% 코드 <% 값 <%= 이름 " + html.escape(SENTENCES[2]) + "</p>"
    return ".html", _encode(_html_page(_repeat(unit, size)))


def markdown_links(size: int) -> tuple[str, bytes]:
    """Markdown full of `[`, `](` and `**` that never close (last on the page: no `)` after them)."""
    unit = "[항목 ](주소 [이름 **강조 " + SENTENCES[3] + " "
    return ".md", _encode(_text_page(_repeat(unit, size), section=len(SKELETON) - 1))


def wide_pipe_table(size: int) -> tuple[str, bytes]:
    """A pipe table of 24 columns whose rows have 12 cells filled: the repair must not try C(24, 12)."""
    header = "| " + " | ".join(f"항목{j}" for j in range(24)) + " |"
    full = "| " + " | ".join((["5년", "전자상거래법", "주식회사 예시", "이름, 이메일, 주소"] * 6)[:24]) + " |"
    short = "| " + " | ".join(["3개월", "통신비밀보호법", "홍길동 센터", "성명, 연락처, 주소", "기록", "메모"] * 2) + " |"
    rows = _repeat(short + "\n", max(0, size - len(header) - len(full)))
    return ".txt", _encode(_text_page("\n".join([header, full, rows.rstrip("\n")]), section=3))


def span_bomb(size: int) -> tuple[str, bytes]:
    """Rows of 50 cells each spanning 200 rows and 30 columns: a naive grid expands to gigabytes."""
    row = "<tr>" + '<td rowspan="200" colspan="30">값</td>' * 50 + "</tr>"
    return ".html", _encode(_html_page("<table>" + _repeat(row, size) + "</table>"))


def deep_nesting(size: int) -> tuple[str, bytes]:
    n = max(1, size // 11)
    return ".html", _encode(_html_page("<div><span>" * n + "개인정보" + "</span></div>" * n))


def tiny_tables(size: int) -> tuple[str, bytes]:
    unit = "<table><tr><th>구분</th><th>보유기간</th></tr><tr><td>방문기록</td><td>3개월</td></tr></table>"
    return ".html", _encode(_html_page(_repeat(unit, size)))


def huge_cell(size: int) -> tuple[str, bytes]:
    cell = html.escape(_prose(size))
    table = f"<table><tr><th>수집항목</th><th>보유기간</th></tr><tr><td>{cell}</td><td>5년</td></tr></table>"
    return ".html", _encode(_html_page(table))


def comma_run(size: int) -> tuple[str, bytes]:
    """`수집항목: ,,,,…` and a list of a hundred thousand short items on one line."""
    half = max(1, size // 2)
    return ".txt", _encode(_text_page("수집항목 : " + "," * half + "\n필수항목 : " + _repeat("이름, ", half)))


def br_run(size: int) -> tuple[str, bytes]:
    return ".html", _encode(_html_page("<p>" + _repeat("이름<br>", size) + "</p>"))


def long_words(size: int) -> tuple[str, bytes]:
    """Words of thousands of letters with no space (Hangul, Latin, digits)."""
    word = _repeat("개인정보수집항목", size // 2) + " " + "a" * (size // 8) + " " + "1" * (size // 8)
    return ".txt", _encode(_text_page(word))


def long_heading(size: int) -> tuple[str, bytes]:
    """A heading that is one endless word of 수집 (heading patterns run over a whole heading)."""
    return ".html", _encode(_html_page("<h3>" + _repeat("수집", size // 2) + "</h3><p>이름, 이메일</p>"))


def bracket_run(size: int) -> tuple[str, bytes]:
    """Long runs of unclosed `(`, `[`, `<`, `「` and `{`, alone and between words."""
    n = max(1, size // 8)
    return ".txt", _encode(_text_page("(" * n + "\n" + "[" * n + "\n" + "「이름 " * (n // 4) + "\n"
                                      + "<이름 " * (n // 4) + "\n" + "(이름, " * (n // 4)))


def colon_run(size: int) -> tuple[str, bytes]:
    """A line of many `label :` pairs, and one of colons with no label."""
    half = max(1, size // 2)
    return ".txt", _encode(_text_page(_repeat("수탁업체 : 예시 - ", half) + "\n" + ":" * (half // 2)))


def wide_row_tables(size: int) -> tuple[str, bytes]:
    """A pipe table and a tab table whose one very wide row sits over many short rows: padding every
    row to the widest one would square the input."""
    quarter = max(1, size // 4)
    pipe = "| 구분 | 기간 |\n|" + " a |" * (quarter // 4) + "\n" + _repeat("| 기록 | 5년 |\n", quarter)
    tabs = "구분\t기간\n가" + "\t" * (quarter // 2) + "나\n" + _repeat("기록\t5년\n", quarter)
    return ".txt", _encode(_text_page(pipe + "\n" + tabs, section=3))


def colspan_wall(size: int) -> tuple[str, bytes]:
    """A table whose every cell spans 30 columns: legal markup that multiplies the cells thirtyfold."""
    row = "<tr>" + '<td colspan="30">보관</td>' * 10 + "</tr>"
    return ".html", _encode(_html_page("<table>" + _repeat(row, size) + "</table>"))


def space_runs(size: int) -> tuple[str, bytes]:
    """Words apart by long runs of newlines (kept inside an HTML paragraph) and of em spaces, in every
    section an extractor reads: item lists, retention lines, recipients and processors."""
    n = max(1, size // 40)
    lines = ["수집항목 : 이름", "- 이메일", "등 연락처", "보존 기간 : 5년", "- 보존 근거 : 통신비밀보호법", "/ 3개월",
             "수탁업체 : 예시(주)", "/ 결제", "— 위탁업무를 이용", "제공받는 자 : 배송(주)", ": 배송", "을 위탁"]
    runs = "".join("<p>" + ("\n" * n).join(lines) + "</p><p>" + ("\u2003" * n).join(lines) + "</p>" for _ in range(2))
    sections = [f"<h2>{heading}</h2>{runs}" for heading in ("제2조(처리하는 개인정보의 항목)", "제3조(개인정보의 보유 기간)",
                                                             "제4조(개인정보의 제3자 제공)", "제5조(개인정보처리의 위탁)")]
    return ".html", _encode(_html_page("".join(sections)))


def digit_runs(size: int) -> tuple[str, bytes]:
    """Long runs of digits and of `1.` outline numbers, next to words that make them look like periods."""
    third = max(1, size // 3)
    return ".txt", _encode(_text_page("보유기간 : " + "1" * third + "년 보관\n" + "1." * (third // 2) + "1 항목\n"
                                      + "1." * (third // 2) + "x", section=3))


def etc_run(size: int) -> tuple[str, bytes]:
    """Item lists ending `등 등 등 … x` and `등등등… x`: an ambiguous repetition backtracks exponentially on them."""
    half = max(1, size // 2)
    return ".txt", _encode(_text_page("필수항목 : 이름, " + _repeat("등 ", half) + "x, 이메일\n"
                                      "선택항목 : 주소, " + _repeat("등", half) + " x, 생년월일"))


def nested_lists(size: int) -> tuple[str, bytes]:
    """Item lists nested or chained far deeper than any policy: brackets in brackets, `A의 B의 C의 …`,
    `가 및 가 및 …` and `가와 나와 …` without a comma."""
    quarter = max(1, size // 4)
    n = quarter // 4
    lines = ["필수항목 : 이름" + "(" * n + "주소" + ")" * n,
             "필수항목 : " + _repeat("법정대리인의 ", quarter) + "연락처",
             "필수항목 : " + _repeat("가 및 ", quarter) + "끝",
             "필수항목 : " + _repeat("이름과 주소와 ", quarter) + "연락처"]
    return ".txt", _encode(_text_page("\n".join(lines)))


def many_sections(size: int) -> tuple[str, bytes]:
    """Thousands of small numbered sections, each with an item list, a retention line and a processor."""
    unit = ("제{n}조(개인정보의 보유 기간)\n{word} 기록 : {years}년\n"
            "제{n}조의2(수집 항목)\n필수항목 : 이름{n}, 이메일{n}\n제{n}조의3(위탁)\n수탁업체 : 예시{n} 주식회사 / 위탁업무 : 결제\n")
    body, n = [], 0
    while sum(map(len, body)) * 3 < size:
        n += 1
        word = chr(0xAC00 + n % 11172) + chr(0xAC00 + n * 7 % 11172)  # a record named differently each time
        body.append(unit.format(n=n, word=word, years=n % 9 + 1))
    return ".txt", _encode(_text_page("".join(body)))


def long_tables(size: int) -> tuple[str, bytes]:
    """Retention, item and processor tables of thousands of rows each."""
    n = max(1, size // 300)
    retention = "<tr><th>보존 항목</th><th>근거 법령</th><th>보존 기간</th></tr>" + "".join(
        f"<tr><td>거래 기록 {i}</td><td>전자상거래 등에서의 소비자보호에 관한 법률</td><td>{i}개월</td></tr>" for i in range(n))
    items = "<tr><th>구분</th><th>수집항목</th></tr>" + "".join(
        f"<tr><td>서비스 {i}</td><td>이름{i}, 이메일{i}, 휴대전화번호</td></tr>" for i in range(n))
    processors = "<tr><th>수탁업체</th><th>위탁업무</th></tr>" + "".join(
        f"<tr><td>예시{i} 주식회사</td><td>결제 처리 {i}</td></tr>" for i in range(n))
    return ".html", _encode(_html_page("".join(f"<table>{t}</table>" for t in (retention, items, processors))))


def comment_banner(size: int) -> tuple[str, bytes]:
    """A text opening with banner lines of slashes, the way source files open: is it a JavaScript module?"""
    banner = "/" * 120 + "\n" + _repeat("// " + "/" * 60 + "\n", min(size // 2, 40_000))
    return ".txt", _encode(banner + _text_page(_prose(size // 2)))


SHAPES = {
    "minified_page": minified_page,
    "one_line_paragraph": one_line_paragraph,
    "one_line_text": one_line_text,
    "one_line_markdown": one_line_markdown,
    "tab_line": tab_line,
    "curly_template": curly_template,
    "percent_template": percent_template,
    "markdown_links": markdown_links,
    "wide_pipe_table": wide_pipe_table,
    "span_bomb": span_bomb,
    "deep_nesting": deep_nesting,
    "tiny_tables": tiny_tables,
    "huge_cell": huge_cell,
    "comma_run": comma_run,
    "br_run": br_run,
    "long_words": long_words,
    "long_heading": long_heading,
    "bracket_run": bracket_run,
    "colon_run": colon_run,
    "wide_row_tables": wide_row_tables,
    "colspan_wall": colspan_wall,
    "space_runs": space_runs,
    "digit_runs": digit_runs,
    "etc_run": etc_run,
    "nested_lists": nested_lists,
    "many_sections": many_sections,
    "long_tables": long_tables,
    "comment_banner": comment_banner,
}


def write(shape: str, size: int, folder: Path) -> Path:
    """Write one hostile input of about `size` bytes into `folder`; returns its path."""
    suffix, data = SHAPES[shape](size)
    path = Path(folder) / f"{shape}_{size // 1000}k{suffix}"
    path.write_bytes(data)
    return path


# --- measuring documents in a child process ---------------------------------------------

_CHILD = """
import gc, json, resource, sys
from pathlib import Path
from pipeline.ingest import RawInput, input_format
from pipeline.process import process_input

def run(path):
    path = Path(path)
    return process_input(RawInput(path.stem, path, input_format(path)))

run(sys.argv[1])  # warm-up: Kiwi, lexicons and compiled patterns are loaded once per worker
gc.freeze()  # as a run's workers have it (pipeline/executors.py): no collection walks what the warm-up loaded
for path in sys.argv[2:]:
    gc.collect()  # the page before's garbage is not collected on this page's clock
    before = resource.getrusage(resource.RUSAGE_SELF)
    result = run(path)
    after = resource.getrusage(resource.RUSAGE_SELF)
    row = result.rows["documents"][0]
    print(json.dumps({
        "path": path, "cpu": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
        "rss_mb": after.ru_maxrss / 1024, "base_rss_mb": before.ru_maxrss / 1024,
        "status": row["status"], "error": row["error"], "warnings": row.get("extraction_warnings"),
        "rows": {t: len(r) for t, r in result.rows.items()},
    }), flush=True)
"""

RSS_LIMIT_MB = 3000  # a child past this is killed: the machine is shared


def measure(paths: list[Path], timeout: float = 300.0) -> list[dict]:
    """CPU seconds and peak RSS of `process_input` on each file, in order, in one fresh child process.

    The child first processes a small policy, so loading Kiwi and the lexicons is not counted in
    `cpu`; `rss_mb` is the child's peak so far (`base_rss_mb` before the file). A child that uses
    more than `timeout` seconds of CPU in all or `RSS_LIMIT_MB` is killed: the file it was on, and
    those after it, are reported with `killed` and no figures.
    """
    import psutil

    root = Path(__file__).resolve().parent.parent
    warm = Path(paths[0]).parent / "_warm_up.txt"
    warm.write_bytes(_encode(_text_page("")))
    env = {**os.environ, "PYTHONPATH": str(root)}
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(warm), *map(str, paths)], cwd=root, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc = psutil.Process(child.pid)
    killed = None
    while True:
        try:  # reading as it goes: a child blocked on a full pipe would never end
            out, err = child.communicate(timeout=0.05)
            break
        except subprocess.TimeoutExpired:
            pass
        try:
            rss_mb = proc.memory_info().rss / 2**20
            cpu = sum(proc.cpu_times()[:2])
        except psutil.NoSuchProcess:
            continue
        if rss_mb > RSS_LIMIT_MB:
            killed = f"killed: RSS over {RSS_LIMIT_MB} MB"
        elif cpu > timeout:
            killed = f"killed: over {timeout:.0f} s CPU"
        if killed:
            child.kill()
            out, err = child.communicate()
            break
    if child.returncode != 0 and not killed:
        raise RuntimeError(f"measuring {paths} failed: {err.strip().splitlines()[-1:]}")
    done = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return done + [{"path": str(p), "killed": killed or "no result", "cpu": None, "rss_mb": None}
                   for p in paths[len(done):]]
