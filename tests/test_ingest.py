import pytest

from pipeline.errors import UserError
from pipeline.ingest import DecodeError, decode_bytes, discover_inputs

KOREAN = "개인정보처리방침 똠방각하 햏자 - 회원가입 시 성명, 휴대폰번호를 수집합니다. " * 20


def html_page(meta: str | None) -> str:
    head = f'<meta charset="{meta}">' if meta else ""
    return f"<html><head>{head}<title>개인정보처리방침</title></head><body><p>{KOREAN}</p></body></html>"


@pytest.mark.parametrize("meta", [None, "euc-kr", "utf-8", "iso-8859-1"])
def test_cp949_pages_decode_whatever_the_meta_says(meta):
    data = html_page(meta).encode("cp949")
    text, encoding = decode_bytes(data)
    assert "똠방각하 햏자" in text
    assert encoding in {"cp949", "euc-kr", "johab", "uhc"} or encoding.startswith("cp949")


def test_utf8_with_bom_and_utf16():
    assert decode_bytes("\ufeff개인정보".encode("utf-8"))[0] == "개인정보"
    text, encoding = decode_bytes("개인정보 처리방침".encode("utf-16"))
    assert text == "개인정보 처리방침" and encoding == "utf-16"


def test_text_is_nfc_normalized():
    decomposed = "\u1100\u1161\u11a8"  # 각 as jamo
    assert decode_bytes(decomposed.encode("utf-8"))[0] == "각"


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (bytes(range(256)) * 10, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("개인정보 처리방침".encode("utf-8")[:-1], "truncated"),
])
def test_unusable_bytes_get_a_one_line_reason(data, reason):
    with pytest.raises(DecodeError) as err:
        decode_bytes(data)
    assert reason in str(err.value) and "\n" not in str(err.value)


def test_discover_folders_globs_and_files(tmp_path):
    (tmp_path / "a.html").write_text("x")
    (tmp_path / "b.jsp").write_text("x")
    (tmp_path / "c.pdf").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.md").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "e.txt").write_text("x")
    (tmp_path / "f.tsx").write_text("x")
    (tmp_path / "sub" / "g.vue").write_text("x")
    (tmp_path / "sub" / "i.py").write_text("x")
    (tmp_path / "j.dart").write_text("x")
    (tmp_path / "node_modules" / "pkg").mkdir(parents=True)  # installed packages, not the site's own sources
    (tmp_path / "node_modules" / "pkg" / "h.js").write_text("x")
    found = {i.doc_id: i.fmt for i in discover_inputs([str(tmp_path)])}
    assert found == {"a": "html", "b": "html", "d": "markdown", "f": "module", "g": "module", "i": "python",
                     "j": "dart"}
    assert [i.doc_id for i in discover_inputs([str(tmp_path / "*.jsp")])] == ["b"]
    assert [i.doc_id for i in discover_inputs([str(tmp_path / "a.html")])] == ["a"]


def test_same_stem_twice_is_an_error_before_anything_runs(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "policy.html").write_text("x")
    (tmp_path / "policy.txt").write_text("x")
    with pytest.raises(UserError, match="share the doc_id 'policy'"):
        discover_inputs([str(tmp_path)])


def test_missing_input_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="input not found"):
        discover_inputs([str(tmp_path / "nope")])
