"""Session 47, you27: later sentences about the reader's group put to the reader as the first one is ("These subjects
may remain on X" → "You may remain on X", "(patients may not chew … the study medication)" → "You may not chew …"),
and the ones that keep their words (a group narrowed by an "If you …" opening)."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


def test_these_subjects_after_these_subjects_are_the_reader() -> None:
    text = (  # NCT01416038
        "Subjects with stage IIc-IV epithelial ovarian, fallopian tube and peritoneal cancer who have completed "
        "adjuvant treatment consisting of up to 8 cycles of paclitaxel and carboplatin chemotherapy or other "
        "acceptable "
        "chemotherapy after initial debulking surgery with evidence of a complete or partial response by radiological "
        "imaging. These subjects may remain on hormonal therapy during the trial if such treatment has been prescribed "
        "by their treating physician. These subjects may have been in a clinical trial for an investigational "
        "carboplatin based adjuvant therapy."
    )
    assert said(text, INC) == (
        "You have stage IIc-IV epithelial ovarian, fallopian tube and peritoneal cancer. You also have finished "
        "adjuvant treatment consisting of up to 8 cycles of paclitaxel and carboplatin chemotherapy or other "
        "acceptable "
        "chemotherapy after initial debulking surgery with evidence of a complete or partial response by radiological "
        "imaging. You may remain on hormone treatment during the trial if such treatment has been prescribed by your "
        "treating doctor. You may have been in a clinical trial for an experimental carboplatin based adjuvant "
        "treatment."
    )


def test_these_subjects_after_an_if_you_opening_keep_their_words() -> None:
    # "these subjects" are those with the recurrent cancer, not every reader
    text = (  # NCT01416038
        "Subjects with recurrent ovarian, fallopian tube or peritoneal cancer who have clinical or radiologic evidence "
        "of a complete or partial response or stable disease after completion of first-line chemotherapy for their "
        "recurrent disease and are not suitable for additional cytotoxic therapy are eligible. These subjects may have "
        "previously received a course of adjuvant chemotherapy earlier in their disease management as described in "
        "point one above."
    )
    assert said(text, INC).endswith(
        "you can take part. These subjects may have had a course of adjuvant chemotherapy earlier in their disease "
        "management as described in point one above."
    )


def test_a_closing_note_that_forbids_is_put_to_the_reader() -> None:
    text = (  # NCT01606228
        "Inability to swallow the study medication whole with the aid of water (patients may not chew, divide, "
        "dissolve, or crush the study medication)"
    )
    assert said(text, EXC) == (
        "You cannot swallow the study medicine whole with the aid of water. You may not chew, divide, dissolve, or "
        "crush the study medicine."
    )


def test_what_may_happen_to_patients_keeps_its_words() -> None:
    text = (  # NCT01143545's shape: what the study finds of a group, no rule on the reader
        "Seronegative for HIV antibody. Patients who are HIV seropositive can have decreased immune competence and "
        "thus may be less responsive to the experimental treatment."
    )
    assert said(text, INC).endswith("Patients who are HIV seropositive can have decreased immune competence and thus "
                                    "may be less responsive to the experimental treatment.")
