"""Every command turns bad input into one line on stderr and exit status 2, never a traceback."""
import shutil
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import cli
from pipeline.schemas import TABLES
from pipeline.writer import TableSetWriter
from tests.conftest import RAW

GOLD = RAW.parent / "heldout" / "gold"


def write_output(out: Path) -> None:
    with TableSetWriter(out) as writer:
        writer.write("documents", [{"doc_id": "d1", "org_name": "가나 쇼핑", "status": "ok",
                                    "effective_date": date(2024, 1, 1)}])
        writer.write("processors", [{"doc_id": "d1", "processor": "택배사", "task": "배송"}])


def copy_tables(src: Path, dst: Path, tables=TABLES) -> None:
    for table in tables:
        shutil.copytree(src / table, dst / table)


@pytest.fixture(scope="module")
def place(tmp_path_factory) -> Path:
    """A folder of broken outputs, gold files and paths, each named after what is wrong with it."""
    root = tmp_path_factory.mktemp("bad")
    write_output(root / "good")
    copy_tables(root / "good", root / "truncated")
    part = root / "truncated" / "documents" / "part-00000.parquet"
    part.write_bytes(part.read_bytes()[:300])
    copy_tables(root / "good", root / "garbage")
    (root / "garbage" / "retention" / "part-00000.parquet").write_text("hello", "utf-8")
    copy_tables(root / "good", root / "missing_table", [t for t in TABLES if t != "findings"])
    (root / "foreign" / "documents").mkdir(parents=True)
    pq.write_table(pa.table({"x": [1]}), root / "foreign" / "documents" / "a.parquet")
    (root / "empty").mkdir()
    (root / "a_file").write_text("x", "utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "urls.txt").write_text("http://127.0.0.1:9/policy.html\n", "utf-8")
    (root / "binary.html").write_bytes(bytes(range(256)) * 4)
    for name, content in {"list": b"[]", "null": b"null", "not_utf8": b"\xff\xfe{\"doc_id\": 1}",
                          "bad_items": b'{"collected_items": 5}', "bad_rows": b'{"retention": [1, 2]}',
                          "bad_doc_id": b'{"doc_id": 5}', "bad_json": b'{"doc_id": '}.items():
        (root / f"gold_{name}").mkdir()
        (root / f"gold_{name}" / "a.json").write_bytes(content)
    (root / "gold_folder_named_json" / "x.json").mkdir(parents=True)
    (root / "out_with_current_folder" / "current").mkdir(parents=True)
    return root


CASES = {
    # sql, compare, report on damaged or foreign output folders
    "sql on a truncated Parquet file": (["sql", "SELECT 1", "--parquet", "truncated"], "not a readable Parquet file"),
    "sql on a file that is not Parquet": (["sql", "SELECT 1", "--parquet", "garbage"], "not a readable Parquet"),
    "sql on a missing table": (["sql", "SELECT * FROM findings", "--parquet", "missing_table"],
                               "table findings is missing"),
    "sql on a foreign Parquet file": (["sql", "SELECT 1", "--parquet", "foreign"], "not a policy-extract table"),
    "sql on a file instead of a folder": (["sql", "SELECT 1", "--parquet", "a_file"], "no output folder"),
    "sql on an empty folder": (["sql", "SELECT 1", "--parquet", "empty"], "holds no tables"),
    "sql that writes a file": (["sql", "COPY documents TO 'x.csv'", "--parquet", "good"], "read-only"),
    "compare on a truncated Parquet file": (["compare", "retention", "--parquet", "truncated"], "not a readable"),
    "compare on garbage": (["compare", "items", "--parquet", "garbage"], "not a readable Parquet file"),
    "compare on a missing table": (["compare", "processors", "--parquet", "missing_table"], "has no findings table"),
    "compare on a foreign folder": (["compare", "processors", "--parquet", "foreign"], "not a policy-extract table"),
    "report on a truncated Parquet file": (["report", "--parquet", "truncated", "--out", "r.html"], "not a readable"),
    "report on a missing table": (["report", "--parquet", "missing_table", "--out", "r.html"], "has no findings"),
    "report to a folder": (["report", "--parquet", "good", "--out", "empty"], "is not a file name"),
    "report to an empty name": (["report", "--parquet", "good", "--out", ""], "is not a file name"),
    "report under a file": (["report", "--parquet", "good", "--out", "a_file/r.html"], "cannot write"),
    # show with bad paths
    "show a missing absolute path": (["show", "/nonexistent/policy.html"], "no such file"),
    "show a folder": (["show", "empty"], "is a folder"),
    "show an absolute folder": (["show", "/"], "is a folder"),
    "show a device": (["show", "/dev/null"], "not a regular file"),
    "show an empty file": (["show", "empty.txt"], "empty file"),
    "show a binary file": (["show", "binary.html"], "binary file"),
    "show a doc_id with glob characters": (["show", "a[b*", "--raw-dir", "."], "no file or doc_id"),
    # eval with bad gold or predictions
    "eval with gold []": (["eval", "--gold", "gold_list", "--pred", "good"], "expected a JSON object"),
    "eval with gold null": (["eval", "--gold", "gold_null", "--pred", "good"], "expected a JSON object"),
    "eval with gold not UTF-8": (["eval", "--gold", "gold_not_utf8", "--pred", "good"], "not UTF-8"),
    "eval with items not a list": (["eval", "--gold", "gold_bad_items", "--pred", "good"], "list of strings"),
    "eval with rows not objects": (["eval", "--gold", "gold_bad_rows", "--pred", "good"], "list of objects"),
    "eval with a numeric doc_id": (["eval", "--gold", "gold_bad_doc_id", "--pred", "good"], "doc_id must be"),
    "eval with broken JSON": (["eval", "--gold", "gold_bad_json", "--pred", "good"], "not valid JSON"),
    "eval with a folder named .json": (["eval", "--gold", "gold_folder_named_json", "--pred", "good"], "no gold"),
    "eval with a missing gold folder": (["eval", "--gold", "nowhere", "--pred", "good"], "no gold folder"),
    "eval on truncated predictions": (["eval", "--gold", str(GOLD), "--pred", "truncated"], "not a readable"),
    "eval on garbage predictions": (["eval", "--gold", str(GOLD), "--pred", "garbage"], "not a readable"),
    "eval on a foreign folder": (["eval", "--gold", str(GOLD), "--pred", "foreign"], "not a policy-extract"),
    "eval on a file": (["eval", "--gold", str(GOLD), "--pred", "a_file"], "no output folder"),
    # run with output folders that are not its own
    "run into a folder whose current is a folder": (["run", str(RAW), "--out", "out_with_current_folder"],
                                                    "not made by policy-extract"),
    "run into a file": (["run", str(RAW), "--out", "a_file"], "is a file, not a folder"),
    "run into a folder under a file": (["run", str(RAW), "--out", "a_file/out"], "cannot create output folder"),
    "run into the working folder": (["run", str(RAW), "--out", ""], "is not empty and was not made by"),
    "run a device": (["run", "/dev/null", "--out", "new_out"], "not a regular file or folder"),
    # fetch into a folder it cannot create
    "fetch under a file": (["fetch", "urls.txt", "--out", "a_file/raw", "--retries", "0", "--no-progress"],
                           "a_file/raw: Not a directory"),
}


@pytest.mark.parametrize("argv, message", list(CASES.values()), ids=list(CASES))
def test_bad_input_is_one_line(place, monkeypatch, capsys, argv, message):
    monkeypatch.chdir(place)
    assert cli.main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("policy-extract: error: "), captured.err
    assert message in lines[0]
    assert not (place / "new_out").exists()


@pytest.mark.parametrize("argv", [
    ["run", "--workers", "-1"], ["run", "--timeout", "0"], ["run", "--timeout", "nan"], ["run", "--wait", "-2"],
    ["show", "x", "--timeout", "-1"],
])
def test_bad_numbers_are_usage_errors(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2
    assert "invalid" in capsys.readouterr().err
