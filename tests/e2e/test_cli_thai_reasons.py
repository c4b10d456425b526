"""A Thai officer feeding the command line malformed answer files and bad values: every refusal
is one line, in Thai, exit 1 (2 for bad usage), with no English from the libraries underneath."""

from __future__ import annotations

import re

import pytest

# The libraries' own words (pydantic, json, argparse, Python) that must never reach a Thai user.
LIBRARY_ENGLISH = re.compile(
    r"Input should|Expecting|delimiter|true or false|expected '|Field required|Extra inputs|"
    r"invalid choice|the following arguments|unrecognized|InvalidOperation|internal error|"
    r"Traceback|Error:|Exceeds the limit|is not allowed|duplicate key")
THAI = re.compile(r"[\u0e00-\u0e7f]")

MALFORMED = {
    "trailing_comma.json": '{"criteria": {"C01": {"inventory": true,}}}',
    "missing_comma.json": '{"criteria": {"C01": {"inventory": true "note": "x"}}}',
    "unquoted_key.json": '{criteria: {}}',
    "cut_short.json": '{"criteria": {"C01": {"note": "ยังไม่เสร็จ',
    "empty.json": "",
    "duplicate_key.json": '{"criteria": {"C01": {"inventory": true, "inventory": false}}}',
    "nan.json": '{"criteria": {"C01": {"target_achievement_pct": NaN}}}',
    "huge_1e26.json": '{"criteria": {"C01": {"inventory": true, "target_achievement_pct": 1e26}}}',
    "huge_1e308.json": '{"criteria": {"C11": {"increase_pct": 1e308}}}',
    "huge_int.json": '{"criteria": {"C10": {"ecolabel_products": 1' + "0" * 30 + "}}}",
    "digits_4000.json": '{"criteria": {"C01": {"target_achievement_pct": 1' + "0" * 4000 + "}}}",
    "digits_5000.json": '{"criteria": {"C01": {"target_achievement_pct": 1' + "0" * 5000 + "}}}",
    "revenue_huge.json": '{"profile": {"annual_revenue_baht": 1e308}}',
    "bool_as_text.json": '{"criteria": {"C01": {"inventory": "yes"}}}',
    "employees_text.json": '{"profile": {"employees_permanent": "many"}}',
    "negative.json": '{"criteria": {"C01": {"target_achievement_pct": -3}}}',
    "estate_kind.json": '{"profile": {"estate_kind": "park"}}',
    "wrong_scheme.json": '{"scheme": "green-industry"}',
    "format_version.json": '{"format_version": 2}',
    "version_slash.json": '{"scheme_version": "2026/1"}',
    "be_audit_date.json": '{"planned_audit_date": "2571-06-30"}',
    "be_certificate.json": '{"prerequisites": {"G2": {"certificate_valid_until": "2571-06-30"}}}',
    "be_year.json": '{"improvement": {"years": [{"year": 2568, "energy": 1}]}}',
    "not_a_date.json": '{"planned_audit_date": "soon"}',
    "unknown_option.json": '{"prerequisites": {"G2": {"ems_route": "iso9001"}}}',
    "settings_bad.json": '{"settings": {"g4_blocks": "yes"}}',
    "list_not_object.json": '["not", "an", "object"]',
    "status_bad.json": '{"criteria": {"C05": {"status": "finished"}}}',
}


def one_thai_line(run) -> str:
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert run.out == ""
    assert THAI.search(lines[0]), lines[0]
    assert not LIBRARY_ENGLISH.search(lines[0]), lines[0]
    return lines[0]


def test_malformed_answer_files_give_one_thai_reason_each(cli, tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    reasons = {}
    for name, text in MALFORMED.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        run = cli("score", str(path), "--ui-lang", "th")
        assert run.code == 1, (name, run.err)
        reasons[name] = one_thai_line(run)
    assert "2028-06-30" in reasons["be_audit_date.json"]  # the CE date suggested
    assert "2025" in reasons["be_year.json"]
    assert "ซ้ำ" in reasons["duplicate_key.json"]
    assert "10,000" in reasons["huge_1e26.json"]
    assert "2026.1" in reasons["version_slash.json"]


@pytest.mark.parametrize(("args", "code", "expected"), [
    (["score", "{file}", "--as-of", "2571-06-30"], 1, "2028-06-30"),
    (["score", "{file}", "--as-of", "31/02/2024"], 1, "ปปปป-ดด-วว"),
    (["score", "{file}", "--what-if", "C99"], 1, "C99"),
    (["export", "{file}", "--lang", "xx", "-o", "out.pdf"], 2, "xx"),
    (["score"], 2, "ID|FILE"),
    (["list", "--bogus"], 2, "--bogus"),
])
def test_bad_command_line_values_give_one_thai_reason(cli, tmp_path, args, code, expected):
    good = tmp_path / "good.json"
    good.write_text('{"prerequisites": {"G1": {"met": true}}}', encoding="utf-8")
    run = cli(*[a.replace("{file}", str(good)) for a in args], "--ui-lang", "th")
    assert run.code == code, run.err
    assert expected in one_thai_line(run)


def test_a_scheme_version_with_a_slash_is_refused_on_import(cli, tmp_path):
    from ecoassess.scheme.loader import SHIPPED

    text = SHIPPED.read_text(encoding="utf-8").replace("version: '2026.1'", "version: '../../x/2027.1'")
    path = tmp_path / "evil.yaml"
    path.write_text(text, encoding="utf-8")
    run = cli("scheme", "import", str(path), "--ui-lang", "th")
    assert run.code == 1
    assert "2026.1" in one_thai_line(run)
    assert not (cli.data / "x").exists() and not (tmp_path / "x").exists()


def test_the_as_of_date_decides_a_certificate_without_an_audit_date(cli, tmp_path):
    answers = tmp_path / "cert.json"
    answers.write_text('{"profile": {"size": "large"}, "prerequisites": {"G2": {"ems_route": '
                       '"iso14001", "certificate_valid_until": "2027-06-30"}}}', encoding="utf-8")
    valid = cli("score", str(answers), "--as-of", "2027-06-30", "--json").json()
    assert [p["status"] for p in valid["prerequisites"] if p["id"] == "G2"] == ["met"]
    lapsed = cli("score", str(answers), "--as-of", "2027-07-01", "--json").json()
    g2 = next(p for p in lapsed["prerequisites"] if p["id"] == "G2")
    assert g2["status"] == "not_met" and "expired on 30 June 2027" in g2["reasons"][0]["en"]
    assert lapsed["as_of"] == "2027-07-01"
    thai = cli("score", str(answers), "--as-of", "2027-07-01", "--ui-lang", "th")
    assert "หมดอายุแล้วเมื่อ 30 มิถุนายน 2570" in thai.out
