"""The home list's readiness figures: scored off the GUI thread in chunks, cached per assessment
until it changes, and taken live from an open wizard's own session."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ecoassess_app.ui.workers import run_task

CHUNK = 100  # assessments per background task: the first figures show after a fraction of a second
log = logging.getLogger("ecoassess.home")


class ReadinessPass(QObject):
    """Scores the listed assessments whose figure is not known for their current state.

    A figure is cached with the assessment's `updated_at` and the scheme key (today's date and the
    schemes on this machine): a reload re-scores only what changed. While an assessment's wizard
    is open, its row shows the wizard's own figure (unsaved typing included), and the cache forgets
    it, so that the list scores it again once the wizard closes. Every Store change to what
    scoring reads moves `updated_at` (ecoassess.storage.common.touch), so the key stays honest.
    """

    finished = Signal()  # every listed assessment has its figure

    def __init__(self, owner: Any, context: Any, apply: Callable[[dict[str, float | None]], None]) -> None:
        super().__init__(owner)
        self.owner, self.context, self.apply = owner, context, apply
        self.cache: dict[str, tuple[Any, float | None]] = {}  # id -> (updated_at, percent)
        self.key: Any = None
        self.generation = 0
        self.running = False
        self._stamps: dict[str, Any] = {}
        self._queue: list[list[str]] = []

    def start(self, summaries: list[Any]) -> None:
        """Show what is cached now; score the rest in the background."""
        stamps = {s.id: s.updated_at for s in summaries}
        if self.running and stamps == self._stamps:
            return  # the pass under way already scores exactly these
        self.generation += 1
        self._stamps = stamps
        self.running = True
        data_dir = self.context.data_dir
        generation = self.generation

        def key_job(_progress: Any) -> Any:
            from ecoassess.readiness import scheme_key

            return scheme_key(data_dir)

        run_task(self.owner, _title(), key_job,
                 lambda ok, key: self._keyed(generation, key if ok else None), quiet=True)

    def score_now(self, summaries: list[Any]) -> None:
        """Score on this thread what is not cached for its current state (self-test, screenshots)."""
        from ecoassess.readiness import readiness_percents, scheme_key
        from ecoassess.timeutil import utc_now

        key = scheme_key(self.context.data_dir)
        if key != self.key:
            self.cache.clear()
            self.key = key
        stamps = {s.id: s.updated_at for s in summaries}
        stale = [i for i, stamp in stamps.items() if self.cache.get(i, (None,))[0] != stamp]
        read_at = utc_now()
        result = readiness_percents(self.context.data_dir, stale, on_error=_log_error)
        self._keep(stamps, result, read_at)
        self.apply({i: self.cache[i][1] for i in stamps if i in self.cache} | result)

    def _keep(self, stamps: dict[str, Any], percents: dict[str, float | None], read_at: Any) -> None:
        """Cache what was scored, unless it was edited in the second of its reading: times are
        kept to the second, so an edit right after the reading could carry the same time."""
        for ident, percent in percents.items():
            if stamps[ident] < read_at:
                self.cache[ident] = (stamps[ident], percent)
            else:
                self.cache.pop(ident, None)

    def stop(self) -> None:
        """No further chunks (the window closes); a running one finishes and is ignored."""
        self.generation += 1
        self._queue.clear()
        self.running = False

    def forget(self, assessment_id: str | None = None) -> None:
        """Score this assessment (every one, when None: another database) again at the next pass."""
        if assessment_id is None:
            self.cache.clear()
        else:
            self.cache.pop(assessment_id, None)

    def _keyed(self, generation: int, key: Any) -> None:
        if generation != self.generation:
            return
        if key is None or key != self.key:  # a new day, or another scheme: every figure again
            self.cache.clear()
            self.key = key
        known = {i: self.cache[i][1] for i, stamp in self._stamps.items()
                 if i in self.cache and self.cache[i][0] == stamp}
        self.apply(known)
        stale = [i for i in self._stamps if i not in known]
        self._queue = [stale[n:n + CHUNK] for n in range(0, len(stale), CHUNK)]
        self._next(generation)

    def _next(self, generation: int) -> None:
        if generation != self.generation:
            return
        if not self._queue:
            self.running = False
            self.finished.emit()
            return
        ids = self._queue.pop(0)
        stamps = {i: self._stamps[i] for i in ids}
        data_dir = self.context.data_dir

        def job(_progress: Any) -> tuple[Any, dict[str, float | None]]:
            from ecoassess.readiness import readiness_percents
            from ecoassess.timeutil import utc_now

            read_at = utc_now()
            return read_at, readiness_percents(data_dir, ids, on_error=_log_error)

        run_task(self.owner, _title(), job,
                 lambda ok, result: self._scored(generation, stamps, ok, result), quiet=True)

    def _scored(self, generation: int, stamps: dict[str, Any], ok: bool, result: Any) -> None:
        if generation != self.generation:
            return
        if ok:
            read_at, percents = result
            self._keep(stamps, percents, read_at)
            self.apply(percents)
        else:  # e.g. the data folder went away: the figures stay "—", the list still works
            log.warning("readiness pass failed: %r", result)
        self._next(generation)


def _title() -> str:
    """Named where a closing window says what it waits for."""
    return QCoreApplication.translate("ReadinessPass", "Working out the readiness figures…")


def _log_error(assessment_id: str, error: BaseException) -> None:
    log.info("no readiness figure for %s: %r", assessment_id, error)
