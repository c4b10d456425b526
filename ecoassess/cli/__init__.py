"""The command line: `ecoassess COMMAND …` and `python main.py COMMAND …` are the same program.

Exit codes: 0 success, 2 bad usage, 1 any other failure (one line on stderr, nothing on stdout).
Each command lives in a module of `ecoassess.cli.commands`; it exposes `register(subparsers)`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ecoassess import __version__
from ecoassess.errors import EcoAssessError, NotFoundError
from ecoassess.i18n import message, system_language

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
VERSION_TEXT = f"ecoassess {__version__}"
GLOBAL_OPTIONS = ("--data-dir", "--ui-lang")

if TYPE_CHECKING:
    from ecoassess.storage.service import Store


class UsageError(Exception):
    """Raised instead of argparse's own exit so the message can be localised: `detail` is
    bilingual ({"th", "en"}), argparse's English told in our words (`usage_detail`)."""

    def __init__(self, text: str) -> None:
        from ecoassess.cli.usage import usage_detail

        self.detail = usage_detail(text)
        super().__init__(self.detail["en"])


_HELP_LANG = ["en"]


def answer_file_or_id(target: str) -> Path | None:
    """`ID|FILE` arguments: the file when it exists; None for an assessment id. A target that
    can only be a file (a path, or a name ending in .json) and is missing is reported as such,
    not as an unknown assessment id."""
    path = Path(target).expanduser()
    if os.path.lexists(path):  # a FIFO or a device is refused before it is read (it may block)
        from ecoassess.fileio import check_input

        return check_input(path)
    if "/" in target or "\\" in target or target.lower().endswith(".json"):
        raise NotFoundError("cli.no_such_file", path=target)
    return None


def help_text(key: str) -> str:
    """A help text (`cli.help.KEY`) in the language `--help` is shown in."""
    return message(f"cli.help.{key}", _HELP_LANG[0])


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, help_text("usage") + " " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """argparse with help in the UI language and errors raised, not printed with an exit.

    argparse's own headings come from its gettext domain, which has no Thai: they are set here
    (its `_positionals`/`_optionals` groups have kept those names since Python 3.2), and the
    parents' options are merged after that, so that they join the same heading.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        parents = kwargs.pop("parents", [])
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = help_text("positionals")
        self._optionals.title = help_text("options")
        if add_help:
            self.add_argument("-h", "--help", action="help", help=help_text("help"))
        for parent in parents:  # as argparse does, but after the headings are in this language
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def error(self, message_text: str) -> NoReturn:  # noqa: D102
        raise UsageError(message_text)


class Context:
    """What a command needs: the chosen data folder and message language, and output helpers."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.lang: str = args.ui_lang or system_language()
        self.data_dir_arg: str | None = args.data_dir
        self._store: Store | None = None
        self.notices_shown: set[str] = set()

    @property
    def data_dir(self) -> Path:
        from ecoassess.paths import data_dir

        return data_dir(self.data_dir_arg)

    def store(self, *, read_only: bool = False) -> Store:
        """The open store for the data folder: a writer (locked, migrated) or a reader.

        What opening repaired (a foreign write-ahead log moved aside) is said once on stderr.
        """
        if self._store is not None and self._store.read_only and not read_only:
            self.close()
        if self._store is None:
            from ecoassess.storage import open_store

            self._store = open_store(self.data_dir, read_only=read_only)
            self.say_notices(self._store.notices)
        return self._store

    def say_notices(self, notices: list[Any]) -> None:
        """What opening the data folder repaired, each said once on stderr."""
        for notice in notices:
            if notice.key not in self.notices_shown:
                self.notices_shown.add(notice.key)
                print(notice.message(self.lang), file=sys.stderr)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def msg(self, key: str, **params: Any) -> str:
        return message(key, self.lang, **params)

    @staticmethod
    def print_json(data: Any) -> None:
        from ecoassess.text import escape_json_controls

        text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write(escape_json_controls(text) + "\n")


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default, help=help_text("data_dir"))
    parser.add_argument("--ui-lang", choices=("th", "en"), default=default, help=help_text("ui_lang"))


def build_parser(lang: str = "en") -> Parser:
    """The whole command line, its help in `lang` (th or en)."""
    _HELP_LANG[0] = lang if lang in ("th", "en") else "en"
    parser = Parser(prog="ecoassess", description=help_text("description"))
    _global_options(parser, suppress=False)
    parser.add_argument("--version", action="version", version=VERSION_TEXT,
                        help=help_text("version"))
    # Global options are accepted after the command too: each sub-parser gets them, suppressed
    # so that a value given before the command is not reset to its default.
    common = Parser(add_help=False)
    _global_options(common, suppress=True)
    subparsers = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND",
                                       title=help_text("command"))
    from ecoassess.cli import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(subparsers, common)
    return parser


def argv_language(argv: Sequence[str]) -> str:
    """The --ui-lang given on the command line, else the system language (may be invalid)."""
    for i, arg in enumerate(argv):
        if arg.startswith("--ui-lang="):
            return arg.split("=", 1)[1]
        if arg == "--ui-lang" and i + 1 < len(argv):
            return argv[i + 1]
    return system_language()


def _thai_capable_output() -> None:
    """Make stdout and stderr able to write Thai.

    Output redirected to a file on an English Windows is cp1252, which has no Thai: switch such
    a stream to UTF-8 (what editors and spreadsheets read) instead of failing on the first Thai
    name. A stream that already takes Thai (UTF-8, or cp874 on a Thai Windows) is left alone.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if not encoding or not hasattr(stream, "reconfigure"):
            continue
        try:
            "ภาษาไทย".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            stream.reconfigure(encoding="utf-8")


class _EscapingStream:
    """stdout/stderr of the command line: every control character written as an escape, once,
    for every message, list and help text (see ecoassess.text)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from ecoassess.text import escape_controls

        written: int = self._stream.write(escape_controls(text))
        return written

    def __getattr__(self, name: str) -> Any:  # flush, fileno, encoding, isatty, buffer…
        return getattr(self._stream, name)


def _damaged_database(exc: BaseException) -> bool:
    """SQLite met a damaged page (readers open without the integrity check, so it surfaces
    here); SQLAlchemy wraps the driver's error in `orig`. Locks and I/O errors are subclasses
    (OperationalError) and are not damage."""
    import sqlite3

    return type(getattr(exc, "orig", exc)) is sqlite3.DatabaseError


def _damaged_message(ctx: Context, exc: BaseException) -> str:
    from ecoassess.paths import DataLayout

    detail = str(getattr(exc, "orig", exc)).splitlines()[0]
    return ctx.msg("store.corrupt", path=DataLayout(ctx.data_dir).database, detail=detail)


def _only_version(argv: Sequence[str]) -> bool:
    """`ecoassess [global options] --version`: answered before the parser and its commands load."""
    rest, option = [], ""
    for arg in argv:
        name, eq, value = arg.partition("=")
        if option or (eq and name in GLOBAL_OPTIONS):
            value = arg if option else value
            if (option or name) == "--ui-lang" and value not in ("th", "en"):
                return False  # the parser explains a wrong value
            option = ""
        elif arg in GLOBAL_OPTIONS:
            option = arg
        else:
            rest.append(arg)
    return rest == ["--version"] and not option


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _only_version(argv):
        sys.stdout.write(VERSION_TEXT + "\n")
        return EXIT_OK
    _thai_capable_output()
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _EscapingStream(sys.stdout), _EscapingStream(sys.stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = streams


def _main(argv: list[str]) -> int:
    lang = argv_language(argv)
    lang = lang if lang in ("th", "en") else "en"
    parser = build_parser(lang)
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(message("cli.usage_error", lang, detail=exc.detail), file=sys.stderr)
        return EXIT_USAGE
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    ctx = Context(args)
    try:
        return int(args.func(ctx, args) or EXIT_OK)
    except UsageError as exc:
        print(ctx.msg("cli.usage_error", detail=exc.detail), file=sys.stderr)
        return EXIT_USAGE
    except EcoAssessError as exc:
        print(exc.message(ctx.lang).replace("\n", " "), file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print(ctx.msg("cli.interrupted"), file=sys.stderr)
        return EXIT_FAIL
    except BrokenPipeError:
        # The reader went away (`ecoassess scheme | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAIL
    except Exception as exc:  # a bug, not bad input: one line for the user, details in the log
        if _damaged_database(exc):
            print(_damaged_message(ctx, exc), file=sys.stderr)
            return EXIT_FAIL
        if os.environ.get("ECOASSESS_DEBUG"):
            raise
        from ecoassess.logsetup import setup_logging

        try:
            log_file = setup_logging(ctx.data_dir)
        except (EcoAssessError, OSError):
            log_file = None
        logging.getLogger("ecoassess.cli").exception("unexpected error in %s", args.command)
        print(ctx.msg("cli.internal_error", kind=type(exc).__name__, detail=exc,
                      log=log_file or "-"), file=sys.stderr)
        return EXIT_FAIL
    finally:
        ctx.close()
