"""The shared data the tests read: ../shared/data beside the repository (or $TRIALPLAIN_SHARED_DATA)."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from translator.criteria import CriteriaDoc
from translator.outline import parse_criteria

REPO = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    env = os.environ.get("TRIALPLAIN_SHARED_DATA")
    return Path(env) if env else (REPO.parent / "shared" / "data").resolve()


def corpus_path() -> Path:
    return shared_data_dir() / "ctgov" / "studies.jsonl"


@cache
def corpus_records() -> tuple[dict[str, Any], ...]:
    """Every record of the corpus, parsed once per test session."""
    with corpus_path().open(encoding="utf-8") as handle:
        return tuple(json.loads(line) for line in handle if line.strip())


@cache
def corpus_by_id() -> dict[str, dict[str, Any]]:
    return {r["protocolSection"]["identificationModule"]["nctId"]: r for r in corpus_records()}


def criteria_text(record: dict[str, Any]) -> str:
    text: str = record["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    return text


@cache
def corpus_doc(nct_id: str) -> CriteriaDoc:
    """A record's parsed criteria, once per test process: the corpus-wide tests that read the parse (the section
    headings, the layouts' sample, the paraphrase files' sources) parsed the same 2,690 texts each (15 s of a core
    every time). The invariants over every record still parse afresh."""
    return parse_criteria(criteria_text(corpus_by_id()[nct_id]))
