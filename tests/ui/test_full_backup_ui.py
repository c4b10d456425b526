"""The home window's full backup: the reminder after 30 days, the menu action, and file dialogs
that cannot write into the data folder (the reason is shown)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ecoassess.storage import fullbackup


def _age_everything(context, days: int) -> None:
    """Pretend the assessments were made `days` ago (the reminder counts from the oldest)."""
    import sqlite3

    stamp = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S.%f") + "+00:00"
    conn = sqlite3.connect(context.data_dir / "ecoassess.sqlite3")
    conn.execute("UPDATE assessment SET created_at = ?", (stamp,))
    conn.commit()
    conn.close()


def test_reminder_shows_after_30_days_and_a_full_backup_from_the_menu_clears_it(context, home, qtbot, tmp_path):
    from ecoassess.demo import create_demo

    create_demo(context.store)
    home.reload()
    assert home.backups.banner.isHidden()  # a new assessment: nothing to remind of yet
    _age_everything(context, 45)
    home.reload()
    assert not home.backups.banner.isHidden()
    assert "30" in home.backups.banner_text.text() and "USB" in home.backups.banner_text.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    home.backups.choose_file = lambda suggested: usb / suggested
    assert home.backups.action.text() in [a.text() for a in home.file_menu.actions()]
    task = home.backups.full_backup()
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert task.ok, task.trace
    written = task.result.path
    assert written.parent == usb and written.suffix == ".ecoassess-backup"
    assert fullbackup.verify(written)["members"]
    assert home.backups.banner.isHidden()
    assert str(written) in home.statusBar().currentMessage()


def test_a_full_backup_into_the_data_folder_is_refused_with_the_reason(context, home):
    shown: list[str] = []
    home.backups.show_message = lambda _title, text: shown.append(text)
    home.backups.choose_file = lambda suggested: context.data_dir / "backups" / suggested
    assert home.backups.full_backup() is None
    assert shown and "โฟลเดอร์ข้อมูล" in shown[0]
    assert not list((context.data_dir / "backups").glob("*.ecoassess-backup"))


def test_a_spreadsheet_over_the_database_is_refused_and_the_data_stays(context, home):
    from ecoassess.demo import create_demo

    aid = create_demo(context.store)
    home.reload()
    before = (context.data_dir / "ecoassess.sqlite3").stat().st_size
    shown: list[str] = []
    home.portable.show_message = lambda _title, text: shown.append(text)
    home.portable.choose_sheet = lambda _suggested: context.data_dir / "ecoassess.sqlite3"
    assert home.portable.export_spreadsheet() is None
    assert shown and "โฟลเดอร์ข้อมูล" in shown[0]
    assert (context.data_dir / "ecoassess.sqlite3").stat().st_size == before
    assert context.store.get_assessment(aid).answers


def test_the_reminder_and_the_first_run_hint_grow_in_presentation_mode(context, home, qtbot):
    """A trainer projects the home window: the boxed texts grow with every other text."""
    from ecoassess.demo import create_demo

    home.show()
    qtbot.waitExposed(home)
    hint = home.empty_text.fontInfo().pointSizeF()
    create_demo(context.store)
    _age_everything(context, 45)
    home.reload()
    assert home.backups.banner.isVisible()
    reminder = home.backups.banner_text.fontInfo().pointSizeF()
    context.set_presentation(True)
    try:
        qtbot.waitUntil(lambda: home.backups.banner_text.fontInfo().pointSizeF() > reminder)
        assert home.empty_text.fontInfo().pointSizeF() > hint
    finally:
        context.set_presentation(False)
