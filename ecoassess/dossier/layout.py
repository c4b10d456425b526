"""Page-breaking rules: headings stay with what follows, table rows never split without their label."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table

from ecoassess.dossier.thaiwrap import ThaiParagraph

CELL_PADDING_X = 4.0
CELL_PADDING_TOP = 3.0
CELL_PADDING_BOTTOM = 4.0
_LEAD_ROWS = 1  # data rows that must follow a heading (and a table's header) on its page


def _height(flowable: Flowable, width: float, height: float) -> float:
    _, h = flowable.wrap(width, height)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _cell_height(cell: Any, width: float) -> float:
    items = cell if isinstance(cell, list | tuple) else [cell]
    inner = width - 2 * CELL_PADDING_X
    total = sum(_height(f, inner, 100_000) for f in items if isinstance(f, Flowable))
    return total + CELL_PADDING_TOP + CELL_PADDING_BOTTOM


def row_height(row: list[Any], widths: list[float]) -> float:
    return max((_cell_height(c, w) for c, w in zip(row, widths, strict=True)), default=0)


class Later(Flowable):
    """A part of the story built only when the layout reaches it, then dropped once drawn.

    A 200-page story held whole before layout costs ~20 MiB; built part by part, only the part
    being laid out is alive. A later part must not hold headings listed in the contents (those
    are gathered before layout): the document refuses one.
    """

    def __init__(self, build: Callable[[], list[Flowable]]):
        super().__init__()
        self._build: Callable[[], list[Flowable]] | None = build
        self._built: list[Flowable] | None = None
        self.guarded = False  # set when headings before it are kept with it (keep_with_next)

    def built(self) -> list[Flowable]:
        """The part's flowables (built on the first call, with headings guarded as in the story)."""
        if self._built is None:
            assert self._build is not None
            self._built, self._build = self._build(), None
        return self._built

    def take(self) -> list[Flowable]:
        """The part, handed over once to the layout (this placeholder keeps nothing)."""
        flow = keep_with_next(self.built())
        if self.guarded and flow and isinstance(flow[0], RoomFor):
            flow = flow[1:]  # the guard of the headings before the part already asked for it
        self._built = []
        return flow

    def lead_height(self, width: float, height: float) -> float:
        """What must fit for the part to start: its own headings (kept with the next) and the
        start of what follows them, as if the part had been in the story all along."""
        need = 0.0
        for flowable in self.built():
            if not flowable.getKeepWithNext():  # type: ignore[no-untyped-call]  # unannotated in the stubs
                return need + lead_height(flowable, width, height)
            need += _height(flowable, width, height)
        return need

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0  # never laid out itself: the document replaces it by its part


def lead_height(flowable: Flowable, width: float, height: float) -> float:
    """The height that must fit on a page for `flowable` to start there."""
    custom = getattr(flowable, "lead_height", None)
    if custom is not None:
        return float(custom(width, height))
    if isinstance(flowable, Table):
        # _cellvalues and _colWidths are ReportLab's internals, not in its stubs
        rows = flowable._cellvalues[: flowable.repeatRows + _LEAD_ROWS]  # type: ignore[attr-defined]
        widths = list(flowable._colWidths)  # type: ignore[attr-defined]
        return sum((row_height(r, widths) for r in rows), 0.0)
    if isinstance(flowable, ThaiParagraph):
        full = _height(flowable, width, height)
        lines = flowable.style.leading * 2 + flowable.getSpaceBefore()
        return min(full, lines)
    if isinstance(flowable, KeepTogether):
        content = flowable._content  # type: ignore[attr-defined]  # ReportLab's own
        return min(sum((_height(f, width, height) for f in content), 0.0), height)
    return min(_height(flowable, width, height), height)


class RoomFor(CondPageBreak):
    """A page break unless the headings given and the start of what follows them fit."""

    def __init__(self, keep: list[Flowable], then: Flowable | None):
        super().__init__(0)
        self.keep = keep
        self.then = then

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")  # type: ignore[attr-defined]  # ReportLab's own
        if frame is not None and getattr(frame, "_atTop", False):
            return 0, 0  # a fresh page already: breaking again would leave it blank
        need = sum(_height(f, availWidth, availHeight) for f in self.keep)
        if self.then is not None:
            need += lead_height(self.then, availWidth, availHeight)
        self.height = need
        return super().wrap(availWidth, availHeight)


def keep_with_next(flow: list[Flowable]) -> list[Flowable]:
    """Headings (flowables kept with the next) get a guard in place of ReportLab's grouping.

    ReportLab wraps a heading and all of its table in one KeepTogether, which moves a long
    table whole to the next page; the guard asks only for the heading and the table's first
    rows to fit.
    """
    out: list[Flowable] = []
    run: list[Flowable] = []
    for flowable in flow:
        if flowable.getKeepWithNext():  # type: ignore[no-untyped-call]  # unannotated in the stubs
            flowable.keepWithNext = 0
            run.append(flowable)
            continue
        if run:
            out += [RoomFor(run, flowable), *run]
            run = []
            if isinstance(flowable, Later):
                flowable.guarded = True
        out.append(flowable)
    if run:
        out += [RoomFor(run, None), *run]
    return out


def split_tall_rows(rows: list[list[Any]], widths: list[float], max_height: float,
                    carried: set[int], mark: str | None = None) -> list[list[Any]]:
    """Rows taller than `max_height` cut into several, each carrying the `carried` columns.

    Only ThaiParagraph cells are cut (between lines); the carried cells (level label, result)
    are repeated on every piece, the first column marked as continued.
    """
    out: list[list[Any]] = []
    for row in rows:
        if row_height(row, widths) <= max_height:
            for cell in row:
                if isinstance(cell, ThaiParagraph):
                    cell.forget_wrap()  # measured only: laid out again when its page is drawn
            out.append(row)
            continue
        pieces: list[list[Any]] = []
        for col, (cell, width) in enumerate(zip(row, widths, strict=True)):
            if col in carried or not isinstance(cell, ThaiParagraph):
                continue
            inner = width - 2 * CELL_PADDING_X
            limit = max_height - CELL_PADDING_TOP - CELL_PADDING_BOTTOM
            parts: list[Flowable] = []
            rest: Flowable | None = cell
            while rest is not None:
                _, h = rest.wrap(inner, limit)
                if h <= limit:
                    parts.append(rest)
                    rest = None
                    continue
                split = rest.split(inner, limit)
                if len(split) < 2:  # cannot be cut (one line taller than the limit)
                    parts.append(rest)
                    rest = None
                else:
                    parts.append(split[0])
                    rest = split[1]
            while len(pieces) < len(parts):
                pieces.append([None] * len(row))
            for i, part in enumerate(parts):
                pieces[i][col] = part
        for i, piece in enumerate(pieces):
            for col, cell in enumerate(row):
                if piece[col] is None:
                    if col in carried:
                        piece[col] = _copy(cell, mark if i and col == min(carried) else None)
                    else:
                        piece[col] = ""
            out.append(piece)
    return out


def _copy(cell: Any, mark: str | None) -> Any:
    """A fresh copy of a carried cell (a flowable is drawn once), marked as continued."""
    if isinstance(cell, ThaiParagraph):
        text = cell.plain_text()
        return ThaiParagraph(f"{text}\n{mark}" if mark else text, cell.style)
    return cell
