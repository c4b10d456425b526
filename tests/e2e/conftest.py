"""Run the real program (`python main.py …`) in a subprocess, as a user or CI would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


@pytest.fixture
def cli(tmp_path):
    """cli("list", "--json") runs main.py with a private data folder; returns code/out/err."""
    data = tmp_path / "data"

    def run(*args: str, data_dir: Path | None = data, stdin: str | None = None, lang: str = "en") -> Run:
        env = {k: v for k, v in os.environ.items() if k != "ECOASSESS_HOME"}
        env["LANG"] = "en_US.UTF-8" if lang == "en" else "th_TH.UTF-8"
        cmd = [sys.executable, str(ROOT / "main.py")]
        if data_dir is not None:
            cmd += ["--data-dir", str(data_dir)]
        proc = subprocess.run(cmd + list(args), capture_output=True, text=True, env=env,
                              input=stdin, timeout=180, cwd=tmp_path)
        return Run(proc.returncode, proc.stdout, proc.stderr)

    run.data = data  # type: ignore[attr-defined]
    return run
