import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest
import pandas as pd

from pipeline.cli import main
from tests.conftest import RAW

POLICY_BODY = (RAW / "000_5cf176f47107bd25.txt").read_text("utf-8")


def write_inputs(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    html = f"<html><head><meta charset='euc-kr'></head><body><h1>개인정보처리방침</h1><pre>{POLICY_BODY}</pre></body></html>"
    (folder / "euckr_lying_meta.html").write_bytes(html.replace("euc-kr", "utf-8").encode("cp949", "replace"))
    (folder / "good.txt").write_text(POLICY_BODY, "utf-8")
    (folder / "empty.html").write_bytes(b"")
    (folder / "binary.php").write_bytes(bytes(range(256)) * 20)
    (folder / "notfound.jsp").write_text(
        "<html><body><h1>404 Not Found</h1><p>요청하신 페이지를 찾을 수 없습니다.</p></body></html>", "utf-8")
    (folder / "english.htm").write_text(
        "<html><body><h1>Privacy Policy</h1>" + "<p>We collect your name and email address.</p>" * 40
        + "</body></html>", "utf-8")
    terms = "\n".join(f"제{i}조(목적) 이 약관은 회사가 제공하는 서비스의 이용조건 및 절차를 규정합니다." for i in range(1, 30))
    (folder / "terms.md").write_text("# 서비스 이용약관\n" + terms, "utf-8")
    (folder / "login.html").write_text(
        "<html><body><form><input name=id><input name=pw></form><p>로그인</p><p>아이디 비밀번호 찾기</p></body></html>",
        "utf-8")


def documents(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "documents").set_index("doc_id")


def test_batch_goes_on_past_bad_pages_and_summarizes(tmp_path, capsys):
    write_inputs(tmp_path / "raw")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "raw"), "--out", str(out), "--no-progress"]) == 0
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    assert summary.startswith("8 documents (2 ok, 4 not_policy, 2 error)")
    docs = documents(out)
    assert docs.loc["good", "status"] == "ok"
    assert docs.loc["euckr_lying_meta", "status"] == "ok"
    assert docs.loc["euckr_lying_meta", "encoding"].startswith("cp949")
    assert docs.loc["empty", "error"] == "empty file"
    assert docs.loc["binary", "error"] == "binary file, not text"
    for doc_id in ("notfound", "english", "terms", "login"):
        assert docs.loc[doc_id, "status"] == "not_policy", doc_id
    assert docs.loc["good", "sha256"] == __import__("hashlib").sha256(POLICY_BODY.encode()).hexdigest()
    assert docs.loc["good", "n_sections"] > 5
    assert str(docs.loc["good", "effective_date"]) == "2012-03-01"


def test_strict_exit_code(tmp_path):
    write_inputs(tmp_path / "raw")
    assert main(["run", str(tmp_path / "raw"), "--out", str(tmp_path / "o"), "--no-progress", "--strict"]) == 1
    assert main(["run", str(tmp_path / "raw" / "good.txt"), "--out", str(tmp_path / "o"), "--no-progress",
                 "--strict"]) == 0


def test_bad_arguments_are_one_line_errors(tmp_path, capsys):
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("policy-extract: error: input not found") and "Traceback" not in err
    (tmp_path / "empty").mkdir()
    assert main(["run", str(tmp_path / "empty"), "--out", str(tmp_path / "o")]) == 2


def test_tables_read_back_with_duckdb_and_pandas(tmp_path):
    out = tmp_path / "out"
    assert main(["run", str(RAW), "--out", str(out), "--no-progress"]) == 0
    con = duckdb.connect()
    n_docs = con.execute(f"SELECT count(*) FROM '{out}/documents/*.parquet' WHERE status = 'ok'").fetchone()[0]
    assert n_docs == 3
    rows = con.execute(
        f"SELECT doc_id, category FROM '{out}/sections/*.parquet' WHERE category = 'retention'").fetchall()
    assert {doc for doc, _ in rows} >= {"003_3c391b94e38ab332", "004_df645b5aa5c3ef0b"}
    sections = pd.read_parquet(out / "sections")
    docs = pd.read_parquet(out / "documents")
    assert set(sections["doc_id"]) == set(docs["doc_id"])
    for table in ("collected_items", "retention", "processors", "third_parties"):
        con.execute(f"SELECT * FROM '{out}/{table}/*.parquet'").fetchall()  # every table exists with its schema


def test_killed_run_leaves_previous_output_whole(tmp_path):
    out = tmp_path / "out"
    assert main(["run", str(RAW), "--out", str(out), "--no-progress"]) == 0
    before = documents(out)
    big = tmp_path / "big"
    big.mkdir()
    for i in range(3000):
        shutil.copy(RAW / "003_3c391b94e38ab332.txt", big / f"copy{i:05d}.txt")
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(big), "--out", str(out), "--no-progress"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and len(list((out / ".runs").iterdir())) < 2:
        time.sleep(0.05)
    time.sleep(1.0)  # well into the run, with rows buffered or written
    assert proc.poll() is None, "the run finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the run and its worker processes
    proc.wait()
    after = documents(out)
    pd.testing.assert_frame_equal(before, after)
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{out}/sections/*.parquet'").fetchone()[0] > 0
    # The next run cleans up what the killed one left behind.
    assert main(["run", str(RAW), "--out", str(out), "--no-progress"]) == 0
    assert len(list((out / ".runs").iterdir())) == 1


def test_ctrl_c_stops_cleanly_and_keeps_previous_output(tmp_path):
    out = tmp_path / "out"
    assert main(["run", str(RAW), "--out", str(out), "--no-progress"]) == 0
    before = documents(out)
    big = tmp_path / "big"
    big.mkdir()
    for i in range(20000):  # links to one policy: a run of a minute or so, interrupted well into it
        os.link(RAW / "004_df645b5aa5c3ef0b.txt", big / f"copy{i:05d}.txt")
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(big), "--out", str(out), "--no-progress",
                             "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and len(list((out / ".runs").iterdir())) < 2:
        time.sleep(0.05)
    time.sleep(3.0)
    assert proc.poll() is None, "the run finished before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal sends
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "interrupted; previous output left unchanged" in err and "Traceback" not in err
    pd.testing.assert_frame_equal(before, documents(out))
    assert len(list((out / ".runs").iterdir())) == 1


def test_ctrl_c_during_a_fork_arrives_after_it_and_the_child_never_sees_it():
    from pipeline.signals import sigint_held

    readable, writable = os.pipe()
    pid, raised_inside, delivered_after = None, None, False
    try:
        with sigint_held():
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C while the process forks (any thread may take it)
            pid = os.fork()
            if pid == 0:
                held = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
                os.write(writable, b"held" if held else b"open")
                os._exit(0)
            raised_inside = False
    except KeyboardInterrupt:
        delivered_after = True
    assert pid is not None and raised_inside is False and delivered_after
    os.waitpid(pid, 0)
    assert os.read(readable, 4) == b"held"


def test_ctrl_c_taken_by_another_thread_still_waits_for_the_block_to_end():
    from pipeline.signals import sigint_held

    stop = threading.Event()
    others = [threading.Thread(target=stop.wait) for _ in range(4)]  # a process-directed signal may go to any
    for thread in others:
        thread.start()
    try:
        for _ in range(20):
            finished = False
            with pytest.raises(KeyboardInterrupt):
                with sigint_held():
                    os.kill(os.getpid(), signal.SIGINT)
                    time.sleep(0.01)  # long enough for another thread to take it
                    finished = True
            assert finished  # the block ran to its end; Ctrl-C came after it
    finally:
        stop.set()
        for thread in others:
            thread.join()


def test_python_dash_m_and_console_script_agree(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("policy-extract ")
    script = Path(sys.executable).parent / "policy-extract"
    assert subprocess.run([str(script), "--version"], capture_output=True, text=True).stdout == result.stdout


def test_show_prints_sections_and_tables(capsys):
    assert main(["show", "003_3c391b94e38ab332", "--raw-dir", str(RAW)]) == 0
    out = capsys.readouterr().out
    assert "retention" in out and "third_party" in out and "통신비밀보호법" in out
    assert main(["show", "no_such_doc", "--raw-dir", str(RAW)]) == 2
