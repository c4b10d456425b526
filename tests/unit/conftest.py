"""Shared fixtures of the core's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ecoassess import model
from ecoassess.scheme import load_scheme
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


@pytest.fixture
def store(clocked_store: Store) -> Store:
    """The clocked store (a module that wants another store defines its own `store`)."""
    return clocked_store


@pytest.fixture
def aid(store: Store) -> str:
    """โรงงานน้ำใส's assessment on the shipped scheme, in `store`."""
    scheme = load_scheme()
    return store.create_assessment(model.FactoryProfile(name_th="โรงงานน้ำใส"), scheme_id=scheme.id,
                                   scheme_version=scheme.version)
