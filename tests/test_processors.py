from pathlib import Path

import pytest

from extractors.parties import classify_label
from extractors.processors import extract_processors
from extractors.third_parties import extract_third_parties
from pipeline.document import build_document
from pipeline.ingest import decode_bytes, input_format

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def rows(text, fmt="text"):
    return extract_processors(build_document("t", "t", text, fmt))


def names(text, fmt="text"):
    return [r["processor"] for r in rows(text, fmt)]


def test_label_lines_with_tasks_and_a_list_of_processors():
    out = rows("""제5조(개인정보처리의 위탁)
① 회사는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.
- 위탁받는 자 (수탁자) : (주)케이지이니시스
- 위탁하는 업무의 내용 : 신용카드 결제
- 수탁업체 : CJ대한통운, 롯데글로벌로지스 / 위탁업무 : 상품 배송
""")
    assert [(r["processor"], r["processor_norm"], r["task"]) for r in out] == [
        ("(주)케이지이니시스", "KG이니시스", "신용카드 결제"),
        ("CJ대한통운", "CJ대한통운", "상품 배송"),
        ("롯데글로벌로지스", "롯데글로벌로지스", "상품 배송"),
    ]
    assert all(r["section_no"] == 1 and r["overseas"] is False for r in out)
    assert out[1]["evidence"] == "수탁업체 : CJ대한통운, 롯데글로벌로지스 / 위탁업무 : 상품 배송"


def test_task_from_the_numbered_line_before_the_label():
    out = rows("""■ 수집한 개인정보의 위탁
회사는 서비스 이행을 위해 아래와 같이 외부 전문 업체에 위탁하여 운영하고 있습니다.
가. 서비스 이용 대금 결제
- 위탁 대상자 : ㈜데이콤
- 홈페이지 : http://www.example.com
""")
    assert [(r["processor"], r["task"]) for r in out] == [("㈜데이콤", "서비스 이용 대금 결제")]


def test_label_on_its_own_line_takes_the_next_line():
    text = "수집한 개인정보의 취급위탁\n수탁업체\n(주)조인스엠\n위탁업무 내용\n홈페이지관리\n위탁 개인정보 항목\n회원가입시 입력한 항목\n"
    assert [(r["processor"], r["task"]) for r in rows(text)] == [("(주)조인스엠", "홈페이지관리")]


def test_table_with_columns_in_any_order_and_generic_types_and_placeholders_left_out():
    out = rows("""## 제4조 개인정보 처리의 위탁

| 위탁업무 | 수탁업체 |
|---|---|
| 본인확인 | NICE평가정보(주) |
| 결제 | 호스팅사 |
| 문자 발송 | [업체명] |
| - | - |
""", "markdown")
    assert [(r["processor"], r["task"]) for r in out] == [("NICE평가정보(주)", "본인확인")]


def test_rowspan_table_gives_one_row_per_processor():
    html = """<h2>제6조 개인정보 처리의 위탁</h2><p>회사는 다음과 같이 위탁합니다.</p>
<table><tr><th>위탁업무 내용</th><th>수탁자</th><th>보유기간</th></tr>
<tr><td rowspan="2">결제 처리</td><td>토스페이먼츠(주)</td><td rowspan="2">위탁 계약 종료 시</td></tr>
<tr><td>(주)카카오페이</td></tr></table>"""
    out = rows(html, "html")
    assert [(r["processor"], r["task"]) for r in out] == [("토스페이먼츠(주)", "결제 처리"), ("(주)카카오페이", "결제 처리")]
    assert out[0]["evidence"] == "결제 처리 | 토스페이먼츠(주) | 위탁 계약 종료 시"


def test_headerless_table_in_a_processor_section():
    out = rows("""## 개인정보처리 위탁

| NICE신용평가정보(주) | 실명확인, 본인인증 |
| 카카오API | SMS 발송 |
""", "markdown")
    assert [(r["processor"], r["task"]) for r in out] == [("NICE신용평가정보(주)", "실명확인, 본인인증"), ("카카오API", "SMS 발송")]


def test_overseas_transfer_table_holds_processors_with_country():
    out = rows("""## 개인정보의 국외 이전

| 이전받는 자 | 이전 국가 | 이전 항목 | 이전 목적 |
|---|---|---|---|
| Google LLC (Firebase) | 미국 | 이벤트 로그 | 앱 이용 통계 분석 |
""", "markdown")
    assert [(r["processor"], r["processor_norm"], r["processor_category"], r["task"], r["overseas"], r["country"])
            for r in out] == [("Google LLC (Firebase)", "Google", "cloud", "앱 이용 통계 분석", True, "US")]


def test_third_party_service_table_and_unlabeled_lines():
    out = rows("""## 4. 제3자 서비스

| 서비스 | 목적 | 전송 데이터 | 위치 |
|---|---|---|---|
| Supabase | 데이터베이스 및 인증 | 익명 ID | 미국 / EU |
| Apple / Google 로그인 | 선택적 계정 연결 | 이메일 | Apple / Google |

## 5. 외부 서비스 제공자

- Google Firebase (Google LLC): 데이터베이스 저장, 푸시 알림 발송
- Expo (expo.dev) — 앱 빌드 및 업데이트
- Google Gemini: Google의 정책에 따라 전송된 콘텐츠는 학습에 사용되지 않습니다.
""", "markdown")
    assert [(r["processor"], r["overseas"]) for r in out] == [
        ("Supabase", True), ("Apple 로그인", False), ("Google 로그인", False),
        ("Google Firebase (Google LLC)", False), ("Expo", False)]


def test_sentences():
    assert names("""개인정보 처리 위탁
크루베이션은 현재 카카오비즈니스 업체를 통해 메신저 기능을 통한 메시지 발송 기능을 이용하고 있습니다.
회사는 결제 처리를 위해 (주)KG이니시스에 개인정보 처리를 위탁하고 있습니다.
회사는 고객의 개인정보를 외부 업체에 위탁하지 않습니다.
""") == ["카카오비즈니스", "(주)KG이니시스"]


def test_recipient_label_inside_a_processor_section_is_a_processor():
    out = rows("""4. 개인정보의 취급위탁
회사는 아래와 같이 개인정보를 위탁하고 있습니다.
- 개인정보를 제공받는 자 : NICE평가정보(주)
- 이용 목적 : 회원가입 시 본인확인
""")
    assert [(r["processor"], r["task"]) for r in out] == [("NICE평가정보(주)", "회원가입 시 본인확인")]


def test_a_provider_column_in_a_section_on_entrusting_abroad_names_processors():
    text = """## 4. 처리위탁 및 국외 이전 현황

| 서비스 | 제공사 | 이전 국가 | 위탁 업무 |
| --- | --- | --- | --- |
| 가나DB | `Gana Cloud, Inc.` | 미국 | 데이터 보관, 회원 인증 |
"""
    doc = build_document("t", "t", text, "markdown")
    assert [(r["processor"], r["task"]) for r in extract_processors(doc)] == [("Gana Cloud, Inc.", "데이터 보관, 회원 인증")]
    assert extract_third_parties(doc) == []


def test_no_processor_in_templates_and_refusals():
    assert names("""제4조 개인정보처리 위탁
회사는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.
- 위탁받는 자: (위탁업체명)
- 위탁하는 업무의 내용: [위탁업무 내용]
- 위탁 대상자 : 공급업체 목록보기
- 위탁 대상자 : [PG사 이름]
위탁기간: 2022/08/1~2023/04/13
회사는 원칙적으로 개인정보 처리를 외부에 위탁하지 않습니다.
""") == []


def load(path):
    text, encoding = decode_bytes(path.read_bytes())
    return build_document(path.stem, str(path), text, input_format(path), encoding)


@pytest.mark.parametrize("seed, expected", [
    ("000", {("(주)조인스엠", "홈페이지관리")}),
    ("003", {("NICE신용평가정보(주)", "실명확인, 본인인증"), ("카카오API", "SMS 발송"),
             ("LG유플러스", "전자결제대행(신용카드, 계좌이체 및 가상계좌)")}),
    ("004", {("카카오비즈니스", "메신저 기능을 통한 메시지 발송")}),
])
def test_seed_documents(seed, expected):
    out = extract_processors(load(next(RAW.glob(f"{seed}_*"))))
    assert expected <= {(r["processor"], r["task"]) for r in out}
    assert all(r["section_no"] and r["evidence"] for r in out)


def test_field_lines_and_boilerplate_in_a_processor_section_are_not_processors():
    assert names("""제6조(개인정보 처리업무의 위탁)
① 회사는 위탁계약 체결 시 개인정보 보호법 제26조에 따라 위탁업무 수행목적 외 개인정보 처리금지 등을 문서에 명시합니다.
② 위탁업무의 내용이나 수탁자가 변경될 경우에는 지체 없이 본 개인정보 처리방침을 통하여 공개하도록 하겠습니다.
※ 참고: 서비스를 통해 제공되는 기능은 변경될 수 있습니다.
Website: https://example.com
Tel: 02-123-4567
| 개인정보 보호책임자 | 홍길동 |
| 연락처 | 02-123-4567 |
""") == []


def test_task_label_before_a_generic_name_label_and_contact_fields():
    out = rows("""제4조(개인정보 처리 위탁)
1. 센터는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.
① 위탁받는 자(수탁자) 위탁하는 업무의 내용 : 홈페이지 구축 및 운영
- 업체명 : (주)한커뮤니케이션
- 대표 : 김용진
- 주소 : 서울특별시 구로구 디지털로26길 123
""")
    assert [(r["processor"], r["task"]) for r in out] == [("(주)한커뮤니케이션", "홈페이지 구축 및 운영")]


def test_name_cell_written_as_a_small_form_and_country_in_brackets():
    html = """<h3>제12조(개인정보 처리업무의 위탁에 관한 사항)</h3>
<table><thead><tr><th>위탁시스템</th><th>위탁받는 자(수탁자)</th><th>위탁업무</th><th>위탁기간</th></tr></thead>
<tbody><tr><td>피해구제시스템</td><td>수탁업체명 : ㈜ 선도소프트<br>주소 : 서울시 구로구<br>전화번호 : 02-856-1900</td>
<td>시스템 유지관리</td><td>2023-06-01<br>~2023-12-31</td></tr></tbody></table>
<ul><li>위탁받는 자(수탁자): Vercel Inc. (미국)</li><li>위탁하는 업무의 내용: 웹 호스팅</li></ul>"""
    out = rows(html, "html")
    assert [(r["processor"], r["task"], r["overseas"], r["country"]) for r in out] == [
        ("㈜ 선도소프트", "시스템 유지관리", False, None), ("Vercel Inc.", "웹 호스팅", True, "US")]


def test_overseas_label_lines_and_vertical_tables():
    html = """<h3>6. 국외 이전</h3>
<p>· 이전받는 자: Supabase Inc.(미국) — 이메일·식별자 / 인증·저장</p>
<h3>7. 국외 이전</h3>
<table><tr><th>항목</th><th>내용</th></tr>
<tr><td>이전받는 자</td><td>RunPod, Inc. (GPU 서버) / Cloudflare, Inc. (CDN)</td></tr>
<tr><td>이전 국가</td><td>미국 (서버 위치에 따라 변동 가능)</td></tr>
<tr><td>이전 목적</td><td>이미지 생성</td></tr></table>"""
    out = rows(html, "html")
    assert [(r["processor"], r["task"], r["overseas"], r["country"]) for r in out] == [
        ("Supabase Inc.", None, True, "US"),
        ("RunPod, Inc. (GPU 서버)", "이미지 생성", True, "US"),
        ("Cloudflare, Inc. (CDN)", "이미지 생성", True, "US")]


def test_a_label_that_explains_itself_in_parentheses():
    text = ("개인정보 위탁처리\n"
            "영업대행사(위탁업체)\t위탁업무 내용\t개인정보의 보유 및 이용기간\n"
            "㈜넥스텝코리아\t회원 중개사무소 모집\t위탁계약 종료시까지\n")
    assert [(r["processor"], r["task"]) for r in rows(text)] == [("㈜넥스텝코리아", "회원 중개사무소 모집")]


@pytest.mark.parametrize("label, kind", [
    ("위탁처리 업체명", "processor"), ("개인정보 위탁처리기관명", "processor"), ("재수탁자", "processor"),
    ("위탁받는 자(수탁자)", "processor"), ("수탁 파트너", "processor"), ("정보를 받는 기관명", "recipient"),
    ("제3자 제공한 기관명", "recipient"), ("제공처", "recipient"), ("이전받는 자", "overseas"),
    ("위탁업무", "purpose"), ("맡긴 업무", "purpose"), ("위탁자", None), ("서비스 제공자", "generic_name"),
    ("협력업체명", "generic_name"), ("수탁자 연락처", "other"),
])
def test_party_labels_are_read_from_their_word_parts(label, kind):
    assert classify_label(label) == kind


def test_name_columns_worded_outside_the_usual_labels():
    html = """<h2>제4조(개인정보 처리의 위탁)</h2>
<table><tr><th>위탁처리 업체명</th><th>맡긴 업무</th><th>기간</th></tr>
<tr><td>(주)한빛소프트</td><td>학사 시스템 유지보수</td><td>계약기간</td></tr></table>"""
    assert [(r["processor"], r["task"]) for r in rows(html, "html")] == [("(주)한빛소프트", "학사 시스템 유지보수")]


def test_sub_processor_column_and_names_grouped_by_service():
    html = """<h2>제5조(개인정보 처리의 위탁)</h2>
<table><tr><th>위탁업무</th><th>수탁자</th><th>재수탁자</th></tr>
<tr><td>문자 발송</td><td>(주)가나메시지</td><td>(주)다라통신, (주)마바텔레콤</td></tr>
<tr><td>시스템 운영</td><td>- 쇼핑몰 : (주)사아커머스, (주)자차시스템<br>- 앱 : (주)카타소프트</td><td></td></tr></table>
<p>- 알림전송수탁업체 : 주식회사 파하소프트(재위탁 : 비즈알림 주식회사)</p>"""
    assert [(r["processor"], r["task"]) for r in rows(html, "html")] == [
        ("(주)가나메시지", "문자 발송"), ("(주)사아커머스", "시스템 운영"), ("(주)자차시스템", "시스템 운영"),
        ("(주)카타소프트", "시스템 운영"), ("(주)다라통신", "문자 발송"), ("(주)마바텔레콤", "문자 발송"),
        ("주식회사 파하소프트", None), ("비즈알림 주식회사", None)]


def test_name_column_found_by_what_its_cells_hold():
    html = """<h2>제5조(개인정보 처리의 위탁)</h2>
<table><tr><th>클라우드 인프라</th><th>위탁 업무</th></tr>
<tr><td>Hanul Cloud Inc.</td><td>서버 운영</td></tr><tr><td>(주)다온메시지</td><td>알림 발송</td></tr></table>"""
    assert [(r["processor"], r["task"]) for r in rows(html, "html")] == [
        ("Hanul Cloud Inc.", "서버 운영"), ("(주)다온메시지", "알림 발송")]


def test_task_in_brackets_after_the_name():
    out = rows("3. 외부 서비스\n- 위탁 업체: Mobilebase(로그인 처리), Statly(이용 통계)\n")
    assert [(r["processor"], r["task"]) for r in out] == [("Mobilebase", "로그인 처리"), ("Statly", "이용 통계")]


def test_the_organization_is_never_its_own_processor():
    text = """정보주체의 권리를 보호하기 위하여, Hanbit Labs Inc.(이하 "Hanbit" 또는 "회사")는 다음과 같이 처리방침을 둡니다.
제5조(개인정보 처리의 위탁)
| 수탁자 | 위탁 업무 |
|---|---|
| Hanbit Labs, Inc. (미국) | 판매 대행 |
| Hanul Cloud Inc. | 서버 운영 |
"""
    assert names(text, "markdown") == ["Hanul Cloud Inc."]


def test_a_list_of_sdks_the_service_uses_names_no_processor():
    text = """## 6. 제3자 서비스(SDK) 이용

| 서비스 | 이용 목적 | 처리방침 |
|---|---|---|
| Mapline 지도 SDK | 지도 표시 | https://mapline.example/privacy |
| Pushbox 알림 SDK | 푸시 알림 | https://pushbox.example/privacy |
"""
    assert names(text, "markdown") == []


def test_processors_named_in_prose_and_on_numbered_lines():
    text = """누구에게 맡기나요
서버 운영은 Skyline Inc.에 맡깁니다. 이 회사는 저장 업무만 수행하며 다른 목적으로 쓰지 않습니다.
제6조(개인정보 처리의 위탁)
① ㈜가온페이
위탁업무 : 정기결제 대행
2. Quick Stats (선택)
위탁받는 자: Quickstat LLC
제3자 제공과 처리 위탁
- Mapco: 지도 표시, 앱 배포. 지도를 열면 위치가 Mapco에 전달됩니다.
- AI 제공자: 입력한 문장이 답변 생성을 위해 Talkbot 등 AI 제공자에게 전송될 수 있습니다. 광고에는 쓰지 않습니다.
선택적 통계
Statline LLC 및 서비스 제공자는 기능 개선을 위해 사용 이벤트 정보를 처리합니다. 거절해도 기능은 제한되지 않습니다.
"""
    assert [(r["processor"], r["task"]) for r in rows(text)] == [
        ("Skyline Inc.", None), ("㈜가온페이", "정기결제 대행"), ("Quickstat LLC", None),
        ("Mapco", "지도 표시, 앱 배포"), ("Talkbot", None), ("Statline LLC", None)]


def test_key_value_table_stacking_several_processors():
    text = """## 5. 개인정보 처리의 위탁

| 항목 | 내용 |
|---|---|
| 수탁업체 | (주)가람물류 |
| 위탁업무 | 상품 배송 |
| 수탁업체 | Nimbus Cloud Inc. |
| 위탁업무 | 서버 운영 |
"""
    assert [(r["processor"], r["task"]) for r in rows(text, "markdown")] == [
        ("(주)가람물류", "상품 배송"), ("Nimbus Cloud Inc.", "서버 운영")]


def test_task_then_company_lines():
    text = """제5조(개인정보 처리의 위탁)
회사는 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.
- 결제대행 : (주)가나페이먼츠
- 본인인증 : NICE평가정보(주), (주)다라시큐리티
- 배송업무: CJ대한통운
- 문자 발송 - (주)마바기술
- 위탁업무 : AWS 서버 운영
- 위탁업무 내용 : [PG사 위탁 내용]
"""
    assert [(r["processor"], r["task"]) for r in rows(text)] == [
        ("(주)가나페이먼츠", "결제대행"), ("NICE평가정보(주)", "본인인증"), ("(주)다라시큐리티", "본인인증"),
        ("CJ대한통운", "배송업무"), ("(주)마바기술", "문자 발송")]


def test_two_name_columns_and_no_task_column():
    text = """## 제5조 개인정보 처리의 위탁

| 수탁자 | 재수탁자 |
|---|---|
| (주)가나메시지 | (주)다라통신 |
"""
    assert names(text, "markdown") == ["(주)가나메시지", "(주)다라통신"]


def test_a_column_headed_by_words_ending_in_a_party_noun():
    html = """<h2>제5조(개인정보 처리의 위탁)</h2>
<table><tr><th>업무 파트너</th><th>위탁 업무</th></tr>
<tr><td>바다로지스</td><td>상품 배송</td></tr></table>"""
    assert names(html, "html") == ["바다로지스"]


def test_english_column_labels():
    text = """## 4. 개인정보 처리 위탁

| Processor | Purpose | Country |
|---|---|---|
| Nimbus Cloud Inc. | 서버 운영 | 미국 |
"""
    assert [(r["processor"], r["task"], r["country"]) for r in rows(text, "markdown")] == [
        ("Nimbus Cloud Inc.", "서버 운영", "US")]


def test_an_overseas_table_repeating_a_listed_processor_adds_no_row():
    html = """<h2>제5조 개인정보 처리의 위탁</h2><table><tr><th>수탁자</th><th>위탁 업무</th></tr>
    <tr><td>Google LLC (Firebase)</td><td>로그인 인증, 데이터 저장</td></tr></table>
    <h2>제6조 개인정보의 국외 이전</h2><table><tr><th>이전받는 자</th><th>이전되는 국가</th><th>이전 목적</th></tr>
    <tr><td>Google LLC</td><td>미국</td><td>로그인 인증, 데이터 저장</td></tr>
    <tr><td>Amazon Web Services, Inc.</td><td>미국</td><td>서버 운영</td></tr></table>"""
    assert names(html, "html") == ["Google LLC (Firebase)", "Amazon Web Services, Inc."]


def test_a_legend_line_then_bracketed_names_with_their_fields():
    # an old template: the order of the fields once, then `[name] : task / items / period` per processor
    assert rows("""6. 개인정보의 처리위탁
현재 회사의 개인정보처리수탁자와 그 업무의 내용은 다음과 같습니다.
-
 위탁 대상자(수탁자) / 위탁업무 내용 / 개인정보항목 / 보유 및 이용기간 순
-
 [CJ대한통운] : 상품배송 / - / 계약종료시까지
-
 보유 및 이용기간 : 회원 탈퇴시까지
""")[0]["processor"] == "CJ대한통운"


def test_a_cell_listing_companies_on_bulleted_lines_gives_each_of_them():
    # `- A<br/>- B`: a line break and the next bullet are no spaced dash before a description
    html = """<h2>라. 개인정보의 처리위탁</h2><table><tr><th>수탁업체</th><th>위탁업무 내용</th><th>보유기간</th></tr>
    <tr><td>- 가람택배</td><td>상품 배송</td><td rowspan="2">서비스 제공 기간</td></tr>
    <tr><td>- 나래페이먼츠㈜<br/>- 주식회사 다솜페이<br/>- 마루시스템 — 간편결제 연동</td><td>결제대행</td></tr></table>"""
    assert [(r["processor"], r["task"]) for r in rows(html, "html")] == [
        ("가람택배", "상품 배송"), ("나래페이먼츠㈜", "결제대행"), ("주식회사 다솜페이", "결제대행"), ("마루시스템", "결제대행")]


def test_a_name_line_then_its_labelled_task():
    text = """7. 개인정보 처리의 위탁
서비스 운영을 위해 다음과 같이 개인정보 처리를 위탁하고 있습니다.
Nimbus Cloud Inc. (Storage)
위탁업무 내용: 데이터 저장, 백업
Orbit Labs
이 회사는 본 방침과 관계가 없습니다.
"""
    # a name line counts only when a labelled field follows it
    assert [(r["processor"], r["task"]) for r in rows(text)] == [("Nimbus Cloud Inc. (Storage)", "데이터 저장, 백업")]


def test_the_organization_named_by_its_representative_is_no_processor():
    text = """주식회사 가나소프트(이하 "회사")는 개인정보를 보호합니다.
제5조(개인정보 처리업무의 위탁)
– 위탁받는 자 (수탁자) : 가나소프트 대표 홍길동
– 위탁하는 업무의 내용 : 회원 관리
"""
    assert names(text) == []


def test_a_remark_about_a_processor_is_no_name():
    text = """## 4. 처리 위탁

| 위탁받는 자 | 위탁 업무 |
|---|---|
| Nimbus Cloud Inc. | 문장 생성 |

[확인 필요: Nimbus 데이터 보관 적용 여부 · Nimbus 보존 기간]
"""
    assert names(text, "markdown") == ["Nimbus Cloud Inc."]


def test_a_task_on_the_left_of_the_colon_names_the_company_on_the_right():
    """`PACS 유지보수 : 인피니트사`: the Latin letters of the task do not make it the name."""
    text = ("제5조 개인정보 처리의 위탁\n본원은 다음의 회사에 개인정보를 위탁하고 있습니다.\n"
            "- Data Base 유지보수 : 정원앤시스\n- PACS 유지보수 : 인피니트사\n- 병원보 발송 : 글꼴\n")
    assert {(r["processor"], r["task"]) for r in rows(text)} == {
        ("정원앤시스", "Data Base 유지보수"), ("인피니트사", "PACS 유지보수"), ("글꼴", "병원보 발송")}
