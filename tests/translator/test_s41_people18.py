"""Third-person openings that stayed, put to the reader (people18): one sex's agreement or negative pregnancy test
("Male subject agrees to use …" → "If you are male, you agree to use …", offline_sex_agreements) and "Patients for
whom X is contraindicated" → "In your case, X is contraindicated" (offline_in_whom). Real corpus criteria; near cases
keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # the sex stays as the condition; the verb it did is the reader's
        (
            "Male subject agrees to use an acceptable method for contraception for the duration of the study.",
            "If you are male, you agree to use an allowed method for birth control for the length of the study.",
        ),
        (
            "Male participants - Agree to use a reliable method of birth control during the study and for 3 months "
            "following the last dose of study drug.",
            "If you are male, you agree to use a reliable method of birth control during the study and for 3 months "
            "after the last dose of study drug.",
        ),
        (
            "Males willing to use at least one medically acceptable form of contraception for duration of study and "
            "for 3 months after treatment stops.",
            "If you are male, you are willing to use at least one medically acceptable form of birth control for "
            "duration of study and for 3 months after treatment stops.",
        ),
        ("Female subject has a negative pregnancy test at screening;",
         "If you are female, you have a negative pregnancy test at screening."),
        (
            "Female patients have a negative pregnancy test and agree to use birth control throughout the study",
            "If you are female, you have a negative pregnancy test and agree to use birth control throughout the "
            "study.",
        ),
    ],
)
def test_one_sex_agrees(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    "source",
    [
        # past tense: "you agreed" would say it of the past
        "Male subject agreed not to donate sperm up to 2 months after last dosing.",
        # a second sentence about others
        "Female subjects agree not to be pregnant or lactating from beginning of the study screening through at "
        "least 3 months after receiving the last dose of study treatment. Both men and women of childbearing "
        "potential must be willing and able to employ a highly effective method of birth control.",
        # someone else in the sentence
        "Male subjects agree to use condoms with their female partners during the study.",
        # nothing only one sex is asked: being female may be the requirement
        "Female patients agree to undergo a breast biopsy before treatment.",
    ],
)
def test_one_sex_left(source: str) -> None:
    assert not said(source, INCLUSION).startswith("If you are")


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        ("Patients for whom endoscopic techniques are contraindicated", SectionKind.EXCLUSION,
         "In your case, endoscopic techniques are contraindicated."),
        ("subjects for whom opiates, benzodiazepines and COX inhibitors are contraindicated", SectionKind.EXCLUSION,
         "In your case, opiates, benzodiazepines and COX inhibitors are contraindicated."),
        ("Patients for whom thrombolysis or other acute intervention is indicated as the current standard of care",
         INCLUSION, "In your case, thrombolysis or other acute intervention is indicated as the current standard of "
         "care."),
        ("Subjects for whom transfusion of red blood cells or platelets is impossible (such as clinical state and "
         "religious beliefs)", SectionKind.EXCLUSION,
         "In your case, transfusion of red blood cells or platelets is impossible. For example, clinical state and "
         "religious beliefs."),
    ],
)
def test_for_whom(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    "source",
    [
        # the patients' own verb after "and", their own "their", a second subject in a later sentence
        "Patients for whom surgical resection is clinically indicated and are amenable to receiving GW572016 for "
        "7-14 days prior to their resection",
        "Patients for whom English is not their native language",
        "Subjects for whom potentially-curative therapy was available, including electing immediate stem-cell "
        "transplantation. Subjects in Stratum 1 were to have had an ongoing identical HLA donor search.",
        # the section's verdict
        "Patients for whom it is not in the best interest to participate in the study, in the opinion of the "
        "treating investigator",
    ],
)
def test_for_whom_left(source: str) -> None:
    assert not said(source).startswith("In your case")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # an inclusion's "who" clause that is what the women who can become pregnant are asked
        (
            "Women of childbearing potential who agree to use a highly effective method of contraception for 3 "
            "months after the first dose of study drug",
            "If you are a woman who can get pregnant, you agree to use a highly effective method of contraception "
            "for 3 months after the first dose of study drug.",
        ),
        (
            "A WOCBP who agrees to follow the contraceptive guidance during the treatment period and for at least 7 "
            "days after the last dose of study treatment.",
            "If you are a woman who can get pregnant, you agree to follow the birth control guidance during the "
            "treatment time and for at least 7 days after the last dose of study treatment.",
        ),
        (
            "Women of childbearing potential who are not pregnant or nursing and have a negative serum pregnancy "
            "test at screening.",
            "If you are a woman who can get pregnant, you are not pregnant or breastfeeding and have a negative "
            "serum pregnancy test at screening.",
        ),
    ],
)
def test_narrowed_inclusion_asked(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


def test_narrowed_inclusion_who_the_trial_is_for() -> None:
    # being sexually active may be who the trial is for: not made a condition
    source = "Women of childbearing potential who are sexually active and want contraception"
    assert not said(source, INCLUSION).startswith("If you are")


def test_one_sex_who_agrees() -> None:
    source = ("Male patients who agree to practice effective barrier contraception during the entire study treatment "
              "period through 6 months after the last dose of study drug or agree to practice true abstinence")
    assert said(source, INCLUSION) == (
        "If you are male, you agree to practice effective barrier contraception during the entire study treatment "
        "time through 6 months after the last dose of study drug or agree to practice true abstinence."
    )
    # a description before a duty stays offline_gendered_openings' condition
    assert said("Male patients who agree to use condoms must also not donate sperm during the study.", INCLUSION) == (
        "If you are male and agree to use condoms, you must also not donate sperm during the study."
    )
    # a verb of the subject's own before the duty: both are the reader's
    assert said("Male subjects agree to use condoms and must not donate sperm during the study.", INCLUSION) == (
        "If you are male, you agree to use condoms and must not donate sperm during the study."
    )


def test_one_sex_agrees_in_an_exclusion_names_who_is_excluded() -> None:
    assert not said("Male subject agrees to use an acceptable method for contraception.").startswith("If you are")


def test_narrowed_inclusion_left_with_a_who_it_cannot_take() -> None:
    source = (
        "Woman of childbearing potential who has a negative serum pregnancy test at screening and who agrees to take "
        "appropriate precautions to avoid pregnancy (with at least 99% certainty) from screening through safety "
        "follow-up. Permitted methods that are at least 99% effective in preventing pregnancy should be communicated "
        "to the patient and their understanding confirmed."
    )
    assert not said(source, INCLUSION).startswith("If you are")
