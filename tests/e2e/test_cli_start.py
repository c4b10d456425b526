"""Commands import only what they use: `--version`, `list` and `score FILE` start without the ORM,
the PDF stack or the Thai dictionary (bench/bench_commands.py measures the time they save)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.e2e.conftest import ROOT

ANSWERS = ROOT / "ecoassess" / "resources" / "demo" / "answers.json"
# Runs the command as main.py does, then prints the modules it had imported.
PROBE = """
import io, json, sys, contextlib
sys.path.insert(0, sys.argv[1])
from ecoassess_app.main import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[2:])
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""
PDF_AND_THAI = {"reportlab", "uharfbuzz", "pythainlp", "pypdf", "PIL", "openpyxl", "babel"}


def imported(*args: str) -> tuple[int, str, set[str]]:
    proc = subprocess.run([sys.executable, "-c", PROBE, str(ROOT), *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    return report["code"], report["out"], {name.split(".")[0] for name in report["modules"]}


def test_version_answers_before_any_library_loads():
    code, out, modules = imported("--version")
    assert code == 0 and out.startswith("ecoassess ")
    assert not modules & {"sqlalchemy", "pydantic", "yaml", *PDF_AND_THAI}


@pytest.fixture(scope="module")
def data_folder(tmp_path_factory):
    data = tmp_path_factory.mktemp("start") / "data"
    made = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "demo"],
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    return data


def test_list_reads_the_rows_without_sqlalchemy(data_folder):
    code, out, modules = imported("--data-dir", str(data_folder), "list", "--json")
    assert code == 0 and "Siam Green Plastics" in out
    assert not modules & {"sqlalchemy", "alembic", "pydantic", "yaml", *PDF_AND_THAI}


def test_score_of_an_answer_file_needs_neither_the_database_nor_the_pdf_stack(data_folder):
    code, out, modules = imported("--data-dir", str(data_folder), "--ui-lang", "en", "score", str(ANSWERS))
    assert code == 0 and "Total: 42/70" in out
    assert "yaml" in modules and "pydantic" in modules
    assert not modules & {"sqlalchemy", "alembic", *PDF_AND_THAI}
