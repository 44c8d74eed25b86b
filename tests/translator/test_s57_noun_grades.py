"""A condition named with its toxicity grade first, put to the reader with the grade and its comparator kept (session
57); a grade at most, or a time not before the study, keeps the source's words."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("kind", "source", "plain"),
    [
        (EXC, "Grade >/= 2 peripheral neuropathy", "You have grade 2 or higher peripheral neuropathy."),
        (EXC, "Grade ≥2 peripheral neuropathy.", "You have grade 2 or higher peripheral neuropathy."),
        (
            EXC,
            "Grade II-IV acute GVHD or extensive GVHD;",
            "You have grade 2 to 4 acute graft-versus-host disease (GVHD) or extensive GVHD.",
        ),
        (
            EXC,
            "Grade 3 or Grade 4 cardiac arrhythmia (NCI CTCAE, version 3.0)",
            "You have grade 3 or 4 cardiac arrhythmia (NCI CTCAE, version 3.0).",
        ),
        (EXC, "Grade 3b follicular lymphoma", "You have grade 3b follicular lymphoma."),
        # every window before the study: had
        (
            EXC,
            "Grade 3 or higher laboratory abnormality (except for lipase) within 28 days prior to study entry",
            "You have had grade 3 or higher lab abnormality (except for lipase) in the 28 days before study entry.",
        ),
    ],
)
def test_a_graded_condition_is_put_to_the_reader(kind: SectionKind, source: str, plain: str) -> None:
    assert said(source, kind) == plain
    assert checks(source, plain, kind) == []


@pytest.mark.parametrize(
    ("kind", "source", "plain"),
    [
        # a grade at most may be none at all
        (INC, "Grade 2 or less peripheral neuropathy", "Grade 2 or less peripheral neuropathy"),
        # a lab's grade, its comparator after it
        (
            EXC,
            "Grade 1 lipase or higher within 28 days prior to study entry",
            "Grade 1 lipase or higher in the 28 days before study entry",
        ),
        # a point in time
        (
            EXC,
            "Grade >= 3 peripheral neuropathy at randomization",
            "Grade 3 or higher peripheral neuropathy at randomization",
        ),
        (
            EXC,
            "Grade 2 or higher hypomagnesemia at baseline evaluation",
            "Grade 2 or higher low magnesium in the blood at baseline evaluation",
        ),
    ],
)
def test_a_graded_condition_whose_grade_or_time_is_not_sure_keeps_its_words(
    kind: SectionKind, source: str, plain: str
) -> None:
    assert said(source, kind) == plain
