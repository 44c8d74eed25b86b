"""Negation checks that no longer fault a faithful second-person rewrite (translator.fidelity_negations), and still
fault the same bullet with its negation lost:

- a frame read without the people a clause opens with on both sides ("Patients, who have had A, patients who have
  not recovered from B" has the frame "have" the bullet's "You have had A, you have not recovered" has);
- a negation a word carries ("uncontrolled", "unwilling") stays with its word: no clause before it had it, and the
  word after it is no verb a list repeats ("uncontrolled low potassium or low magnesium");
- a verb's agreeing forms are one verb ("will not have recovered, or has surgery planned" → "or have surgery");
- a list under a negation ends where a new subject starts ("… or patients that may need surgery");
- "heart insufficiency" carries the level "reduced" as "cardiac insufficiency" does (translator.fact_levels).
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check_rendering
from translator.findings import Severity

EXC, INC = SectionKind.EXCLUSION, SectionKind.INCLUSION


def checks(source: str, bullet: str, kind: SectionKind = EXC) -> list[str]:
    request = CriterionRequest(kind=kind, items=[RequestItem(ref="1", text=source)])
    rendering = Rendering(bullets=[RenderedBullet(text=bullet, refs=["1"])])
    return [f.check for f in check_rendering(request, rendering) if f.severity is Severity.ERROR]


SURGERY = (
    "Patients, who have had a major surgery or significant traumatic injury within 4 weeks of start of study drug, "
    "patients who have not recovered from the side effects of any major surgery (defined as requiring general "
    "anesthesia) or patients that may require major surgery during the course of the study"
)


@pytest.mark.parametrize(("source", "faithful", "lost", "kind"), [
    # NCT00703807 E2, NCT01063478 E2: the reader's frame "have" is the source's once "patients who" is read away
    (SURGERY,
     "You have had a major surgery or significant traumatic injury within 4 weeks of start of study drug, you have "
     "not recovered from the side effects of any major surgery (defined as needing general anesthesia) or you may "
     "need major surgery during the study.",
     "You have had a major surgery or significant traumatic injury within 4 weeks of start of study drug, you have "
     "recovered from the side effects of any major surgery (defined as needing general anesthesia) or you may "
     "need major surgery during the study.", EXC),
    # NCT02413398 E: "You are a woman who can become pregnant" never had the "unwilling" after it
    ("Women of childbearing potential who are unwilling or unable to use an acceptable method to avoid pregnancy "
     "for the entire study period.",
     "You are a woman who can become pregnant and are unwilling or unable to use an acceptable method to avoid "
     "pregnancy for the entire study period.",
     "You are a woman who can become pregnant and are willing or able to use an acceptable method to avoid "
     "pregnancy for the entire study period.", EXC),
    # NCT01570790 E17: the lexicon's "low …" for both items is no verb the list repeats
    ("Uncontrolled hypokalemia and/or hypomagnesemia;",
     "You have uncontrolled low potassium in the blood and/or low magnesium in the blood.",
     "You have controlled low potassium in the blood and/or low magnesium in the blood.", EXC),
    # NCT07030517 E5: "has major surgery planned" said to the reader is "have major surgery planned"
    ("Participant had major surgery or had significant traumatic injury within 2 weeks prior to enrollment, or "
     "will not have fully recovered from surgery, or has major surgery planned during the study",
     "You had major surgery or had significant traumatic injury in the 2 weeks before joining the study, or will "
     "not have fully recovered from surgery, or have major surgery planned during the study.",
     "You had major surgery or had significant traumatic injury in the 2 weeks before joining the study, or will "
     "have fully recovered from surgery, or have major surgery planned during the study.", EXC),
])
def test_faithful_rewrite_passes_and_lost_negation_is_found(source: str, faithful: str, lost: str,
                                                            kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert any(c.startswith("negation") for c in checks(source, lost, kind))


def test_negation_moved_to_a_list_item_is_still_found() -> None:
    # a cue said by a word of its own can move: "Not pregnant or breastfeeding" → "You are pregnant, or you are not
    # breastfeeding" lost the negation on "pregnant"
    found = checks("Not pregnant or breastfeeding", "You are pregnant, or you are not breastfeeding.", INC)
    assert "negation_dropped" in found


def test_repeated_not_over_a_list_with_a_bare_sex_word_still_counts_twice() -> None:
    # "female" is no subject read away: "Not a male or female not able …" has a negation the source lacks
    source = "A male or female not of reproductive potential or a female of reproductive potential"
    assert checks(source, "A male or female not able to have children or a female able to have children", INC) == []
    assert "negation_added" in checks(
        source, "Not a male or female not able to have children or a female able to have children", INC)


def test_heart_insufficiency_keeps_the_level_of_cardiac_insufficiency() -> None:
    assert checks("Cardiac insufficiency NYHA IV", "Heart insufficiency NYHA IV") == []
    assert "fact_missing" in checks("Cardiac insufficiency NYHA IV", "Heart problems NYHA IV")


@pytest.mark.parametrize(("source", "plain"), [
    (SURGERY,
     "You have had a major surgery or significant traumatic injury within 4 weeks of the start of study drug, you have "
     "not recovered from the side effects of any major surgery (defined as needing general anesthesia) or you may "
     "need major surgery during the study."),
    ("Women of childbearing potential who are unwilling or unable to use an acceptable method to avoid pregnancy "
     "for the entire study period.",
     "You are a woman who can get pregnant and are unwilling or unable to use an acceptable method to avoid "
     "pregnancy for the entire study."),
    ("Uncontrolled hypokalemia and/or hypomagnesemia;",
     "You have uncontrolled low potassium in the blood and/or low magnesium in the blood."),
    ("Severe cardiac insufficiency (NYHA III or IV)", "You have severe heart insufficiency (NYHA III or IV)."),
])
def test_offline_rewrite_is_no_longer_held_back(source: str, plain: str) -> None:
    assert said(source) == plain


def test_a_subject_read_away_is_no_verb_a_later_not_repeats() -> None:
    # NCT01607853 I10: "Female subjects able to …" is not the "able" of "or females not able to …"
    source = (
        "Female subjects of childbearing potential using a reliable method of contraception for at least 1 month "
        "before the study start and during the course of the study (e.g., oral contraceptive pill, intrauterine "
        "device, contraceptive patches, implantable contraception, condoms) or females of non-childbearing potential "
        "(i.e. postmenopausal (absence of menstrual bleeding for 2 years), hysterectomy, bilateral ovariectomy or "
        "tubal section/ligation)."
    )
    bullet = (
        "Female subjects able to become pregnant using a reliable method of birth control for at least 1 month "
        "before the study start and during the study (such as birth control pill, intrauterine device, contraceptive "
        "patches, implantable birth control, condoms) or females not able to become pregnant (that is, "
        "postmenopausal (absence of menstrual bleeding for 2 years), hysterectomy, bilateral ovariectomy or tubal "
        "section/ligation)."
    )
    assert checks(source, bullet, INC) == []
