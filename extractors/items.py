"""collected_items: every personal-data item a policy says it collects, one row per item and context.

Items are read from four kinds of places, all outside the third-party, processor
and overseas-transfer sections (items named only there are not collected):

- tables with an item column (수집항목, 개인정보 항목, 필수항목/선택항목 ...), with the
  context from a 구분-like column and 필수/선택 from a column or from inline labels, and
  key-value tables (`항목 | 내용` over `필수항목 | 아이디, 학교명`);
- `label: value` lines and inline labels (`필수항목: 성명, 아이디`, `[필수정보] 이름
  [선택정보] 일반전화`, `(필수) 성명`): the label gives 필수/선택 or the context, says
  that the line is not about collected items at all (수집방법, 보유기간, 제공 항목), or is
  the item itself when the value says what it is for (`휴대폰 번호: 로그인 인증에 사용`);
- plain item lists under a heading or an intro sentence about collected items
  (`다음과 같은 정보를 수집합니다:` followed by `성명, 연락처`), including one item per
  marked line (`1) 성명`, `2) 사원번호`); a line over its own sub-list names a group;
- enumerations inside a sentence that says they are collected (`… 이용기록, 접속로그
  등 생성정보를 수집합니다`, `받는 정보는 닉네임, 출생연도 등입니다`, `'A, B'와 같은 정보`).

A policy that says it uses cookies also collects the item 쿠키, unless a list already
names cookies in its own words; one that says it uses none collects no cookie item. A
CCTV section collects the footage under the policy's own name (영상정보, 개인영상정보).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from extractors import register
from extractors.entities import is_provider_name
from extractors.item_names import canonical_item
from extractors.parties import org_key, self_keys
from extractors.text_lists import (
    ItemPhrase,
    analyse,
    is_complete_item,
    is_known_item,
    item_key,
    lexicon,
    split_item_phrases,
    strip_parentheticals,
)
from pipeline.model import Block, PolicyDoc, Section, Table
from pipeline.nlp import NOUN_TAGS, is_nominal
from pipeline.sections import heading_category, heading_rank

# Items named only in these sections go to a third party or a processor.
_SKIPPED_SECTIONS = frozenset({"third_party", "processors", "overseas_transfer"})
# Sections where a sentence can name collected items (not security, rights, retention ...).
_SENTENCE_SECTIONS = frozenset({"items", "purpose", "children", "cookies", "behavioral_ads", "preamble", "other"})
# Sections whose plain lists are item lists even without an intro.
_ITEM_SECTIONS = frozenset({"items"})

_WS = re.compile(r"\s+")
# `\d{1,2}(?:\.\d{1,2}){1,3}`: a longer outline number is stripped in steps, not rescanned from each part.
_MARKER = re.compile(
    r"^\s*(?:[-–—•·ㆍ∙․‧*▶►▸▹‣◦▪▫■□◆◇○●◎※➢➤✓✔o]\s*|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+|\d{1,2}[.)]\s*|\(\d{1,2}\)\s*|"
    r"[가나다라마바사아자차카타파하ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ][.)]\s*|[a-hA-H][.)]\s+|"
    r"\([가나다라마바사아자차카타파하]\)\s*|[①-⑳]\s*|[ⅰ-ⅹ]+\)\s*|(?:첫|둘|셋|넷|다섯)째,\s*|제\s*\d+\s*[조장](?:의\s*\d+)?\s*)+")
_ENCLOSED = re.compile(r"^[\[【<〈《〔](.+?)[\]】>〉》〕]$")
_SENTENCE_END = re.compile(r"(?:[다요]|니다|세요)\s*[.。!]?\s*(?:[:：]\s*)?$|[음함됨임]\s*[.。]\s*$|[다요]\.\s")
# A line ending in a particle or a connective is a sentence cut by a line break, not a heading.
_OPEN_ENDING = re.compile(r"[을를이가은는에로와과도며고서등]$")
# Not collected: refused, kept only on the user's own device (`기기 안에 저장됩니다`), or only
# after a future consent (`추후 별도 동의를 받아 수집할 예정입니다`).
_NEGATED = re.compile(r"(?:수집|저장|처리|기록|보관|요구|받)\S{0,4}\s*(?:지\s*않|지\s*아니|않습니다|않으며|않는)|수집하지|"
                      r"(?:기기|단말기?|휴대폰|디바이스)\s*(?:안|내부?)에만?\s*(?:저장|보관)|"
                      r"(?:향후|추후)[^.。]{0,40}?수집|수집할\s*예정")
_COLLECT_VERB = re.compile(
    r"수집|저장|기록[되될된하]|보관(?:하|되|합)|받(?:게|습|는|아|으)|처리(?:하|되|합)|생성(?:되|될|됩|된)|입력|기재|"
    r"(?:요구|요청)(?:하|합|할|됩|될)")
# `다음과 같은 정보를 수집합니다`: a list of collected items follows (not `다음 용도로 사용`).
_ITEM_INTRO = re.compile(
    r"(?:다음|아래|하기)[^.。]{0,25}?(?:정보|항목|개인정보|데이터|것|을|를|은|는|이|가)[^.。]{0,30}?"
    r"(?:수집|처리(?:하|되|합|됩|된)|생성|저장|기록|보관|받)")
# What `다음의 …`/`아래와 같은 …` announces: `다음의 목적으로`, `아래의 방식으로` announce no items.
_ANNOUNCED = re.compile(r"(?:다음|아래|하기)\s*(?:각\s*호의?)?\s*(?:과|와)?\s*(?:같은|같이|의)?\s*(?P<noun>[가-힣]*)")
_NOT_ANNOUNCED_ITEMS = re.compile(r"방법|방식|목적|용도|경우|이유|사유|절차|기준|기간")
# Keeping, destroying or encrypting what is listed is no collecting of it.
_KEEPING_ONLY = re.compile(r"보존|보관|파기|암호화|기간|이유|사유")
_COLLECTS = re.compile(r"수집\s*(?:하|되|합|할|됩|된)")
_LIST_INTRO = re.compile(r"다음|아래|하기|같습니다|[:：]\s*$")
_ITEM_SUBJECT = re.compile(r"(?:정보|항목|데이터|종류)\s*(?:은|는|이|가)\s*$")
_COPULA_INTRO = re.compile(r"같습니다|같음|같다")
# A third party the data comes FROM (`제3자로부터 받은 정보`) is a source, not a recipient.
_THIRD_PARTY = r"제3자(?!\s*(?:로부터|으로부터|에게서))"
_NEGATIVE_TOPIC = re.compile(
    r"방법|목적|이용\s*기간|보유|보존|파기|" + _THIRD_PARTY + r"|제공받는\s*(?:자|기관|곳|업체)|제공하는|"
    r"위탁|수탁|국외|권리|거부|안전성|책임자|담당자|접근\s*권한|권한\s*(?:이용|안내|허용)|경우에는|"
    r"수집하지|저장하지|않습니다|않는\s*정보")
_POSITIVE_TOPIC = re.compile(
    r"(?:수집|처리|생성|저장|기록)\S{0,4}\s*(?:[가-힣]{1,6}\s*)?(?:정보|항목|데이터)|(?:개인정보|수집|처리)\s*(?:의\s*)?항목|"
    r"(?:필수|선택)\s*(?:수집\s*)?(?:항목|정보)|자동\s*(?:으로|적으로)?\s*(?:수집|생성)|항목$|"
    # `사용자가 제공하는 정보`: what the user gives the service (not what is given to a third party)
    r"(?:사용자|이용자|회원|고객|귀하|정보주체|여러분)(?:이|가|께서|님이|님께서)?\s*(?:직접\s*)?(?:제공|입력)하(?:는|신)\s*(?:개인\s*)?정보")
_NOT_COLLECTED_TOPIC = re.compile(r"수집하지|수집\s*예정|제공하는\s*항목|" + _THIRD_PARTY + r"|위탁|국외")
_AUTO = re.compile(r"자동")
_CONDITION_PREFIX = re.compile(r"^.*(?:경우|시|때)\s+(?=\S)")
# `회원가입 시`, `…의 경우`; `결제시` is handled with the action nouns (not 접속일시, 표시).
_TRAILING_WHEN = re.compile(r"(?:\s(?:시|시에|시에는)|할\s*때|의?\s*경우(?:에는)?)$")
# Particles and purpose words that end a context phrase: `회원 가입을 위한`, `서비스 이용 과정에서`.
# Tried from the start of a run of spaces only (here and in _DASH_REMARK), never from inside one.
_CONTEXT_TAIL = re.compile(r"(?<!\s)\s*(?:(?:을|를)\s*위한|에\s*관한|(?:(?:등의|의)\s*)?목적|시점에?|에서|으로부터|로부터|에)$")
_LABEL_NOISE = re.compile(r"\((?:필수|선택)\)|필수|선택|자동|수집(?:하는|되는)?|처리하는|개인정보|항목|정보|[\[\]()]")
_DASH_REMARK = re.compile(r"(?<!\s)\s+[—–-]{1,2}\s+")
# `- 선택항목 신용카드정보, …`, `- 수집방법 홈페이지`: a label word used without its colon.
_UNMARKED_LABEL = re.compile(
    r"^(?P<label>(?:필수|선택|수집)\s*(?:수집\s*)?항목|(?:개인정보\s*)?수집\s*방법)\s+(?![:：(]|및|또는)(?=\S)")
_BARE_REQUIREMENT = re.compile(r"^[\[(]?(필수|선택)[\])]?\s*(?:수집\s*)?(?:항목|정보|사항)?\s*[:：]?$")
_FIELD_LABEL = re.compile(r"(?:범위|대상|시점|기간|방법|목적|근거|사유|제한사항|저장\s*위치)$")
_NOT_DATA = re.compile(r"https?:|www\.|@\S+\.|^\d[\d\s\-~.:/]*$|\d{2,}-\d{3,}|→|>|\w\.(?:kr|com|net|org)\b")
# An address is tried from the start of a word and up to its first `@` only: trying `\S+@` from every
# letter of a long word rescanned the word each time (the matches are the same).
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<!\S)\S[^\s@]*@\S+\.\w+")
_ITEM_LABEL = re.compile(
    r"(?:항목|정보)\s*(?:\((?:필수|선택)\))?$|^\(?(?:필수|선택)\)?$|(?:필수|선택)\s*(?:수집\s*)?(?:항목|정보)|"
    r"수집\s*항목|자동\s*수집|처리\s*항목|항목\s*내용")
# Inline labels: `[필수항목]`, `(필수)` before a list, `label :` (`휴대전화(스마트폰) & 태블릿 :` is one label).
_LABEL = re.compile(
    r"[\[【<〈〔](?P<bracket>[^\[\]【】<>〈〉〔〕]{1,20})[\]】>〉〕]"
    r"|\((?P<paren>필수|선택)\)(?=\s*[^\s:：])"
    r"|(?P<colon>(?<![\w/])(?=[^/\s])(?:(?!\s/)[^:：\[\]\-,.()<>|]|\([^():：,]{1,20}\)){1,30}?(?:\([^():：]{1,20}\))?)"
    r"\s*[:：](?!\d|//)")
_LABEL_CHARS = re.compile(r"[\[【<〈〔:：]|\((?:필수|선택)\)")
# A person named with the items in parentheses: `신청자(이름, 이메일)` lists that person's items.
_PERSON_WITH_ITEMS = re.compile(r"(?:(?<=^)|(?<=,\s)|(?<=,))\s*(?P<person>[가-힣]+(?:자|인))\s*\((?P<items>[^()]*,[^()]*)\)")


@dataclass(frozen=True)
class _State:
    """What the current heading, intro or label says about the items that follow."""

    scope: bool | None = None  # True: an item list; False: not about collected items
    context: str | None = None
    required: bool | None = None
    auto: bool = False

    def under(self, other: _State | None) -> _State:
        """This state with the more specific ``other`` laid over it."""
        if other is None:
            return self
        return _State(
            scope=other.scope if other.scope is not None else self.scope,
            context=other.context or self.context,
            required=other.required if other.required is not None else self.required,
            auto=other.auto or self.auto,
        )


@dataclass
class _Reader:
    doc: PolicyDoc
    rows: dict[tuple[str, str | None], dict] = field(default_factory=dict)
    section: Section | None = None
    headings: list[tuple[float, _State]] = field(default_factory=list)
    intro: _State | None = None  # set by `다음과 같은 정보를 수집합니다:` until the list ends
    pending: _State | None = None  # set by a bare label (`필수항목:`) for the next lines
    last_list: tuple[Block, str] | None = None  # the block whose list gave the latest rows, and its last item
    heading_kind: str | None = None  # the list marker of the latest heading (`1.`): its siblings are headings too
    item_line_kind: str | None = None  # the list marker of the previous line, when it was an item
    after_next: Block | None = None  # the block after the one that follows the current block
    previous: Block | None = None  # the block before the current one in its section
    group_labels: set[str] = field(default_factory=set)  # keys of labels over lists (`로그인 정보: …`)
    listed_keys: set[str] = field(default_factory=set)  # keys of items read from lists, not from prose
    _section_texts: dict[int, str] = field(default_factory=dict)  # see _text_of

    def read(self) -> list[dict]:
        for section in self.doc.sections:
            if section.category in _SKIPPED_SECTIONS:
                self.section = None
                continue
            blocks = self.doc.section_blocks(section)
            carries_on = self.section is not None and not _opens_new_topic(blocks) and (
                section.category == self.section.category or (self.intro is not None and self.intro.scope))
            if not carries_on:
                # A section the splitter opened without a topic heading may cut a list in two
                # (`…, 쿠키, …` starts a cookies section, `< 환전 인증 시>` a sub-list): read on.
                self.headings, self.intro, self.pending, self.last_list = [], None, None, None
                self.heading_kind = self.item_line_kind = None
            self.section = section
            for i, block in enumerate(blocks):
                if block.table is not None:
                    self._read_table(block.table)
                    self.intro = self.pending = None
                else:
                    self.after_next = blocks[i + 2] if i + 2 < len(blocks) else None
                    self.previous = blocks[i - 1] if i else None
                    self._read_text(block, blocks[i + 1] if i + 1 < len(blocks) else None)
        self._drop_group_names()
        self._drop_own_name()
        self._settle_cookies()
        self._add_cctv_item()
        return list(self.rows.values())

    def _drop_group_names(self) -> None:
        """A name the policy uses as a label over a list (`로그인 정보: 닉네임, …`) is a group,
        also where a sentence names it later (`지출 기록과 로그인 정보는 암호화되며 …`)."""
        for key in [k for k in self.rows if k[0] in self.group_labels and k[0] not in self.listed_keys]:
            del self.rows[key]

    def _drop_own_name(self) -> None:
        """The organization's own name is never an item it collects (`사업자 정보: 가나(유)`,
        `< 가나> 은(는) 다음의 항목을 …`), nor a provider or its tool (`Google Analytics: 페이지뷰 … 수집`),
        unless the taxonomy knows the word as an item (카카오계정)."""
        own = self_keys(self.doc)
        for key in [k for k, row in self.rows.items()
                    if (org_key(row["item"]) in own or is_provider_name(row["item"])) and not is_known_item(row["item"])]:
            del self.rows[key]

    def _current(self) -> _State:
        state = _State(scope=True if self.section.category in _ITEM_SECTIONS else None)
        for _, heading in self.headings:
            state = state.under(heading)
        return state.under(self.intro).under(self.pending)

    # --- text blocks --------------------------------------------------------

    def _read_text(self, block: Block, following: Block | None) -> None:
        text, body = _text_and_body(block.text)
        if not text or self._continue_broken_word(block, text):
            return
        bare = _BARE_REQUIREMENT.match(body)
        if bare and re.search(r"[:：]$", body):
            # `필수 항목:` alone: its list follows on the next lines.
            self.pending = replace(self._current(), scope=True, required=bare.group(1) == "필수")
            return
        if bare:  # `필수 수집항목`, `선택`: a heading over what follows
            self._enter_heading(block, body)
            return
        item_part, remark = _split_remark(body)
        if remark is not None:
            if _FIELD_LABEL.search(strip_parentheticals(item_part)):
                return  # `공개 범위 — 같은 이벤트의 …`: a property of the data, not an item
            if _ITEM_LABEL.search(item_part):
                self._read_labelled([(item_part, remark)], block, text)
                return
        is_item_line = (self._in_intro_list(block, item_part, following)
                        or self._is_item_line(block, item_part, following))
        self.item_line_kind = _line_kind(block) if is_item_line else None
        if is_item_line:
            self._add_list(item_part, self._current(), block, text)
            return
        if self._continues_list(block, item_part, following):
            self._add_list(item_part, self._current(), block, text)
            return
        if self._is_heading(block, text, body) or self._is_group_name(block, item_part, following):
            self._enter_heading(block, body)
            return
        lead, colon, listed = body.rpartition(":")
        if colon and not self._current().scope and self._known_list(listed) and not _KEPT.search(lead):
            # `고지 사항 전달, …의 안내: 이메일, 주소, 전화번호`: known items after any lead are items.
            self._add_list(listed.strip(), self._current(), block, text)
            return
        if colon and listed.strip() and _is_sentence(lead + ":") and not _is_sentence(listed):
            # `다음의 정보가 자동으로 수집됩니다: 기기 식별자, 광고 ID`: an intro and its list on one line.
            self._read_sentence(lead, block)
            if self.intro is not None and self.intro.scope:
                self._add_list(listed.strip(), self._current(), block, text)
            return
        segments = _label_segments(body)
        if segments:
            self._read_labelled(segments, block, text)
        elif _is_sentence(item_part) or _BRACKETED_LIST.search(item_part):
            self._read_sentence(body, block)
        elif self._current().scope:
            self._add_list(item_part, self._current(), block, text)

    def _in_intro_list(self, block: Block, body: str, following: Block | None) -> bool:
        """A line of the list an intro sentence announced (`가. 접속일시` is an item there)."""
        if self.intro is None or not self.intro.scope or block.kind == "heading":
            return False
        if _is_sentence(body) or _label_segments(body) or _strip_when(body) is not None:
            return False
        if _POSITIVE_TOPIC.search(body) or _NEGATIVE_TOPIC.search(body):
            return False
        # `가. 구제급여 신청자 정보` over `- 필수항목 : 이름, …` names a group, not an item.
        return not self._heads_a_group(block, following)

    def _is_item_line(self, block: Block, body: str, following: Block | None) -> bool:
        """`1) 성명` followed by `2) 사원번호`: one item per marked line, not a sub-heading each."""
        kind = _line_kind(block)
        if block.kind == "heading" or kind is None or kind == self.heading_kind or not self._current().scope:
            return False  # a sibling of the heading above is a heading too
        if _is_sentence(body) or "," in body or _label_segments(body) or self._heads_a_group(block, following):
            return False
        if _POSITIVE_TOPIC.search(body) or _NEGATIVE_TOPIC.search(body) or heading_category(body):
            return False  # a list of topics (a table of contents), not of items
        return _strip_when(body) is None and is_item(body)

    def _continues_list(self, block: Block, body: str, following: Block | None) -> bool:
        """A bullet line right after a sibling bullet whose list gave items is one more list of items
        (`- 마지막 좌표 캐시 등 기기 로컬 저장 정보` after `- 최근 개인 검색 기록`), not a heading."""
        kind = _line_kind(block)
        if kind not in _BULLETS or block.kind == "heading" or not self._current().scope:
            return False
        if self.last_list is None or self.last_list[0] is not self.previous or _line_kind(self.previous) != kind:
            return False
        if _NEGATIVE_TOPIC.search(body) or heading_category(body):
            return False  # `- 쿠키의 설치·운영 및 거부`: the next topic, in a flattened outline
        return not (_is_sentence(body) or _label_segments(body) or self._heads_a_group(block, following))

    def _is_group_name(self, block: Block, body: str, following: Block | None) -> bool:
        """`교육관련정보` over `- 필수 : 성명, …`: a name over a marked sub-list, not an item."""
        if following is None or following.table is not None or _line_kind(following) is None:
            return False
        if "," in body or len(body) > 50 or _is_sentence(body) or _label_segments(body):
            return False
        return not _is_sentence(_line_body(following)) and self._heads_a_group(block, following)

    def _heads_a_group(self, block: Block, following: Block | None) -> bool:
        """A line followed by lines of its own, not by its next sibling or a higher heading."""
        if following is None:
            return False
        if following.table is not None:
            return True
        kind = _line_kind(block)
        if following.kind == "heading" or _line_kind(following) == kind:
            return False
        if kind in _BULLETS and _line_kind(following) is None and self.after_next is not None \
                and _line_kind(self.after_next) == kind:
            return False  # `- 주민등록번호` / `보험가입관련 정보` / `- …`: the next line names the next group
        next_rank = heading_rank(following)
        if next_rank is not None:
            rank = heading_rank(block)
            return rank is not None and next_rank > rank
        if _is_sentence(_line_body(following)):
            # A closing sentence (`위와 같이 수집되는 정보는 …`) after a run of item lines is no group body.
            return kind != self.item_line_kind
        return True

    def _is_heading(self, block: Block, text: str, body: str) -> bool:
        if _is_sentence(body):
            return False
        if block.kind == "heading" or _ENCLOSED.match(text):
            return True
        if "," in body or len(body) > 50 or _label_segments(body) or _OPEN_ENDING.search(body):
            return False
        return bool(_MARKER.match(text) or _POSITIVE_TOPIC.search(body) or _NEGATIVE_TOPIC.search(body))

    def _enter_heading(self, block: Block, body: str) -> None:
        rank = heading_rank(block)
        if rank is None:
            # An unmarked heading line is a sibling of the previous unmarked one, else it sits
            # just under the heading above it.
            unmarked = [r for r, _ in self.headings if r % 1]
            rank = unmarked[-1] if unmarked else (self.headings[-1][0] + 0.5 if self.headings else 5.5)
        while self.headings and self.headings[-1][0] >= rank:
            self.headings.pop()
        state = _heading_state(body)
        self.headings.append((rank, state))
        self.heading_kind = _line_kind(block)
        self.pending = None
        if state.scope is not None or (self.intro is not None and not self.intro.scope):
            self.intro = None  # a context heading (`< 회원 가입 시 >`) keeps an announced list going

    def _read_labelled(self, segments: Sequence[tuple[str | None, str]], block: Block, evidence: str) -> None:
        state = self._current()
        explicit = False
        for label, value in segments:
            if label is not None:
                kind, state = _apply_label(label, state)
                if kind == "excluded":
                    state = replace(state, scope=False)
                    continue
                if state.scope is not False and _is_described_item(label, value) or \
                        self.section.category in _ITEM_SECTIONS and _is_used_item(label, value):
                    # `휴대폰 번호: 로그인 인증 문자 발송에 사용`: the value says what the label is for.
                    self._emit_label(label, state, evidence)
                    continue
                # Outside the collection sections only a strong label (`수집항목`) opens a list:
                # `예약 정보 : 이용일로부터 6개월` in a retention section is a record and its period.
                weak = self.section.category in _RECORD_SECTIONS and not _STRONG_ITEM_LABEL.search(label)
                explicit = explicit or (kind == "item" and not weak)
                if kind == "item" and not weak:
                    state = replace(state, scope=True)
            bare = _BARE_REQUIREMENT.match(value)
            if bare:  # `[카카오계정] 필수`
                state = replace(state, scope=True, required=bare.group(1) == "필수")
                explicit = True
                continue
            if value and _is_sentence(value):
                # `중고 거래: 물품 사진, 희망 가격. 거래가 끝나면 …`: a list, then sentences.
                found = len(self.rows)
                if label is not None and _is_description(value) and self._labels_item(label, state, True):
                    self._emit_label(label, state, evidence)  # `커뮤니티 게시물: 포럼에 게시하는 콘텐츠.`
                    continue
                if state.scope:
                    value = self._add_leading_lists(value, state, block, evidence, explicit)
                if value:
                    before = set(self.rows)
                    self._read_sentence(value, block)  # `계정: 이때 수집되는 것은 …`
                    from_sentence = [key for key in self.rows if key not in before]
                    if label is not None and len(self.rows) - len(from_sentence) == found \
                            and len(from_sentence) <= 1 and self._labels_item(label, state):
                        # `기기 식별자: 앱이 임의로 생성하는 값이며 …`, `위치 데이터: … 위치를 수집합니다`:
                        # a sentence about the label (one item it names is the label said again).
                        for key in from_sentence:
                            del self.rows[key]
                        self._emit_label(label, state, evidence)
            elif value and label is not None and _is_description(value) and self._labels_item(label, state, True):
                # `충돌 보고서: 앱에서 오류 발생 시 기술 데이터.`: one phrase that describes the label.
                self._emit_label(label, state, evidence)
            elif value and (state.scope or self._known_list(value)):
                self._add_list(value, state, block, evidence, explicit=explicit)
            if label is not None and value and state.scope:
                self.group_labels.add(item_key(_label_item(label)))
        last_label, last_value = segments[-1]
        if last_label is not None and (not last_value or _BARE_REQUIREMENT.match(last_value)):
            # `필수항목:` alone: its list follows on the next lines.
            self.pending = replace(state, scope=True) if explicit and state.scope is not False else state

    @staticmethod
    def _labels_item(label: str, state: _State, described: bool = False) -> bool:
        """In a list of items, a label that is an item; one a whole value describes need not end in an
        item head (`충돌 보고서: 앱에서 오류 발생 시 기술 데이터.`)."""
        return bool(state.scope) and _names_item(label) and (described or is_complete_item(_label_item(label)))

    def _emit_label(self, label: str, state: _State, evidence: str) -> None:
        item = _label_item(label)
        self._emit(ItemPhrase(item), state, evidence)
        self.listed_keys.add(item_key(item))

    def _known_list(self, value: str) -> bool:
        """Mostly items the taxonomy knows, where the lines are not known to be about anything else
        (or in a purpose list, whose values may name the items each purpose uses)."""
        scope = self._current().scope
        if "," not in value or (scope is False and self.section.category != "purpose") \
                or self.section.category not in _SENTENCE_SECTIONS:
            return False
        phrases = split_item_phrases(value)
        known = sum(item_key(p.text) in lexicon().variant_keys for p in phrases)
        return known >= 2 and 2 * known >= len(phrases)

    def _read_sentence(self, body: str, block: Block) -> None:
        bracketed = _BRACKETED_LIST.search(body)
        if bracketed and _intro_scope(_sentences(body[: bracketed.start()])[-1]):
            # `다음과 같은 정보가 수집될 수 있습니다(접속 로그, 쿠키).`: the intro's list, in brackets after it.
            self._read_sentence(body[: bracketed.start()], block)
            self._add_list(bracketed[1], self._current(), block, body)
            self.intro = None
            return
        sentences = _sentences(body)
        last = sentences[-1] if sentences else body
        # The last sentence says what the next lines are: `다음 정보를 수집합니다:` announces items,
        # `다음 정보는 수집하지 않습니다:` or `다음의 목적으로 …` announces anything but.
        scope = _intro_scope(last)
        if scope:
            required = True if "필수" in last and "선택" not in last else (
                False if "선택" in last and "필수" not in last else None)
            self.intro = _State(scope=True, auto=bool(_AUTO.search(last)), required=required)
            self.pending = None
        else:
            self.intro = None if scope is None else _State(scope=False)
        if self.section.category not in _SENTENCE_SECTIONS or not _COLLECT_VERB.search(body):
            return
        state = self._current()
        for sentence in (clause for sentence in sentences for clause in _affirmed_clauses(sentence)):
            # Kiwi reads one sentence at a time; a run-on block of many clauses is not a list sentence.
            if len(sentence) <= _MAX_SENTENCE and _COLLECT_VERB.search(sentence):
                phrases, context = _sentence_list(sentence, single_known=self.section.category in _ITEM_SECTIONS)
                required = _SENTENCE_REQUIREMENT.search(sentence)
                sentence_state = replace(state, auto=state.auto or bool(_AUTO.search(sentence)),
                                         context=context or state.context,
                                         required=(required.group(1) == "필수") if required else state.required)
                self._add_phrases(phrases, sentence_state, block, sentence, prose=True)

    # --- lists ----------------------------------------------------------------

    def _add_leading_lists(self, value: str, state: _State, block: Block, evidence: str, explicit: bool) -> str:
        """The lists that open `value` before its first sentence (`물품 사진, 희망 가격. 거래가 끝나면 …`);
        returns the rest. A line that is no sentence is one list, whatever its full stops."""
        if not _is_sentence(value):
            self._add_list(value, state, block, evidence, explicit=explicit)
            return ""
        for piece in _sentences(value):
            if _is_sentence(piece):
                break
            self._add_list(piece.rstrip(". "), state, block, evidence, explicit=explicit)
            value = value[value.find(piece) + len(piece):].lstrip(". ")
        return value

    def _add_list(self, value: str, state: _State, block: Block, evidence: str, explicit: bool = False) -> None:
        value, remark = _split_remark(value)
        if remark is not None and _FIELD_LABEL.search(strip_parentheticals(value)):
            return
        if _is_sentence(value) or _is_purpose_phrase(value):
            return
        value = _PERSON_WITH_ITEMS.sub(lambda m: m["items"], _URL.sub(" ", value))
        self._add_phrases(split_item_phrases(value), state, block, evidence, explicit)

    def _add_phrases(self, phrases: list[ItemPhrase], state: _State, block: Block, evidence: str,
                     explicit: bool = False, prose: bool = False) -> None:
        good = [p for p in phrases if is_item(p.text, listed=explicit)]
        # A list that is mostly not data items (purposes, methods) is no item list; a labelled
        # list (`필수항목: …`) may be half noise, an unlabelled one must be mostly items.
        mostly_items = 2 * len(good) >= len(phrases) if explicit else 2 * len(good) > len(phrases)
        if not good or not mostly_items:
            return
        for phrase in good:
            self._emit(phrase, state, evidence)
            if not prose:
                self.listed_keys.add(item_key(phrase.text))
        self.last_list = (block, phrases[-1].text)

    def _continue_broken_word(self, block: Block, text: str) -> bool:
        """`… 자동이체신청` + next line `서, 서비스 이용기록`: a word cut by a stray line break."""
        m = re.match(r"^([가-힣]),\s*(.+)$", text)
        if not m or self.last_list is None or _is_sentence(m[2]):
            return False
        previous, last_item = self.last_list
        if previous is block or not _WS.sub(" ", previous.text).rstrip().endswith(last_item):
            return False
        # Only a fragment that is no item by itself is a cut word (`자동이체신청`, not `이름` + `성`).
        if is_item(last_item) and item_key(last_item + m[1]) not in lexicon().variant_keys:
            return False
        row = next(reversed(self.rows.values()))
        self.rows.pop((item_key(last_item), row["context"]), None)
        state = _State(scope=True, context=row["context"], required=row["required"], auto=row["auto_collected"])
        self._add_list(last_item + m[1] + ", " + m[2], state, block, row["evidence"] + " " + text)
        return True

    # --- tables ---------------------------------------------------------------

    def _read_table(self, table: Table) -> None:
        header = table.header
        if not header:
            self._read_label_table(table, 0)
            return
        if _is_key_value_table(table):
            self._read_label_table(table, table.n_header_rows)
            return
        if _is_grouped_list_table(table):
            self._read_label_table(table, table.n_header_rows, groups=True)
            return
        if re.search(r"제공\s*받|공유\s*받|수탁|위탁\s*받|이전\s*받", " ".join(header)) or _is_statutory_table(header):
            return
        item_cols = [i for i, h in enumerate(header) if _is_item_column(h)]
        if not item_cols:
            return
        # The row's label (구분, 서비스, 목적 …) comes before its items; a 목적 column after them is a remark.
        context_col = next((i for i, h in enumerate(header[: item_cols[0]]) if _CONTEXT_COLUMN.search(h)), None)
        strong = any(_STRONG_ITEM_COLUMN.search(header[i].replace(" ", "")) for i in item_cols)
        # `목적 | 항목` in the purpose section: the items each purpose processes.
        per_purpose = self.section.category == "purpose" and context_col is not None
        if not (strong or per_purpose or self._current().scope):
            return
        required_col = next((i for i, h in enumerate(header) if i not in item_cols and re.search(r"필수|선택", h)), None)
        if required_col == context_col:
            context_col = None
        base = replace(self._current(), scope=True)
        for r in range(table.n_header_rows, len(table.rows)):
            row = table.rows[r]
            state = base
            for col in (context_col, required_col):
                if col is not None and col < len(row):
                    state = _apply_cell_context(row[col], state)
            evidence = table.row_text(r)
            for col in item_cols:
                if col < len(row) and row[col].strip():
                    self._read_cell(row[col], _apply_column_header(header[col], state), evidence)

    def _read_cell(self, cell: str, state: _State, evidence: str) -> None:
        block = Block(kind="table", text=cell)
        # Lines of a cell (<br>) are separate lists; a label on one line holds for the next ones.
        for line in filter(None, (_MARKER.sub("", _WS.sub(" ", line)).strip() for line in cell.splitlines())):
            bare = _BARE_REQUIREMENT.match(line)
            if bare:  # `․ 필수항목` on its own line, its list on the next (`: 이름, …`)
                state = replace(state, required=bare[1] == "필수", scope=True)
                continue
            line = line.lstrip(":： ")
            for label, value in _label_segments(line) or [(None, line)]:
                if label is not None:
                    kind, state = _apply_label(label, state)
                    state = replace(state, scope=kind != "excluded")
                    if state.scope and _is_described_item(label, value):
                        self._emit_label(label, state, evidence)  # `신용거래정보 : … 등에 관한 사항`
                        continue
                if value and state.scope:
                    # `상품 ID, 수량. 카드번호 등 결제수단 정보는 수집하지 않습니다.`: a list, then a sentence.
                    self._add_leading_lists(value, state, block, evidence, explicit=True)

    def _read_label_table(self, table: Table, first_row: int, groups: bool = False) -> None:
        """Rows `수집항목 | 이름, 연락처` (no header row, or a `항목 | 내용` header) are labelled lines;
        with `groups`, every row's first cell names a group (`푸시 | 기기 토큰, 플랫폼`) of the items after it."""
        for r in range(first_row, len(table.rows)):
            cells = [c.strip() for c in table.rows[r]]
            if len(cells) < 2 or not cells[0]:
                continue
            kind, state = _apply_label(_WS.sub(" ", cells[0]), self._current())
            if kind == "item" or groups and kind == "context":
                self._read_cell("\n".join(c for c in cells[1:] if c), replace(state, scope=True), table.row_text(r))

    # --- rows -----------------------------------------------------------------

    def _emit(self, phrase: ItemPhrase, state: _State, evidence: str, section: Section | None = None) -> None:
        """A row for `phrase`, read in `section` (default: the one being read)."""
        item = phrase.text
        context = _owner_context(phrase.owner) or state.context
        key = (item_key(item), context)
        row = self.rows.get(key)
        if row is not None:
            if row["required"] is None:
                row["required"] = state.required
            return
        norm, category = normalize(item)
        self.rows[key] = {
            "section_no": (section or self.section).section_no,
            "evidence": evidence,
            "item": item,
            "item_norm": norm,
            "item_category": category,
            "required": state.required,
            "context": context,
            "auto_collected": bool(state.auto or category in ("log", "device")),
        }

    def _add_cctv_item(self) -> None:
        """A CCTV section collects the footage, under the name the policy gives it (영상정보, 화상정보)."""
        if any(_FOOTAGE.search(row["item"]) for row in self.rows.values()):
            return
        found = _cctv_footage(self.doc, self._text_of)
        if found is not None:
            section, item, evidence = found
            self._emit(ItemPhrase(item), _State(scope=True, auto=True), evidence, section)

    def _settle_cookies(self) -> None:
        """One cookie item, in the policy's own wording: the first a list names, else 쿠키 when the
        policy says it uses cookies; none when it says it uses no cookies."""
        not_used = _cookies_not_used(self.doc, self._text_of)
        cookie_keys = [key for key, row in self.rows.items() if "쿠키" in row["item"]]
        kept = cookie_keys[0][0] if cookie_keys and not not_used else None
        for key in cookie_keys:
            if key[0] != kept:
                del self.rows[key]
        if not_used or cookie_keys:
            return
        found = _cookie_use(self.doc, self._text_of)
        if found is not None:
            section, sentence = found
            self._emit(ItemPhrase("쿠키"), _State(auto=True), sentence, section)

    def _text_of(self, section: Section) -> str:
        """A section's text on one line, worked out once for the checks that read whole sections."""
        if section.section_no not in self._section_texts:
            self._section_texts[section.section_no] = _WS.sub(" ", self.doc.section_text(section))
        return self._section_texts[section.section_no]


# --- labels and headings ---------------------------------------------------------


@lru_cache(maxsize=16384)
def _text_and_body(line: str) -> tuple[str, str]:
    """A line on one line, and its body: without its list marker, an unmarked label given its colon."""
    text = _WS.sub(" ", line).strip()
    return text, _UNMARKED_LABEL.sub(r"\g<label> : ", _MARKER.sub("", text).strip(), count=1)


def _line_body(block: Block) -> str:
    return _MARKER.sub("", _WS.sub(" ", block.text)).strip()


_BULLETS = frozenset(["li", *"-–—•·ㆍ∙․‧*▶►▸▹‣◦▪▫■□◆◇○●◎※➢➤✓✔"])
_NOT_A_MARKER = re.compile(r"^\s*(?:\*\*|[-=_*]{3,})")  # **bold**, --- rules


def _line_kind(block: Block) -> str | None:
    """The shape of a line's list marker (`1)`, `가.`, `①`, `-`; `li` for a bullet the cleaner
    removed), to tell siblings from sub-lines; None for a plain line."""
    m = _MARKER.match(block.text)
    if not m or _NOT_A_MARKER.match(block.text):
        return "li" if block.kind == "list_item" else None
    return _marker_shape(m.group().strip())


@lru_cache(maxsize=1024)
def _marker_shape(marker: str) -> str:
    kind = re.sub(r"[①-⑳]", "①", re.sub(r"[ㄱ-ㅎ]", "ㄱ", re.sub(r"[가-힣]", "가", marker)))
    return re.sub(r"\d+", "1", kind)


def _opens_new_topic(blocks: list[Block]) -> bool:
    """The section starts with a heading that names a topic (not a mere occasion like `< 환전 인증 시>`)."""
    first = next((b for b in blocks if b.text.strip()), None)
    if first is None or first.table is not None:
        return True
    text = _WS.sub(" ", first.text).strip()
    if not (first.kind == "heading" or heading_rank(first) is not None or _ENCLOSED.match(text)):
        return False
    return _heading_state(_MARKER.sub("", text).strip()).scope is not None

_STRONG_ITEM_COLUMN = re.compile(r"(?:수집|개인정보|처리|기록되는|필수|선택)\S*항목|수집하는|수집정보")
_REQUIRED_FLAG_COLUMN = re.compile(r"(?:구분)?\(?(?:필수|선택)(?:[/·,]?(?:필수|선택))?\)?(?:여부|구분)?")
_CONTEXT_COLUMN = re.compile(r"구분|분류|서비스|업무|파일|명칭|대상|단계|유형|시점|목적")


def _is_key_value_table(table: Table) -> bool:
    """`항목 | 내용` over `필수항목 | 아이디, 학교명`: the first column labels the items in the next."""
    body = [row for row in table.body if row and row[0].strip()]
    if not body or len(table.header) < 2 or not _is_item_column(table.header[0]):
        return False
    return all(_BARE_REQUIREMENT.match(_WS.sub(" ", row[0]).strip()) or _ITEM_LABEL.search(row[0]) for row in body)


_CONTENT_COLUMN = re.compile(r"^(?:세부|상세)?\s*(?:내용|항목|내역)$|^상세$|^예시$")


def _is_grouped_list_table(table: Table) -> bool:
    """`항목 | 내용` whose second column lists items (`접속 정보 | IP 주소, 접속일시`): the first column
    names the groups, whatever its words, and the lists are the items."""
    header = [_WS.sub(" ", h).strip() for h in table.header]
    body = [row for row in table.body if len(row) >= 2 and row[0].strip()]
    if len(header) != 2 or not body or not _is_item_column(header[0]) or not _CONTENT_COLUMN.match(header[1]):
        return False
    return 2 * sum(len(_LIST_SEPARATOR.split(row[1])) >= 2 for row in body) > len(body)


_LIST_SEPARATOR = re.compile(r"[,，、·ㆍ]")


def _is_statutory_table(header: list[str]) -> bool:
    """관련법률 | 목적 | 수집항목 | 보유기간: what a law makes the organization keep, not what it collects."""
    labels = [h.replace(" ", "") for h in header]
    return (any(re.search(r"(?:관련|근거|관계)법|법령|법률|^근거", h) for h in labels)
            and any(re.search(r"보유|보존|보관|이용기간", h) for h in labels))


def _is_item_column(header: str) -> bool:
    h = header.replace(" ", "")
    if _REQUIRED_FLAG_COLUMN.fullmatch(h) or re.search(r"제공|위탁|이전|보존|보관|파기|전송", h):
        return False
    if re.search(r"(?:단계|경우|구분|분류|대상|상황|때)$", h):
        return False  # `정보를 수집하는 단계`: the occasion, not the items
    if re.search(r"목적|기간|근거|방법|시점", h):
        return bool(re.search(r"수집항목|개인정보항목|처리항목", h))
    return bool(re.search(r"항목|수집정보|수집하는|처리하는|기록되는|필수|선택", h))


@lru_cache(maxsize=16384)  # a line is asked for its labels by several checks
def _label_segments(text: str) -> tuple[tuple[str | None, str], ...]:
    """`[필수] 이름, 아이디 [선택] 주소` → ((필수, '이름, 아이디'), (선택, '주소')); () when no label."""
    if not _LABEL_CHARS.search(text):  # the label pattern is slow; most lines have none of its marks
        return ()
    matches = [m for m in _LABEL.finditer(text) if _plausible_label(text, m)]
    if not matches:
        return ()
    segments: list[tuple[str | None, str]] = []
    lead = text[: matches[0].start()].strip(" -–—:")
    if lead:
        segments.append((None, lead))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        label = (m.group("bracket") or m.group("paren") or m.group("colon") or "").strip()
        segments.append((label, text[m.end():end].strip(" -–—,/|")))
    return tuple(segments)


def _plausible_label(text: str, m: re.Match) -> bool:
    if m.group("bracket") is not None:
        # `[필수항목] 이름` or `<회원가입 시> 필수: …`, not a placeholder inside a sentence (`<기관명>은(는)`).
        after = text[m.end(): m.end() + 1]
        if text[: m.start()].rstrip().endswith((">", "›", "→")):
            return False  # a step of a menu path: `[도구] > [인터넷 옵션] > [개인정보]`
        return not after or after in " :：" or bool(re.search(r"필수|선택|항목|정보", m.group("bracket")))
    if m.group("paren") is not None:
        # `(필수) 성명, …` opens a list; `위치 기반 기록(선택), 사진` is a remark on one entry.
        return not text[: m.start()].strip() or text[: m.start()].rstrip().endswith((":", "："))
    if m.group("colon") is None:
        return True
    if text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
        return False  # `텍스트(예: 운동 목표)`: a colon inside a parenthetical
    label = _MARKER.sub("", m.group("colon")).strip()
    # A label is a short noun phrase, not the end of a sentence (`…다음과 같습니다:`).
    return bool(label) and len(strip_parentheticals(label)) <= 30 and not _is_sentence(label) and not re.search(r"(?:니다|같이|같은)$", label)


# What a value says when it describes its label instead of listing data.
_DESCRIPTION = re.compile(
    r"(?:에\s*관한|에\s*대한|관련)\s*사항\s*\.?$|(?:을|를)\s*말(?:함|합니다)\s*\.?$|"
    r"(?:에|으로|로|용으로|위해|위하여)\s*(?:사용|활용|이용|표시)(?:됨|함|합니다|됩니다|되며|하며)?\s*\.?$")
_KEPT = re.compile(r"보존|보관|파기|제공|위탁|기간")
_REQUIREMENT_WORDS = re.compile(r"필수|선택|수집|항목|처리|자동")
_STRONG_ITEM_LABEL = re.compile(r"필수|선택|수집|처리\s*항목|항목\s*내용|개인\s*정보\s*항목")
# Sections that name records (what is kept, destroyed or secured), not what is collected.
_RECORD_SECTIONS = frozenset({"retention", "destruction", "security", "rights", "officer", "remedies"})


def _label_item(label: str) -> str:
    return strip_parentheticals(_MARKER.sub("", label)).strip()


def _names_item(label: str) -> bool:
    """A label that is itself an item (`휴대폰 번호`, `보험계약정보`), not a requirement or an occasion."""
    item = _label_item(label)
    return not _REQUIREMENT_WORDS.search(label) and _strip_when(item) is None and is_item(item)


def _is_described_item(label: str, value: str) -> bool:
    """`보험계약정보 : … 등에 관한 사항`, `프로필 이름: 친구 목록에 표시`: the label is the item."""
    return bool(value) and bool(_DESCRIPTION.search(value)) and _names_item(label)


def _is_description(value: str) -> bool:
    """One phrase that describes rather than lists: a clause inside it (`포럼에 게시하는 콘텐츠`) or a full stop."""
    bare = strip_parentheticals(value).strip()
    if not bare or re.search(r"[,，、;/·ㆍ]|\s(?:및|또는)\s", bare):
        return False
    # Kiwi finds a particle or an ending in a clause (`포럼에 게시하는`), none in `카메라 권한`.
    return bare.endswith(".") or any(part[0] in "JE" for word in analyse(bare) for part in word.tag_.split("+") if part)


def _is_used_item(label: str, value: str) -> bool:
    """`이메일 주소: 회원가입, 본인 확인`, `닉네임: 서비스 내 표시`: a value that lists what the label is
    used for (mostly no items, no sentence) leaves the label as the item."""
    if not value or _is_sentence(value) or not _names_item(label):
        return False
    pieces = [p.split() for p in re.split(r"[,，、;]", strip_parentheticals(value)) if p.strip()]
    uses = sum(_ends_in_action(words[-1]) and not is_item(" ".join(words)) for words in pieces)
    return bool(pieces) and 2 * uses > len(pieces)


def _apply_label(label: str, state: _State) -> tuple[str, _State]:
    """What a label says: ('excluded' | 'item' | 'context', the state for its values)."""
    label = _MARKER.sub("", label).strip()
    required = state.required
    if "필수" in label and "선택" not in label:
        required = True
    elif "선택" in label and "필수" not in label:
        required = False
    auto = state.auto or bool(_AUTO.search(label))
    plain = re.sub(r"\((?:필수|선택)\)", "", label).strip()
    # `상담 과정에서 정보주체로부터 수집:` says what follows is collected, whatever words precede it.
    if _excluded_label().search(plain) and not re.search(r"필수|선택|수집\s*항목|자동|수집(?:됨|되는|하는)?$", label):
        return "excluded", replace(state, required=required, auto=auto)
    kind = "item" if _ITEM_LABEL.search(label) or required != state.required else "context"
    context = _context_from_label(plain) or state.context
    return kind, replace(state, required=required, auto=auto, context=context)


def _context_from_label(label: str) -> str | None:
    text = _WS.sub(" ", _LABEL_NOISE.sub(" ", strip_parentheticals(label))).strip()
    if re.search(r"\s(?:경우|시|때)\s+\S", text):
        text = _CONDITION_PREFIX.sub("", text)
    stripped = _strip_when(text)
    text = _CONTEXT_TAIL.sub("", text if stripped is None else stripped).strip(" ,.:*?")
    return text or None


def _strip_when(text: str) -> str | None:
    """`회원가입 시` → 회원가입, `신용카드 결제시` → 신용카드 결제; None when the text names no occasion."""
    m = _TRAILING_WHEN.search(text)
    if m:
        return text[: m.start()].strip()
    if text.endswith("시") and text[:-1].endswith(_action_nouns()):
        return text[:-1].strip()
    return None


def _apply_cell_context(cell: str, state: _State) -> _State:
    value = _WS.sub(" ", cell).strip()
    bare = _BARE_REQUIREMENT.match(value)
    if bare:
        return replace(state, required=bare.group(1) == "필수")
    if re.fullmatch(r"자동(?:\s*(?:수집|생성))?(?:\s*정보)?", value):
        return replace(state, auto=True)
    return replace(state, context=_context_from_label(value) or state.context, auto=state.auto or "자동" in value)


def _apply_column_header(header: str, state: _State) -> _State:
    if "필수" in header and "선택" not in header:
        return replace(state, required=True)
    if "선택" in header and "필수" not in header:
        return replace(state, required=False)
    return state


def _heading_state(body: str) -> _State:
    text = _ENCLOSED.sub(r"\1", body).strip()
    bare = _BARE_REQUIREMENT.match(text)
    if bare:
        return _State(scope=True, required=bare.group(1) == "필수")
    if _NOT_COLLECTED_TOPIC.search(text):
        scope = False
    elif _POSITIVE_TOPIC.search(text):
        scope = True
    elif _NEGATIVE_TOPIC.search(text):
        scope = False
    else:
        scope = None
    required = None
    if "필수" in text and "선택" not in text:
        required = True
    elif re.search(r"\(선택\)|선택\s*(?:항목|정보)", text) and "필수" not in text:
        required = False
    context = None
    if scope is not False:
        # (`\S{0,8}`: bounded, so a heading of one endless word is scanned once)
        topic = re.split(r"(?:수집|처리|생성|기록|저장)\S{0,8}\s*(?:하는|되는)?\s*(?:개인)?\s*(?:정보|항목)|"
                         r"(?:개인정보\s*)?(?:수집\s*)?항목|자동", text)[0]
        context = _context_from_label(topic)
    return _State(scope=scope, context=context, required=required, auto=bool(_AUTO.search(text)))


def _split_remark(text: str) -> tuple[str, str | None]:
    """`이메일 주소 — 인증 및 계정 복구용` → (이메일 주소, the remark). A dash inside a parenthetical
    (`계좌 정보(은행명, 예금주 - 환불 시)`) is part of it."""
    depth = start = 0
    for m in _DASH_REMARK.finditer(text):
        depth += _opened(text, start, m.start())
        start = m.start()
        if depth <= 0:
            return text[:m.start()], text[m.end():]
    return text, None


def _opened(text: str, start: int, end: int) -> int:
    """Brackets opened and not closed in text[start:end]."""
    return sum(text.count(c, start, end) for c in "(（") - sum(text.count(c, start, end) for c in ")）")


def _owner_context(owner: str | None) -> str | None:
    if not owner:
        return None
    return re.sub(r"^.*(?:경우|시|때)\s+", "", owner).strip() or None


def _is_purpose_phrase(text: str) -> bool:
    """`… 추정을 통한 맞춤형 컨텐츠 추천 및 마케팅에 활용`: a nominalised purpose, not a list."""
    words = strip_parentheticals(text).split()
    if not words or not words[-1].endswith(_action_nouns()):
        return False
    return bool(re.search(r"[가-힣](?:을|를|에|에게|으로|로|의)\s|등의\s|위한|통한", text))


# --- sentences ----------------------------------------------------------------------

_MAX_SENTENCE = 400
# `… 휴대전화번호를 필수항목으로 수집합니다`
_SENTENCE_REQUIREMENT = re.compile(r"(필수|선택)\s*(?:항목|정보|사항)?\s*(?:으로|로)\s")
_QUOTED_LABEL = re.compile(r"(['\"’”])\s*항목")
_QUOTES = re.compile(r"['\"‘’“”「」『』]")
_SENTENCE_SPLIT = re.compile(r"(?<=[다요])\.\s+|(?<=[.!?])\s+(?=[가-힣A-Z])")
_CHAIN_JOINERS = frozenset({",", "및", "또는", "혹은", "/", "·", "ㆍ", "∙"})
_VERB_WINDOW = 12  # words between the end of an enumeration and its collecting verb
_POINTERS = frozenset({"다음", "아래", "하기", "위", "상기"})
_COLLECTING_WORD = re.compile(r"^(?:수집|생성|저장|기록|받|처리|보관|입력|제공받|기재|요구|요청)")
_NOT_THE_OBJECT = re.compile(r"^(?:목적|용도|방법|통하|통해|거치|거쳐|위하|위해|위한|경우|승인|동의|요청|요구|암호화|따라|따른|의거|근거)")


def _intro_scope(sentence: str) -> bool | None:
    """What an intro sentence says of the lines after it: True (items), False (anything but), None."""
    if _NEGATED.search(sentence):
        return False  # `다음 정보는 수집하지 않습니다:`
    announced = _ANNOUNCED.search(sentence)
    if announced and _NOT_ANNOUNCED_ITEMS.match(announced["noun"]):
        return False  # `다음의 목적으로 …`, `다음의 방식으로 개인정보를 수집합니다`
    if _ITEM_INTRO.search(sentence) and not (_KEEPING_ONLY.search(sentence) and not _COLLECTS.search(sentence)):
        return True
    if not _LIST_INTRO.search(sentence):
        return None
    # `수집하는 정보는 다음과 같습니다`: the head of its subject says what the list holds.
    subject = sentence[: announced.start()] if announced else ""
    return bool(_COPULA_INTRO.search(sentence) and _ITEM_SUBJECT.search(subject)) and not (
        _NEGATIVE_TOPIC.search(subject) or _KEEPING_ONLY.search(subject))


_BRACKETED_LIST = re.compile(r"(?<=[다요])\.?\s*[(（]([^()（）]+,[^()（）]+)[)）]\s*\.?$")
_ANAPHOR = re.compile(r"이를|이는|이것|해당\s*정보|그\s*정보|위\s*정보")
_CLAUSE_END = re.compile(r"(?<=[며고나만]),\s+")


def _affirmed_clauses(sentence: str) -> list[str]:
    """`이름, 연락처를 수집하며, 주민등록번호는 수집하지 않습니다`: the clauses that are not negated."""
    if not _NEGATED.search(sentence):
        return [sentence]
    clauses = _CLAUSE_END.split(sentence)
    negated = [clause for clause in clauses if _NEGATED.search(clause)]
    if any(_ANAPHOR.search(clause) for clause in negated):
        return []  # `… 결제정보는 대행사가 처리하며, 회사는 이를 보관하지 않습니다`: the negation is about them
    return [clause for clause in clauses if clause not in negated]


def _sentences(text: str) -> list[str]:
    # `…수집될 수 있습니다. :` ends with its sentence, not with a bare colon.
    return [s.strip() for s in _SENTENCE_SPLIT.split(text) if re.search(r"\w", s)]


@lru_cache(maxsize=16384)
def _is_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.strip()))


_JOINED = re.compile(r",|및|또는|(?<=[가-힣])(?:과|와)\s")  # what joins the items of an enumeration


def _sentence_list(sentence: str, single_known: bool = False) -> tuple[list[ItemPhrase], str | None]:
    """The enumeration a collecting sentence names, and the condition in front of it (`회원가입 시`).

    It is a noun chain ended by 등 or a case particle and followed closely by the collecting
    verb; Kiwi tells the nouns from the rest. A single item counts only where ``single_known``
    allows it and the taxonomy knows it (`이메일 주소만 수집합니다`).
    """
    phrases, context = _sentence_list_of(sentence, single_known)
    return list(phrases), context


@lru_cache(maxsize=8192)  # policies repeat their template sentences
def _sentence_list_of(sentence: str, single_known: bool) -> tuple[tuple[ItemPhrase, ...], str | None]:
    # `"방문일시", "IP"항목을 수집`: 항목 glued to the last quoted item names the list, not the item.
    text = _QUOTES.sub("", _QUOTED_LABEL.sub(r"\1", strip_parentheticals(sentence)))
    if not _JOINED.search(text) and not single_known:
        return (), None
    tokens = analyse(text)
    best: tuple[int, int] | None = None
    i = 0
    while i < len(tokens):
        if not _chain_token(tokens, i):
            i += 1
            continue
        j = i
        while j < len(tokens) and _chain_token(tokens, j):
            j += 1
        start = i
        while start < j and tokens[start].text in _CHAIN_JOINERS:
            start += 1
        # `아래와 같은 정보를 수집`: a chain ending in 아래/다음 points at a list, it is none.
        if start < j and tokens[j - 1].text not in _POINTERS and not _announced_by_pointer(tokens, start) and (
                _collected_after(tokens, j) or _collected_before(tokens, start, j)):
            chunk = text[tokens[start].idx: tokens[j - 1].idx + len(tokens[j - 1])]
            if _JOINED.search(chunk) or (single_known and item_key(chunk) in lexicon().variant_keys):
                best = (start, j)
        i = j
    if best is None:
        return (), None
    start, end = best
    # The first entry may carry a condition: `회원가입 시 이름` → 이름, in the context 회원가입.
    context = None
    first_joiner = next((k for k in range(start, end) if tokens[k].text in _CHAIN_JOINERS or tokens[k].tag_ == "JC"), end)
    for k in range(first_joiner - 1, start - 1, -1):
        if tokens[k].text in _condition_nouns():
            context = text[tokens[start].idx: tokens[k].idx].strip() or None
            start = k + 1
            break
    if start >= end:
        return (), None
    context = context or _condition_before(text, tokens, start)
    return tuple(split_item_phrases(text[tokens[start].idx: tokens[end - 1].idx + len(tokens[end - 1])])), context


def _announced_by_pointer(tokens, start: int) -> bool:
    """`아래와 같은 기기 정보를 수집`: the noun after 다음과 같은/아래의 names the list below, it is no item."""
    before = [t.text for t in tokens[max(0, start - 3): start]]
    return bool(before) and (before[-2:] == ["같", "은"] or (before[-1] == "의" and before[-2:-1] in (["다음"], ["아래"])))


def _condition_before(text: str, tokens, start: int) -> str | None:
    """`회원가입 시에 아이디, …`: the occasion named just before the enumeration."""
    k = start - 1
    while k >= 0 and tokens[k].tag_ in ("JKB", "JX", "JKB+JX") and tokens[k].text in ("에", "에는", "에도", "는", "도"):
        k -= 1
    if k < 1 or tokens[k].text not in _condition_nouns():
        return None
    first = k
    while first > 0 and is_nominal(tokens[first - 1]):
        first -= 1
    return text[tokens[first].idx: tokens[k].idx].strip() or None


def _chain_token(tokens, k: int) -> bool:
    token = tokens[k]
    tags = token.tag_.split("+")
    if token.text in _CHAIN_JOINERS or tags == ["JC"]:
        return True
    if tags == ["JKG"]:  # 의 between two nouns (법정대리인의 성명)
        return k + 1 < len(tokens) and all(t in NOUN_TAGS for t in tokens[k + 1].tag_.split("+"))
    return token.text != "등" and is_nominal(token)


def _collected_before(tokens, start: int, end: int) -> bool:
    """`수집하는 개인정보는 이름, 이메일입니다`, `수집되는 것은 로그인 식별자뿐이며`: the verb comes first."""
    if start == 0 or tokens[start - 1].tag_ != "JX":
        return False
    if not any(_COLLECTING_WORD.match(t.text) for t in tokens[max(0, start - 8): start]):
        return False
    if end < len(tokens) and tokens[end].text == "등":  # `… 관심 지역 등입니다`
        end += 1
    return end == len(tokens) or tokens[end].tag_.split("+")[0] in ("VCP", "JX", "EF", "SF")


def _anchor(tokens, k: int) -> bool:
    """What ends an enumeration in a sentence: 등, a subject/object/topic particle, or 와 같은."""
    token = tokens[k]
    if token.text in ("와", "과") and k + 1 < len(tokens) and tokens[k + 1].text.startswith("같"):
        return True
    return token.text.startswith("등") or token.tag_.split("+")[0] in ("JKS", "JKO", "JX")


def _collected_after(tokens, k: int) -> bool:
    """The enumeration is what the sentence collects: it ends in 등 or a particle and a collecting
    verb follows within a few words (`… 등 생성정보를 수집`), not a purpose or means
    (`… 등의 목적으로 처리`, `… 절차를 통해 수집`)."""
    if k >= len(tokens) or not _anchor(tokens, k):
        return False
    for token in tokens[k: k + _VERB_WINDOW]:
        if _COLLECTING_WORD.match(token.text):
            return True
        if _NOT_THE_OBJECT.match(token.text):
            break
    return _topic_of_collecting_end(tokens, k)


def _topic_of_collecting_end(tokens, k: int) -> bool:
    """`이름, 비밀번호 등의 정보는, 방침에 동의하는 경우 수집됩니다`: the enumeration is the topic (은/는)
    of the sentence, and the sentence ends in a collecting verb, whatever clause comes between."""
    topic = next((i for i in range(k, min(k + 4, len(tokens))) if tokens[i].tag_ == "JX"), None)
    if topic is None or tokens[topic].text not in ("은", "는"):
        return False
    end = len(tokens)
    while end > topic + 1 and tokens[end - 1].tag_.split("+")[0] in ("SF", "SP", "EF", "XSV", "VX", "EP", "EC"):
        end -= 1
    rest = tokens[topic + 1: end]
    # the last verb noun, or the first of two joined ones (`수집 및 게재됩니다`)
    verbs = [rest[-1]] + ([rest[-3]] if len(rest) >= 3 and rest[-2].text in ("및", ",") else [])
    return any(_COLLECTING_WORD.match(v.text) for v in verbs) and not any(t.tag_ == "JX" for t in rest)


# --- item checks --------------------------------------------------------------------

_PARTICLE_INSIDE = re.compile(r"[가-힣](?:을|를|이|가|은|는|에|에서|으로|로|의|하는|되는|한|된|할|하여|해서)(?:\s|$)")


@lru_cache(maxsize=8192)
def _unbalanced(text: str) -> bool:
    """A fragment cut inside brackets (`브라우저 상단의 [도구`) is no item."""
    return any(text.count(a) != text.count(b) for a, b in ("[]", "()", "【】", "<>", "〔〕"))


_CONJUNCTION_WORDS = frozenset({"및", "또는", "혹은"})


@lru_cache(maxsize=16384)
def is_item(text: str, listed: bool = False) -> bool:
    """A data item: not a purpose, method, sentence, field label or catch-all.

    ``listed``: the phrase is an entry of a list labelled as items (`선택항목 : 환불 요청, …`),
    where a request or a survey named by its object is a record, hence data."""
    text = text.strip()
    # Seven words at most, a conjunction not counted (`비밀번호 재설정 요청 및 recovery 세션 처리 정보`).
    if not text or len(text) > 40 or sum(word not in _CONJUNCTION_WORDS for word in text.split()) > 7:
        return False
    lex = lexicon()
    key = item_key(text)
    if not key or text in lex.generic_heads or _NOT_DATA.search(text) or _unbalanced(text):
        return False
    if key in lex.variant_keys:
        return True
    if any(p.search(text) for p in _catch_all()):
        return False
    if _ends_in_action(text.split()[-1]) and not (listed and _names_a_record(text)):
        return False
    if len(text.split()) >= 3 or _PARTICLE_INSIDE.search(text):
        return _is_noun_phrase(text)
    return True


@lru_cache(maxsize=1)
def _condition_nouns() -> frozenset[str]:
    """Nouns that close an occasion (`회원가입 시`, `결제 과정`): the words before them are the context, not items."""
    return frozenset(lexicon().raw["condition_nouns"])


@lru_cache(maxsize=1)
def _excluded_label() -> re.Pattern:
    return re.compile(lexicon().raw["excluded_label"])


@lru_cache(maxsize=1)
def _catch_all() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in lexicon().raw["catch_all"])


@lru_cache(maxsize=1)
def _action_nouns() -> tuple[str, ...]:
    return tuple(lexicon().raw["action_nouns"])


def _names_a_record(text: str) -> bool:
    """`환불 요청`, `설문조사`: a request or a survey named with its object is a record."""
    last = text.split()[-1]
    action = next((a for a in lexicon().raw["record_actions"] if last.endswith(a)), None)
    return action is not None and (len(text.split()) > 1 or len(last) > len(action))


@lru_cache(maxsize=4096)
def _ends_in_action(word: str) -> bool:
    """`본인확인`, `환불`: the word ends in an action noun; `제조사` only looks so (제조 + 사)."""
    actions = [a for a in _action_nouns() if word.endswith(a)]
    if not actions or word in actions:
        return bool(actions)
    tails, tail = set(), ""
    for token in reversed(analyse(word)):
        tail = token.text + tail
        tails.add(tail)
    return any(a in tails for a in actions)


@lru_cache(maxsize=4096)
def _is_noun_phrase(text: str) -> bool:
    """Ends in a noun and has no sentence or clause ending (Kiwi decides)."""
    words = [t for t in analyse(text) if t.tag_ != "_SP"]
    if not words:
        return False
    # A clause (`회사는 … 접근권한을 …`) has endings, topics or a dangling object; an item has none,
    # though its modifier may take an object (`채팅 기능을 사용한 채팅 내용`).
    tags = [t.tag_.split("+") for t in words]
    if any("JX" in parts for parts in tags) or any(_ends_a_clause(tags, i) for i in range(len(tags))):
        return False
    objects = [i for i, parts in enumerate(tags) if "JKO" in parts]
    if objects and not any("ETM" in parts for parts in tags[objects[-1]:]):
        return False
    return words[-1].tag_.split("+")[-1] in NOUN_TAGS


_VERBAL = frozenset({"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"})


def _ends_a_clause(tags: list[list[str]], i: int) -> bool:
    """A sentence or clause ending after a verb (`입력하여`); Kiwi's EC inside a noun (`결과지`) is none."""
    parts = tags[i]
    end = next((k for k, t in enumerate(parts) if t in ("EF", "EC")), None)
    if end is None:
        return False
    before = parts[:end] or (tags[i - 1] if i else [])
    return any(t.split("-")[0] in _VERBAL for t in before)


def normalize(item: str) -> tuple[str, str]:
    """(item_norm, item_category), see extractors/item_names.py."""
    return canonical_item(item)


# --- cookies ------------------------------------------------------------------------

_COOKIE_USE = re.compile(r"쿠키[^.。]{0,60}?(?:사용|운용|운영|이용|설치|활용|저장|발급)\s*(?:하(?!지)|합|됩|되|될|된|할|함|중)")
# `쿠키를 사용하지 않습니다`, `쿠키 등 … 장치를 운영하지 않습니다`, within one clause (`쿠키를 활용하여 …,
# 행태정보를 수집·이용하지 않습니다` says something else).
_COOKIE_NOT_USED = re.compile(
    r"쿠키[^.。,]{0,60}?(?:사용|운용|운영|이용|설치|활용)\s*하지\s*(?:않습니다|않으며|않고|않음|아니합니다|아니하며)")
_EXCEPT_BEFORE = re.compile(r"(?:외에|외의|외에는|제외하고)\s*$")  # `… 이외에 쿠키를 사용하지 않습니다`


_CCTV = r"영상\s*정보\s*처리\s*기기|CCTV"
_CCTV_HEADING = re.compile(_CCTV + r"|폐쇄\s*회로", re.I)
_CCTV_NOT_USED = re.compile(r"(?:" + _CCTV + r")[^.。]{0,30}?(?:설치|운영|운용)\S{0,6}\s*(?:하지|않)")
_FOOTAGE = re.compile(r"(?:개인\s*)?(?:영상|화상)\s*정보(?!\s*처리)")
_CCTV_SPAN = 4000  # the CCTV chapter: its heading and the sub-sections after it


def _cctv_footage(doc: PolicyDoc, text_of: Callable[[Section], str]) -> tuple[Section, str, str] | None:
    """(section, footage item, sentence) from the first CCTV section, or None."""
    heading = next((s for s in doc.sections if _CCTV_HEADING.search(s.heading)), None)
    if heading is None or _CCTV_NOT_USED.search(text_of(heading)):
        return None
    for section in doc.sections:
        if section.start < heading.start or section.start > heading.start + _CCTV_SPAN:
            continue
        text = text_of(section)
        m = _FOOTAGE.search(text)
        if m:
            return section, m.group(), _sentence_around(text, m)
    return None


def _sentence_around(text: str, m: re.Match) -> str:
    """The sentence of ``text`` that holds the match, as evidence."""
    stop = text.rfind(". ", 0, m.start())
    end = text.find(".", m.end())
    return text[stop + 2 if stop != -1 else 0: end + 1 if end != -1 else len(text)].strip()


def _cookies_not_used(doc: PolicyDoc, text_of: Callable[[Section], str]) -> bool:
    for section in doc.sections:
        if section.category in _SKIPPED_SECTIONS:
            continue
        text = text_of(section)
        if any(not _EXCEPT_BEFORE.search(text, max(0, m.start() - 12), m.start())
               and not _refuses_a_kind(text, m.start() + m.group().rfind("쿠키"))
               for m in _COOKIE_NOT_USED.finditer(text)):
            return True
    return False


def _refuses_a_kind(text: str, cookie: int) -> bool:
    """`광고·추적 쿠키를 사용하지 않습니다` refuses one kind of cookie (the word before the last 쿠키 the
    refusal names), not all of them."""
    return bool(_cookie_kind_before().search(text, max(0, cookie - 12), cookie))


@lru_cache(maxsize=1)
def _cookie_kind_before() -> re.Pattern:
    return re.compile(f"(?:{'|'.join(map(re.escape, lexicon().raw['cookie_kinds']))})\\s*$")


def _cookie_use(doc: PolicyDoc, text_of: Callable[[Section], str]) -> tuple[Section, str] | None:
    """(section, sentence) of the first statement that cookies are used, or None."""
    for section in doc.sections:
        if section.category in _SKIPPED_SECTIONS:
            continue
        text = text_of(section)
        m = _COOKIE_USE.search(text) if "쿠키" in text else None
        if m:
            return section, _sentence_around(text, m)
    return None


@register("collected_items")
def extract_collected_items(doc: PolicyDoc) -> list[dict]:
    return _Reader(doc).read()
