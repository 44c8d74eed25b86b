"""Criteria that open on a bare verb with their subject left off, put to the reader (corpus text): an exclusion's
"Not able/willing/fit …" and "Not recovered from …" (offline_not_exclusions), "Is required to take …" and "Has a
caregiver/partner" (offline_readers_own), "Poses …" (offline_openings); and what must keep its words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_not_exclusions import not_exclusion

EXC, INC = SectionKind.EXCLUSION, SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        ("Not able to provide informed consent", EXC, "You are not able to give informed consent."),
        ("Not willing to participate in the study", EXC, "You are not willing to take part in the study."),
        ("Not fluent in English", EXC, "You are not fluent in English."),
        ("Not competent to give consent.", EXC, "You are not competent to give consent."),
        (
            "Not fit for surgery, radiotherapy or adjuvant systemic therapy",
            EXC,
            "You are not fit for surgery, radiation treatment or adjuvant systemic treatment.",
        ),
        (
            "Not recovered from toxic effects of previous anti-cancer treatments or surgery",
            EXC,
            "You have not recovered from toxic effects of past cancer treatments or surgery.",
        ),
        (
            "Not able or willing to refrain from smoking and use of nicotine gum or transdermal nicotine patches "
            "during the inpatient period",
            EXC,
            "You are not able or willing to refrain from smoking and use of nicotine gum or transdermal nicotine "
            "patches during the inpatient time.",
        ),
        (
            "Not mentally competent and/or alert (unable to grant informed consent)",
            EXC,
            "You are not mentally competent and/or alert (unable to grant informed consent).",
        ),
        ("Is required to take excluded medications.", EXC, "You are required to take excluded medicines."),
        (
            "Is required to take or intends to continue taking any disallowed medication, prescription medication, "
            "herbal treatment or over-the counter medication that may interfere with evaluation of the study "
            "medication.",
            EXC,
            "You are required to take or plan to continue taking any disallowed medicine, prescription medicine, "
            "herbal treatment or over-the counter medicine that may get in the way of evaluation of the study "
            "medicine.",
        ),
        ("Poses a current suicide risk", EXC, "You pose a current suicide risk."),
        ("is a nursing mother", EXC, "You are a breastfeeding mother."),
        (
            "Has previously been enrolled and randomized to this study",
            EXC,
            "You have been enrolled and randomized to this study.",
        ),
        ("Has a reliable caregiver", INC, "You have a reliable caregiver."),
        ("Have a stable caregiver;", INC, "You have a stable caregiver."),
        (
            "Must have a caregiver who is able to attend all study visits;",
            INC,
            "You must have a caregiver who is able to attend all study visits.",
        ),
        (
            "Has a male partner who is sterilized (vasectomy with documentation of azoospermia).",
            INC,
            "You have a male partner who is sterilized (vasectomy with documentation of azoospermia).",
        ),
        (
            "Have a caregiver who provides separate consent and is willing to accompany the patient on all of the "
            "study visits.",
            INC,
            "You have a caregiver who provides separate consent and is willing to accompany you on all of the study "
            "visits.",
        ),
    ],
)
def test_bare_verb_opening_is_put_to_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # a second person named besides the reader's own: the criterion may be about them
        (
            "Not recovered from the side effects of any major surgery (defined as requiring general anesthesia) to "
            "Grade I or patients that may require major surgery during the course of the study",
            EXC,
        ),
        (
            "Must be able to self-administer or has a caregiver who can reliably administer subcutaneous injections",
            INC,
        ),
        (
            "Must have a parent, guardian, or primary caregiver who is willing to participate in the study and "
            "treatment",
            INC,
        ),
        # a verdict, not the reader's fact
        ("Is considered ineligible for the study for any other reason by the investigator or subinvestigator.", EXC),
        ("Has previously been enrolled in this study and is eligible", EXC),
        # a question asks of something else
        ("Is the platelet count ≥ 75 x 109/l?", INC),
        # an exclusion's "Not on X" may be an inclusion listed under the wrong heading
        ("Not on cART and a CD4 <500 at the time of screening", EXC),
    ],
)
def test_bare_verb_that_must_keep_its_words(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith("You")


def test_not_exclusion_only_at_the_top_of_an_exclusion() -> None:
    text = "Not able to provide informed consent"
    assert not_exclusion(text, 0, EXC, None)
    assert not_exclusion(text, 0, INC, None) == []  # offline_counted_openings reads an inclusion's "Not …"
    assert not_exclusion(text, 0, EXC, "Patients must be:") == []  # one of the states a lead-in lists
    assert not_exclusion("Not pregnant", 0, EXC, None) == []
