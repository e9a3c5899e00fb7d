"""Korean period phrases → ISO-8601 durations.

`5년` → P5Y, `6개월`/`6월`/`6달` → P6M, `30일` → P30D, `24시간` → P1D, `2주` → P14D, `영구` → permanent;
a duration keeps the unit it is written in (`12개월` → P12M, `90일` → P90D), as the gold does;
event-bound phrases (`회원 탈퇴 시까지`, `목적 달성 시까지`) get a kind and no duration.
Dates (`2021년 6월 5일`) are not periods. Whether a period is a *retention* period is the
caller's business (see extractors.retention).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

FIXED, PERMANENT = "fixed", "permanent"
UNTIL_WITHDRAWAL, UNTIL_PURPOSE, OTHER = "until_withdrawal", "until_purpose", "other"


@dataclass(frozen=True)
class Period:
    text: str  # as written
    iso: str | None  # P3Y, P6M, P30D, ... or None
    days: int | None
    kind: str  # fixed | permanent | until_withdrawal | until_purpose | other
    start: int = 0  # span of `text` in the string it was found in
    end: int = 0


# `1년 6개월` first, then single units. The look-arounds keep dates and bigger numbers out.
_UNIT = (
    r"(?P<y>\d{1,3})\s*년\s*(?P<ym>\d{1,2})\s*개\s*월"
    r"|(?P<n>\d{1,4})\s*(?P<u>개\s*월|년|주일|주|일|시간|월|달(?!러|성|력))"
)
_FIXED = re.compile(
    r"(?<![\d.,])(?:최대\s*|최소\s*|약\s*)?<?(?:" + _UNIT + r")>?"
    r"(?:\s*(?:간|동안))?"
)
_DATE_AFTER = re.compile(r"\s*\d{1,2}\s*(월|일)")  # `2021년 6월`, `6월 5일` (matched at a position)
_DATE_BEFORE = re.compile(r"(\d\s*(년|월)|\d{4}|매월|매년|매달|매주|익월|당월)\s*$")  # `…년 6월`, `6월 5일`, `매월 1일`
# `영구` as a duration: an adverb (`영구히`, `영구적으로`), `영구` before a keeping verb or 까지, or `영구` alone
# (a table cell, a filled-in field `<영구>까지`); not `영구 삭제` (permanent deletion), `영구 쿠키` (a cookie
# type) or `영구 저장소`.
_PERMANENT = re.compile(
    r"영구(?:(?:적으로|히|토록)(?!\s*(?:삭제|파기|제거|폐기|소멸|말소))"
    r"|\s*(?=(?:보존|보관|보유|저장(?!소)|유지|이용|까지)|[\s)\]>.,;:/|]*$|\s*[)\]>,;/|(]))")

_UNTIL_WITHDRAWAL = re.compile(
    r"(회원\s*)?(탈퇴|해지|해약|계정\s*(을\s*)?삭제|제명|자격\s*(을\s*)?상실|이용\s*계약\s*(종료|해지))")
_UNTIL_PURPOSE = re.compile(r"목적\S{0,10}\s*(이\s*)?(달성|완료)|목적\s*달성")
_UNTIL = re.compile(r"까지|시\s*(즉시|지체\s*없이)|후\s*(즉시|지체\s*없이)|때")

def _fixed(m: re.Match) -> tuple[str, int] | None:
    if m.group("y"):
        years, months = int(m.group("y")), int(m.group("ym"))
        if not years and not months:
            return None
        return f"P{years}Y{months}M" if months else f"P{years}Y", years * 365 + months * 30
    n, unit = int(m.group("n")), re.sub(r"\s", "", m.group("u"))
    if n == 0:
        return None
    if unit == "년":
        return f"P{n}Y", n * 365
    if unit in ("개월", "월", "달"):
        return f"P{n}M", n // 12 * 365 + n % 12 * 30
    if unit in ("주", "주일"):
        return f"P{n * 7}D", n * 7
    if unit == "일":
        return f"P{n}D", n
    # 시간: whole days as days (24시간 → P1D), else hours
    return (f"P{n // 24}D", n // 24) if n % 24 == 0 else (f"PT{n}H", 0)


def _is_date(text: str, m: re.Match) -> bool:
    # Only the few characters around the number decide; windows keep a long text linear.
    unit = m.group("u") or ""
    before, after = text[max(0, m.start() - 12):m.start()], text[m.end():m.end() + 12]
    if m.group("n") and unit == "년" and (len(m.group("n")) == 4 or _DATE_AFTER.match(after)):
        return True
    if unit in ("월", "일") and _DATE_BEFORE.search(before):
        return True
    if unit == "월" and (_DATE_AFTER.match(after) or int(m.group("n")) > 12):
        return True
    # `N월` counts only as written in a period value (`6월`), never `매월`, `월 1회`, …
    if unit == "월" and re.match(r"\s*[가-힣]", after[:2]) and not re.match(r"\s*(간|동안|보관|보존|보유)", after):
        return True
    return False


def find_periods(text: str) -> list[Period]:
    """Every fixed or permanent period mentioned in `text`, in order, with its span."""
    found: list[Period] = []
    for m in _FIXED.finditer(text):
        if _is_date(text, m):
            continue
        value = _fixed(m)
        if value:
            iso, days = value
            found.append(Period(m.group(0).strip(), iso, days, FIXED, m.start(), m.end()))
    for m in _PERMANENT.finditer(text):
        phrase = m.group(0).strip()
        found.append(Period(phrase, None, None, PERMANENT, m.start(), m.start() + len(phrase)))
    return sorted(found, key=lambda p: p.start)


def event_kind(text: str) -> str | None:
    """The event a period phrase without a duration runs until, if it names one."""
    if _UNTIL_WITHDRAWAL.search(text) and _UNTIL.search(text):
        return UNTIL_WITHDRAWAL
    if _UNTIL_PURPOSE.search(text):
        return UNTIL_PURPOSE
    if _UNTIL.search(text) or re.search(r"기간|종료|완료", text):
        return OTHER
    return None


def parse_period(text: str) -> Period | None:
    """The period of a short phrase such as a table cell: `5년 (전자상거래법)`, `회원 탈퇴 시까지`.

    A fixed or permanent duration wins over an event; None when the phrase names neither.
    """
    if not text or not text.strip():
        return None
    periods = find_periods(text)
    if periods:
        return periods[0]
    kind = event_kind(text)
    if kind is None:
        return None
    phrase = text.strip()
    return Period(phrase, None, None, kind, text.find(phrase), text.find(phrase) + len(phrase))
