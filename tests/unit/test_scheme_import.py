"""Importing a newer scheme file beside the shipped one, and mapping old answers by id."""

from __future__ import annotations

import pytest
import yaml

from ecoassess.errors import ValidationError
from ecoassess.model import ItemAnswer
from ecoassess.scheme import (
    available_schemes,
    import_scheme,
    latest_scheme,
    load_scheme,
    map_answers,
)
from ecoassess.scheme.loader import SHIPPED, find_scheme, version_key


def newer_file(tmp_path, version="2027.1", mutate=None):
    raw = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    raw["version"] = version
    if mutate:
        mutate(raw)
    path = tmp_path / f"new-{version}.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def test_import_stores_the_file_and_the_newest_version_wins(tmp_path):
    data = tmp_path / "data"
    scheme, dest = import_scheme(newer_file(tmp_path), data)
    assert dest == data / "schemes" / "eco-factory-2027.1.yaml" and dest.exists()
    assert scheme.version == "2027.1"
    assert [s.version for s in available_schemes(data)] == [load_scheme().version, "2027.1"]
    assert latest_scheme(data).version == "2027.1"
    assert find_scheme(data, "eco-factory", load_scheme().version) == load_scheme()
    assert latest_scheme(None).version == load_scheme().version


def test_import_rejects_invalid_files_and_version_clashes(tmp_path):
    def broken(raw):
        del raw["criteria"][0]["name"]

    with pytest.raises(ValidationError) as caught:
        import_scheme(newer_file(tmp_path, mutate=broken), tmp_path / "data")
    assert caught.value.params["path"] == "criteria[C01].name"

    def renamed(raw):
        raw["title"]["en"] = "Something else"

    with pytest.raises(ValidationError):
        import_scheme(newer_file(tmp_path, load_scheme().version, renamed), tmp_path / "data")
    import_scheme(newer_file(tmp_path, "2027.2"), tmp_path / "data")
    with pytest.raises(ValidationError):
        import_scheme(newer_file(tmp_path, "2027.2", renamed), tmp_path / "data")


def test_damaged_import_never_hides_the_shipped_scheme(tmp_path):
    folder = tmp_path / "schemes"
    folder.mkdir()
    (folder / "eco-factory-9.yaml").write_text("id: [", encoding="utf-8")
    assert latest_scheme(tmp_path).version == load_scheme().version


def test_old_answers_map_by_id(tmp_path):
    def drop_c13_and_rename(raw):
        raw["criteria"] = [c for c in raw["criteria"] if c["id"] != "C13"]
        raw["help"].pop("C13")  # help of a removed criterion would point nowhere
        c10 = next(c for c in raw["criteria"] if c["id"] == "C10")
        c10["inputs"][4]["id"] = "tier1_green"
        c10["levels"][4]["requires"][0]["input"] = "tier1_green"

    new = import_scheme(newer_file(tmp_path, mutate=drop_c13_and_rename), tmp_path / "d")[0]
    answers = {"C01": ItemAnswer("C01", {"inventory": True}),
               "C10": ItemAnswer("C10", {"policy_and_vendor_list": True, "suppliers_green": True}),
               "C13": ItemAnswer("C13", {"l1": True}), "improvement": ItemAnswer("improvement")}
    kept, dropped = map_answers(answers, new)
    assert sorted(kept) == ["C01", "C10", "improvement"]
    assert kept["C10"].value == {"policy_and_vendor_list": True}
    assert dropped == ["C10.suppliers_green", "C13"]


def test_versions_sort_numerically():
    assert sorted(["2026.10", "2026.9", "2027.1"], key=version_key) == ["2026.9", "2026.10", "2027.1"]
