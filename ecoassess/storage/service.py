"""The store: every read returns dataclasses, every change is its own committed transaction."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ecoassess import model
from ecoassess.errors import EcoAssessError, NotFoundError, StorageError, ValidationError
from ecoassess.evidence import EvidenceStore
from ecoassess.jsonsafe import json_safe
from ecoassess.limits import check_text
from ecoassess.paths import DataLayout
from ecoassess.storage import autosave, carry, convert, evidence_rows, history
from ecoassess.storage import models as orm
from ecoassess.storage.autosave import ANSWER_FIELDS
from ecoassess.storage.backups import make_backup
from ecoassess.storage.common import checked_year, default_year, now, touch
from ecoassess.storage.database import backup_copy, fault, integrity_problems
from ecoassess.storage.listing import read_summaries
from ecoassess.storage.rawsql import Statements

ASSESSMENT_FIELDS = {
    "assessment_date", "planned_audit_date", "signatory_name", "signatory_position", "status",
    "settings", "last_page", "scheme_version", "is_demo", "assessment_year",
}
ACTION_FIELDS = {"item_id", "description", "owner", "due_date", "status"}


BUSY_TIMEOUT_MS = 15_000
_COUNT_WRITE_SQL = "UPDATE ecoassess_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'writes'"
_COUNT_WRITE = text(_COUNT_WRITE_SQL)


def make_engine(path: Path, *, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true" if read_only else f"sqlite:///{path.as_posix()}"
    engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        # FULL: a commit is on disk before save_answer returns, so an acknowledged answer
        # survives power loss as well as a killed process.
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cur.close()

    return engine


class Store:
    """Service over one data folder. Open with `ecoassess.storage.open_store`."""

    def __init__(self, layout: DataLayout, *, read_only: bool, evidence_max_bytes: int,
                 busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.layout = layout
        self.read_only = read_only
        self.engine = make_engine(layout.database, read_only=read_only, busy_timeout_ms=busy_timeout_ms)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.evidence_store = EvidenceStore(layout.evidence, evidence_max_bytes)
        self._lock: Any = None
        # The lean path's connection, held by the first thread that saves (the GUI thread), so
        # that a save skips the pool's checkout and return; other threads check one out.
        self._held: Connection | None = None
        self._held_thread: int | None = None
        self.clock: Callable[[], datetime] = now  # tests inject a clock (history merging)
        self._merge_history = True  # off inside `separate_history`
        self._kept_history: set[int] = set()  # rows written there: later edits never merge into them
        self.notices: list[EcoAssessError] = []  # repaired at opening (identity.inspect), to show

    def close(self) -> None:
        self._drop_held()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        """One committed transaction; a fault (full disk, lock, I/O) rolls it back and becomes
        a StorageError with the reason, never SQL text."""
        if self.read_only:
            raise StorageError("store.read_only", path=str(self.layout.root))
        try:
            with self._sessions() as session, session.begin():
                yield session
                # Every commit rewrites the page holding the database's UUID, so that any
                # write-ahead log of this database carries it (storage.identity checks it).
                session.execute(_COUNT_WRITE)
        except DBAPIError as exc:
            self._raise_fault(exc)

    @contextmanager
    def _lean_tx(self) -> Iterator[Statements]:
        """As `_tx`, with plain statements: the autosave path (ecoassess.storage.autosave)."""
        if self.read_only:
            raise StorageError("store.read_only", path=str(self.layout.root))
        if self._held_thread is None:
            self._held_thread, self._held = threading.get_ident(), self.engine.connect()
        mine = self._held if self._held_thread == threading.get_ident() else None
        conn = mine or self.engine.connect()
        try:
            with conn.begin():
                run = Statements(conn)
                yield run
                run(_COUNT_WRITE_SQL)
        except DBAPIError as exc:
            if mine is not None:
                self._drop_held()  # after a fault the next save starts on a fresh connection
            self._raise_fault(exc)
        finally:
            if mine is None:
                conn.close()

    def _drop_held(self) -> None:
        held, self._held, self._held_thread = self._held, None, None
        if held is not None:
            held.close()

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except DBAPIError as exc:
            self._raise_fault(exc)

    def _raise_fault(self, exc: DBAPIError) -> None:
        error = fault(exc, self.layout.database)
        if error is None:
            raise exc
        raise error from exc

    # -- assessments ---------------------------------------------------------------------
    def list_assessments(self) -> list[model.AssessmentSummary]:
        with self.engine.connect() as conn:  # the same reading as the `list` command's
            raw = conn.connection.driver_connection
            assert raw is not None  # an open pooled connection holds its sqlite3 connection
            return read_summaries(raw)

    def oldest_assessment_time(self) -> datetime | None:
        """When the oldest assessment here was created (None without any): the full-backup
        reminder counts from it until the first full backup."""
        from sqlalchemy import func

        with self._read() as s:
            return s.scalar(select(func.min(orm.Assessment.created_at)))

    def resolve_id(self, id_or_prefix: str) -> str:
        prefix = (id_or_prefix or "").strip().lower()
        if not prefix:
            raise NotFoundError("store.unknown_id", id=id_or_prefix)
        with self._read() as s:
            ids = s.scalars(
                select(orm.Assessment.id).where(orm.Assessment.id.startswith(prefix, autoescape=True))
            ).all()
        if not ids:
            raise NotFoundError("store.unknown_id", id=id_or_prefix)
        if len(ids) > 1:
            raise ValidationError("store.ambiguous_id", id=id_or_prefix, count=len(ids))
        return ids[0]

    def create_assessment(
        self, profile: model.FactoryProfile, *, scheme_id: str, scheme_version: str,
        assessment_date: date | None = None, planned_audit_date: date | None = None,
        is_demo: bool = False, factory_uid: str | None = None, carried_from: str | None = None,
        settings: dict[str, Any] | None = None, assessment_id: str | None = None,
        signatory_name: str = "", signatory_position: str = "", assessment_year: int | None = None,
    ) -> str:
        stamp = now()
        new_id = assessment_id or str(uuid.uuid4())
        year = checked_year(assessment_year) if assessment_year is not None else default_year(assessment_date)
        settings = self._checked_settings(scheme_id, scheme_version, settings)
        with self._tx() as s:
            factory = None
            if factory_uid:
                factory = s.scalars(select(orm.Factory).where(orm.Factory.uid == factory_uid)).first()
            if factory is None:
                factory = orm.Factory(uid=factory_uid or str(uuid.uuid4()), created_at=stamp,
                                      updated_at=stamp, contacts=[], certifications=[])
                convert.profile_to_row(profile, factory)
                s.add(factory)
                s.flush()
            s.add(orm.Assessment(
                id=new_id, factory_id=factory.id, scheme_id=scheme_id,
                scheme_version=scheme_version, assessment_date=assessment_date,
                planned_audit_date=planned_audit_date, status=model.AssessmentStatus.DRAFT.value,
                settings=settings or {}, last_page="", is_demo=is_demo, carried_from=carried_from,
                signatory_name=signatory_name, signatory_position=signatory_position,
                assessment_year=year, created_at=stamp, updated_at=stamp,
            ))
        return new_id

    def _assessment_row(self, s: Session, assessment_id: str) -> orm.Assessment:
        row = s.get(orm.Assessment, assessment_id)
        if row is None:
            raise NotFoundError("store.unknown_id", id=assessment_id)
        return row

    def get_assessment(self, assessment_id: str) -> model.Assessment:
        with self._read() as s:
            row = s.scalars(
                select(orm.Assessment).where(orm.Assessment.id == assessment_id).options(
                    selectinload(orm.Assessment.factory),
                    selectinload(orm.Assessment.answers),
                    selectinload(orm.Assessment.evidence).selectinload(orm.Evidence.links),
                    selectinload(orm.Assessment.actions),
                )
            ).first()
            if row is None:
                raise NotFoundError("store.unknown_id", id=assessment_id)
            return convert.assessment_from_row(row)

    def update_assessment(self, assessment_id: str, **fields: Any) -> None:
        unknown = set(fields) - ASSESSMENT_FIELDS
        if unknown:
            raise ValidationError("store.unknown_field", field=", ".join(sorted(unknown)))
        with self._lean_tx() as run:
            stored = autosave.stored_assessment(run, assessment_id, list(fields))
            if "settings" in fields:  # validated whatever the source: wizard, file or package
                fields["settings"] = self._checked_settings(stored["scheme_id"], stored["scheme_version"],
                                                            fields["settings"])
            changed: dict[str, Any] = {}
            for name, value in fields.items():
                if name == "status":
                    value = model.AssessmentStatus(value).value
                elif name == "assessment_year":
                    value = checked_year(value)
                if stored[name] != value:
                    changed[name] = value
            stamp = self.clock() if fields.keys() - {"last_page"} else None
            autosave.write_assessment(run, assessment_id, changed, stamp)
            self._record_many(run, assessment_id, [
                ("assessment", name, stored[name], value) for name, value in changed.items()
                if name != "last_page"])  # settings too: the threshold used is a decision

    def _checked_settings(self, scheme_id: str, version: str,
                          settings: dict[str, Any] | None) -> dict[str, Any]:
        """Settings checked against the assessment's scheme; nulls mean the scheme default."""
        from ecoassess.scheme import scheme_choice
        from ecoassess.scheme.settings import check_settings

        return check_settings(scheme_choice(self.layout.root, scheme_id, version).scheme, settings)

    def update_profile(self, assessment_id: str, profile: model.FactoryProfile) -> None:
        with self._lean_tx() as run:
            autosave.update_profile(run, assessment_id, profile, self.clock(), self._record_many)

    def copy_forward(self, source_id: str, *, scheme_version: str | None = None,
                     year: int | None = None) -> str:
        """New for `year` (default: the year after the source's; see `ecoassess.storage.carry`);
        returns the new id."""
        return carry.copy_forward(self, source_id, scheme_version=scheme_version, year=year)

    def delete_assessment(self, assessment_id: str) -> Path:
        """Delete after a backup copy of the whole database; returns the backup path."""
        backup = self.safety_copy("before-delete", assessment_id[:8])
        with self._tx() as s:
            row = self._assessment_row(s, assessment_id)
            factory = row.factory
            s.delete(row)
            s.flush()
            if not factory.assessments:
                s.delete(factory)
        return backup

    # -- answers -------------------------------------------------------------------------
    def save_answer(self, assessment_id: str, item_id: str, **fields: Any) -> model.ItemAnswer:
        """Change the given fields of one item's answer, in one committed transaction."""
        unknown = set(fields) - set(ANSWER_FIELDS)
        if unknown:
            raise ValidationError("store.unknown_field", field=", ".join(sorted(unknown)))
        for name in ("note", "justification"):
            check_text(fields.get(name), f"{item_id}.{name}")
        wanted: dict[str, Any] = {}
        for name in ANSWER_FIELDS:
            value = fields.get(name)
            if value is None:
                continue
            if name == "value":
                value = json_safe(dict(value))
            elif name == "status":
                value = model.WorkflowStatus(value).value
            elif name == "not_applicable":
                value = bool(value)
            wanted[name] = value
        stamp = self.clock()
        with self._lean_tx() as run:  # a few plain statements: the wizard saves every second
            return autosave.save_answer(run, assessment_id, item_id, wanted, stamp, self._record_many)

    @contextmanager
    def separate_history(self) -> Iterator[None]:
        """Changes made inside get history rows of their own, never merged into the field's row
        of the last minute nor later merged into (an undo is recorded as a change, not erased
        with the edit it undoes or hidden in the next one)."""
        self._merge_history = False
        try:
            yield
        finally:
            self._merge_history = True

    def _touch(self, s: Session, assessment_id: str) -> None:
        """Mark the assessment as changed, in this transaction (see storage.common.touch)."""
        touch(s, assessment_id, self.clock())

    def _record(self, s: Session | Connection, assessment_id: str, item_id: str, field: str, old: Any,
                new: Any, *, merge: bool = True) -> None:
        """One history row, inside the caller's transaction (see ecoassess.storage.history)."""
        history.record(s, assessment_id, item_id, field, json_safe(old), json_safe(new),
                       self.clock(), merge=merge and self._merge_history, kept=self._kept_history)

    def _record_many(self, run: Statements, assessment_id: str,
                     changes: list[tuple[str, str, Any, Any]]) -> None:
        """The history rows of one save, looking at the last minute once (merged as `_record`)."""
        history.record_many(run, assessment_id,
                            [(item, field, json_safe(old), json_safe(new)) for item, field, old, new in changes],
                            self.clock(), merge=self._merge_history, kept=self._kept_history)

    def history(self, assessment_id: str) -> list[model.HistoryEntry]:
        return [model.HistoryEntry(r.item_id, r.field, r.old_value, r.new_value, r.changed_at)
                for r in self.history_page(assessment_id, 0, None)]

    def history_page(self, assessment_id: str, offset: int, limit: int | None,
                     items: Iterable[str] | None = None) -> list[model.HistoryRecord]:
        """Newest first, `limit` rows from `offset` (a view reads 100k rows a page at a time);
        `items`: only these item ids ("profile", "C02", …)."""
        return history.history_page(self, assessment_id, offset, limit, items)

    def history_count(self, assessment_id: str, items: Iterable[str] | None = None) -> int:
        return history.history_count(self, assessment_id, items)

    def history_entry(self, assessment_id: str, entry_id: int) -> model.HistoryRecord | None:
        return history.history_entry(self, assessment_id, entry_id)

    # -- evidence (ecoassess.storage.evidence_rows) ---------------------------------------
    def add_evidence(self, assessment_id: str, source: Path, *, description: str = "",
                     document_date: date | None = None, expiry: date | None = None,
                     items: Iterable[str] = (), original_name: str | None = None) -> model.EvidenceInfo:
        return evidence_rows.add_evidence(self, assessment_id, source, description=description,
                                          document_date=document_date, expiry=expiry, items=items,
                                          original_name=original_name)

    def link_evidence(self, assessment_id: str, evidence_id: int, item_id: str) -> None:
        evidence_rows.link_evidence(self, assessment_id, evidence_id, item_id)

    def unlink_evidence(self, assessment_id: str, evidence_id: int, item_id: str) -> None:
        evidence_rows.unlink_evidence(self, assessment_id, evidence_id, item_id)

    def update_evidence(self, assessment_id: str, evidence_id: int, **fields: Any) -> None:
        """Change the description, document date or expiry (EVIDENCE_FIELDS)."""
        evidence_rows.update_evidence(self, assessment_id, evidence_id, **fields)

    def update_evidence_details(self, assessment_id: str, evidence_id: int, *, item_id: str | None = None,
                                **fields: Any) -> model.EvidenceInfo:
        """`update_evidence` as the user's edit: recorded in the history under `item_id`."""
        return evidence_rows.update_evidence(self, assessment_id, evidence_id, record=True, item_id=item_id,
                                             **fields)

    def remove_evidence(self, assessment_id: str, evidence_id: int) -> None:
        """Forget the evidence record; the file stays in the store (backups may still cite it)."""
        evidence_rows.remove_evidence(self, assessment_id, evidence_id)

    def evidence_cited(self, sha256: str) -> bool:
        """Does any assessment cite this stored file?"""
        return evidence_rows.evidence_cited(self, sha256)

    def evidence_file(self, sha256: str, name: str = "") -> Path:
        return self.evidence_store.verified_path(sha256, name)

    def evidence_viewing_copy(self, sha256: str, name: str) -> Path:
        """A read-only copy under the file's own name, for opening in its usual program."""
        return self.evidence_store.viewing_copy(sha256, name)

    # -- actions -------------------------------------------------------------------------
    def add_action(self, assessment_id: str, item_id: str, description: str, *, owner: str = "",
                   due_date: date | None = None,
                   status: model.ActionStatus = model.ActionStatus.OPEN) -> model.Action:
        with self._tx() as s:
            row = self._assessment_row(s, assessment_id)
            action = orm.Action(assessment_id=assessment_id, item_id=item_id, description=description,
                                owner=owner, due_date=due_date,
                                status=model.ActionStatus(status).value, created_at=now())
            s.add(action)
            s.flush()
            self._touch(s, row.id)
            self._record(s, assessment_id, item_id, "action", None, description, merge=False)
            return convert.action_from_row(action)

    def update_action(self, action_id: int, **fields: Any) -> model.Action:
        unknown = set(fields) - ACTION_FIELDS
        if unknown:
            raise ValidationError("store.unknown_field", field=", ".join(sorted(unknown)))
        with self._tx() as s:
            action = s.get(orm.Action, action_id)
            if action is None:
                raise NotFoundError("store.unknown_action", id=action_id)
            changed = False
            for name, value in fields.items():
                value = model.ActionStatus(value).value if name == "status" else value
                old = getattr(action, name)
                if old == value:
                    continue
                setattr(action, name, value)
                field = "action" if name == "description" else f"action_{name}"
                self._record(s, action.assessment_id, action.item_id, field, old, value)
                changed = True
            if changed:
                self._touch(s, action.assessment_id)
            s.flush()
            return convert.action_from_row(action)

    def delete_action(self, action_id: int) -> None:
        with self._tx() as s:
            action = s.get(orm.Action, action_id)
            if action is None:
                raise NotFoundError("store.unknown_action", id=action_id)
            self._record(s, action.assessment_id, action.item_id, "action", action.description, None,
                         merge=False)
            self._touch(s, action.assessment_id)
            s.delete(action)

    # -- safety --------------------------------------------------------------------------
    def backup(self, dest: Path | None = None) -> Path:
        """A copy of the database: to `dest` (checked by the caller, fileio.check_output), or
        a manual copy in backups/ under a name no other backup takes."""
        if dest is None:
            return self.safety_copy("manual")
        return backup_copy(self.layout.database, Path(dest))

    def safety_copy(self, kind: str, tag: str = "") -> Path:
        """A copy in backups/ before a change that cannot be undone (see storage.backups)."""
        return make_backup(self.layout.database, self.layout.backups, kind, tag)

    def doctor(self) -> list[dict[str, str]]:
        """Integrity of the database and of every evidence file; [] when all is well."""
        problems = [{"kind": "database", "detail": p} for p in integrity_problems(self.layout.database)]
        with self._read() as s:
            pairs = s.execute(select(orm.Evidence.sha256, orm.Evidence.original_name)).all()
        seen: dict[str, str] = {}
        for sha, name in pairs:
            seen.setdefault(sha, name)
        problems.extend(self.evidence_store.problems(seen.items()))
        return problems
