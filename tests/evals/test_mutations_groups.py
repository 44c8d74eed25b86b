"""Planted error group_dropped: the one sex a criterion is said of left out of its bullet, and caught."""

from __future__ import annotations

import random

import pytest

from evals.cases import CaseBullet, CaseSource, EvalCase, case_errors
from evals.mutations import MUTATIONS, UNGATED
from evals.mutations_groups import group_dropped
from translator.criteria import SectionKind


def _case(source: str, bullet: str, kind: SectionKind = SectionKind.INCLUSION) -> EvalCase:
    return EvalCase(case_id="T:1", nct_id="NCT01659866", origin="test",
                    sources=[CaseSource(id="I1", kind=kind, text=source)],
                    bullets=[CaseBullet(text=bullet, source_ids=["I1"], kind=kind)])


def test_the_type_is_registered_and_gated() -> None:
    assert MUTATIONS["group_dropped"] is group_dropped and "group_dropped" not in UNGATED


@pytest.mark.parametrize(
    ("source", "bullet", "planted"),
    [
        ("Men under 30 years of age", "If you are a man, you are under 30 years old.", "You are under 30 years old."),
        ("Females aged 45-70 years", "Women who are 45 to 70 years old.", "You are 45 to 70 years old."),
        ("Females aged 45-70 years", "You are a woman aged 45 to 70.", "You are aged 45 to 70."),
        ("Male, 18 years or older", "You are male and 18 years or older.", "You are 18 years or older."),
        ("Healthy male subjects aged 18 - 45 years", "You are a healthy male volunteer aged 18 to 45.",
         "You are a healthy volunteer aged 18 to 45."),
        ("Male subjects must use condoms", "Men must use condoms.", "You must use condoms."),
        ("Negative pregnancy test (females only)", "You have a negative pregnancy test (women only).", None),
    ],
)
def test_the_sex_is_dropped_with_the_sentence_kept_whole(source: str, bullet: str, planted: str | None) -> None:
    mutated = group_dropped(_case(source, bullet), random.Random(1))
    assert (mutated.bullets[0].text if mutated else None) == planted
    if mutated is not None:
        assert [f.check for f in case_errors(mutated)] == ["group_dropped"]


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        ("Male or female, 18 to 65 years", "You are male or female and 18 to 65 years old."),  # both: not one sex
        ("Women who are pregnant or breastfeeding", "You are a woman who is pregnant or breastfeeding."),  # still said
        ("Age 18 to 65 years", "You are 18 to 65 years old."),
    ],
)
def test_nothing_is_planted_where_no_one_sex_could_be_lost(source: str, bullet: str) -> None:
    assert group_dropped(_case(source, bullet), random.Random(1)) is None
