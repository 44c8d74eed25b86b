"""Negation readings that blocked faithful offline rewrites (they fell back a level), each with a real change still
found:

- "may or may not have T2DM" says "with or without T2DM": either is fine, no negation (translator.negation);
- an "or" inside a bracket that explains the negated words ("must not be of childbearing potential (i.e., must be
  post-menopausal … or have been surgically sterilized)") lists no items of the negation
  (translator.fidelity_negation_words.listed_or).
"""

from __future__ import annotations

from tests.translator.test_fidelity_false_alarms6 import INC, checks
from translator.criteria import SectionKind
from translator.facts import FactKind, extract_facts

T2DM = "Individuals with or without T2DM between ages 30 to 70 years"


def negations(text: str) -> list[str]:
    return [f.text for f in extract_facts(text) if f.kind is FactKind.NEGATION]


def test_may_or_may_not_is_no_negation() -> None:
    assert negations("You may or may not have T2DM, and you are 30 to 70 years old.") == []
    assert negations("You might or might not have had surgery.") == []
    assert negations("You may not have T2DM.") == ["not"]


def test_with_or_without_said_as_may_or_may_not_passes() -> None:
    assert checks(T2DM, "You may or may not have T2DM, and you are 30 to 70 years old.", INC) == []
    assert checks(T2DM, "You are 30 to 70 years old, with or without T2DM.", INC) == []


def test_a_real_negation_added_is_still_found() -> None:
    assert checks(T2DM, "You do not have T2DM and you are 30 to 70 years old.", INC) == ["negation_added"]


CHILDBEARING = ("Females must not be of childbearing potential (i.e., must be post-menopausal with cessation of menses "
                "for ≥ 12 months or have been surgically sterilized which includes hysterectomy).")


def test_an_or_in_a_bracket_that_explains_the_negation_lists_nothing_it_covers() -> None:
    bullet = ("If you are female, you must not be able to become pregnant (that is, must be post-menopausal with "
              "cessation of monthly bleeding for at least 12 months or have been surgically sterilized, which includes "
              "hysterectomy).")
    assert checks(CHILDBEARING, bullet, INC) == []


def test_the_negation_itself_lost_is_still_found() -> None:
    bullet = ("If you are female, you must be able to become pregnant (that is, must be post-menopausal with cessation "
              "of monthly bleeding for at least 12 months or have been surgically sterilized, which includes "
              "hysterectomy).")
    assert checks(CHILDBEARING, bullet, INC) == ["negation_dropped"]


def test_a_list_under_a_negation_outside_brackets_is_still_read() -> None:
    source = "No prior irradiation to the pelvis or chemotherapy"
    assert checks(source, "You have never had radiation to the pelvis, and had chemotherapy.",
                  SectionKind.INCLUSION) == ["negation_dropped"]
