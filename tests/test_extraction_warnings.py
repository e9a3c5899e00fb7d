"""Extraction warnings on real policies: quiet where extraction worked, naming the place where it did not."""
import re
from pathlib import Path

import duckdb

from pipeline.cli import main
from pipeline.document import build_document
from pipeline.extraction_warnings import extraction_warnings
from pipeline.ingest import decode_bytes, input_format
from pipeline.metadata import policy_verdict
from pipeline.run import extract_document
from tests.conftest import RAW, ROOT

HELDOUT = ROOT / "data" / "heldout" / "raw"


def real(path: Path, text: str | None = None):
    if text is None:
        text, _ = decode_bytes(path.read_bytes())
    return build_document(path.stem, str(path), text, input_format(path))


def codes(warnings: list[str]) -> list[str]:
    return [w.split(":", 1)[0] for w in warnings]


def test_well_read_policies_have_no_warning():
    for path in (RAW / "004_df645b5aa5c3ef0b.txt", HELDOUT / "hoc06.html"):
        doc = real(path)
        assert extraction_warnings(doc, "ok", extract_document(doc)) == [], path.name


def test_a_processor_table_that_gave_no_row_is_named():
    doc = real(HELDOUT / "hoc06.html")
    rows = extract_document(doc)
    assert rows["processors"]
    rows["processors"] = []  # what extraction gives when the table's columns are not understood
    warnings = extraction_warnings(doc, "ok", rows)
    assert "processors_section_without_processors: 7. 개인정보 취급 위탁" in warnings
    assert any(w.startswith("table_not_read: 7. 개인정보 취급 위탁: table [위탁 받는 자 | 위탁 업무]") for w in warnings)


def test_lost_items_are_flagged_by_section_and_by_count():
    doc = real(HELDOUT / "hoc06.html")
    rows = extract_document(doc)
    assert len(rows["collected_items"]) > 20
    rows["collected_items"] = rows["collected_items"][:2]
    assert "few_items: 2 collected items" in extraction_warnings(doc, "ok", rows)
    rows["collected_items"] = []  # the items section gave nothing
    warnings = extraction_warnings(doc, "ok", rows)
    assert "items_section_without_items: 1. 수집하는 개인정보 항목" in warnings
    assert "few_items: 0 collected items" in warnings


def test_unfilled_template_slots_and_statutory_exceptions_are_not_flagged():
    doc = real(Path("template.txt"), """개인정보 처리방침
주식회사 예시는 개인정보 보호법에 따라 다음과 같이 처리방침을 둡니다.
1. 처리하는 개인정보 항목
회사는 성명, 휴대전화번호, 이메일을 수집합니다.
2. 개인정보의 제3자 제공
회사는 정보주체의 동의, 법률의 특별한 규정 등 개인정보 보호법 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.
3. 개인정보처리의 위탁
회사는 서비스 이행을 위해 아래와 같이 외부 전문업체에 위탁하여 운영하고 있습니다.
위탁 대상자 : [택배사 이름]
위탁업무 내용 : [택배사 위탁 내용]
""")
    assert extraction_warnings(doc, "ok", extract_document(doc)) == []


def test_a_rejected_page_that_calls_itself_a_policy():
    text, _ = decode_bytes((RAW / "000_5cf176f47107bd25.txt").read_bytes())
    doc = real(RAW / "000_5cf176f47107bd25.txt", text[:700])  # the title and table of contents only
    assert policy_verdict(doc) is not None
    assert extraction_warnings(doc, "not_policy") == ["rejected_policy_like: titled '개인정보처리방침'"]


def test_a_page_whose_text_is_one_block():
    html, _ = decode_bytes((HELDOUT / "hoc02.html").read_bytes())
    # every block element turned into a span, as on pages built of styled inline elements
    flat = re.sub(r"<(/?)(?:p|div|li|ul|ol|dl|dt|dd|h\d|table|tbody|thead|tr|td|th|br)\b[^>]*>", r"<\1span>", html, flags=re.I)
    doc = real(HELDOUT / "hoc02.html", flat)
    warnings = extraction_warnings(doc, "ok", extract_document(doc))
    assert "text_in_one_block" in codes(warnings)


def test_the_documents_column_end_to_end(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    seed = RAW / "004_df645b5aa5c3ef0b.txt"
    (raw / "good.txt").write_bytes(seed.read_bytes())
    text, _ = decode_bytes((RAW / "000_5cf176f47107bd25.txt").read_bytes())
    (raw / "contents_only.txt").write_text(text[:700], "utf-8")
    (raw / "empty.html").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["run", str(raw), "--out", str(out), "--workers", "0", "--no-progress"]) == 0
    got = dict(duckdb.sql(f"""
        SELECT doc_id, list_filter(extraction_warnings, lambda w: starts_with(w, 'rejected_policy_like'))
        FROM '{out}/documents/*.parquet'""").fetchall())
    assert got == {"good": [], "contents_only": ["rejected_policy_like: titled '개인정보처리방침'"], "empty": None}
    [(kind,)] = duckdb.sql(f"SELECT typeof(extraction_warnings) FROM '{out}/documents/*.parquet' LIMIT 1").fetchall()
    assert kind == "VARCHAR[]"
