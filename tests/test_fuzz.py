"""Random HTML and text through clean → sections must never raise, and offsets must stay valid."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.document import build_document

TAGS = ["p", "div", "table", "tr", "td", "th", "li", "ul", "br", "h2", "b", "strong", "span", "pre", "script"]
PIECES = ["제1조(목적)", "1.", "가.", "①", "■", "[필수]", "|", "---|---", "개인정보", "보유기간", "5년",
          "수탁업체", "<%= x %>", "{{ y }}", "@if(z)", "\n", " ", "rowspan=\"3\"", "colspan=0", "&nbsp;", "똠"]

fragments = st.one_of(
    st.sampled_from(PIECES),
    st.text(max_size=20),
    st.builds(lambda t, attr: f"<{t} {attr}>", st.sampled_from(TAGS), st.sampled_from(["", 'rowspan="2"', 'colspan="5"', 'rowspan="x"'])),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
)
documents = st.lists(fragments, max_size=80).map("".join)


def check(doc):
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
    for section in doc.sections:
        assert 0 <= section.start <= section.end <= len(doc.text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_random_html_never_raises(markup):
    check(build_document("fuzz", "fuzz", markup, "html"))


@settings(max_examples=300, deadline=None)
@given(documents, st.sampled_from(["text", "markdown"]))
def test_random_text_never_raises(text, fmt):
    check(build_document("fuzz", "fuzz", text, fmt))
