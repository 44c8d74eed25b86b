"""How faithful and how plain the offline backend is over a corpus.

    .venv/bin/python bench/offline_quality.py [../shared/data/ctgov/studies.jsonl] [--limit N] [--show-errors]
        [--bullets FILE] [--chia-dir ../shared/data/chia]

Translates every record with the offline backend (each distinct criterion rendered once, as the
pipeline does) and prints: the number of criteria; the share of criteria on which the fidelity checks
(`translator.fidelity.check` on the assembled translation) find no error; the share of criteria per
fallback level (`rewrite` is the full plain-English rewrite; `verbatim` means every rewrite changed a
fact); the share whose wording changed at all; and the median Flesch-Kincaid reading grade of the
source criteria vs the bullets (each part's text vs its bullet's text, definitions excluded: they are
kept apart from the bullet), with sentences counted by `translator.readability.grade`, and also as
textstat counts them (every "." ends a sentence, so "1.5 x ULN" is two), as reported before.
`--bullets FILE` writes each part's source text, bullet text and level as JSON lines, to compare two runs
(`bench/bullets_report.py` reads them). `--chia-dir` reads Chia's criteria texts as records instead of the corpus.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from statistics import median

import textstat

from evals.chia_texts import chia_studies
from translator.backend import Rendering
from translator.criteria import Criterion
from translator.errors import RecordError
from translator.fidelity import check, errors
from translator.offline import LEVELS, OfflineBackend, RenderedItem
from translator.outline import parse_criteria
from translator.pipeline import assemble, build_requests, ref_to_id
from translator.readability import median_grade
from translator.records import Study
from translator.settings import TranslatorSettings
from translator.sources import read_sources

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ctgov" / "studies.jsonl"


def _plain(text: str) -> str:
    return " ".join(text.lower().rstrip(" .;,").split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None, help="only the first N records")
    parser.add_argument("--show-errors", action="store_true", help="print each criterion with an error")
    parser.add_argument("--bullets", type=Path, default=None, help="write source, bullet and level as JSON lines")
    parser.add_argument("--chia-dir", type=Path, default=None, help="Chia's criteria texts as records, not the corpus")
    args = parser.parse_args()

    backend = OfflineBackend()
    seen: dict[str, tuple[Rendering, list[RenderedItem]]] = {}
    levels: Counter[str] = Counter()
    criteria = failing = records = changed = 0
    sources: list[str] = []
    bullets: list[str] = []
    started = time.perf_counter()
    out = args.bullets.open("w", encoding="utf-8") if args.bullets else None
    settings = TranslatorSettings()
    studies: Iterable[Study | RecordError] = (
        chia_studies(args.chia_dir) if args.chia_dir else read_sources([str(args.corpus)], settings=settings)
    )
    for study in studies:
        if args.limit is not None and records >= args.limit:
            break
        if isinstance(study, RecordError):
            continue
        records += 1
        doc = parse_criteria(study.eligibility.criteria)
        rendered: list[tuple[Criterion, Rendering]] = []
        for top, request in build_requests(doc):
            if request.content_key not in seen:
                seen[request.content_key] = backend.render_items(request)
            rendering, items = seen[request.content_key]
            rendered.append((top, rendering))
            for item, result in zip(request.items, items, strict=True):
                levels[result.level] += 1
                sources.append(item.text)
                bullets.append(result.bullet.text)
                changed += _plain(result.bullet.text) != _plain(item.text)
                if out is not None:
                    row = {"nct_id": study.nct_id, "source": item.text, "bullet": result.bullet.text}
                    out.write(json.dumps({**row, "level": result.level}) + "\n")
                if args.show_errors and not result.clean:
                    print(f"{study.nct_id} {ref_to_id(top, item.ref)}: {item.text!r}")
        translation = assemble(doc, rendered, nct_id=study.nct_id, identity=backend.identity, summary_source=None)
        found = errors(check(doc, translation))
        if args.show_errors:
            for finding in found:
                print(f"{study.nct_id} {finding.criterion_id}: {finding.check}: {finding.message}")
        criteria += len(doc.criteria)
        failing += len({f.criterion_id for f in found if f.criterion_id is not None})
        failing += sum(1 for f in found if f.criterion_id is None)
    elapsed = time.perf_counter() - started
    if out is not None:
        out.close()
    total = sum(levels.values()) or 1
    print(f"records: {records}  criteria: {criteria}  distinct requests rendered: {len(seen)}  ({elapsed:.1f} s)")
    print(
        f"criteria with no fidelity error: {100 * (criteria - failing) / max(criteria, 1):.2f}%  "
        f"({failing} with an error)"
    )
    for level in LEVELS:
        print(f"  level {level.name:<28} {100 * levels[level.name] / total:6.2f}%  ({levels[level.name]})")
    print(f"criteria whose wording the rewrite changed (beyond case and punctuation): {100 * changed / total:.2f}%")
    print(f"median reading grade: source {median_grade(sources):.2f}  bullets {median_grade(bullets):.2f}")
    print(
        f"  (textstat's own sentence count, which ends a sentence at every '.' as in '1.5' or 'e.g.': "
        f"source {_textstat_median(sources):.2f}  bullets {_textstat_median(bullets):.2f})"
    )


def _textstat_median(texts: list[str]) -> float:
    """The median as reported before translator.readability counted sentences itself."""
    grades = [float(textstat.flesch_kincaid_grade(t)) for t in texts if re.search(r"[A-Za-z]", t)]
    return float(median(grades)) if grades else 0.0


if __name__ == "__main__":
    main()
