import pytest

from extractors.retention import extract_retention
from pipeline.document import build_document
from pipeline.ingest import decode_bytes, input_format


def load(path):
    text, encoding = decode_bytes(path.read_bytes())
    return build_document(path.stem, str(path), text, input_format(path), encoding)


def categories(doc):
    return {s.category for s in doc.sections}


@pytest.mark.parametrize("seed", ["003", "004"])
def test_seed_without_usable_headings_still_finds_key_sections(seed, seed_path):
    doc = load(seed_path(seed))
    assert {"retention", "processors", "third_party", "items"} <= categories(doc)


def test_seed_003_sections_hold_their_tables(seed_path):
    doc = load(seed_path("003"))
    [third] = [s for s in doc.sections if s.category == "third_party" and "제공받는자" in doc.section_text(s)]
    assert "국가평생교육진흥원 | 평가인정신청" in doc.section_text(third)
    retention_text = " ".join(doc.section_text(s) for s in doc.sections_of("retention"))
    assert "통신비밀보호법" in retention_text


def test_seed_004_processor_prose_is_a_processors_section(seed_path):
    doc = load(seed_path("004"))
    text = " ".join(doc.section_text(s) for s in doc.sections_of("processors"))
    assert "카카오비즈니스" in text


def test_seed_000_sections(seed_path):
    doc = load(seed_path("000"))
    assert {"items", "purpose", "destruction", "officer"} <= categories(doc)
    assert doc.sections[0].start == 0
    for a, b in zip(doc.sections, doc.sections[1:]):
        assert a.end < b.start  # sections tile the text in order
    assert all(s.category in {
        "purpose", "items", "retention", "destruction", "third_party", "processors", "overseas_transfer",
        "rights", "security", "cookies", "behavioral_ads", "pseudonymized", "officer", "remedies",
        "changes", "children", "preamble", "other"} for s in doc.sections)


@pytest.mark.parametrize("heading,category", [
    ("제3조(개인정보의 제3자 제공)", "third_party"),
    ("제5조 (개인정보처리의 위탁)", "processors"),
    ("1. 수집하는 개인정보의 항목", "items"),
    ("가. 개인정보의 처리 및 보유기간", "retention"),
    ("① 개인정보의 파기절차 및 방법", "destruction"),
    ("[개인정보 보호책임자]", "officer"),
    ("■ 쿠키의 운영 및 거부", "cookies"),
    ("## 개인정보의 국외 이전", "overseas_transfer"),
])
def test_heading_forms_are_split_and_classified(heading, category):
    body = "본문입니다. 관련 내용을 안내합니다."
    text = f"머리말입니다.\n{heading}\n{body}\n제9조(개인정보 처리방침의 변경)\n이 방침은 2024년 1월 1일부터 시행합니다."
    doc = build_document("t", "t", text, "markdown")
    headed = [s for s in doc.sections if s.heading.endswith(heading.lstrip("# "))]
    assert headed and headed[0].category == category


def test_parenthesized_legal_form_is_not_an_outline_marker():
    """`(주)` starts a company name, not a `(가)`-style list heading."""
    from pipeline.sections import heading_rank
    from pipeline.model import Block

    assert heading_rank(Block(kind="paragraph", text="(주)조인스엠")) is None
    assert heading_rank(Block(kind="paragraph", text="(가) 수집 항목")) == 4
    assert heading_rank(Block(kind="paragraph", text="주. 참고사항")) is None


def test_a_cctv_section_is_other_not_officer():
    text = ("제9조 영상정보처리기기 운영\n설치 대수 : 4대\n관리책임자 : 총무과장\n담당부서 : 총무과\n"
            "제10조 개인정보 보호책임자\n책임자 : 홍길동\n제11조 개인정보의 파기\n파기합니다.\n")
    doc = build_document("t", "t", text, "text")
    assert [s.category for s in doc.sections if s.heading] == ["other", "officer", "destruction"]


def test_a_heading_keeps_its_table():
    html = ("<h2>제2조 개인정보의 이용 목적과 항목</h2><h3>1) 필수 항목 및 이용 목적</h3>"
            "<table><tr><th>구분</th><th>항목</th><th>목적</th><th>보유기간</th></tr>"
            "<tr><td>멤버십 가입</td><td>이름, 휴대폰번호</td><td>본인 확인</td><td>탈퇴 시까지</td></tr></table>"
            "<h2>제7조(개인정보의 파기)</h2><p>지체 없이 파기합니다.</p>")
    doc = build_document("t", "t", html, "html")
    [table_section] = [s for s in doc.sections if "멤버십 가입" in doc.section_text(s)]
    assert "1) 필수 항목 및 이용 목적" in doc.section_text(table_section)


def test_a_sub_heading_naming_a_source_of_data_stays_in_the_items_section():
    text = ("제2조(처리하는 개인정보 항목)\n■ 회원 가입 시 : 이름, 이메일\n<네이버 계정 정보의 제3자 제공 동의>\n"
            "네이버 아이디로 가입할 때 네이버로부터 넘겨받는 자동 수집 항목입니다.\n– 필수항목 : 별명, 생일\n"
            "제3조(개인정보의 제3자 제공)\n회사는 개인정보를 제3자에게 제공하지 않습니다. 제공받는 자 : 없음\n"
            "제7조(개인정보의 파기)\n지체 없이 파기합니다.\n제9조(정보주체의 권리)\n열람, 정정, 삭제를 요구할 수 있습니다.\n")
    doc = build_document("t", "t", text, "text")
    [items] = doc.sections_of("items")
    assert "필수항목 : 별명, 생일" in doc.section_text(items)
    assert [s.heading for s in doc.sections_of("third_party")] == ["제3조(개인정보의 제3자 제공)"]


def test_seed_000_has_a_retention_section(seed_path):
    doc = load(seed_path("000"))
    text = " ".join(doc.section_text(s) for s in doc.sections_of("retention"))
    assert "3년 (전자상거래 등에서의 소비자보호에 관한 법률)" in text


def test_jamo_ordinals_are_outline_markers():
    from pipeline.model import Block
    from pipeline.sections import heading_rank

    assert heading_rank(Block(kind="paragraph", text="ㄱ. 접속 이력")) == heading_rank(Block(kind="paragraph", text="가. 접속 이력"))


def test_decimal_and_angle_numbers_are_sub_headings():
    from pipeline.model import Block
    from pipeline.sections import _strip_marker, heading_rank

    assert heading_rank(Block(kind="paragraph", text="4.1 AIDA International과 공유")) == 3
    assert _strip_marker("4.1.2 이벤트 내 공유") == "이벤트 내 공유"
    assert heading_rank(Block(kind="paragraph", text="<2> GDPR 적용에 따른 이용자의 권리")) == 3
    assert heading_rank(Block(kind="paragraph", text="2.5% 할인 쿠폰")) is None


def test_a_table_with_a_purpose_column_stays_under_its_purpose_heading():
    html = ("<h2>제2장 개인정보의 수집 목적 및 항목</h2><h3>가. 필수 수집∙이용 목적 및 항목</h3>"
            "<p>위 정보는 가입 당시 정보를 포함합니다.</p>"
            "<table><tr><th>유형</th><th>항목</th><th>목적</th><th>보유기간</th></tr>"
            "<tr><td>회원가입</td><td>이름, 휴대폰번호</td><td>본인식별</td><td>회원탈퇴 시 즉시 파기</td></tr></table>"
            "<h2>제5장 개인정보의 파기</h2><p>지체 없이 파기합니다.</p><h2>제6장 정보주체의 권리</h2><p>열람을 요구할 수 있습니다.</p>")
    doc = build_document("t", "t", html, "html")
    [section] = [s for s in doc.sections if "회원가입" in doc.section_text(s)]
    assert section.category == "purpose" and "가. 필수 수집∙이용 목적 및 항목" in doc.section_text(section)


def test_an_article_title_written_into_its_first_paragraph_opens_a_section():
    text = ("(주)가나(이하 '회사')는 개인정보 보호법에 따라 다음과 같이 개인정보 처리방침을 수립·공개합니다.\n\n"
            "제1조(개인정보의 처리목적) 회사는 다음의 목적을 위하여 개인정보를 처리합니다.\n\n"
            "3. 고충처리\n\n민원인의 신원 확인 등의 목적으로 개인정보를 처리합니다.\n\n"
            "제2조(개인정보의 처리 및 보유기간) ① 회사는 법령에 따른 보유기간 내에서 개인정보를 처리·보유합니다.\n\n"
            "- 계약 또는 청약철회 등에 관한 기록 : 5년\n\n"
            "제3조(개인정보의 파기) 제2조(개인정보의 처리 및 보유기간)에 대한 기간이 지나면 지체 없이 파기합니다.\n")
    doc = build_document("t", "t.txt", text, "text")
    retention = doc.sections_of("retention")
    assert [s.heading for s in retention] == ["제2조(개인정보의 처리 및 보유기간)"]
    assert "5년" in doc.section_text(retention[0])
    # A sentence that names an article is not a title.
    [destruction] = doc.sections_of("destruction")
    assert doc.section_text(destruction).endswith("제2조(개인정보의 처리 및 보유기간)에 대한 기간이 지나면 지체 없이 파기합니다.")


def test_a_numbered_title_run_into_its_first_item_opens_a_section():
    html = ("<p>2. 개인정보 처리의 위탁 1. 회사는 다음과 같이 개인정보처리업무를 위탁하고 있습니다.</p>"
            "<table><tr><th>업체명</th><th>위탁목적</th><th>보유기간</th></tr>"
            "<tr><td>가나㈜</td><td>결제</td><td>위탁 계약 종료 시까지</td></tr></table>"
            "<p>3. 개인정보의 파기 절차 및 방법 1. 회사는 보유기간이 지나면 지체 없이 파기합니다.</p>"
            "<table><tr><th>보존항목</th><th>근거법령</th><th>보존기간</th></tr>"
            "<tr><td>대금결제 및 재화 등의 공급에 관한 기록</td><td>전자상거래 등에서의 소비자보호에 관한 법률</td>"
            "<td>5년</td></tr></table>"
            "<p>2. 개인정보 파기의 절차 및 방법은 다음과 같습니다. 1. 파기절차</p>")
    doc = build_document("t", "t.html", html, "html")
    headings = [s.heading for s in doc.sections]
    assert "3. 개인정보의 파기 절차 및 방법" in headings and "2. 개인정보 처리의 위탁" in headings
    # A sentence before the first item is no title.
    assert not any(h.startswith("2. 개인정보 파기의 절차") and h.endswith("방법은") for h in headings)
    # The retention table after it is no longer read as part of the 위탁 section.
    assert [(r["record"], r["period_iso"]) for r in extract_retention(doc)] == [
        ("대금결제 및 재화 등의 공급에 관한 기록", "P5Y")]


def test_bare_headings_under_a_numbered_table_of_contents_open_sections():
    """The numbered lines are only a table of contents; the bodies carry the headings bare, in other words."""
    html = ("<p>본원은 개인정보를 보호합니다.</p><ol><li>1. 수집하는 개인정보의 항목</li><li>2. 개인정보의 제공</li>"
            "<li>3. 개인정보의 위탁</li><li>4. 개인정보 보호책임자</li></ol>"
            "<p>수집하는 개인정보의 항목</p><p>- 수집항목 : 성명, 주소</p>"
            "<p>개인정보의 제3자 제공</p><p>본원은 법에 따라 진료 기록을 제출합니다.</p>"
            "<p>개인정보 처리의 위탁</p><p>본원은 다음의 회사에 개인정보를 위탁하고 있습니다.</p>"
            "<p>개인정보 보호책임자</p><p>책임자 : 홍길동</p>")
    doc = build_document("t", "t", html, "html")
    headed = {s.heading: s.category for s in doc.sections if s.heading}
    assert headed["개인정보의 제3자 제공"] == "third_party"
    assert headed["개인정보 처리의 위탁"] == "processors"
    assert headed["개인정보 보호책임자"] == "officer"
