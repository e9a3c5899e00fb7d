from pathlib import Path

import pytest

from extractors.processors import extract_processors
from extractors.third_parties import extract_third_parties
from pipeline.document import build_document
from pipeline.ingest import decode_bytes, input_format

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def rows(text, fmt="text"):
    return extract_third_parties(build_document("t", "t", text, fmt))


def test_label_lines_give_purpose_items_and_period():
    [row] = rows("""제4조(개인정보의 제3자 제공)
② 회사는 다음과 같이 개인정보를 제3자에게 제공하고 있습니다.
- 개인정보를 제공받는 자 : (주)에이비씨
- 제공받는 자의 개인정보 이용목적 : 이벤트 공동개최 등 업무제휴
- 제공하는 개인정보 항목 : 성명, 주소, 전화번호
- 제공받는 자의 보유·이용기간 : 제공 후 1년
③ 다만 다음의 경우에는 예외로 합니다.
- 법령의 규정에 의거하거나, 수사 목적으로 법령에 정해진 절차와 방법에 따라 수사기관의 요구가 있는 경우
- 수사기관 : 법령에 따른 요청 시
""")
    assert row["recipient"] == "(주)에이비씨" and row["recipient_norm"] == "에이비씨"
    assert row["purpose"] == "이벤트 공동개최 등 업무제휴"
    assert list(row["items"]) == ["성명", "주소", "전화번호"]
    assert (row["retention_text"], row["period_iso"]) == ("제공 후 1년", "P1Y")
    assert row["overseas"] is False and row["section_no"] == 1


def test_several_labels_on_one_line():
    [row] = rows("4. 개인정보의 제3자 제공에 관한 사항\n"
                 "1. <카카오 로그인 API>- 개인정보를 제공받는 자 : 카카오 로그인 API- 제공받는 자의 개인정보 이용목적 : "
                 "비밀번호, 카카오톡 ID- 제공받는 자의 보유.이용기간: 지체없이 파기\n")
    assert (row["recipient"], row["purpose"]) == ("카카오 로그인 API", "비밀번호, 카카오톡 ID")


def test_name_label_with_values_on_following_lines():
    out = rows("""개인정보의 제3자 제공
1. 제공받는 자
- 판매자(입점사) [판매자 리스트]
- 택배사 [㈜CJ대한통운(추후 입점사 거래 택배사 추가)]
2. 제공받는 자의 이용목적 : 주문상품의 배송, 회수
""")
    assert [(r["recipient"], r["purpose"]) for r in out] == [
        ("판매자(입점사)", "주문상품의 배송, 회수"), ("㈜CJ대한통운", "주문상품의 배송, 회수")]


def test_bullet_with_contacts_splits_names():
    out = rows("""개인정보의 제3자 제공에 관한 사항
• 제공받는 자의 성명(법인 또는 단체인 경우에는 그 명칭)과 연락처 : 국민건강보험공단(1577-1000), 서천군청(041-950-4114) 등 피해지역 관할 지자체
• 제공받는 자의 개인정보 이용 목적 : 환경오염피해 조사
""")
    assert [r["recipient"] for r in out] == ["국민건강보험공단", "서천군청", "피해지역 관할 지자체"]
    assert {r["purpose"] for r in out} == {"환경오염피해 조사"}


def test_table_in_any_column_order_with_category_recipients():
    out = rows("""## 제3조 개인정보의 제3자 제공

| 제공 목적 | 제공받는 자 | 제공 항목 | 보유 및 이용기간 |
|---|---|---|---|
| 상품 배송 | 택배사 ([미정]) | 성명, 주소 | 배송 완료 후 3개월 |
| 보험 가입 | 삼성화재, 현대해상 | 성명, 생년월일 | 5년 |
| 평가인정신청 | 학점, 학력인정 | 성명 | 5년 |
""", "markdown")
    assert [(r["recipient"], r["purpose"], r["period_iso"]) for r in out] == [
        ("택배사", "상품 배송", "P3M"), ("삼성화재", "보험 가입", "P5Y"), ("현대해상", "보험 가입", "P5Y")]
    assert list(out[1]["items"]) == ["성명", "생년월일"]
    assert out[1]["evidence"] == "보험 가입 | 삼성화재, 현대해상 | 성명, 생년월일 | 5년"


def test_transposed_table():
    html = """<h2>제7조 개인정보의 제3자 제공</h2>
<table><tr><th>제공받는 자</th><td>국민건강보험공단</td><td>근로복지공단</td></tr>
<tr><th>제공 목적</th><td>보험 급여</td><td>산재 보상</td></tr>
<tr><th>보유 기간</th><td>5년</td><td>10년</td></tr></table>"""
    out = rows(html, "html")
    assert [(r["recipient"], r["purpose"], r["period_iso"]) for r in out] == [
        ("국민건강보험공단", "보험 급여", "P5Y"), ("근로복지공단", "산재 보상", "P10Y")]


def test_table_that_is_both_processor_and_recipient():
    out = rows("""## 4. 개인정보의 제3자 제공 및 위탁

| 제공/위탁받는 자 | 제공/위탁 목적 | 제공 항목 |
|---|---|---|
| Google Cloud (Firebase) | 클라우드 인프라 활용 | 이메일 |
""", "markdown")
    assert [(r["recipient"], r["recipient_norm"]) for r in out] == [("Google Cloud (Firebase)", "Google")]


def test_sentence_naming_a_recipient_category():
    out = rows("""개인정보 제3자 제공
법령의 규정에 의거하거나, 수사 목적으로 법령에 정해진 절차와 방법에 따라 수사기관의 요구가 있는 경우
컨설팅 서비스 이용시 원활한 진행을 위해 컨설턴트에게 사전 정보 제공
회사는 이용자의 개인정보를 제3자에게 제공하지 않습니다.
""")
    assert [r["recipient"] for r in out] == ["컨설턴트"]


def test_statutory_exceptions_only_give_nothing():
    assert rows("""제3조 개인정보의 제3자 제공
회사는 이용자의 개인정보를 원칙적으로 외부에 제공하지 않습니다. 다만, 아래의 경우에는 예외로 합니다.
1. 이용자들이 사전에 동의한 경우
2. 법령의 규정에 의거하거나, 수사 목적으로 법령에 정해진 절차와 방법에 따라 수사기관의 요구가 있는 경우
3. 범죄의 수사와 공소의 제기 및 유지를 위하여 필요한 경우
4. 법원의 재판업무 수행을 위하여 필요한 경우
""") == []


def test_processor_table_is_not_a_recipient_table():
    assert rows("""## 제4조 개인정보 처리의 위탁

| 수탁업체 | 위탁업무 |
|---|---|
| NICE평가정보(주) | 본인확인 |
""", "markdown") == []


def load(path):
    text, encoding = decode_bytes(path.read_bytes())
    return build_document(path.stem, str(path), text, input_format(path), encoding)


def test_seed_003_recipient_table():
    out = extract_third_parties(load(next(RAW.glob("003_*"))))
    names = [r["recipient"] for r in out]
    assert {"국가평생교육진흥원", "한국교육개발원", "병무청", "국내다수학교", "시,구,읍,면,동사무소"} <= set(names)
    assert "학점" not in names and "학위수여자 신청" not in names
    first = next(r for r in out if r["recipient"] == "국가평생교육진흥원")
    assert first["purpose"] == "평가인정신청" and "주민등록번호" in list(first["items"])


@pytest.mark.parametrize("seed, expected", [("000", set()), ("004", {"컨설턴트"})])
def test_seed_documents(seed, expected):
    out = extract_third_parties(load(next(RAW.glob(f"{seed}_*"))))
    assert {r["recipient"] for r in out} == expected
    assert all(r["section_no"] and r["evidence"] for r in out)


def test_data_subjects_are_not_recipients_but_named_categories_are():
    out = rows("""개인정보의 제3자 제공
회사는 처리 결과를 고객에게 이메일로 제공합니다.
주문 처리를 위해 판매자에게 주문 정보를 제공합니다.
""")
    assert [r["recipient"] for r in out] == ["판매자"]


def test_label_line_then_type_and_name():
    out = rows("""제공에 관한 사항
제공받는 자
• 종합신용정보집중기관 : 한국신용정보원
제공받는 자의 이용목적
• 비대면 계좌개설 안심차단 등록 여부 조회
""")
    assert [(r["recipient"], r["purpose"]) for r in out] == [("한국신용정보원", "비대면 계좌개설 안심차단 등록 여부 조회")]


def test_submitting_to_a_named_body_anywhere_is_a_provision():
    out = rows("""3. 정보 사용 방법
- 판정 결과를 AIDA International에 제출 (이벤트 주최자가 설정한 경우)
- 동의서에 보호의무자임을 증명하는 서면을 첨부하여 회사에 제출하여야 합니다.
""")
    assert [r["recipient"] for r in out] == ["AIDA International"]


def test_bodies_parted_by_a_slash_and_a_space_before_the_particle_are_each_named():
    out = rows("""3. 진료 정보
본원은 국민건강보험법에 의거 가나평가원/다라공단 에 요양급여비용 청구를 위해 진료 기록을 제출합니다.
""")
    assert [r["recipient"] for r in out] == ["가나평가원", "다라공단"]


def test_a_provision_list_line_naming_a_body_and_a_numbered_sentence_heading():
    out = rows("""5. 개인정보 제공 및 공유
법령 또는 이용자 동의 없는 제공은 하지 않습니다.
- 건강보험심사평가원 제출
- 통계/연구 목적 가공 제공
- 수사기관 요청 시 법적 절차에 따라 제공
11. GanaApp 회원들이 자신의 개인정보를 보호하기 위해 알아야 할 사항
""")
    assert [r["recipient"] for r in out] == ["건강보험심사평가원"]


def test_header_row_with_a_party_column_is_read_across_not_sideways():
    html = """<h3>제4조 개인정보의 제3자 제공</h3><table>
<tr><td>제공받는 자</td><td>정보의 이용 목적</td><td>정보의 제공 범위</td><td>정보의 보유 및 이용 기간</td></tr>
<tr><td>행정안전부</td><td>공공 I-PIN 인증</td><td>I-PIN(개인식별번호)</td><td>별도로 저장하지 않음</td></tr>
<tr><td>교육원 홈페이지를 이용하는 기관</td><td>사이버 학습 및 교육운영</td><td>성명, 생년월일</td><td>회원 탈퇴 전까지</td></tr>
</table>"""
    rows = extract_third_parties(build_document("t", "t", html, "html"))
    assert [(r["recipient"], r["purpose"]) for r in rows] == [
        ("행정안전부", "공공 I-PIN 인증"), ("교육원 홈페이지를 이용하는 기관", "사이버 학습 및 교육운영")]
    assert rows[1]["items"] == ["성명", "생년월일"]


def test_recipient_column_beats_a_service_name_column():
    html = """<h3>4. 개인정보의 제3자 제공</h3><table>
<tr><th>서비스명</th><th>제공 대상</th><th>제공 내용</th><th>보유 기간</th></tr>
<tr><td>입회상담 신청</td><td>희망지역 지사 또는 희망지역 인근 가맹점</td><td>이름, 연락처</td><td>1년 이내</td></tr>
</table>
<h3>5. 개인정보의 처리위탁</h3><p>회사는 위탁하지 않습니다.</p>"""
    rows = extract_third_parties(build_document("t", "t", html, "html"))
    assert [r["recipient"] for r in rows] == ["희망지역 지사", "희망지역 인근 가맹점"]


def test_a_recipient_category_line_with_the_items_it_receives():
    text = """제4조 [개인정보 제3자 제공]
다만, 상품 배송을 위하여 아래와 같이 거래 당사자에게 제공합니다.
1) 운송업체: 주문자 이름, 수취인 이름, 배송지 정보, 연락처
2) ㈜케이에스넷: 결제 정보
제5조 [개인정보 처리방침 변경]
변경 시 공지합니다."""
    rows = extract_third_parties(build_document("t", "t", text, "text"))
    assert [(r["recipient"], r["purpose"], r["items"]) for r in rows] == [
        ("운송업체", None, ["주문자 이름", "수취인 이름", "배송지 정보", "연락처"]),
        ("㈜케이에스넷", "결제 정보", []),
    ]


def test_a_party_column_that_holds_purposes_is_the_purpose_column():
    html = """<h2>제5조 개인정보의 제3자 제공</h2>
<table><tr><th>제공받는 자</th><th>수탁자</th><th>제공항목</th></tr>
<tr><td>행사 개설자 (전체 리스트)</td><td>이벤트 정보 제공, 당첨자 추첨 및 검표 등</td><td>이름, 전화번호</td></tr>
<tr><td>제휴 이벤트 회사</td><td>제휴사의 서비스 홍보</td><td>이름, 이메일</td></tr></table>"""
    out = rows(html, "html")
    assert [(r["recipient"], r["purpose"]) for r in out] == [
        ("행사 개설자", "이벤트 정보 제공, 당첨자 추첨 및 검표 등"), ("제휴 이벤트 회사", "제휴사의 서비스 홍보")]
    assert extract_processors(build_document("t", "t", html, "html")) == []


def test_recipients_named_in_prose():
    text = """제5조(개인정보의 제3자 제공)
회사는 한국고용지원공단에 고용장려금 신청을 위한 근로자 명단을 제출합니다.
제6조(처리하는 개인정보의 항목)
※ 본인확인이 필요한 경우 주민등록번호는 “(주)가나신용정보”에 제공되어 실명인증절차를 거칩니다. 서버에 저장되지는 않습니다.
"""
    assert [r["recipient"] for r in rows(text)] == ["한국고용지원공단", "(주)가나신용정보"]


def test_a_kind_column_gives_each_row_its_role():
    html = """<h2>제7조 개인정보의 제3자 제공 및 처리위탁</h2>
<table><tr><th>구분</th><th>업체명</th><th>목적</th></tr>
<tr><td>제3자 제공</td><td>(주)가나여행</td><td>여행 예약</td></tr>
<tr><td>처리위탁</td><td>(주)다라호스팅</td><td>서버 운영</td></tr>
<tr><td>제공/위탁</td><td>Skyline Cloud Inc.</td><td>데이터 보관</td></tr></table>"""
    doc = build_document("t", "t", html, "html")
    assert [r["recipient"] for r in extract_third_parties(doc)] == ["(주)가나여행"]
    assert [r["processor"] for r in extract_processors(doc)] == ["(주)다라호스팅", "Skyline Cloud Inc."]


# The opening and the 제3자 제공 article as the PIPC policy generator writes them, angle-bracket placeholders left in.
GENERATED_OPENING = ("< 가나랩>('https://ganalab.example.kr/'이하 '가나랩')\n은(는) 「개인정보 보호법」 제30조에 따라 "
                     "정보주체의 개인정보를 보호하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다.\n")


@pytest.mark.parametrize("opening", [
    GENERATED_OPENING,
    # the generator's address as a bare domain, and an alias that is not the name
    "< 가나랩 >('ganalab.io'이하 'gana')은(는) 「개인정보 보호법」 제30조에 따라 개인정보 처리방침을 수립·공개합니다.\n"])
def test_the_organization_is_not_its_own_recipient_and_items_are_not_recipients(opening):
    article = """제3조(개인정보의 제3자 제공)
② < 가나랩>은(는) 다음과 같이 개인정보를 제3자에게 제공하고 있습니다.
1. <가나랩>
개인정보를 제공받는 자 : {name}
제공받는 자의 개인정보 이용목적 : 이메일, 로그인ID, 성별, 접속 IP 정보, 학번
제공받는 자의 보유.이용기간: 3년
"""
    assert rows(opening + article.format(name="가나랩")) == []
    [row] = rows(opening + article.format(name="다라상사"))
    assert (row["recipient"], row["purpose"]) == ("다라상사", "이메일, 로그인ID, 성별, 접속 IP 정보, 학번")


def test_a_category_named_short_in_a_sentence_is_the_one_in_the_table():
    html = """<h2>2. 개인정보의 제3자 제공</h2>
    <p>2-4. 프로젝트 진행을 위해 프로젝트 개설자, 후원자에게 개인정보를 제공하는 경우</p>
    <table><tr><th>제공받는 자</th><th>제공 목적</th></tr>
    <tr><td>프로젝트 개설자</td><td>리워드 배송</td></tr><tr><td>프로젝트 후원자</td><td>리워드 문의</td></tr></table>"""
    assert sorted(r["recipient"] for r in rows(html, "html")) == ["프로젝트 개설자", "프로젝트 후원자"]
