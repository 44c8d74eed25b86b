"""The twenty-fourth round (the lead's own): two labs joined by "and/or" before one threshold put to the reader,
with the source's "and/or" kept and the verb agreeing with the second name, as after "or" (either value); the cases
the pair rule must still leave as written. `said` also checks that the
fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("kind", "text", "plain"), [
    # NCT00098332
    (INC, "Aspartate aminotransferase (AST) and/or alanine aminotransferase (ALT) no more than 3 times the upper limit "
          "of normal",
     "Your aspartate aminotransferase (AST) and/or alanine aminotransferase (ALT) is no more than 3 times the upper "
     "limit of normal."),
    # NCT00183794
    (INC, "Serum glutamic oxaloacetic transaminase (SGOT) and/or serum glutamic pyruvic transaminase (SGPT) no more "
          "than 2.5 times the upper limit of normal",
     "Your serum glutamic oxaloacetic transaminase (SGOT) and/or serum glutamic pyruvic transaminase (SGPT) is no "
     "more than 2.5 times"),
    # NCT02363855: the plural before "of" is what the verb says
    (INC, "Screening values of serum alanine aminotransferase (ALT) and/or aspartate transaminase (AST) ≤ 2.5 × ULN",
     "Your screening values of serum alanine aminotransferase (ALT) and/or aspartate transaminase (AST) are no more"),
    (EXC, "ALT and/or AST > 2.5 x ULN (> 5 x ULN if liver metastases)",
     "Your alanine aminotransferase (ALT) and/or aspartate aminotransferase (AST) is more than 2.5 times the upper "
     "limit of normal (more than 5 times"),
])
def test_two_labs_joined_by_and_or_are_the_readers(kind: SectionKind, text: str, plain: str) -> None:
    assert plain in said(text, kind)


@pytest.mark.parametrize("text", [
    "Hypertension and/or diabetes ≥ 5 years",  # conditions, not labs
    "Either AST and/or ALT ≤ 3 x ULN",
])
def test_a_pair_that_is_not_two_labs_stays_as_written(text: str) -> None:
    assert not said(text, INC).startswith("Your")


def test_a_brand_the_lexicon_writes_in_lower_case_keeps_its_capital() -> None:
    # NCT02923921: the lexicon files "coumadin" as a lower-case name of warfarin; the brand is still a name
    assert said("Patients currently on Coumadin") == "You are now on Coumadin."


def test_a_use_that_lasts_into_the_study_is_not_only_past() -> None:
    # "You have used X within 4 weeks before starting and throughout the study" would put the use during the study
    # in the past: a window that runs on "throughout" or "until" the study leaves the words as written
    text = "Use of St John's wort within 4 weeks before starting and throughout the study"
    assert said(text) == text
    assert said("Major surgery within 4 weeks before randomization").startswith("You have had major surgery")
