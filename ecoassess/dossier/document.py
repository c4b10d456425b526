"""The dossier's page layout: A4 with a binding margin, header and footer, contents, outline."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from datetime import datetime
from io import BytesIO
from typing import IO, Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from ecoassess.dossier.fonts import REGULAR
from ecoassess.dossier.layout import Later, keep_with_next
from ecoassess.dossier.metadata import AsOfStamp, xmp_packet
from ecoassess.dossier.styles import INK, RULE, styles
from ecoassess.dossier.thaiwrap import ThaiParagraph, draw_text
from ecoassess.errors import ExportError

PAGE_W, PAGE_H = A4
MARGIN_LEFT = 30 * mm  # binding edge (single-sided)
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
PDF_VERSION = (1, 7)


class Decor:
    """What the header and footer say; `page_label(page, total)` is language-aware.

    `page_refs` collects the page of each contents entry and evidence file while the story
    is laid out; the numbers are drawn into forms at save time, so one layout pass is enough.
    """

    def __init__(self, header: str, footer_left: str, page_label: Callable[[int, int], str]):
        self.header = header
        self.footer_left = footer_left
        self.page_label = page_label
        self.page_refs: dict[str, int] = {}
        self.ref_keys: list[str] = []

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        st = styles()
        page_w, page_h = canvas._pagesize  # type: ignore[attr-defined]  # ReportLab's own, unstubbed
        width = page_w - MARGIN_LEFT - MARGIN_RIGHT
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top_rule = page_h - MARGIN_TOP + 5 * mm
        canvas.line(MARGIN_LEFT, top_rule, page_w - MARGIN_RIGHT, top_rule)
        draw_text(canvas, self.header, st.header, MARGIN_LEFT, top_rule + 1.2 * mm, width)
        bottom_rule = MARGIN_BOTTOM - 7 * mm
        canvas.line(MARGIN_LEFT, bottom_rule, page_w - MARGIN_RIGHT, bottom_rule)
        base = bottom_rule - 7 * mm
        draw_text(canvas, self.footer_left, st.footer, MARGIN_LEFT, base, width * 0.68)
        draw_text(canvas, self.page_label(page, total), st.footer_right,
                  MARGIN_LEFT + width * 0.68, base, width * 0.32)
        canvas.restoreState()

    def draw_page_refs(self, canvas: Canvas) -> None:
        """Define one form per referenced key holding its page number (right-aligned)."""
        style = styles().toc
        for key in self.ref_keys:
            canvas.beginForm(PageRef.form_name(key), 0, 0, PageRef.WIDTH, style.leading)
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            canvas.drawRightString(PageRef.WIDTH, style.leading - style.fontSize * 1.1,
                                   str(self.page_refs.get(key, "?")))
            canvas.endForm()


def numbered_canvas(decor: Decor, as_of: datetime, xmp: str) -> type[Canvas]:
    """A canvas class that draws header and footer at save time, when the page total is known."""

    class NumberedCanvas(Canvas):
        # `_doc`, `_startPage` and `_pagesize` are ReportLab's internals; its stubs leave them out.
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            # Pages are only emitted in save(), so bookmarks wait for their page there.
            self.pending_bookmarks: dict[int, list[str]] = {}
            doc = self._doc  # type: ignore[attr-defined]
            doc._pdfVersion = PDF_VERSION
            doc._timeStamp = AsOfStamp(as_of)  # creation and modification date: the as-of time
            doc.Catalog.Metadata = pdfdoc.XMP(creator=lambda _doc: xmp.encode("utf-8"))
            self.showOutline()  # the bookmarks panel opens with the document

        def showPage(self) -> None:
            state = dict(self.__dict__)
            # held until the total is known: the operators as one compressed string, not a list
            state["_code"] = zlib.compress("\n".join(state["_code"]).encode("utf-8"), 1)
            self._saved_pages.append(state)
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            pages, self._saved_pages = self._saved_pages, []
            total = len(pages)
            bookmarks = self.pending_bookmarks
            for number in range(1, total + 1):
                # a page's drawing operators go as soon as ReportLab has joined them into its stream
                state, pages[number - 1] = pages[number - 1], {}
                self.__dict__.update(state)
                del state
                packed: bytes = self.__dict__["_code"]
                self._code = [zlib.decompress(packed).decode("utf-8")]
                decor.draw(self, number, total)
                for key in bookmarks.get(number, ()):
                    self.bookmarkPage(key, fit="XYZ", left=0, top=self._pagesize[1],  # type: ignore[attr-defined]
                                      zoom=0)
                Canvas.showPage(self)
            decor.draw_page_refs(self)
            Canvas.save(self)

    return NumberedCanvas


class PageRef(Flowable):
    """The page number of a heading or evidence file: a form filled in when the document is saved."""

    WIDTH = 16 * mm

    def __init__(self, key: str, width: float | None = None):
        super().__init__()
        self.key = key
        self.box = width  # a narrower box (a table cell): the number stays right-aligned in it

    @staticmethod
    def form_name(key: str) -> str:
        return f"PageRef_{key}"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (self.box if self.box is not None else self.WIDTH), styles().toc.leading

    def draw(self) -> None:
        shift = (self.box - self.WIDTH) if self.box is not None else 0
        self.canv.saveState()
        self.canv.translate(shift, 0)
        self.canv.doForm(self.form_name(self.key))
        self.canv.restoreState()


class TocLine(Flowable):
    """One contents entry: its text, dot leaders to the page number, all of it a link."""

    def __init__(self, text: str, key: str, level: int):
        super().__init__()
        st = styles()
        self.level = level
        self.indent = 0 if level == 0 else 6 * mm
        self.para = ThaiParagraph(text, st.toc if level == 0 else st.cell)
        self.ref = PageRef(key)
        self.key = key

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        text_w = availWidth - self.indent - PageRef.WIDTH - 12 * mm
        _, h = self.para.wrap(text_w, availHeight)
        self.height = max(h, self.ref.wrap(0, 0)[1]) + (4 if self.level == 0 else 1)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height - (4 if self.level == 0 else 1)
        _, h = self.para.wrap(self.width - self.indent - PageRef.WIDTH - 12 * mm, 10_000)
        self.para.drawOn(c, self.indent, top - h)
        toc = styles().toc
        ref_y = top - h  # the page number sits on the entry's last line
        baseline = ref_y + toc.leading - toc.fontSize * 1.1
        x0 = self.indent + _last_line_width(self.para) + 2 * mm
        x1 = self.width - PageRef.WIDTH - 1 * mm
        if x1 > x0:  # dot leaders are drawn, not text: they do not end up in copied text
            c.saveState()
            c.setStrokeColor(INK)
            c.setLineWidth(0.9)
            c.setLineCap(1)
            c.setDash([0, 3.2])
            c.line(x0, baseline + 1, x1, baseline + 1)
            c.restoreState()
        c.saveState()
        c.translate(self.width - PageRef.WIDTH, ref_y)
        c.doForm(PageRef.form_name(self.key))
        c.restoreState()
        c.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)


def _last_line_width(para: ThaiParagraph) -> float:
    lines = para.blPara.lines  # type: ignore[attr-defined]  # set by wrap(); not in the stubs
    if not lines:
        return 0.0
    last = lines[-1]
    extra = last.extraSpace if hasattr(last, "extraSpace") else last[0]
    return float(para.width - extra)


class Contents(Flowable):
    """Table of contents of entries known before layout; page numbers come from PageRef forms."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[tuple[int, str, str]] = []  # (level, text, key)

    def lines(self) -> list[Flowable]:
        return [TocLine(text, key, level) for level, text, key in self.entries]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = sum(line.wrap(availWidth, availHeight)[1] for line in self.lines())
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self.lines()

    def lead_height(self, width: float, height: float) -> float:
        lines = self.lines()
        return lines[0].wrap(width, height)[1] if lines else 0.0

    def draw(self) -> None:
        y = self.height
        for line in self.lines():
            _, h = line.wrap(self.width, 10_000)
            y -= h
            line.drawOn(self.canv, 0, y)


class DossierTemplate(BaseDocTemplate):
    """A4 portrait with a binding margin (landscape pages for wide tables and evidence)."""

    def __init__(self, target: IO[bytes], *, title: str, author: str, subject: str, lang: str):
        super().__init__(
            target, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=author,
            subject=subject, creator="ecoassess", producer="ecoassess", invariant=1,
            lang=lang, initialFontName=REGULAR, initialFontSize=12, initialLeading=19,
        )
        templates = []
        for name, size in (("portrait", A4), ("landscape", landscape(A4))):
            frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, size[0] - MARGIN_LEFT - MARGIN_RIGHT,
                          size[1] - MARGIN_TOP - MARGIN_BOTTOM, id=name,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            templates.append(PageTemplate(id=name, frames=[frame], pagesize=size))
        self.addPageTemplates(templates)
        self.annex_slots: dict[tuple[str, int], tuple[int, tuple[Any, ...]]] = {}
        self.page_refs: dict[str, int] = {}

    def filterFlowables(self, flowables: list[Any]) -> None:
        """A later part of the story is built here, just before it is laid out."""
        while flowables and isinstance(flowables[0], Later):
            part = flowables[0].take()
            if any(getattr(f, "toc_entry", None) is not None for f in part):
                raise ValueError("a later part of the dossier holds a heading of the contents")
            nothing: list[Any] = [None]  # None: ReportLab's "nothing to lay out here"
            flowables[0:1] = part or nothing

    def afterFlowable(self, flowable: Any) -> None:  # a heading or annex page: our attributes
        slot = getattr(flowable, "annex_slot", None)
        if slot is not None and flowable.placed is not None:
            self.annex_slots[slot] = (self.page, flowable.placed)
        anchor = getattr(flowable, "anchor", None)  # an evidence file's first page in the annex
        if anchor is not None:
            key, title, level = anchor
            self.page_refs.setdefault(key, self.page)
            self.canv.pending_bookmarks.setdefault(  # type: ignore[attr-defined]  # NumberedCanvas
                self.page, []).append(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=True)
        key = getattr(flowable, "toc_key", None)
        if key is None:
            return
        level, _text, outline_title = flowable.toc_entry
        self.page_refs[key] = self.page
        self.canv.pending_bookmarks.setdefault(  # type: ignore[attr-defined]  # NumberedCanvas
            self.page, []).append(key)
        self.canv.addOutlineEntry(outline_title, key, level=level, closed=level > 0)


def render(story: list[Flowable], decor: Decor, *, title: str, author: str, subject: str, lang: str,
           as_of: datetime, doc_id: str, anchors: tuple[str, ...] = (),
           ) -> tuple[bytes, dict[tuple[str, int], tuple[int, tuple[Any, ...]]], int]:
    """Lay out the story in one pass into PDF bytes.

    Headings carrying `toc_entry` are listed in the story's Contents flowable before layout;
    their page numbers are filled in at save time. Also returns the page of each reserved annex
    page, by (evidence ref, page index), and the page count. The story is consumed (emptied):
    ReportLab drops each flowable once laid out, so drawn paragraphs are freed, not held to the
    end; its `layout.Later` parts are built only when the layout reaches them.
    """
    entries: list[tuple[int, str, str]] = []
    for flowable in story:
        entry = getattr(flowable, "toc_entry", None)
        if entry is not None:
            key = f"h{len(entries) + 1}"
            flowable.toc_key = key  # type: ignore[attr-defined]  # read back in afterFlowable
            entries.append((entry[0], entry[1], key))
    for flowable in story:
        if isinstance(flowable, Contents):
            flowable.entries = entries
    decor.ref_keys = [key for _level, _text, key in entries] + list(anchors)
    buffer = BytesIO()
    doc = DossierTemplate(buffer, title=title, author=author, subject=subject, lang=lang)
    doc.page_refs = decor.page_refs
    xmp = xmp_packet(title=title, author=author, subject=subject, lang=lang, doc_id=doc_id,
                     when=as_of)
    a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary streams: about 15 % smaller files and no ASCII85 pass
    flow = keep_with_next(story)
    story.clear()  # the caller's list would otherwise keep every drawn flowable alive
    try:
        doc.build(flow, canvasmaker=numbered_canvas(decor, as_of, xmp))
    except LayoutError as exc:  # should not happen (rows are cut); a message, not a traceback
        raise ExportError("error.dossier_layout", detail=str(exc)[:200]) from exc
    finally:
        rl_config.useA85 = a85
    return buffer.getvalue(), dict(doc.annex_slots), doc.page
