"""`ecoassess --help` speaks the officer's language: every command and option, Thai or English."""

from __future__ import annotations

import argparse
import re

import pytest

from ecoassess.cli import build_parser, main

THAI = re.compile("[\u0e00-\u0e7f]")


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_command_and_option_has_help_in_the_chosen_language(lang):
    checked = 0
    for path, parser in _parsers(build_parser(lang)):
        text = parser.format_help()
        has_thai = bool(THAI.search(text))
        assert has_thai == (lang == "th"), (path, text)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            assert action.help and not action.help.startswith("cli.help."), (path, action.dest)
            if lang == "th" and action.dest not in ("help", "version"):
                assert THAI.search(action.help), (path, action.dest, action.help)
        checked += 1
    assert checked >= 20  # the top level, every command and every workshop/scheme action


def test_help_headings_are_thai_and_shared_options_sit_under_one_heading(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--ui-lang", "th", "unpack", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("วิธีใช้: ecoassess unpack")
    assert out.count("ตัวเลือก:") == 1 and "ค่าที่ต้องระบุ:" in out
    assert "--keep-both" in out and "นำเข้าเป็นสำเนาใหม่" in out
    assert "options:" not in out and "usage:" not in out


def test_english_help_stays_english(capsys):
    with pytest.raises(SystemExit):
        main(["--ui-lang", "en", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: ecoassess") and "options:" in out
    assert not THAI.search(out)
