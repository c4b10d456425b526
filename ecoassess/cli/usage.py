"""argparse's usage errors in our words: its English has no Thai translation (gettext domain)."""

from __future__ import annotations

import re

from ecoassess.i18n import LANGS, message

# argparse's templates (CPython 3.11–3.13) -> message key (seams.usage.*) with named groups
PATTERNS = [
    (r"the following arguments are required: (?P<names>.+)", "required"),
    (r"unrecognized arguments: (?P<names>.+)", "unrecognized"),
    (r"argument (?P<arg>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)",
     "choice"),
    (r"argument (?P<arg>\S+): expected one argument", "one_value"),
    (r"argument (?P<arg>\S+): expected at least one argument", "values"),
    (r"argument (?P<arg>\S+): not allowed with argument (?P<other>\S+)", "not_with"),
    (r"argument (?P<arg>\S+): invalid \S+ value: (?P<value>.+)", "bad_value"),
    (r"argument (?P<arg>\S+): ignored explicit argument (?P<value>.+)", "bad_value"),
    (r"ambiguous option: (?P<arg>\S+) could match (?P<names>.+)", "ambiguous"),
    (r"one of the arguments (?P<names>.+) is required", "one_of"),
]


def usage_detail(text: str) -> dict[str, str]:
    """argparse's message as {"th", "en"}: known templates translated, the names they quote
    (options, values) kept as typed; an unknown template keeps its English in both."""
    for pattern, key in PATTERNS:
        found = re.fullmatch(pattern, text.strip())
        if found:
            params = {k: _plain(v) for k, v in found.groupdict().items()}
            return {lang: message(f"seams.usage.{key}", lang, **params) for lang in LANGS}
    return {lang: text for lang in LANGS}


def _plain(value: str) -> str:
    """"'th', 'en', 'both'" → "th, en, both" (quotes and the English "or" taken off)."""
    values = re.findall(r"'([^']*)'", value)
    return ", ".join(values) if values else value
