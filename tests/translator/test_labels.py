"""The criteria parser against hand labels: real corpus records read by a person, not by the parser.

`labels/criteria.toml` holds, per NCT id, the sections (kind and header) and the criteria (id and
first words of the clean text) a reader finds in the raw `eligibilityCriteria`. The text itself is
read from the shared corpus, so no registry text is copied into the repository. A mismatch prints
a diff of expected against parsed rows; rows that agree print identically, so only the
disagreements stand out.
"""

from __future__ import annotations

import difflib
import re
import string
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, Field, field_validator

from tests.corpus import corpus_by_id, criteria_text
from translator.criteria import CriteriaDoc, Criterion, Section
from translator.outline import parse_criteria

LABELS = Path(__file__).parent / "labels" / "criteria.toml"
# the layouts the parse audit found, apart so as not to shift the layout test's sample (see the file's header)
AUDIT_LABELS = LABELS.with_name("criteria_audit.toml")
CRITERION_ID = re.compile(r"[IEO]\d+(?:\.\d+)*")
# "I13.2[exclusion]": a criterion whose kind is not its section's (exclusions listed inside an inclusion section)
LABEL_ID = re.compile(rf"(?P<id>{CRITERION_ID.pattern})(?:\[(?P<kind>inclusion|exclusion|other)\])?")
KIND_OF_PREFIX = {"I": "inclusion", "E": "exclusion", "O": "other"}
SECTION_KINDS = ("inclusion", "exclusion", "other")


class ExpectedCriterion(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    words: str = Field(description="The first words of the criterion's clean text, as a reader sees them.")
    turned: str | None = Field(default=None, description="The kind, when it is not the one the id's prefix says.")

    @property
    def kind(self) -> str:
        return self.turned or KIND_OF_PREFIX[self.id[0]]

    @property
    def tag(self) -> str:
        """The id as a label row writes it: "I13.2", or "I13.2[exclusion]" when the kind is not the prefix's."""
        return f"{self.id}[{self.turned}]" if self.turned else self.id

    @property
    def parent(self) -> str | None:
        head, dot, _ = self.id.rpartition(".")
        return head if dot else None


class LabelledRecord(BaseModel):
    """One [[record]] table of the label file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nct_id: str = Field(pattern=r"^NCT\d{8}$")
    layout: str = Field(min_length=1, description="Short tag for the layout this record stands for.")
    note: str = ""
    sections: list[str] = Field(description="'kind:label' per section, in order; '' label when there is no header.")
    criteria: list[ExpectedCriterion] = Field(min_length=1)
    partial: bool = Field(default=False, description="Only a prefix of the criteria is labelled.")

    @field_validator("criteria", mode="before")
    @classmethod
    def _split_rows(cls, rows: object) -> object:
        if not isinstance(rows, list):
            return rows
        parsed: list[object] = []
        for row in rows:
            if not isinstance(row, str):
                parsed.append(row)
                continue
            criterion_id, sep, words = row.partition(": ")
            tag = LABEL_ID.fullmatch(criterion_id)
            if not sep or tag is None or not words.strip():
                raise ValueError(f"criterion row {row!r} must look like 'I3.1: First few words'")
            turned = tag.group("kind")
            if turned == KIND_OF_PREFIX[criterion_id[0]]:
                raise ValueError(f"criterion row {row!r} names the kind its prefix already says")
            parsed.append({"id": tag.group("id"), "words": words, "turned": turned})
        return parsed

    @field_validator("sections")
    @classmethod
    def _known_kinds(cls, sections: list[str]) -> list[str]:
        for section in sections:
            kind, sep, _ = section.partition(":")
            if not sep or kind not in SECTION_KINDS:
                raise ValueError(f"section {section!r} must look like 'inclusion:Inclusion Criteria' or 'other:'")
        return sections


def load_labels(path: Path = LABELS) -> list[LabelledRecord]:
    with path.open("rb") as handle:
        tables = tomllib.load(handle).get("record", [])
    return [LabelledRecord.model_validate(table) for table in tables]


# criteria_topics.toml: run-on topic lists (translator.topic_labels), apart for the same reason as the audit's labels
RECORDS = load_labels() + load_labels(AUDIT_LABELS) + load_labels(LABELS.with_name("criteria_topics.toml"))


def words_match(expected: str, text: str) -> bool:
    """`text` starts with the expected words; the last one may carry trailing punctuation ('Age' ~ 'Age:')."""
    want, have = expected.split(), text.split()
    if len(have) < len(want) or have[: len(want) - 1] != want[:-1]:
        return False
    last = have[len(want) - 1]
    return last.startswith(want[-1]) and not last[len(want[-1]) :].strip(string.punctuation)


def criterion_row(criterion: Criterion, expected: ExpectedCriterion | None) -> str:
    """The parsed criterion as a label row; identical to the expected row when the two agree."""
    kind = criterion.kind.value
    tag = criterion.id if KIND_OF_PREFIX.get(criterion.id[:1]) == kind else f"{criterion.id}[{kind}]"
    if expected is not None and tag == expected.tag and words_match(expected.words, criterion.text):
        return f"{expected.tag}: {expected.words}"
    width = max(4, len(expected.words.split())) if expected is not None else 6
    return f"{tag}: {' '.join(criterion.text.split()[:width])}"


def section_row(section: Section, expected: str | None) -> str:
    """The parsed section as 'kind:label'; a cohort-only section may be named by its cohort label."""
    row = f"{section.kind.value}:{section.label or ''}"
    if expected is not None and expected in (row, f"{section.kind.value}:{section.cohort}"):
        return expected
    return row if not section.cohort else f"{row} (cohort {section.cohort})"


def outline_diff(record: LabelledRecord, doc: CriteriaDoc) -> list[str]:
    """Unified diff lines of expected against parsed sections and criteria; empty when they agree."""
    parsed = doc.criteria[: len(record.criteria)] if record.partial else doc.criteria
    want_rows = [f"section {s}" for s in record.sections]
    want_rows += [f"{c.tag}: {c.words}" for c in record.criteria]
    # Rows are paired by section position and by criterion id, so one extra or missing row does not
    # make every later row look different.
    have_rows = [
        f"section {section_row(s, record.sections[i] if i < len(record.sections) else None)}"
        for i, s in enumerate(doc.sections)
    ]
    by_id = {c.id: c for c in record.criteria}
    have_rows += [criterion_row(c, by_id.get(c.id)) for c in parsed]
    return list(difflib.unified_diff(want_rows, have_rows, "hand labels", "parse_criteria", lineterm="", n=2))


def raw_text(nct_id: str) -> str:
    record = corpus_by_id().get(nct_id)
    if record is None:
        pytest.fail(f"{nct_id} is labelled but not in the corpus; remove it from {LABELS.name} or fix the id")
    return criteria_text(record)


@pytest.mark.parametrize("record", RECORDS, ids=[f"{r.nct_id}-{r.layout}" for r in RECORDS])
def test_parse_criteria_matches_hand_labels_on_real_record(record: LabelledRecord, shared_data: Path) -> None:
    doc = parse_criteria(raw_text(record.nct_id))
    diff = outline_diff(record, doc)
    if diff:
        note = f"\nnote: {record.note}" if record.note else ""
        pytest.fail(f"{record.nct_id} ({record.layout}) differs from the hand labels{note}\n" + "\n".join(diff))


def test_labels_cover_sixty_records_in_every_text_convention(shared_data: Path) -> None:
    formats = Counter(corpus_by_id()[r.nct_id]["_provenance"]["format"] for r in RECORDS)
    assert len(RECORDS) >= 60
    assert len({r.nct_id for r in RECORDS}) == len(RECORDS), "an NCT id is labelled twice"
    assert formats["ctgov-api-v2"] >= 10
    assert formats["ctgov-legacy-api-v1-json"] >= 10
    assert sum(n for f, n in formats.items() if "classic-XML" in f or f == "ctgov-classic-xml") >= 10


@pytest.mark.parametrize("record", RECORDS, ids=[r.nct_id for r in RECORDS])
def test_label_ids_are_numbered_in_order_when_written(record: LabelledRecord) -> None:
    """Ids count up from 1 per kind (top level) and per parent (children), and every parent is labelled."""
    last: dict[str, int] = {}
    seen: set[str] = set()
    for criterion in record.criteria:
        parent = criterion.parent
        assert parent is None or parent in seen, f"{criterion.id} comes before (or without) its parent"
        scope = parent if parent is not None else criterion.id[0]
        number = int(criterion.id.rpartition(".")[2] if parent else criterion.id[1:])
        assert number == last.get(scope, 0) + 1, f"{criterion.id} skips or repeats a number"
        last[scope] = number
        seen.add(criterion.id)


def test_words_match_allows_trailing_punctuation_only_when_given_prefix() -> None:
    assert words_match("Age", "Age:")
    assert words_match("18 years or older", "18 years or older, with consent")
    assert not words_match("Age", "Ageing adults")
    assert not words_match("Patients with a", "Patients with an injury")
    assert not words_match("Age 18", "Age")


def test_label_rows_reject_a_missing_id() -> None:
    with pytest.raises(ValueError, match="must look like"):
        LabelledRecord.model_validate(
            {"nct_id": "NCT00000001", "layout": "x", "sections": [], "criteria": ["Adults over 18"]}
        )


def test_label_rows_name_a_kind_only_when_it_is_not_the_prefix_kind() -> None:
    record = LabelledRecord.model_validate(
        {"nct_id": "NCT00000001", "layout": "x", "sections": [], "criteria": ["I2[exclusion]: Patients with any"]}
    )
    assert (record.criteria[0].id, record.criteria[0].kind, record.criteria[0].tag) == (
        "I2", "exclusion", "I2[exclusion]"
    )
    with pytest.raises(ValueError, match="already says"):
        LabelledRecord.model_validate(
            {"nct_id": "NCT00000001", "layout": "x", "sections": [], "criteria": ["I2[inclusion]: Adults"]}
        )
