import json
import math
from datetime import date

import pandas as pd
import pytest

from pipeline import cli
from pipeline.errors import UserError
from pipeline.schemas import TABLES
from pipeline.sql import cell_text, connect, markdown_table, query, write_frame

from conftest import RAW


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "parquet"
    assert cli.main(["run", str(RAW), "--out", str(out), "--no-progress", "--workers", "0"]) == 0
    return out


def test_every_table_is_a_view(out):
    con = connect(out)
    for name, schema in TABLES.items():
        frame = query(con, f"SELECT * FROM {name} LIMIT 0")
        assert list(frame.columns) == schema.names, name
    assert query(con, "SELECT count(*) AS n FROM documents")["n"][0] == 3


def test_join_and_list_columns_over_real_output(out):
    con = connect(out)
    per_doc = query(con, """
        SELECT d.doc_id, count(s.section_no) AS sections
        FROM documents d JOIN sections s USING (doc_id) GROUP BY 1 ORDER BY 1""")
    assert per_doc["doc_id"].tolist() == ["000_5cf176f47107bd25", "003_3c391b94e38ab332", "004_df645b5aa5c3ef0b"]
    assert (per_doc["sections"] > 5).all()
    items = query(con, "SELECT unnest(items) AS item FROM third_parties WHERE doc_id LIKE '003%'")
    assert "주민등록번호" in set(items["item"])  # list<string> is a DuckDB list


def test_a_missing_table_is_named_not_shown_empty(tmp_path, out, capsys):
    (tmp_path / "documents").symlink_to((out / "documents").resolve())
    con = connect(tmp_path)
    assert query(con, "SELECT count(*) AS n FROM documents")["n"][0] == 3
    with pytest.raises(UserError, match="table findings is missing from this output folder"):
        query(con, "SELECT count(*) AS n FROM findings")
    assert cli.main(["sql", "SELECT * FROM findings", "--parquet", str(tmp_path)]) == 2
    assert "table findings is missing" in capsys.readouterr().err
    with pytest.raises(UserError, match="has no sections, collected_items"):
        connect(tmp_path, require=TABLES)


def test_sql_is_read_only_unless_writes_are_allowed(out, tmp_path, capsys):
    outside = tmp_path / "outside.csv"
    own_file = next((out / "documents").glob("*.parquet")).resolve()
    before = own_file.read_bytes()
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret", "utf-8")
    for sql in (f"COPY documents TO '{outside}'",
                f"COPY (SELECT 1) TO '{own_file}' (FORMAT parquet, USE_TMP_FILE false)",
                f"COPY (SELECT 1) TO '{own_file}' (FORMAT parquet, OVERWRITE true)",
                f"SELECT * FROM read_text('{secret}')",
                f"SELECT * FROM read_parquet('{own_file}')",
                f"ATTACH '{tmp_path / 'db.duckdb'}'",
                "SET enable_external_access = true"):
        assert cli.main(["sql", sql, "--parquet", str(out)]) == 2, sql
        err = capsys.readouterr().err
        assert err.startswith("policy-extract: error: SQL:") and len(err.strip().splitlines()) == 1, err
    assert "--allow-writes" in err or "locked" in err
    assert not outside.exists() and not (tmp_path / "db.duckdb").exists()
    assert own_file.read_bytes() == before
    # The views themselves still read the whole output.
    assert cli.main(["sql", "SELECT count(*) AS n FROM sections", "--parquet", str(out), "--format", "csv"]) == 0
    assert int(capsys.readouterr().out.splitlines()[1]) > 10
    # --allow-writes lifts it.
    assert cli.main(["sql", f"COPY documents TO '{outside}'", "--parquet", str(out), "--allow-writes"]) == 0
    assert outside.read_text("utf-8").count("\n") == 4  # header and the 3 documents


def test_cli_runs_a_query(out, capsys):
    sql = "SELECT status, count(*) AS n FROM documents GROUP BY status"
    assert cli.main(["sql", sql, "--parquet", str(out), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"status": "ok", "n": 3}]
    assert cli.main(["sql", sql, "--parquet", str(out)]) == 0
    table = capsys.readouterr().out
    assert "status" in table and "ok" in table and "1 row" in table


@pytest.mark.parametrize("sql, message", [
    ("SELEC 1", "syntax error"),
    ("SELECT * FROM nowhere", "nowhere"),
    ("SELECT no_such_column FROM documents", "no_such_column"),
])
def test_bad_sql_is_one_line_error(out, capsys, sql, message):
    assert cli.main(["sql", sql, "--parquet", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("policy-extract: error: SQL:") and message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_missing_or_empty_folder(tmp_path):
    with pytest.raises(UserError, match="no output folder"):
        connect(tmp_path / "missing")
    with pytest.raises(UserError, match="holds no tables"):
        connect(tmp_path)


def test_cells_and_formats(capsys):
    frame = pd.DataFrame({"org": ["가나", None], "items": [["이름", "이메일"], []], "n": [1.0, math.nan],
                          "day": [pd.Timestamp("2024-01-02"), pd.NaT]})
    assert [cell_text(v) for v in frame.iloc[0]] == ["가나", "이름, 이메일", "1", "2024-01-02"]
    assert [cell_text(v) for v in frame.iloc[1]] == ["", "", "", ""]
    assert cell_text(date(2024, 1, 2)) == "2024-01-02"
    assert markdown_table(pd.DataFrame({"a|b": ["x|y"]})) == "| a\\|b |\n|---|\n| x\\|y |"
    write_frame(frame, "json")
    assert json.loads(capsys.readouterr().out)[0] == {"org": "가나", "items": ["이름", "이메일"], "n": 1.0,
                                                       "day": "2024-01-02"}
    write_frame(frame, "csv")
    assert capsys.readouterr().out.splitlines() == ["org,items,n,day", '가나,"이름, 이메일",1,2024-01-02', ",,,"]
