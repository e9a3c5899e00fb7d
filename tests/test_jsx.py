"""Policies held in JavaScript, TypeScript, JSX, Vue, Python and Dart sources: their text, read without running them."""
from pathlib import Path

import duckdb
import pytest

from extractors.third_parties import extract_third_parties
from pipeline.cli import main
from pipeline.document import build_document
from tests.conftest import RAW

TSX_PAGE = '''import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { title: "개인정보처리방침", description: "제3자 제공과 처리위탁에 관한 안내입니다." };

/** 조문 섹션 — 번호 + 제목 + 본문 */
function Section({ no, title, children }: { no: number; title: string; children: ReactNode }) {
  return (
    <section className="mt-10">
      <h2 className="text-lg"><span>{no}.</span> {title}</h2>
      <div>{children}</div>
    </section>
  );
}

export default function PrivacyPage() {
  const [open, setOpen] = useState<boolean>(false);
  return (
    <main className="mx-auto" onClick={() => setOpen(!open)}>
      <h1>개인정보처리방침</h1>
      <p>예시농원(이하 &lsquo;회사&rsquo;)은{" "}개인정보를 소중히 다룹니다.</p>
      <Section no={1} title="개인정보의 수집 항목">
        <dl><dt>주문 시</dt><dd>주문자 성명, 연락처, 주소</dd></dl>
      </Section>
      <Section no={2} title="개인정보의 보유 및 이용 기간">
        <table><tbody>
          <tr><th>보존 항목</th><th>보존 기간</th><th>근거 법령</th></tr>
          <tr><td>계약 또는 청약철회 등에 관한 기록</td><td>5년</td><td rowSpan={2}>전자상거래법</td></tr>
          <tr><td>대금결제 및 재화 등의 공급에 관한 기록</td><td>5년</td></tr>
        </tbody></table>
      </Section>
      <Section no={3} title={"정보주체의 권리"}>
        <Bullets items={["열람 요구", '삭제 요구', `처리정지 요구`]} />
        {items.map((item, i) => (<p key={i}>{item}</p>))}
      </Section>
    </main>
  );
}
'''



def run_folder(folder: Path, out: Path):
    """A real `policy-extract run` of the folder; the output read back with DuckDB, and each document's status."""
    assert main(["run", str(folder), "--out", str(out), "--no-progress"]) == 0
    con = duckdb.connect()
    return con, dict(con.execute(f"SELECT doc_id, status FROM read_parquet('{out}/documents/*.parquet')").fetchall())

def test_a_tsx_page_gives_its_markup_text_and_no_code():
    doc = build_document("t", "t", TSX_PAGE, "html")
    texts = [b.text for b in doc.blocks]
    assert "개인정보처리방침" in texts
    assert [b.text for b in doc.blocks if b.kind == "heading"] == [
        "개인정보처리방침", "1. 개인정보의 수집 항목", "2. 개인정보의 보유 및 이용 기간", "3. 정보주체의 권리"]
    assert "예시농원(이하 ‘회사’)은 개인정보를 소중히 다룹니다." in texts
    assert {"열람 요구", "삭제 요구", "처리정지 요구"} <= set(texts)
    [table] = doc.tables
    assert table.body[1] == ["대금결제 및 재화 등의 공급에 관한 기록", "5년", "전자상거래법"]
    for code in ("import", "export", "useState", "setOpen", "=>", "제3자 제공과", "조문 섹션", "{"):
        assert code not in doc.text, code
    assert [s.category for s in doc.sections][1:] == ["items", "retention", "rights"]


def test_jsx_pasted_into_an_html_page():
    html = ("<html><body><h1>개인정보 처리방침</h1><p>주식회사 예시는 개인정보를 보호합니다.</p>\n"
            "export default function Privacy() { return (<main>\n"
            '  <Section no={1} title="수집하는 개인정보 항목"><p>이름, 휴대전화번호</p></Section>\n'
            "</main>); }\n<h2>제7조(개인정보의 파기)</h2><p>지체 없이 파기합니다.</p></body></html>")
    doc = build_document("t", "t", html, "html")
    assert [b.text for b in doc.blocks] == [
        "개인정보 처리방침", "주식회사 예시는 개인정보를 보호합니다.", "1. 수집하는 개인정보 항목", "이름, 휴대전화번호",
        "제7조(개인정보의 파기)", "지체 없이 파기합니다."]


def test_a_module_of_string_constants_gives_its_korean_text_not_the_translation():
    source = ("// 약관 문구\nconst terms = {\n  ko: `개인정보처리방침\n\n  1. 수집하는 개인정보 항목\n  회사는 다음 정보를 수집합니다.\n"
              "  ∘ 이름, 이메일 주소\n  2. 개인정보의 보유기간\n  탈퇴 후 30일간 보관합니다.`,\n"
              "  en: `Privacy Policy\n\n  1. What we collect\n  We collect your name and email address.`,\n};\n"
              "export default terms;\n")
    doc = build_document("t", "t", source, "text")
    texts = [b.text for b in doc.blocks]
    assert texts[:3] == ["개인정보처리방침", "1. 수집하는 개인정보 항목", "회사는 다음 정보를 수집합니다."]
    assert "이름, 이메일 주소" in texts
    assert "Privacy Policy" not in doc.text and "약관 문구" not in doc.text


def test_a_module_whose_string_holds_html():
    source = ("export const privacyPolicy = {\n  title: '개인정보처리방침',\n  titleEn: 'Privacy Policy',\n"
              "  content: `\n    <h4>1. 수집하는 개인정보의 항목</h4>\n    <ul><li>필수: 닉네임, 계정 식별 번호</li></ul>\n  `,\n};\n")
    doc = build_document("t", "t", source, "html")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "개인정보처리방침"), ("heading", "1. 수집하는 개인정보의 항목"), ("list_item", "필수: 닉네임, 계정 식별 번호")]


def test_a_vue_component_reads_its_template():
    source = ('<template>\n  <div class="policy">\n    <h2>1. 수집하는 개인정보 항목</h2>\n'
              '    <p v-if="show">이름, 연락처 {{ extra }}</p>\n  </div>\n</template>\n'
              '<script setup>\nconst show = true;\n</script>\n')
    doc = build_document("t", "t", source, "html")
    assert [b.text for b in doc.blocks] == ["1. 수집하는 개인정보 항목", "이름, 연락처"]


def test_a_vue_component_whose_script_comes_first_reads_its_template_and_its_inner_templates():
    """A Nuxt page opens with `<script setup>`: its `<template>` is still the page, and a `<template v-if>`
    inside it renders its content (HTML's own `<template>` is inert and stays dropped)."""
    source = ('<script setup lang="ts">\nuseSeoMeta({ title: `개인정보처리방침 - 예시의원` });\n</script>\n\n'
              '<!-- 정책 본문 -->\n<template>\n  <header><h1>개인정보처리방침</h1></header>\n'
              '  <section><h2>1. 수집하는 개인정보의 항목</h2>\n'
              '    <template v-if="members"><p>성명, 연락처, 진료기록</p></template>\n  </section>\n</template>\n'
              '<style scoped>\nh2 { color: red; }\n</style>\n')
    doc = build_document("t", "t", source, "module")
    assert [b.text for b in doc.blocks] == ["개인정보처리방침", "1. 수집하는 개인정보의 항목", "성명, 연락처, 진료기록"]


@pytest.mark.parametrize("names", [
    # semantic-ui, MUI, shadcn (whose `TableHead` is a header cell), Chakra
    ("Table", "Table.Header", "Table.Row", "Table.HeaderCell", "TableBody", "Table.Cell"),
    ("Table", "TableHead", "TableRow", "TableCell", "TableBody", "TableCell"),
    ("Table", "TableHeader", "TableRow", "TableHead", "TableBody", "TableCell"),
    ("Table", "Thead", "Tr", "Th", "Tbody", "Td"),
])
def test_table_components_of_ui_libraries_are_tables(names):
    table, head, row, head_cell, body, cell = names
    source = (f"import {{ {table} }} from 'ui';\nexport default function Privacy() {{\n  return (\n    <main>\n"
              f"      <h2>제4조(개인정보의 제3자 제공)</h2>\n      <{table} celled>\n"
              f"        <{head}><{row}><{head_cell}>제공받는 자</{head_cell}><{head_cell}>이용목적</{head_cell}></{row}></{head}>\n"
              f"        <{body}><{row}><{cell}>예시상사</{cell}><{cell}>교육 운영</{cell}></{row}>\n"
              f"          <{row}><{cell}>다라교육</{cell}><{cell}>과정 이수 처리</{cell}></{row}></{body}>\n"
              f"      </{table}>\n    </main>\n  );\n}}\n")
    doc = build_document("t", "t", source, "module")
    [found] = doc.tables
    assert found.rows == [["제공받는 자", "이용목적"], ["예시상사", "교육 운영"], ["다라교육", "과정 이수 처리"]]
    assert [r["recipient"] for r in extract_third_parties(doc)] == ["예시상사", "다라교육"]


def test_an_html_page_with_inline_scripts_is_not_read_as_jsx():
    html = ("<html><head><script>export default function x() { return 1 }</script></head><body>"
            "<p>회원 {이름} 님</p></body></html>")
    assert [b.text for b in build_document("t", "t", html, "html").blocks] == ["회원 {이름} 님"]


def test_a_site_folder_of_sources_is_read_module_by_module(tmp_path):
    """`run FOLDER` takes .js/.ts/.tsx/.vue files as modules: a policy in one is extracted, a component that holds
    no policy, an empty or broken source and a binary .ts are not_policy, never errors, and installed packages are skipped."""
    policy = (RAW / "000_5cf176f47107bd25.txt").read_text("utf-8")
    site = tmp_path / "site"
    (site / "node_modules" / "pkg").mkdir(parents=True)
    (site / "node_modules" / "pkg" / "index.js").write_text(f"export const text = `{policy}`;\n", "utf-8")
    # not an import or declaration first: only its suffix says it is a module, whose strings are the text
    (site / "policy.js").write_text(f"window.PRIVACY_TEXT = `{policy}`;\nwindow.PRIVACY_EN = `Privacy Policy`;\n", "utf-8")
    paragraphs = "\n".join(f"      <p>{line}</p>" for line in policy.splitlines() if line.strip())
    (site / "page.tsx").write_text(f'export default function Privacy() {{\n  return (\n    <main className="policy">\n'
                                   f'{paragraphs}\n    </main>\n  );\n}}\n', "utf-8")
    (site / "Button.tsx").write_text('export default function Button({ label }: { label: string }) {\n'
                                     '  return <button className="btn">{label}</button>;\n}\n', "utf-8")
    (site / "Banner.vue").write_text('<template><p>오늘의 할인 상품을 확인하세요</p></template>\n', "utf-8")
    (site / "broken.jsx").write_text('export default function B() {\n  const s = `개인정보 ${ {{{\n'
                                     '  return (<div className="x"><p>{"이름을 수집합니다"</p>\n', "utf-8")
    (site / "empty.js").write_bytes(b"")
    (site / "clip.ts").write_bytes(bytes(range(256)) * 20)  # .ts is also an MPEG transport stream
    out = tmp_path / "out"
    con, docs = run_folder(site, out)
    assert docs == {"policy": "ok", "page": "ok", "Button": "not_policy", "Banner": "not_policy",
                    "broken": "not_policy", "empty": "not_policy", "clip": "not_policy"}
    for doc_id in ("policy", "page"):
        items = {row[0] for row in con.execute(
            f"SELECT item FROM read_parquet('{out}/collected_items/*.parquet') WHERE doc_id = '{doc_id}'").fetchall()}
        assert {"성명", "닉네임", "비밀번호"} <= items, (doc_id, items)
    formats = {row[0] for row in con.execute(f"SELECT DISTINCT format FROM read_parquet('{out}/documents/*.parquet')").fetchall()}
    assert formats == {"module"}


def test_an_array_of_rows_rendered_by_map_is_a_table():
    """A table whose rows are a literal array mapped to `<tr>` (`[["A사", …], …].map((row) => <tr>…</tr>)`, or a constant
    of objects with destructured keys) shows those rows: each element is put into the markup that renders it."""
    source = ('const RECIPIENTS = [\n  { name: "예시물류(주)", purpose: "상품 배송" },\n'
              '  { name: \'가나페이\', purpose: `결제 처리` },\n];\n\n'
              'export default function Privacy() {\n  return (\n    <main>\n      <h2>제3조 (개인정보의 보유 기간)</h2>\n'
              '      <table><thead><tr><th>구분</th><th>보유 기간</th></tr></thead><tbody>\n        {[\n'
              '          ["계약 또는 청약철회 등에 관한 기록", "5년"],\n          ["접속 로그", "3개월"],\n'
              '        ].map((row) => (\n          <tr key={row[0]} style={{ borderBottom: "1px solid #eee" }}>\n'
              '            {row.map((c, i) => <td key={i}>{c}</td>)}\n          </tr>\n        ))}\n      </tbody></table>\n'
              '      <h2>제4조 (개인정보의 제3자 제공)</h2>\n'
              '      <table><thead><tr><th>제공받는 자</th><th>이용 목적</th></tr></thead><tbody>\n'
              '        {RECIPIENTS.map(({ name, purpose }) => (<tr key={name}><td>{name}</td><td>{purpose}</td></tr>))}\n'
              '      </tbody></table>\n    </main>\n  );\n}\n')
    doc = build_document("t", "t", source, "module")
    retention, recipients = doc.tables
    assert retention.rows == [["구분", "보유 기간"], ["계약 또는 청약철회 등에 관한 기록", "5년"], ["접속 로그", "3개월"]]
    assert recipients.rows == [["제공받는 자", "이용 목적"], ["예시물류(주)", "상품 배송"], ["가나페이", "결제 처리"]]
    assert [r["recipient"] for r in extract_third_parties(doc)] == ["예시물류(주)", "가나페이"]


def test_a_site_component_around_table_rows_is_a_table():
    source = ('import { LegalTable } from "./LegalTable";\nexport default function Privacy() {\n  return (\n    <article>\n'
              '      <h2>제5조 (개인정보의 제3자 제공)</h2>\n      <LegalTable label="제3자 제공 현황">\n'
              '        <thead><tr><th>제공받는 자</th><th>제공 목적</th></tr></thead>\n'
              '        <tbody><tr><td>예시택배</td><td>상품 배송</td></tr></tbody>\n      </LegalTable>\n    </article>\n  );\n}\n')
    [table] = build_document("t", "t", source, "module").tables
    assert table.rows == [["제공받는 자", "제공 목적"], ["예시택배", "상품 배송"]]


def test_html_joined_from_string_pieces_is_read_as_one_page():
    """A script that builds its policy as `'<tr><td>' + … + '</td></tr>'` pieces: the pieces are one text, so a row
    with no Korean stays in its table, and a name between pieces is the module's constant."""
    source = ("(function () {\n  var CO = '주식회사 예시';\n  var privacy = '' +\n"
              "  '<h2>개인정보처리방침</h2><p>' + CO + '(이하 \"회사\")는 개인정보를 보호합니다.</p>' +\n"
              "  '<h3>5. 처리 위탁</h3><table><tr><th>수탁자</th><th>위탁 업무</th></tr>' +\n"
              "  '<tr><td>Example Cloud Inc.</td><td>데이터 보관</td></tr>' +\n"
              "  '<tr><td>Mailer LLC</td><td>이메일 발송</td></tr></table>';\n"
              "  document.body.innerHTML = privacy;\n})();\n")
    doc = build_document("t", "t", source, "module")
    assert "주식회사 예시(이하 \"회사\")는 개인정보를 보호합니다." in [b.text for b in doc.blocks]
    [table] = doc.tables
    assert table.rows[1:] == [["Example Cloud Inc.", "데이터 보관"], ["Mailer LLC", "이메일 발송"]]


def test_a_template_string_shows_the_constants_it_interpolates():
    source = ("const COMPANY = '주식회사 예시'\n\nexport function privacyHtml(): string {\n"
              "  return `<h1>개인정보처리방침</h1><p>${COMPANY}(이하 \"회사\")는 ${unknown}개인정보를 보호합니다.</p>`\n}\n")
    doc = build_document("t", "t", source, "module")
    assert "주식회사 예시(이하 \"회사\")는 개인정보를 보호합니다." in [b.text for b in doc.blocks]


def test_a_self_closing_script_in_jsx_does_not_swallow_the_page():
    # `<script … />` is closed in JSX; read as HTML it would open a script holding the rest of the page
    source = '''export default function Page() {
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(schema) }} />
      <h2>{"제5조 개인정보 처리 위탁"}</h2>
      <table><thead><tr><th>{"수탁업체"}</th><th>{"위탁 업무"}</th></tr></thead>
        <tbody><tr><td>{"Example LLC"}</td><td>{"웹 호스팅 서비스"}</td></tr></tbody></table>
    </>
  );
}
'''
    doc = build_document("t", "t", source, "module")
    assert [b.text for b in doc.blocks if b.table is None] == ["제5조 개인정보 처리 위탁"]
    assert doc.tables[0].rows == [["수탁업체", "위탁 업무"], ["Example LLC", "웹 호스팅 서비스"]]


STREAMLIT_PAGE = '''import streamlit as st

SERVICE = "예시노트"
# 페이지 설정
st.set_page_config(page_title="개인정보처리방침", layout="wide")
st.markdown("""
<style>
  th { padding: 10px; }
</style>
""", unsafe_allow_html=True)
st.title(f"{SERVICE} 개인정보처리방침")
st.markdown('<h2 class="section-title">1. 수집하는 개인정보 항목</h2>', unsafe_allow_html=True)
st.markdown("""
- **회원가입 시:** 이메일 주소, 비밀번호(암호화 저장)
- **자동 수집:** 서비스 이용 기록, 기기 정보
""")
st.markdown("### 2. 처리 위탁")
st.markdown(\'\'\'
| 수탁업체 | 위탁 업무 |
|---|---|
| Example DB | 데이터베이스 호스팅 |
\'\'\')
'''


def test_a_python_page_gives_the_policy_in_its_string_literals():
    """A Streamlit page keeps its policy in `st.markdown(\"\"\"…\"\"\")` strings; comments and the CSS are not text."""
    doc = build_document("t", "t", STREAMLIT_PAGE, "python")
    assert [(b.kind, b.text) for b in doc.blocks if b.table is None] == [
        ("paragraph", "예시노트"), ("paragraph", "개인정보처리방침"), ("paragraph", "예시노트 개인정보처리방침"),
        ("heading", "1. 수집하는 개인정보 항목"),
        ("list_item", "회원가입 시: 이메일 주소, 비밀번호(암호화 저장)"), ("list_item", "자동 수집: 서비스 이용 기록, 기기 정보"),
        ("heading", "2. 처리 위탁")]
    [table] = doc.tables
    assert table.rows == [["수탁업체", "위탁 업무"], ["Example DB", "데이터베이스 호스팅"]]


FLUTTER_SCREEN = """import 'package:flutter/material.dart';

// 화면 제목은 아래 상수
const String kService = '예시노트';

class PrivacyScreen extends StatelessWidget {
  @override
  Widget build(BuildContext context) {
    return Column(children: [
      Text('$kService 개인정보처리방침', style: TextStyle(fontFamily: 'Pretendard')),
      /* 수집 항목 */
      _Title('1. 수집하는 개인정보 항목'),
      _Bullet('필수항목: 휴대전화번호, '
          "이메일 주소"),
      Text(\'\'\'선택항목: 프로필 사진\'\'\'),
      _Title('2. 보유 기간'),
      _Bullet('웹사이트 로그 기록 자료: 3개월 (${kLaw} 근거, \\$1 요금 없음)'),
      Text('$count. '),
    ]);
  }
}
"""


def test_a_dart_screen_gives_the_policy_in_its_string_literals():
    """A Flutter screen keeps its policy in `Text('…')` widgets: adjacent literals are one text, `$name` is the
    module's constant, an interpolation of a run-time value is left out, comments and styling are not text."""
    doc = build_document("t", "t", FLUTTER_SCREEN, "dart")
    assert [b.text for b in doc.blocks] == [
        "예시노트", "예시노트 개인정보처리방침", "1. 수집하는 개인정보 항목", "필수항목: 휴대전화번호, 이메일 주소",
        "선택항목: 프로필 사진", "2. 보유 기간", "웹사이트 로그 기록 자료: 3개월 ( 근거, $1 요금 없음)"]


def test_a_dart_source_without_a_policy_is_not_policy(tmp_path):
    app = tmp_path / "lib"
    app.mkdir()
    (app / "privacy_screen.dart").write_text(FLUTTER_SCREEN.replace("선택항목: 프로필 사진", (RAW / "000_5cf176f47107bd25.txt")
                                                                  .read_text("utf-8").replace("'", "’")), "utf-8")
    (app / "main.dart").write_text("void main() => runApp(const MyApp());\nconst title = 'Demo';\n", "utf-8")
    (app / "empty.dart").write_bytes(b"")
    out = tmp_path / "out"
    con, docs = run_folder(tmp_path, out)
    assert docs == {"privacy_screen": "ok", "main": "not_policy", "empty": "not_policy"}


def test_a_folder_of_python_sources_reads_each_and_a_script_without_a_policy_is_not_policy(tmp_path):
    policy = (RAW / "000_5cf176f47107bd25.txt").read_text("utf-8")
    site = tmp_path / "app"
    (site / "pages").mkdir(parents=True)
    (site / "pages" / "9_Privacy.py").write_text(f'import streamlit as st\n\nst.markdown("""\n{policy}\n""")\n', "utf-8")
    (site / "main.py").write_text('import streamlit as st\n\nst.title("예시노트")\nst.button("시작하기")\n', "utf-8")
    (site / "utils.py").write_text("def add(a, b):\n    return a + b\n", "utf-8")
    (site / "empty.py").write_bytes(b"")
    out = tmp_path / "out"
    con, docs = run_folder(site, out)
    assert docs == {"9_Privacy": "ok", "main": "not_policy", "utils": "not_policy", "empty": "not_policy"}
    items = {row[0] for row in con.execute(f"SELECT item FROM read_parquet('{out}/collected_items/*.parquet')").fetchall()}
    assert {"성명", "닉네임", "비밀번호"} <= items
