from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture
def seed_path():
    def find(prefix: str) -> Path:
        return next(RAW.glob(f"{prefix}_*"))
    return find
