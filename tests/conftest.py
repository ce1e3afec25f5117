import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

EXAMPLE = ROOT / "resources" / "examples" / "announcement-223.json"
# The reference lives in shared/ beside the checkout (as on CI); a copy in tests/data
# keeps the suite runnable from a lone clone.
REFERENCE_CANDIDATES = [ROOT.parent / "shared" / "reference" / "announcement-223.txt",
                        ROOT / "tests" / "data" / "announcement-223.txt"]


@pytest.fixture
def example():
    from announcer.draft import load
    return load(EXAMPLE)


@pytest.fixture(scope="session")
def reference_paragraphs() -> list[str]:
    path = next(p for p in REFERENCE_CANDIDATES if p.exists())
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
