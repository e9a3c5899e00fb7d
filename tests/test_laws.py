import pytest

from extractors.laws import official_name, resolve_laws

ECOMMERCE = "전자상거래 등에서의 소비자보호에 관한 법률"
NETWORK = "정보통신망 이용촉진 및 정보보호 등에 관한 법률"


def laws(text, cell=False):
    return [ref.law for ref in resolve_laws(text, cell=cell)]


@pytest.mark.parametrize("written, official", [
    ("전자상거래법", ECOMMERCE),
    ("전상법", ECOMMERCE),
    ("전자상거래등에서의소비자보호에관한법률", ECOMMERCE),
    ("「전자상거래 등에서의 소비자 보호에 관한 법률」", ECOMMERCE),
    ("소비자 보호에 관한 법률", ECOMMERCE),
    ("정보통신망법", NETWORK),
    ("망법", NETWORK),
    ("정보통신이용촉진 및 정보보호에 관한 법률", NETWORK),
    ("정보통신망 이용촉진 및 정보보호", NETWORK),
    ("통비법", "통신비밀보호법"),
    ("신용정보법", "신용정보의 이용 및 보호에 관한 법률"),
    ("신정법", "신용정보의 이용 및 보호에 관한 법률"),
    ("개인정보보호법", "개인정보 보호법"),
    ("국세기본법", "국세기본법"),
    ("전자금융거래법", "전자금융거래법"),
    ("의료법", "의료법"),
    ("상법", "상법"),
    ("표시광고법", "표시·광고의 공정화에 관한 법률"),
    ("부패방지 및 국민권익위원회 설치 및 운영에 관한 법률", "부패방지 및 국민권익위원회의 설치와 운영에 관한 법률"),
    ("특금법", "특정 금융거래정보의 보고 및 이용 등에 관한 법률"),
    ("산재보험법", "산업재해보상보험법"),
    ("청탁금지법", "부정청탁 및 금품등 수수의 금지에 관한 법률"),
    ("기부금품 모집 및 사용에 관한 법률", "기부금품의 모집 및 사용에 관한 법률"),  # its 의 left out
    ("신용정보 이용 및 보호에 관한 법률", "신용정보의 이용 및 보호에 관한 법률"),
])
def test_known_names_resolve_to_the_official_name(written, official):
    assert laws(written) == [official]
    assert official_name(written) == official


def test_articles_and_implementing_decrees():
    # `동시행령`, `동법 시행령`: the statute and its decree are two laws, each with its article.
    assert [(r.law, r.article) for r in resolve_laws(
        "전자상거래 등에서의 소비자보호에 관한\n법률 제6조 및 동시행령 제6조", cell=True)] == [
        (ECOMMERCE, "제6조"), (ECOMMERCE + " 시행령", "제6조")]
    assert [(r.law, r.article) for r in resolve_laws("통신비밀보호법 제15조의2 및 동시행령 41조")] == [
        ("통신비밀보호법", "제15조의2"), ("통신비밀보호법 시행령", "제41조")]
    assert laws("회사는 개인정보보호법 제17조 제4항, 동법 시행령 제14조의2 제1항에 따라") == [
        "개인정보 보호법", "개인정보 보호법 시행령"]
    assert laws("전자상거래법 제6조, 같은 법 시행령 제6조에 따라") == [ECOMMERCE, ECOMMERCE + " 시행령"]
    # A decree cited alone keeps its name; the article is split off even when glued to it.
    [ref] = resolve_laws("『의료법』시행규칙 제 15조 \"진료에 관한 기록의 보존\"")
    assert (ref.law, ref.article) == ("의료법 시행규칙", "제15조")
    [ref] = resolve_laws("근로기준법시행령 제22조", cell=True)
    assert (ref.law, ref.article, ref.law_text) == ("근로기준법 시행령", "제22조", "근로기준법시행령")
    assert laws("전자상거래법 시행령에 따라") == [ECOMMERCE + " 시행령"]  # an abbreviation resolved
    # `동법 제3조` is the same law again, not a second one.
    assert laws("전자상거래법 제6조 및 동법 제7조에 따라") == [ECOMMERCE]


def test_a_cell_naming_two_laws():
    assert laws("학점인정 등에 관한 법률 내지 전자상거래 등에서의 소비자보호에 관한 법률", cell=True) == [
        "학점인정 등에 관한 법률", ECOMMERCE]


def test_unlisted_regulations_are_kept_as_written():
    assert laws("학생생활관 규정, 개인정보보호법 제15조 1항 1호", cell=True) == ["학생생활관 규정", "개인정보 보호법"]
    assert laws("영구보존 근거는 평가인정 학습과정 운영에 관한 규정 ‘제9조(학적 관리 등)’에 근거합니다") == [
        "평가인정 학습과정 운영에 관한 규정"]
    assert laws("회사는 개인정보의 보호 및 이용 등에 관한 법률 제15조 제2항에 따라") == [
        "개인정보의 보호 및 이용 등에 관한 법률"]


@pytest.mark.parametrize("text", [
    "부정이용 회원의 재발 방지", "회원제 서비스 제공", "관련법령", "관계 법령", "파기방법", "회사 내부 방침",
    "신용정보의 수집/처리 및 이용 등에 관한 기록 : 3년",  # a record type, not the 신용정보법
    "전자상거래에서의 계약․청약철회, 대금결제, 재화 등 공급기록",  # names no statute
    "의료법인 한사랑병원",
])
def test_no_law(text):
    assert laws(text, cell=True) == []


def test_a_short_name_inside_a_word_is_not_that_law():
    assert laws("보상법에 따라") == []  # not 상법
    assert laws("통상 3년") == []


def test_the_law_in_a_reason_is_found_and_the_reason_dropped():
    assert laws("제품 A/S를 위한 고객 식별 및 신용정보의 이용 및 보호에 관한 법률", cell=True) == [
        "신용정보의 이용 및 보호에 관한 법률"]


def test_several_laws_in_order():
    text = "정보통신망법, 전기통신사업법, 전자금융거래법, 신용정보의 이용 및 보호에 관한 법률, 전자상거래법 등"
    assert laws(text) == [NETWORK, "전기통신사업법", "전자금융거래법", "신용정보의 이용 및 보호에 관한 법률", ECOMMERCE]


def test_an_unlisted_statutes_decree_is_kept_as_written():
    [ref] = resolve_laws("지방세외수입금의 징수 등에 관한 법률 시행령 제22조", cell=True)
    assert (ref.law, ref.article) == ("지방세외수입금의 징수 등에 관한 법률 시행령", "제22조")
    [ref] = resolve_laws("장학금지급에관한규정제5조", cell=True)  # an article glued to the name
    assert (ref.law, ref.article) == ("장학금지급에관한규정", "제5조")
    [ref] = resolve_laws("학생지원법시행규칙 제3조", cell=True)
    assert (ref.law, ref.article) == ("학생지원법 시행규칙", "제3조")


def test_an_unlisted_statute_cited_with_its_article_in_prose():
    assert laws("회사는 국가연구개발혁신법 제32조에 따라 5년간 보관합니다") == ["국가연구개발혁신법"]
    assert laws("이 법 제3조에 따라, 위 방법 제3조") == []
