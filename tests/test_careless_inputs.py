"""Input folders as they come: names that are not UTF-8, links leading out, odd manifests."""
import json
import os
import shutil

import duckdb

from pipeline.cli import main
from pipeline.ingest import discover_inputs, storable
from tests.conftest import RAW

POLICY = RAW / "000_5cf176f47107bd25.txt"
CP949_NAME = "개인정보처리방침".encode("cp949") + b".txt"  # as an old Windows share stores it


def test_a_cp949_file_name_is_extracted_and_stored_escaped(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    with open(os.path.join(os.fsencode(raw), CP949_NAME), "wb") as f:
        f.write(POLICY.read_bytes())
    shutil.copy(POLICY, raw / "plain.txt")
    out = tmp_path / "out"
    assert main(["run", str(raw), "--out", str(out), "--no-progress", "--workers", "1"]) == 0
    assert "2 documents (2 ok" in capsys.readouterr().out
    con = duckdb.connect()
    rows = con.execute(f"SELECT doc_id, source, status FROM '{out}/documents/*.parquet' ORDER BY doc_id").fetchall()
    escaped = "".join(f"\\x{b:02x}" for b in "개인정보처리방침".encode("cp949"))
    assert rows[0] == (escaped, f"{raw}/{escaped}.txt", "ok")
    assert con.execute(f"SELECT count(*) FROM '{out}/sections/*.parquet' WHERE doc_id = ?", [escaped]).fetchone()[0] > 5
    assert [p.name for p in (out / ".runs").iterdir()] == [os.readlink(out / "current").split("/")[1]]
    # The escaped doc_id is stable: an unchanged re-run reuses it.
    assert main(["run", str(raw), "--out", str(out), "--no-progress", "--workers", "1"]) == 0
    assert "2 unchanged, reused" in capsys.readouterr().out
    # show takes the real path and prints the name escaped.
    path = os.fsdecode(os.path.join(os.fsencode(raw), CP949_NAME))
    assert main(["show", path]) == 0
    assert escaped in capsys.readouterr().out


def test_storable_keeps_utf8_and_escapes_names_that_are_not():
    assert storable("개인정보.txt") == "개인정보.txt"
    assert storable(os.fsdecode(b"a\xb0\xa1b")) == "a\\xb0\\xa1b"
    assert storable(os.fsdecode("정보".encode("cp949") + b"-\xc3\xb3")) == "\\xc1\\xa4\\xba\\xb8-\\xc3\\xb3"
    assert storable("lone \ud800 surrogate") == "lone \\ud800 surrogate"


def test_links_that_leave_the_input_folder_are_skipped_with_a_warning(tmp_path, capsys):
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("제1조 개인정보처리방침 비밀번호는 hunter2 입니다. " * 20, "utf-8")
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    shutil.copy(POLICY, raw / "policy.txt")
    (raw / "leak.txt").symlink_to(secret)
    (raw / "linked_dir").symlink_to(secret.parent, target_is_directory=True)
    (raw / "sub" / "alias.txt").symlink_to("../policy.txt")  # stays inside: fine
    out = tmp_path / "out"
    assert main(["run", str(raw), "--out", str(out), "--no-progress", "--workers", "1"]) == 0
    captured = capsys.readouterr()
    assert f"warning: skipped {raw / 'leak.txt'}: a link to {secret}, outside {raw}" in captured.err
    assert f"warning: skipped {raw / 'linked_dir'}" in captured.err
    con = duckdb.connect()
    assert sorted(r[0] for r in con.execute(f"SELECT doc_id FROM '{out}/documents/*.parquet'").fetchall()) == \
        ["alias", "policy"]
    assert con.execute(f"SELECT count(*) FROM '{out}/sections/*.parquet' WHERE text LIKE '%hunter2%'").fetchone()[0] == 0
    # Through a glob the same holds; a file named on the command line is taken as given.
    warnings = []
    found = discover_inputs([str(raw / "*.txt")], warn=warnings.append)
    assert [i.doc_id for i in found] == ["policy"] and "leak.txt" in warnings[0]
    assert [i.doc_id for i in discover_inputs([str(raw / "leak.txt")])] == ["leak"]


def test_a_manifest_with_wrong_types_only_loses_provenance(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(POLICY, raw / "a.txt")
    rows = [{"doc_id": "a", "url": 5, "org": ["x"], "fetched_at": {"t": 1}}, {"doc_id": 7}, [1, 2], "text"]
    (raw / "manifest.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken", "utf-8")
    out = tmp_path / "out"
    assert main(["run", str(raw), "--out", str(out), "--no-progress", "--workers", "1"]) == 0
    row = duckdb.connect().execute(f"SELECT url, org, fetched_at, status FROM '{out}/documents/*.parquet'").fetchone()
    assert row == (None, None, None, "ok")
