"""The eighteenth round: a condition named after "Any", "Other" or "A" put to the reader, two labs joined by "and" or
"or" before one threshold, with the cases each must leave as written. `said` also checks that the fidelity check finds
no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.lexicon import Lexicon
from translator.offline_determined_conditions import determined_condition
from translator.offline_labs import lab_opening

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


# ---------------------------------------------------------------------------------------------
# "Any X", "Other X", "A X" that name a condition

@pytest.mark.parametrize(("text", "plain"), [
    ("Any other uncontrolled infection", "You have any other uncontrolled infection."),
    ("A serious uncontrolled medical disorder or active infection",
     "You have a serious uncontrolled medical disorder or active infection."),
    ("An oncological disease/suspected oncological disease.",
     "You have an oncological disease/suspected oncological disease."),
    # a window before the study: had, not has
    ("A lower respiratory tract infection within 4 weeks before screening",
     "You have had a lower respiratory tract infection within 4 weeks before screening."),
    ("Other cancers within 5 years prior to randomization",
     "You have had other cancers in the 5 years before randomization."),
])
def test_a_determined_condition_is_put_to_the_reader(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "kind"), [
    # an inclusion's "Any"/"Other" may name what it allows
    ("Any other uncontrolled infection", INC),
    ("Other cancers", INC),
    # a verb of its own, a colon, people, a list heading
    ("Any infection which would interfere with the study", EXC),
    ("Other diseases: heart failure", EXC),
    ("Any patient with an infection", EXC),
    ("Any of the following infections", EXC),
    # no condition named
    ("Any investigational drug", EXC),
    ("A minimum of 3 rising PSA values", INC),
    # a score whose items are conditions
    ("A congestive heart failure, hypertension, age, diabetes and stroke (CHADS2) index score of at least 2", INC),
    # the lexicon's plain word wants the other article: "an" would stay before it
    ("An exacerbation of asthma", EXC),
])
def test_a_determined_condition_is_left_where_the_verb_is_not_certain(text: str, kind: SectionKind) -> None:
    assert determined_condition(text, 0, kind, extract_facts(text), Lexicon.load()) == []


def test_the_determiner_is_kept_in_the_opening() -> None:
    text = "Any other uncontrolled infection"
    (edit,) = determined_condition(text, 0, EXC, extract_facts(text), Lexicon.load())
    assert (text[edit.start : edit.end], edit.text) == ("Any other", "You have any other")


# ---------------------------------------------------------------------------------------------
# Two labs before one threshold

@pytest.mark.parametrize(("text", "plain"), [
    ("Aspartate aminotransferase (AST) and alanine aminotransferase (ALT) no more than 2.5 times the upper limit of "
     "normal",
     "Your aspartate aminotransferase (AST) and alanine aminotransferase (ALT) are no more than 2.5 times the upper "
     "limit of normal."),
    ("AST and ALT ≤ 2.5 x ULN",
     "Your aspartate aminotransferase (AST) and alanine aminotransferase (ALT) are no more than 2.5 times the upper "
     "limit of normal."),
    ("AST or ALT < 3 x ULN",
     "Your aspartate aminotransferase (AST) or alanine aminotransferase (ALT) is less than 3 times the upper limit "
     "of normal."),
    # a word before "or" that shares the lab after it
    ("Total or direct bilirubin no greater than 2.0 mg/dL",
     "Your total or direct bilirubin is no greater than 2.0 mg/dL."),
    ("Serum or plasma potassium ≥ 3.0 mmol/L", "Your serum or plasma potassium is 3 mmol/L or more."),
    # the single lab as before
    ("Hemoglobin >= 9 g/dL", "Your hemoglobin is 9 g/dL or more."),
])
def test_two_labs_before_one_threshold_are_the_readers(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize("text", [
    # "Your either …"
    "Either ALT or AST ≤ 2 x ULN",
    # a condition, not a lab, on one side
    "History of stroke or creatinine > 2 mg/dL",
    "Hepatitis or ALT > 3 x ULN",
    # an alternative with no value of its own, not only the last one
    "ALT or AST > 1.5 x ULN at screening or any uncontrolled laboratory abnormality that would affect the study data "
    "or the safety",
])
def test_a_lab_pair_is_left_where_it_is_no_pair_of_values(text: str) -> None:
    assert lab_opening(text, 0, extract_facts(text), Lexicon.load()) == []
