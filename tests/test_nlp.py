import pytest
import spacy

from pipeline.nlp import NOUN_TAGS, get_nlp, is_nominal


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.mark.parametrize("text", [
    "비밀번호",
    "개인정보 보호에 관한 법률",  # 관한 = 관하 + ᆫ: overlapping Kiwi tokens
    "메가존아이티평생교육원",  # Kiwi's form (메가 존) differs from the text
    "  두 칸  공백\n줄바꿈 \t탭 ",
    "이름(닉네임), 휴대폰번호 ★ 등",
    "본 서비스입니다.",  # a copula Kiwi may give no surface
    "",
    " ",
    "IP Address, e-mail@example.com",
])
def test_doc_text_is_the_input_text(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    assert all(token.text for token in doc)


def test_kiwi_tags_are_stored_on_tokens(nlp):
    doc = nlp("법정대리인의 성명과 연락처 등")
    tags = {token.text: token.tag_ for token in doc}
    assert tags["의"] == "JKG" and tags["과"] == "JC" and tags["등"] == "NNB"
    assert tags["성명"] in NOUN_TAGS and is_nominal(doc[-1]) is True
    merged = nlp("관한")
    assert len(merged) == 1 and merged[0].tag_.split("+") == ["VV", "ETM"]
    assert is_nominal(merged[0]) is False


def test_user_words_stay_one_token(nlp):
    nlp.tokenizer.add_user_words(["메가존"])
    assert [t.text for t in nlp("메가존 비밀번호")] == ["메가존", "비밀번호"]


def test_pipeline_is_built_from_the_registered_tokenizer(nlp):
    assert get_nlp() is nlp
    assert spacy.registry.tokenizers.get("kiwi_tokenizer.v1") is not None
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "kiwi_tokenizer.v1"
