"""Shared fixtures: the ../shared corpus and gold when present, the bundled sample always."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The ../shared folder, or skip when this checkout has none beside it."""
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip("../shared (corpus, gold, scorer) is not beside this checkout")
    return SHARED
