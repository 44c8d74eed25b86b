"""Offline translation CPU time of two git revisions side by side in one run: a slower change, or a busier machine?

    python bench/revisions.py BASELINE [REVISION] [--trials 150] [--skip 1000] [--rounds 2]

Each revision is checked out into a temporary worktree and translates the same corpus trials offline (parse, render,
check), as `bench/translate.py` (a) does, in a fresh interpreter; the rounds alternate between the two so that a
machine that gets busier slows both. CPU seconds of the process are compared, not wall time, which another job on the
machine stretches. REVISION defaults to the working tree's HEAD. Prints each run and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "ctgov" / "studies.jsonl"

# Run inside the revision's worktree: the timing of that revision's own translator.
_TIMING = """
import json, sys, time
from translator.errors import RecordError
from translator.offline import OfflineBackend
from translator.outline import parse_criteria
from translator.pipeline import Translator
from translator.sources import load_study
corpus, skip, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
studies = []
with open(corpus, encoding="utf-8") as handle:
    for number, line in enumerate(handle, start=1):
        if number > skip and line.strip() and len(studies) < count:
            try:
                studies.append(load_study(json.loads(line), source=corpus, line=number))
            except RecordError:
                pass
translator = Translator(OfflineBackend())
start = time.process_time()
for study in studies:
    translator.translate(parse_criteria(study.eligibility.criteria), nct_id=study.nct_id, study=study)
print(time.process_time() - start, len(studies))
"""


def _cpu(worktree: Path, corpus: Path, skip: int, trials: int) -> tuple[float, int]:
    out = subprocess.run([sys.executable, "-c", _TIMING, str(corpus), str(skip), str(trials)], cwd=worktree,
                         env={**os.environ, "PYTHONPATH": str(worktree)}, capture_output=True, text=True,
                         check=True).stdout.split()
    return float(out[0]), int(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("baseline")
    parser.add_argument("revision", nargs="?", default="HEAD")
    parser.add_argument("--trials", type=int, default=150)
    parser.add_argument("--skip", type=int, default=1000, help="corpus lines to skip first")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}: pass --corpus FILE")
    with tempfile.TemporaryDirectory(prefix="trialplain-revisions-") as folder:
        trees: dict[str, Path] = {}
        for name in (args.baseline, args.revision):
            tree = Path(folder) / f"tree{len(trees)}"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), name], check=True)
            trees[name] = tree
        try:
            times: dict[str, list[float]] = {name: [] for name in trees}
            for round_ in range(args.rounds):
                for name, tree in trees.items():
                    seconds, count = _cpu(tree, args.corpus, args.skip, args.trials)
                    times[name].append(seconds)
                    print(f"round {round_ + 1}: {name}: {seconds:.1f} CPU s for {count} trials")
            base, new = (statistics.median(times[name]) for name in trees)
            print(f"{args.revision} / {args.baseline}: {new / base:.3f} of the baseline's CPU time (medians)")
        finally:
            for tree in trees.values():
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


if __name__ == "__main__":
    main()
