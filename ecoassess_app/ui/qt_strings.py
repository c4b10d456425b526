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

from PySide6.QtCore import QCoreApplication

_t = QCoreApplication.translate


def qt_strings() -> list[tuple[str, str]]:
    """(context, source) of every Qt string the app has translated."""
    return [
        ("QGuiApplication", _t("QGuiApplication", "QT_LAYOUT_DIRECTION")),
        # the file dialog (Qt's own, used in Thai mode)
        ("QFileDialog", _t("QFileDialog", "&Look in:")),
        ("QFileDialog", _t("QFileDialog", "File &name:")),
        ("QFileDialog", _t("QFileDialog", "Files of &type:")),
        ("QFileDialog", _t("QFileDialog", "Directory:")),
        ("QFileDialog", _t("QFileDialog", "&Open")),
        ("QFileDialog", _t("QFileDialog", "&Save")),
        ("QFileDialog", _t("QFileDialog", "&Choose")),
        ("QFileDialog", _t("QFileDialog", "&Delete")),
        ("QFileDialog", _t("QFileDialog", "&Rename")),
        ("QFileDialog", _t("QFileDialog", "&New Folder")),
        ("QFileDialog", _t("QFileDialog", "Show &hidden files")),
        ("QFileDialog", _t("QFileDialog", "All Files (*)")),
        ("QFileDialog", _t("QFileDialog", "Files")),
        ("QFileDialog", _t("QFileDialog", "Directories")),
        ("QFileDialog", _t("QFileDialog", "Back")),
        ("QFileDialog", _t("QFileDialog", "Forward")),
        ("QFileDialog", _t("QFileDialog", "Parent Directory")),
        ("QFileDialog", _t("QFileDialog", "Go back")),
        ("QFileDialog", _t("QFileDialog", "Go forward")),
        ("QFileDialog", _t("QFileDialog", "Go to the parent directory")),
        ("QFileDialog", _t("QFileDialog", "Create New Folder")),
        ("QFileDialog", _t("QFileDialog", "Create a New Folder")),
        ("QFileDialog", _t("QFileDialog", "List View")),
        ("QFileDialog", _t("QFileDialog", "Detail View")),
        ("QFileDialog", _t("QFileDialog", "Change to list view mode")),
        ("QFileDialog", _t("QFileDialog", "Change to detail view mode")),
        ("QFileDialog", _t("QFileDialog", "List of places and bookmarks")),
        ("QFileDialog", _t("QFileDialog", "Sidebar")),
        ("QFileDialog", _t("QFileDialog", "Recent Places")),
        ("QFileDialog", _t("QFileDialog", "Show ")),
        ("QFileDialog", _t("QFileDialog", "Alt+Left")),
        ("QFileDialog", _t("QFileDialog", "Alt+Right")),
        ("QFileDialog", _t("QFileDialog", "Alt+Up")),
        ("QFileDialog", _t("QFileDialog", "%1 already exists.\nDo you want to replace it?")),
        ("QFileDialog", _t("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?")),
        ("QFileDialog", _t("QFileDialog", "Are you sure you want to delete '%1'?")),
        ("QFileDialog", _t("QFileDialog", "Could not delete directory.")),
        ("QFileDialog", _t("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given.")),
        ("QFileDialog", _t("QFileDialog",
                           "%1\nDirectory not found.\nPlease verify the correct directory name was given.")),
        ("QFileSystemModel", _t("QFileSystemModel", "Name")),
        ("QFileSystemModel", _t("QFileSystemModel", "Size")),
        ("QFileSystemModel", _t("QFileSystemModel", "Type")),
        ("QFileSystemModel", _t("QFileSystemModel", "Date Modified")),
        ("QFileSystemModel", _t("QFileSystemModel", "Computer")),
        ("QAbstractFileIconProvider", _t("QAbstractFileIconProvider", "Drive")),
        ("QAbstractFileIconProvider", _t("QAbstractFileIconProvider", "Folder")),
        # the context menus of every text field
        ("QLineEdit", _t("QLineEdit", "&Undo")),
        ("QLineEdit", _t("QLineEdit", "&Redo")),
        ("QLineEdit", _t("QLineEdit", "Cu&t")),
        ("QLineEdit", _t("QLineEdit", "&Copy")),
        ("QLineEdit", _t("QLineEdit", "&Paste")),
        ("QLineEdit", _t("QLineEdit", "Delete")),
        ("QLineEdit", _t("QLineEdit", "Select All")),
        ("QWidgetTextControl", _t("QWidgetTextControl", "&Undo")),
        ("QWidgetTextControl", _t("QWidgetTextControl", "&Redo")),
        ("QWidgetTextControl", _t("QWidgetTextControl", "Cu&t")),
        ("QWidgetTextControl", _t("QWidgetTextControl", "&Copy")),
        ("QWidgetTextControl", _t("QWidgetTextControl", "&Paste")),
        ("QWidgetTextControl", _t("QWidgetTextControl", "Delete")),
        ("QWidgetTextControl", _t("QWidgetTextControl", "Select All")),
        ("QWidgetTextControl", _t("QWidgetTextControl", "Copy &Link Location")),
        ("QAbstractSpinBox", _t("QAbstractSpinBox", "&Select All")),
        ("QAbstractSpinBox", _t("QAbstractSpinBox", "&Step up")),
        ("QAbstractSpinBox", _t("QAbstractSpinBox", "Step &down")),
        # standard buttons and message boxes
        ("QPlatformTheme", _t("QPlatformTheme", "OK")),
        ("QPlatformTheme", _t("QPlatformTheme", "Cancel")),
        ("QPlatformTheme", _t("QPlatformTheme", "Open")),
        ("QPlatformTheme", _t("QPlatformTheme", "Save")),
        ("QPlatformTheme", _t("QPlatformTheme", "Close")),
        ("QPlatformTheme", _t("QPlatformTheme", "&Yes")),
        ("QPlatformTheme", _t("QPlatformTheme", "&No")),
        ("QPlatformTheme", _t("QPlatformTheme", "Discard")),
        ("QPlatformTheme", _t("QPlatformTheme", "Apply")),
        ("QPlatformTheme", _t("QPlatformTheme", "Help")),
        ("QMessageBox", _t("QMessageBox", "Show Details...")),
        ("QMessageBox", _t("QMessageBox", "Hide Details...")),
        ("QShortcut", _t("QShortcut", "Ctrl")),
        ("QProgressBar", _t("QProgressBar", "%p%")),
    ]


# Entries whose Thai must be the source itself (keys, layout direction, a progress format).
KEEP_SOURCE = {"Alt+Left", "Alt+Right", "Alt+Up", "Ctrl", "%p%"}
LAYOUT_DIRECTION = "LTR"
