"""The dossier's page layout: A4 frame, header and footer on every page, contents, outline."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from ecoassess.dossier.fonts import REGULAR
from ecoassess.dossier.styles import FONT_CMD, RULE, styles
from ecoassess.dossier.thaiwrap import ThaiParagraph, draw_text
from ecoassess.errors import ExportError

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm


class Decor:
    """What the header and footer say; `page_label(page, total)` is language-aware.

    `page_refs` collects the page of each contents entry while the story is laid out; the
    numbers are drawn into forms at save time, so one layout pass is enough.
    """

    def __init__(self, header: str, footer_left: str, page_label: Callable[[int, int], str]):
        self.header = header
        self.footer_left = footer_left
        self.page_label = page_label
        self.page_refs: dict[str, int] = {}
        self.ref_keys: list[str] = []

    def draw(self, canvas, page: int, total: int) -> None:
        st = styles()
        width = PAGE_W - 2 * MARGIN_X
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top_rule = PAGE_H - MARGIN_TOP + 4 * mm
        canvas.line(MARGIN_X, top_rule, PAGE_W - MARGIN_X, top_rule)
        draw_text(canvas, self.header, st.header, MARGIN_X, top_rule + 1.2 * mm, width)
        bottom_rule = MARGIN_BOTTOM - 6 * mm
        canvas.line(MARGIN_X, bottom_rule, PAGE_W - MARGIN_X, bottom_rule)
        base = bottom_rule - 6.5 * mm
        draw_text(canvas, self.footer_left, st.footer, MARGIN_X, base, width * 0.7)
        draw_text(canvas, self.page_label(page, total), st.footer_right,
                  MARGIN_X + width * 0.7, base, width * 0.3)
        canvas.restoreState()

    def draw_page_refs(self, canvas) -> None:
        """Define one form per contents entry holding its page number (right-aligned)."""
        style = styles().toc
        for key in self.ref_keys:
            canvas.beginForm(PageRef.form_name(key), 0, 0, PageRef.WIDTH, style.leading)
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            canvas.drawRightString(PageRef.WIDTH, style.leading - style.fontSize * 1.1,
                                   str(self.page_refs.get(key, "?")))
            canvas.endForm()


def numbered_canvas(decor: Decor):
    """A canvas class that draws header and footer at save time, when the page total is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []
            # Pages are only emitted in save(), so bookmarks wait for their page there.
            self.pending_bookmarks: dict[int, list[str]] = {}

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            bookmarks = self.pending_bookmarks
            for number, state in enumerate(self._saved_pages, 1):
                self.__dict__.update(state)
                decor.draw(self, number, total)
                for key in bookmarks.get(number, ()):
                    self.bookmarkPage(key)
                Canvas.showPage(self)
            decor.draw_page_refs(self)
            Canvas.save(self)

    return NumberedCanvas


class PageRef(Flowable):
    """The page number of a contents entry: a form filled in when the document is saved."""

    WIDTH = 18 * mm

    def __init__(self, key: str):
        super().__init__()
        self.key = key

    @staticmethod
    def form_name(key: str) -> str:
        return f"PageRef_{key}"

    def wrap(self, availWidth, availHeight):
        return self.WIDTH, styles().toc.leading

    def draw(self):
        self.canv.doForm(self.form_name(self.key))


class Contents(Flowable):
    """Table of contents of entries known before layout; page numbers come from PageRef forms."""

    def __init__(self):
        super().__init__()
        self.entries: list[tuple[int, str, str]] = []  # (level, text, key)
        self._table: Table | None = None

    def _build(self, availWidth):
        st = styles()
        rows, commands = [], []
        for row, (level, text, key) in enumerate(self.entries or [(0, "…", "none")]):
            style = st.toc if level == 0 else st.cell
            indent = "" if level == 0 else "    "
            rows.append([ThaiParagraph(indent + text.replace("\n", "\n" + indent), style), PageRef(key)])
            if level == 0:
                commands.append(("TOPPADDING", (0, row), (-1, row), 5))
        return Table(rows, colWidths=[availWidth - PageRef.WIDTH - 2, PageRef.WIDTH + 2],
                     style=TableStyle([FONT_CMD,
                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                         ("TOPPADDING", (0, 0), (-1, -1), 1),
                         *commands,
                     ]))

    def wrap(self, availWidth, availHeight):
        self._table = self._build(availWidth)
        self.width, self.height = self._table.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        table = self._table or self._build(availWidth)
        return table.split(availWidth, availHeight)

    def drawOn(self, canvas, x, y, _sW=0):
        table = self._table or self._build(self.width)
        table.drawOn(canvas, x, y, _sW)


class DossierTemplate(BaseDocTemplate):
    """A4 portrait, one frame; headings marked with `toc_entry` feed contents and outline."""

    def __init__(self, target, *, title: str, author: str, subject: str, lang: str):
        super().__init__(
            target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=author,
            subject=subject, creator="ecoassess", producer="ecoassess", invariant=1,
            lang=lang, initialFontName=REGULAR, initialFontSize=10, initialLeading=16,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.annex_slots: dict[tuple[str, int], tuple[int, tuple]] = {}
        self.page_refs: dict[str, int] = {}

    def afterFlowable(self, flowable):
        slot = getattr(flowable, "annex_slot", None)
        if slot is not None and flowable.placed is not None:
            self.annex_slots[slot] = (self.page, flowable.placed)
        key = getattr(flowable, "toc_key", None)
        if key is None:
            return
        level, _text, outline_title = flowable.toc_entry
        self.page_refs[key] = self.page
        self.canv.pending_bookmarks.setdefault(self.page, []).append(key)
        self.canv.addOutlineEntry(outline_title, key, level=level, closed=level > 0)


def render(story: list, decor: Decor, *, title: str, author: str, subject: str,
           lang: str = "th") -> tuple[bytes, dict[tuple[str, int], tuple[int, tuple]]]:
    """Lay out the story in one pass into PDF bytes.

    Headings carrying `toc_entry` are listed in the story's Contents flowable before layout;
    their page numbers are filled in at save time. Also returns the page of each reserved annex
    page, by (evidence ref, page index).
    """
    entries: list[tuple[int, str, str]] = []
    for flowable in story:
        entry = getattr(flowable, "toc_entry", None)
        if entry is not None:
            flowable.toc_key = f"h{len(entries) + 1}"
            entries.append((entry[0], entry[1], flowable.toc_key))
    for flowable in story:
        if isinstance(flowable, Contents):
            flowable.entries = entries
    decor.ref_keys = [key for _level, _text, key in entries]
    buffer = BytesIO()
    doc = DossierTemplate(buffer, title=title, author=author, subject=subject, lang=lang)
    doc.page_refs = decor.page_refs
    a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary streams: about 15 % smaller files and no ASCII85 pass
    try:
        doc.build(story, canvasmaker=numbered_canvas(decor))
    except LayoutError as exc:  # should not happen (rows split); a message, not a traceback
        raise ExportError("error.dossier_layout", detail=str(exc)[:200]) from exc
    finally:
        rl_config.useA85 = a85
    return buffer.getvalue(), dict(doc.annex_slots)
