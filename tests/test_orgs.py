import pytest

from extractors.orgs import (
    detect_country, is_generic_type, is_overseas, is_placeholder, is_statutory_exception, normalize_org,
    org_name_entries, org_names, valid_name,
)


@pytest.mark.parametrize("name, norm", [
    ("(주)조인스엠", "조인스엠"),
    ("㈜엠서클", "엠서클"),
    ("NICE신용평가정보(주)", "NICE평가정보"),  # renamed: the registry's current name
    ("주식회사 카카오", "카카오"),
    ("(사)금융결제원", "금융결제원"),
    ("Amazon Web Services, Inc.", "Amazon Web Services"),
    ("Inforbip ltd.", "Infobip"),
    ("Google LLC (Firebase)", "Google"),
    ("아시아나 항공", "아시아나항공"),
])
def test_normalize_org_gives_the_canonical_provider(name, norm):
    assert normalize_org(name) == norm


@pytest.mark.parametrize("cell, names", [
    ("대한항공, 아시아나 항공 및 국내외 제휴항공사/국내외 호텔",
     ["대한항공", "아시아나 항공", "국내외 제휴항공사", "국내외 호텔"]),
    ("신한/하나/외환은행 및 국내외 은행", ["신한은행", "하나은행", "외환은행", "국내외 은행"]),
    ("롯데/신한카드", ["롯데카드", "신한카드"]),
    ("Apple / Google 로그인", ["Apple 로그인", "Google 로그인"]),
    ("Google AdMob / Firebase", ["Google AdMob", "Firebase"]),
    ("지정거래 외국환 은행(외환은행 등), 롯데맴버스(주)", ["지정거래 외국환 은행", "롯데맴버스(주)"]),
    ("국민건강보험공단(1577-1000), 서천군청(041-950-4114) 등 피해지역 관할 지자체",
     ["국민건강보험공단", "서천군청", "피해지역 관할 지자체"]),
    ("시,구,읍,면,동사무소", ["시,구,읍,면,동사무소"]),
    ("Amazon Web Services, Inc. (AWS)", ["Amazon Web Services, Inc. (AWS)"]),
    ("Amazon Web Services Inc. (미국)", ["Amazon Web Services Inc."]),
    ("국내외 랜드사 [전체보기]", ["국내외 랜드사"]),
    ("판매자(입점사) [판매자 리스트]", ["판매자(입점사)"]),
    ("택배사 [㈜CJ대한통운(추후 입점사 거래 택배사 추가)]", ["㈜CJ대한통운"]),
    ("택배사 ([미정])", ["택배사"]),
    ("(주)한국사이버결제,", ["(주)한국사이버결제"]),
    ("A사\nB사", ["A사", "B사"]),
    ("학점, 학력인정", []),
    ("교, 강사 변경 신고", []),
    ("(위탁업체명)", []),
    ("[택배사 이름]", []),
    ("○○전자", []),
    ("-", []),
])
def test_org_names_splits_cells_into_names_as_written(cell, names):
    assert org_names(cell) == names


def test_filters():
    assert is_placeholder("(위탁업체명)") and is_placeholder("OOO") and is_placeholder("공급업체 목록보기")
    assert not is_placeholder("(주)조인스엠") and not is_placeholder("Google")
    assert is_placeholder("≪활동처 보기≫") and not is_placeholder("보기좋은떡집")  # a link label
    assert is_generic_type("PG사") and is_generic_type("택배사") and is_generic_type("호스팅 업체")
    assert not is_generic_type("CJ대한통운")
    assert is_statutory_exception("수사기관") and is_statutory_exception("법령에 의한 경우")
    assert not is_statutory_exception("국민건강보험공단")
    assert valid_name("택배사", allow_generic=True) and not valid_name("택배사", allow_generic=False)
    assert not valid_name("회사는 개인정보를 위탁하지 않습니다", allow_generic=True)
    assert not valid_name("본인확인", allow_generic=True)


def test_country_detection():
    assert detect_country("미국") == "US"
    assert detect_country("미국 / EU") == "US,EU"
    assert detect_country("대한민국 (AWS 아시아 태평양 - 서울 리전)") == "KR"
    assert detect_country("Singapore (ap-southeast-1)") == "SG"
    assert detect_country("Google Cloud") is None
    assert is_overseas("US,EU") and not is_overseas("KR") and not is_overseas(None)


def test_generic_type_with_named_members_gives_the_members():
    assert org_names("배송업체(용마로지스, 한진택배)") == ["용마로지스", "한진택배"]


def test_contact_details_in_brackets_are_not_part_of_the_name():
    assert org_names("Amazon RDS Services, Inc. (Stephen Schmidt, 1-206-266-1000)") == ["Amazon RDS Services, Inc."]


def test_a_latin_brand_makes_a_task_like_ending_a_name():
    assert org_names("LG 전자결제") == ["LG 전자결제"]
    assert org_names("NHN KCP 결제") == ["NHN KCP 결제"]
    assert org_names("SMS 발송") == []
    assert org_names("본인확인") == []


def test_qualifying_remarks_in_brackets_are_dropped_but_aliases_kept():
    assert org_names("AWS (또는 동급 클라우드 서비스)") == ["AWS"]
    assert org_names("주식회사 라츠 (Lots 쇼핑몰에 한함)") == ["주식회사 라츠"]
    assert org_names("카카오 (알림톡)") == ["카카오 (알림톡)"]
    assert org_names("Google LLC (Firebase)") == ["Google LLC (Firebase)"]


@pytest.mark.parametrize("cell, names", [
    ("Lumen, L.L.C.", ["Lumen, L.L.C."]),
    ("OpenRouter, Inc. (경유) / Google LLC / OpenAI, L.L.C.", ["OpenRouter, Inc.", "Google LLC", "OpenAI, L.L.C."]),
    ("Anthropic, PBC (이용 시)", ["Anthropic, PBC"]),
    ("(주)A, (주)B", ["(주)A", "(주)B"]),
    ("하늘특송, 바다로지스 외 기타 운송사", ["하늘특송", "바다로지스", "기타 운송사"]),
    ("(주)누리문자 (알림톡)", ["(주)누리문자 (알림톡)"]),
    ("KCP (한국사이버결제)", ["KCP (한국사이버결제)"]),
    ("Oracle Corporation (미국 Phoenix 리전)", ["Oracle Corporation"]),
    ("Heaan Inc. (미국 델라웨어)", ["Heaan Inc."]),
    ("Google LLC — Cloud Marketplace (미국)", ["Google LLC — Cloud Marketplace"]),
    ("업체 확정 후 게시", []),
    ("대행사 선정 시 업데이트", []),
    ("PG사**", ["PG사"]),
    ("[카카오]", ["카카오"]),
    ("(주)", []),
    ("Agoda Company Pte. Ltd.,(싱가포르, +82-2-6022-2442(KR))", ["Agoda Company Pte. Ltd."]),
    ("추후 선정", []),
    ("CJ대한통운 외 다수", ["CJ대한통운"]),
    ("국민건강보험공단 외 3개 기관", ["국민건강보험공단"]),
    ("킨텍스 앱의 무료/유료 서비스를 사용하는 전시회 /컨벤션 행사 주최자",
     ["킨텍스 앱의 무료/유료 서비스를 사용하는 전시회 /컨벤션 행사 주최자"]),
])
def test_legal_forms_tails_remarks_and_placeholders_in_name_cells(cell, names):
    assert org_names(cell) == names


def test_task_and_sub_processor_in_brackets():
    assert org_name_entries("Mobilebase(로그인 처리), Statly(이용 통계)") == [
        ("Mobilebase", "로그인 처리"), ("Statly", "이용 통계")]
    assert org_name_entries("(주)한결정보 (예약시스템 유지보수)") == [("(주)한결정보", "예약시스템 유지보수")]
    assert org_name_entries("(주)가나(결제), (주)다라(본인인증)") == [("(주)가나", "결제"), ("(주)다라", "본인인증")]
    assert org_names("주식회사 루나소프트(재위탁 : 비즈톡 주식회사)") == ["주식회사 루나소프트", "비즈톡 주식회사"]


def test_catch_alls_and_types_after_common_nouns_are_generic():
    assert is_generic_type("기타 운송사") and is_generic_type("판매 협력사") and is_generic_type("입점 파트너사")
    assert is_generic_type("(판매/입점) 협력사")
    assert not is_generic_type("롯데 택배사") and not is_generic_type("바다로지스")
    # A kind of service or its provider, described but not named.
    assert is_generic_type("인프라 서비스 제공자") and is_generic_type("고객상담 솔루션")
    assert not is_generic_type("네이버 클라우드 서비스")
    assert is_generic_type("AI 분석 서비스") and not is_generic_type("LG 택배사")  # a generic acronym is no brand
    assert valid_name("제휴 이벤트 회사", allow_generic=True) and not valid_name("판매 협력사", allow_generic=False)
    # A recipient category may be a long description, as long as it is not a sentence.
    assert valid_name("킨텍스 앱의 무료/유료 서비스를 사용하는 전시회 /컨벤션 행사 주최자", allow_generic=True)


def test_a_bracketed_line_under_a_name_lists_its_products_and_under_a_type_the_names():
    assert org_names("Google LLC\n(Google Play Billing / Android Publisher API)") == ["Google LLC"]
    assert org_names("택배사\n(CJ대한통운, 한진택배)") == ["CJ대한통운", "한진택배"]
    assert org_names("(주)가나\n(주)다라") == ["(주)가나", "(주)다라"]


def test_a_representative_or_business_number_in_brackets_is_not_part_of_the_name():
    assert org_names("가나한의원 (대표원장 홍길동, 사업자등록번호 123-45-67890)") == ["가나한의원"]
    assert org_names("(주)다라 (대표 김철수)") == ["(주)다라"]
    assert org_names("마바 (사업자번호: 111-22-33333)") == ["마바"]


def test_an_example_row_is_no_party_and_a_korean_api_description_is_a_remark():
    assert org_names("NICE평가정보 (예시), (주)가나") == ["(주)가나"]
    assert org_names("다라공사 (가축이력 API)") == ["다라공사"]
    assert org_names("OpenAI (Moderation API)") == ["OpenAI (Moderation API)"]  # a product, as written


def test_an_address_in_brackets_is_not_part_of_the_name():
    assert org_names("Apple Inc. (One Apple Park Way, Cupertino, CA, USA)") == ["Apple Inc."]
    assert org_names("(주)가나 (서울특별시 강남구 테헤란로 123)") == ["(주)가나"]
    assert org_names("Google LLC (Firebase)") == ["Google LLC (Firebase)"]


def test_names_in_brackets_after_a_described_type_are_the_names_and_examples_are_not():
    assert org_names("소셜 로그인 프로바이더 (Google, Kakao, Naver)") == ["Google", "Kakao", "Naver"]
    assert org_names("지정거래 외국환 은행(외환은행 등)") == ["지정거래 외국환 은행"]
    assert org_names("택배사(로젠택배 등)") == ["로젠택배"]
    assert org_names("입점 파트너사 [파트너 목록]") == ["입점 파트너사"]
    assert not valid_name("3자", allow_generic=False)  # `제 3자` split at its space


def test_a_phrase_about_something_is_not_a_name():
    assert not valid_name("AI 기능(Google Gemini) 이용에 관한 안내", allow_generic=True)
    assert valid_name("Google LLC (Gemini)", allow_generic=False)


def test_a_name_with_its_contact_details_gives_the_name():
    cell = ("Vercel Inc. — privacy@vercel.com / 440 N Barranca Avenue #4133, Covina, CA 91723, United States (고지). "
            "Neon, Inc. — privacy@neon.tech / 2261 Market Street, San Francisco, CA 94114, United States")
    assert org_names(cell) == ["Vercel Inc.", "Neon, Inc."]
    assert org_names("(주)가나 - help@gana.co.kr, (주)다라") == ["(주)가나", "(주)다라"]
