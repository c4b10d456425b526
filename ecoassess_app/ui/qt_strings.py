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


def qt_strings() -> list[tuple[str, str]]:
    """(context, source) of every Qt string the app has translated."""
    return [
        ("QGuiApplication", QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION")),
        # the file dialog (Qt's own, used in Thai mode)
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "&Look in:")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "File &name:")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Files of &type:")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Directory:")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "&Open")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "&Save")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "&Choose")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "&Delete")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "&Rename")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "&New Folder")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Show &hidden files")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "All Files (*)")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Files")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Directories")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Back")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Forward")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Parent Directory")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Go back")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Go forward")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Go to the parent directory")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Create New Folder")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Create a New Folder")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "List View")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Detail View")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Change to list view mode")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Change to detail view mode")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "List of places and bookmarks")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Sidebar")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Recent Places")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Show ")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Alt+Left")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Alt+Right")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Alt+Up")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "%1 already exists.\nDo you want to replace it?")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Are you sure you want to delete '%1'?")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "Could not delete directory.")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given.")),
        ("QFileDialog", QCoreApplication.translate("QFileDialog",
                           "%1\nDirectory not found.\nPlease verify the correct directory name was given.")),
        ("QFileSystemModel", QCoreApplication.translate("QFileSystemModel", "Name")),
        ("QFileSystemModel", QCoreApplication.translate("QFileSystemModel", "Size")),
        ("QFileSystemModel", QCoreApplication.translate("QFileSystemModel", "Type")),
        ("QFileSystemModel", QCoreApplication.translate("QFileSystemModel", "Date Modified")),
        ("QFileSystemModel", QCoreApplication.translate("QFileSystemModel", "Computer")),
        ("QAbstractFileIconProvider", QCoreApplication.translate("QAbstractFileIconProvider", "Drive")),
        ("QAbstractFileIconProvider", QCoreApplication.translate("QAbstractFileIconProvider", "Folder")),
        # the context menus of every text field
        ("QLineEdit", QCoreApplication.translate("QLineEdit", "&Undo")),
        ("QLineEdit", QCoreApplication.translate("QLineEdit", "&Redo")),
        ("QLineEdit", QCoreApplication.translate("QLineEdit", "Cu&t")),
        ("QLineEdit", QCoreApplication.translate("QLineEdit", "&Copy")),
        ("QLineEdit", QCoreApplication.translate("QLineEdit", "&Paste")),
        ("QLineEdit", QCoreApplication.translate("QLineEdit", "Delete")),
        ("QLineEdit", QCoreApplication.translate("QLineEdit", "Select All")),
        ("QWidgetTextControl", QCoreApplication.translate("QWidgetTextControl", "&Undo")),
        ("QWidgetTextControl", QCoreApplication.translate("QWidgetTextControl", "&Redo")),
        ("QWidgetTextControl", QCoreApplication.translate("QWidgetTextControl", "Cu&t")),
        ("QWidgetTextControl", QCoreApplication.translate("QWidgetTextControl", "&Copy")),
        ("QWidgetTextControl", QCoreApplication.translate("QWidgetTextControl", "&Paste")),
        ("QWidgetTextControl", QCoreApplication.translate("QWidgetTextControl", "Delete")),
        ("QWidgetTextControl", QCoreApplication.translate("QWidgetTextControl", "Select All")),
        ("QWidgetTextControl", QCoreApplication.translate("QWidgetTextControl", "Copy &Link Location")),
        ("QAbstractSpinBox", QCoreApplication.translate("QAbstractSpinBox", "&Select All")),
        ("QAbstractSpinBox", QCoreApplication.translate("QAbstractSpinBox", "&Step up")),
        ("QAbstractSpinBox", QCoreApplication.translate("QAbstractSpinBox", "Step &down")),
        # standard buttons and message boxes
        ("QPlatformTheme", QCoreApplication.translate("QPlatformTheme", "OK")),
        ("QPlatformTheme", QCoreApplication.translate("QPlatformTheme", "Cancel")),
        ("QPlatformTheme", QCoreApplication.translate("QPlatformTheme", "Open")),
        ("QPlatformTheme", QCoreApplication.translate("QPlatformTheme", "Save")),
        ("QPlatformTheme", QCoreApplication.translate("QPlatformTheme", "Close")),
        ("QPlatformTheme", QCoreApplication.translate("QPlatformTheme", "&Yes")),
        ("QPlatformTheme", QCoreApplication.translate("QPlatformTheme", "&No")),
        ("QPlatformTheme", QCoreApplication.translate("QPlatformTheme", "Discard")),
        ("QPlatformTheme", QCoreApplication.translate("QPlatformTheme", "Apply")),
        ("QPlatformTheme", QCoreApplication.translate("QPlatformTheme", "Help")),
        ("QMessageBox", QCoreApplication.translate("QMessageBox", "Show Details...")),
        ("QMessageBox", QCoreApplication.translate("QMessageBox", "Hide Details...")),
        ("QShortcut", QCoreApplication.translate("QShortcut", "Ctrl")),
        ("QProgressBar", QCoreApplication.translate("QProgressBar", "%p%")),
    ]


# Entries whose Thai must be the source itself (keys, layout direction, a progress format).
KEEP_SOURCE = {"Alt+Left", "Alt+Right", "Alt+Up", "Ctrl", "%p%"}
LAYOUT_DIRECTION = "LTR"
