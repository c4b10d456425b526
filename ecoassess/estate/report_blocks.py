"""The estate report's shared parts: its language context and small cells (percent, notice, header)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

from ecoassess.dossier.blocks import Ctx
from ecoassess.dossier.styles import DRAFT, FONT_CMD
from ecoassess.dossier.thaiwrap import ThaiParagraph
from ecoassess.i18n import message


class ReportCtx(Ctx):
    """The dossier's language context, reading the estate report's own labels."""

    def t(self, key: str, lang: str | None = None, **params: Any) -> str:
        return message("estate.report." + key, lang or self.primary, **params)

    def e(self, key: str, **params: Any) -> str:
        """An estate label (estate.KEY) in the report's language(s), for table cells."""
        if self.lang == "both":
            return "\n".join(message("estate." + key, x, **params) for x in ("th", "en"))
        return message("estate." + key, self.primary, **params)

    def e1(self, key: str, **params: Any) -> str:
        return message("estate." + key, self.primary, **params)


def pct(ctx: ReportCtx, value: float | None, decimals: int = 1) -> str:
    return "—" if value is None else f"{ctx.number(value, decimals)} %"


def notice(ctx: ReportCtx, key: str) -> Flowable:
    """A boxed notice (the app's own indicators; unknown criteria) in the report's language(s)."""
    paras = [ThaiParagraph(ctx.e(key), ctx.st.body)]
    return Table([[paras]], colWidths=[ctx.width], hAlign="LEFT", style=TableStyle([
        FONT_CMD, ("BOX", (0, 0), (-1, -1), 1, DRAFT), ("BACKGROUND", (0, 0), (-1, -1), "#fff8e1"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))


def head(ctx: ReportCtx, keys: list[str]) -> list[Flowable]:
    return [ThaiParagraph(ctx.tt(k), ctx.st.cell_bold) for k in keys]
