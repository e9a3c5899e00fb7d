from pipeline.clean import html_blocks, markdown_blocks, text_blocks
from pipeline.document import build_document
from pipeline.tables import build_pipe_table


def tables(blocks):
    return [b.table for b in blocks if b.table is not None]


def test_html_rowspan_and_colspan_fill_every_cell():
    html = """<table>
      <tr><th>구분</th><th>관련법률</th><th>보유기간</th></tr>
      <tr><td>계약 또는 청약철회 등에 관한 기록</td><td rowspan="2">전자상거래법</td><td>5년</td></tr>
      <tr><td>대금결제 기록</td><td>5년</td></tr>
      <tr><td colspan="2">방문 기록</td><td>3개월</td></tr>
    </table>"""
    [table] = tables(html_blocks(html))
    assert table.n_header_rows == 1
    assert table.header == ["구분", "관련법률", "보유기간"]
    assert table.body == [
        ["계약 또는 청약철회 등에 관한 기록", "전자상거래법", "5년"],
        ["대금결제 기록", "전자상거래법", "5년"],
        ["방문 기록", "방문 기록", "3개월"],
    ]


def test_html_keeps_structure_and_drops_chrome_and_template_code():
    html = """<%@ page contentType="text/html; charset=UTF-8" %>
    <html><head><title>t</title><style>p{}</style></head><body>
    <nav><a>홈</a><a>회사소개</a></nav><div id="gnb">메뉴</div>
    <script>var x = "개인정보";</script>
    <h2>제1조(개인정보의 처리목적)</h2>
    <p>회사는 다음의 목적으로 처리합니다.<br>1. 회원 관리<br/>2. 민원 처리</p>
    <?php echo $footer; ?>{{ csrf_token }} {% if x %}@csrf
    <ul><li>성명</li><li>연락처</li></ul>
    <p><strong>제2조(보유기간)</strong></p>
    <form><input name="q"><button>검색</button></form>
    <footer>Copyright</footer></body></html>"""
    blocks = html_blocks(html)
    texts = [b.text for b in blocks]
    assert texts[0] == "제1조(개인정보의 처리목적)" and blocks[0].kind == "heading"
    assert "1. 회원 관리" in texts and "2. 민원 처리" in texts
    assert [b.kind for b in blocks if b.text in ("성명", "연락처")] == ["list_item", "list_item"]
    assert any(b.kind == "heading" and b.text == "제2조(보유기간)" for b in blocks)  # bold-only line
    joined = "\n".join(texts)
    for junk in ("홈", "메뉴", "var x", "echo", "csrf", "Copyright", "검색", "page contentType", "{%"):
        assert junk not in joined


def test_a_source_line_wrap_in_a_cell_is_a_space_and_br_or_li_a_line_break():
    html = """<table><tr><th>구분</th><th>항목</th></tr>
      <tr><td>회원</td><td>(필수)<br> 이름, 배달지
          주소<ul><li>쿠키</li></ul></td></tr></table>"""
    [table] = tables(html_blocks(html))
    assert table.body == [["회원", "(필수)\n이름, 배달지 주소\n쿠키"]]


def test_a_source_line_wrap_in_a_paragraph_is_a_space_outside_pre():
    html = """<p>수탁업체: 아윌콤, 업무: 050
        전화번호 연결 서비스<br>보유기간: 위탁계약 종료 시까지</p>
<pre>첫 줄
둘째 줄</pre>"""
    assert [b.text for b in html_blocks(html)] == [
        "수탁업체: 아윌콤, 업무: 050 전화번호 연결 서비스", "보유기간: 위탁계약 종료 시까지", "첫 줄", "둘째 줄"]


def test_layout_tables_are_not_data_tables():
    html = "<table><tr><td><h3>제1조(목적)</h3><p>본문</p><table><tr><th>항목</th><th>기간</th></tr>" \
           "<tr><td>성명</td><td>1년</td></tr></table></td></tr></table>"
    blocks = html_blocks(html)
    assert blocks[0].text == "제1조(목적)"
    [table] = tables(blocks)
    assert table.body == [["성명", "1년"]]


def test_a_table_drawn_with_lists_is_a_table_and_a_menu_of_lists_is_not():
    """`<div><ul><li>구분</li><li>수집 항목</li></ul><ul>…</ul></div>` styled as a grid is a table with a
    header row; columns of links (a table of contents) stay lists."""
    html = """<div class="table1">
  <ul><li>구분</li><li>수집방법</li><li>수집 항목</li><li>필수여부</li></ul>
  <ul><li>문의</li><li>문의 입력</li><li>이름, E-Mail</li><li>필수</li></ul>
</div>
<div class="toc"><ul><li><a href="#a1">제1조 목적</a></li><li><a href="#a2">제2조 항목</a></li></ul>
  <ul><li><a href="#a3">제3조 기간</a></li><li><a href="#a4">제4조 파기</a></li></ul></div>"""
    blocks = html_blocks(html)
    [table] = tables(blocks)
    assert table.header == ["구분", "수집방법", "수집 항목", "필수여부"]
    assert table.body == [["문의", "문의 입력", "이름, E-Mail", "필수"]]
    assert [b.text for b in blocks if b.table is None] == ["제1조 목적", "제2조 항목", "제3조 기간", "제4조 파기"]


def test_malformed_html_still_yields_text():
    blocks = html_blocks("<p>개인정보 <b>처리<p>방침</td></tr><li>항목</br>없음")
    assert "방침" in "\n".join(b.text for b in blocks)


def test_markdown_headings_lists_tables_and_escapes():
    md = """---
title: 개인정보처리방침
---
# 개인정보처리방침
## 1\\. 수집 항목
- **필수**: 이름, 이메일
* 선택: 전화번호

| 구분 | 항목 |
|---|---|
| 회원가입 | 이름 |
"""
    blocks = markdown_blocks(md)
    assert [(b.kind, b.text) for b in blocks[:4]] == [
        ("heading", "개인정보처리방침"), ("heading", "1. 수집 항목"),
        ("list_item", "필수: 이름, 이메일"), ("list_item", "선택: 전화번호"),
    ]
    [table] = tables(blocks)
    assert table.header == ["구분", "항목"] and table.body == [["회원가입", "이름"]]


def test_text_pipe_table_short_rows_inherit_merged_cells():
    """Seed 003: `대금결제 … | 5년 | |` inherits the law from the row above."""
    lines = [
        "구분 | 관련법률 | 이용기간(보유 기간) |",
        "---|---|---|",
        "학습과정 평가인정 신청에 관한 기록 | 평가인정 학습과정 운영에 관한 규정 | 영구 |",
        "학습자 대장(학적부)에 관한 기록 | 영구 | |",
        "계약 또는 청약철회 등에 관한 기록 | 전자상거래 등에서의 소비자보호에 관한 법률 | 5년 |",
        "대금결제 및 재화 등의 공급에 관한 기록 | 5년 | |",
        "세법이 규정하는 모든 거래에 관한 장부 및 증빙서류 | 국세기본법 | 5년 |",
    ]
    rows, n_header = build_pipe_table(lines)
    assert n_header == 1
    assert rows[2] == ["학습자 대장(학적부)에 관한 기록", "평가인정 학습과정 운영에 관한 규정", "영구"]
    assert rows[4] == ["대금결제 및 재화 등의 공급에 관한 기록", "전자상거래 등에서의 소비자보호에 관한 법률", "5년"]
    assert rows[5][1] == "국세기본법"


def test_text_pipe_table_row_broken_over_lines_is_joined():
    lines = ["구분 | 수집항목 | 수집시점 |", "---|---|---|", "회원가입 |", "이름, 아이디 |", "가입 시 |",
             "수강신청 | 주민등록번호 | 수강신청 시 |"]
    rows, _ = build_pipe_table(lines)
    assert rows[1:] == [["회원가입", "이름, 아이디", "가입 시"], ["수강신청", "주민등록번호", "수강신청 시"]]


def test_seed_003_retention_table_in_document(seed_path):
    path = seed_path("003")
    doc = build_document(path.stem, str(path), path.read_text("utf-8"), "text")
    [table] = [t for t in doc.tables if t.header and "관련법률" in t.header[1]]
    row = next(r for r in table.body if r[0].startswith("대금결제"))
    assert row == ["대금결제 및 재화 등의 공급에 관한 기록", "전자상거래 등에서의 소비자보호에 관한 법률", "5년"]
    # Offsets point into the cleaned text.
    start, end = table.row_spans[0]
    assert doc.text[start:end].startswith("구분 | 관련법률")


def test_hard_wrapped_markdown_paragraphs_are_joined_but_short_lines_are_not():
    md = ("주식회사 예시(이하 '회사')는 회사가 제공하고자 하는 서비스를 이용하는 개인의\n"
          "정보를 보호하기 위해 관련 법령을 준수합니다.\n"
          "\n"
          "담당자: 홍길동\n"
          "연락처: 02-123-4567\n"
          "1.  회사는 이용자가 언제든지 쉽게 본 방침을 확인할 수 있도록 회사\n"
          "    홈페이지 첫 화면에 공개합니다.\n")
    texts = [b.text for b in markdown_blocks(md)]
    assert texts == [
        "주식회사 예시(이하 '회사')는 회사가 제공하고자 하는 서비스를 이용하는 개인의 정보를 보호하기 위해 관련 법령을 준수합니다.",
        "담당자: 홍길동",
        "연락처: 02-123-4567",
        "1. 회사는 이용자가 언제든지 쉽게 본 방침을 확인할 수 있도록 회사 홈페이지 첫 화면에 공개합니다.",
    ]
    # Plain text keeps its lines as written.
    assert len(text_blocks(md)) == 6


def test_tab_separated_rows_in_plain_text_are_a_table():
    text = ("개인정보 위탁 제공\n"
            "위탁 업체\t위탁 업무내용\t위탁 개인정보 항목\t보유 및 이용기간\n"
            "나이스평가\t회원가입, 수정, 탈퇴\t성명, 연락처\t위탁계약 종료시까지\n"
            "LG 전자결제\t상품 결제\t신용카드 결제 정보\t\n"
            "\t\t\t\n"
            "다음 문단입니다.\n")
    blocks = text_blocks(text)
    [table] = tables(blocks)
    assert table.header == ["위탁 업체", "위탁 업무내용", "위탁 개인정보 항목", "보유 및 이용기간"]
    assert table.body == [["나이스평가", "회원가입, 수정, 탈퇴", "성명, 연락처", "위탁계약 종료시까지"],
                          ["LG 전자결제", "상품 결제", "신용카드 결제 정보", ""]]
    assert blocks[-1].text == "다음 문단입니다."
    # A single tabbed line is not a table.
    assert not tables(text_blocks("이름\t홍길동\n본문"))


def test_a_bold_list_line_is_content_not_a_heading():
    blocks = html_blocks("<p><b>제2조 [개인정보 수집항목]</b></p><p><b>2. 비회원 필수항목: 주문자 이름, 수취인 이름, 연락처</b></p>")
    assert [b.kind for b in blocks] == ["heading", "paragraph"]


def test_numbered_items_run_into_a_sentence_are_split_off():
    text = "회사는 다음과 같은 정보를 수집합니다. 1. 필수 수집 정보: 서비스 이용기록, 쿠키 2. 선택 정보: 없음\n"
    assert [b.text for b in text_blocks(text)] == [
        "회사는 다음과 같은 정보를 수집합니다.", "1. 필수 수집 정보: 서비스 이용기록, 쿠키 2. 선택 정보: 없음"]
    assert len(text_blocks("보관 기간은 1년입니다. 1일 이내에 파기합니다.\n")) == 1


def test_pathological_markup_stays_bounded():
    deep = "<div>" * 5000 + "<p>개인정보 처리방침</p>" + "</div>" * 5000
    assert [b.text for b in html_blocks(deep)] == ["개인정보 처리방침"]
    wide = "<table><tr>" + '<td colspan="100000" rowspan="100000">x</td>' * 50 + "</tr><tr><td>y</td></tr></table>"
    [table] = tables(html_blocks(wide))
    assert len(table.rows) == 2 and max(len(r) for r in table.rows) <= 50 * 30 + 1


def test_a_policy_shown_in_a_textarea_inside_a_form_is_kept_line_by_line():
    policy = "\n".join(["제1조(개인정보의 처리 목적)", "회사는 회원 관리를 위하여 개인정보를 처리합니다." * 6,
                        "제2조(처리하는 개인정보 항목)", "필수항목 : 이름, 휴대폰번호, 이메일" * 3])
    html = (f"<form action='/join'><h3>약관 동의</h3><textarea readonly>{policy}</textarea>"
            "<input type=checkbox> 동의합니다 <button>다음</button></form>"
            "<form><input name=q><button>검색</button></form>")
    texts = [b.text for b in html_blocks(html)]
    assert "제1조(개인정보의 처리 목적)" in texts and "제2조(처리하는 개인정보 항목)" in texts
    assert "검색" not in texts and "다음" not in texts


def test_header_cells_under_thead_without_tr_are_the_header_row():
    html = ("<table><thead><th>구분</th><th>수집항목</th><th>보유기간</th></thead>"
            "<tbody><tr><td>회원가입</td><td>아이디, 비밀번호</td><td>탈퇴 시까지</td></tr></tbody></table>")
    [table] = tables(html_blocks(html))
    assert table.header == ["구분", "수집항목", "보유기간"]
    assert table.body == [["회원가입", "아이디, 비밀번호", "탈퇴 시까지"]]


def test_jsx_rowspan_spans_rows():
    html = ("<table><tr><th>보존 항목</th><th>근거 법령</th></tr>"
            "<tr><td>계약 기록</td><td rowSpan={2}>전자상거래법</td></tr><tr><td>분쟁 기록</td></tr></table>")
    [table] = tables(html_blocks(html))
    assert table.body == [["계약 기록", "전자상거래법"], ["분쟁 기록", "전자상거래법"]]


def test_struck_through_text_is_deleted():
    html = ("<p>개정 전 <del>2년</del> 3년</p>"
            "<table><tr><th>수탁업체</th><th>위탁업무</th></tr>"
            "<tr><td>(주)가온물류</td><td>상품 배송</td></tr>"
            "<tr><td><s>(주)옛광고</s></td><td><strike>광고 대행</strike></td></tr>"
            "<tr><td>광고 영업</td><td><span style='text-decoration: line-through'>(주)다른광고</span></td></tr>"
            "</table>")
    blocks = html_blocks(html)
    assert blocks[0].text == "개정 전 3년"
    [table] = tables(blocks)
    assert table.body == [["(주)가온물류", "상품 배송"], ["광고 영업", ""]]


def test_markdown_keeps_outline_numbers_setext_headings_and_cell_line_breaks():
    md = ("개인정보 처리방침\n=========\n\n"
          "1. 수집하는 개인정보 항목\n2. 보유기간\n\n"
          "- 2026. 2. 22. : 최초 제정\n\n"
          "| 서비스 | 처리 항목 | 보유 기간 |\n|---|---|---|\n"
          "| 회원가입 | 아이디 <br /> (선택) 생일 | 탈퇴 시까지 |\n"
          "표 다음 문단입니다.\n")
    blocks = markdown_blocks(md)
    assert (blocks[0].kind, blocks[0].text) == ("heading", "개인정보 처리방침")
    assert [b.text for b in blocks[1:4]] == ["1. 수집하는 개인정보 항목", "2. 보유기간", "2026. 2. 22. : 최초 제정"]
    [table] = tables(blocks)
    assert table.header == ["서비스", "처리 항목", "보유 기간"]
    assert table.body == [["회원가입", "아이디\n(선택) 생일", "탈퇴 시까지"]]
    assert blocks[-1].text == "표 다음 문단입니다."


def test_a_markdown_row_wrapped_inside_its_last_cell_stays_one_row():
    md = ("| 처리 목적 | 보유 기간 | 비고 |\n|---|---|---|\n"
          "| 기록 관리 | 탈퇴 후 1년 | 보관 목적\n언제든지 삭제 가능 |\n"
          "| 로그 관리 | 3개월 | 자동 삭제 |\n")
    [table] = tables(markdown_blocks(md))
    assert table.body == [["기록 관리", "탈퇴 후 1년", "보관 목적\n언제든지 삭제 가능"],
                          ["로그 관리", "3개월", "자동 삭제"]]


def test_a_bold_label_value_line_is_not_a_heading():
    blocks = markdown_blocks("**시행일: 2026년 6월 7일**\n\n**제1조 목적**\n")
    assert [b.kind for b in blocks] == ["paragraph", "heading"]


def test_a_markdown_table_left_raw_in_an_html_page_is_a_table():
    html = ("<h2>제5조(개인정보 처리 위탁)</h2>\n| 수탁자 | 위탁 업무 |\n|--------|----------|\n"
            "| Hanul Cloud Inc. | 서버 운영 |\n| 다온메시지(주) | 알림 발송 |\n\n<p>끝</p>"
            "<pre>| a | b |\n|---|---|\n| c | d |</pre>")
    blocks = html_blocks(html)
    [table] = tables(blocks)
    assert table.header == ["수탁자", "위탁 업무"]
    assert table.body == [["Hanul Cloud Inc.", "서버 운영"], ["다온메시지(주)", "알림 발송"]]
    assert [b.text for b in blocks if b.kind == "heading"] == ["제5조(개인정보 처리 위탁)"]
    assert "| a | b |" in [b.text for b in blocks]  # preformatted text stays as written


def test_lines_over_a_rule_stay_paragraphs():
    blocks = markdown_blocks("첫 줄입니다.\n둘째 줄입니다.\n---\n")
    assert [(b.kind, b.text) for b in blocks] == [("paragraph", "첫 줄입니다."), ("paragraph", "둘째 줄입니다.")]


def test_markdown_marks_left_in_plain_text():
    text = ("개인정보 처리방침\n=========\n**제1조 수집 항목**\n* **호스팅사**: 시스템 운영\n---\n"
            "본문 **강조** 끝입니다.\n---\n")
    assert [(b.kind, b.text) for b in text_blocks(text)] == [
        ("heading", "개인정보 처리방침"), ("heading", "제1조 수집 항목"), ("list_item", "호스팅사: 시스템 운영"),
        ("paragraph", "본문 강조 끝입니다.")]


def test_a_text_file_written_in_markdown_is_read_as_markdown():
    from pipeline.document import sniff_format

    assert sniff_format("# 처리방침\n## 1. 항목\n## 2. 기간\n| a | b |\n|---|---|\n", "text") == "markdown"
    assert sniff_format("구분 | 항목 |\n---|---|\n회원 | 이름 |\n", "text") == "text"  # seed 003's tables stay on the text path


def test_markdown_tokens_give_the_blocks_of_their_html():
    """Markdown is read from its tokens; the blocks must be those html_blocks reads from the same HTML."""
    from pipeline.markdown import markdown_tokens, render_html

    md = ("# 처리방침\n\n**시행일**: 2024\n**제1조 목적**\n\n1. 수집 항목\n   - **필수**: 이름, ~~팩스~~ 이메일\n"
          "   - 선택: 사진  \n     생일\n\n> 인용 문단\n\n| 구분 | 항목 | 기간 |\n|---|---|---|\n| 가입 | 이름<br>이메일 | 5년 |\n"
          "| 결제 | 3년 | |\n\n```\n코드 줄 하나\n코드 줄 둘\n```\n\n제목\n---\n")
    def view(blocks):
        return [(b.kind, b.text, b.level, b.table.rows if b.table else None) for b in blocks]
    assert view(markdown_blocks(md)) == view(html_blocks(render_html(markdown_tokens(md))))
    assert ("heading", "제1조 목적", 0, None) in view(markdown_blocks(md))


def test_a_definition_list_of_labels_reads_as_label_value_lines():
    html = ("<dl><dt>주문·결제 시</dt><dd>주문자 성명, 연락처</dd><div><dt>선택 항목</dt><dd>수신동의 여부</dd></div></dl>"
            "<dl><dt>가. 파기절차</dt><dd>지체 없이 파기합니다.</dd><dt>[진료 시]</dt><dd><ul><li>성명</li></ul></dd></dl>")
    assert [(b.kind, b.text) for b in html_blocks(html)] == [
        ("paragraph", "주문·결제 시: 주문자 성명, 연락처"), ("paragraph", "선택 항목: 수신동의 여부"),
        ("paragraph", "가. 파기절차"), ("paragraph", "지체 없이 파기합니다."), ("paragraph", "[진료 시]"),
        ("list_item", "성명")]


def test_tab_separated_rows_in_markdown_are_a_table_with_merged_cells_filled():
    # A word processor's tables pasted into a .md file: blank first cells continue the cell above, a line with
    # no tab is a line break inside the row above, `1.\t` and `•\t` are numbering, not cells.
    text = ("1.\t개인정보의 처리목적\n"
            "2.\t개인정보의 처리 및 보유 기간\n"
            "법적근거\t보존항목\t보존기간\n"
            "전자상거래법\t계약 또는 청약철회 등에 관한 기록\t5년\n"
            "\t소비자의 불만 또는 분쟁 처리에 관한 기록\t3년\n"
            "\n"
            "구분\t유형\t수집 항목\n"
            "사업자 회원\t필수\t[대표] 이름, 회사명,\n"
            "[담당자] 이름, 이메일\n"
            "\t선택\t마케팅 수신동의\n"
            "\t\n"
            "•\t기기 정보\n"
            "•\t브라우저 정보\n")
    for blocks in (markdown_blocks(text), text_blocks(text)):
        retention, items = tables(blocks)
        assert retention.header == ["법적근거", "보존항목", "보존기간"]
        assert retention.body == [["전자상거래법", "계약 또는 청약철회 등에 관한 기록", "5년"],
                                  ["전자상거래법", "소비자의 불만 또는 분쟁 처리에 관한 기록", "3년"]]
        assert items.body == [["사업자 회원", "필수", "[대표] 이름, 회사명,\n[담당자] 이름, 이메일"],
                              ["사업자 회원", "선택", "마케팅 수신동의"]]
        assert blocks[0].text.endswith("개인정보의 처리목적")
        assert [(b.kind, b.text) for b in blocks[-2:]] == [("list_item", "기기 정보"), ("list_item", "브라우저 정보")]


def test_a_korean_list_marker_starts_a_line_in_a_markdown_paragraph():
    # A long line that stops mid-sentence would run on into the next; `가) …` starts an item of its own.
    md = ("•\t선택정보 : 마케팅 정보 수신 등 부가 기능을 위해 수집하는 정보 그리고 그 밖의 부가 정보\n"
          "가)\t회원 유형별 수집 항목\n")
    assert [b.text for b in markdown_blocks(md)][-1] == "가) 회원 유형별 수집 항목"
