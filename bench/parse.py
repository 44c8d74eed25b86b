"""Parsing throughput over the whole corpus, against json.loads of the same lines (same run).

    .venv/bin/python bench/parse.py [../shared/data/ctgov/studies.jsonl] [--repeat 3]

Prints records/s for loading a record into a Study and parsing its criteria, records/s for bare
json.loads of the same lines, and the ratio (how many times slower the full parse is). Best of N
repeats for both, so a noisy neighbour does not decide the figure.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from translator.outline import parse_criteria
from translator.sources import load_study

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ctgov" / "studies.jsonl"


def best_of(repeat: int, run: object) -> float:
    assert callable(run)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    lines = [line for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]

    def bare() -> None:
        for line in lines:
            json.loads(line)

    criteria = 0

    def full() -> None:
        nonlocal criteria
        criteria = 0
        for number, line in enumerate(lines, start=1):
            study = load_study(json.loads(line), source=str(args.corpus), line=number)
            criteria += len(parse_criteria(study.eligibility.criteria).criteria)

    t_json = best_of(args.repeat, bare)
    t_full = best_of(args.repeat, full)
    n = len(lines)
    print(f"corpus: {args.corpus} ({n} records, {criteria} criteria)")
    print(f"json.loads only:            {n / t_json:10.0f} records/s ({t_json:.3f} s)")
    print(f"load Study + parse criteria:{n / t_full:10.0f} records/s ({t_full:.3f} s)")
    print(f"ratio (parse time / json.loads time): {t_full / t_json:.1f}x")


if __name__ == "__main__":
    main()
