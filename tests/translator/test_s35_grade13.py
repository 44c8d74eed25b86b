"""Session 35, grade13: a lower reading grade with no fact lost. Long plain words an opening kept said short
(translator.offline_grade_words: "participated in", "undergone", "experienced", "require", "additional"), and two
requirements joined by "and" in an inclusion bullet said as two sentences (translator.offline_also_sentences). Real
cases from the corpus, and near cases that must not change."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_also_sentences import also_sentences

INCLUSION = SectionKind.INCLUSION
EXCLUSION = SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Have participated in an pulmonary rehabilitation program within the previous 3 months",
            "You have taken part in a pulmonary rehabilitation program within the past 3 months.",
        ),
        ("Patients who have undergone thoracotomy with pulmonary resection.",
         "You have had thoracotomy with lung resection."),
        ("Undergoing dialysis", "You are having dialysis."),
        ("Patients who have experienced serious drug allergy in the past",
         "You have had a serious drug allergy in the past."),
        ("Patient requires a catheter", "You need a catheter."),
        (
            "Patients participating in another clinical trial or receiving an investigational drug.",
            "You are taking part in another clinical trial or getting an experimental drug.",
        ),
        (
            "Females must agree to use birth control for the full duration of the study",
            "If you are female, you must agree to use birth control for the full length of the study.",
        ),
        (
            "Patients with acute coronary syndromes with at least one additional risk factor for cardiovascular"
            " complications.",
            "You have acute coronary syndromes with at least one extra risk factor for heart and blood vessel"
            " complications.",
        ),
    ],
)
def test_long_words_an_opening_kept_are_said_short(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # a second auxiliary: "have had had" is no English; the source's words stay
        ("Must have had experienced one of the following:", "You must have had experienced one of these:"),
        # "additional" opening a sentence means "other", not "extra"
        (
            "Additional excluded drugs and therapies are specified in the protocol.",
            "Additional excluded drugs and treatments are set out in the study plan.",
        ),
        # the source's "Having experienced" is the reader's "have had" (offline_bare_predicates)
        (
            "Having experienced severe allergies, trauma history and/or operation history within 3 months",
            "You have had severe allergies, trauma history and/or operation history within 3 months.",
        ),
        # a measure: "QRS duration" stays
        ("QRS duration of the ECG > 120 ms", "QRS duration of the electrocardiogram (ECG) more than 120 ms"),
        # a skill: "experienced in" stays
        (
            "Surgeon must be experienced in performing the procedure",
            "Surgeon must be experienced in performing the procedure",
        ),
    ],
)
def test_long_words_stay_where_the_short_one_says_something_else(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Patients with histologic proof of adenocarcinoma of the prostate and must have progressed on conventional"
            " hormonal therapy.",
            "You have histologic proof of adenocarcinoma of the prostate. You must also have progressed on"
            " conventional hormone treatment.",
        ),
        (
            "Subjects who have a visually significant cataract and are planning to have cataract surgery.",
            "You have a visually significant cataract. You are also planning to have cataract surgery.",
        ),
        (
            "Must have been born in Japan and must not have lived outside of Japan for > 1 year in the 5 years prior to"
            " Day 1.",
            "You must have been born in Japan. You also must not have lived outside of Japan for more than 1 year in"
            " the 5 years before Day 1.",
        ),
        (
            "The subject is capable of understanding and complying with the protocol and has signed the informed"
            " consent document.",
            "You are capable of understanding and complying with the study plan. You have also signed the informed"
            " consent form.",
        ),
        (
            "Patient has adequate bone marrow and organ functions, and has recovery from all clinically significant"
            " toxicities related to prior anti-neoplastic therapies",
            "You have good enough bone marrow and organ functions. You also have recovery from all medically important"
            " toxicities related to past anti-neoplastic treatments.",
        ),
    ],
)
def test_two_inclusion_requirements_are_two_sentences(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


def test_an_adjective_after_have_stays_an_adjective() -> None:
    # "have relapsed and refractory disease": "You have also relapsed" would make it a verb
    assert said("Documented diagnosis of multiple myeloma and have relapsed and refractory disease.", INCLUSION) == (
        "You have a documented diagnosis of multiple myeloma. You also have relapsed and refractory disease."
    )


def test_an_exclusion_keeps_its_and() -> None:
    # in an exclusion "and" between two states may mean either one or both: one sentence stays
    assert said("Subjects who have a visually significant cataract and are planning to have cataract surgery.") == (
        "You have a visually significant cataract and are planning to have cataract surgery."
    )


@pytest.mark.parametrize(
    "text",
    [
        # an "OR" after the second half joins both halves: "(A and B) OR (C and D)"
        "You are on a regimen of insulin for less than 6 months and are taking less than 50 U of insulin per day, OR"
        " have not been on an insulin regimen and are a candidate for basal insulin treatment.",
        # the comma closed a list the "and" ends
        "You must not have any signs of shortness of breath at rest, exercise intolerance, and must have a pulse"
        " oximetry more than 94% at sea level.",
        # a shared "must": "You must be 18 years or older and have measurable disease"
        "You must be 18 years or older and have measurable disease.",
        # a relative clause: the second verb may be the lesions'
        "You have lesions that are measurable by CT and are not in an irradiated field.",
        # an "or" before the "and"
        "You have had orchiectomy or are expected to continue getting hormone treatment, and have a testosterone"
        " level of less than 50 ng/dL.",
        # not opened by "You"
        "If you are a woman who can become pregnant and are sexually active, you must use birth control.",
    ],
)
def test_joined_requirements_stay_one_sentence_where_a_split_could_move_a_word(text: str) -> None:
    assert also_sentences(text, INCLUSION) == text
