"""The checks' edition (translator.findings.CHECKS_VERSION) moves whenever what the checks find may move.

Stored translations keep their findings with the edition that made them, and `trialplain recheck` computes again
only those of another edition: a change to the checks that left the edition alone would leave every stored
translation with findings today's checks no longer make. Two fingerprints guard it:

- the source of every module the checks and the parser run (the import closure of translator.fidelity and
  translator.outline, read from their import statements, in functions too) and the lexicon's data files. A sample
  of records cannot see a change that only touches rare text ("grams per deciliter"), so any edit there asks for a
  bump; a bump that changes no finding costs a recheck that only stamps the new edition;
- what the checks find on fixed text no rewrite rule touches, for what the source cannot show (a library that
  grades reading differently): the hand-written paraphrases, faithful and (every fourth) with every planted error,
  and a verbatim "translation" (each criterion's own text) of corpus records, checked in full. Messages are left
  out: rewording one changes nothing an editor decides on.

After an intended change: bump CHECKS_VERSION, then rerun with TRIALPLAIN_UPDATE_SNAPSHOTS=1.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from evals.cases import check_case
from evals.mutations import MUTATIONS
from evals.paraphrases import load_paraphrases
from evals.suites import paraphrase_cases
from tests.corpus import corpus_records
from translator import fidelity
from translator.criteria import SectionKind
from translator.findings import CHECKS_VERSION, Finding
from translator.outline import parse_criteria
from translator.sources import load_study
from translator.translation import Bullet, Provenance, Summary, TranslatedSection, Translation

FINGERPRINT = Path(__file__).with_name("checks_fingerprint.json")
RECORDS = 60
REPO = Path(__file__).resolve().parents[2]
ROOTS = ("translator.fidelity", "translator.outline")


def _imported(module: str) -> set[str]:
    """The translator modules `module` imports anywhere in its source, in a function too: facts.py loads its
    extractors on first use, and a closure read from sys.modules after import had missed all of them."""
    path = _module_file(module)
    if path is None:
        return set()
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found.update(n for n in names if n.split(".")[0] == "translator" and _module_file(n) is not None)
    return found


def _module_file(module: str) -> Path | None:
    for path in (REPO / Path(*module.split(".")).with_suffix(".py"), REPO / Path(*module.split(".")) / "__init__.py"):
        if path.exists():
            return path
    return None


def _closure() -> list[Path]:
    seen: set[str] = set()
    todo = list(ROOTS)
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(_imported(module) - seen)
    return [path for module in sorted(seen) if (path := _module_file(module)) is not None]


def _source_digest() -> str:
    """sha256 of the checks' and the parser's modules and of the lexicon data, by path relative to the repo."""
    files = _closure() + sorted((REPO / "translator" / "data").iterdir())
    digest = hashlib.sha256()
    for path in sorted(set(files)):
        digest.update(str(path.resolve().relative_to(REPO)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _key(finding: Finding) -> str:
    return json.dumps(finding.model_dump(mode="json", exclude={"message"}), sort_keys=True)


def _paraphrase_findings() -> Iterator[str]:
    for n, case in enumerate(paraphrase_cases(load_paraphrases())):
        yield from (f"{case.case_id} faithful {_key(f)}" for f in check_case(case))
        # (the planted errors of every fourth case: a change to the checks' code moves the source digest whatever it
        # touches; these are for what the code cannot show, and planting in every case took a minute and a half)
        if n % 4:
            continue
        for name, mutate in sorted(MUTATIONS.items()):
            mutated = mutate(case, random.Random(f"{case.case_id}:{name}"))
            if mutated is not None:
                yield from (f"{case.case_id} {name} {_key(f)}" for f in check_case(mutated))


def _verbatim(record: dict[str, object]) -> Iterator[str]:
    study = load_study(record)
    doc = parse_criteria(study.eligibility.criteria)
    sections = [
        TranslatedSection(
            kind=kind,
            label=kind.value,
            bullets=[Bullet(text=c.text, source_ids=[c.id]) for c in doc.criteria if c.kind is kind and c.text],
        )
        for kind in SectionKind
    ]
    translation = Translation(
        nct_id=study.nct_id,
        sections=[section for section in sections if section.bullets],
        summary=Summary(text="as the record says"),
        provenance=Provenance(
            backend="verbatim", source_sha=study.criteria_sha, created_at=datetime(2026, 1, 1, tzinfo=UTC)
        ),
    )
    yield from (f"{study.nct_id} verbatim {_key(f)}" for f in fidelity.check(doc, translation, study))


def _digest() -> str:
    lines = list(_paraphrase_findings())
    for record in corpus_records()[:RECORDS]:
        lines.extend(_verbatim(record))
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def test_the_checks_edition_moves_when_their_findings_do() -> None:
    found = {"source": _source_digest(), "findings": _digest()}
    if os.environ.get("TRIALPLAIN_UPDATE_SNAPSHOTS") == "1":
        FINGERPRINT.write_text(json.dumps({"checks_version": CHECKS_VERSION, **found}, indent=2) + "\n")
        return
    assert FINGERPRINT.exists(), f"{FINGERPRINT.name} is missing: record it with TRIALPLAIN_UPDATE_SNAPSHOTS=1"
    stored = json.loads(FINGERPRINT.read_text())
    moved = [name for name, value in found.items() if stored.get(name) != value]
    if not moved:
        assert stored["checks_version"] == CHECKS_VERSION, (
            "CHECKS_VERSION moved but the checks did not: rerun with TRIALPLAIN_UPDATE_SNAPSHOTS=1 to record it"
        )
        return
    assert stored["checks_version"] != CHECKS_VERSION, (
        f"the checks' {' and '.join(moved)} changed but translator.findings.CHECKS_VERSION is still "
        f"{CHECKS_VERSION!r}: bump it (so `trialplain recheck` checks stored translations again), then rerun with "
        "TRIALPLAIN_UPDATE_SNAPSHOTS=1"
    )
    raise AssertionError(
        f"CHECKS_VERSION is now {CHECKS_VERSION!r}: rerun with TRIALPLAIN_UPDATE_SNAPSHOTS=1 to record its fingerprint"
    )
