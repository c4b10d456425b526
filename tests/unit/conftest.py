"""Shared fixtures of the core's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ecoassess.storage import open_store
from ecoassess.storage.service import Store
from tests.clock import Clock


@pytest.fixture
def clocked_store(tmp_path: Path) -> Iterator[Store]:
    """A new data folder's store whose clock the test moves by hand (tests.clock.Clock)."""
    s = open_store(tmp_path / "data")
    s.clock = Clock()
    yield s
    s.close()
