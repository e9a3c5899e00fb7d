from collections import Counter

from extractors.retention import extract_retention
from pipeline.document import build_document
from pipeline.ingest import decode_bytes, input_format

ECOMMERCE = "전자상거래 등에서의 소비자보호에 관한 법률"
NETWORK = "정보통신망 이용촉진 및 정보보호 등에 관한 법률"
CREDIT = "신용정보의 이용 및 보호에 관한 법률"
TELECOM = "통신비밀보호법"


def rows_of(text, fmt="text"):
    return extract_retention(build_document("t", "t", text, fmt))


def pairs(rows):
    """(period, law) of the rows the gold counts: fixed and permanent periods."""
    return Counter(("permanent" if r["period_kind"] == "permanent" else r["period_iso"], r["law"])
                   for r in rows if r["period_iso"] or r["period_kind"] == "permanent")


# --- tables ----------------------------------------------------------------------


def test_html_table_with_merged_law_and_period_cells():
    rows = rows_of("""<h3>제5조 개인정보의 보유 및 이용기간</h3>
<table><tr><th>보존 항목</th><th>보존 기간</th><th>근거 법령</th></tr>
<tr><td>계약 또는 청약철회 등에 관한 기록</td><td rowspan="2">5년</td>
    <td rowspan="4">전자상거래 등에서의 소비자보호에 관한 법률 제6조 및 동시행령 제6조</td></tr>
<tr><td>대금결제 및 재화 등의 공급에 관한 기록</td></tr>
<tr><td>소비자의 불만 또는 분쟁처리에 관한 기록</td><td>3년</td></tr>
<tr><td>표시·광고에 관한 기록</td><td>6개월</td></tr>
<tr><td>웹사이트 방문기록</td><td>3 개월</td><td>통신비밀보호법</td></tr>
</table>""", "html")
    # `… 법률 제6조 및 동시행령 제6조` names the act and its decree: two laws for each row it covers
    decree = ECOMMERCE + " 시행령"
    assert pairs(rows) == Counter({("P5Y", ECOMMERCE): 2, ("P3Y", ECOMMERCE): 1, ("P6M", ECOMMERCE): 1,
                                   ("P5Y", decree): 2, ("P3Y", decree): 1, ("P6M", decree): 1,
                                   ("P3M", TELECOM): 1})
    first = rows[0]
    assert first["record"] == "계약 또는 청약철회 등에 관한 기록"
    assert first["article"] == "제6조" and first["period_text"] == "5년" and first["period_days"] == 1825
    assert first["evidence"].startswith("계약 또는 청약철회 등에 관한 기록 | 5년 |")
    assert first["section_no"] == 1


def test_a_sentence_merged_over_rows_states_its_period_once():
    """A 보유기간 cell that is a sentence of its own, spanning every row, is one statement; a short period
    cell spanning rows (`5년` over two records) is still one entry per row."""
    rows = rows_of("""<h3>개인정보의 처리 목적, 항목 및 보유기간</h3>
<table><tr><th>목적</th><th>항목</th><th>보유기간</th></tr>
<tr><td>본인 확인</td><td>아이디</td><td rowspan="3">회원탈퇴 후 파기됩니다. 다만 부정 이용의 방지 목적으로 1년간 별도 보관됩니다.</td></tr>
<tr><td>안내 연락</td><td>전자우편주소</td></tr>
<tr><td>민원 처리</td><td>연락처</td></tr>
</table>
<table><tr><th>보존 항목</th><th>보존 기간</th></tr>
<tr><td>계약 또는 청약철회 등에 관한 기록</td><td rowspan="2">5년</td></tr>
<tr><td>대금결제 및 재화 등의 공급에 관한 기록</td></tr>
</table>""", "html")
    assert pairs(rows) == Counter({("P1Y", None): 1, ("P5Y", None): 2})


def test_markdown_pipe_table_with_a_short_row_and_short_law_names():
    rows = rows_of("""## 3. 개인정보의 보유 및 이용기간

| 구분 | 관련법률 | 보유기간 |
|---|---|---|
| 계약 또는 청약철회 등에 관한 기록 | 전자상거래법 | 5년 |
| 대금결제 및 재화 등의 공급에 관한 기록 | 5년 | |
| 본인확인에 관한 기록 | 정보통신망법 | 6개월 |
""", "markdown")
    assert pairs(rows) == Counter({("P5Y", ECOMMERCE): 2, ("P6M", NETWORK): 1})
    assert rows[0]["law_text"] == "전자상거래법"


def test_law_in_a_group_column_and_record_column_chosen_by_its_label():
    rows = rows_of("""<p>3. 개인정보의 보유기간</p>
<table><tr><th>구분</th><th>보존 항목</th><th>기간</th></tr>
<tr><td rowspan="2">전자상거래법</td><td>계약 또는 청약철회 등에 관한 기록</td><td>5년</td></tr>
<tr><td>소비자의 불만 또는 분쟁처리에 관한 기록</td><td>3년</td></tr>
<tr><td>통신비밀보호법</td><td>로그인 기록</td><td>3개월</td></tr></table>""", "html")
    assert [(r["record"], r["period_iso"], r["law"]) for r in rows] == [
        ("계약 또는 청약철회 등에 관한 기록", "P5Y", ECOMMERCE),
        ("소비자의 불만 또는 분쟁처리에 관한 기록", "P3Y", ECOMMERCE),
        ("로그인 기록", "P3M", TELECOM)]


def test_a_cell_naming_two_laws_gives_two_rows_and_reasons_are_not_laws():
    rows = rows_of("""<p>개인정보의 보유 및 이용기간</p>
<table><tr><th>보관정보</th><th>보관기간</th><th>보관사유</th></tr>
<tr><td>학습비 및 회계장부에 관한 기록</td><td>5년</td>
    <td>학점인정 등에 관한 법률 내지 전자상거래 등에서의 소비자보호에 관한 법률</td></tr>
<tr><td>회원 탈퇴 후 이용자 정보에 관한 기록</td><td>3개월</td><td>부정이용 회원의 재발 방지</td></tr>
<tr><td>회원 정보</td><td>회원 탈퇴 시까지</td><td>서비스 제공</td></tr>
<tr><td>학적부</td><td>영구</td><td>학생생활관 규정</td></tr>
</table>""", "html")
    assert pairs(rows) == Counter({("P5Y", "학점인정 등에 관한 법률"): 1, ("P5Y", ECOMMERCE): 1, ("P3M", None): 1,
                                   ("permanent", "학생생활관 규정"): 1})
    [event] = [r for r in rows if r["period_kind"] == "until_withdrawal"]
    assert event["record"] == "회원 정보" and event["period_iso"] is None and event["period_days"] is None


def test_a_ditto_mark_repeats_the_law_above():
    rows = rows_of("""<p>보유기간</p><table><tr><th>보존 항목</th><th>근거</th><th>보존 기간</th></tr>
<tr><td>계약 또는 청약철회 등에 관한 기록</td><td>전자상거래법</td><td>5년</td></tr>
<tr><td>소비자의 불만 또는 분쟁처리에 관한 기록</td><td>〃</td><td>3년</td></tr></table>""", "html")
    assert pairs(rows) == Counter({("P5Y", ECOMMERCE): 1, ("P3Y", ECOMMERCE): 1})


def test_recipient_and_processor_tables_are_skipped():
    rows = rows_of("""<h3>개인정보의 제3자 제공</h3>
<table><tr><th>제공받는 자</th><th>제공 목적</th><th>보유 기간</th></tr>
<tr><td>토스페이먼츠(주)</td><td>결제 처리</td><td>5년 (전자상거래법)</td></tr></table>
<h3>개인정보의 보유기간</h3>
<table><tr><th>순번</th><th>위탁받는 자(수탁자)</th><th>위탁하는 업무의 내용</th><th>위탁기간</th></tr>
<tr><td>1</td><td>휴먼웨어즈</td><td>홈페이지 운영</td><td>1년</td></tr></table>""", "html")
    assert rows == []


def test_a_key_value_block_drawn_as_a_two_column_table():
    rows = rows_of("""<p>제3조 개인정보의 보유기간</p>
<table><tr><td>보존 항목</td><td>결제 기록</td></tr><tr><td>보존 근거</td><td>전자상거래법</td></tr>
<tr><td>보존 기간</td><td>5년</td></tr></table>""", "html")
    assert [(r["record"], r["period_iso"], r["law"]) for r in rows] == [("결제 기록", "P5Y", ECOMMERCE)]


def test_a_note_under_a_table_gives_a_row_its_law():
    rows = rows_of("""<p>개인정보의 보유 및 이용기간</p>
<table><tr><th>구분</th><th>보유 사유</th><th>보유 기간</th></tr>
<tr><td>학습관리</td><td>학습진도 관리</td><td>영구</td></tr></table>
<p>학습관리를 위해 영구보존 근거는 평가인정 학습과정 운영에 관한 규정 ‘제9조’에 근거합니다.</p>""", "html")
    assert pairs(rows) == Counter({("permanent", "평가인정 학습과정 운영에 관한 규정"): 1})


# --- lists and key-value lines -----------------------------------------------------------


def test_prose_list_with_the_law_in_parentheses():
    rows = rows_of("""제4조(개인정보의 보유 및 이용기간)
회사는 관계법령에 따라 다음과 같이 보관합니다.
- 계약 또는 청약철회 등에 관한 기록 : 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 소비자의 불만 또는 분쟁처리에 관한 기록 : 3년 (전자상거래법)
- 로그 기록 : 3개월 (통비법 제15조의2)
""")
    assert [(r["record"], r["period_iso"], r["law"], r["article"]) for r in rows] == [
        ("계약 또는 청약철회 등에 관한 기록", "P5Y", ECOMMERCE, None),
        ("소비자의 불만 또는 분쟁처리에 관한 기록", "P3Y", ECOMMERCE, None),
        ("로그 기록", "P3M", TELECOM, "제15조의2")]
    assert rows[0]["evidence"] == "계약 또는 청약철회 등에 관한 기록 : 5년 (전자상거래 등에서의 소비자보호에 관한 법률)"


def test_record_line_then_its_period_on_the_next_line():
    rows = rows_of("""개인정보의 보유 및 이용기간
- 소비자의 불만 또는 분쟁처리에 관한 기록:
3년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 본인 확인에 관한 기록:
6개월 (정보통신망 이용촉진 및 정보보호 등에 관한 법률)
""")
    assert [(r["record"], r["period_iso"], r["law"]) for r in rows] == [
        ("소비자의 불만 또는 분쟁처리에 관한 기록", "P3Y", ECOMMERCE), ("본인 확인에 관한 기록", "P6M", NETWORK)]


def test_key_value_blocks_in_either_order():
    rows = rows_of("""5. 개인정보의 보유 및 이용기간
가. 회사 내부 방침에 의한 정보보유 사유
- 보존 항목 : 가입인증 휴대폰 번호
- 보존 이유 : 부정 가입 및 이용 방지
- 보존 기간 : 6개월
나. 관련법령에 의한 정보보유 사유
- 계약 또는 청약철회 등에 관한 기록
- 보존 이유 : 전자상거래 등에서의 소비자보호에 관한 법률
- 보존 기간 : 5년
- 웹사이트 방문기록 보존 이유 : 통신비밀보호법
- 보존 기간 : 3개월
- 보유기간 : 영구
- 보유근거 : 정보통신망 이용촉진 및 정보보호
""")
    assert [(r["record"], r["period_iso"] or r["period_kind"], r["law"]) for r in rows] == [
        ("가입인증 휴대폰 번호", "P6M", None),
        ("계약 또는 청약철회 등에 관한 기록", "P5Y", ECOMMERCE),
        ("웹사이트 방문기록", "P3M", TELECOM),
        (None, "permanent", NETWORK)]


def test_run_together_key_values_on_one_line():
    rows = rows_of("""제4조(개인정보의 보유 및 이용기간)
1. 보존 항목 : 결제기록 / 보존 근거 : 전자상거래법 / 보존 기간 : 5년
2. 개인정보 파일명 : 회원 DB - 보유근거 : 회원제 서비스 제공 - 보유기간 : 3년 - 관련법령 : 신용정보의 수집/처리 및 이용 등에 관한 기록 : 3년
""")
    assert [(r["record"], r["period_iso"], r["law"]) for r in rows] == [
        ("결제기록", "P5Y", ECOMMERCE), ("회원 DB", "P3Y", None)]
    assert rows[0]["evidence"] == "1. 보존 항목 : 결제기록 / 보존 근거 : 전자상거래법 / 보존 기간 : 5년"


def test_lead_lines_naming_a_law_give_it_to_the_lines_under_them():
    rows = rows_of("""제4조(개인정보의 보유 및 이용기간)
가. 전자상거래 등에서의 소비자보호에 관한 법률
 - 계약 또는 청약철회 등에 관한 기록 : 5년
 - 표시·광고에 관한 기록 : 6개월
나. 「통신비밀보호법」 제41조에 따른 통신사실확인자료 보관
 - 컴퓨터통신, 인터넷 로그기록자료, 접속지 추적자료 : 3개월
다. 회사 내부 방침
 - 부정이용기록 : 1년
라. 관련법령
 - 신용정보의 수집/처리 및 이용 등에 관한 기록 : 3년
""")
    assert [(r["period_iso"], r["law"]) for r in rows] == [
        ("P5Y", ECOMMERCE), ("P6M", ECOMMERCE), ("P3M", TELECOM), ("P1Y", None), ("P3Y", None)]


def test_a_law_label_with_the_records_in_its_value():
    rows = rows_of("""3. 개인정보의 보유기간
- 전자상거래 등에서의 소비자보호에 관한 법률 : 계약 또는 청약철회 등에 관한 기록(5년), 소비자의 불만 또는 분쟁처리에 관한 기록(3년)
- 통신비밀보호법 : 웹사이트 방문기록 3개월
""")
    assert [(r["record"], r["period_iso"], r["law"]) for r in rows] == [
        ("계약 또는 청약철회 등에 관한 기록", "P5Y", ECOMMERCE),
        ("소비자의 불만 또는 분쟁처리에 관한 기록", "P3Y", ECOMMERCE),
        ("웹사이트 방문기록", "P3M", TELECOM)]


def test_a_list_of_whole_record_types_is_split():
    rows = rows_of("""제3조 (개인정보의 보유 및 이용기간)
1) 계약 또는 청약철회 등에 관한 기록, 대금결제 및 재화 등의 공급에 관한 기록 : 5년 보유
(관련법률 : 전자상거래 등에서의 소비자 보호에 관한 법률)
2) 소비자 불만사항, 분쟁처리에 관한 기록 : 3년 보유
""")
    assert [(r["record"], r["law"]) for r in rows] == [
        ("계약 또는 청약철회 등에 관한 기록", ECOMMERCE), ("대금결제 및 재화 등의 공급에 관한 기록", ECOMMERCE),
        ("소비자 불만사항, 분쟁처리에 관한 기록", None)]


def test_a_repeated_list_is_one_statement():
    listing = "- 계약 또는 청약철회 등에 관한 기록 : 5년\n- 표시/광고에 관한 기록 : 6개월\n"
    rows = rows_of("개인정보의 보유기간\n홈페이지 회원가입\n" + listing + "재화 또는 서비스 제공\n" + listing)
    assert pairs(rows) == Counter({("P5Y", None): 1, ("P6M", None): 1})


# --- prose ------------------------------------------------------------------------


def test_prose_periods_with_and_without_a_law():
    rows = rows_of("""개인정보의 보유 및 이용기간
회원 탈퇴 시, 회사는 개인정보보호법 제17조 제4항에 따라 탈퇴 후 5년 동안 지원내역을 보관합니다.
분리 보관된 개인정보는 4년간 보관 후 지체없이 파기합니다.
계정을 삭제하시면 30일 이내에 데이터를 제거합니다.
""")
    assert [(r["period_iso"], r["law"], r["article"]) for r in rows] == [
        ("P5Y", "개인정보 보호법", "제17조"), ("P4Y", None, None), ("P30D", None, None)]
    assert rows[1]["record"] == "분리 보관된 개인정보"


def test_several_periods_and_laws_on_one_line_pair_up():
    rows = rows_of("""개인정보의 보유기간
- 거래 기록 : 전자상거래법에 따라 5년, 접속 로그는 통신비밀보호법에 따라 3개월 보관
- 결제 기록 : 5년 (전자금융거래법), 접속 기록 : 3개월 (통신비밀보호법)
""")
    assert [(r["period_iso"], r["law"]) for r in rows] == [
        ("P5Y", ECOMMERCE), ("P3M", TELECOM), ("P5Y", "전자금융거래법"), ("P3M", TELECOM)]


def test_a_period_for_the_records_listed_below_it():
    rows = rows_of("""<h3>4. 개인정보의 파기</h3><p>아래 정보는 탈퇴 후 6개월간 보관 후 파기합니다.</p>
<ul><li>부정 이용 기록</li><li>결제 내역</li></ul>""", "html")
    assert [(r["record"], r["period_iso"]) for r in rows] == [("부정 이용 기록", "P6M"), ("결제 내역", "P6M")]


def test_a_hard_wrapped_sentence_is_read_whole():
    rows = rows_of("""제10조(개인정보의 보유 및 이용기간)
2. 전항에도 불구하고 회사는 내부 방침에 의해 서비스 부정이용기록은 부정
가입 및 이용 방지를 위하여 회원 탈퇴 시점으로부터 최대 1년간
보관합니다.
""")
    assert [(r["period_iso"], r["period_text"]) for r in rows] == [("P1Y", "최대 1년간")]


def test_periods_that_are_not_retention():
    rows = rows_of("""제5조(개인정보의 보유 및 이용기간)
회사는 1년 동안 회사의 서비스를 이용하지 않은 이용자의 개인정보를 별도로 분리 보관합니다.
로그인 및 사용기록이 없는 경우 : 휴면회원, 1년
개인정보의 보유기간이 경과된 경우에는 보유기간의 종료일로부터 5일 이내에 그 개인정보를 파기합니다.
처리방침 변경 시 시행 7일 전부터 공지합니다.
정보주체의 요구를 받은 날로부터 10일 이내에 그 결과를 알려드립니다.
비밀번호는 6개월마다 변경하도록 안내합니다.
전자적 파일 형태의 정보는 영구 삭제합니다.
24시간 고객센터를 운영합니다.
이벤트 기간은 7일입니다.
제6조(개인정보의 안전성 확보 조치)
개인정보처리시스템에 접속한 기록을 최소 1년 이상 보관, 관리하고 있습니다.
""")
    assert rows == []


def test_a_period_said_twice_in_one_item_is_one_statement_and_dormancy_is_left_out():
    rows = rows_of("""<p>개인정보의 보관기간 및 이용기간</p><ul>
<li>1. 탈퇴신청 후 7일의 유예기간 동안 개인정보를 임시 보관하게 되며, 이는 이용 해지 시 이용자에게
고지됩니다. 7일 후에는 회사의 회원정보 데이터베이스(DB)에서 완전히 삭제됩니다.</li>
<li>2. 회원이 1년동안 서비스를 이용한 사실 또는 활동한 기록이 없는 경우, 「정보통신망법」 제29조에 근거하여
개인정보를 별도로 분리하여 저장 관리합니다.</li>
<li>3. 휴면처리된 계정의 경우 휴면 전환일로부터 4년간 분리 저장됩니다.</li></ul>""", "html")
    assert [r["period_iso"] for r in rows] == ["P7D", "P4Y"]


def test_deletion_bounds_after_withdrawal_are_retention():
    rows = rows_of("""제5조(개인정보의 보유 및 이용기간)
부정 이용 방지를 위해 회원 탈퇴 시 3개월 이내 파기합니다.
파기된 정보는 파기일로부터 30일 이내 백업에서도 삭제됩니다.
""")
    assert [r["period_iso"] for r in rows] == ["P3M", "P30D"]


def test_periods_of_recipients_and_processors_are_not_ours():
    rows = rows_of("""제6조 (개인정보 제공)
- 제공받는 자: ㈜가나페이
- 제공 목적: 결제 처리
- 보유 및 이용 기간: 전자금융거래법에 따라 5년
제7조 (개인정보의 처리 위탁)
- 수탁자: 다라호스팅, 위탁기간: 1년
제8조 (개인정보의 보유기간)
- 수탁자는 위탁 계약 종료 후 1개월 이내에 파기합니다.
""")
    assert rows == []


# --- seed documents ------------------------------------------------------------------


def seed_rows(seed_path, prefix):
    path = seed_path(prefix)
    text, encoding = decode_bytes(path.read_bytes())
    return extract_retention(build_document(path.stem, str(path), text, input_format(path), encoding))


def test_seed_000_prose_list_with_laws_in_parentheses(seed_path):
    rows = seed_rows(seed_path, "000")
    assert pairs(rows) == Counter({("P3Y", ECOMMERCE): 1, ("P3Y", CREDIT): 1, ("P6M", NETWORK): 1,
                                   ("P3M", TELECOM): 1})
    assert rows[0]["record"] == "소비자의 불만 또는 분쟁처리에 관한 기록"


def test_seed_003_tables_with_merged_and_double_law_cells(seed_path):
    rows = seed_rows(seed_path, "003")
    got = pairs(rows)
    assert got[("permanent", "평가인정 학습과정 운영에 관한 규정")] == 3
    assert got[("P5Y", "학점인정 등에 관한 법률")] == 1
    assert got[("P5Y", ECOMMERCE)] == 3
    assert got[("P5Y", None)] == 1  # 평가인정: no law
    assert ("P1Y", None) not in got  # the dormancy threshold
    assert sum(got.values()) == 15
    assert {r["period_kind"] for r in rows} == {"fixed", "permanent", "until_withdrawal"}


def test_seed_004_deletion_bound_and_law_in_the_sentence(seed_path):
    rows = seed_rows(seed_path, "004")
    # `개인정보보호법 제17조 제4항, 동법 시행령 제14조의2`: the act and its decree, two laws
    assert pairs(rows) == Counter({("P3M", None): 1, ("P5Y", "개인정보 보호법"): 1, ("P5Y", "개인정보 보호법 시행령"): 1})
    [bound] = [r for r in rows if r["period_iso"] == "P3M"]
    assert bound["record"] == "서비스 이용" and "3개월 이내 파기" in bound["evidence"]


def test_a_lead_citing_several_laws_gives_each_statutory_record_its_own_law():
    rows = rows_of("""제6조 개인정보의 보유 및 이용 기간
상법, 전자상거래 등에서의 소비자보호에 관한 법률 등 관계법령의 규정에 의하여 보존할 필요가 있는 경우 아래와 같이 보관합니다.
계약 또는 청약철회 등에 관한 기록: 5년
소비자의 불만 또는 분쟁처리에 관한 기록: 3년
고객 상담 기록: 3년
""")
    assert pairs(rows) == Counter({("P5Y", ECOMMERCE): 1, ("P3Y", ECOMMERCE): 1, ("P3Y", None): 1})
    # A law the section does not cite is never inferred, even for a statutory record.
    rows = rows_of("""제6조 개인정보의 보유 및 이용 기간
관계법령에 따라 아래와 같이 보관합니다.
계약 또는 청약철회 등에 관한 기록: 5년
""")
    assert pairs(rows) == Counter({("P5Y", None): 1})


def test_cctv_footage_retention_but_not_its_recording_hours():
    rows = rows_of("""제8조 개인정보의 안전성 확보 조치
내부관리계획을 수립하고 있습니다.
제9조 영상정보처리기기[CCTV] 에서의 개인정보처리
○ 설치 대수 : 4대
○ CCTV 촬영시간 : 24시간
○ 화상정보보유기간 : 30일
○ 개인영상정보 관리책임자 : 총무과장
제10조 개인정보 보호책임자
책임자 : 홍길동
""")
    assert pairs(rows) == Counter({("P30D", None): 1})


def test_a_law_in_brackets_with_its_own_period_holds_for_that_period_only():
    rows = rows_of("""제3조 개인정보의 보유 및 이용 기간
a. 회원 정보: 회원탈퇴 후 90 일까지(단, 전자상거래 등에서의 소비자보호에 관한 법률 등 관련 법령의 규정에 따라 소비자 식별정보는 5년 간 보관 후 파기)
""")
    assert pairs(rows) == Counter({("P90D", None): 1, ("P5Y", ECOMMERCE): 1})
    # A law in brackets after its period still belongs to it.
    assert pairs(rows_of("제3조 보유 기간\n- 계약 기록 : 5년 (전자상거래 등에서의 소비자보호에 관한 법률)\n")) == \
        Counter({("P5Y", ECOMMERCE): 1})


# --- column roles from what the cells hold (CASES.md category 11) -------------------------


def test_a_mislabelled_period_column_is_found_by_its_cells():
    rows = rows_of("""<h2>제3조(보유기간)</h2>
<table><tr><th>보존 기록</th><th>보존 구분</th><th>관련 법률</th></tr>
<tr><td>소비자의 불만 또는 분쟁처리에 관한 기록</td><td>3년</td><td>전자상거래 등에서의 소비자보호에 관한 법률</td></tr>
</table>
<p>관련법령에 따른 의무 보유기간</p>
<table><tr><th>보유 목적</th><th>선택항목</th><th>보유 근거</th></tr>
<tr><td>거래내역 및 증빙서류와 관련된 정보</td><td>5년</td><td>국세기본법, 법인세법</td></tr>
<tr><td>접속에 관한 기록보존</td><td>3개월</td><td>통신비밀보호법</td></tr></table>""", "html")
    assert pairs(rows) == Counter({("P3Y", ECOMMERCE): 1, ("P5Y", "국세기본법"): 1, ("P5Y", "법인세법"): 1,
                                   ("P3M", TELECOM): 1})
    assert rows[0]["record"] == "소비자의 불만 또는 분쟁처리에 관한 기록"


def test_a_table_whose_first_row_is_data_not_a_header():
    rows = rows_of("""<h2>제2조(수집하는 개인정보 항목 및 보유기간)</h2>
<table><tr><td>회원가입</td><td>아이디, 비밀번호</td><td>회원 탈퇴 시까지</td></tr>
<tr><td>결제</td><td>카드번호, 결제승인번호</td><td>5년</td></tr></table>""", "html")
    assert [(r["record"], r["period_iso"] or r["period_kind"]) for r in rows] == [
        ("회원가입", "until_withdrawal"), ("결제", "P5Y")]


def test_a_one_column_layout_table_is_read_as_text():
    rows = rows_of("""<table><tr><td><b>1. 개인정보의 처리목적 및 보유기간</b></td></tr>
<tr><td>- 대상 : 전화상담 예약<br>- 수집항목 : 이름, 휴대폰번호<br>- 보유기간 : 2년</td></tr>
<tr><td><b>2. 개인정보의 파기</b></td></tr><tr><td>보유기간이 지난 개인정보는 지체 없이 파기합니다.</td></tr></table>""",
                   "html")
    assert pairs(rows) == Counter({("P2Y", None): 1})


def test_a_key_value_table_with_the_record_in_its_period_label():
    rows = rows_of("""<h3>행태정보의 수집·이용·제공 및 거부 등에 관한 사항</h3>
<table><tr><td>수집하는 행태정보의 항목</td><td>이용자의 서비스 방문 기록, 검색 이력</td></tr>
<tr><td>행태정보 보유 이용 기간</td><td>2년 보관 후 복구 불가능한 방법으로 파기</td></tr>
<tr><td>이용자 피해구제 방법</td><td>고객센터 / 1670-0000</td></tr></table>""", "html")
    assert [(r["record"], r["period_iso"]) for r in rows] == [("행태정보", "P2Y")]


# --- retention statements in unusual shapes (CASES.md category 18) -------------------------


def test_a_period_in_a_heading_line():
    rows = rows_of("""## 제3조(개인정보의 보유기간)
### 1. 주문 기록: 주문일로부터 1년
구매 이력 조회를 위해 보관합니다.
### 2. 법정 의무 보관 데이터
- 웹사이트 방문기록: 3개월 (통신비밀보호법)
""", "markdown")
    assert [(r["record"], r["period_iso"], r["law"]) for r in rows] == [
        ("주문 기록", "P1Y", None), ("웹사이트 방문기록", "P3M", TELECOM)]


def test_periods_on_the_lines_after_a_bare_period_label():
    rows = rows_of("""<h3>제5장 개인정보의 보유 및 이용기간</h3>
<ul><li>가. 보존대상: 성명, 연계정보(CI), 휴대전화번호</li>
<li>나. 보존기간:<ol><li>(i) 이용계약 해지 후 1개월</li>
<li>(ii) 법령 또는 이용약관 위반으로 해지되는 경우 해지 후 1년 까지</li></ol></li></ul>
<p>회사는 최종이용시점으로부터 1년간 서비스 이용 기록이 없는 회원님에게 분리 보관 사실을 통지합니다.</p>""", "html")
    assert [(r["record"], r["period_iso"]) for r in rows] == [
        ("성명, 연계정보(CI), 휴대전화번호", "P1M"), ("성명, 연계정보(CI), 휴대전화번호", "P1Y")]


def test_record_labels_and_values_of_unusual_shape():
    rows = rows_of("""제3조(개인정보의 보유기간)
- 출입 기록 보관기간 : 출입일로부터 90일 이내
- 검색 기록은 최대 3달 동안 보관합니다.
- 근거 법령 : 소비자의 불만 또는 분쟁처리에 관한 기록 : 3년
- 제휴 포인트 제공 내역 : 1년
- 위치정보 이용·제공 사실 확인자료: 최소 6개월(위치정보법 제16조제2항)
""")
    assert [(r["record"], r["period_iso"], r["law"]) for r in rows] == [
        ("출입 기록", "P90D", None),  # `N일 이내` under a keeping-period label bounds the keeping
        ("검색 기록", "P3M", None),
        ("소비자의 불만 또는 분쟁처리에 관한 기록", "P3Y", None),  # the 근거 법령 label names no law
        ("제휴 포인트 제공 내역", "P1Y", None),  # the organization's own record of what it provided
        ("위치정보 이용·제공 사실 확인자료", "P6M", "위치정보의 보호 및 이용 등에 관한 법률")]
    # A destruction deadline stays out even under a keeping-period label.
    assert rows_of("제3조 보유기간\n- 보관기간 : 목적 달성일로부터 5일 이내에 파기\n") == []


def test_the_basis_of_collecting_is_not_the_law_of_the_period():
    rows = rows_of("""1. 개인정보의 처리목적 및 보유기간
가. 문자상담 / - 대상 : 문자상담 / - 수집항목 : 연락처, 문의내용 / - 수집근거 : 부패방지 및 국민권익위원회 설치 및 운영에 관한 법률 및 동법 시행령 / - 보유기간 : 1년
나. 예약상담 / - 대상 : 예약상담 / - 수집항목 : 연락처, 성명 / - 수집근거 : 부패방지 및 국민권익위원회 설치 및 운영에 관한 법률 및 동법 시행령 / - 보유기간 : 1년
""")
    # two services, each with its own statement; the 수집근거 is why data is collected, not kept
    assert [(r["record"], r["period_iso"], r["law"]) for r in rows] == [
        ("문자상담", "P1Y", None), ("예약상담", "P1Y", None)]


def test_the_title_of_a_block_of_label_lines_is_the_record_of_its_period():
    rows = rows_of("""제1조 개인정보 수집이용 및 보유기간 안내
회사는 서비스에 따라 수집 항목과 보유 기간을 달리합니다.
회원가입 및 고객관리
- 수집 목적 : 회원가입 및 고객관리
- 필수 수집항목 : 이름, 이메일
- 보유 및 이용기간 : 회원 탈퇴 시 3개월 후 삭제
서비스 이용
- 수집 목적 : 회원 커뮤니티 운영
- 필수 수집항목 : 이름, 전화번호
- 보유 및 이용기간 : 회원 탈퇴 시 3개월 후 삭제
""")
    assert [(r["record"], r["period_iso"]) for r in rows] == [("회원가입 및 고객관리", "P3M"), ("서비스 이용", "P3M")]


def test_logs_kept_as_a_safety_measure_are_not_retention():
    rows = rows_of("""## 제3조(개인정보의 보유기간)
- 주문 기록: 1년
## 제8조(가명정보의 안전성 확보)
가명 처리 작업 내역은 최소 3년간 보관하여 점검합니다.
## 제9조(개인정보의 안전성 확보조치)
계정을 삭제하시면 30일 이내에 데이터를 제거합니다.
""", "markdown")
    assert pairs(rows) == Counter({("P1Y", None): 1, ("P30D", None): 1})


def test_a_reconsent_cycle_is_retention_and_a_restated_dormancy_threshold_is_not():
    rows = rows_of("""제4조 개인정보의 보유기간
회사는 마케팅 수신 동의 정보를 2년을 주기로 재동의를 받아 보유합니다.
1년이상 서비스에 접속하지 않은 이용자의 개인정보를 보호하기 위하여 회사는 1년이 도래하기 30일 전까지 파기 사실을 통보하고 휴면계정으로 전환합니다.
""")
    assert pairs(rows) == Counter({("P2Y", None): 1})


def test_the_day_a_keeping_period_ends_is_not_another_period():
    rows = rows_of("""제4조 개인정보의 보유기간
회원가입 정보는 회원탈퇴 후 30일 동안 분리/보관되며 31일 이후 파기됩니다.
상담 기록은 6개월 후 파기합니다.
""")
    assert pairs(rows) == Counter({("P30D", None): 1, ("P6M", None): 1})


def test_a_basis_label_whose_value_keeps_records_under_laws_gives_each_its_law():
    rows = rows_of("""제3조 개인정보의 처리 및 보유기간
1. 회원 관리 및 상담
- 보존하는 근거 : 전자상거래 등에서의 소비자보호에 관한 법률에 따라 고객문의 및 상담 내역은 3년간 보관, 통신비밀보호법에 따라 로그 기록은 3개월간 보관
""")
    assert pairs(rows) == Counter({("P3Y", "전자상거래 등에서의 소비자보호에 관한 법률"): 1, ("P3M", "통신비밀보호법"): 1})


def test_records_with_their_periods_in_brackets_are_pairs_not_a_cross_product():
    rows = rows_of("""제9조 개인정보의 보유 및 이용기간
- 보존 항목 : 계약 또는 청약철회 기록, 대금 결제 및 재화공급 기록, 불만 또는 분쟁처리 기록
- 보존 근거 : 전자상거래등에서의 소비자보호에 관한 법률 제6조
- 보존 기간 : 계약 또는 청약철회 기록(5년), 대금 결제 및 재화공급 기록(5년), 불만 또는 분쟁처리 기록(3년)
""")
    law = "전자상거래 등에서의 소비자보호에 관한 법률"
    assert [(r["record"], r["period_iso"], r["law"]) for r in rows] == [
        ("계약 또는 청약철회 기록", "P5Y", law), ("대금 결제 및 재화공급 기록", "P5Y", law),
        ("불만 또는 분쟁처리 기록", "P3Y", law)]


def test_a_period_set_by_a_providers_own_policy_is_the_providers():
    rows = rows_of("""5. 개인정보의 보유 기간
크래시 로그(Crashlytics): Firebase 보존 안내에 따라 Google은 크래시 스택을 90일간 보관한 뒤 삭제합니다.
이용 통계(Analytics): Google Analytics 보유기간 안내상 선택 가능한 기간은 2개월 또는 14개월입니다.
분쟁·민원 처리 기록: 처리 완료 후 3년간 보관합니다.
""")
    assert pairs(rows) == Counter({("P3Y", None): 1})


def test_a_period_said_again_under_destruction_is_one_statement():
    rows = rows_of("""제3조 개인정보의 처리 및 보유 기간
| 처리 목적 | 보유 기간 |
| --- | --- |
| 로그 관리 | 수집일로부터 3개월 |
제4조 개인정보의 파기
- 챗봇 대화 기록: 수집일로부터 30일 후 자동 파기
- 로그 기록: 수집일로부터 3개월 후 자동 파기
""", "markdown")
    assert pairs(rows) == Counter({("P3M", None): 1, ("P30D", None): 1})


# --- laws of list rows (ANNOTATION.md: no cross product) ----------------------------------


def test_a_heading_naming_several_laws_gives_each_row_the_one_that_prescribes_it():
    rows = rows_of("""제6조 개인정보의 보유 및 이용 기간
가. 상법, 전자상거래법, 통신비밀보호법 등 관계법령에 따른 보존
- 계약 또는 청약철회 등에 관한 기록 : 5년
- 웹사이트 방문기록 : 3개월
- 고객 상담 기록 : 3년
나. 전자상거래법 및 동법 시행령에 따른 보존
- 소비자의 불만 또는 분쟁처리에 관한 기록 : 3년
""")
    assert [(r["record"], r["period_iso"], r["law"]) for r in rows] == [
        ("계약 또는 청약철회 등에 관한 기록", "P5Y", ECOMMERCE),
        ("웹사이트 방문기록", "P3M", TELECOM),
        ("고객 상담 기록", "P3Y", None),  # none of the named laws prescribes it
        ("소비자의 불만 또는 분쟁처리에 관한 기록", "P3Y", ECOMMERCE)]  # a statute and its decree: one duty


def test_a_decree_named_in_a_key_value_table_keeps_its_name():
    rows = rows_of("""<h2>제3조(개인정보 파일의 보유기간)</h2>
<table><tr><td>파일명</td><td>임금 대장</td></tr><tr><td>보유근거</td><td>근로기준법시행령 제22조</td></tr>
<tr><td>보유기간</td><td>3년</td></tr></table>
<table><tr><td>파일명</td><td>장학금 지급 대장</td></tr><tr><td>보유근거</td><td>장학금지급에관한규정제5조</td></tr>
<tr><td>보유기간</td><td>10년</td></tr></table>""", "html")
    assert [(r["record"], r["period_iso"], r["law"], r["article"]) for r in rows] == [
        ("임금 대장", "P3Y", "근로기준법 시행령", "제22조"), ("장학금 지급 대장", "P10Y", "장학금지급에관한규정", "제5조")]


def test_a_long_record_label_run_together_after_a_spaced_dash():
    rows = rows_of("제4조 보유기간\n1. 보존 항목 : 결제기록 - 보존 근거 : 계약 또는 청약철회 등에 관한 기록 - 보존 기간 : 3년 "
                   "- 대금결제 및 재화 등의 공급에 관한 기록 : 5년 (전자상거래 등에서의 소비자보호에 관한 법률)\n")
    assert [(r["record"], r["period_iso"], r["law"]) for r in rows] == [
        ("결제기록", "P3Y", None), ("대금결제 및 재화 등의 공급에 관한 기록", "P5Y", ECOMMERCE)]


def test_a_cookie_expiry_column_is_not_a_retention_period():
    rows = rows_of("""<h3>개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항</h3>
<table><tr><th>쿠키명</th><th>목적</th><th>만료</th></tr>
<tr><td>_ga</td><td>방문자 구분</td><td>2년</td></tr><tr><td>_gid</td><td>방문자 구분</td><td>24시간</td></tr></table>""", "html")
    assert rows == []


def test_swapped_period_and_law_headers_are_read_by_their_cells():
    rows = rows_of("""<h3>보유기간</h3><table><tr><th>구분</th><th>보존근거</th><th>보존기간</th></tr>
<tr><td>계약 또는 청약철회 등에 관한 기록</td><td>5년</td><td>전자상거래법</td></tr>
<tr><td>웹사이트 방문기록</td><td>3개월</td><td>통신비밀보호법</td></tr></table>""", "html")
    assert [(r["record"], r["period_iso"], r["law"]) for r in rows] == [
        ("계약 또는 청약철회 등에 관한 기록", "P5Y", ECOMMERCE), ("웹사이트 방문기록", "P3M", TELECOM)]


def test_a_cited_period_said_again_in_a_later_section_is_one_statement():
    rows = rows_of("""제5조 개인정보의 보유 기간
| 보존 기록 | 근거 법령 | 보존 기간 |
| --- | --- | --- |
| 대금 결제 및 재화 공급 기록 (결제 수단, 결제 금액) | 전자상거래 등에서의 소비자보호에 관한 법률 | 5년 |
| 소비자 불만 및 분쟁 처리 기록 (1:1 문의, 환불 이력) | 전자상거래 등에서의 소비자보호에 관한 법률 | 3년 |
| 접속 로그, 주문 시도 기록 | 통신비밀보호법 | 3개월 |
제6조 개인정보의 파기
- 결제·환불 기록 및 결제 금액: 「전자상거래법」에 따라 5년 보관 후 파기
- 소비자 불만·분쟁 처리 기록 (1:1 문의 등): 3년 보관 후 파기
- 접속 로그 및 주문 시도 기록: 3개월 보관 후 파기
- 결제 포인트: 「전자상거래법」에 따라 5년 보관 후 파기
""", "markdown")
    # The same periods said again under destruction (with the law, or without it) are the table's
    # statements; `결제 포인트` shares one word only with a cited record, so it is a statement of its own.
    assert pairs(rows) == Counter({("P5Y", ECOMMERCE): 2, ("P3Y", ECOMMERCE): 1, ("P3M", TELECOM): 1})


def test_a_list_item_cut_after_a_particle_goes_on_in_the_next_line():
    rows = rows_of("""<h2>제7조 위치정보의 보유기간</h2>
<p>· 회사는 위치정보의 보호 및 이용 등에 관한 법률 제16조에 근거하여 이용자의 위치정보 이용 사실 확인자료를<br>
위치정보시스템에 자동으로 기록하며, 1년간 보관합니다.</p>
<p>· 이벤트 응모 내역 증빙서류<br>
또한, 이벤트 당첨자의 개인정보는 6개월간 보관합니다.</p>""", "html")
    # The first item's sentence goes on after the <br>, so the law it cites is its period's; the second
    # item is a name, not a cut sentence, and its next line is a sentence of its own.
    assert pairs(rows) == Counter({("P1Y", "위치정보의 보호 및 이용 등에 관한 법률"): 1, ("P6M", None): 1})
    assert not any("증빙서류" in (r["evidence"] or "") for r in rows if r["period_iso"] == "P6M")


def test_a_bare_period_line_after_a_sentence_with_that_period_repeats_it():
    rows = rows_of("""제5조 개인정보의 보유 기간
회사는 분쟁 및 수사협조 요청에 대비하여 회원의 이용계약 해지 시로부터 1년 동안 회원의 개인정보를 보관할 수 있습니다.
1. 보존 항목: 아이디, 이메일
2. 보존기간: 1년
회원 탈퇴 시 주문 정보는 3개월간 보관합니다.
""")
    assert pairs(rows) == Counter({("P1Y", None): 1, ("P3M", None): 1})


def test_a_year_counted_from_the_last_login_is_a_dormancy_threshold():
    rows = rows_of("""5. 개인정보의 보유 및 이용기간
• 회원가입정보의 경우 : 회원가입을 탈퇴하거나 최종 로그인 날짜로부터 1년을 경과한 경우(정보통신망 이용촉진 및 정보보호 등에 관한 법률 제29조)
• 소비자의 불만 또는 분쟁처리에 관한 기록 : 3년 (전자상거래 등에서의 소비자보호에 관한 법률)
""")
    assert pairs(rows) == Counter({("P3Y", ECOMMERCE): 1})
    kept = rows_of("""5. 개인정보의 보유 및 이용기간
보유 정보 : 기기고유번호, 로그기록
보유 기간 : 최종 로그인 일로부터 1년
""")
    assert pairs(kept) == Counter({("P1Y", None): 1})  # counted from the last login, but a keeping period


def test_law_labels_over_their_record_lines_each_lead_their_own():
    # a nested list flattened: `근거 법령 : A` over A's records, then `근거 법령 : B` over B's
    rows = rows_of("""<h3>제2조(개인정보의 처리 및 보유 기간)</h3>
<ul><li>관련법령에 의한 정보 보유 사유<ol><li>근거 법령 : 전자상거래 등에서의 소비자보호에 관한 법률<ol>
<li>계약 또는 청약철회 등에 관한 기록 : 5년</li><li>표시/광고에 관한 기록: 6개월</li></ol></li>
<li>근거 법령 : 통신비밀보호법<ol><li>서비스 방문기록, 접속로그, 접속IP: 3개월</li></ol></li></ol></li></ul>""", "html")
    assert pairs(rows) == Counter({("P5Y", ECOMMERCE): 1, ("P6M", ECOMMERCE): 1, ("P3M", TELECOM): 1})


def test_law_labels_after_their_periods_stay_with_them():
    rows = rows_of("""제5조 개인정보의 보유 기간
- 보존 기간 : 5년
- 보존 근거 : 전자상거래 등에서의 소비자보호에 관한 법률
- 보존 기간 : 3개월
- 보존 근거 : 통신비밀보호법
""")
    assert pairs(rows) == Counter({("P5Y", ECOMMERCE): 1, ("P3M", TELECOM): 1})


def test_a_record_list_label_that_mentions_providing_is_still_a_record():
    rows = rows_of("""제3조(개인정보 처리 및 보유기간)
- 통신사실확인자료를 제공할 때 필요한 로그기록자료, IP주소 등 : 3개월 (통신비밀보호법)
- 제휴사 제공 기간 : 1년
""")
    assert pairs(rows) == Counter({("P3M", TELECOM): 1})


def test_periods_under_a_transfer_abroad_split_by_its_own_labels_are_the_recipients():
    rows = rows_of("""제4조(개인정보의 국외 이전에 관한 사항)
회사는 데이터 저장 업무를 국외 법인인 Gana Cloud Inc.에 아래와 같이 위탁하고 있습니다.
정보관리책임자의 연락처 : privacy@gana.example
위탁하는 개인정보 항목 : 모든 수집 항목
개인정보의 보유 및 이용기간 : 데이터 저장 - 회원 탈퇴 시까지, 데이터 분석 - 준영구
제5조(개인정보의 파기절차 및 파기방법)
전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용합니다.
""")
    assert rows == []


def test_a_quoted_ordinal_does_not_end_the_sentence_and_bracketed_sub_items_leave_the_topic():
    out = rows_of("""다. 개인정보 보유 및 이용 기간
이용자의 개인정보는 “자. 파기절차”의 기준으로 탈퇴요청 5일 후 지체없이 파기합니다.
검색 기록(검색어, 검색 시각)은 서버에 저장되며 30일이 지나면 자동으로 삭제됩니다.
""")
    assert [(r["record"], r["period_iso"]) for r in out] == [("이용자의 개인정보", "P5D"), ("검색 기록", "P30D")]


def test_a_numbered_list_under_a_bare_law_label_is_no_restatement():
    out = rows_of("""개인정보의 처리 및 보유 기간
<재화 또는 서비스 제공>와 관련한 개인정보는 수집.이용에 관한 동의일로부터<5년>까지 위 이용목적을 위하여 보유.이용됩니다.
관련법령 : 1)대금결제 및 재화 등의 공급에 관한 기록 : 5년
2) 계약 또는 청약철회 등에 관한 기록 : 5년
""")
    assert pairs(out) == Counter({("P5Y", None): 3})


def test_a_law_cited_at_the_end_of_a_period_label_leads_the_lines_below():
    text = ("## 10. 문의할 때 받는 정보\n\n"
            "- 보유 기간: 일반 문의는 처리를 마친 날부터 1년 동안 보관한 뒤 지웁니다. 다만 아래 기록은 "
            "「전자상거래 등에서의 소비자보호에 관한 법률 시행령」 제6조에 따라 정해진 기간 동안 보관합니다.\n"
            "  - 소비자의 불만 또는 분쟁 처리에 관한 기록: 3년\n"
            "  - 계약 또는 청약철회 등에 관한 기록, 대금 결제와 재화 등의 공급에 관한 기록(개발자가 가지고 있는 범위에서): 5년\n")
    law = "전자상거래 등에서의 소비자보호에 관한 법률 시행령"
    assert [(r["period_iso"], r["law"]) for r in rows_of(text, "markdown")] == [
        ("P1Y", None), ("P3Y", law), ("P5Y", law)]


def test_a_record_named_in_front_of_the_period_value_takes_the_law_of_the_lead():
    text = ("3. 개인정보의 보유 및 이용기간\n\n"
            "본원은 의료법에서 정한 보유기간 동안 개인정보를 보유하며 그 이후에는 개인정보를 지체 없이 파기합니다.\n\n"
            "- 보유기간 : 진료기록부 10년\n\n- 보존기간 : 회원 탈퇴 후 1년\n")
    assert [(r["period_iso"], r["law"], r["record"]) for r in rows_of(text)] == [
        ("P10Y", "의료법", "진료기록부"), ("P1Y", None, None)]


def test_a_bound_within_a_keeping_period_column_is_the_period():
    html = ("<h2>제3조 (개인정보의 보유 및 이용기간)</h2><table><tr><th>항목</th><th>보유기간</th></tr>"
            "<tr><td>회원가입 정보</td><td>조합원 자격 유지 기간 + 3년 이내</td></tr>"
            "<tr><td>민원/문의 기록</td><td>민원처리 완료 후 3년</td></tr></table>")
    assert [(r["period_iso"], r["record"]) for r in rows_of(html, "html")] == [
        ("P3Y", "회원가입 정보"), ("P3Y", "민원/문의 기록")]
