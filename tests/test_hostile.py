"""Hostile pages cost time and memory in proportion to their size (tests/hostile.py makes them).

No assertion here is a timing: the CPU of each page is measured in a child process at two sizes,
and the larger page (4×) may cost at most 6× the smaller one, where a quadratic spot costs 16×.
Memory is asserted in absolute terms (it does not depend on the machine's load). Absolute times
are in bench/hostile.py and the README.
"""
import random
import re
from collections import Counter
from itertools import combinations

import pytest

from pipeline.clean import html_blocks, strip_template_code, text_blocks
from pipeline.tables import _fit, _kind, build_pipe_table, repair_short_row
from tests.hostile import SHAPES, measure, write

SMALL = 50_000
GROWTH_LIMIT = 6  # 4× the input; linear work is 4×, quadratic 16×
FLOOR_CPU = 0.02  # below this a measurement is noise


@pytest.fixture(scope="module")
def costs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    paths = {(shape, size): write(shape, size, folder) for shape in SHAPES for size in (SMALL, 4 * SMALL)}
    results = measure(list(paths.values()), timeout=600)
    return {key: result for key, result in zip(paths, results)}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_cost_grows_linearly_with_the_page(costs, shape):
    small, large = costs[(shape, SMALL)], costs[(shape, 4 * SMALL)]
    assert not small.get("killed") and not large.get("killed"), (small, large)
    assert large["status"] != "error", large["error"]
    assert large["cpu"] <= GROWTH_LIMIT * max(small["cpu"], FLOOR_CPU), (shape, small["cpu"], large["cpu"])


def test_hostile_pages_are_still_read(costs):
    # Bounding the work must not cost the content: the minified page and the raw template page are
    # read as policies with their items and retention periods.
    for shape in ("minified_page", "curly_template", "percent_template", "one_line_paragraph"):
        result = costs[(shape, 4 * SMALL)]
        assert result["status"] == "ok", (shape, result)
        assert result["rows"]["collected_items"] > 0 and result["rows"]["retention"] > 0, (shape, result)


def test_a_one_megabyte_span_bomb_and_line_stay_under_a_gigabyte(tmp_path):
    bomb = write("span_bomb", 1_000_000, tmp_path)
    line = write("one_line_text", 1_000_000, tmp_path)
    results = measure([bomb, line], timeout=600)
    for result in results:
        assert not result.get("killed"), result
        assert result["rss_mb"] < 1024, result
    assert results[0]["status"] == "ok"
    assert any(w.startswith("table_cut: ") for w in results[0]["warnings"])  # the cut is reported


def test_merged_cells_are_copied_only_up_to_four_times_the_table():
    row = "<tr>" + '<td rowspan="200" colspan="30">값</td>' * 50 + "</tr>"
    [table] = [b.table for b in html_blocks("<table>" + row * 400 + "</table>") if b.table is not None]
    assert sum(len(r) for r in table.rows) <= 4 * 50 * 400 + 100
    assert table.cut and "merged cells" in table.cut
    assert all(cell == "값" for r in table.rows for cell in r if cell)
    # A real table with merged cells is expanded in full and carries no note.
    html = """<table><tr><th>구분</th><th>근거</th><th>기간</th></tr>
      <tr><td>계약 기록</td><td rowspan="2">전자상거래법</td><td>5년</td></tr><tr><td>결제 기록</td><td>5년</td></tr>
      <tr><td colspan="3">부칙</td></tr></table>"""
    [table] = [b.table for b in html_blocks(html) if b.table is not None]
    assert table.cut is None
    assert table.rows[2] == ["결제 기록", "전자상거래법", "5년"] and table.rows[3] == ["부칙"] * 3


def test_cells_spanning_down_far_right_of_short_rows_do_not_open_gaps_in_every_row():
    # One wide row whose last cell spans all rows below, each of which holds one cell at the left:
    # expanded, every row would be as wide as the first one.
    html = ("<table><tr>" + "<td>a</td>" * 999 + '<td rowspan="1000">z</td></tr>'
            + "<tr><td>b</td></tr>" * 999 + "</table>")
    [table] = [b.table for b in html_blocks(html) if b.table is not None]
    assert sum(len(r) for r in table.rows) <= 4 * 1999 + 100
    assert table.rows[1] == ["b"] and table.cut and "kept as written" in table.cut


def test_one_very_wide_row_does_not_pad_every_other_row():
    html = "<table><tr>" + "<td>a</td>" * 5000 + "</tr>" + "<tr><td>b</td><td>c</td></tr>" * 2000 + "</table>"
    [table] = [b.table for b in html_blocks(html) if b.table is not None]
    assert sum(len(r) for r in table.rows) < 4 * 9000 + 100
    assert table.rows[1] == ["b", "c"]
    tabs = "구분\t기간\n가" + "\t" * 5000 + "나\n" + "기록\t5년\n" * 2000
    [table] = [b.table for b in text_blocks(tabs) if b.table is not None]
    assert sum(len(r) for r in table.rows) < 4 * 9000 + 100
    assert table.rows[-1] == ["기록", "5년"]


def test_a_24_column_pipe_table_with_12_cells_a_row_is_repaired_cell_by_cell(monkeypatch):
    calls = Counter()
    monkeypatch.setattr("pipeline.tables._fit", lambda *a: calls.update(["fit"]) or _fit(*a))
    full = ["5년", "전자상거래법", "예시 주식회사", "이름, 이메일, 전화번호"] * 6  # a period, a law, an organization, a list
    other = {"period": "3개월", "law": "통신비밀보호법", "org": "홍길동 센터", "list": "성명, 연락처, 생년월일"}
    # Twelve cells of the kinds of columns 1 to 12, written from column 0: each belongs one column right.
    short = [other[_kind(full[j + 1])] for j in range(12)] + [""] * 12
    lines = ["| " + " | ".join(row) + " |" for row in ([f"항목{j}" for j in range(24)], full, short)]
    rows, n_header = build_pipe_table(lines)
    assert n_header == 1 and len(rows) == 3
    assert rows[2] == [full[0]] + short[:12] + full[13:]
    assert calls["fit"] <= 24 * 12  # one score per cell and column, not one per each of C(24, 12) = 2,704,156 placements


def _brute_force_repair(cells, previous, columns, header):
    """The placement the repair used to search for: every order-keeping choice of columns."""
    n, values = len(previous), [c for c in cells if c]
    best, best_score = None, -1.0
    for slots in combinations(range(n), len(values)):
        score = sum(_fit(_kind(v), columns[s], header[s] if s < len(header) else "") for v, s in zip(values, slots))
        score -= 0.001 * sum(slots)
        if score > best_score:
            best, best_score = slots, score
    row = list(previous)
    for v, s in zip(values, best):
        row[s] = v
    return row


def test_pipe_table_repair_finds_the_placement_an_exhaustive_search_finds():
    pool = ["5년", "3개월", "전자상거래법", "통신비밀보호법", "(주)예시", "홍길동 센터", "이름, 이메일, 주소", "기록", "탈퇴 시까지"]
    labels = ["구분", "보유기간", "근거법령", "수집항목", "수탁자", "비고", ""]
    rng = random.Random(11)
    for _ in range(3000):
        n = rng.randint(2, 8)
        columns = [Counter(_kind(rng.choice(pool)) for _ in range(rng.randint(0, 3))) for _ in range(n)]
        header = [rng.choice(labels) for _ in range(rng.randint(0, n))]
        previous = [rng.choice(pool) for _ in range(n)]
        cells = [rng.choice(pool + [""]) for _ in range(rng.randint(1, n))]
        if not any(cells) or sum(1 for c in cells if c) >= n:
            continue
        assert repair_short_row(cells, previous, columns, header) == _brute_force_repair(cells, previous, columns, header)


_LAZY_TEMPLATE = [re.compile(r"<%[\s\S]*?%>"), re.compile(r"<\?(?:php|=)?[\s\S]*?(?:\?>|$)"),
                  re.compile(r"\{\{[\s\S]*?\}\}"), re.compile(r"\{%[\s\S]*?%\}"), re.compile(r"\{#[\s\S]*?#\}")]


def test_template_code_is_cut_as_the_lazy_patterns_cut_it():
    rng = random.Random(5)
    pieces = ["<%", "%>", "{{", "}}", "{%", "%}", "{#", "#}", "<?", "?>", "<", "%", "{", "}", "#", "가", " ", "\n"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = text
        for pattern in _LAZY_TEMPLATE:
            expected = pattern.sub(" ", expected)
        assert strip_template_code(text) == expected, text
