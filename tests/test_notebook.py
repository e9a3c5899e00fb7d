import nbformat
from nbclient import NotebookClient

from pipeline import cli

from conftest import RAW, ROOT

NOTEBOOK = ROOT / "notebooks" / "compare_organizations.ipynb"
N_CHARTS = 5  # items heatmap, retention, processors, recipients, findings


def outputs_of(nb) -> list:
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]


def text_of(outputs) -> str:
    return "\n".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in outputs)


def test_notebook_executes_on_the_bundled_data(tmp_path, monkeypatch):
    out = tmp_path / "parquet"
    assert cli.main(["run", str(RAW), "--out", str(out), "--no-progress", "--workers", "0"]) == 0
    monkeypatch.setenv("POLICY_PARQUET", str(out))  # the kernel inherits the environment
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = outputs_of(nb)
    assert not [o for o in outputs if o.output_type == "error"]
    assert len([o for o in outputs if "image/png" in o.get("data", {})]) == N_CHARTS
    text = text_of(outputs)
    assert "Korean font: NanumGothic" in text
    assert "'documents': 3" in text and "3 policies" in text
    assert "메가존아이티평생교육원" in text  # an organization of the seed documents


def test_committed_notebook_keeps_its_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    outputs = outputs_of(nb)
    assert not [o for o in outputs if o.output_type == "error"]
    assert len([o for o in outputs if "image/png" in o.get("data", {})]) == N_CHARTS
    assert all(cell.execution_count for cell in nb.cells if cell.cell_type == "code")
