"""Wording figures of a `--bullets` dump of `bench/offline_quality.py`, and what changed between two dumps.

    .venv/bin/python bench/bullets_report.py AFTER.jsonl [BEFORE.jsonl] [--show N] [--seed S]

Prints, for each dump: the rendered criterion parts; the share whose bullet opens "You", "Your" or
"If you" (the reader addressed); the bullets that open on a third-person subject ("Patients",
"Subjects", "Women"…); the median Flesch-Kincaid grade of the bullets and the share at grade 8 or
lower (`translator.readability.grade`). Given a second dump of the same corpus (rows in the same
order), it also counts the rows whose bullet changed and prints N of them at random (fixed seed), the
way a rule's author reads what the rule did before it lands.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path
from statistics import median

from translator.readability import grade

_YOU = re.compile(r"^(?:[\w' ]{1,60}: )?(?:You|Your|If you)\b")
_THIRD = re.compile(
    r"^(?:[\w' ]{1,60}: )?(?:Patients?|Subjects?|Participants?|Individuals?|Persons?|People|Women|Men|"
    r"Males?|Females?|Volunteers?|Children|Adults?|Those|Anyone|Candidates?)\b"
)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _figures(name: str, rows: list[dict[str, str]]) -> None:
    bullets = [row["bullet"] for row in rows]
    you = sum(1 for text in bullets if _YOU.match(text))
    third = sum(1 for text in bullets if _THIRD.match(text))
    grades = [grade(text) for text in bullets if re.search(r"[A-Za-z]", text)]
    plain = sum(1 for value in grades if value <= 8)
    share = 100 * you / max(len(bullets), 1)
    print(f"{name}: {len(bullets)} parts; You-openings {you} ({share:.2f}%); third-person openings {third}")
    print(f"  bullet grade median {median(grades):.2f}; at grade 8 or lower {100 * plain / max(len(grades), 1):.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("after", type=Path)
    parser.add_argument("before", type=Path, nargs="?")
    parser.add_argument("--show", type=int, default=20, help="changed rows to print")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    after = _rows(args.after)
    _figures(str(args.after), after)
    if args.before is None:
        return
    before = _rows(args.before)
    _figures(str(args.before), before)
    if [row["source"] for row in before] != [row["source"] for row in after]:
        raise SystemExit("the two dumps are not of the same criteria in the same order")
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old["bullet"] != new["bullet"]]
    print(f"rows changed: {len(changed)}")
    for old, new in random.Random(args.seed).sample(changed, min(args.show, len(changed))):
        print(f"\n{new['nct_id']}  [{old['level']} -> {new['level']}]\n  S: {new['source']}")
        print(f"  -: {old['bullet']}\n  +: {new['bullet']}")


if __name__ == "__main__":
    main()
