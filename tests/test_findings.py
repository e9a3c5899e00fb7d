import csv
from datetime import date
from importlib import resources

import pyarrow as pa
import pytest

from pipeline import findings
from pipeline.document import build_document
from extractors.statutes import match_statute, normalize_law
from pipeline.findings import findings_for, period_label, same_period
from pipeline.schemas import FINDINGS

FULL_POLICY = """# 개인정보처리방침

## 1. 개인정보의 처리 목적
회사는 회원 관리를 위하여 개인정보를 처리합니다.

## 2. 처리하는 개인정보의 항목
이름, 이메일

## 3. 개인정보의 처리 및 보유기간과 파기절차
회원 탈퇴 시까지 보유하며 지체 없이 파기합니다.

## 4. 정보주체의 권리·의무 및 행사방법
정보주체는 열람을 요구할 수 있습니다.

## 5. 개인정보의 안전성 확보 조치
개인정보를 암호화하여 저장합니다.

## 6. 개인정보 보호책임자
성명: 홍길동

## 7. 권익침해 구제방법
개인정보분쟁조정위원회에 분쟁해결을 신청할 수 있습니다.

시행일: 2024년 1월 1일
"""


def doc_of(text: str, fmt: str = "markdown"):
    return build_document("t1", "t1.md", text, fmt)


def run(text: str, check: str, **rows) -> list[dict]:
    return [f for f in findings_for(doc_of(text), rows) if f["check"] == check]


# ---------------------------------------------------------------- reference data


def test_reference_file_is_complete_and_well_formed():
    text = resources.files("extractors").joinpath("data/statutory_retention.csv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    for row in rows:
        assert row["law"] and row["record"] and row["keywords"] and row["source"], row
        assert row["status"] in {"in_force", "repealed"}
        assert (row["status"] == "repealed") == bool(row["repealed_since"])
        assert findings.period_months(row["period_iso"]) is not None, row["period_iso"]
    periods = {(r["law"], r["record"]): r["period_iso"] for r in rows}
    # Every duty the issue lists.
    ecommerce = "전자상거래 등에서의 소비자보호에 관한 법률"
    assert periods[(ecommerce, "계약 또는 청약철회 등에 관한 기록")] == "P5Y"
    assert periods[(ecommerce, "대금결제 및 재화 등의 공급에 관한 기록")] == "P5Y"
    assert periods[(ecommerce, "소비자의 불만 또는 분쟁처리에 관한 기록")] == "P3Y"
    assert periods[(ecommerce, "표시·광고에 관한 기록")] == "P6M"
    by_law = {}
    for r in rows:
        by_law.setdefault(r["law"], set()).add(r["period_iso"])
    assert "P3M" in by_law["통신비밀보호법"]
    assert by_law["국세기본법"] >= {"P5Y"}
    assert by_law["전자금융거래법"] == {"P5Y", "P1Y"}
    assert by_law["신용정보의 이용 및 보호에 관한 법률"] == {"P3Y"}
    assert by_law["근로기준법"] == {"P3Y"}
    assert by_law["상법"] == {"P10Y", "P5Y"}
    assert periods[("의료법", "진료기록부")] == "P10Y" and periods[("의료법", "처방전")] == "P2Y"
    assert len([r for r in rows if r["law"] == "의료법"]) == 9
    repealed = [r for r in rows if r["status"] == "repealed"]
    assert [(r["law"], r["period_iso"], r["repealed_since"]) for r in repealed] == [
        ("정보통신망 이용촉진 및 정보보호 등에 관한 법률", "P6M", "2014-05-28")]


def test_law_names_normalize_from_official_spacing_and_short_names():
    assert normalize_law("전자상거래등에서의소비자보호에관한법률") == "전자상거래 등에서의 소비자보호에 관한 법률"
    assert normalize_law("전상법 제6조") == "전자상거래 등에서의 소비자보호에 관한 법률"
    assert normalize_law(None, "「통비법」") == "통신비밀보호법"
    assert normalize_law("상법 제33조") == "상법"
    assert normalize_law("국가배상법") is None  # '상법' inside a longer word
    assert normalize_law("개인정보 보호법") is None


@pytest.mark.parametrize("law, record, expected", [
    ("전자상거래 등에서의 소비자보호에 관한 법률", "소비자 불만사항, 분쟁처리에 관한 기록", "P3Y"),
    ("전자상거래법", "표시/광고에 관한 기록", "P6M"),
    ("통신비밀보호법", "웹사이트 방문기록", "P3M"),
    ("통신비밀보호법", "컴퓨터통신 또는 인터넷 접속자료", "P3M"),
    ("국세기본법", "세법이 규정하는 모든 거래에 관한 장부 및 증빙서류", "P5Y"),
    ("국세기본법", "역외거래에 관한 장부", "P7Y"),  # the exception row wins only on its own keyword
    ("전자금융거래법", "전자금융 거래에 관한 기록", "P5Y"),
    ("전자금융거래법", "1만원 이하 전자금융거래 기록", "P1Y"),
    ("의료법", "처방전", "P2Y"),
    ("상법", "전표", "P5Y"),
])
def test_match_statute_by_law_and_record_keywords(law, record, expected):
    assert match_statute(law, record).period_iso == expected


def test_match_statute_needs_a_shared_keyword():
    assert match_statute("정보통신망법", "휴면 회원 정보") is None  # cited for something the file does not hold
    assert match_statute("신용정보의 이용 및 보호에 관한 법률", "회원 정보") is None
    assert match_statute(None, "계약 또는 청약철회 등에 관한 기록") is None


def test_periods_label_and_compare():
    assert period_label("P5Y") == "5년" and period_label("P1Y6M") == "1년 6개월" and period_label("P30D") == "30일"
    assert period_label(None, "permanent") == "영구" and period_label("permanent") == "영구"
    assert same_period("P12M", "P1Y") and same_period("P90D", "P3M")
    assert not same_period("P1Y", "P3Y") and not same_period(None, "P3Y")


# ---------------------------------------------------------------- checks


def test_complete_policy_has_no_findings():
    assert findings_for(doc_of(FULL_POLICY), {}) == []


def test_missing_mandatory_sections():
    text = FULL_POLICY.replace("## 7. 권익침해 구제방법\n개인정보분쟁조정위원회에 분쟁해결을 신청할 수 있습니다.\n", "")
    text = text.replace("## 5. 개인정보의 안전성 확보 조치\n개인정보를 암호화하여 저장합니다.\n", "")
    found = run(text, "missing_section")
    assert [f["message"] for f in found] == [
        "missing mandatory section: 개인정보의 안전성 확보 조치 (security)",
        "missing mandatory section: 권익침해 구제방법 (remedies)",
    ]
    assert {f["severity"] for f in found} == {"warning"}


def test_combined_heading_covers_both_topics():
    # '보유기간과 파기절차' is one section, categorized as one topic, but covers retention too.
    assert run(FULL_POLICY, "missing_section") == []


def retention_row(record, period_iso, law="전자상거래 등에서의 소비자보호에 관한 법률", **extra):
    return {"section_no": 3, "record": record, "period_iso": period_iso, "law": law, "law_text": law,
            "evidence": f"{record} : {law} {period_iso}", **extra}


def test_retention_shorter_than_statute_is_a_warning():
    rows = [retention_row("소비자의 불만 또는 분쟁처리에 관한 기록", "P1Y")]
    [found] = run(FULL_POLICY, "retention_differs_from_statute", retention=rows)
    assert found["severity"] == "warning"
    assert "kept 1년" in found["message"] and "sets 3년" in found["message"] and "shorter" in found["message"]
    assert found["section_no"] == 3 and found["evidence"] == rows[0]["evidence"]


def test_retention_longer_than_statute_is_info_and_equal_is_silent():
    rows = [retention_row("표시·광고에 관한 기록", "P1Y"), retention_row("계약 또는 청약철회 등에 관한 기록", "P5Y"),
            retention_row("웹사이트 방문기록", "P90D", law="통신비밀보호법"),
            retention_row("회원 정보", "P1Y", law=None)]  # no law: nothing to compare with
    found = run(FULL_POLICY, "retention_differs_from_statute", retention=rows)
    assert [(f["severity"], "표시·광고" in f["message"]) for f in found] == [("info", True)]


def test_retention_record_read_from_evidence_and_short_law_name():
    row = {"section_no": 2, "record": None, "period_iso": "P2Y", "law": None, "law_text": "전상법",
           "evidence": "대금결제 및 재화 등의 공급에 관한 기록: 2년 (전상법)"}
    [found] = run(FULL_POLICY, "retention_differs_from_statute", retention=[row])
    assert "sets 5년" in found["message"]


REPEALED_TEXT = FULL_POLICY.replace("회원 탈퇴 시까지 보유하며", "회원 탈퇴 시까지 보유하며\n"
                                    "본인 확인에 관한 기록:\n6개월 (정보통신망 이용촉진 및 정보보호 등에 관한 법률)\n")


def test_repealed_provision_from_retention_rows():
    rows = [retention_row("본인확인에 관한 기록", "P6M", law="정보통신망 이용촉진 및 정보보호 등에 관한 법률")]
    [found] = run(FULL_POLICY, "repealed_provision", retention=rows)
    assert found["severity"] == "warning" and "repealed since 2014-05-28" in found["message"]
    # Not a deviation from an in-force period as well.
    assert run(FULL_POLICY, "retention_differs_from_statute", retention=rows) == []


def test_repealed_provision_from_text_with_law_on_the_next_line():
    [found] = run(REPEALED_TEXT, "repealed_provision")
    assert found["section_no"] == 4  # the retention section (preamble is section 1)
    assert "본인 확인에 관한 기록" in found["evidence"] and "정보통신망" in found["evidence"]


def test_same_law_for_another_record_is_not_repealed():
    text = FULL_POLICY.replace("회원 탈퇴 시까지", "정보통신망법 제29조에 따라 휴면 회원 정보는 1년 후")
    assert run(text, "repealed_provision") == []


def item(name, category=None, **extra):
    return {"section_no": 3, "item": name, "item_norm": name, "item_category": category,
            "evidence": f"필수항목: 이름, {name}", **extra}


def test_resident_number_without_legal_basis_is_an_error():
    text = FULL_POLICY.replace("이름, 이메일", "필수항목: 이름, 주민등록번호, 이메일")
    [found] = run(text, "identifier_without_legal_basis", collected_items=[item("주민등록번호", "unique_identifier")])
    assert found["severity"] == "error" and "주민등록번호" in found["message"]


@pytest.mark.parametrize("sentence", [
    "「의료법」 제22조에 따라 진료 시 주민등록번호를 수집합니다.",
    "관계 법령에 근거하여 주민등록번호를 처리합니다.",
    "회사는 법령에 따라 다음의 정보를 수집합니다:\n- 주민등록번호",
])
def test_identifier_with_legal_basis_on_its_line(sentence):
    text = FULL_POLICY.replace("이름, 이메일", sentence)
    assert run(text, "identifier_without_legal_basis", collected_items=[item("주민등록번호")]) == []


def test_basis_must_be_on_the_identifiers_own_line():
    # A general sentence above a table is not a basis for the identifier in its rows.
    text = FULL_POLICY.replace("이름, 이메일", "개인정보 보호법 제17조에 해당하는 경우 제공합니다.\n"
                               "구분 | 항목\n수강신청 | 주민등록번호")
    assert len(run(text, "identifier_without_legal_basis", collected_items=[item("주민등록번호")])) == 1


def test_other_unique_identifiers_and_ordinary_items():
    text = FULL_POLICY.replace("이름, 이메일", "이름, 여권번호, 운전면허번호, 이메일")
    rows = [item("여권번호", "unique_identifier"), item("운전면허증번호"), item("이메일", "contact")]
    found = run(text, "identifier_without_legal_basis", collected_items=rows)
    assert [f["message"].split()[1] for f in found] == ["여권번호", "운전면허증번호"]


def test_processor_without_task():
    rows = [{"section_no": 5, "processor": "(주)가나다", "task": None, "evidence": "(주)가나다"},
            {"section_no": 5, "processor": "NICE평가정보(주)", "task": "본인인증", "evidence": "NICE | 본인인증"},
            {"section_no": 5, "processor": "라마바", "task": "  ", "evidence": "라마바"}]
    found = run(FULL_POLICY, "processor_without_task", processors=rows)
    assert [f["message"] for f in found] == ["processor '(주)가나다' is listed with no task (위탁업무)",
                                             "processor '라마바' is listed with no task (위탁업무)"]
    assert found[0]["section_no"] == 5 and found[0]["evidence"] == "(주)가나다"


def test_third_party_missing_purpose_items_or_period():
    complete = {"recipient": "국민건강보험공단", "purpose": "조회", "items": ["성명"], "retention_text": "10년",
                "period_iso": "P10Y", "section_no": 6, "evidence": "…"}
    no_items = {**complete, "recipient": "컨설턴트", "items": [], "retention_text": None, "period_iso": None}
    period_only_iso = {**complete, "recipient": "보험사", "retention_text": None}
    found = run(FULL_POLICY, "third_party_incomplete", third_parties=[complete, no_items, period_only_iso])
    assert [f["message"] for f in found] == ["third party '컨설턴트' is listed with no items, period"]


def test_overseas_row_without_country():
    rows = [{"processor": "Amazon Web Services, Inc.", "task": "서버 운영", "overseas": True, "country": None,
             "section_no": 5, "evidence": "AWS"},
            {"processor": "Google LLC", "task": "분석", "overseas": True, "country": "US",
             "section_no": 5, "evidence": "Google | 미국"}]
    [found] = run(FULL_POLICY, "overseas_transfer_incomplete", processors=rows)
    assert "Amazon Web Services" in found["message"] and "no country" in found["message"]


def test_overseas_transfer_stated_in_text_but_no_recipient():
    text = FULL_POLICY.replace("개인정보를 암호화하여 저장합니다.",
                               "개인정보를 암호화하여 저장합니다.\n이용자의 개인정보는 서비스 운영을 위하여 국외로 이전됩니다.")
    [found] = run(text, "overseas_transfer_incomplete")
    assert found["evidence"] == "이용자의 개인정보는 서비스 운영을 위하여 국외로 이전됩니다"
    assert found["section_no"] == 6


@pytest.mark.parametrize("sentence", [
    "회사는 이용자의 개인정보를 국외로 이전하지 않습니다.",
    "국외 이전이 발생하는 경우 사전에 동의를 받습니다.",
])
def test_denied_or_hypothetical_overseas_transfer_is_not_a_statement(sentence):
    text = FULL_POLICY.replace("개인정보를 암호화하여 저장합니다.", "## 8. 개인정보의 국외 이전\n" + sentence)
    assert run(text, "overseas_transfer_incomplete") == []


def test_effective_date():
    assert run(FULL_POLICY, "no_effective_date") == []
    undated = FULL_POLICY.replace("시행일: 2024년 1월 1일", "")
    [found] = run(undated, "no_effective_date")
    assert found["severity"] == "warning" and found["section_no"] is None
    # The documents row, when given, is what counts.
    assert run(undated, "no_effective_date", documents=[{"effective_date": date(2024, 1, 1)}]) == []
    assert len(run(FULL_POLICY, "no_effective_date", documents=[{"effective_date": None}])) == 1


def test_rows_follow_the_findings_schema():
    text = FULL_POLICY.replace("시행일: 2024년 1월 1일", "").replace("## 6. 개인정보 보호책임자\n성명: 홍길동\n", "")
    rows = findings_for(doc_of(text), {"processors": [{"processor": "가", "task": None, "section_no": 2}]})
    assert {r["check"] for r in rows} == {"missing_section", "no_effective_date", "processor_without_task"}
    assert all(r["doc_id"] == "t1" for r in rows)
    table = pa.Table.from_pylist(rows, schema=FINDINGS)
    assert table.num_rows == 3 and table.schema.names == FINDINGS.names


def test_a_new_check_is_one_decorated_function():
    @findings.check("test_mentions_cctv")
    def mentions_cctv(ctx):
        if "CCTV" in ctx.doc.text:
            yield findings.finding("info", "operates CCTV")

    try:
        found = run(FULL_POLICY + "\nCCTV를 운영합니다.\n", "test_mentions_cctv")
        assert [f["message"] for f in found] == ["operates CCTV"]
    finally:
        del findings._CHECKS["test_mentions_cctv"]


def test_a_broken_check_becomes_an_error_finding_not_an_exception():
    @findings.check("test_broken")
    def broken(ctx):
        raise ValueError("boom")
        yield

    try:
        [found] = run(FULL_POLICY, "test_broken")
        assert found["severity"] == "error" and "ValueError: boom" in found["message"]
    finally:
        del findings._CHECKS["test_broken"]


def test_seed_documents(seed_path):
    from pipeline.ingest import decode_bytes
    from pipeline.process import extract_document

    def findings_of(prefix):
        path = seed_path(prefix)
        text, encoding = decode_bytes(path.read_bytes())
        doc = build_document(path.stem, str(path), text, "text", encoding)
        return findings_for(doc, extract_document(doc))

    old_policy = findings_of("000")
    repealed = [f for f in old_policy if f["check"] == "repealed_provision"]
    assert len(repealed) == 1 and "정보통신망" in repealed[0]["evidence"]
    assert "missing mandatory section: 권익침해 구제방법 (remedies)" in {f["message"] for f in old_policy}
    education = findings_of("003")
    assert {f["check"] for f in education} >= {"repealed_provision"}
    assert not [f for f in education if f["check"] == "no_effective_date"]
