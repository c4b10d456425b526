"""Help on a question, from the scheme's own `help` and `glossary`: what an item and each of its
levels mean in plain words, examples of evidence, what the next level needs, the terms used."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ecoassess.i18n import option_letter
from ecoassess.scheme.helptext import terms_used
from ecoassess_app.ui.fonts import emphasise, tinted_box
from ecoassess_app.ui.i18n import current_language, pick
from ecoassess_app.ui.thaiwrap import WrapLabel

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Criterion, Level, Scheme

def source_line(scheme: Scheme, source_ids: list[str]) -> str:
    parts = []
    for source_id in source_ids:
        source = scheme.source(source_id)
        if source is not None:
            # Percent-encoded Thai in an address is shown as Thai: readable, and it wraps.
            parts.append(pick(source.title) + (f" <{unquote(source.url)}>" if source.url else ""))
    return "; ".join(parts)


def headword(entry: Any) -> str:
    """The term as a reader of the UI language looks for it: "กนอ. (IEAT)" in Thai, "IEAT (กนอ.)"
    in English."""
    spellings = entry.spellings()
    if current_language() == "en":
        latin = [sp for sp in spellings if sp.isascii()]
        spellings = latin + [sp for sp in spellings if not sp.isascii()]
    first, rest = spellings[0], spellings[1:]
    return f"{first} ({', '.join(rest)})" if rest else first


def glossary_line(scheme: Scheme, entry: Any) -> str:
    text = f"{headword(entry)} — {pick(entry.name)}: {pick(entry.definition)}"
    sources = source_line(scheme, entry.sources)
    if not sources:
        return text
    return text + " (" + QCoreApplication.translate("HelpPane", "source: %1").replace("%1", sources) + ")"


def level_evidence(criterion: Criterion, level: Level) -> str:
    """The scheme's evidence text for a level, with its options' own evidence lettered."""
    lines = [pick(level.evidence)]
    definition = criterion.input(level.options_input) if level.options_input else None
    lang = current_language()
    for option in getattr(definition, "options", []):
        if option.evidence is not None:
            lines.append(f"{option_letter(option.id, lang)} {pick(option.evidence)}")
    return "\n".join(lines)


def next_level_text(criterion: Criterion, level: Level) -> str:
    """What the level above asks, or that this is the top of the ladder."""
    ids = [lv.id for lv in criterion.levels]
    index = ids.index(level.id)
    if index + 1 >= len(ids):
        return QCoreApplication.translate("HelpPane", "This is the top of the ladder.")
    following = criterion.levels[index + 1]
    return f"{pick(following.name)} · {pick(following.title)}: {pick(following.requirement)}"


def provenance_badge(scheme: Scheme, criterion: Criterion) -> str:
    """"draft" for a drafted criterion, "inferred" where only its points are inferred, else ""."""
    labels = scheme.provenance_labels
    provenance = criterion.provenance if criterion.provenance in ("draft", "inferred") \
        else criterion.points_provenance
    if provenance in ("draft", "inferred") and provenance in labels:
        return pick(labels[provenance].label)
    return ""


def code_tooltip(level: Level) -> str:
    """"S3 = ขั้นที่ 3 (…)": what a short code stands for, shown on hover."""
    return f"{level.id} = {pick(level.name)}: {pick(level.title)}"


class HelpPane(QFrame):
    """A light box of headed paragraphs; hidden until asked for."""

    def __init__(self, parent: QWidget | None = None, name: str = "helpPane") -> None:
        super().__init__(parent)
        self.setObjectName("helpPane")
        self.setAccessibleName(name)
        tinted_box(self, "#f3f7fb")  # no style sheet: the help grows in presentation mode
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 6, 8, 6)
        self.layout_.setSpacing(2)
        self.labels: list[QLabel] = []

    def set_sections(self, sections: list[tuple[str, str]]) -> None:
        """(heading, text) pairs; empty texts are left out."""
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        for heading, text in sections:
            if not text:
                continue
            title = WrapLabel(heading, self)
            emphasise(title)
            body = WrapLabel(text, self)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for label in (title, body):
                self.layout_.addWidget(label)
                self.labels.append(label)

    def text(self) -> str:
        return "\n".join(label.plain_text() for label in self.labels if isinstance(label, WrapLabel))


def criterion_sections(scheme: Scheme, criterion: Criterion) -> list[tuple[str, str]]:
    """The help of a whole criterion: what it is about, how it is scored, the terms it uses."""
    found = scheme.help_for(criterion.id)
    labels = scheme.provenance_labels
    sections = []
    if found is not None:
        sections.append((QCoreApplication.translate("HelpPane", "What this criterion is about"), pick(found.about)))
    sections.append((QCoreApplication.translate("HelpPane", "How it is scored"), pick(scheme.ladder_names[criterion.ladder])))
    terms = terms_used(scheme, criterion)
    if terms:
        sections.append((QCoreApplication.translate("HelpPane", "Terms used here"), "\n".join(glossary_line(scheme, e) for e in terms)))
    if found is not None:
        provenance = labels.get(found.provenance)
        sources = source_line(scheme, found.sources)
        note = pick(provenance.label) if provenance else ""
        sections.append((QCoreApplication.translate("HelpPane", "Where this help comes from"),
                         "; ".join(filter(None, [note, sources]))))
    return sections


def level_sections(scheme: Scheme, criterion: Criterion, level: Level) -> list[tuple[str, str]]:
    """The help of one step or level: meaning, typical examples, evidence, the next level."""
    found = scheme.help_for(criterion.id)
    level_help = found.levels.get(level.id) if found is not None else None
    sections = []
    if level_help is not None:
        sections.append((QCoreApplication.translate("HelpPane", "What it means"), pick(level_help.meaning)))
        if level_help.examples is not None:
            sections.append((QCoreApplication.translate("HelpPane", "Examples"), pick(level_help.examples)))
    sections.append((QCoreApplication.translate("HelpPane", "Examples of evidence"), level_evidence(criterion, level)))
    sections.append((QCoreApplication.translate("HelpPane", "What the next level needs"), next_level_text(criterion, level)))
    return sections


def item_sections(scheme: Scheme, item: Any) -> list[tuple[str, str]]:
    """Help on a general requirement (G1–G4) or the improvement block."""
    found = scheme.help_for(item.id) if hasattr(item, "id") else None
    sections = []
    if found is not None:
        sections.append((QCoreApplication.translate("HelpPane", "What it means"), pick(found.about)))
    terms = terms_used(scheme, item)
    if terms:
        sections.append((QCoreApplication.translate("HelpPane", "Terms used here"), "\n".join(glossary_line(scheme, e) for e in terms)))
    if found is not None:
        sources = source_line(scheme, found.sources)
        if sources:
            sections.append((QCoreApplication.translate("HelpPane", "Where this help comes from"), sources))
    return sections


class HelpToggle(QWidget):
    """A "help" button under a question that opens its help pane in place (filled when opened,
    so that it follows the language)."""

    def __init__(self, parent: QWidget, sections: Any, name: str) -> None:
        from PySide6.QtWidgets import QToolButton

        super().__init__(parent)
        self.sections = sections
        self.button = QToolButton(self)
        self.button.setCheckable(True)
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.pane = HelpPane(self, name=name)
        self.pane.hide()
        self.button.toggled.connect(self.show_help)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.pane)

    def show_help(self, on: bool) -> None:
        if on:
            self.pane.set_sections(self.sections())
        self.pane.setVisible(on)

    def retranslate(self, text: str) -> None:
        self.button.setText(text)
        if self.pane.isVisible():
            self.pane.set_sections(self.sections())
