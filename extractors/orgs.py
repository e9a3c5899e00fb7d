"""Organization names in processor and recipient lists: cleaning, splitting, normalizing, filtering.

A name cell of a policy is rarely one clean name: it carries legal-form markers, phone
numbers, placeholders, link labels and lists (`신한/하나/외환은행 및 국내외 은행`). The
functions here turn such a cell into the names it holds, as written, and say which of
them are not names at all (generic types, statutory exceptions, unfilled templates).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from extractors.entities import canonical_entity


@dataclass(frozen=True)
class _Lexicon:
    legal_forms: re.Pattern
    comma_legal_form: re.Pattern
    generic_types: frozenset[str]
    generic_acronyms: frozenset[str]
    statutory: re.Pattern
    data_subject: re.Pattern
    placeholder: re.Pattern
    link_label: re.Pattern
    bracket_remark: re.Pattern
    non_name_ending: re.Pattern
    attribute_ending: re.Pattern
    brand_start: re.Pattern
    sentence: re.Pattern
    org_suffix: re.Pattern
    distributive_suffixes: tuple[str, ...]
    labels: dict[str, re.Pattern]
    heading_roles: dict[str, re.Pattern]
    transfer_column: re.Pattern
    name_column: re.Pattern
    countries: tuple[tuple[str, re.Pattern], ...]
    task_word: re.Pattern


def _any(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def _country_pattern(hints: list[str]) -> re.Pattern:
    # Latin hints must stand alone ("EU" not inside "EUR"); Hangul hints are matched as they are.
    parts = [rf"(?<![A-Za-z]){h}(?![A-Za-z])" if re.match(r"[A-Za-z]", h) else h for h in hints]
    return re.compile("|".join(parts), re.I)


def _party_labels(parts: dict) -> dict[str, re.Pattern]:
    """One pattern per party kind: cue, then (a gap and) a head, then an optional name word."""
    heads, adjacent = "|".join(parts["heads"]), "|".join(parts["adjacent_heads"])
    names = "|".join(parts["name_words"])
    patterns = {}
    for kind, cues in parts["cues"].items():
        cue = "|".join(cues)
        bare = "|".join(parts["bare"].get(kind, ())) or "(?!)"
        patterns[kind] = re.compile(
            rf"(?:{cue})(?:.{{0,12}}?(?:{heads})|(?:{adjacent}))(?:{names})?$|^(?:{bare})$", re.I)
    return patterns


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    data = json.loads(resources.files("extractors").joinpath("data/org_lexicon.json").read_text("utf-8"))
    return _Lexicon(
        legal_forms=_any(data["legal_forms"] + data["latin_legal_forms"]),
        # `Lumen, L.L.C.`, `Anthropic, PBC`: a comma before a legal form is part of one name.
        comma_legal_form=re.compile(rf",\s*(?:{'|'.join(data['latin_legal_forms'])})(?:$|[\s,)/])", re.I),
        generic_types=frozenset(_compact(t) for t in data["generic_types"]),
        generic_acronyms=frozenset(data["generic_acronyms"]),
        statutory=_any(data["statutory_exceptions"]),
        data_subject=re.compile(f"^(?:{'|'.join(data['data_subjects'])})(?:들|님)?$"),
        placeholder=_any(data["placeholders"]),
        link_label=_any(data["link_labels"]),
        bracket_remark=_any(data["bracket_remarks"]),
        non_name_ending=re.compile(f"(?:{'|'.join(data['non_name_endings'])})$"),
        attribute_ending=re.compile(f"(?:{'|'.join(data['attribute_endings'])})$"),
        # `LG 전자결제`, `KG이니시스`: a Latin brand in front makes a task-like ending a name.
        brand_start=re.compile(
            rf"^(?!(?:{'|'.join(map(re.escape, data['generic_acronyms']))})(?![A-Za-z]))[A-Za-z][\w&+.\-]*(?:\s+[A-Za-z][\w&+.\-]*)*\s*[가-힣]"),
        sentence=_any(data["sentence_markers"]),
        org_suffix=re.compile(f"..(?:{'|'.join(data['org_suffixes'])})$"),  # a name before the ending
        distributive_suffixes=tuple(sorted(data["distributive_suffixes"], key=len, reverse=True)),
        labels={**{k: _any(v) for k, v in data["labels"].items()}, **_party_labels(data["party_labels"])},
        heading_roles={k: _any(v) for k, v in data["heading_roles"].items()},
        transfer_column=_any(data["transfer_columns"]),
        name_column=re.compile(data["party_labels"]["column_heads"]),
        countries=tuple((code, _country_pattern(h)) for code, h in data["countries"].items()),
        task_word=_any(data["task_words"]),
    )


_SPACE = re.compile(r"\s+")
_LATIN = re.compile(r"[A-Za-z]")
_HANGUL = re.compile(r"[가-힣]")


def _compact(text: str) -> str:
    return _SPACE.sub("", text)


def normalize_org(name: str) -> str:
    """One canonical name per provider (extractors/entities.py): `(주) 카카오`, `카카오 Inc.` and
    `카카오 (알림톡)` → `카카오`; `AWS Korea` and `아마존웹서비시즈` → `Amazon Web Services`."""
    return canonical_entity(name)[0]


def detect_country(text: str) -> str | None:
    """ISO-3166 code (or EU) of the first country named or hinted in `text`; several are joined with ','."""
    if not text:
        return None
    found = []
    for code, pattern in lexicon().countries:
        m = pattern.search(text)
        if m:
            found.append((m.start(), code))
    return ",".join(code for _, code in sorted(found)) or None


def is_overseas(country: str | None) -> bool:
    return bool(country) and any(c != "KR" for c in country.split(","))


# --- splitting a name cell --------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-–—•·●▪■□◆◇▶►※*ㆍ]\s*|[○◦o]\s+|\(?\d{1,2}[.)]\s*|[①-⑳]\s*|[가나다라마바사아자차카타파하][.)]\s+)+")
_PHONE = re.compile(r"^[\d\s()+\-~.,/]{7,}$|^(?:tel|전화)|\d{1,4}-\d{3,4}-\d{4}", re.I)
_URL = re.compile(r"https?://|www\.|\.(?:com|net|org|io|co|kr|dev|app)\b", re.I)
# `A 외 기타 택배사`: 외 ends a list like 및 (what follows it is a catch-all, filtered as a name).
_TOP_LEVEL_SEP = re.compile(r",|、|\s및\s|\s등\s|\s또는\s|\s외\s|\n")
_SLASH_SEP = re.compile(r"\s*[/·ㆍ]\s*")


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    """Top-level (...) and [...] spans, so separators inside them are not split on."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([（［":
            if depth == 0:
                start = i
            depth += 1
        elif ch in ")]）］" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    if depth:
        spans.append((start, len(text)))
    return spans


def _split_top_level(text: str, sep: re.Pattern) -> list[str]:
    spans = _bracket_spans(text)
    joined = lexicon().comma_legal_form
    parts, last = [], 0
    for m in sep.finditer(text):
        if any(a <= m.start() < b for a, b in spans) or joined.match(text, m.start()):
            continue
        parts.append(text[last:m.start()])
        last = m.end()
    parts.append(text[last:])
    return [p.strip() for p in parts if p.strip()]


def _distribute(parts: list[str]) -> list[str]:
    """`신한/하나/외환은행` → 신한은행, 하나은행, 외환은행; `Apple / Google 로그인` → Apple 로그인, Google 로그인."""
    if len(parts) < 2:
        return parts
    *heads, last = parts
    if any(" " in h for h in heads):
        return parts
    if " " in last:  # one-word heads share the last word of a longer tail
        tail = last.rsplit(" ", 1)[1]
        return [h if h.endswith(tail) else f"{h} {tail}" for h in heads] + [last]
    for suffix in lexicon().distributive_suffixes:
        if last.endswith(suffix) and len(last) > len(suffix) and all(len(h) <= 4 and _HANGUL.search(h) for h in heads):
            return [h if h.endswith(suffix) else h + suffix for h in heads] + [last]
    return parts


def _clean_brackets(name: str) -> str:
    """Drop bracketed link labels, placeholders, phone numbers, URLs and `…등` example lists."""
    lex = lexicon()
    out, last = [], 0
    for a, b in _bracket_spans(name):
        inner = name[a + 1:b - 1].strip() if b - a >= 2 else ""
        keep = not _is_remark(inner) and name[a] not in "[［"  # square brackets hold remarks, never a name
        # A legal-form marker in brackets ("(주)") is part of the name as written.
        if lex.legal_forms.fullmatch(name[a:b]):
            keep = True
        out.append(name[last:a])
        if keep:
            out.append(name[a:b])
        last = b
    out.append(name[last:])
    return _SPACE.sub(" ", "".join(out)).strip()


def _is_remark(inner: str) -> bool:
    """Bracket text that is not part of a name: link labels, placeholders, phone numbers, URLs,
    `…등` example lists, remarks (`(또는 동급 클라우드 서비스)`, `(… 쇼핑몰에 한함)`), a country."""
    lex = lexicon()
    return not inner or bool(
        lex.link_label.search(inner) or lex.placeholder.search(inner) or _PHONE.search(inner)
        or lex.bracket_remark.search(inner) or _is_country_only(inner)
        or _URL.search(inner) or inner.endswith("등") or inner.startswith("추후"))


def _is_country_only(text: str) -> bool:
    """`(미국)`, `(USA, EU)`, `(미국 델라웨어)` after a name says where it is, not who it is."""
    rest = text
    for _, pattern in lexicon().countries:
        rest = pattern.sub("", rest)
    if rest == text:
        return False
    # A country first, then at most one place word (a state or city).
    return not re.search(r"[가-힣A-Za-z0-9]", rest) or (rest[:1].isspace() and len(rest.split()) == 1
                                                       and not re.search(r"\d", rest))


def country_in_name(cell: str) -> str | None:
    """The country a name cell gives in brackets: `Vercel Inc. (미국)` → US."""
    for a, b in _bracket_spans(cell):
        if _is_country_only(cell[a + 1:b - 1]):
            return detect_country(cell[a + 1:b - 1])
    return None


def _bracket_name(piece: str) -> str | None:
    """`택배사 [㈜CJ대한통운(추후 추가)]`, `소셜 로그인 프로바이더 (Google, Kakao)`: a generic type followed by
    real names in brackets → those names."""
    # The type ends in a non-space, so the spaces before the bracket are not re-split at each length.
    m = re.match(r"^(?P<outer>[^\[\]()]*?[^\[\]()\s])\s*[\[(](?P<inner>.+)[\])]\s*$", piece)
    if not m:
        return None
    # After a described type, examples (`지정거래 외국환 은행(외환은행 등)`) leave the type as the name.
    if not _is_type_word(m["outer"]) and (_is_remark(m["inner"].strip()) or not is_generic_type(m["outer"])):
        return None
    inner = _clean_brackets(m["inner"])
    return inner if inner and not is_placeholder(inner) and not lexicon().link_label.search(inner) else None


# Tried only where the trailing run can begin (not after a space, not inside a run of marks), so a long
# run of spaces, commas or stars is scanned once, not once per character; the matches are the same.
_TRAILING = re.compile(r"(?<!\s)(?:(?:(?<![-–—:：,;])|(?=\s))\s*[-–—:：,;]+|\s+(?:등|외(?:\s*다수)?))\s*$"
                       r"|(?<!\*)\*{2,}\s*$|(?<=[가-힣)])\.$")
_QUOTES = " \t\"'“”‘’<>「」『』"
_SQUARE_BRACKETS = re.compile(r"^\[([^\[\]]+)\]$|^【([^【】]+)】$")  # `[CJ대한통운]`: the whole name in brackets


@lru_cache(maxsize=16384)  # parties read the same names from many sentences and cells
def strip_decoration(text: str) -> str:
    """Bullets, ordinals, quotes, square brackets and trailing punctuation (`,` `:` ` 등` `.`) around a name."""
    text = _BULLET.sub("", text.strip()).strip(_QUOTES)
    if m := _SQUARE_BRACKETS.match(text):
        text = (m[1] or m[2]).strip(_QUOTES)
    return _TRAILING.sub("", text).strip()


_PARENS = re.compile(r"\([^()]*\)")
# Within one line: in a cell of `- A\n- B` lines, a line break and the next bullet are no spaced dash.
_DESCRIPTION = re.compile(r"(?<=\S)[ \t]+[—–-][ \t]+(?P<tail>[^\n]*)")
_SUB_PROCESSOR = re.compile(r"^\s*재(?:위탁|수탁)(?:사|업체|자)?\s*[:：]?\s*")


def _strip_description(cell: str) -> str:
    """`Supabase Inc.(미국) — 인증·저장`: a Korean description after a spaced dash is not part of the
    name; a Latin product after it (`Google LLC — Cloud Marketplace`) is. Each line of a cell is read alone."""
    return _DESCRIPTION.sub(lambda m: "" if _HANGUL.search(_PARENS.sub("", m["tail"])) else m[0], cell)


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
_ADDRESS = re.compile(r"[ \t]*/[^\n]*?(?:\.(?=\s)|(?=\n)|\Z)")  # `/ street, city, country` to the sentence end


def _without_contacts(cell: str) -> str:
    """`Vercel Inc. — privacy@vercel.com / 440 N Barranca Avenue, Covina, CA 91723. Neon, Inc. — …`: a name
    column of `명칭·연락처` gives the names; the e-mail, the dash before it and an address after it are cut,
    and what follows starts a new name."""
    if "@" not in cell:
        return cell
    out, last = [], 0
    for m in _EMAIL.finditer(cell):
        before = cell[last:m.start()].rstrip(" \t")
        if before.endswith(("—", "–", "-")):
            before = before[:-1].rstrip(" \t")
        end = m.end()
        if address := _ADDRESS.match(cell, end):
            end = address.end()
        out.append(before + "\n")
        last = end
    out.append(cell[last:])
    return "".join(out)


def _trailing_task(piece: str) -> tuple[str, str | None, list[str]]:
    """`Mobilebase(로그인 처리)` → the name, its task, and any sub-processors it names in brackets
    (`루나소프트(재위탁 : 비즈톡 주식회사)`). A product or alias in brackets (`(뿌리오)`) stays."""
    spans = _bracket_spans(piece)
    if not spans or spans[-1][1] != len(piece.rstrip()):
        return piece, None, []
    a, b = spans[-1]
    inner = piece[a + 1:b - 1].strip()
    if _SUB_PROCESSOR.match(inner):
        return piece[:a].strip(), None, split_org_names(_SUB_PROCESSOR.sub("", inner))
    lex = lexicon()
    words = inner.split()
    # `(로그인 처리)`, `(결제)`, `(본인인증)` are tasks; `(한국사이버결제)`, `(알림톡)` name the company or product.
    phrase = len(words) >= 2 or (len(inner) <= 4 and not _LATIN.search(inner))
    if phrase and _HANGUL.search(inner) and lex.task_word.search(words[-1]) and not lex.legal_forms.search(inner):
        return piece[:a].strip(), inner, []
    return piece, None, []


def org_entries(cell: str) -> list[tuple[str, str | None]]:
    """The names listed in one name cell, as written (legal forms kept), placeholders dropped,
    each with the task a bracket after it gives (`(주)한결정보 (예약시스템 유지보수)`), else None."""
    entries: list[tuple[str, str | None]] = []
    for piece in _split_top_level(_strip_description(_without_contacts(_without_product_lines(strip_decoration(cell)))),
                                  _TOP_LEVEL_SEP):
        named = _bracket_name(piece)
        if named and len(_split_top_level(named, _TOP_LEVEL_SEP)) > 1:
            entries += org_entries(named)
            continue
        piece, task, subs = _trailing_task(named or piece)
        if _bracket_spans(piece) == [(0, len(piece))] and not _is_remark(piece[1:-1].strip()) \
                and not lexicon().legal_forms.fullmatch(piece):
            piece = piece[1:-1]  # `[X]`: a name written in brackets (a template slot is a placeholder)
        piece = _clean_brackets(piece)
        if not piece:
            continue
        slash_parts = _split_top_level(piece, _SLASH_SEP)
        if len(slash_parts) > 1 and not any(len(_compact(p)) < 2 for p in slash_parts) \
                and not _reads_as_phrase(piece):
            parts = _distribute(slash_parts)
        else:
            parts = [piece]
        for part in parts:
            part = strip_decoration(part)
            if part and not is_placeholder(part):
                entries.append((part, task))
        entries += [(sub, task) for sub in subs]
    return entries


_BRACKETED_LINE = re.compile(r"[ \t]*[(（][^()（）]*[)）][ \t]*")


def _without_product_lines(cell: str) -> str:
    """`Google LLC` and on the next line `(Gemini API)`: the products or services of the company named above
    it, not names of their own; under a type (`택배사` / `(CJ대한통운, 한진)`) they are the names."""
    if "\n" not in cell:
        return cell
    kept: list[str] = []
    for line in cell.split("\n"):
        if kept and kept[-1].strip() and _BRACKETED_LINE.fullmatch(line):
            if is_generic_type(kept[-1]):
                kept[-1] += " " + line.strip()  # read as `택배사 (CJ대한통운, 한진택배)`
            continue
        kept.append(line)
    return "\n".join(kept)


def split_org_names(cell: str) -> list[str]:
    """The names listed in one name cell, as written. A description after a spaced dash
    (`Supabase Inc.(미국) — 인증·저장`) and a task in brackets are not part of them."""
    return [name for name, _ in org_entries(cell)]


_PHRASE_WORD = re.compile(r"[가-힣](?:의|을|를|하는|되는|받는|있는|위한)$")


def _reads_as_phrase(text: str) -> bool:
    """`킨텍스 앱의 무료/유료 서비스를 사용하는 …`: words with particles make a phrase, whose slashes
    join alternatives inside it rather than separate names."""
    return any(_PHRASE_WORD.search(w) for w in text.split())


_LIST_PUNCT = re.compile(r"[,/·]")


def _written_as_one(cell: str) -> bool:
    """`시,구,읍,면,동사무소` is one name written with commas: single syllables are not names."""
    pieces = _split_top_level(cell, _LIST_PUNCT)
    return len(pieces) > 1 and any(len(_compact(p)) == 1 for p in pieces)


def org_name_entries(cell: str) -> list[tuple[str, str | None]]:
    """The names in one name cell with their bracketed tasks (see `org_entries`); none when the
    cell as a whole is a task or purpose phrase (`학점, 학력인정`, `교, 강사 변경 신고`)."""
    cell = strip_decoration(cell)
    if _is_task_phrase(cell):
        return []
    if _written_as_one(cell):
        whole = _clean_brackets(cell)
        return [(whole, None)] if whole and not is_placeholder(whole) else []
    return org_entries(cell)


def org_names(cell: str) -> list[str]:
    """The names in one name cell, as written (see `org_name_entries`)."""
    return [name for name, _ in org_name_entries(cell)]


# --- what is not a name -----------------------------------------------------

def is_placeholder(name: str) -> bool:
    """Unfilled template text: `(위탁업체명)`, `[택배사 이름]`, `OOO`, `[미정]`, `-`, link labels."""
    text = name.strip()
    lex = lexicon()
    bare = lex.legal_forms.sub("", text)
    if not text or not (_HANGUL.search(bare) or _LATIN.search(bare)):
        return True  # nothing, or only a legal form
    if _bracket_spans(text) == [(0, len(text))]:
        return True  # the whole name in one bracket is a template slot
    return bool(lex.placeholder.search(text) or lex.link_label.search(text))


_CATCH_ALL = re.compile(r"^(?:기타|그\s*외|그\s*밖의)\s*")


def is_generic_type(name: str) -> bool:
    """A type of business without a name: 호스팅사, PG사, `기타 택배사`, and a type after common
    nouns (`판매 협력사`, `입점 파트너사`), not after a proper noun (`롯데 택배사`)."""
    lex = lexicon()
    text = _CATCH_ALL.sub("", _SPACE.sub(" ", _without_brackets(lex.legal_forms.sub("", name)))).strip()
    if _is_type_word(text):
        return True
    *head, last = text.split() or [""]
    # A Latin word or a number names a brand (`LG 택배사`), a generic acronym does not (`AI 분석 서비스`).
    brand = [w for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9&.-]*", text) if w not in lex.generic_acronyms]
    return bool(head) and last in lex.generic_types and not brand \
        and _common_nouns_only(" ".join(w for w in head if w not in lex.generic_acronyms))


def _without_brackets(text: str) -> str:
    """`(판매/입점) 협력사` → ` 협력사`: bracketed qualifiers do not make a type a name."""
    out, last = [], 0
    for a, b in _bracket_spans(text):
        out.append(text[last:a])
        last = b
    return "".join(out) + text[last:]


def _is_type_word(name: str) -> bool:
    return _compact(lexicon().legal_forms.sub("", name)) in lexicon().generic_types


@lru_cache(maxsize=4096)
def _common_nouns_only(text: str) -> bool:
    from pipeline.nlp import get_nlp

    return all(token.tag_ == "NNG" for token in get_nlp()(text))


def is_statutory_exception(name: str) -> bool:
    """수사기관, 법원, 법령에 의한 경우 … : who may receive data by law, not a recipient of the policy."""
    return bool(lexicon().statutory.match(name.strip()))


# A colon, a date, or a phrase about something (`… 이용에 관한 안내`, `…에 따른`) is not in a name.
_NOT_IN_NAME = re.compile(r"[:：=]|\d{2,}[년월일]|[가-힣](?:에|을|를)\s*(?:관한|대한|따른|위한)(?:\s|$)")


def _is_task_phrase(text: str) -> bool:
    """`본인확인`, `시스템 관리`: a task; `(주)한국사이버결제` keeps its marker and `LG 전자결제` its brand."""
    lex = lexicon()
    return (not lex.legal_forms.search(text) and not lex.brand_start.search(text)
            and bool(lex.non_name_ending.search(_compact(_clean_brackets(text)))))


def reads_as_tasks(cell: str) -> bool:
    """`이벤트 정보 제공, 당첨자 추첨, 티켓 제공`, `제휴사의 서비스 홍보`: a cell whose pieces are mostly
    task or purpose phrases, not names (for a column whose header says otherwise)."""
    pieces = _split_top_level(strip_decoration(_clean_brackets(cell)), _TOP_LEVEL_SEP)
    tasks = sum(_is_task_phrase(p) or _reads_as_phrase(p) or bool(lexicon().sentence.search(p)) for p in pieces)
    return bool(pieces) and 2 * tasks >= len(pieces)


def looks_like_name(name: str) -> bool:
    """Short, not a sentence, not a task or purpose phrase."""
    lex = lexicon()
    text = name.strip()
    if not 2 <= len(_compact(text)) <= 60 or len(text.split()) > 10:
        return False
    if lex.sentence.search(text):
        return False
    if _is_task_phrase(text) or lex.attribute_ending.search(_compact(_clean_brackets(text))):
        return False
    return not _NOT_IN_NAME.search(text)


def looks_like_org(name: str) -> bool:
    """Stronger evidence of an organization, for names found without a label: a legal form,
    Latin script, or a typical organization ending (공단, 은행, 페이먼츠 …)."""
    base = _compact(_clean_brackets(name))
    return bool(lexicon().legal_forms.search(name) or _LATIN.search(base) or lexicon().org_suffix.search(base))


def valid_name(name: str, *, allow_generic: bool) -> bool:
    if is_placeholder(name) or is_statutory_exception(name) or not looks_like_name(name):
        return False
    if lexicon().data_subject.match(_compact(name)):
        return False  # `고객에게 제공`: the data subject, not a recipient
    return allow_generic or not is_generic_type(name)
