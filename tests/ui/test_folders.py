"""File dialogs open in Documents, then where the officer last saved or picked that kind of file."""

from __future__ import annotations

import os
from pathlib import Path

from ecoassess_app.ui import folders
from ecoassess_app.ui.app import create_context
from tests.ui.conftest import open_new


def test_dossier_defaults_to_documents_then_remembers_the_folder(qapp, context, qtbot, tmp_path):
    documents = Path(os.environ["HOME"]) / "Documents"
    documents.mkdir()
    window = open_new(context, qtbot)
    window.wizard.go_to("export")
    page = window.wizard.pages["export"]
    assert Path(page.output.text()).parent == documents
    year_be = str(window.session.assessment.assessment_year + 543)
    assert page.output.text().endswith(f"{year_be}.pdf")  # named in the UI language (Thai here)

    out = tmp_path / "submissions"
    out.mkdir()
    page.output.setText(str(out / "dossier.pdf"))
    task = page.start_export()
    qtbot.waitUntil(lambda: task.done, timeout=120_000)
    assert (out / "dossier.pdf").is_file()
    assert folders.start_in("dossier", "next.pdf") == str(out / "next.pdf")

    # Remembered in the data folder's settings: a new start of the app opens there too.
    again = create_context(qapp, ["--data-dir", str(context.data_dir)])
    try:
        assert folders.start_in("dossier") == str(out)
        assert folders.start_in("evidence") == str(documents)  # each kind has its own memory
    finally:
        again.close()
        again.languages.uninstall()
        folders.use_prefs(context.prefs)


def test_a_folder_that_no_longer_exists_falls_back_to_documents(context, tmp_path):
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    folders.remember("packages", gone / "class.ecoassess")
    assert folders.start_in("packages") == str(gone)
    gone.rmdir()
    assert folders.start_in("packages") == str(folders.documents())
    assert folders.documents() == Path(os.environ["HOME"])  # no Documents folder here
