"""Third-person subjects put to the reader (translator.offline_subjects), on real corpus criteria.

Each case is a criterion whose bullet still opened "Patients …", "Subjects …", "Women …" before these rules; the
second group are shapes the rules must leave alone because "You …" would change who or what the criterion is
about.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import rendered
from tests.translator.test_offline_audit import _faithful
from translator.criteria import SectionKind
from translator.lexicon import Lexicon
from translator.offline_subjects import subject_edits


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # a condition for some people: "If you …, you …"
        (
            "NCT00268437",
            "Patients taking nonsteroidal",
            "If you are taking nonsteroidal anti-inflammatory drugs (NSAIDs), you must be able to stop use",
        ),
        ("NCT00091611", "Patients with asymptomatic brain", "If you have asymptomatic brain metastases, you may be"),
        ("NCT00346229", "Patients with axillary disease", "If you have axillary disease involvement only, you must"),
        ("NCT00085566", "Patients who have not undergone", "If you have not had surgical orchiectomy, you must"),
        # the lexicon's wording of the subject is the condition ("fertile patients": "who could have children")
        ("NCT00002633", "Fertile patients must", "If you could have children, you must use effective birth control."),
        # a narrowed subject keeps its narrowing
        ("NCT00411814", "Male subjects must agree", "If you are male, you must agree to abstain from sexual"),
        # the bare subject before its verb, where a word of eligibility made the general rule bail
        ("NCT01588470", "Patients must have been on a stable", "You must have been on a stable dose of allowed"),
        ("NCT00440726", "Patients will be excluded if they have an active", "You cannot take part if you have an"),
        # no main verb: the whole phrase describes the reader
        ("NCT00171834", "Patients with brain metastases who have leptomeningeal", "You have brain metastases and have"),
        ("NCT00087451", "Women who are pregnant or lactating", "You are pregnant or breastfeeding."),
        ("NCT00529100", "Female patient is pregnant", "You are female and pregnant or breastfeeding."),
        ("NCT00038194", "Patients whose tumors contain", "Your tumors contain small cell or sarcomatoid elements."),
        ("NCT00109135", "Patients on a diet regimen", "You are on a diet regimen."),
        ("NCT00329602", "Subjects requiring treatment of daytime", "You need treatment of daytime"),
        # "with X and must Y": the duty is the subject's second verb, no condition
        (
            "NCT00038194",
            "Patients with histologic proof",
            "You have histologic proof of adenocarcinoma of the prostate. You must also",
        ),
        # eligibility as the main verb: the description is the condition
        (
            "NCT06305754",
            "Participants with history of Hepatitis C",
            "If you have had Hepatitis C virus (HCV) infection, you",
        ),
        # "will not be required to" with plain words would read "will not be needed to"
        ("NCT02781805", "Women who are abstinent", "If you are a woman who is abstinent from heterosexual encounters"),
        # ", but who have" keeps its "but"
        (
            "NCT07021677",
            "Patients with baseline CSF",
            "You have baseline cerebrospinal fluid (CSF) cytology positive, but have",
        ),
        # "their" of the subject follows it
        (
            "NCT00257699",
            "Patients who have had a resection",
            "You have had a resection of more than 100 cm of your small",
        ),
    ],
)
def test_a_third_person_subject_is_put_to_the_reader(nct_id: str, source: str, plain: str) -> None:
    assert _faithful(nct_id, source).startswith(plain)


def test_a_duty_that_was_required_reads_need_to() -> None:
    text = _faithful("NCT02781805", "Women who are abstinent")
    assert text.endswith("you will not need to uses birth control.")  # the source's "uses" is the source's


@pytest.mark.parametrize(
    ("nct_id", "source", "kept"),
    [
        # (a colon after the subject is a condition for some, then what is asked of them: "Female subjects with
        # child-bearing potential: negative serum pregnancy test …" is now said "If you can get pregnant, you have …",
        # the condition kept as a condition; test_s66_you)
        # someone besides the reader in the phrase ("or adults …"): two kinds of people ("… or those who …" is a
        # second description of the same subject: test_offline_person3)
        (
            "NCT00384228",
            # (the one-sentence form of it, I6, is offline_person's: it says "You are pregnant …, or adults …")
            "Patients who are pregnant or breast feeding, or adults of reproductive potential not employing an "
            "effective method of birth control. (",
            "Patients who are pregnant",
        ),
        # "be candidates": a plural complement needs its plural subject
        ("NCT00109382", "Patients with TIA or minor", "Patients with transient ischemic attack"),
        # "in which X would be …" has its own subject: its verb is no duty of the reader's
        ("NCT00225251", "Patients with a history of recurrent Grand Mal", "Patients who have had recurrent"),
        # "with and without X" describes two groups
        ("NCT00354081", "patients with and without significant", "Patients with and without"),
        # two groups named at once: "you have node-positive and node-negative disease" cannot be
        ("NCT04961996", "Participants with node-positive and node-negative", "Participants with node-positive"),
        # a fact about the group ("will be capped at 40%"), not a rule for the reader
        ("NCT03004625", "Patients with compensated liver cirrhosis", "Patients with compensated liver cirrhosis will"),
        # ", that do not have": the relative clause is the patients', which "You have X, that …" would give to X
        ("NCT00431990", "Patients with Mobitz II", "Patients with Mobitz II"),
    ],
)
def test_a_subject_you_would_misstate_stays_in_the_third_person(nct_id: str, source: str, kept: str) -> None:
    assert _faithful(nct_id, source).startswith(kept)


def test_a_label_of_both_sexes_stays_a_label() -> None:
    lexicon = Lexicon.load()
    for label in ("Male or female", "Males and females, age ≥ 18 years", "Men and women aged 18 to 65"):
        assert subject_edits(label, SectionKind.INCLUSION, lexicon) == []


def test_edits_the_fidelity_check_faults_are_dropped() -> None:
    # "t(15;17)," with the comma of "If you have …, you" reads as another number: the rule gives way, and the
    # criterion keeps its other rewrites ("prior" → "past") instead of falling back a level
    source = "Patients with acute promyelocytic leukemia t(15;17) must have failed prior tretinoin"
    assert subject_edits(source, SectionKind.INCLUSION, Lexicon.load()) == []
    request, _, items = rendered("NCT00357305", source)
    index = next(i for i, item in enumerate(request.items) if item.text.startswith(source))
    assert items[index].level == "rewrite"
