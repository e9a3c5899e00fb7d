"""Retention periods (보유·이용기간) and the laws they are kept under.

Policies state them in three shapes, all read here:
- tables, whose columns are found by their header labels (보존 기간 / 근거 법령 / 보존 항목) checked
  against what the cells hold (a mislabelled column of `5년`, `3개월` is still the period column);
  two-column key-value tables and one-column layout tables are read as lines;
- label:value lines and key-value blocks (`보존 항목: …` / `보존 이유: 전자상거래법` / `보존 기간: 5년`),
  where the lines of one record share its law, in either order;
- prose sentences (`탈퇴일부터 최대 1년간 보관 후 파기합니다`).
A heading or lead line that names a law (`가. 전자상거래 등에서의 소비자보호에 관한 법률`,
`2) 통신비밀보호법에 따른 …`) gives that law to the lines under it.

Not retention (see ANNOTATION.md): notice periods (`7일 전 공지`), destruction and response
deadlines (`5일 이내 파기`), dormancy thresholds (`1년 미이용`), logs kept as a security measure
(anything in a 안전성 확보조치 section but a bound on deleting a user's data), and periods a
recipient or processor keeps data for. A bound on deletion after withdrawal (`탈퇴 후 3개월 이내
파기`) is retention, and so is a re-consent cycle (`2년을 주기로 재동의`).

Laws: a row gets the laws its own line or cell names (`… 제6조 및 동시행령 제6조`: two); a lead that
names several laws for a whole list gives each row the one that prescribes its record in the
statutory reference, never one row per law.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from extractors import register
from extractors.laws import LawRef, resolve_laws, statute_of
from extractors.periods import FIXED, UNTIL_PURPOSE, UNTIL_WITHDRAWAL, Period, find_periods, parse_period
from extractors.statutes import match_statute, normalize_law, record_fit
from pipeline.model import Block, PolicyDoc, Section, Table

# Sections whose periods belong to someone else or are not about keeping data.
_RECIPIENT_SECTIONS = {"third_party", "processors", "overseas_transfer"}
_EXCLUDED_SECTIONS = _RECIPIENT_SECTIONS | {"changes", "officer", "remedies", "rights"}

# Periods without a duration worth a row: they say how long data is kept, only not in days.
_EVENT_KINDS = (UNTIL_WITHDRAWAL, UNTIL_PURPOSE)

# --- line shapes -------------------------------------------------------------

_ENUM = re.compile(
    r"^\s*(?:[-–—•·∙◦○●◎■□▶►▷※*]+\s*|[oㅇ]\s+|\(?\d{1,2}[.)]\s*|\(?[가나다라마바사아자차카타파하][.)]\s*|[①-⑳]\s*|\[\d+\]\s*)+")
_LABEL_COLON = re.compile(r"(?<!\d)[:：]|[:：](?!\d)")  # not inside `1:1`, `10:30`
# `- 보유근거 : … - 보유기간 : 3년` run together on one line; `예외사유 : 2.<…>` starts a new item;
# so does a long record label after a spaced dash (`보존 기간 : 3년 - 대금결제 및 … 기록 : 5년`).
_SEGMENT = re.compile(
    r"(?:\s*-|\s+[/|])\s*(?=[가-힣][가-힣\s.]{0,15}\s*[:：])|(?<=[:：])\s*(?=\d{1,2}\.\s*\S)"
    r"|\s+-\s+(?=[가-힣][^:：\-]{0,40}?(?:기록|서류|자료|장부|내역)\s*[:：])")
# A lone syllable before the dot is an ordinal (`“자. 파기절차”의 기준으로`), not the end of a sentence.
_SENTENCE = re.compile(r"(?<=[가-힣][.!?])(?<![\s\"'“‘「(][가-힣][.!?])(?<!^[가-힣][.!?])\s+(?=\S)|(?<=다\.)(?=[^\s\d])")
_ENUMERATED = re.compile(r"\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳])")
_SENTENCE_END = re.compile(r"(다|요|음|함|됨|임|오)\s*[.!]?\s*[)\]]?$")

_LAW_LABEL = re.compile(
    r"(?:(?:보존|보유|보관|이용)\s*(?:근거|이유|사유)(?:\s*법령|\s*법률)?|"
    r"(?:관련|관계|근거|적용)\s*(?:법령|법률|법규|법)|법적\s*근거|운영\s*근거|근거)$")
_RECORD_LABEL = re.compile(
    r"^(?:(?:보존|보유|보관|파기)\s*(?:항목|정보|대상|내용|기록|자료)|(?:개인정보\s*)?파일\s*명|"
    r"개인정보\s*파일의?\s*명칭|보관\s*정보)$")
_PERIOD_LABEL = re.compile(r"기간$")
# A label of the keeping period itself (`보관기간`, `보유 및 이용기간`), with maybe the record before it.
# (the joiner takes the spaces after it: two `\s*` side by side would split a run of spaces every way)
_KEEPING_LABEL = re.compile(r"(?:(?:보관|보존|보유|이용|저장)\s*(?:(?:및|[·ㆍ,])\s*)?){1,2}기간$")
_COLLECTION_BASIS = re.compile(r"수집")
# Labels of periods that are not the organization's retention.
_OTHER_PERIOD_LABEL = re.compile(
    r"촬영|시간$|위탁|제공|공지|고지|통지|응답|답변|시행|공고|휴면|접수|처리\s*기한|업데이트|개정|변경|유효\s*기간|계약\s*기간"
    r"|만료|expir", re.I)
_RECORD_NOUN = re.compile(r"(기록|서류|자료|장부|명부|대장|내역|정보|내용|데이터|DB|파일|사본|게시물|증빙)(\s*등)?$")


def _names_records(label: str) -> bool:
    """A label that is a record, or a list of things of which one is a record."""
    return any(_RECORD_NOUN.search(part.strip()) for part in label.split(","))

# --- what makes a period *not* retention ----------------------------------------

_RETENTION_CUE = re.compile(r"보관|보존|보유|파기|삭제|제거|소멸|폐기|저장|유예|사라|(이용|처리)\s*기간")
_NOTICE_AFTER = re.compile(
    r"^\s*(이\s*)?(전|前)(에|부터|까지|\s|$)|^\s*(마다|에\s*\d+\s*회|주기|단위로)|^\s*(이상\s*|간\s*|동안\s*|전\s*)*(공지|게시|고지|통지|알림|안내)|"
    r"^\s*(이\s*)?(후|뒤|경과\S*)\s*(부터\s*|에\s*)?효력")
_WITHIN_AFTER = re.compile(r"^\s*(이\s*)?(이내|내에|내로|안에)")
_DESTROY_AFTER = re.compile(r"^\s*(이\s*)?(이내|내에|내로|안에)[^\s파삭폐제소]{0,4}\s*([^\s파삭폐제소]{1,12}\s*)?(파기|삭제|폐기|제거|소멸)")
# `… 30일 동안 보관되며 31일 이후 파기`: after a keeping period, the day it ends, not another period.
_DESTROYED_AFTER = re.compile(r"^\s*(이\s*)?(이후|후|뒤|경과\s*후)\s*(에\s*)?(즉시\s*|자동\s*)?(으로\s*)?(파기|삭제|폐기)")
# A cycle after which data is kept only with renewed consent is a retention period (ANNOTATION.md).
_RECONSENT_AFTER = re.compile(r"^\s*(을|를|의)?\s*(주기로|마다|단위로)\s*[^.]{0,20}?(재\s*동의|동의를\s*다시)")
_DEADLINE_BEFORE = re.compile(r"종료일\s*(로|으로)?부터|인정되는\s*날|불필요|받은\s*날|요청을?\s*받|경과된\s*경우|종료된\s*날")
_WITHDRAWAL_BEFORE = re.compile(r"탈퇴|해지|계정\S{0,10}\s*(을\s*)?삭제|삭제\s*(요청|하시면|하면|시)|파기일|이용\s*종료|동의\s*철회")
# `1년 동안 (회사의 서비스를) 이용하지 않은`: a dormancy threshold, within a few words after the period.
_DORMANT_AFTER = re.compile(
    r"^[^.,;:(]{0,30}?(미\s*(이용|사용|접속|로그인)|(재?이용|사용|로그인|접속)\s*하지|(기록|이력|내역|사실|이용)이\s*없)")
# `휴면회원, 1년`, `미 이용기간 1년`, `유효기간(1년)`: the period right after names a dormancy threshold.
_DORMANT_BEFORE = re.compile(
    r"(휴면\S*|미\s*(이용|접속|로그인)\s*기간|장기\s*미\s*이용\S*|유효\s*기간\S*)\s*[:,(]?\s*$")
# `최종 로그인 날짜로부터 1년을 경과한 경우`: a threshold too (not `최종 로그인 일로부터 1년` as a keeping period).
_SINCE_LAST_LOGIN = re.compile(r"(최종|마지막)\s*(로그인|접속|이용)\s*(일|일자|날짜|일시|시점)?\s*(로|으로)?부터\s*$")
_LAPSED_AFTER = re.compile(r"^\s*(을|를|이)?\s*경과(한|하는|된|할)\s*(경우|때|회원|이용자|계정)")
_PARENS = re.compile(r"\([^()]*\)")
_CONTEXT = 200  # characters either side of a period that can make it not retention
_SECURITY_HEADING = re.compile(r"안전성\s*확보|안전\s*조치")
_NOT_OURS = re.compile(
    r"제공\s*받는\s*자|제공받는자|수탁\s*(자|업체|사|기관)|위탁\s*(기간|계약)|제공\s*기간|"
    # staff access logs kept as a security measure (안전성 확보조치)
    r"처리\s*시스템에\s*(대한\s*)?접속|접속\s*기록\S{0,10}\s*(을|은|는|를)?\s*(최소|\d+\s*\S+\s*이상\s*보관)|"
    r"접근\s*(권한|기록)|취급자|위\s*[·ㆍ]?\s*변조|"
    # a period a provider's own policy sets (`Firebase 보존 안내에 따라`, `Google Analytics 보유기간 안내상`)
    # (tried only where a word starts: inside a long word each position would rescan the rest of it)
    r"(?<![\w.&-])[A-Za-z][\w.&-]*(?:\s[A-Za-z][\w.&-]*){0,3}\s*(?:의\s*)?(?:데이터\s*)?(?:보존|보유|보관)\s*(?:기간\s*)?"
    r"(?:안내|정책|설정)\s*(?:에\s*따라|상|에\s*의해)")
# `아래 정보는 … 1년간 보관 후 파기합니다` + the list of records that follows.
_FOLLOWING_RECORDS = re.compile(r"(아래|다음)의?\s*(정보|항목|기록|개인정보|자료|데이터)\s*(는|은|를|을)")
# `AI 명령의 처리 기록(명령 문장, 처리 결과)은 …`: the sub-items in brackets are not part of the topic.
_TOPIC = re.compile(r"^(?P<topic>.{2,40}?(정보|기록|자료|데이터|내용|서류|콘텐츠|게시물|사본|DB))(?:\s*\([^()]{0,80}\))?"
                    r"\s*(는|은|만|도|이|가)\s")

# --- tables --------------------------------------------------------------------

_COL_PERIOD = re.compile(r"기간|기한")
_COL_LAW = re.compile(r"근거|법령|법률|관련\s*법|사유|이유")
_DITTO = re.compile(r"^\s*(〃|″|”|\"|상동|위와\s*같음|동일)\s*$")
_COL_SKIP = re.compile(r"^(순번|번호|no\.?|연번)$", re.I)
_TABLE_NOT_OURS = re.compile(r"제공\s*받는|제공받는|수탁|위탁|이전\s*(되는\s*)?국가|제공\s*목적|제공\s*항목")


@dataclass
class _Entry:
    """One record being described across lines: its name, law and the rows read so far."""

    record: str | None = None
    laws: list[LawRef] | None = None  # None: no law line seen; []: a law line that names no law
    rows: list[dict] = field(default_factory=list)
    # A full sentence states its own law; the law of the heading above is for list lines.
    sentence: bool = False


_SPACES = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _strip_enum(text: str) -> str:
    return _ENUM.sub("", text, count=1).strip()


@lru_cache(maxsize=16384)  # the reader asks again for the same lines (lead, line, labelled)
def _split_label(text: str) -> tuple[str, str] | None:
    """`label : value` when the part before the first colon reads like a label."""
    body = text.strip()
    if body.startswith("(") and body.endswith(")"):  # `(관련법률 : …)`
        body = body[1:-1]
    body = _strip_enum(body)
    colon = _LABEL_COLON.search(body)
    if not colon:
        return None
    label, value = body[:colon.start()].strip(), body[colon.end():]
    # A remark in brackets (`…기록(개발자가 가지고 있는 범위에서)`) does not make a label long.
    if not label or len(_PARENS.sub("", label)) > 60 or _SENTENCE_END.search(label) or re.search(r"\d$", label):
        return None
    return _strip_enum(label), value.strip()


_RECORD_WORD = re.compile(r"기록|서류|자료|장부|명부|대장|내역|사본|증빙")


def _record_in_value(value: str, period: Period) -> str | None:
    """`보유기간 : 진료기록부 10년`: a short name in front of the value's only period is the record kept."""
    head, _, tail = value.rpartition(period.text)
    head = head.strip(" ,:-")
    if tail.strip(" .") or not head or len(head) > 30 or not re.fullmatch(r"[가-힣][가-힣\s·ㆍ]*", head) \
            or not _RECORD_WORD.search(head):  # not `회원 탈퇴 후 1년`
        return None
    return head


def _law_lead_after(value: str) -> tuple[str, str | None]:
    """A label's value whose last sentence cites a law without a period of its own leads the lines below it
    (`일반 문의는 … 1년 동안 보관합니다. 다만 아래 기록은 「…법」에 따라 보관합니다.`): (the rest, that sentence)."""
    parts = _SENTENCE.split(value)
    if len(parts) < 2 or not resolve_laws(parts[-1]) or _retention_periods(parts[-1], structured=False):
        return value, None
    head = value[:len(value) - len(parts[-1])].strip()
    return (head, parts[-1]) if _retention_periods(head, structured=False) else (value, None)


def _record_before(label: str, keeping: re.Match | None) -> str | None:
    """`출입 기록 보관기간` → `출입 기록`: a record named in front of a keeping-period label (`keeping`)."""
    if not keeping:
        return None
    record = re.sub(r"(의|및)$", "", label[:keeping.start()].strip()).strip()
    return record if _RECORD_NOUN.search(record) else None


def _is_law_heading(text: str, laws: list[LawRef]) -> bool:
    """A lead line that puts the lines under it under a law: names only the law, or `…에 따른 …`."""
    if not laws:
        return False
    rest = text
    for ref in laws:
        rest = rest.replace(ref.law_text, " ")
    rest = _strip_enum(re.sub(r"[「」『』()\[\]<>]", " ", rest))
    return len(rest) < 4 or bool(re.search(r"(에\s*따른|에\s*의한|에\s*의거한?|에\s*근거한?|상의?)\s", " " + rest + " "))


def _retention_periods(text: str, structured: bool, keeping: bool = False) -> list[Period]:
    """The periods in one sentence or value that are retention periods.

    `keeping`: the value of a keeping-period label (`보관기간 : 출입일로부터 90일 이내`), where
    `N일 이내` bounds the keeping rather than setting a deadline, unless a destruction verb follows.
    """
    return list(_retention_periods_of(text, structured, keeping))


@lru_cache(maxsize=16384)  # asked of the same sentence as prose, as a bare value and as a label's value
def _retention_periods_of(text: str, structured: bool, keeping: bool) -> tuple[Period, ...]:
    if _NOT_OURS.search(text):
        return ()
    if not structured and not _RETENTION_CUE.search(text):
        return ()
    kept = []
    thresholds: set[str | None] = set()  # `1년 이상 접속하지 않은 … 1년이 도래하기 30일 전`: one threshold
    for period in find_periods(text):
        # the words around a period decide what it is; a window keeps a long line linear
        before, after = text[max(0, period.start - _CONTEXT):period.start], text[period.end:period.end + _CONTEXT]
        if period.kind == FIXED:
            after = _PARENS.sub("", after)  # `1년(이하 "유효기간") 동안 이용하지 않은`
            if _RECONSENT_AFTER.match(after):  # `2년을 주기로 재동의를 받아 보유`
                kept.append(period)
                continue
            lapsed = _LAPSED_AFTER.match(after) and _SINCE_LAST_LOGIN.search(before)
            if _DORMANT_AFTER.match(after) or _DORMANT_BEFORE.search(before) or lapsed or period.iso in thresholds:
                thresholds.add(period.iso)
                continue
            if _NOTICE_AFTER.match(after):
                continue
            if _DESTROYED_AFTER.match(after) and any(p.kind == FIXED for p in kept):
                continue
            if _WITHIN_AFTER.match(after) and (_DEADLINE_BEFORE.search(before) or not _WITHDRAWAL_BEFORE.search(before)):
                if not keeping or _DESTROY_AFTER.match(after):
                    continue
        kept.append(period)
    return tuple(kept)


def _split_outside_parens(text: str) -> list[str]:
    """Comma-separated parts, leaving commas inside parentheses alone."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth <= 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]


_RECORD_WITH_PERIOD = re.compile(r"\s*(?P<record>[^()]{2,60}?)\s*\((?P<period>[^()]{1,20})\)\s*")


def _record_period_pairs(value: str) -> list[tuple[str, Period]] | None:
    """`계약 … 기록(5년), 불만 … 기록(3년)`: two or more records, each with its period in brackets."""
    pieces = _split_outside_parens(value)
    if len(pieces) < 2:
        return None
    pairs = []
    for piece in pieces:
        m = _RECORD_WITH_PERIOD.fullmatch(piece)
        periods = find_periods(m["period"]) if m else []
        if len(periods) != 1:
            return None
        pairs.append((m["record"], periods[0]))
    return pairs


def _split_records(record: str | None) -> list[str | None]:
    """`계약 … 기록, 대금결제 … 기록`: a list of whole record types is one row each."""
    if not record or "," not in record:
        return [record]
    parts = [p.strip() for p in record.split(",")]
    if all(re.search(r"(기록|서류|장부)$", p) and len(p) > 6 for p in parts):
        return parts
    return [record]


def _sentence_periods(sentence: str) -> list[Period]:
    """Retention periods of a prose sentence, or of a line holding just a period (`3년 (…법률)`)."""
    periods = _retention_periods(sentence, structured=False)
    if not periods:
        bare = _retention_periods(sentence, structured=True)
        periods = bare if bare and _is_bare_value(sentence, bare) else []
    return periods


def _is_bare_value(text: str, periods: list[Period]) -> bool:
    """A line that holds only a period and maybe its law: `3년 (전자상거래 등에서의 … 법률)`."""
    rest = text
    for period in periods:
        rest = rest.replace(period.text, " ")
    for ref in resolve_laws(text):
        rest = rest.replace(ref.law_text, " ")
    rest = re.sub(r"(간|동안|보관|보존|보유|이상|\W|제\s*\d+\s*조(의\s*\d+)?|\s)+", "", _strip_enum(rest))
    return len(rest) <= 2


def _row(section: Section, evidence: str, record: str | None, period: Period,
         law: LawRef | None) -> dict:
    return {
        "section_no": section.section_no,
        "evidence": _clean(evidence),
        "record": _clean(record) if record else None,
        "period_text": period.text,
        "period_iso": period.iso,
        "period_days": period.days,
        "period_kind": period.kind,
        "law": law.law if law else None,
        "law_text": _clean(law.law_text) if law else None,
        "article": law.article if law else None,
    }


def _prescribing(laws: list[LawRef], record: str | None) -> list[LawRef]:
    """Of the laws a lead names for a whole list, the one that prescribes keeping `record`.

    `상법, 전자상거래법 등 관계법령에 따라 다음과 같이 보존합니다`: each row gets the one named law whose
    duty in the statutory reference fits its record best, never one row per named law; none when no
    law fits or two different statutes fit equally (ANNOTATION.md). A statute and its decree
    (`전자상거래법 및 동법 시행령`) are one duty, cited by the statute's name.
    """
    if len(laws) <= 1:
        return laws
    fits = [record_fit(ref.law, record) for ref in laws]
    best = max(fits)
    chosen = [ref for ref, fit in zip(laws, fits) if fit == best]
    statutes = {normalize_law(ref.law) for ref in chosen}
    if not best or len(statutes) > 1:
        return []
    # A statute and its decree (`전자상거래법 및 동법 시행령`) are one duty: the statute itself.
    return [next((ref for ref in chosen if ref.law in statutes), chosen[0])]


def _with_laws(rows: list[dict], laws: list[LawRef], lead: bool = False) -> list[dict]:
    """Rows with no law yet take `laws`: all of them when the row's own line names them, the
    prescribing one when a lead names them for the whole list (`lead`)."""
    out = []
    for row in rows:
        row_laws = _prescribing(laws, row["record"]) if lead else laws
        if row["law"] is not None or not row_laws:
            out.append(row)
            continue
        for ref in row_laws:
            out.append({**row, "law": ref.law, "law_text": _clean(ref.law_text), "article": ref.article})
    return out


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    spans, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in "(（":
            if depth == 0:
                start = i
            depth += 1
        elif char in ")）" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans


def _pair_laws(periods: list[Period], laws: list[LawRef], text: str = "") -> list[list[LawRef]]:
    """Which of a line's laws each of its periods is kept under."""
    # `탈퇴 후 90일까지(단, 전자상거래법에 따라 … 5년간 보관)`: a law cited inside brackets together
    # with a period of its own holds for that period only.
    for a, b in _bracket_spans(text):
        inside = [p for p in periods if a <= p.start < b]
        bracket_laws = [ref for ref in laws if a <= ref.start < b]
        if inside and bracket_laws and len(inside) < len(periods):
            rest_laws = [ref for ref in laws if ref not in bracket_laws]
            return [_pair_laws([p], bracket_laws)[0] if a <= p.start < b else
                    (_pair_laws([p], rest_laws)[0] if rest_laws else []) for p in periods]
    if len(periods) <= 1 or len(laws) <= 1:
        return [laws for _ in periods]
    # Several of each: `5년 (전자상거래법), 3개월 (통신비밀보호법)` pairs each period with the law after
    # it, `전자상거래법에 따라 5년, 통신비밀보호법에 따라 3개월` with the law before it.
    laws_first = laws[0].start < periods[0].start
    pairs = []
    for period in periods:
        if laws_first:
            before = [ref for ref in laws if ref.start < period.start]
            pairs.append([before[-1]] if before else [laws[0]])
        else:
            after = [ref for ref in laws if ref.start >= period.end]
            pairs.append([after[0]] if after else [laws[-1]])
    return pairs


class _SectionReader:
    """Reads one section's lines in order, keeping the law and record context of each line."""

    def __init__(self, section: Section):
        self.section = section
        self.rows: list[dict] = []
        self.entry = _Entry()
        self.context_laws: list[LawRef] = []
        self.expand: list[dict] | None = None  # rows waiting for the records listed under them
        self.expanded: list[dict] = []
        self.table_rows_without_law: list[dict] = []
        # The title of a block of label lines (`회원가입 및 고객관리` over `수집 목적 : …`, `보유기간 : …`):
        # the record of its period when the block names no record of its own.
        self.group: str | None = None
        self.period_values = False  # the lines after a bare `보존기간:` are its values
        self.laws_lead = False  # law labels come before the record lines they cover

    # entries ---------------------------------------------------------------

    def close(self) -> None:
        self.flush_expand()
        entry = self.entry
        if entry.laws is not None:
            self.rows += _with_laws(entry.rows, entry.laws)
        else:
            self.rows += _with_laws(entry.rows, [] if entry.sentence else self.context_laws, lead=True)
        self.entry = _Entry()

    def open(self, record: str | None = None) -> None:
        self.close()
        self.entry = _Entry(record=record)

    def flush_expand(self) -> None:
        if self.expand is not None:
            self.entry.rows += self.expanded or self.expand
        self.expand, self.expanded = None, []

    # lines -----------------------------------------------------------------

    def lead(self, text: str, heading: bool) -> None:
        """A heading or a short line without a period: it sets the law or the record of what follows.

        `가. 전자상거래 등에서의 … 법률` → that law; `가. 계약 … 기록` → that record; `회사 내부 방침에 의한
        정보보유 사유`, `관련법령` and other headings → no law.
        """
        self.period_values = self.laws_lead = False
        if heading:
            self.table_rows_without_law = []
            labelled = _split_label(text)
            if labelled and _retention_periods(labelled[1], structured=True):
                # `1. 주문 기록: 주문일로부터 1년` as a heading: a record line of its own
                self.close()
                self.context_laws, self.group = [], None
                self.labelled(text, *labelled)
                return
        body = _strip_enum(text).rstrip(":： ")
        laws = resolve_laws(body)
        if laws and _is_law_heading(body, laws):
            self.close()
            self.context_laws = laws
        elif _RECORD_NOUN.search(body) and not laws:
            self.open(record=body)
        else:
            self.close()
            if heading or not laws and re.search(r"(사유|근거|법령|방침)$", body):
                self.context_laws = []
            if re.search(r"[가-힣A-Za-z]{2}", body):
                # a service or purpose title, not a title about keeping (`관련법령에 의한 정보보유 사유`)
                self.group = None if laws or _RETENTION_CUE.search(body) else re.sub(r"[\s/|,-]+$", "", body)

    def line(self, text: str, block: Block, evidence: str | None = None) -> None:
        text = _clean(text)
        if not text:
            return
        if self.link_table_law(text):
            return
        labelled = _split_label(text)
        if labelled and _LAW_LABEL.search(labelled[0]) and _retention_periods(labelled[1], structured=False) \
                and resolve_laws(labelled[1]):
            # `보존하는 근거 : 전자상거래법에 따라 … 3년간 보관, 통신비밀보호법에 따라 … 3개월간 보관`
            self.prose(labelled[1], block)
        elif labelled:
            head, lead = _law_lead_after(labelled[1])
            self.labelled(evidence or text, labelled[0], head)
            if lead:  # `보유 기간: … 1년 동안 보관합니다. 다만 아래 기록은 「…법」에 따라 보관합니다.`
                self.prose(lead, block)
        else:
            self.prose(text, block)

    def labelled(self, text: str, label: str, value: str) -> None:
        self.period_values = False
        law_label = _LAW_LABEL.search(label)
        if law_label:
            self.flush_expand()
            prefix = label[:law_label.start()].strip()
            if _COLLECTION_BASIS.search(prefix):  # `수집근거 : …`: the basis of collecting, not of keeping
                return
            laws = resolve_laws(value, cell=True)
            inner = None if laws else _split_label(value)
            inner_periods = _retention_periods(inner[1], structured=True) if inner else []
            # (a numbered list there, `관련법령 : 1) … 기록 : 5년`, starts records of its own)
            stated = set() if _ENUMERATED.match(value) else {r["period_iso"] for r in self.entry.rows}
            if inner_periods and not any(p.iso in stated for p in inner_periods):
                # `근거 법령 : 소비자의 불만 … 기록 : 3년`: a record line under a label that names no law
                # (after `보유기간 : 3년` of the same record it only restates that period)
                self.labelled(text, *inner)
                return
            if prefix:  # `계약 … 기록 보존 이유 : 전자상거래법`
                self.open(record=prefix)
            elif self.entry.laws is not None and self.entry.rows:
                self.open()
            elif self.laws_lead if self.entry.rows else self.entry.record is None:
                # `근거 법령 : 전자상거래법` over its record lines, then `근거 법령 : 통신비밀보호법` over
                # its own: once a law label came before any record, each law label leads the lines after it
                self.close()
                self.context_laws, self.laws_lead = laws, True
                return
            self.entry.laws = laws
            return
        if _RECORD_LABEL.search(label):
            if self.entry.rows and all(r["record"] is None for r in self.entry.rows):
                # `보유 기간 : 6개월` / `보유 정보 : 아이디, 이메일`: the record named after its period
                self.entry.record = value or None
                for row in self.entry.rows:
                    row["record"] = self.entry.record
            else:
                self.open(record=value or None)
            return
        # A record named by its label is ours even when it mentions 제공 (`제휴 포인트 제공 내역 : 1년`,
        # `통신사실확인자료를 제공할 때 필요한 로그기록자료, IP주소 등 : 3개월`: one of the records it lists).
        if _OTHER_PERIOD_LABEL.search(label) and not (_names_records(label) and not _NOT_OURS.search(label)):
            return
        label_laws = resolve_laws(label)
        if label_laws and _is_law_heading(label, label_laws):
            self.law_labelled(text, value, label_laws)
            return
        period_label = _PERIOD_LABEL.search(label)
        keeping = _KEEPING_LABEL.search(label)  # a keeping-period label is a period label
        periods = _retention_periods(value, structured=True, keeping=bool(keeping))
        if not periods:
            if period_label and not value:  # `보존기간:` with its values on the lines below
                self.period_values = True
            elif not value and not period_label:
                self.open(record=label)  # `소비자의 불만 … 기록:` with its period on the next line
            else:  # `회원 정보 : 회원 탈퇴 시까지`
                self.event_row(text, value, None if period_label else label)
            return
        record = _record_before(label, keeping)
        pairs = _record_period_pairs(value) if period_label else None
        if pairs:  # `보존 기간 : 계약 … 기록(5년), 불만 … 기록(3년)`: each record with its own period
            for one_record, period in pairs:
                self.add(text, "", [period], one_record, label)
            return
        if period_label and not record and len(periods) == 1:
            record = _record_in_value(value, periods[0])
        if not period_label or record:
            self.open(record=record or label)  # `출입 기록 보관기간 : …`: the record before the label
        elif self.entry.rows and all(r["period_text"] != p.text for r in self.entry.rows for p in periods):
            self.open()  # a second period of its own, not a restatement of the record's period
        self.add(text, value, periods, self.entry.record or self.group, label)

    def law_labelled(self, text: str, value: str, laws: list[LawRef]) -> None:
        """`전자상거래법 : 계약 … 기록(5년), 소비자의 불만 … 기록(3년)`: the records are in the value."""
        self.close()
        pending = ""
        for piece in _split_outside_parens(value):
            periods = _retention_periods(piece, structured=True)
            if not periods:  # a record the next piece's period also covers
                pending = f"{pending}, {piece}" if pending else piece
                continue
            record = piece
            for period in periods:
                record = record.replace(period.text, " ")
            record = re.sub(r"\(\s*\)|[:：]", " ", record).strip(" ,")
            record = f"{pending}, {record}" if pending and record else (pending or record)
            pending = ""
            for period in periods:
                for ref in laws:
                    self.entry.rows.append(_row(self.section, text, record or None, period, ref))
        self.close()

    def prose(self, text: str, block: Block) -> None:
        if self.period_values:
            periods = [] if _SENTENCE_END.search(text) else _retention_periods(text, structured=True)
            if periods:  # `(i) 이용계약 해지 후 1개월` under `보존기간:`
                self.add(text, text, periods, self.entry.record or self.group)
                return
            self.period_values = False
        said: set[str] = set()  # periods this line already gave without a record
        for sentence in _SENTENCE.split(text):
            periods = _sentence_periods(sentence)
            if periods:
                if self.entry.rows or not self.entry.record or _SENTENCE_END.search(sentence):
                    topic = _TOPIC.match(_strip_enum(sentence))
                    if not topic:  # `… 7일의 유예기간 동안 보관 … 7일 후에는 삭제됩니다`: said twice
                        periods = [p for p in periods if p.iso not in said or p.iso is None]
                        said.update(p.iso for p in periods if p.iso)
                        if not periods:
                            continue
                    self.open(record=topic.group("topic") if topic else None)
                    self.entry.sentence = bool(_SENTENCE_END.search(sentence))
                # else: the period line of the record line just above (`… 기록:` / `3년 (…법률)`)
                self.add(sentence, sentence, periods, self.entry.record)
                if _FOLLOWING_RECORDS.search(sentence):
                    self.expand, self.expanded = self.entry.rows, []
                    self.entry.rows = []
                continue
            if self.expand is not None and block.kind == "list_item" and len(sentence) <= 120:
                self.expanded += [{**row, "record": _clean(_strip_enum(sentence))} for row in self.expand]
            elif len(sentence) <= 80 and not _SENTENCE_END.search(sentence):
                self.lead(sentence, heading=False)
            else:
                self.close()

    def add(self, evidence: str, value: str, periods: list[Period], record: str | None, label: str = "") -> None:
        laws = resolve_laws(value)
        if laws:
            pairs = _pair_laws(periods, laws, value)  # spans of both are in `value`
        else:  # the law may be in the label: `전자금융거래법에 따른 기록 : 5년`
            pairs = [resolve_laws(label) for _ in periods]
        for period, paired in zip(periods, pairs):
            for one_record in _split_records(record):
                for ref in paired or [None]:
                    self.entry.rows.append(_row(self.section, evidence, one_record, period, ref))

    def event_row(self, evidence: str, value: str, record: str | None) -> None:
        """A period that runs until an event (`회원 탈퇴 시까지`): kept, with no duration."""
        period = parse_period(value)
        if (period is None or period.kind not in _EVENT_KINDS or len(value) > 80 or _SENTENCE_END.search(value)
                or record and re.search(r"파기|절차|방법", record)):
            return  # a destruction procedure, not a keeping period
        self.open(record=record or self.entry.record)
        laws = resolve_laws(value)
        self.entry.rows.append(_row(self.section, evidence, self.entry.record, period, laws[0] if laws else None))

    # tables ----------------------------------------------------------------

    def table(self, block: Block) -> None:
        self.close()
        table = block.table
        if all(len(cells) <= 1 for cells in table.rows):
            # a one-column (layout) table is text in boxes: its lines are read as lines
            for cells in table.rows:
                for text in (cells[0] if cells else "").split("\n"):
                    self.line(text, block)
            self.close()
            return
        if _is_label_table(table):
            # `보존 항목 | …` / `보존 근거 | …` / `보존 기간 | 5년`: a key-value block drawn as a table
            for cells in table.rows:
                self.line(f"{cells[0]} : {cells[1]}", block)
            self.close()
            return
        rows = _table_rows(self.section, table, self.context_laws)
        self.rows += rows or []
        self.table_rows_without_law = [r for r in rows or [] if r["law"] is None and r["record"]]

    def link_table_law(self, text: str) -> bool:
        """`학습관리를 위해 영구보존 근거는 … 규정 …`: a note under a table giving a row's law."""
        pending, self.table_rows_without_law = self.table_rows_without_law, []
        if not pending or "근거" not in text:
            return False
        laws = resolve_laws(text)
        hits = [r for r in pending if r["record"] and text.startswith(r["record"])]
        if not laws or not hits:
            return False
        for row in hits:
            self.rows.remove(row)
            self.rows += _with_laws([row], laws[:1])
        return True


def _column(header: list[str], pattern: re.Pattern, taken: set[int]) -> int | None:
    for i, label in enumerate(header):
        if i not in taken and pattern.search(label.replace(" ", "")):
            return i
    return None


def _is_label_table(table: Table) -> bool:
    """Two columns with labels on the left, not about recipients: a period label next to a law or
    record label, or a keeping-period label whose cell holds a period (`행태정보 보유 이용 기간 | 2년`)."""
    if len(table.rows) < 2 or any(len(r) != 2 for r in table.rows):
        return False
    labels = [_strip_enum(r[0]) for r in table.rows]
    if any(_TABLE_NOT_OURS.search(label.replace(" ", "")) for label in labels):
        return False
    return (any(_PERIOD_LABEL.search(label) for label in labels)
            and any(_LAW_LABEL.search(label) or _RECORD_LABEL.search(label) for label in labels)
            or any(_KEEPING_LABEL.search(label) and _cell_period(value) for label, (_, value) in zip(labels, table.rows)))


def _record_column(header: list[str], body: list[list[str]], taken: set[int | None]) -> int | None:
    """The column naming what is kept: the first free column that does not hold laws (`구분` of laws)."""
    free = [i for i, h in enumerate(header) if i not in taken and not _COL_SKIP.match(h.strip())]
    for i in free:
        if not all(resolve_laws(r[i]) for r in body if i < len(r) and r[i]):
            return i
    return free[0] if free else None


@lru_cache(maxsize=4096)  # a table's cells are read for their periods by several checks
def _cell_period(cell: str) -> Period | None:
    """The period a table cell states: a duration, or an event the data is kept until."""
    periods = _retention_periods(cell, structured=True)
    if periods:
        return periods[0]
    period = parse_period(cell)
    return period if period is not None and period.kind in _EVENT_KINDS else None


def _period_cells(body: list[list[str]], col: int) -> tuple[int, int]:
    """(cells stating a period, non-empty cells) of a column."""
    cells = [r[col] for r in body if col < len(r) and r[col].strip() and not _DITTO.match(r[col])]
    return sum(_cell_period(c) is not None for c in cells), len(cells)


def _period_column(header: list[str], body: list[list[str]]) -> int | None:
    """The column of periods: by its label when its cells hold periods, else by what the cells hold.

    Headers are often mislabelled (`보존 구분`, `선택항목` over a column of `5년`, `3개월`): a column
    most of whose cells state a period is the period column whatever its label says.
    """
    labelled = _column(header, _COL_PERIOD, set())
    if labelled is not None and _period_cells(body, labelled)[0]:
        return None if _OTHER_PERIOD_LABEL.search(header[labelled]) else labelled
    best, best_hits = None, 0
    for col in range(max((len(r) for r in body), default=0)):
        label = header[col] if col < len(header) else ""
        hits, filled = _period_cells(body, col)
        if hits > best_hits and hits * 2 >= filled and not _OTHER_PERIOD_LABEL.search(label):
            best, best_hits = col, hits
    return best


def _table_rows(section: Section, table: Table, context_laws: list[LawRef]) -> list[dict] | None:
    """Rows of a table with a period column; None when the table has none or is about recipients."""
    if not table.rows:
        return None
    header = table.header
    body = table.body
    if not header:
        header, body = table.rows[0], table.rows[1:]
    if any(_TABLE_NOT_OURS.search(h.replace(" ", "")) for h in header):
        return []
    period_col = _period_column(header, body)
    if period_col is None:
        return None
    if not table.header and period_col < len(header) and _cell_period(header[period_col]):
        header, body = [""] * len(header), table.rows  # the first row is data, not a header
    law_col = _column(header, _COL_LAW, {period_col})
    record_col = _record_column(header, body, {period_col, law_col})
    # a `보유기간` column bounds the keeping: `… 후 3년 이내` there is the period, not a deadline
    keeping = period_col < len(header) and bool(_KEEPING_LABEL.search(header[period_col]))
    rows: list[dict] = []
    offset = len(table.rows) - len(body)
    previous_laws: list[LawRef] = []
    previous_cell = None
    for i, cells in enumerate(body):
        cell = cells[period_col] if period_col < len(cells) else ""
        if cell == previous_cell and _SENTENCE_END.search(cell):
            continue  # a sentence merged over rows (`… 목적으로 1년간 별도 보관됩니다`) states its period once
        previous_cell = cell
        evidence = table.row_text(i + offset)
        record = cells[record_col] if record_col is not None and record_col < len(cells) else None
        periods = _retention_periods(cell, structured=True, keeping=keeping)
        if not periods:
            period = parse_period(cell)
            if period is None or period.kind not in _EVENT_KINDS:
                continue
            periods = [period]
        if law_col is not None:
            law_cell = cells[law_col] if law_col < len(cells) else ""
            if _DITTO.match(law_cell):  # `〃`: same as the row above
                laws = previous_laws
            else:
                laws = resolve_laws(law_cell, cell=True) or resolve_laws(cell)
            previous_laws = laws
        else:  # the law may sit in any cell (a `구분` column of laws), else in the heading above
            laws = resolve_laws(" / ".join(c for j, c in enumerate(cells) if j != record_col))
            laws = laws or resolve_laws(record or "") or _prescribing(context_laws, record)
        for period in periods:
            if laws:
                rows += [_row(section, evidence, record, period, ref) for ref in laws]
            else:
                rows.append(_row(section, evidence, record, period, None))
    return rows


# --- document ------------------------------------------------------------------


def _joined_lines(blocks: list[Block]) -> list[tuple[str, Block]]:
    """Block texts, with paragraphs that a hard wrap cut mid-sentence joined back together, and a list
    item cut after a particle (`… 확인자료를` / `위치정보시스템에 기록하며, 1년간 보관합니다.`) joined
    with the paragraph that goes on with its sentence."""
    lines: list[tuple[str, Block]] = []
    for block in blocks:
        text = _clean(block.text)
        if lines and block.kind == "paragraph" and lines[-1][1].kind in ("paragraph", "list_item"):
            prev = lines[-1][0]
            if (len(prev) >= 20 and not _SENTENCE_END.search(prev) and not re.search(r"[:：.]$", prev)
                    and not _ENUM.match(text) and ":" not in text and ":" not in prev
                    and (lines[-1][1].kind == "paragraph" or _CUT_AFTER_PARTICLE.search(prev))):
                lines[-1] = (prev + " " + text, lines[-1][1])
                continue
        lines.append((text, block))
    return lines


_CUT_AFTER_PARTICLE = re.compile(r"[가-힣](?:을|를|에|에게|의|와|과|및|하여|하고|하며)$")


def _sections_in_scope(doc: PolicyDoc) -> list[Section]:
    scope = []
    about_recipients = False
    for section in doc.sections:
        # Sections without a heading after a recipients' section are still about the recipients
        # (`보유 및 이용 기간: 5년` under `제공받는 자: …`, after `정보관리책임자의 연락처 : …`),
        # whatever their words scored.
        inherited = not section.heading and about_recipients
        if section.category not in _EXCLUDED_SECTIONS and not inherited:
            scope.append(section)
        about_recipients = inherited or section.category in _RECIPIENT_SECTIONS
    return scope


def _dedupe(rows: list[dict]) -> list[dict]:
    """One row per statement: a policy that repeats a list (once per purpose) states it once, and a
    bare `보존기간: 1년` line right after a sentence that keeps something for 1년 repeats that sentence."""
    seen = set()
    out = []
    for row in rows:
        what = row["record"] or row["evidence"]
        key = (row["period_iso"], row["period_kind"], row["law"], re.sub(r"\W", "", what or ""))
        if key in seen or out and _repeats_period(row, out[-1]):
            continue
        seen.add(key)
        out.append(row)
    return out


def _repeats_period(row: dict, previous: dict) -> bool:
    return (row["record"] is None and row["law"] is None and previous["law"] is None
            and row["section_no"] == previous["section_no"] and row["period_iso"] is not None
            and (row["period_iso"], row["period_kind"]) == (previous["period_iso"], previous["period_kind"]))


_NOUN = re.compile(r"[가-힣A-Za-z]{2,}")


def _without_restatements(rows: list[dict]) -> list[dict]:
    """A period stated once and said again in a later section is one statement. Said again without a
    law, about a record sharing a word with an earlier uncited one (`로그 관리 | 3개월`, then `로그 기록:
    3개월 후 자동 파기` under destruction), or half the words (two at least) of an earlier cited one
    (`서비스 접속 로그, 예매 시도 기록 | 통신비밀보호법 | 3개월`, then `서비스 접속 로그 및 예매 시도
    기록: 3개월`); said again with the same law, about half the words of the earlier cited record."""
    # (period, word) → the sections (two at most: enough to know of another) that stated it uncited, and
    # the first few cited rows holding it: bounded, so kept linear.
    stated: dict[tuple[str, str], set[int]] = {}
    cited: dict[tuple[str, str], list[_Cited]] = {}
    out: list[dict] = []
    for index, row in enumerate(rows):
        if not row["period_iso"]:
            out.append(row)
            continue
        words = set(_NOUN.findall(row["record"] or ""))
        keys = [(row["period_iso"], word) for word in words]
        earlier = [c for key in keys for c in cited.get(key, ())
                   if c.section_no != row["section_no"] and row["law"] in (None, c.law)]
        if _shares_half(earlier, len(words)):
            continue
        if row["law"] is not None:
            for key in keys:
                if len(cited.setdefault(key, [])) < _CITED_PER_WORD:
                    cited[key].append(_Cited(index, row["section_no"], row["law"], len(words)))
        elif any(stated.get(key, set()) - {row["section_no"]} for key in keys):
            continue
        else:
            for key in keys:
                sections = stated.setdefault(key, set())
                if len(sections) < 2:
                    sections.add(row["section_no"])
        out.append(row)
    return out


class _Cited(NamedTuple):
    """A row that cites a law, as `_without_restatements` indexes it under each word of its record."""
    index: int
    section_no: int
    law: str
    n_words: int


_CITED_PER_WORD = 8


def _shares_half(entries: list[_Cited], n_words: int) -> bool:
    """Whether one cited row shares two words or more, and half the words of the shorter of its record
    and one of `n_words` words (`결제` alone restates nothing); `entries` holds a cited row once per word
    it shares."""
    return any(count >= 2 and 2 * count >= min(entry.n_words, n_words)
               for entry, count in Counter(entries).items())


def _read_text(reader: _SectionReader, blocks: list[Block]) -> None:
    for text, block in _joined_lines(blocks):
        if block.kind == "heading":
            reader.lead(text, heading=True)
            continue
        segments = _SEGMENT.split(text)
        for segment in segments:
            # run-together key-values (`보존 근거 : … / 보존 기간 : 5년`) cite their whole line
            reader.line(segment, block, evidence=text if len(segments) > 1 else None)


def _read_section(doc: PolicyDoc, section: Section, reader: _SectionReader) -> None:
    reader.section = section
    text_blocks: list[Block] = []
    for block in doc.section_blocks(section):
        if block.table is None:
            text_blocks.append(block)
            continue
        _read_text(reader, text_blocks)
        text_blocks = []
        reader.table(block)
    _read_text(reader, text_blocks)


def _continues(section: Section, previous: Section | None) -> bool:
    """A section opened by a bare label line (`나. 보존기간:`) goes on with the record above it."""
    return (previous is not None and section.section_no == previous.section_no + 1
            and section.heading.rstrip().endswith((":", "：")))


def _is_security_measure(section: Section) -> bool:
    return section.category == "security" or bool(_SECURITY_HEADING.search(section.heading or ""))


def _infer_statutory_laws(doc: PolicyDoc, rows: list[dict]) -> None:
    """A row with no law takes a law its section cites when the record and period are that law's duty.

    `상법, 전자상거래법 등 관계법령에 따라 … 보존합니다` over `계약 또는 청약철회 등에 관한 기록: 5년`
    names two laws for the list, so the list gets no law of its own; the statutory reference says
    which of the two keeps contract records for five years (none when two statutes would). A law
    already given to other rows of the section was cited for those rows, not for the rest.
    """
    used: dict[int, set[str | None]] = {}  # the laws of each section's rows, gathered in one pass
    for row in rows:
        used.setdefault(row["section_no"], set()).add(row["law"])
    cited: dict[int, list[LawRef]] = {}
    for row in rows:
        if row["law"] is not None or not row["record"] or not row["period_iso"]:
            continue
        section_no = row["section_no"]
        if section_no not in cited:
            refs = resolve_laws(doc.section_text(doc.sections[section_no - 1]))
            cited[section_no] = [ref for ref in refs if ref.law not in used[section_no]]
        duty = [ref for ref in cited[section_no]
                if (statute := match_statute(ref.law, row["record"])) and statute.period_iso == row["period_iso"]]
        for ref in _prescribing(duty, row["record"]):
            row.update(law=ref.law, law_text=_clean(ref.law_text), article=ref.article)


@register("retention")
def extract_retention(doc: PolicyDoc) -> list[dict]:
    rows: list[dict] = []
    reader: _SectionReader | None = None
    for section in _sections_in_scope(doc):
        if reader is None or not _continues(section, reader.section):
            if reader is not None:
                reader.close()
                rows += reader.rows
            reader = _SectionReader(section)
        _read_section(doc, section, reader)
    if reader is not None:
        reader.close()
        rows += reader.rows
    # Logs kept as a safety measure are not retention; a bound on deleting a user's data is.
    security = {s.section_no for s in doc.sections if _is_security_measure(s)}
    rows = [r for r in rows if r["section_no"] not in security or _WITHDRAWAL_BEFORE.search(r["evidence"])]
    _infer_statutory_laws(doc, rows)
    return [{**row, "statute": statute_of(row["law"])} for row in _without_restatements(_dedupe(rows))]
