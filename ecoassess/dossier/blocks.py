"""Building blocks of the dossier: the language context, headings, tables and key-value lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from ecoassess.dossier.layout import (
    CELL_PADDING_BOTTOM,
    CELL_PADDING_TOP,
    CELL_PADDING_X,
    split_tall_rows,
)
from ecoassess.dossier.styles import ACCENT, ACCENT_LIGHT, FONT_CMD, RULE, Styles, keeping, styles
from ecoassess.dossier.thaiwrap import ThaiParagraph
from ecoassess.i18n import format_day, format_number, message

if TYPE_CHECKING:
    from ecoassess.model import Assessment
    from ecoassess.scheme.schema import Criterion, Scheme
    from ecoassess.scoring.result import ReadinessResult

LANGS = ("th", "en", "both")
MAX_ROW = 190 * mm  # a row taller than this is cut (a portrait frame is about 240 mm)


@dataclass
class Ctx:
    """The language of one dossier and what every section needs to read."""

    lang: str  # "th" | "en" | "both"
    scheme: Scheme
    assessment: Assessment
    result: ReadinessResult
    doc_id: str
    width: float
    as_of: datetime | None = None
    annexed: set[str] = field(default_factory=set)  # evidence refs that have an annex entry

    @property
    def langs(self) -> tuple[str, ...]:
        """The languages printed, in order (Thai first in `both`)."""
        return ("th", "en") if self.lang == "both" else (self.primary,)

    @property
    def primary(self) -> str:
        return "en" if self.lang == "en" else "th"

    @property
    def st(self) -> Styles:
        return styles()

    def t(self, key: str, lang: str | None = None, **params: Any) -> str:
        """A dossier label in one language (the primary one unless given)."""
        return message("dossier." + key, lang or self.primary, **params)

    def tt(self, key: str, **params: Any) -> str:
        """A label for a table cell: Thai with English on the next line in `both`."""
        if self.lang == "both":
            th, en = self.t(key, "th", **params), self.t(key, "en", **params)
            return th if th == en else f"{th}\n{en}"
        return self.t(key, **params)

    def pick(self, text: Any) -> str:
        """One language of a bilingual scheme text (Thai with English beneath in `both`)."""
        if text is None:
            return ""
        get = text.get if isinstance(text, dict) else (lambda lang: getattr(text, lang, ""))
        if self.lang == "both":
            th, en = get("th") or "", get("en") or ""
            return th if th == en or not en else f"{th}\n{en}"
        return get(self.primary) or get("en") or get("th") or ""

    def pick1(self, text: Any) -> str:
        """One language only (primary), for short values in narrow cells."""
        if text is None:
            return ""
        get = text.get if isinstance(text, dict) else (lambda lang: getattr(text, lang, ""))
        return get(self.primary) or get("en") or ""

    def day(self, value: date | None) -> str:
        if value is None:
            return "—"
        if self.lang == "both":
            return f"{format_day(value, 'th')} ({format_day(value, 'en')})"
        return format_day(value, self.primary)

    def short_day(self, value: date | None) -> str:
        return format_day(value, self.primary, "short") if value else "—"

    def number(self, value: float | int | None, decimals: int = 2) -> str:
        return format_number(value, self.primary, decimals)

    def each(self, text: Any, sep: str = "\n") -> str:
        """A bilingual scheme text in every printed language (Thai, then English in `both`)."""
        if text is None:
            return ""
        get = text.get if isinstance(text, dict) else (lambda lang: getattr(text, lang, ""))
        parts = [get(lang) or "" for lang in self.langs]
        if len(parts) == 2 and parts[0] == parts[1]:
            parts = parts[:1]
        return sep.join(p for p in parts if p)

    def labelled(self, key: str, text: Any) -> str:
        """`label: text` in every printed language, one line each (a label in its own language)."""
        get = text.get if isinstance(text, dict) else (lambda lang: getattr(text, lang, ""))
        return "\n".join(f"{self.t(key, lang)}: {get(lang)}" for lang in self.langs if get(lang))

    def provenance_words(self, provenance: str | None) -> str:
        """A provenance in words: its label and what it means ("ร่าง — โปรดตรวจสอบ…")."""
        # a provenance read from a result or the scheme is one of the scheme's own labels
        info = self.scheme.provenance_labels.get(provenance) if provenance else None  # type: ignore[call-overload]
        if info is None:
            return provenance or ""
        return self.each(info.banner)

    def criterion(self, criterion_id: str) -> Criterion:
        """The scheme's criterion of a result row (the result was computed on this scheme)."""
        found = self.scheme.criterion(criterion_id)
        if found is None:
            raise KeyError(criterion_id)
        return found

    # flowables -----------------------------------------------------------------------------

    def para(self, text: str, style: ParagraphStyle | None = None) -> ThaiParagraph:
        return ThaiParagraph(text, style or self.st.body)

    def label_paras(self, key: str, style: ParagraphStyle | None = None,
                    style_en: ParagraphStyle | None = None, **params: Any) -> list[Flowable]:
        """A label as paragraphs: in `both`, Thai then English beneath in a smaller style."""
        style = style or self.st.body
        if self.lang == "both":
            style_en = style_en or self.st.body_en
            if style.keepWithNext:
                style_en = keeping(style_en)
            return [ThaiParagraph(self.t(key, "th", **params), style),
                    ThaiParagraph(self.t(key, "en", **params), style_en)]
        return [ThaiParagraph(self.t(key, **params), style)]

    def text_paras(self, text: Any, style: ParagraphStyle | None = None,
                   style_en: ParagraphStyle | None = None) -> list[Flowable]:
        """A bilingual text (scheme or framework) as paragraphs: in `both`, Thai then English."""
        style = style or self.st.body
        if self.lang == "both" and text is not None:
            get = text.get if isinstance(text, dict) else (lambda lang: getattr(text, lang, ""))
            th, en = get("th"), get("en")
            out: list[Flowable] = [ThaiParagraph(th, style)]
            if en and en != th:
                out.append(ThaiParagraph(en, style_en or self.st.body_en))
            return out
        return [ThaiParagraph(self.pick(text), style)]

    def heading(self, key: str | None = None, level: int = 0, *, text: Any = None,
                new_page: bool = False, **params: Any) -> list[Flowable]:
        """A section heading (level 0) or sub-heading (1) that feeds contents and outline."""
        style = self.st.h1 if level == 0 else self.st.h2
        style_en = self.st.heading_en if level == 0 else keeping(self.st.body_en)
        if key is not None:
            th, en = self.t(key, "th", **params), self.t(key, "en", **params)
        else:
            th, en = text["th"], text["en"]
        if self.lang == "both":
            paras: list[Flowable] = [ThaiParagraph(th, style), ThaiParagraph(en, style_en)]
            toc_text, outline = f"{th}\n{en}", f"{th} / {en}"
        else:
            one = en if self.lang == "en" else th
            paras, toc_text, outline = [ThaiParagraph(one, style)], one, one
        paras[0].toc_entry = (level, toc_text, outline)  # type: ignore[attr-defined]  # see render
        # kept with what follows by layout.keep_with_next
        return [PageBreak(), *paras] if new_page else paras


def grid(rows: list[list[Any]], widths: list[float], *, header: bool = True,
         zebra: bool = True, extra: list[Any] | None = None, carried: set[int] | None = None,
         mark: str | None = None, max_row: float = MAX_ROW) -> Table:
    """A table with ruled cells; the first row is a header repeated at the top of each page.

    Rows are never split across pages; a row taller than `max_row` is cut into several rows
    that repeat the `carried` columns (label, result), the first one marked `mark`.
    """
    if carried:
        body = split_tall_rows(rows[1 if header else 0:], widths, max_row, carried, mark)
        rows = rows[:1] + body if header else body
    commands: list[Any] = [  # ReportLab's table commands: tuples of mixed kinds
        FONT_CMD,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING_BOTTOM),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT))
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT))
    if zebra and len(rows) > 2:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1),
                         [None, "#f7f9f7"]))
    return Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=0,
                 style=TableStyle(commands + (extra or [])), hAlign="LEFT")


def cells(ctx: Ctx, values: list[Any], style: ParagraphStyle | None = None) -> list[Flowable]:
    style = style or ctx.st.cell
    return [v if isinstance(v, Flowable) else ThaiParagraph(str(v), style) for v in values]


def header_row(ctx: Ctx, keys: list[str]) -> list[Flowable]:
    return [ThaiParagraph(ctx.tt(k), ctx.st.cell_bold) for k in keys]


def key_values(ctx: Ctx, pairs: list[tuple[str, str]], label_width: float = 55 * mm) -> Table:
    """Label / value rows (labels are message keys)."""
    rows = [[ThaiParagraph(ctx.tt(k), ctx.st.cell_bold), ThaiParagraph(v or "—", ctx.st.cell)]
            for k, v in pairs]
    return grid(rows, [label_width, ctx.width - label_width], header=False, zebra=False)


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))
