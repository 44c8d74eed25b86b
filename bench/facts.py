"""Fact extraction speed over every criterion of the corpus.

    .venv/bin/python bench/facts.py [../shared/data/ctgov/studies.jsonl] [--repeat 3]

Parses each record's criteria (not timed), then times `extract_facts` over the clean text of every
criterion: prints the criteria, the facts found, the best of N runs in seconds, and criteria/s.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from translator.facts import extract_facts
from translator.outline import parse_criteria
from translator.sources import load_study

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ctgov" / "studies.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts: list[str] = []
    with args.corpus.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                study = load_study(json.loads(line), source=str(args.corpus), line=number)
                texts += [c.text for c in parse_criteria(study.eligibility.criteria).criteria]
    best = float("inf")
    facts = 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        facts = sum(len(extract_facts(text)) for text in texts)
        best = min(best, time.perf_counter() - start)
    print(f"criteria {len(texts)}  facts {facts}  extract_facts {best:.2f} s (best of {args.repeat})  "
          f"{len(texts) / best:,.0f} criteria/s")


if __name__ == "__main__":
    main()
