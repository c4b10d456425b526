"""Charts drawn straight on the canvas (labels through the shaped Thai path): radar and trend."""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ecoassess.dossier.styles import ACCENT, INK, MUTED, RULE, styles
from ecoassess.dossier.thaiwrap import draw_text

SERIES_COLOURS = [colors.HexColor(c) for c in
                  ("#1b5e20", "#1565c0", "#00838f", "#6a1b9a", "#ef6c00", "#ad1457", "#4e342e")]


class RadarChart(Flowable):
    """Points of each criterion on its own spoke (0 at the centre, the maximum at the rim)."""

    def __init__(self, spokes: list[tuple[str, float | None, float]], size: float = 80 * mm,
                 rings: int = 5):
        super().__init__()
        self.spokes = spokes  # (label, points or None for N/A, max points)
        self.size = size
        self.rings = rings

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.size
        return self.width, self.height

    def _point(self, cx: float, cy: float, radius: float, index: int,
               fraction: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / len(self.spokes)
        return cx + radius * fraction * math.cos(angle), cy + radius * fraction * math.sin(angle)

    def draw(self) -> None:
        c, st = self.canv, styles()
        n = len(self.spokes)
        if n < 3:
            return
        cx, cy = self.width / 2, self.size / 2
        radius = self.size / 2 - 9 * mm
        c.saveState()
        c.setLineWidth(0.4)
        for ring in range(1, self.rings + 1):
            c.setStrokeColor(RULE)
            path = c.beginPath()
            for i in range(n + 1):
                x, y = self._point(cx, cy, radius, i % n, ring / self.rings)
                path.moveTo(x, y) if i == 0 else path.lineTo(x, y)
            c.drawPath(path, stroke=1, fill=0)
            draw_text(c, str(ring), st.small_en, cx + 1.5 * mm, cy + radius * ring / self.rings - 9, 10 * mm)
        path = c.beginPath()
        for i, (_label, points, maximum) in enumerate(self.spokes):
            x, y = self._point(cx, cy, radius, i, 1)
            c.setStrokeColor(RULE)
            c.line(cx, cy, x, y)
            fraction = 0 if points is None or not maximum else points / maximum
            px, py = self._point(cx, cy, radius, i, fraction)
            path.moveTo(px, py) if i == 0 else path.lineTo(px, py)
        path.close()
        c.setStrokeColor(ACCENT)
        c.setFillColor(ACCENT, alpha=0.25)
        c.setLineWidth(1.4)
        c.drawPath(path, stroke=1, fill=1)
        for i, (label, points, _maximum) in enumerate(self.spokes):
            x, y = self._point(cx, cy, radius + 5 * mm, i, 1)
            style = st.cell_center if points is not None else st.small
            draw_text(c, label, style, x - 6 * mm, y - 3 * mm, 12 * mm)
        c.restoreState()


class TrendChart(Flowable):
    """Index lines (first year = 100) of each intensity over the years, with a legend."""

    def __init__(self, years: list[str], series: list[tuple[str, list[float | None]]],
                 height: float = 70 * mm):
        super().__init__()
        self.years = years
        self.series = series
        self.chart_height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.legend_rows = len(self.series)
        self.height = self.chart_height + 6 * mm
        return self.width, self.height

    def _scale(self) -> tuple[float, float, float]:
        """Axis bounds and a round tick step (4 to 6 ticks) around every value and 100."""
        values = [v for _, vs in self.series for v in vs if v is not None] + [100.0]
        low, high = min(values), max(values)
        span = max(high - low, 4.0)
        step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 10**9) if span / s <= 5)
        return math.floor(low / step) * step, math.ceil(high / step) * step, step

    def draw(self) -> None:
        c, st = self.canv, styles()
        plot_w = self.width * 0.58
        left, bottom = 14 * mm, 8 * mm
        top = self.chart_height
        low, high, step = self._scale()
        n = len(self.years)

        def xy(i: int, v: float) -> tuple[float, float]:
            x = left + (plot_w - left) * (i / (n - 1) if n > 1 else 0.5)
            return x, bottom + (top - bottom) * (v - low) / (high - low)

        c.saveState()
        c.setLineWidth(0.4)
        steps = round((high - low) / step)
        for k in range(steps + 1):
            v = low + step * k
            _, y = xy(0, v)
            c.setStrokeColor(RULE)
            c.line(left, y, plot_w, y)
            draw_text(c, f"{v:.0f}", st.small_en, 0, y - 5, left - 2 * mm)
        for i, year in enumerate(self.years):
            x, _ = xy(i, low)
            draw_text(c, year, st.cell_center, x - 12 * mm, 0, 24 * mm)
        legend_x, legend_y = plot_w + 6 * mm, top - 4 * mm
        for s, (label, values) in enumerate(self.series):
            colour = SERIES_COLOURS[s % len(SERIES_COLOURS)]
            c.setStrokeColor(colour)
            c.setFillColor(colour)
            c.setLineWidth(1.5)
            points = [xy(i, v) for i, v in enumerate(values) if v is not None]
            for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
                c.line(x0, y0, x1, y1)
            for x, y in points:
                c.circle(x, y, 1.6, stroke=0, fill=1)
            c.line(legend_x, legend_y + 4, legend_x + 8 * mm, legend_y + 4)
            used = draw_text(c, label, st.cell_small, legend_x + 10 * mm, legend_y - 3,
                             self.width - legend_x - 10 * mm)
            legend_y -= max(used, 6 * mm) + 1 * mm
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.line(left, bottom, plot_w, bottom)
        c.setFillColor(MUTED)
        c.restoreState()
