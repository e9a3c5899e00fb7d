"""Text from policies is data: rich markup, terminal escapes, TeX and HTML in it are shown, never run."""
from datetime import date

import pytest

from pipeline import cli
from pipeline.writer import TableSetWriter

MARKUP_ORG = "[/b]에이[bold red]비씨[/]"
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202e"  # retitle, clear screen, C1 CSI, right-to-left override
TEX_ORG = "$\\frac{1}{$ 쇼핑 $x^$"  # not valid mathtext: matplotlib raises on it when parsing math
HTML_ORG = "<script>alert(1)</script> & 주식회사"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile") / "out"
    docs, processors, recipients = [], [], []
    for i, org in enumerate([MARKUP_ORG, TEX_ORG, HTML_ORG, f"이스케이프{ESCAPES}"]):
        doc_id = f"d{i}"
        docs.append({"doc_id": doc_id, "org_name": org, "status": "ok", "effective_date": date(2024, 1, 1)})
        processors.append({"doc_id": doc_id, "processor": org, "task": f"배송 {ESCAPES}", "evidence": org})
        recipients.append({"doc_id": doc_id, "recipient": org, "purpose": "[link=http://x]제휴[/link]"})
    with TableSetWriter(out) as writer:
        writer.write("documents", docs)
        writer.write("processors", processors)
        writer.write("third_parties", recipients)
        writer.write("findings", [{"doc_id": "d0", "check": "processor_without_task", "severity": "warning",
                                   "message": f"{HTML_ORG} {ESCAPES}", "evidence": TEX_ORG}])
    return out


def assert_no_controls(text: str) -> None:
    assert not [c for c in text if (ord(c) < 32 and c not in "\n\t") or 0x7f <= ord(c) <= 0x9f
                or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]


@pytest.mark.parametrize("argv, shown", [
    (["compare", "processors"], MARKUP_ORG),
    (["compare", "third_parties"], "이스케이프]0;pwned"),
    (["sql", "SELECT DISTINCT purpose FROM third_parties"], "[link=http://x]제휴[/link]"),
    (["compare", "processors", "--format", "md"], MARKUP_ORG),
    (["compare", "processors", "--format", "csv"], MARKUP_ORG),
    (["sql", "SELECT org_name, task FROM documents JOIN processors USING (doc_id)"], "배송 ]0;pwned[2J31m"),
    (["sql", "SELECT processor AS \"[bold]x[/\" FROM processors"], "[bold]x[/"),
])
def test_terminal_tables_show_markup_and_drop_escape_codes(hostile, capsys, argv, shown):
    assert cli.main([*argv, "--parquet", str(hostile)]) == 0
    out = capsys.readouterr().out
    assert shown in out
    assert_no_controls(out)


def test_show_prints_headings_literally(tmp_path, capsys):
    page = tmp_path / "page.md"
    page.write_text(f"# 개인정보처리방침 [red]{ESCAPES}\n\n## 1. 수집 항목 [/b]\n이름, 전화번호\n", "utf-8")
    assert cli.main(["show", str(page), "--text"]) == 0
    out = capsys.readouterr().out
    assert_no_controls(out)
    assert "[/b]" in out and "[red]" in out


def test_report_renders_tex_and_html_in_names_as_text(hostile, tmp_path):
    html_path = tmp_path / "r.html"
    assert cli.main(["report", "--parquet", str(hostile), "--out", str(html_path)]) == 0
    html = html_path.read_text("utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 주식회사" in html
    assert html.count("<svg") == 5


def test_charts_never_parse_math(tmp_path):
    import pandas as pd

    from pipeline import charts

    frame = pd.DataFrame({"processor": [TEX_ORG, "$5$ 배송"], "orgs": [2, 1]})
    fig = charts.top_bar(frame, "processor", TEX_ORG)
    svg = charts.to_svg(fig)  # draws every text: a math parse would raise here
    assert svg.startswith("<svg")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "$5$ 배송" in labels and all(not t.get_parse_math() for t in fig.axes[0].get_yticklabels())


def test_eval_show_drops_escape_codes(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "d0.json").write_text('{"doc_id": "d0", "collected_items": ["이름\\u001b[2J"]}', "utf-8")
    out = tmp_path / "out"
    with TableSetWriter(out) as writer:
        writer.write("documents", [{"doc_id": "d0", "status": "ok"}])
        writer.write("collected_items", [{"doc_id": "d0", "item": f"전화번호{ESCAPES}"}])
    assert cli.main(["eval", "--gold", str(gold), "--pred", str(out), "--show"]) == 0
    shown = capsys.readouterr().out
    assert "missed: 이름[2J" in shown and "extra:  전화번호" in shown
    assert_no_controls(shown)
