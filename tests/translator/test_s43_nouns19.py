"""Noun-phrase openings whose subject was left off, put to the reader (translator.offline_subjectless_openings):
"With X" → "You have X", "Previously received X" → "You have received X", "A known allergy to X" → "You have a known
allergy to X", "Concomitant disease that …" → "You have concomitant disease that …"; "Prior or planned X" → "You have
had or plan to have X" (translator.offline_plans); "Any relevant deviation …", "Any inflammatory changes …" said as
had (translator.offline_reader_openings). Real corpus and Chia cases, each rule with near cases that must stay as
written."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION
EXCLUSION = SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        ("with Type 2 Diabetes,", INCLUSION, "You have type 2 diabetes."),
        ("With chronic neurological disorders", EXCLUSION, "You have chronic neurological disorders."),
        (
            "With allergy to Celebrex or any of the other ingredients of Celebrex",
            EXCLUSION,
            "You have an allergy to Celebrex or any of the other ingredients of Celebrex.",
        ),
        (
            "With the capability to accurately record the occurrence and severity of neurotoxicity by questionnaire",
            INCLUSION,
            "You have the capability to accurately record the occurrence and severity of neurotoxicity by "
            "questionnaire.",
        ),
        (
            "with at least one occlusal or occlusal proximal caries lesion in primary molars",
            INCLUSION,
            "You have at least one occlusal or occlusal proximal caries lesion in primary molars.",
        ),
        ("Previously received an allogeneic transplant.", EXCLUSION, "You have received an allogeneic transplant."),
        (
            "Previously participated in any HIV vaccine study",
            EXCLUSION,
            "You have taken part in any HIV vaccine study.",
        ),
        ("Previously enrolled into this study.", EXCLUSION, "You have been enrolled into this study."),
        (
            "Previously been treated with any direct acting anti-HCV agent (approved or investigational) for chronic "
            "HCV infection",
            EXCLUSION,
            "You have been treated with any direct acting anti-HCV agent (approved or experimental) for chronic "
            "hepatitis C virus (HCV) infection.",
        ),
        (
            "A known hypersensitivity or intolerance to any sodium glucose co-transporter 2 (SGLT2) inhibitor or "
            "sitagliptin",
            EXCLUSION,
            "You have a known hypersensitivity or intolerance to any sodium glucose co-transporter 2 (SGLT2) inhibitor "
            "or sitagliptin.",
        ),
        (
            "A new AIDS defining condition within 30 days of study entry",
            EXCLUSION,
            "You have a new AIDS defining condition within 30 days of study entry.",
        ),
        (
            "A confirmed clinical diagnosis of BPH.",
            INCLUSION,
            "You have a confirmed clinical diagnosis of benign prostatic hyperplasia (BPH).",
        ),
        (
            "A positive pre-study Hepatitis B surface antigen or positive Hepatitis C antibody result within 3 months "
            "of screening",
            EXCLUSION,
            "You have a positive pre-study Hepatitis B surface antigen or positive Hepatitis C antibody result within "
            "3 months of screening.",
        ),
        (
            "Previous or planned hematopoietic stem cell transplantation",
            EXCLUSION,
            "You have had or plan to have hematopoietic stem cell transplantation.",
        ),
        (
            "Past or planned surgery affecting gastric acid secretion.",
            EXCLUSION,
            "You have had or plan to have surgery affecting stomach acid secretion.",
        ),
    ],
)
def test_subjectless_opening_is_said_to_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # two groups, or no description of the reader
        ("With or without the help of a caregiver, must be capable of maintaining a diary", INCLUSION),
        ("With use of any of the approved vascular closure devices", INCLUSION),
        ("With infusion parameters as specified below:", INCLUSION),
        # a second verb the opening's subject would not fit, or a second time
        ("With uncontrolled diabetes or currently receiving insulin therapy.", EXCLUSION),
        ("With a history or current significant coagulation defect", EXCLUSION),
        ("Previously received or is getting an organ transplant other than a kidney", EXCLUSION),
        (
            "Previously treated with mirabegron in the 60 days before the baseline visit, or previously having failed "
            "treatment with mirabegron",
            EXCLUSION,
        ),
        # a window before now: had then, not now
        ("with the diagnosis of sepsis (as specified below) within the previous 24 hours", INCLUSION),
        # the source's slips
        ("With pleural effusion or ascites, cause respiratory syndrome", EXCLUSION),
        ("With severe and failed to controlled diseases", EXCLUSION),
        # a verb of its own, or someone else
        ("With other hemorrhagic diseases and anticoagulant therapy is not allowed", EXCLUSION),
        ("With pregnant female partners, men must remain abstinent or use a condom", INCLUSION),
        (
            "With recent history of inadequate response to topical medications or for whom topical treatments are "
            "medically inadvisable",
            INCLUSION,
        ),
        # an event had before, a use, a definition
        ("A major surgery unrelated to breast cancer in the 28 days before randomization", EXCLUSION),
        ("A recent febrile illness within 3 days of the start of the study drug intake on Day 1.", EXCLUSION),
        ("A primary tumor totally excised.", EXCLUSION),
        ("a chronic use of non-steroidal anti-inflammatory drugs, (NSAID)", EXCLUSION),
        ("A positive skin test is defined as a wheal 3 mm larger than the diluent control.", INCLUSION),
        # "Prior or planned" with another time in its sentence
        (
            "Previous or planned neurosurgical treatment for Parkinson's Disease (e.g., ablation) during the course "
            "of the study",
            EXCLUSION,
        ),
    ],
)
def test_subjectless_opening_is_left_where_it_would_not_fit(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith("You ")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Any relevant deviation from healthy conditions", "You have any relevant deviation from healthy conditions."),
        (
            "Any inflammatory changes of the surface of the eye.",
            "You have any inflammatory changes of the surface of the eye.",
        ),
    ],
)
def test_any_change_or_deviation_is_had(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Concomitant non-oncological diseases which are considered relevant for the evaluation of the safety of "
            "the trial drug",
            "You have concomitant non-oncological diseases which are considered relevant for the evaluation of the "
            "safety of the trial drug.",
        ),
        (
            "concomitant disease which must be treated with antibiotics",
            "You have concomitant disease which must be treated with antibiotics.",
        ),
        # a treatment, a medicine, a joined treatment, an "or" before the noun: as written
        ("Concomitant conditions and therapies", "Concomitant conditions and treatments"),
        ("Concomitant inflammatory or malignant disease", "Concomitant inflammatory or cancer"),
        (
            "Concomitant MAO inhibitors or medications contraindicated with MAO inhibitors not allowed",
            "Concomitant MAO inhibitors or medicines contraindicated with MAO inhibitors not allowed",
        ),
    ],
)
def test_concomitant_condition_is_had(source: str, plain: str) -> None:
    assert said(source) == plain
