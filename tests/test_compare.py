import json
from datetime import date

import pytest

from extractors.entities import entity_category
from extractors.laws import statute_of
from extractors.orgs import normalize_org
from pipeline import cli, compare
from pipeline.metadata import org_norm
from pipeline.sql import connect
from pipeline.writer import TableSetWriter

from conftest import RAW

ECOMMERCE = "전자상거래 등에서의 소비자보호에 관한 법률"
NETWORK_ACT = "정보통신망 이용촉진 및 정보보호 등에 관한 법률"


def document(doc_id, org, status="ok"):
    return {"doc_id": doc_id, "org_name": org, "org_norm": org_norm(None, org), "status": status,
            "effective_date": date(2024, 1, 1)}


def retention(doc_id, record, period_iso, law, kind="fixed"):
    return {"doc_id": doc_id, "section_no": 4, "record": record, "period_iso": period_iso, "period_kind": kind,
            "law": law, "statute": statute_of(law), "law_text": law, "evidence": f"{record} {period_iso} {law}"}


def item(doc_id, name, category):
    return {"doc_id": doc_id, "section_no": 2, "item": name, "item_norm": name, "item_category": category}


def party(doc_id, name, detail, overseas=False, country=None, kind="processor"):
    detail_key = "task" if kind == "processor" else "purpose"
    return {"doc_id": doc_id, "section_no": 5, kind: name, f"{kind}_norm": normalize_org(name),
            f"{kind}_category": entity_category(name, detail), detail_key: detail, "overseas": overseas,
            "country": country}


def write_tables(out, **tables):
    with TableSetWriter(out) as writer:
        for table, rows in tables.items():
            writer.write(table, rows)
    return out


@pytest.fixture
def con(tmp_path):
    write_tables(
        tmp_path / "out",
        documents=[document("d1", "가나다 쇼핑"), document("d2", "라마바 병원"), document("d3", None),
                   document("d4", "약관", status="not_policy")],
        retention=[
            retention("d1", "소비자의 불만 또는 분쟁처리에 관한 기록", "P3Y", ECOMMERCE),
            retention("d1", "계약 또는 청약철회 등에 관한 기록", "P5Y", ECOMMERCE),
            retention("d1", "본인확인에 관한 기록", "P6M", NETWORK_ACT),
            retention("d1", "회원 정보", None, None, kind="until_withdrawal"),
            retention("d2", "소비자 불만 또는 분쟁 처리 기록", "P1Y", ECOMMERCE),
            retention("d2", "진료기록부", "P10Y", "의료법"),
            retention("d3", "소비자 불만 또는 분쟁처리", "P3Y", "전자상거래법"),
            retention("d3", "사생관리", "P5Y", "학생생활관 규정"),
            retention("d4", "소비자 불만", "P1Y", ECOMMERCE),  # not a policy: left out
        ],
        collected_items=[item("d1", "이름", "identity"), item("d1", "이메일", "contact"),
                         item("d1", "주민등록번호", "unique_identifier"), item("d2", "이름", "identity"),
                         item("d2", "주민등록번호", "unique_identifier"), item("d3", "이메일", "contact"),
                         item("d3", "휴대전화번호", "contact")],
        processors=[party("d1", "NICE평가정보(주)", "본인인증"),
                    party("d2", "NICE신용평가정보 주식회사", "본인확인"),
                    party("d2", "Amazon Web Services, Inc.", "서버 운영", True, "US"),
                    party("d3", "AWS Korea", "서버 운영", True, "KR,US")],
        third_parties=[party("d1", "국민건강보험공단", "자격 조회", kind="recipient")],
        findings=[{"doc_id": "d1", "check": "repealed_provision", "severity": "warning", "message": "m1"},
                  {"doc_id": "d1", "check": "missing_section", "severity": "warning", "message": "m2"},
                  {"doc_id": "d2", "check": "missing_section", "severity": "warning", "message": "m3"}],
    )
    return connect(tmp_path / "out")


def test_retention_pivot_rows_periods_and_deviations(con):
    pivot = compare.retention_pivot(con)
    assert list(pivot.columns) == ["law", "provision", "record", "statute", "orgs",
                                   "6개월", "1년", "3년", "5년", "10년", "탈퇴 시까지", "deviations"]
    rows = {(r["law"], r["record"]): r for r in pivot.to_dict("records")}
    complaints = rows[(ECOMMERCE, "소비자의 불만 또는 분쟁처리에 관한 기록")]
    assert (complaints["orgs"], complaints["3년"], complaints["1년"]) == (3, 2, 1)  # d4 is not a policy
    assert complaints["statute"] == "3년" and complaints["deviations"] == "라마바 병원 1년"
    assert rows[(ECOMMERCE, "계약 또는 청약철회 등에 관한 기록")]["deviations"] == ""
    repealed = rows[(NETWORK_ACT, "본인확인에 관한 기록")]
    assert repealed["statute"] == "6개월 (폐지 2014-05-28)" and repealed["deviations"] == "가나다 쇼핑 6개월"
    assert rows[("의료법", "진료기록부")]["10년"] == 1
    assert rows[("학생생활관 규정", compare.OTHER_RECORDS)]["5년"] == 1
    assert rows[(compare.NO_LAW, compare.OTHER_RECORDS)]["탈퇴 시까지"] == 1
    # Reference rows in the file's order, other laws after, uncited periods last.
    assert pivot["record"].tolist()[:4] == ["계약 또는 청약철회 등에 관한 기록", "소비자의 불만 또는 분쟁처리에 관한 기록",
                                            "본인확인에 관한 기록", "진료기록부"]
    assert pivot["law"].tolist()[-1] == compare.NO_LAW


def test_compact_retention_for_the_terminal(con):
    compact = compare.compact_retention(compare.retention_pivot(con))
    assert "provision" not in compact.columns
    assert compact["law"].iloc[0] == "전자상거래법"
    assert compact["10년"].iloc[0] == ""  # zero shown blank


def test_item_categories_and_matrix(con):
    categories = compare.item_categories(con)
    assert categories.to_dict("records") == [
        {"category": "contact", "orgs": 2, "share_pct": 66.7, "items": 2, "top_items": "이메일 (2), 휴대전화번호 (1)"},
        {"category": "identity", "orgs": 2, "share_pct": 66.7, "items": 1, "top_items": "이름 (2)"},
        {"category": "unique_identifier", "orgs": 2, "share_pct": 66.7, "items": 1, "top_items": "주민등록번호 (2)"},
    ]
    matrix = compare.items_matrix(con)
    assert matrix.loc["가나다 쇼핑"].to_dict() == {"contact": 1, "identity": 1, "unique_identifier": 1}
    assert matrix.loc["d3", "contact"] == 2  # no org_name: named by doc_id


def test_processors_grouped_by_canonical_provider(con):
    processors = compare.processor_counts(con).set_index("processor")
    assert list(processors.index) == ["Amazon Web Services", "NICE평가정보"]  # 2 organizations each
    nice = processors.loc["NICE평가정보"]
    assert nice["orgs"] == 2 and nice["share_pct"] == 66.7 and nice["tasks"] == "본인인증; 본인확인"
    assert nice["organizations"] == "가나다 쇼핑, 라마바 병원" and not nice["overseas"]
    assert nice["category"] == "identity" and nice["written_as"] == "NICE신용평가정보 주식회사 | NICE평가정보(주)"
    aws = processors.loc["Amazon Web Services"]
    assert aws["category"] == "cloud" and aws["overseas"] and aws["countries"] == "KR,US, US"
    assert aws["written_as"] == "AWS Korea | Amazon Web Services, Inc."
    [recipient] = compare.recipient_counts(con).to_dict("records")
    assert recipient["recipient"] == "국민건강보험공단" and recipient["purposes"] == "자격 조회"
    assert recipient["category"] == "public_body"


def test_processor_categories_count_organizations(con):
    categories = compare.processor_categories(con).set_index("category")
    assert categories.loc["cloud", "orgs"] == 2 and categories.loc["cloud", "orgs_overseas"] == 2
    assert categories.loc["identity", "top_providers"] == "NICE평가정보 (2)"


def test_versions_of_one_organization_count_once(tmp_path):
    write_tables(tmp_path / "out",
                 documents=[document("v1", "(주)가나다쇼핑"), document("v2", "가나다 쇼핑 주식회사"),
                            document("x", "라마바")],
                 collected_items=[item("v1", "이름", "identity"), item("v2", "이메일", "contact")])
    con = connect(tmp_path / "out")
    assert compare.summary(con)["organizations"] == 2
    [row] = [r for r in compare.organizations(con).to_dict("records") if r["doc_ids"] == "v1, v2"]
    assert row["items"] == 2


def test_findings_per_organization(con):
    matrix = compare.findings_matrix(con)
    assert matrix.loc["가나다 쇼핑"].to_dict() == {"missing_section": 1, "repealed_provision": 1}
    assert matrix.loc["d3"].sum() == 0  # an organization with no findings still has its row
    assert compare.summary(con)["findings"] == 3


def test_summary_and_organizations(con):
    summary = compare.summary(con)
    assert (summary["documents"], summary["policies"], summary["not_policy"], summary["organizations"]) == (4, 3, 1, 3)
    orgs = compare.organizations(con).set_index("org")
    assert orgs.loc["가나다 쇼핑", "retention"] == 4 and orgs.loc["라마바 병원", "processors"] == 2


def test_cli_formats(con, tmp_path, capsys):
    parquet = str(tmp_path / "out")
    assert cli.main(["compare", "retention", "--parquet", parquet, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[1]["record"] == "소비자의 불만 또는 분쟁처리에 관한 기록" and rows[1]["3년"] == 2
    assert cli.main(["compare", "items", "--parquet", parquet, "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "category,orgs,share_pct,items,top_items" and lines[1].startswith("contact,2,66.7,2,")
    assert cli.main(["compare", "processors", "--parquet", parquet, "--format", "md"]) == 0
    md = capsys.readouterr().out.splitlines()
    assert md[0].startswith("| processor | category | orgs |") and md[1].startswith("|---|")
    assert cli.main(["compare", "retention", "--parquet", parquet]) == 0
    table = capsys.readouterr().out
    assert "전자상거래법" in table and "라마바 병원 1년" in table


def test_cli_rejects_an_unknown_kind_and_a_missing_folder(tmp_path, capsys):
    with pytest.raises(SystemExit):
        cli.main(["compare", "cookies"])
    assert cli.main(["compare", "items", "--parquet", str(tmp_path / "none")]) == 2
    assert "no output folder" in capsys.readouterr().err


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "parquet"
    assert cli.main(["run", str(RAW), "--out", str(out), "--no-progress", "--workers", "0"]) == 0
    return connect(out)


def test_pivots_on_the_seed_documents(seed_output):
    n_orgs = compare.summary(seed_output)["organizations"]
    assert n_orgs == 3
    pivot = compare.retention_pivot(seed_output)
    periods = [c for c in pivot.columns if c not in ("law", "provision", "record", "statute", "orgs", "deviations")]
    assert (pivot["orgs"] <= n_orgs).all() and (pivot[periods].sum(axis=1) >= pivot["orgs"]).all()
    # The seeds cite the e-commerce act's four duties and the repealed identity-check record.
    ecommerce = pivot[pivot["law"] == ECOMMERCE]
    assert {"계약 또는 청약철회 등에 관한 기록", "소비자의 불만 또는 분쟁처리에 관한 기록"} <= set(ecommerce["record"])
    repealed = pivot[pivot["record"] == "본인확인에 관한 기록"].iloc[0]
    assert repealed["orgs"] >= 1 and repealed["deviations"]
    for frame in (compare.item_categories(seed_output), compare.processor_counts(seed_output),
                  compare.recipient_counts(seed_output)):
        assert (frame["orgs"] <= n_orgs).all() and (frame["share_pct"] <= 100).all()
    assert compare.items_matrix(seed_output).shape[0] <= n_orgs
