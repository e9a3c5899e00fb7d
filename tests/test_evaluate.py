import json

import pytest

from pipeline.cli import main
from pipeline.evaluate import evaluate, item_key, org_key
from pipeline.writer import TableSetWriter


@pytest.fixture
def gold_dir(tmp_path):
    gold = {
        "doc_id": "d1",
        "collected_items": ["성명", "휴대폰 번호", "단말기정보"],
        "required_items": ["성명"],
        "retention": [
            {"record": "계약 기록", "period": "P5Y", "law": "전자상거래 등에서의 소비자보호에 관한 법률"},
            {"record": "로그", "period": "P3M", "law": "통신비밀보호법"},
        ],
        "processors": [{"name": "NICE평가정보(주)", "task": "본인인증"}],
        "third_parties": [{"name": "국민건강보험공단", "purpose": "보험 청구"}],
    }
    d = tmp_path / "gold"
    d.mkdir()
    (d / "d1.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    return d


@pytest.fixture
def pred_dir(tmp_path):
    out = tmp_path / "pred"
    base = {"doc_id": "d1", "section_no": 1, "evidence": "e"}
    with TableSetWriter(out) as w:
        w.write("collected_items", [
            {**base, "item": "성명"}, {**base, "item": "휴대폰번호"}, {**base, "item": "주소"},
            {**base, "item": "단말기정보(OS)"},
        ])
        w.write("retention", [
            {**base, "period_iso": "P5Y", "period_kind": "fixed", "law": "전자상거래 등에서의 소비자보호에 관한 법률"},
            {**base, "period_iso": "P3M", "period_kind": "fixed", "law": None},
            {**base, "period_iso": None, "period_kind": "until_withdrawal", "law": None},
        ])
        w.write("processors", [{**base, "processor": "㈜NICE평가정보"}])
        w.write("third_parties", [{**base, "recipient": "수사기관", "items": []}])
    return out


def test_scores_follow_the_matching_rules(gold_dir, pred_dir):
    scores = evaluate(gold_dir, pred_dir)
    items = scores["collected_items"]
    assert (items.tp, items.fp, items.fn) == (3, 1, 0)  # spacing and parentheticals ignored
    retention = scores["retention"]
    assert (retention.tp, retention.fp, retention.fn) == (1, 1, 1)  # the law must match too
    assert scores["processors"].f1 == 1.0  # legal-form markers ignored
    tp = scores["third_parties"]
    assert (tp.tp, tp.fp, tp.fn) == (0, 1, 1)
    assert tp.precision == 0.0 and tp.recall == 0.0
    assert scores["collected_items"].precision == pytest.approx(0.75)


def test_eval_command_prints_scores_and_misses(gold_dir, pred_dir, capsys):
    assert main(["eval", "--gold", str(gold_dir), "--pred", str(pred_dir), "--show"]) == 0
    out = capsys.readouterr().out
    assert "collected_items" in out and "0.750" in out
    assert "d1 missed: P3M 통신비밀보호법" in out
    assert "d1 extra:  수사기관" in out


def test_eval_rejects_a_folder_that_is_not_a_run(gold_dir, tmp_path, capsys):
    assert main(["eval", "--gold", str(gold_dir), "--pred", str(tmp_path / "nothing")]) == 2
    assert "no output folder" in capsys.readouterr().err


def test_keys():
    assert item_key("접속 IP 정보(로그)") == item_key("접속IP정보")
    assert org_key("(주)카카오") == org_key("주식회사 카카오") == org_key("카카오 Inc.")
