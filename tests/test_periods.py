import pytest

from extractors.periods import find_periods, parse_period


@pytest.mark.parametrize("text, iso, days", [
    ("5년", "P5Y", 1825),
    ("3 개월", "P3M", 90),
    ("표시․광고에 관한 기록 : 6월", "P6M", 180),
    ("30일", "P30D", 30),
    ("최대 1년간 보관", "P1Y", 365),
    ("<3년>까지", "P3Y", 1095),
    ("12개월", "P12M", 365),  # the unit as written, as the gold writes it
    ("수집일로부터 최대 24개월간", "P24M", 730),
    ("최대 3달 동안 보관", "P3M", 90),
    ("1년 6개월", "P1Y6M", 545),
    ("24시간", "P1D", 1),
    ("2주", "P14D", 14),
    ("90일 경과 후 파기", "P90D", 90),
])
def test_fixed_durations(text, iso, days):
    period = parse_period(text)
    assert (period.iso, period.days, period.kind) == (iso, days, "fixed")


@pytest.mark.parametrize("text", ["영구", "영구보존", "영구적으로 보유", "학적부는 영구히 보존한다", "동의일로부터<영구>까지"])
def test_permanent(text):
    period = parse_period(text)
    assert period.kind == "permanent" and period.iso is None and period.days is None


@pytest.mark.parametrize("text", ["영구 삭제합니다", "영구삭제", "영구 저장소에 쓰지 않습니다", "영구 쿠키", "영구불변"])
def test_permanent_deletion_is_no_period(text):
    assert parse_period(text) is None


@pytest.mark.parametrize("text", [
    "2021년 6월 5일부터 시행합니다", "공고일자 : 2012년 03월 01일", "2020년 0월 0일", "매월 1일", "제15조의2",
    "월 10달러", "3달성률",
])
def test_dates_and_numbers_are_not_periods(text):
    assert find_periods(text) == []


@pytest.mark.parametrize("text, kind", [
    ("회원 탈퇴 시까지", "until_withdrawal"),
    ("회원 (탈퇴 시 까지)", "until_withdrawal"),
    ("회원탈퇴 후 지체없이 삭제", "until_withdrawal"),
    ("수집·이용 목적 달성 시까지", "until_purpose"),
    ("채권·채무관계 정산 시까지", "other"),
])
def test_event_bound_periods(text, kind):
    period = parse_period(text)
    assert period.kind == kind and period.iso is None and period.text == text


def test_a_duration_wins_over_an_event_and_keeps_its_span():
    text = "서비스 종료 후 1년 (로그인 이력이 없을 경우 삭제 처리)"
    period = parse_period(text)
    assert period.iso == "P1Y"
    assert text[period.start:period.end] == period.text == "1년"


def test_several_periods_in_order():
    assert [p.iso for p in find_periods("작성 시 고른 시간(24시간 · 3일 · 7일)이 지나면")] == ["P1D", "P3D", "P7D"]


def test_no_period():
    assert parse_period("") is None
    assert parse_period("서비스 제공") is None
