"""What the estate window does when asked: new estate, imports, officer edits, report and
spreadsheet. Checks and computing stay in `ecoassess.estate`; this module asks and shows.

The dialogs are hooks on the window (`choose_*`, `ask_*`, `confirm`, `show_message`), set here
to the real dialogs; tests replace them with answers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from ecoassess.i18n import label
from ecoassess_app.ui import dialogs
from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.estate_asks import EstateAsks
from ecoassess_app.ui.estate_dialogs import (
    AddItemDialog,
    ItemDialog,
    LocalDialog,
    MappingDialog,
    NewEstateDialog,
    SlotDialog,
    ThresholdDialog,
    et,
)
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.workers import run_task


def _service() -> Any:
    from ecoassess.estate import service

    return service


def _answer(dialog: QDialog, value: Callable[[Any], Any], default: Any = None) -> Any:
    return value(dialog) if dialog.exec() == QDialog.DialogCode.Accepted else default


class EstateActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.w = window
        w = window
        self.asks = asks = EstateAsks(window)
        w.choose_files, w.choose_folder = asks.choose_files, asks.choose_folder
        w.choose_report, w.choose_sheet, w.ask_consent = asks.choose_report, asks.choose_sheet, asks.ask_consent
        w.confirm = dialogs.run_confirm  # given a dialogs.Confirm naming what goes; Cancel is the default
        w.show_message = lambda title, text: dialogs.inform(w, title, text)
        w.choose_local = lambda summaries: _answer(LocalDialog(summaries, w), lambda d: d.chosen(), [])
        w.ask_new_estate = lambda: _answer(NewEstateDialog(w), lambda d: d.values())
        w.ask_item = lambda item: _answer(ItemDialog(item, w), lambda d: d.values())
        w.ask_new_item = lambda: _answer(AddItemDialog(w), lambda d: d.values())
        w.ask_slot = lambda slot: _answer(SlotDialog(slot.id, slot.name, w), lambda d: d.values())
        w.ask_mapping = lambda mapping, dims, crits: _answer(MappingDialog(mapping, dims, crits, w),
                                                             lambda d: d.mapping())
        w.ask_threshold = lambda title, text, value: _answer(ThresholdDialog(title, text, value, w),
                                                             lambda d: (d.value(),))

    # --- wiring -----------------------------------------------------------------------------
    def connect_panels(self) -> None:
        w, service = self.w, _service
        w.overview_panel.threshold_requested.connect(self.readiness_threshold)
        w.dimension_panel.edit_requested.connect(self.edit_mapping)
        w.dimension_panel.reset_requested.connect(lambda: self.change(lambda s, e: service().set_mapping(s, e, None)))
        w.snapshot_panel.remove_requested.connect(self.remove_snapshot)
        lv = w.levels_panel
        lv.framework_chosen.connect(lambda fid: self.change(lambda s, e: service().set_framework(s, e, fid)))
        lv.item_edit.connect(self.edit_item)
        lv.item_add.connect(self.add_item)
        lv.item_remove.connect(self.remove_item)
        lv.slot_edit.connect(self.name_slot)
        lv.threshold_edit.connect(self.level_threshold)

    def change(self, work: Callable[[Any, Any], Any]) -> bool:
        """Run an officer's change through the core (which checks it), then refresh the view."""
        w = self.w
        if w.estate is None:
            return False
        try:
            work(w.context.store, w.estate)
        except Exception as error:  # a refused value is explained; the view stays as it was
            w.show_message(w.windowTitle(), error_text(error))
            return False
        w.reload_estates(w.estate.id)
        return True

    # --- estates and imports ----------------------------------------------------------------
    def new_estate(self) -> Any:
        w = self.w
        answer = w.ask_new_estate()
        if not answer or not answer[0].strip():
            return None
        try:
            estate = _service().new_estate(w.context.store, answer[0], answer[1])
        except Exception as error:
            w.show_message(w.windowTitle(), error_text(error))
            return None
        w.reload_estates(estate.id)
        return estate

    def delete_estate(self) -> bool:
        from ecoassess.storage.estates import delete_estate

        w = self.w
        if w.estate is None:
            return False
        estate = w.estate
        box = self.asks.confirm_box(
            self.tr("Delete the estate"),
            self.tr("Delete the estate %1 with its %2 snapshots of %3 factories?").replace(
                "%1", estate.name(current_language())).replace("%2", str(estate.snapshots)).replace(
                "%3", str(estate.factories)),
            self.tr("The database is backed up first; the factories' own files are not touched."))
        if not w.confirm(box):
            return False
        name = w.estate.name(current_language())
        try:
            backup = delete_estate(w.context.store, w.estate.id)
        except Exception as error:
            w.show_message(w.windowTitle(), error_text(error))
            return False
        w.estate = None
        w.reload_estates()
        w.statusBar().showMessage(et("deleted", name=name, backup=backup), 15000)
        return True

    def _run_import(self, title: str, work: Callable[..., Any]) -> Any:
        w = self.w
        if w.estate is None:
            return None
        consent = w.ask_consent()
        if consent is None:
            return None
        store, estate = w.context.store, w.estate

        def job(progress: Any) -> Any:
            return work(store, estate, consent,
                        lambda done, total, name: progress(100 * done // max(total, 1), name))

        task = run_task(w, title, job, self._imported)
        w.tasks.append(task)
        return task

    def _imported(self, ok: bool, payload: Any) -> None:
        w = self.w
        if not ok:
            w.show_message(w.windowTitle(), error_text(payload))
            return
        lang = current_language()
        bad = [o for o in payload if not o.ok]
        lines = [et("import_summary", ok=len(payload) - len(bad), bad=len(bad))]
        lines += [f"{Path(o.source).name}: {o.reason(lang)}" for o in bad]
        w.last_outcomes = payload
        w.reload_estates(w.estate.id)
        w.show_message(w.windowTitle(), "\n".join(lines))

    def import_files(self) -> Any:
        from ecoassess.estate.importing import import_paths

        paths = self.w.choose_files()
        if not paths:
            return None
        return self._run_import(self.tr("Importing the factories' files…"),
                                lambda s, e, c, p: import_paths(s, e, paths, consent=c, progress=p))

    def import_folder(self) -> Any:
        from ecoassess.estate.importing import expand_paths, import_paths

        folder = self.w.choose_folder()
        if folder is None:
            return None
        if not expand_paths([folder]):
            self.w.show_message(self.w.windowTitle(), self.tr("No .ecoassess files in %1").replace("%1", str(folder)))
            return None
        return self._run_import(self.tr("Importing the folder…"),
                                lambda s, e, c, p: import_paths(s, e, [folder], consent=c, progress=p))

    def import_local(self) -> Any:
        from ecoassess.estate.importing import import_local as take

        summaries = self.w.context.store.list_assessments()
        if not summaries:
            self.w.show_message(self.w.windowTitle(), self.tr("There is no assessment on this computer yet."))
            return None
        ids = self.w.choose_local(summaries)
        if not ids:
            return None
        return self._run_import(self.tr("Taking the assessments in…"),
                                lambda s, e, c, p: take(s, e, ids, consent=c, progress=p))

    def remove_snapshot(self, snapshot_id: int) -> None:
        from ecoassess.storage.estates import delete_snapshot

        box = self.asks.confirm_box(
            self.tr("Remove the snapshot"),
            self.tr("Remove the snapshot of %1 from the estate?").replace(
                "%1", self.w.snapshot_panel.describe(snapshot_id)),
            self.tr("The factory's own file is not touched; its other snapshots stay."), self.tr("Remove"))
        if self.w.confirm(box):
            self.change(lambda s, e: delete_snapshot(s, e.id, snapshot_id))

    def remove_item(self, item: Any) -> None:
        box = self.asks.confirm_box(
            self.tr("Remove the item"),
            self.tr("Remove the item %1 that you added?").replace("%1", label(item.title, current_language())),
            self.tr("Its status, evidence and note go with it."), self.tr("Remove"))
        if self.w.confirm(box):
            self.change(lambda s, e: _service().remove_item(s, e, item.id))

    # --- officer's settings -----------------------------------------------------------------
    def readiness_threshold(self) -> None:
        w = self.w
        current = w.estate.settings.get("readiness_threshold") if w.estate else None
        answer = w.ask_threshold(self.tr("Readiness threshold"), self.tr(
            "The Eco Factory pass mark is not public. Factories at or above this readiness are counted; "
            "leave it unset to use the scheme's assumption."), current)
        if answer is not None:
            self.change(lambda s, e: _service().set_readiness_threshold(s, e, answer[0]))

    def level_threshold(self, level: Any) -> None:
        if level is None:
            return
        current = level.threshold if level.threshold_provenance == "officer" else None
        answer = self.w.ask_threshold(self.tr("Threshold of the level"), et("level_notice"), current)
        if answer is not None:
            self.change(lambda s, e: _service().set_level_threshold(s, e, level.id, answer[0]))

    def edit_item(self, item: Any) -> None:
        values = self.w.ask_item(item)
        if values is not None:
            self.change(lambda s, e: _service().set_requirement(s, e, item.id, **values))

    def add_item(self, level_id: str) -> None:
        values = self.w.ask_new_item()
        if values is not None:
            self.change(lambda s, e: _service().add_item(s, e, level_id, **values))

    def name_slot(self, slot: Any) -> None:
        names = self.w.ask_slot(slot)
        if names is not None:
            self.change(lambda s, e: _service().name_slot(s, e, slot.id, *names))

    def edit_mapping(self) -> None:
        from ecoassess.estate.framework import ROLLUP_FRAMEWORK, framework
        from ecoassess.estate.overview import mapping_of

        w = self.w
        if w.overview is None:
            return
        mapping, _provenance = mapping_of(w.estate)
        answer = w.ask_mapping(mapping, framework(ROLLUP_FRAMEWORK).dimensions, w.overview.heatmap.criteria)
        if answer is not None:
            self.change(lambda s, e: _service().set_mapping(s, e, answer))

    # --- report and spreadsheet -------------------------------------------------------------
    def _suggested(self, suffix: str) -> str:
        from ecoassess.paths import safe_file_name

        name = self.w.estate.name(current_language()) if self.w.estate else "estate"
        return f"{safe_file_name(name, limit=60)}{suffix}"

    def _write(self, title: str, target: Path, kind: str, render: Callable[[Path], Path]) -> Any:
        """Check the path first (nothing computed for a bad one), then render and write off the
        GUI thread."""
        from ecoassess.fileio import check_output

        w = self.w
        try:
            # the save dialog asked before replacing a file; the data folder is still refused
            checked = check_output(target, kind=kind, data_root=w.context.data_dir, force=True)
        except Exception as error:
            w.show_message(w.windowTitle(), error_text(error))
            return None

        def done(ok: bool, payload: Any) -> None:
            text = self.tr("Written: %1").replace("%1", str(payload)) if ok else error_text(payload)
            w.statusBar().showMessage(text, 15000)
            w.show_message(w.windowTitle(), text)

        task = run_task(w, title, lambda progress: render(checked), done)
        w.tasks.append(task)
        return task

    def write_report(self) -> Any:
        from ecoassess.estate.overview import build_overview
        from ecoassess.estate.report import write_report as write

        w = self.w
        if w.overview is None:
            return None
        answer = w.choose_report(self._suggested(".pdf"))
        if answer is None:
            return None
        path, lang = answer
        store, estate, rows, anonymise = w.context.store, w.estate, w.rows, w.anonymise.isChecked()

        def render(target: Path) -> Path:  # factory names in the report's own language
            ov = build_overview(store, estate, "en" if lang == "en" else "th", anonymise=anonymise, rows=rows)
            return write(ov, lang, target)

        return self._write(self.tr("Writing the estate report…"), path, "pdf", render)

    def write_sheet(self) -> Any:
        from ecoassess.estate.sheet import write_sheet as write

        w = self.w
        if w.overview is None:
            return None
        path = w.choose_sheet(self._suggested(".xlsx"))
        if path is None:
            return None
        overview, lang = w.overview, current_language()
        kind = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        return self._write(self.tr("Writing the spreadsheet…"), path, kind,
                           lambda target: write(overview, lang, target))
