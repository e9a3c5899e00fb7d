import re
import warnings
from datetime import date
from html.parser import HTMLParser

import pandas as pd
import pytest

from pipeline import charts, cli
from pipeline.writer import TableSetWriter

from conftest import RAW


class Page(HTMLParser):
    """The parts of the report a test looks at: tags, rows by organization, text per element id."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.org_rows: list[str] = []
        self.text_by_id: dict[str, list[str]] = {}
        self._open_ids: list[tuple[str, str]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "tr" and "data-org" in attrs:
            self.org_rows.append(attrs["data-org"])
        if "id" in attrs and tag in ("section", "table", "script", "figure"):
            self._open_ids.append((tag, attrs["id"]))
            self.text_by_id[attrs["id"]] = []

    def handle_endtag(self, tag):
        if self._open_ids and self._open_ids[-1][0] == tag:
            self._open_ids.pop()

    def handle_data(self, data):
        for _, element_id in self._open_ids:
            self.text_by_id[element_id].append(data)

    def text(self, element_id: str) -> str:
        return " ".join(" ".join(self.text_by_id[element_id]).split())


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    out = tmp / "parquet"
    assert cli.main(["run", str(RAW), "--out", str(out), "--no-progress", "--workers", "0"]) == 0
    html_path = tmp / "report.html"
    assert cli.main(["report", "--parquet", str(out), "--out", str(html_path)]) == 0
    return html_path.read_text("utf-8")


def test_report_is_one_self_contained_page(seed_report):
    page = Page(seed_report)
    tags = [t for t, _ in page.tags]
    assert tags.count("svg") == 5  # items, retention, processors, recipients, findings
    assert "link" not in tags and "img" not in tags and "iframe" not in tags
    assert not [a for t, a in page.tags if t == "script" and "src" in a]
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", seed_report)


def test_report_content_on_the_seed_documents(seed_report):
    page = Page(seed_report)
    summary = page.text("summary")
    assert "3 documents" in summary and "3 organizations" in summary
    assert len(set(page.org_rows)) == 3
    assert "메가존아이티평생교육원" in page.text("org-table")
    retention = page.text("retention-table")
    assert "전자상거래법" in retention and "계약 또는 청약철회 등에 관한 기록" in retention
    assert "본인확인에 관한 기록" in retention and "폐지 2014-05-28" in retention
    assert "processor" in page.text("processor-table")
    charts_text = page.text("charts")
    assert "Distinct collected items per category" in charts_text


def test_search_box_filters_rows_tagged_with_their_organization(seed_report):
    page = Page(seed_report)
    [(_, box)] = [(t, a) for t, a in page.tags if t == "input"]
    assert box["id"] == "org-search" and box["type"] == "search"
    script = seed_report[seed_report.index("<script>"):seed_report.index("</script>")]
    assert 'getElementById("org-search")' in script and "tr[data-org]" in script and "row.hidden" in script
    # Rows carry the lower-cased name the script matches against.
    assert all(org == org.lower() for org in page.org_rows)


def test_findings_section_escapes_text_and_tags_rows(tmp_path):
    out = tmp_path / "parquet"
    with TableSetWriter(out) as writer:
        writer.write("documents", [{"doc_id": "d1", "org_name": "Acme 쇼핑", "status": "ok",
                                    "effective_date": date(2024, 1, 1)},
                                   {"doc_id": "d2", "org_name": "라마바 병원", "status": "ok"}])
        writer.write("findings", [
            {"doc_id": "d1", "check": "processor_without_task", "severity": "warning",
             "message": "processor '<b>X</b>' is listed with no task", "section_no": 5, "evidence": "X & Y"},
            {"doc_id": "d2", "check": "identifier_without_legal_basis", "severity": "error",
             "message": "collects 주민등록번호 with no legal basis stated near it", "section_no": 2},
        ])
    html_path = tmp_path / "r.html"
    assert cli.main(["report", "--parquet", str(out), "--out", str(html_path)]) == 0
    html = html_path.read_text("utf-8")
    assert "&lt;b&gt;X&lt;/b&gt;" in html and "<b>X</b>" not in html and "X &amp; Y" in html
    page = Page(html)
    findings = page.text("findings-table")
    assert "주민등록번호" in findings and "error" in findings
    assert page.org_rows.count("acme 쇼핑") == 2  # its organization row and its finding
    assert "No rows." in page.text("retention")  # no retention rows: an empty note, not an error


def test_report_to_an_unwritable_path_is_a_user_error(tmp_path, capsys):
    out = tmp_path / "parquet"
    with TableSetWriter(out) as writer:
        writer.write("documents", [{"doc_id": "d1", "org_name": "가", "status": "ok"}])
    assert cli.main(["report", "--parquet", str(out), "--out", str(tmp_path / "no" / "dir" / "r.html")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_korean_font_renders_hangul_without_missing_glyphs():
    assert charts.use_korean_font() == "NanumGothic"
    assert charts.korean_font_path().is_file()
    frame = pd.DataFrame({"processor": ["엔에이치엔(주)", "카카오"], "orgs": [3, 1]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font(s)" for tofu
        png = charts.to_png(charts.top_bar(frame, "processor", "가장 흔한 수탁자"))
        svg = charts.to_svg(charts.top_bar(frame, "processor", "가장 흔한 수탁자"))
    assert png.startswith(b"\x89PNG") and len(png) > 5_000
    assert svg.startswith("<svg") and "<text" not in svg  # glyphs are paths: no font needed to view it


def test_charts_with_no_rows_say_so():
    for fig in (charts.items_heatmap(pd.DataFrame()), charts.top_bar(pd.DataFrame(), "x", "제목"),
                charts.findings_chart(pd.DataFrame())):
        texts = [t.get_text() for ax in fig.axes for t in ax.texts]
        assert texts == [charts.NO_DATA]
