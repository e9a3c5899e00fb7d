"""The policy verdict rejects only pages that are clearly not a privacy policy."""
from pipeline.document import build_document
from pipeline.metadata import policy_verdict


def verdict(text, fmt="html"):
    return policy_verdict(build_document("t", "t", text, fmt))


RIGHTS = ("<h2>이용자의 권리</h2><p>사용자는 언제든지 자신의 기록을 열람하고 고치거나 지우도록 요청할 수 있으며, 요청은 앱의 설정 화면이나 "
          "이메일로 받습니다. 받은 요청은 지체 없이 처리하고 그 결과를 알려 드립니다. 처리가 늦어지면 그 사유와 예정일을 함께 알려 "
          "드립니다.</p>")


PLAIN_POLICY = """<html><body><h1>하루메모 개인정보 처리방침</h1>
<h2>이 앱은 누가 만들었나요</h2><p>하루메모는 개인 개발자가 운영하는 메모 앱입니다. 문의는 help@example.com 으로 보내 주세요.</p>
<h2>무엇을 서버에 보관하나요</h2><p>메모는 휴대폰 안에만 저장됩니다. 서버에는 로그인에 필요한 이메일 주소와 닉네임만 저장합니다.</p>
<h2>누구에게 맡기나요</h2><p>서버 운영은 예시클라우드에 맡깁니다. 이 회사는 저장 업무만 수행하며 다른 목적으로 쓰지 않습니다.</p>
<h2>언제 지우나요</h2><p>탈퇴하면 계정 정보를 30일간 보관한 뒤 모두 삭제합니다. 삭제된 정보는 되살릴 수 없습니다.</p>
""" + RIGHTS + "</body></html>"


def test_a_policy_with_plain_language_headings_is_a_policy():
    doc = build_document("t", "t", PLAIN_POLICY, "html")
    assert policy_verdict(doc) is None
    assert [s.category for s in doc.sections if s.heading.startswith(("무엇을", "누구에게", "언제"))] == [
        "items", "processors", "destruction"]


def test_a_title_in_the_page_header_is_kept():
    html = ("<html><body><div class='header'><h1>개인정보 처리방침</h1><p>가계부 앱</p></div>"
            "<div id='gnb'><a>홈</a><a>메뉴</a></div>"
            "<h2>1. 수집하는 정보</h2><p>로그인 정보: 애플 계정으로 로그인하면 닉네임, 이메일 주소를 받습니다.</p>"
            "<h2>2. 기록의 저장과 보호</h2><p>지출 기록은 전송 구간과 저장소에서 모두 암호화되며 계정을 지울 때까지 보관합니다.</p>"
            "<h2>3. 외부 서비스</h2><p>위탁 업체: 예시베이스(로그인 처리), 예시통계(이용 통계)</p>"
            + RIGHTS + "</body></html>")
    doc = build_document("t", "t", html, "html")
    assert doc.blocks[0].text == "개인정보 처리방침"
    assert "메뉴" not in doc.text
    assert policy_verdict(doc) is None


def test_a_one_column_layout_table_is_the_page_not_a_table():
    rows = ["“예시 상담센터”는 「개인정보 보호법」 등 관련 법령을 준수하며, 개인정보 처리방침은 아래와 같습니다.",
            "<b>1. 개인정보의 처리목적 및 보유기간</b>", "- 수집항목 : 이름, 휴대폰번호<br>- 보유기간 : 2년",
            "<b>2. 개인정보 처리의 위탁</b>", "- 수탁업체 : (주)예시정보 (예약시스템 유지보수)",
            "<b>3. 개인정보의 파기</b>", "보유기간이 지난 개인정보는 지체 없이 파기합니다.",
            "<b>4. 개인정보 보호책임자</b>", "개인정보 보호책임자 : 김하늘 (02-000-0000), 개인정보 관련 문의는 책임자에게 "
            "하실 수 있으며, 문의는 평일 근무 시간에 전화나 이메일로 받고 접수한 순서대로 지체 없이 답변해 드립니다."]
    html = "<table>" + "".join(f"<tr><td>{r}</td></tr>" for r in rows) + "</table>"
    doc = build_document("t", "t", html, "html")
    assert not doc.tables
    assert {"retention", "processors", "destruction", "officer"} <= {s.category for s in doc.sections}
    assert policy_verdict(doc) is None


def test_a_bilingual_page_keeps_its_korean_part():
    korean = PLAIN_POLICY.replace("</body></html>", "")
    english = "<h2>English</h2>" + "<p>We store only your email address and nickname on our server.</p>" * 40
    assert verdict(korean + english + "</body></html>") is None


def test_a_page_titled_only_in_its_head_element():
    html = ("<html><head><title>개인정보처리방침 | 예시</title></head><body>"
            "<h2>1. 수집하는 정보</h2><p>가입할 때 닉네임, 이메일 주소를 받습니다. 받은 정보는 서비스 제공에만 쓰며, 탈퇴하면 "
            "지체 없이 지웁니다. 서비스를 쓰는 동안 접속 기록과 기기 정보가 자동으로 남을 수 있습니다.</p>"
            "<h2>2. 보관 기간</h2><p>접속 기록은 통신비밀보호법에 따라 3개월 동안 보관한 뒤 지웁니다.</p>"
            + RIGHTS + "</body></html>")
    assert verdict(html) is None


def test_pages_that_are_not_policies():
    assert verdict("<h1>404 Not Found</h1><p>요청하신 페이지를 찾을 수 없습니다.</p>") == "too little text for a privacy policy"
    english = "<h1>Privacy Policy</h1>" + "<p>We collect your name and email address.</p>" * 40
    assert verdict(english) == "not a Korean-language page"
    terms = "\n".join(f"제{i}조(목적) 이 약관은 회사가 제공하는 서비스의 이용조건 및 절차를 규정합니다." for i in range(1, 30))
    assert verdict("# 서비스 이용약관\n" + terms, "markdown") == "terms of service, not a privacy policy"
    news = "<h1>개인정보처리방침</h1>" + "<p>오늘의 날씨는 맑고 기온은 평년과 비슷하겠습니다. 주말에는 비가 오겠습니다.</p>" * 10
    assert verdict(news) == "no privacy-policy content (few 개인정보 sections)"


def test_a_titled_page_whose_headings_name_no_guideline_topic():
    html = ("<h1>타임노트 개인정보 처리방침</h1>"
            "<h2>타임라인은 이 기기에만 저장됩니다</h2><p>모든 기록은 이 휴대폰의 데이터베이스에 저장됩니다. 계정도 로그인도 없고, "
            "운영하는 서버에 사본이 없습니다. 휴대폰을 잃어버리면 기록도 함께 사라집니다.</p>"
            "<h2>선택적 사용 통계</h2><p>사용 통계에 동의한 경우에만 통계 도구로 사용 이벤트를 보냅니다. 설정에서 언제든지 끌 수 "
            "있으며, 끄면 더 보내지 않습니다.</p>"
            "<h2>전체 지우기</h2><p>전체 삭제는 이 기기의 타임라인과 목표를 모두 지웁니다. 지운 기록은 되살릴 수 없습니다.</p>"
            "<h2>휴대폰 자체 백업</h2><p>휴대폰의 클라우드 백업을 쓰면 그 백업에 기록의 사본이 함께 보관될 수 있습니다. 그 사본은 "
            "저희가 아니라 백업 서비스가 관리합니다.</p>")
    assert verdict(html) is None


def test_the_translation_of_a_bilingual_page_is_left_out():
    english = ("<h2>Privacy Policy (English)</h2>"
               "<p>We store only your email address and nickname on our server, and nothing else about you.</p>"
               "<p>Memos stay on your phone and are never sent to us or to anyone working for us.</p>"
               "<p>Server operation is entrusted to Example Cloud, which only stores the data and uses it for "
               "nothing else. When you leave, your account is kept for thirty days and then deleted.</p>"
               "<p>You may ask at any time to see, correct or delete your records; write to us by email.</p>")
    html = PLAIN_POLICY.replace("<h2>언제 지우나요</h2>", "<p>Example Cloud Inc.</p><h2>언제 지우나요</h2>")
    html = html.replace("</body></html>", english + "</body></html>")
    doc = build_document("t", "t", html, "html")
    assert "We store only" not in doc.text and "Privacy Policy (English)" not in doc.text
    assert "Example Cloud Inc." in doc.text
    assert policy_verdict(doc) is None


def test_a_title_over_a_table_of_contents_is_not_a_policy():
    toc = "\n".join(f"{i}. {topic}" for i, topic in enumerate(
        ["수집하는 개인정보의 항목", "개인정보의 수집 및 이용목적", "개인정보의 보유 및 이용기간", "개인정보의 파기절차",
         "개인정보 제공 및 공유", "개인정보의 취급위탁", "이용자의 권리와 그 행사방법", "개인정보관리책임자"], 1))
    text = ("개인정보처리방침\n예시의원은 귀하의 개인정보보호를 매우 중요시하며 관련 법령을 준수하고 있습니다. 이 방침의 순서는 "
            "다음과 같으며, 각 항목의 내용은 준비 중입니다. 자세한 내용은 다음 개정 때 알려 드리겠습니다. 문의 사항은 대표 "
            "전화나 방문 접수 창구로 연락해 주시면 담당 직원이 친절하게 안내해 드립니다.\n" + toc)
    assert verdict(text, "text") == "no privacy-policy content (few 개인정보 sections)"
