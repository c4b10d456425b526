"""The Thai dictionary for line breaking: the app's compact trie (ecoassess.thaidict) against
pythainlp's Trie of the same words. Fresh processes, interleaved: building it, cutting every
Thai line of the scheme and the demo into words (the two must agree exactly), and the process's
peak memory, against a process that only loads the word list; then a cold Thai and English
dossier of the demo built with each dictionary.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, Series, header, interleave, isolated_env, mib, parse_args, ratio_line, run_process  # noqa: E402, I001


def sample() -> list[str]:
    """Every Thai line of the shipped scheme and the demo (as tests/unit/test_thaisplit.py)."""
    import yaml

    from ecoassess.scheme.loader import SHIPPED
    from ecoassess.thaisplit import THAI

    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and THAI.search(node):
            texts.extend(line for line in node.splitlines() if line.strip())

    walk(yaml.load(SHIPPED.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    for name in ("answers.json", "demo.json"):
        walk(json.loads((ROOT / "ecoassess/resources/demo" / name).read_text(encoding="utf-8")))
    return texts


def use_pythainlp_trie() -> None:
    """This process's dossier breaks Thai with pythainlp's Trie of the same words (the old way)."""
    from functools import cache

    from pythainlp.util import dict_trie

    from ecoassess import thaisplit

    thaisplit.dictionary = cache(lambda: dict_trie(thaisplit.word_list()))


def child_words(kind: str) -> dict:
    """Load the word list; build `kind`'s dictionary from it and cut the sample with it."""
    from pythainlp.tokenize import word_tokenize

    from ecoassess import thaisplit

    words = thaisplit.word_list()
    if kind == "words":
        return {}
    if kind == "pythainlp":
        use_pythainlp_trie()
    start = time.perf_counter()
    trie = thaisplit.dictionary()
    built = time.perf_counter() - start
    texts = sample()
    start = time.perf_counter()
    tokens = [word_tokenize(t, custom_dict=trie, engine="newmm", keep_whitespace=True) for t in texts]
    return {"build": built, "segment": time.perf_counter() - start, "tokens": tokens, "words": len(words)}


def child_dossier(kind: str, source: Path, out: Path) -> dict:
    import bench_dossier

    if kind == "pythainlp":
        use_pythainlp_trie()
    return bench_dossier.child_dossier(source, 0, out, out.with_suffix(".modules"))


def _demo(folder: Path) -> Path:
    import pickle

    from ecoassess.demo import create_demo
    from ecoassess.storage import open_store

    with open_store(folder / "data") as store:
        assessment = store.get_assessment(create_demo(store))
    path = folder / "assessment.pickle"
    path.write_bytes(pickle.dumps(assessment))
    return path


def main() -> int:
    args = parse_args(__doc__)
    rounds = 3 if args.quick else 7
    py = sys.executable
    kinds = ("words", "pythainlp", "compact")
    runs: dict[str, list[dict]] = {k: [] for k in (*kinds, "dossier-pythainlp", "dossier-compact")}
    with tempfile.TemporaryDirectory(prefix="bench-thaidict-") as name:
        tmp = Path(name)
        env = isolated_env(tmp)
        source = _demo(tmp)

        def arm(kind: str):  # noqa: ANN202
            if kind.startswith("dossier-"):
                cmd = [py, __file__, "--child", kind, str(source), str(tmp / f"{kind}.pdf")]
            else:
                cmd = [py, __file__, "--child", kind]

            def run() -> float:
                result = run_process(cmd, env)
                report = json.loads(result.stdout.strip().splitlines()[-1])
                runs[kind].append(dict(report, peak=result.peak_rss, wall=result.seconds))
                return result.seconds
            return run

        arms = {kind: arm(kind) for kind in runs}
        for run in arms.values():
            run()  # warm-up: bytecode, file cache
        for kind in runs:
            runs[kind].clear()
        interleave(rounds, arms)
    reference = runs["pythainlp"][0]["tokens"]
    same = all(r["tokens"] == reference for r in runs["compact"])
    header("Thai dictionary: the app's compact trie against pythainlp's Trie of the same words", args.quick)
    print(f"  {runs['compact'][0]['words']} words; {len(reference)} Thai lines of the scheme and the demo, "
          f"{sum(map(len, reference))} words cut: {'identical' if same else 'DIFFERENT'} breaks; "
          f"{rounds} interleaved rounds of fresh processes")
    compact, trie = runs["compact"], runs["pythainlp"]
    names = ("compact", "pythainlp")
    print(ratio_line("build the dictionary", [r["build"] for r in compact], [r["build"] for r in trie], names=names))
    print(ratio_line("cut the sample", [r["segment"] for r in compact], [r["segment"] for r in trie], names=names))
    print(ratio_line("process peak RSS", [r["peak"] for r in compact], [r["peak"] for r in trie],
                     scale=2**-20, unit="MiB", names=names))
    print(f"  (a process that only loads the word list: {mib(Series([r['peak'] for r in runs['words']]).median)})")
    dc, dt = runs["dossier-compact"], runs["dossier-pythainlp"]
    print(ratio_line("cold dossier (th+en demo)", [r["cold"] for r in dc], [r["cold"] for r in dt], names=names))
    print(ratio_line("dossier process, whole", [r["wall"] for r in dc], [r["wall"] for r in dt], names=names))
    print(ratio_line("dossier process peak RSS", [r["peak"] for r in dc], [r["peak"] for r in dt],
                     scale=2**-20, unit="MiB", names=names))
    return 0 if same else 1


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        kind = sys.argv[2]
        if kind.startswith("dossier-"):
            report = child_dossier(kind.removeprefix("dossier-"), Path(sys.argv[3]), Path(sys.argv[4]))
        else:
            report = child_words(kind)
        print(json.dumps(report))
    else:
        sys.exit(main())
