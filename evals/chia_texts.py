"""Chia's criteria texts as study records: text the rules were never tuned on, for the backend suites.

Chia keeps each trial's inclusion and exclusion criteria one per line, without headers or markers
(`../shared/data/chia/README.md`). Put back under "Inclusion Criteria:" / "Exclusion Criteria:" headers
as bullets, they read as a current CT.gov record does, so the smoke, corpus and mutation suites can run
on them: `trialplain eval --suite mutations --chia-dir ../shared/data/chia`. Only the criteria are there
(no titles, ages or phases), so the structured-field checks have nothing to compare.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from evals.chia import annotation_files
from translator.records import Study

_SECTIONS = (("inc", "Inclusion Criteria:"), ("exc", "Exclusion Criteria:"))


def chia_criteria(folder: Path, nct_id: str) -> str:
    """One trial's criteria text, rebuilt from its `_inc.txt` and `_exc.txt` files."""
    parts = []
    for suffix, header in _SECTIONS:
        path = folder / f"{nct_id}_{suffix}.txt"
        if not path.exists():
            continue
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if lines:
            parts.append(header + "\n\n" + "\n".join(f"* {line}" for line in lines))
    return "\n\n".join(parts)


def chia_studies(chia_dir: Path) -> Iterator[Study]:
    """Every Chia trial under `chia_dir` with criteria text, as a `Study`, in NCT-id order."""
    files = annotation_files(chia_dir)
    folder = files[0].parent
    for nct_id in sorted({path.name.split("_")[0] for path in files}):
        text = chia_criteria(folder, nct_id)
        if text:
            record = {"protocolSection": {
                "identificationModule": {"nctId": nct_id, "briefTitle": f"Chia trial {nct_id}"},
                "eligibilityModule": {"eligibilityCriteria": text}}}
            yield Study.from_ctgov(record, source=str(folder / f"{nct_id}_inc.txt"))
