"""Qt's own words the app shows (file dialog, context menus, message boxes), for the app's .ts.

Qt ships no Thai catalogue, so the Thai words of its dialogs come from the app's own
translations: installing ecoassess_th.qm translates Qt's contexts too. Listing the strings here
lets lupdate collect them under Qt's own context names; the texts are Qt 6's exact sources
(read from the running library; see tests/ui/test_thai_everywhere.py).

Some entries must keep their source text: shortcut names ("Alt+Left", "Ctrl") would otherwise
change what the keys are called, and QT_LAYOUT_DIRECTION must say "LTR" (Thai reads left to
right).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP


def qt_strings() -> list[tuple[str, str]]:
    """(context, source) of every Qt string the app has translated (QT_TRANSLATE_NOOP returns
    the source; lupdate collects each under its context). PySide's stub types it `object`."""
    return cast(list[tuple[str, str]], [
        ("QGuiApplication", QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")),
        # the file dialog (Qt's own, used in Thai mode)
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "File &name:")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directory:")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Open")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Save")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Choose")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Delete")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Rename")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&New Folder")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directories")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Back")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Forward")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go back")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go forward")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List View")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Detail View")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Sidebar")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Recent Places")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Show ")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Alt+Left")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Alt+Right")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Alt+Up")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Could not delete directory.")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given.")),
        ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog",
                           "%1\nDirectory not found.\nPlease verify the correct directory name was given.")),
        ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Name")),
        ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Size")),
        ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Type")),
        ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified")),
        ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Computer")),
        ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")),
        ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")),
        # the context menus of every text field
        ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo")),
        ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo")),
        ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")),
        ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy")),
        ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste")),
        ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete")),
        ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All")),
        ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo")),
        ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo")),
        ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t")),
        ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")),
        ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste")),
        ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete")),
        ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")),
        ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")),
        ("QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All")),
        ("QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up")),
        ("QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down")),
        # standard buttons and message boxes
        ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")),
        ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")),
        ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open")),
        ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")),
        ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")),
        ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")),
        ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")),
        ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")),
        ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")),
        ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help")),
        ("QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")),
        ("QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...")),
        ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Ctrl")),
        ("QProgressBar", QT_TRANSLATE_NOOP("QProgressBar", "%p%")),
    ])


# Entries whose Thai must be the source itself (keys, layout direction, a progress format).
KEEP_SOURCE = {"Alt+Left", "Alt+Right", "Alt+Up", "Ctrl", "%p%"}
LAYOUT_DIRECTION = "LTR"
