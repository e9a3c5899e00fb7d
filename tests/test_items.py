from pathlib import Path

import pytest

from extractors.items import extract_collected_items, is_item, normalize
from extractors.text_lists import split_item_phrases, split_items
from pipeline.document import build_document
from pipeline.ingest import decode_bytes, input_format

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def rows(text, fmt="text"):
    return extract_collected_items(build_document("t", "t", text, fmt))


def items(text, fmt="text"):
    return [r["item"] for r in rows(text, fmt)]


def by_item(text, fmt="text"):
    return {r["item"]: r for r in rows(text, fmt)}


# --- split_items -----------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("성명, 아이디, 비밀번호 등", ["성명", "아이디", "비밀번호"]),
    ("성명 및 연락처", ["성명", "연락처"]),
    ("이메일 주소, 비밀번호 및 이름", ["이메일 주소", "비밀번호", "이름"]),
    ("브라우저 종류 및 버전", ["브라우저 종류 및 버전"]),
    ("서비스 내 구매 및 결제 내역", ["서비스 내 구매 및 결제 내역"]),
    ("앱 버전 및 iOS 버전", ["앱 버전", "iOS 버전"]),
    ("주문·결제 내역", ["주문·결제 내역"]),
    ("학과/학년", ["학과", "학년"]),
    ("여권/비자 소지여부", ["여권/비자 소지여부"]),
    ("단말기정보(OS, 화면사이즈), IP주소", ["단말기정보", "IP주소"]),
    ("연락처(전화번호 or 휴대폰번호)", ["연락처"]),
    ("사용자가 입력한 텍스트 또는 선택한 페르소나 정보", ["사용자가 입력한 텍스트", "선택한 페르소나 정보"]),
    ("신용카드번호, 은행계좌정보 등 결제정보", ["신용카드번호", "은행계좌정보", "결제정보"]),
    ("이용기록, 접속로그 등 생성정보", ["이용기록", "접속로그"]),
    ("이름, 주소와 같은 배송정보", ["이름", "주소", "배송정보"]),
    ("상품 식별자와 영수증", ["상품 식별자", "영수증"]),
    ("학과 정보", ["학과 정보"]),
    ("이름 나이", ["이름", "나이"]),
    ("추천인 아이디, 직장 연락처", ["추천인 아이디", "직장 연락처"]),
    ("직장(근무처)주소", ["직장주소"]),
    ("여권번호 앞 5자리 또는 외국인등록번호", ["여권번호 앞 5자리", "외국인등록번호"]),
    ("거주 국가 및 선호 언어 설정", ["거주 국가", "선호 언어 설정"]),
    ("사용자 평점 및 리뷰", ["사용자 평점", "리뷰"]),
    ("마일리지 적립·사용 내역", ["마일리지 적립·사용 내역"]),
    ("인증 및 세션 토큰", ["인증 및 세션 토큰"]),
    ("현재 상황 및 고민", ["현재 상황 및 고민"]),
    ("회수 배송의뢰인 및 수령인의 이름", ["이름"]),
    ("앱 접속 기록. 푸시 토큰", ["앱 접속 기록", "푸시 토큰"]),
    ("자유 입력 텍스트(예:", ["자유 입력 텍스트"]),
])
def test_split_items(text, expected):
    assert split_items(text) == expected


def test_owner_phrases_are_context_not_item():
    phrases = split_item_phrases("법정대리인의 성명과 연락처")
    assert [(p.text, p.owner) for p in phrases] == [("성명", "법정대리인"), ("연락처", "법정대리인")]
    assert split_items("배송의뢰인 및 수령인의 이름") == ["이름"]
    assert split_items("이용자의 브라우저 종류 및 OS") == ["브라우저 종류", "OS"]
    # Only a person (or a named service) owns an item: a page's address stays whole.
    assert split_items("접속 시 요청한 웹사이트의 주소") == ["접속 시 요청한 웹사이트의 주소"]


def test_a_trailing_oe_is_dropped_only_as_a_word_of_its_own():
    assert split_items("이름, 연락처 외") == ["이름", "연락처"]
    assert split_items("주소, 거주지 국내외") == ["주소", "거주지 국내외"]  # 국내외 ends in 외
    assert split_items("주소, 거주 국가-해외") == ["주소", "거주 국가-해외"]
    assert not is_item("포장 주문 시 주소 제외")  # a note that something is left out, not an item


def test_is_item_rejects_purposes_methods_and_catch_alls():
    assert is_item("외국인을 확인할 수 있는 관련 증명서류")
    assert is_item("배송 요청 사항")
    for text in ("본인 확인", "필수항목외 회원가입시 등록하는 정보", "기타", "정보를",
                 "계약 또는 청약철회 등에 관한 기록", "3년", "https://example.com", "카카오톡 메시지 전송",
                 "table"):  # a template's placeholder for a table it renders
        assert not is_item(text), text


def test_normalize_maps_variants_and_falls_back_to_the_item_without_spaces():
    assert normalize("휴대폰 번호") == ("휴대전화번호", "contact")
    assert normalize("E-Mail") == ("이메일", "contact")
    assert normalize("외국인등록번호") == ("외국인등록번호", "unique_identifier")
    assert normalize("자기소개서 제목") == ("자기소개서제목", "content")


# --- tables ------------------------------------------------------------------------------

TABLE_WITH_CONTEXT_COLUMN = """제1조(수집하는 개인정보의 항목)
| 구분 | 수집항목 | 수집시점 |
|---|---|---|
| 회원가입 | [필수정보] 이름, 아이디, 휴대폰번호 [선택정보] 일반전화, 학과/학년 | 가입 시 |
| 환불신청 | 이름, 계좌번호 | 환불 시 |
| 자동 생성 정보 | 단말기정보(OS, 화면사이즈), IP주소, 쿠키 등 | 이용 중 |
"""


def test_table_with_context_column_and_inline_labels():
    out = rows(TABLE_WITH_CONTEXT_COLUMN, "markdown")
    got = {(r["item"], r["context"], r["required"], r["auto_collected"]) for r in out}
    assert got == {
        ("이름", "회원가입", True, False), ("아이디", "회원가입", True, False),
        ("휴대폰번호", "회원가입", True, False), ("일반전화", "회원가입", False, False),
        ("학과", "회원가입", False, False), ("학년", "회원가입", False, False),
        ("이름", "환불신청", None, False), ("계좌번호", "환불신청", None, False),
        # The 자동 생성 row is a stage, not a service: it marks its items auto-collected.
        ("단말기정보", None, None, True), ("IP주소", None, None, True), ("쿠키", None, None, True),
    }
    assert all(r["section_no"] == 1 for r in out)
    assert out[0]["evidence"].startswith("회원가입 | [필수정보] 이름")


def test_table_with_required_and_optional_columns():
    text = """처리하는 개인정보 항목
| 서비스 | 필수항목 | 선택항목 |
|---|---|---|
| 회원가입 | 이메일, 비밀번호 | 닉네임 |
"""
    got = {(r["item"], r["required"], r["context"]) for r in rows(text, "markdown")}
    assert got == {("이메일", True, "회원가입"), ("비밀번호", True, "회원가입"), ("닉네임", False, "회원가입")}


def test_table_with_a_required_flag_column():
    text = """2. 수집하는 개인정보
| 항목 | 필수/선택 |
|---|---|
| 이름 | 필수 |
| 생년월일 | 선택 |
"""
    assert {(r["item"], r["required"]) for r in rows(text, "markdown")} == {("이름", True), ("생년월일", False)}


def test_html_table_with_rowspan_gives_every_row_its_context():
    html = """<html><body><h2>수집하는 개인정보 항목</h2><table>
<tr><th>구분</th><th>필수/선택</th><th>수집 항목</th></tr>
<tr><td rowspan="2">회원가입</td><td>필수</td><td>이름, 이메일</td></tr>
<tr><td>선택</td><td>프로필 사진</td></tr>
</table></body></html>"""
    got = {(r["item"], r["context"], r["required"]) for r in rows(html, "html")}
    assert got == {("이름", "회원가입", True), ("이메일", "회원가입", True), ("프로필 사진", "회원가입", False)}


def test_lines_of_a_table_cell_are_separate_labelled_lists():
    html = """<html><body><h2>수집하는 개인정보 항목</h2><table>
<tr><th>구분</th><th>수집 항목</th></tr>
<tr><td>회원가입</td><td>필수: 이름, 이메일<br>선택: 주소</td></tr>
</table></body></html>"""
    got = [(r["item"], r["context"], r["required"]) for r in rows(html, "html")]
    assert got == [("이름", "회원가입", True), ("이메일", "회원가입", True), ("주소", "회원가입", False)]


def test_a_cell_line_with_a_list_then_a_sentence_keeps_the_list():
    html = """<html><body><h2>수집하는 개인정보 항목</h2><table>
<tr><th>구분</th><th>수집 항목</th></tr>
<tr><td>구매 기록</td><td>주문 ID, 상품 ID, 수량. <strong>카드번호 등 결제수단 정보는 수집하지 않고 결제사가 직접 처리합니다.</strong></td></tr>
</table></body></html>"""
    assert items(html, "html") == ["주문 ID", "상품 ID", "수량"]


def test_personal_data_file_table():
    text = """제6조(처리하는 개인정보 항목)
| 순번 | 개인정보파일의 명칭 | 개인정보파일에 기록되는 개인정보의 항목 |
|---|---|---|
| 1 | 사생관리 | (필수) 성명, 학번, 보호자연락처 |
| 2 | 인터넷 이용정보 | IP주소, 쿠키 |
"""
    out = by_item(text, "markdown")
    assert set(out) == {"성명", "학번", "보호자연락처", "IP주소", "쿠키"}
    assert out["성명"]["required"] is True and out["성명"]["context"] == "사생관리"
    assert out["IP주소"]["required"] is None and out["IP주소"]["auto_collected"] is True


def test_third_party_and_officer_tables_are_not_collected_items():
    text = """제4조(개인정보의 제3자 제공)
| 제공받는 자 | 제공 목적 | 제공 항목 |
|---|---|---|
| 국민건강보험공단 | 조회 | 성명, 주민등록번호 |

제9조(개인정보 보호책임자)
| 항목 | 내용 |
|---|---|
| 성명 | 홍길동 |
"""
    assert items(text, "markdown") == []


# --- labelled lines and lists ----------------------------------------------------------


def test_required_and_optional_labels_with_context_heading():
    text = """1. 수집하는 개인정보 항목
[홈페이지 회원가입 시 수집항목]
- 필수항목 : 성명, 아이디, 비밀번호, 연락처(전화번호 or 휴대폰번호)
- 선택항목 : 주소, 메일수신여부
- 수집방법 : 홈페이지, 서면양식
"""
    out = rows(text)
    assert [(r["item"], r["required"]) for r in out] == [
        ("성명", True), ("아이디", True), ("비밀번호", True), ("연락처", True), ("주소", False), ("메일수신여부", False)]
    assert {r["context"] for r in out} == {"홈페이지 회원가입"}


def test_standard_template_with_service_headings_and_generated_items():
    text = """제2조(처리하는 개인정보의 항목)
① <기관명>은(는) 다음의 개인정보 항목을 처리하고 있습니다.
1. <홈페이지 회원가입 및 관리>
• 필수항목 : 이름, 아이디
• 선택항목 : 이메일
② 인터넷 서비스 이용과정에서 아래 개인정보 항목이 자동으로 생성되어 수집될 수 있습니다.
• IP주소, 쿠키, 불량 이용기록 등
제3조(개인정보의 처리 및 보유기간)
① 회원정보 : 회원 탈퇴 시까지
- 보존 항목 : 이름, 접속 로그
"""
    got = [(r["item"], r["context"], r["required"], r["auto_collected"]) for r in rows(text)]
    assert got == [
        ("이름", "홈페이지 회원가입 및 관리", True, False), ("아이디", "홈페이지 회원가입 및 관리", True, False),
        ("이메일", "홈페이지 회원가입 및 관리", False, False),
        ("IP주소", None, None, True), ("쿠키", None, None, True), ("불량 이용기록", None, None, True)]


def test_a_purpose_label_over_items_is_their_context():
    text = "1. 수집하는 개인정보 항목\n- 진료 목적 : 성명, 주민등록번호, 진료기록\n- 이용 목적 : 회원 관리, 본인 확인\n"
    assert {(r["item"], r["context"]) for r in rows(text)} == {
        ("성명", "진료"), ("주민등록번호", "진료"), ("진료기록", "진료")}


def test_bracket_labels_inline_and_a_person_with_items():
    text = """수집하는 개인정보의 항목
1. 회원가입
[필수항목] 이름, 생년월일 [선택항목] 성별
2. 단체구매 신청
[필수항목] 신청자(이름, 이메일, 전화번호) [선택항목] 회사명
"""
    got = {(r["item"], r["context"], r["required"]) for r in rows(text)}
    assert ("이름", "회원가입", True) in got and ("성별", "회원가입", False) in got
    assert ("이메일", "단체구매 신청", True) in got and ("회사명", "단체구매 신청", False) in got
    assert not any(item == "신청자" for item, _, _ in got)


def test_context_labels_and_group_labels():
    text = """가. 수집하는 개인정보의 항목
회사는 다음과 같은 정보를 수집하고 있습니다.
- 회원가입시 : 이름, 로그인ID, 14세미만 가입자의 경우 법정대리인의 정보
- 신용카드 결제 시 : 카드사명, 카드번호 등 카드결제 승인 정보
- 서비스 이용 기록: 접속 로그, 쿠키
"""
    got = {(r["item"], r["context"]) for r in rows(text)}
    assert got == {("이름", "회원가입"), ("로그인ID", "회원가입"), ("카드사명", "신용카드 결제"),
                   ("카드번호", "신용카드 결제"), ("카드결제 승인 정보", "신용카드 결제"),
                   ("접속 로그", "서비스 이용 기록"), ("쿠키", "서비스 이용 기록")}


def test_intro_sentence_then_one_item_per_line_until_the_list_ends():
    text = """2. 개인정보의 수집
자동으로 수집·저장되는 정보
지원시스템을 이용할 경우 다음과 같은 정보는 자동적으로 수집·저장됩니다.
가. 지원시스템 접속 시 요청한 웹사이트의 주소
나. 이용자의 IP주소, 브라우저 요청 종류 및 프로토콜 버젼
다. 접속일시
위와 같이 자동 수집·저장되는 정보는 통계 분석 등에 활용될 것입니다.
가. 서비스 개선
"""
    out = rows(text)
    assert [r["item"] for r in out] == ["지원시스템 접속 시 요청한 웹사이트의 주소", "IP주소", "브라우저 요청 종류",
                                        "프로토콜 버젼", "접속일시"]
    assert all(r["auto_collected"] for r in out)
    assert out[1]["context"] == "이용자"


def test_bare_labels_on_their_own_lines_and_dash_remarks():
    text = """1. 수집하는 정보
필수 항목:
이메일 주소 — 인증 및 계정 복구용
비밀번호
선택 항목:
프로필 사진 — 업로드를 선택한 경우
공개 범위 — 같은 이벤트의 다른 참가자
"""
    assert [(r["item"], r["required"]) for r in rows(text)] == [("이메일 주소", True), ("비밀번호", True), ("프로필 사진", False)]


def test_labelled_segments_split_by_slashes_and_an_angle_bracket_context():
    text = "1. 수집하는 개인정보 항목\n<회원가입 시> 필수: 이름, 이메일 / 선택: 전화번호\n"
    assert [(r["item"], r["context"], r["required"]) for r in rows(text)] == [
        ("이름", "회원가입", True), ("이메일", "회원가입", True), ("전화번호", "회원가입", False)]


def test_intro_and_list_on_one_line():
    text = "개인정보 자동 수집\n서비스 이용 시 다음의 정보가 자동으로 수집됩니다: 기기 식별자, 광고 ID, 접속 기록\n"
    assert [(r["item"], r["auto_collected"]) for r in rows(text)] == [
        ("기기 식별자", True), ("광고 ID", True), ("접속 기록", True)]


def test_a_word_cut_by_a_stray_line_break_is_rejoined():
    text = "■ 수집하는 개인정보 항목\n가. 수집항목 : 이름, 사업자등록증, 자동이체신청\n서, 접속 로그\n"
    assert items(text) == ["이름", "사업자등록증", "자동이체신청서", "접속 로그"]
    # A list that goes on with a one-syllable item is not glued to a complete item.
    assert items("수집하는 개인정보 항목\n수집항목 : 이메일, 이름\n성, 나이\n") == ["이메일", "이름", "성", "나이"]


def test_methods_purposes_and_not_collected_lists_are_left_out():
    text = """1. 수집하는 개인정보 항목 및 수집방법
가. 수집항목 : 이름, 휴대전화번호
나. 개인정보 수집방법
홈페이지, 서면양식, 팩스, 전화
2. 개인정보의 수집 및 이용목적
회원제 서비스 이용에 따른 본인확인, 개인 식별, 불량회원의 부정 이용 방지
3. 수집하지 않는 정보
다음 정보는 수집하지 않습니다:
선수의 전화번호
"""
    assert items(text) == ["이름", "휴대전화번호"]


# --- sentences ------------------------------------------------------------------------------


def test_items_in_a_collecting_sentence():
    text = """제2조(개인정보의 처리 목적)
본원은 이용자가 서비스 이용 시 이용기록, 접속로그, 접속IP정보 등 생성정보를 수집합니다.
서비스 이용 과정에서 서비스이용기록, 불량이용 기록이 생성되어 수집될 수 있습니다.
"""
    out = rows(text)
    assert [r["item"] for r in out] == ["이용기록", "접속로그", "접속IP정보", "서비스이용기록", "불량이용 기록"]
    assert out[0]["evidence"] == "본원은 이용자가 서비스 이용 시 이용기록, 접속로그, 접속IP정보 등 생성정보를 수집합니다."


def test_a_condition_in_front_of_the_list_is_its_context():
    text = "제1조(수집하는 개인정보)\n회사는 회원가입 시 이름, 이메일, 휴대폰번호를 수집합니다.\n"
    assert [(r["item"], r["context"]) for r in rows(text)] == [
        ("이름", "회원가입"), ("이메일", "회원가입"), ("휴대폰번호", "회원가입")]
    assert items("수집하는 개인정보\n회사가 수집하는 개인정보는 이름, 이메일, 전화번호입니다.\n") == ["이름", "이메일", "전화번호"]
    # One item alone counts in the collection section when the taxonomy knows it.
    assert items("수집하는 개인정보\n회사는 서비스 제공을 위해 이메일 주소만 수집합니다.\n") == ["이메일 주소"]


def test_quoted_lists_and_requirement_words_in_sentences():
    text = """1. 수집하는 개인정보
- 회원가입 시에 '아이디, 비밀번호, 이름'을 필수항목으로 수집합니다. 그리고 선택항목으로 이메일 주소, 프로필 정보를 수집합니다.
"""
    assert [(r["item"], r["context"], r["required"]) for r in rows(text)] == [
        ("아이디", "회원가입", True), ("비밀번호", "회원가입", True), ("이름", "회원가입", True),
        ("이메일 주소", None, False), ("프로필 정보", None, False)]


def test_legal_guardian_items_take_the_owner_as_context():
    text = """9. 아동의 개인정보보호
회사는 법정대리인의 동의를 받기 위하여 아동으로부터 법정대리인의 성명과 연락처 등 최소한의 정보를 수집하고 있습니다.
"""
    assert {(r["item"], r["context"]) for r in rows(text)} == {("성명", "법정대리인"), ("연락처", "법정대리인")}


def test_sentences_that_do_not_collect_give_no_items():
    assert items("제7조(개인정보의 안전성 확보조치)\n회사는 비밀번호, 주민등록번호 등 중요 정보를 암호화하여 저장합니다.\n") == []
    text = """제3조(개인정보의 처리 목적)
민원인의 신원 확인, 사실조사를 위한 연락·통지, 처리결과 통보 등의 목적으로 개인정보를 처리합니다.
회사는 민감한 개인정보(인종, 사상 및 신조 등)는 수집하지 않습니다.
정보주체로부터 개인정보를 수집 시에 동의 받은 개인정보 보유·이용기간 또는 법령에 따른 기간 내에서 처리합니다.
"""
    assert items(text) == []


def test_marked_lines_with_one_item_each_are_items_and_a_marked_line_over_a_list_is_its_group():
    numbered = "3. 수집항목\n① 출입증 발급 시 본인 확인에 사용\n② 수집항목\n1) 성명\n2) 사원번호\n3) 부서명\n"
    assert items(numbered) == ["성명", "사원번호", "부서명"]
    grouped = ("1. 수집하는 개인정보 항목\n앱 이용과정에서 다음과 같은 정보들이 자동으로 생성되어 수집될 수 있습니다.\n"
               "ㄱ. 접속 이력\n앱 버전, 단말 모델\n‣ 기기 식별자\n")
    assert items(grouped) == ["앱 버전", "단말 모델", "기기 식별자"]


# --- cookies ----------------------------------------------------------------------------------


def test_cookie_use_adds_the_cookie_item_once():
    used = "1. 수집항목 : 이름\n2. 쿠키의 운영\n회사는 이용정보를 저장하고 수시로 불러오는 '쿠키(cookie)'를 사용합니다.\n"
    out = by_item(used)
    assert set(out) == {"이름", "쿠키"} and out["쿠키"]["auto_collected"] is True
    named = "1. 수집항목 : 이름, 쿠키정보\n2. 쿠키의 운영\n회사는 쿠키를 사용합니다.\n"
    assert items(named) == ["이름", "쿠키정보"]
    unused = "1. 수집항목 : 이름\n2. 쿠키\n회사는 '쿠키(cookie)'를 사용하지 않습니다.\n"
    assert items(unused) == ["이름"]


def test_cookies_said_unused_drop_a_listed_cookie_and_a_passive_verb_says_used():
    assert items("1. 수집항목 : 이름, 쿠키\n2. 쿠키의 운영\n본 서비스는 단말기에 쿠키를 설치하지 않습니다.\n") == ["이름"]
    assert items("1. 수집항목 : 이름\n2. 자동 수집 장치\n방문 통계를 위하여 쿠키가 사용될 수 있습니다.\n") == ["이름", "쿠키"]
    # The list's own wording is the one cookie item, not a second 쿠키 from a sentence.
    listed = "1. 수집항목 : 이름, 쿠키 정보\n2. 쿠키\nIP주소, 쿠키 등이 자동으로 수집됩니다.\n"
    assert [i for i in items(listed) if "쿠키" in i] == ["쿠키 정보"]
    # Not a statement that no cookies are used: an exception, or another clause's verb.
    listed = "1. 수집항목 : 이름, 쿠키\n2. 쿠키\n회사는 쿠키를 사용하며, 교육 서비스 이외에 쿠키를 사용하지 않습니다.\n"
    assert items(listed) == ["이름", "쿠키"]
    listed = "1. 수집항목 : 이름, 쿠키\n2. 행태정보\n쿠키를 활용하여 개인을 식별하고, 행태정보를 수집·이용하지 않습니다.\n"
    assert items(listed) == ["이름", "쿠키"]


def test_a_cookie_label_said_to_serve_a_purpose_is_the_cookie_item_and_a_tool_label_is_none():
    text = ("## 1. 수집하는 개인정보 항목\n- 이름\n## 7. 쿠키 및 분석 도구\n"
            "- **세션 쿠키**: 로그인 상태 유지 및 중복 요청 방지를 위해 사용됩니다.\n"
            "- **Google Analytics**: 페이지뷰 등 익명화된 행동 데이터를 수집하여 서비스 개선에 활용합니다.\n")
    assert items(text, "markdown") == ["이름", "세션 쿠키"]


def test_a_cctv_section_collects_the_footage_under_its_own_name():
    text = ("1. 수집항목 : 이름\n2. 영상정보처리기기 운영\n"
            "회사는 주차장 출입 확인을 위해 영상정보처리기기를 설치하여 개인영상정보를 처리합니다.\n")
    out = by_item(text)
    assert set(out) == {"이름", "개인영상정보"} and out["개인영상정보"]["auto_collected"] is True
    assert items("1. 수집항목 : 이름\n2. CCTV 운영\n회사는 영상정보처리기기를 설치·운영하지 않습니다.\n") == ["이름"]


def test_enumerations_in_prose_closed_by_a_copula_a_comparison_or_a_passive_verb():
    text = ("제2조(수집하는 개인정보 항목)\n가입할 때 받는 정보는 고객님의 닉네임, 출생연도, 관심 지역 등입니다.\n"
            "제휴 문의 시에는 '담당자명, 부서명'과 같은 정보를 수집하고 있습니다.\n"
            "앱을 쓰는 동안 앱 오류 내용, 단말 모델명 등이 로그 서버에 기록될 수 있습니다.\n")
    assert items(text) == ["닉네임", "출생연도", "관심 지역", "담당자명", "부서명", "앱 오류 내용", "단말 모델명"]
    far = "제2조(수집하는 개인정보 항목)\n4. IP주소, 디바이스정보 등 일부 정보는 서비스 이용 과정에서 자동 생성되어 수집됩니다.\n"
    assert items(far) == ["IP주소", "디바이스정보"]
    device = "제2조(수집하는 개인정보 항목)\n사용자가 입력한 목표와 기록은 기본적으로 사용자의 기기 안에 저장됩니다.\n"
    assert items(device) == []
    mixed = "제2조(수집하는 개인정보 항목)\n회사는 이름, 연락처를 수집하며, 주민등록번호는 수집하지 않습니다.\n"
    assert items(mixed) == ["이름", "연락처"]
    referred = "제2조(수집하는 개인정보 항목)\n카드 번호, 결제정보는 대행사가 처리하며, 회사는 이를 보관하지 않습니다.\n"
    assert items(referred) == []
    later = "제2조(수집하는 개인정보 항목)\n광고 식별자, 기기 모델 등은 추후 별도 동의를 받아 수집할 예정입니다.\n"
    assert items(later) == []
    law = "제2조(수집하는 개인정보 항목)\n개인정보 보호법, 미국 주법 등 관련 법령에 따라 개인정보를 처리합니다.\n"
    assert items(law) == []
    # A right the user may request is no enumeration of collected items.
    assert items("제2조(수집하는 개인정보 항목)\n법정대리인은 아동의 개인정보 열람, 정정, 동의철회를 요청할 수 있습니다.\n") == []


def test_an_intro_is_judged_by_what_it_announces_not_by_a_purpose_said_in_passing():
    head = "제2조(처리하는 개인정보 항목)\n"
    purpose = head + "회사는 오류 분석 목적으로 아래와 같은 정보를 자동으로 수집할 수 있습니다.\n- 단말 모델, 운영체제 버전\n"
    assert items(purpose) == ["단말 모델", "운영체제 버전"]
    subject = head + "회사는 실명을 받지 않습니다. 회사가 다루는 정보의 종류는 아래와 같습니다.\n- 멤버십 등급\n"
    assert items(subject) == ["멤버십 등급"]
    method = head + "필수항목 : 이름\n회사는 다음의 방식으로 개인정보를 수집합니다.\n① 전시장, 강연회 등 현장에서 신청서로 수집하는 방식\n"
    assert items(method) == ["이름"]
    officer = head + "필수항목 : 이름\n회사는 불만을 처리하기 위하여 아래와 같이 관련 부서를 지정하고 있습니다.\n- 부서, 전화번호\n"
    assert items(officer) == ["이름"]


def test_a_third_party_named_as_the_source_keeps_the_list_going():
    text = ("## 2. 처리하는 개인정보 항목\n\n1. 이용자가 입력한 정보와 제휴사 등 제3자로부터 받은 정보\n"
            "2. 앱 이용 중 자동으로 생성되어 수집: 접속 IP, 앱 오류 기록\n3. 상담 과정에서 수집: 이름, 이메일\n")
    assert items(text, "markdown") == ["접속 IP", "앱 오류 기록", "이름", "이메일"]


def test_a_label_whose_value_says_what_it_is_for_is_the_item():
    text = ("## 2. 수집하는 개인정보 항목\n\n- **휴대폰 번호**: 로그인 인증 문자 발송에 사용\n- **프로필 이름**: 친구 목록에 표시\n"
            "- 문의: 회신 이메일, 첨부 이미지\n- 위젯 사용 시 단말 모델명, 통계용 식별값(익명 처리): 설치 ID\n"
            "- 납입정보 : 미납, 연체, 자동이체 등에 관한 사항\n")
    assert items(text, "markdown") == ["휴대폰 번호", "프로필 이름", "회신 이메일", "첨부 이미지", "단말 모델명", "설치 ID", "납입정보"]


def test_a_label_value_list_ends_at_its_sentence_and_records_in_a_retention_section_are_no_items():
    listed = "제2조(수집하는 개인정보 항목)\n중고 거래: 물품 사진, 희망 가격. 거래가 끝나면 게시물은 비공개로 바뀝니다.\n"
    assert items(listed) == ["물품 사진", "희망 가격"]
    kept = "제3조(개인정보의 보유기간)\n1) 예약 정보 : 이용일로부터 6개월 후 삭제\n2) 상담 정보 : 상담 종료 후 1년\n"
    assert items(kept) == []


def test_a_table_cell_label_whose_value_defines_it_is_the_item():
    html = ("<h2>제2조(개인정보 수집·이용 항목)</h2><table><tr><th>이용목적</th><th>수집하는 개인정보</th></tr>"
            "<tr><td>대출 신청</td><td>개인식별정보 : 성명, 연락처<br>신용거래정보 : 대출, 보증, 신용카드 등 상거래와 관련하여 "
            "그 거래의 종류, 기간 등에 관한 사항</td></tr></table>")
    assert items(html, "html") == ["성명", "연락처", "신용거래정보"]


def test_a_key_value_table_and_an_occasion_column_that_names_collecting():
    kv = "## 2. 처리하는 개인정보 항목\n\n| 항목 | 내용 |\n|---|---|\n| 필수항목 | 아이디, 학교명 |\n| 선택항목 | 관심 과목 |\n"
    assert [(r["item"], r["required"]) for r in rows(kv, "markdown")] == [
        ("아이디", True), ("학교명", True), ("관심 과목", False)]
    html = ("<h2>제2조(수집하는 개인정보 항목)</h2><table><tr><th>정보를 수집하는 단계</th><th>수집 항목</th></tr>"
            "<tr><td>경품 당첨자</td><td>이름, 배송지 주소</td></tr></table>")
    assert [(r["item"], r["context"]) for r in rows(html, "html")] == [("이름", "경품 당첨자"), ("배송지 주소", "경품 당첨자")]


def test_a_name_used_as_a_group_label_is_no_item_where_a_sentence_names_it():
    text = ("1. 수집하는 정보\n- 로그인 정보: 애플 계정으로 로그인하면 닉네임, 이메일 주소를 받습니다.\n"
            "2. 기록의 저장\n지출 기록과 로그인 정보는 저장소에서 암호화되며, 계정을 지울 때까지 보관합니다.\n")
    assert items(text) == ["닉네임", "이메일 주소", "지출 기록"]


def test_intro_noun_quoted_label_and_clauses_are_no_items():
    head = "제2조(수집하는 개인정보 항목)\n"
    assert items(head + "앱은 광고 분석을 목적으로 아래와 같은 기기 정보를 자동 수집할 수 있습니다.\n- 기기 광고 ID\n") == ["기기 광고 ID"]
    assert items(head + '이용자의 "브라우저 종류", "IP"항목을 자동 수집합니다.\n') == ["브라우저 종류", "IP"]
    assert items(head + "다음과 같은 정보들이 자동으로 생성되어 수집될 수 있습니다. :\n서비스 이용기록, 접속 로그\n") == [
        "서비스 이용기록", "접속 로그"]
    assert not is_item("회사는 개인정보에 대한 접근권한을 개인정보보호책임자")
    assert not is_item("휴대폰 번호를 입력한 경우 그 번호")
    assert is_item("앱 내 채팅 기능을 사용한 채팅 내용")
    assert not is_item("TOP") and not is_item("당진시 개인정보파일 목록")
    assert is_item("인바디 결과지 사진")  # Kiwi's clause ending inside a noun (결과+지) is none
    for text in ("관련법규의 준수", "GooGoGoal 은 목표와 습관", "쿠키/픽셀/SDK란", "관련법", "정보 삭제 및 처리 정지", "가입자 정보"):
        assert not is_item(text), text
    assert is_item("조리법") and is_item("생산라인 수")


def test_known_items_after_a_purpose_and_a_label_described_by_a_sentence():
    purpose = ("3. 개인정보의 수집 및 이용목적\n회사는 수집한 개인정보를 다음의 목적을 위해 활용합니다.\n"
               "- 고지 사항 전달, 새로운 서비스 안내: 이메일, 주소, 전화번호\n- 회원제 서비스 이용, 개인식별\n")
    assert items(purpose) == ["이메일", "주소", "전화번호"]
    described = ("## 1-3. 자동으로 생성·수집되는 정보\n\n- 기기 식별자(게스트 ID): 앱이 임의로 생성하는 값이며, "
                 "개인을 식별하지 않습니다.\n- 선택항목 : 만족도 조사, 설문조사\n")
    assert items(described, "markdown") == ["기기 식별자", "만족도 조사", "설문조사"]


# --- seed documents -----------------------------------------------------------------------------


def seed(prefix):
    path = next(RAW.glob(f"{prefix}_*"))
    text, encoding = decode_bytes(path.read_bytes())
    return extract_collected_items(build_document(path.stem, str(path), text, input_format(path), encoding))


def test_seed_000_lists_labels_children_and_cookies():
    out = seed("000")
    got = {}
    for r in out:
        got.setdefault(r["item"], r)
    assert {"성명", "아이디", "외국인을 확인할 수 있는 관련 증명서류", "SMS수신여부", "접속 IP 정보", "쿠키"} <= set(got)
    assert got["성명"]["required"] is True and got["접속 로그"]["auto_collected"] is True
    assert ("연락처", "법정대리인") in {(r["item"], r["context"]) for r in out}
    assert "필수항목외 회원가입시 등록하는 정보" not in got


def test_seed_003_table_rows_and_generated_information():
    out = seed("003")
    got = {(r["item"], r["context"]) for r in out}
    assert {("주민등록번호", "수강신청"), ("계좌번호", "환불신청"), ("관계", "법정대리인"), ("MAC주소", "서비스 이용 중")} <= got
    assert {"학과", "학년", "접속IP정보"} <= {r["item"] for r in out}
    # 제공항목 of the third-party table are not collected items.
    assert "학위명" not in {r["item"] for r in out}


def test_seed_004_table_with_inline_labels():
    out = {r["item"]: r for r in seed("004")}
    assert out["카카오계정"]["required"] is True and out["희망 직무"]["required"] is True
    assert out["현재 상황 및 고민"]["required"] is False
    assert out["모바일 기기 정보"]["auto_collected"] is True
    assert "카카오톡 메시지 전송" not in out


# --- forms seen in policies outside the development corpus ---------------------------


@pytest.mark.parametrize("text,expected", [
    ("저서 및 주요논문", ["저서", "주요논문"]),
    ("오류 및 크래시 로그", ["오류 및 크래시 로그"]),  # the single word shares the head 로그
    ("부모님(법정대리인)의 이름", ["이름"]),
])
def test_split_items_on_unknown_words(text, expected):
    assert split_items(text) == expected


def test_a_label_without_its_colon():
    found = by_item("""1. 수집하는 개인정보의 항목 및 수집방법
- 필수항목 : 이름, 아이디
- 선택항목 신용카드정보, 은행계좌정보
- 개인정보 수집방법 홈페이지 및 이용신청서
""")
    assert set(found) == {"이름", "아이디", "신용카드정보", "은행계좌정보"}
    assert found["신용카드정보"]["required"] is False and found["이름"]["required"] is True


def test_requirement_labels_on_their_own_lines_in_a_cell():
    html = """<h3>수집하는 개인정보 항목</h3><table><tr><th>구분</th><th>수집항목</th></tr>
<tr><td>교육생</td><td>․ 필수항목<br>: 이름, 생년월일<br>․ 선택항목<br>: 집전화, 사진</td></tr></table>"""
    found = by_item(html, "html")
    assert set(found) == {"이름", "생년월일", "집전화", "사진"}
    assert found["이름"]["required"] is True and found["사진"]["required"] is False


def test_a_statutory_retention_table_is_not_a_collection_table():
    html = """<h3>개인정보의 보유 및 이용기간</h3><table>
<tr><th>관련법률</th><th>목적</th><th>수집항목</th><th>보유기간</th></tr>
<tr><td>통신비밀보호법</td><td>수사기관 요청시 제공</td><td>로그기록, IP 등</td><td>3개월</td></tr></table>"""
    assert items(html, "html") == []


def test_group_names_and_cut_fragments_are_not_items():
    # A name over its own marked sub-list is a group, wherever it stands; `건강 관련 정보` in a list is an item.
    text = ("1. 수집항목\n회사는 아래와 같은 개인정보를 수집하고 있습니다.\n교육관련정보\n- 필수 : 성명, 직업\n"
            "고용보험환급관련 정보 (수강신청 시 별도 수집)\n- 주민등록번호\n보험가입관련 정보\n- 여권번호\n")
    assert items(text) == ["성명", "직업", "주민등록번호", "여권번호"]
    assert is_item("건강 관련 정보")
    assert not is_item("귀하의 웹 브라우저 상단의 [도구")


@pytest.mark.parametrize("text,expected", [
    ("부분 마스킹 처리된 카드/계좌번호", ["부분 마스킹 처리된 카드/계좌번호"]),  # 카드번호 and 계좌번호
    ("카드사/카드번호", ["카드사", "카드번호"]),
    ("휴대폰/이메일 주소", ["휴대폰", "이메일 주소"]),
])
def test_a_slash_list_sharing_its_last_head_stays_whole(text, expected):
    assert split_items(text) == expected


def test_vague_and_person_phrases_are_not_items():
    for text in ("카카오에서 제공하는 정보", "이용자 및 법정 대리인", "경우", "이용문의에 대한 회신"):
        assert not is_item(text), text


def test_middle_dot_between_phrases_of_several_words_splits():
    assert split_items("코알라 성장 단계·독서 통계 등 학습 활동 정보") == ["코알라 성장 단계", "독서 통계", "학습 활동 정보"]
    assert split_items("주문·결제 내역") == ["주문·결제 내역"]


def test_known_one_word_items_side_by_side_are_separate():
    assert split_items("이름 나이, 소속") == ["이름", "나이", "소속"]
    assert split_items("이메일 주소") == ["이메일 주소"]
    assert split_items("회원 아이디") == ["회원 아이디"]


def test_a_label_whose_value_lists_its_uses_is_the_item():
    md = ("## 1. 수집하는 개인정보 항목\n\n### 가. 필수 수집 항목\n"
          "- **이메일 주소**: 회원가입, 본인 확인, 비밀번호 재설정\n"
          "- **비밀번호**: 암호화하여 저장 (운영자도 원본 확인 불가)\n"
          "- **서비스 이용 기록**: 습관, 토큰, 통계 데이터\n\n"
          "### 나. 선택 수집 항목\n- **닉네임**: 서비스 내 표시\n")
    assert sorted(items(md, "markdown")) == sorted(["이메일 주소", "비밀번호", "습관", "토큰", "통계 데이터", "닉네임"])
    # Outside the items section a label with a value that is no item list is not an item (a contact line).
    assert items("제10조 개인정보 보호책임자\n- 전화: 02-123-4567, 상담 접수\n") == []


def test_labels_described_by_their_values_under_what_the_user_provides():
    html = """<h2>1. 수집하는 정보</h2><h3>1.1 사용자가 제공하는 정보</h3><ul>
    <li><strong>식물 이미지:</strong> 질병 진단을 위해 촬영한 사진은 기기에서 처리되며, 클라우드에 저장됩니다.</li>
    <li><strong>위치 데이터:</strong> 지역 맞춤형 권장 사항을 제공하기 위해 위치를 수집합니다.</li>
    <li><strong>커뮤니티 게시물:</strong> 커뮤니티 포럼에 게시하는 콘텐츠.</li></ul>
    <h3>1.2 자동으로 수집되는 정보</h3><ul>
    <li><strong>기기 정보:</strong> 기기 유형, 운영 체제, 앱 버전.</li>
    <li><strong>충돌 보고서:</strong> 앱에서 오류 발생 시 기술 데이터.</li></ul>"""
    assert sorted(items(html, "html")) == sorted(
        ["식물 이미지", "위치 데이터", "커뮤니티 게시물", "기기 유형", "운영 체제", "앱 버전", "충돌 보고서"])
    # A value that is an item (with a remark in brackets) is the item, not a description of the label.
    assert items("1. 수집 항목\n기기 기능 접근 정보: 카메라 권한 (모션 인식 기능 제공 목적)\n") == ["카메라 권한"]


def test_a_personal_data_items_label_opens_a_list_in_a_section_about_collection_and_keeping():
    text = ("제3조(개인정보의 수집 및 보유)\n법령의 규정과 정보주체의 동의에 의해서만 개인정보를 수집ㆍ보유합니다.\n"
            "1. 홈페이지 회원가입 및 관리\n- 개인정보 항목: 성명, 생년월일, 주소\n- 보유기간: 회원 탈퇴 시까지\n")
    assert items(text) == ["성명", "생년월일", "주소"]


def test_a_purpose_and_items_table_in_the_purpose_section_lists_items():
    md = ("## 1. 개인정보의 수집 및 이용 목적\n\n회사는 다음의 목적을 위하여 개인정보를 처리합니다:\n\n"
          "| 목적 | 항목 |\n|------|------|\n| 게임 서비스 | 게임 전적, 레벨 |\n| 고객 지원 | 문의 내역, 이메일 주소 |\n")
    out = by_item(md, "markdown")
    assert sorted(out) == ["게임 전적", "레벨", "문의 내역", "이메일 주소"]
    assert out["레벨"]["context"] == "게임 서비스"


def test_tortoise_shell_brackets_name_a_group_like_square_ones():
    text = "제2조 수집하는 개인정보 항목\n〔일반회원의 경우〕 아이디, 이름\n〔치과의사의 경우〕 면허증번호\n"
    assert [(r["item"], r["context"]) for r in rows(text)] == [
        ("아이디", "일반회원"), ("이름", "일반회원"), ("면허증번호", "치과의사")]


def test_a_dash_inside_a_parenthetical_and_an_unclosed_parenthetical_stay_with_their_item():
    found = items("결제 및 환불 시 수집 항목 : 은행 계좌 정보(은행명, 계좌번호, 예금주 - 환불 시), 입금자명\n"
                  "세금계산서 발행 시 수집 항목 : 법인통장 사본(계좌번호, 계좌명\n")
    assert {"은행 계좌 정보", "입금자명", "법인통장 사본"} <= set(found)
    assert not {"계좌번호", "예금주", "계좌명"} & set(found)


def test_the_organization_name_is_never_an_item():
    text = ("< 가나랩>('https://ganalab.example.kr/'이하 '가나랩')\n은(는) 「개인정보 보호법」 제30조에 따라 "
            "다음과 같이 개인정보 처리방침을 수립·공개합니다.\n"
            "제6조(처리하는 개인정보의 항목)\n① \n < 가나랩>\n 은(는) 다음의 개인정보 항목을 처리하고 있습니다.\n"
            "1< 홈페이지 회원가입 및 관리>\n필수항목 : 이메일, 로그인ID, 학번\n선택항목 :\n"
            "제7조(사업자 정보)\n공정위 사업자 정보: 가나랩(유)\n")
    assert items(text) == ["이메일", "로그인ID", "학번"]


def test_a_content_column_of_lists_holds_the_items_and_the_first_column_their_groups():
    got = items("""## 자동으로 수집되는 정보
| 항목 | 내용 |
|------|------|
| 접속 정보 | IP 주소, 접속일시, 서비스 이용기록 |
| 푸시 | 기기 토큰, 플랫폼(android/ios) |
| 로그 | 오류 및 로그 정보 |
""", "markdown")
    assert got == ["IP 주소", "접속일시", "서비스 이용기록", "기기 토큰", "플랫폼", "오류 및 로그 정보"]


def test_a_heading_on_information_collected_or_generated_opens_an_item_list_of_bullets():
    found = items("""# 앱 개인정보처리방침

## 1. 기본 원칙

앱은 필요한 범위에서 이용자 데이터를 처리합니다.

## 2. 수집 또는 생성되는 정보

### 2-1. 계정 정보

- 이메일 주소
- 로그인 세션 정보

### 2-2. 기록 정보

- 기록 제목, 본문, 감정 태그
- 가이드 검색어 등 서비스 운영에 필요한 사용 로그
- 마지막 좌표 캐시 등 기기 로컬 저장 정보
- 좋아요, 조회수 집계 이벤트
- 성능 및 운영 안정성 확인에 필요한 최소 이벤트

## 3. 이용 목적

- 회원 식별, 로그인
""", "markdown")
    assert {"이메일 주소", "로그인 세션 정보", "기록 제목", "본문", "감정 태그", "사용 로그", "기기 로컬 저장 정보",
            "좋아요", "조회수 집계 이벤트", "최소 이벤트"} <= set(found)
    assert not {"서비스 운영에 필요한 사용 로그", "회원 식별"} & set(found)


def test_a_purpose_phrase_never_reaches_back_over_the_examples_before_etc():
    assert split_items("신용카드 정보, 상품권 번호 등 결제에 필요한 정보") == ["신용카드 정보", "상품권 번호"]


@pytest.mark.parametrize("text, expected", [
    # a comma lost after a bracketed remark
    ("카카오톡 이메일과 회원 번호(카카오톡 연동 회원에 한함) 이름, 서비스 내 닉네임",
     ["카카오톡 이메일", "회원 번호", "이름", "서비스 내 닉네임"]),
    ("직장(근무처) 주소", ["직장 주소"]),  # a gloss stays inside its item
    ("이동 통신사정보(선택), 또는 아이핀 정보(선택)", ["이동 통신사정보", "아이핀 정보"]),
    ("간편로그인 닉네임·이메일·고유 식별자(카카오/네이버)", ["간편로그인 닉네임", "이메일", "고유 식별자"]),
    ("Social Network Service 상의 제3자의 ID나 닉네임", ["ID나 닉네임"]),  # the owner at the last 의
])
def test_lost_commas_leading_conjunctions_middle_dots_and_owners(text, expected):
    assert split_items(text) == expected


def test_stray_question_marks_at_line_ends_and_a_label_with_a_bracket_inside():
    found = items("""4. 개인정보의 수집 범위 및 수집방법?
① 회사는 아래와 같이 개인정보를 수집할 수 있습니다.?
- 이름, 이메일 주소, 생년월일?
② 서비스 이용과정에서 아래와 같은 정보들이 생성되어 수집될 수 있습니다.?
(1) 휴대전화(스마트폰) & 모바일 기기(Tablet PC 등) : 모델명, OS정보, 구글 광고 ID?
""")
    assert set(found) == {"이름", "이메일 주소", "생년월일", "모델명", "OS정보", "구글 광고 ID"}


def test_a_bracketed_list_after_the_sentence_that_announces_it():
    found = items("""제2조(수집하는 개인정보의 항목)
(2) 모든회원: 서비스 이용 과정에서 다음과 같은 정보들이 자동으로 생성되어 수집될 수 있습니다. (접속 로그, 방문 일시, 쿠키).
4) 서비스 이용 과정에서 아래와 같은 정보들이 자동으로 생성되어 수집될 수 있습니다(불량 이용 기록, 기기정보 등).
""")
    assert set(found) == {"접속 로그", "방문 일시", "쿠키", "불량 이용 기록", "기기정보"}


def test_an_enumeration_as_topic_of_a_final_collecting_verb_and_consent_as_a_means():
    found = items("""가. 수집하는 개인정보의 항목
- 이름,E-Mail 주소, 비밀번호, 등의 정보는, 회사의 개인정보 취급 방침을 동의하는 경우 수집됩니다.
- 회원이 작성한 인생책 컨텐츠, 사진 등의 정보는, 회사의 방침을 동의하는 경우 수집 및 게재 됩니다.
- 회사는 합법적인 절차와 회원의 동의를 거쳐 추가로 수집할 수 있습니다.
""")
    assert set(found) == {"이름", "E-Mail 주소", "비밀번호", "인생책 컨텐츠", "사진"}


def test_refusing_one_kind_of_cookie_is_no_refusal_of_all_and_a_menu_path_names_no_items():
    found = items("""1. 수집하는 개인정보 항목
닉네임, 이메일 주소를 수집합니다.
8. 쿠키 등 자동 수집 장치
서비스는 별도의 광고·추적 쿠키를 사용하지 않습니다. 단, 로그인 상태 유지를 위한 쿠키(세션 식별값)가 발급됩니다.
3. 설정방법
예(인터넷 익스플로어의 경우): 웹 브라우저 상단의 [도구] > [인터넷 옵션] > [개인정보취급 수준] 설정
""")
    assert set(found) == {"닉네임", "이메일 주소", "쿠키"}
    assert "쿠키" not in items("""1. 수집하는 개인정보 항목
닉네임, 이메일 주소를 수집합니다.
8. 쿠키 등 자동 수집 장치
서비스는 쿠키를 사용하지 않습니다.
""")


def test_a_table_after_an_intro_saying_the_data_is_processed():
    text = """## 1-1. 계정 정보

로그인하면 다음 정보가 처리됩니다.

| 항목 | 목적 |
|---|---|
| 이메일 주소 | 계정 식별 |
| 표시 이름 | 로그인 상태 표시 |
"""
    assert items(text, "markdown") == ["이메일 주소", "표시 이름"]
