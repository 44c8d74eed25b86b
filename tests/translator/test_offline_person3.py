"""Bullets spoken to the reader, third round (translator.offline_pregnant, offline_subjects' joined nouns, and the
opening that would make the reader both subject and object in translator.offline_mentions), on short criteria in
the shapes the corpus writes them.

Each first case opened in the third person (or read "You have frequent contact with you") before these rules; the
kept cases are shapes where "You …" would change who the criterion is about or what it says.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_mentions import reader_named_by_the_opening
from translator.offline_pregnant import pregnant_edits

# ---------------------------------------------------------------------------------------------
# The reader as both subject and object


@pytest.mark.parametrize(
    "source",
    [
        # a study partner's criterion: the participant is the one they are in contact with
        "Has frequent and sufficient contact with the participant to be able to provide information",
        "Has regular contact with the subject and agrees to attend the visits",
    ],
)
def test_an_opening_that_names_the_participant_as_its_object_stays_in_the_third_person(source: str) -> None:
    text = said(source, SectionKind.INCLUSION)
    assert "with you" not in text
    assert "the participant" in text or "the subject" in text


@pytest.mark.parametrize(
    "source",
    [
        # the participant after a clause or a phrase of its own is the reader: "you" stays
        "Any condition that would pose a risk to the patient",
        "Any other condition which renders the subject unable to complete the study",
        "History of any illness that might pose an additional risk to the participant",
    ],
)
def test_the_participant_in_a_clause_of_its_own_is_still_you(source: str) -> None:
    assert said(source).startswith("You have")
    assert " you" in said(source)[8:]


def test_the_check_looks_only_at_the_phrase_the_opening_starts() -> None:
    text = "Has frequent contact with the participant"
    assert reader_named_by_the_opening(text, len("Has"))
    assert not reader_named_by_the_opening("Has a condition that puts the participant at risk", len("Has"))
    assert not reader_named_by_the_opening("Has sufficient knowledge of the participant's history", len("Has"))


# ---------------------------------------------------------------------------------------------
# A noun joined to the description is no clause of its own


def test_a_noun_joined_by_or_the_is_part_of_the_description() -> None:
    text = said("Patients who have had previous surgery on the esophagus or the stomach.")
    assert text.startswith("You have had surgery on the ")
    assert text.endswith("or the stomach.")


@pytest.mark.parametrize(
    "source",
    [
        # a second subject with its own verb: "You have an implant and the implant data cannot …" is not one sentence
        "Patients with an implant and the implant data cannot be confirmed",
        "Patients with a pacemaker and it is not MRI compatible",
    ],
)
def test_a_clause_with_its_own_subject_keeps_the_third_person(source: str) -> None:
    assert not said(source).startswith(("You", "If you"))


# ---------------------------------------------------------------------------------------------
# The pregnant as a group, in an exclusion


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Pregnant or nursing woman;", "You are pregnant or breastfeeding."),
        ("Pregnant or lactating female.", "You are pregnant or breastfeeding."),
        ("Pregnant/Lactating female subjects", "You are pregnant/breastfeeding."),
        ("Pregnant, possibly pregnant, or nursing women", "You are pregnant, possibly pregnant, or breastfeeding."),
        # the lexicon's "pregnant or breastfeeding" for "pregnant or nursing", inside the opening too
        ("Pregnant or nursing (lactating) women", "You are pregnant or breastfeeding."),
        ("Pregnant women or nursing mothers", "You are pregnant or breastfeeding."),
        ("Pregnant woman or woman breastfeeding.", "You are pregnant or breastfeeding."),
        ("Pregnant patient", "You are pregnant."),
    ],
)
def test_the_pregnant_as_a_group_become_the_reader(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Pregnant women are excluded from this study because the study drug may harm an unborn baby.",
            "If you are pregnant, you are excluded from this study because the study drug may harm an unborn baby.",
        ),
        (
            "Pregnant women will be excluded because of radiation from the scans.",
            "If you are pregnant, you will be excluded because of radiation from the scans.",
        ),
        ("Pregnant woman is excluded", "If you are pregnant, you are excluded."),
    ],
)
def test_a_judged_group_becomes_a_condition_with_its_reason_kept(source: str, plain: str) -> None:
    assert said(source) == plain


def test_a_later_sentence_about_other_women_stays_theirs() -> None:
    text = said("Pregnant or nursing woman. Women of childbearing potential must have a negative pregnancy test.")
    assert text.startswith("You are pregnant or breastfeeding. Women ")


@pytest.mark.parametrize(
    "source",
    [
        # another group beside the pregnant: "You are pregnant or women who …" would join them
        "Pregnant or nursing woman or woman of childbearing potential not using birth control",
        "Pregnant or lactating women and male partners of pregnant women",
        # a description of the group, which an inclusion may ask for
        "Pregnant women with preeclampsia",
        "Pregnant or lactating female at any time during the study",
        # a reason that names others: the judgement is about more than the reader
        "Pregnant women are excluded because women and their partners may be at risk",
    ],
)
def test_the_pregnant_beside_others_or_described_stay_as_written(source: str) -> None:
    assert pregnant_edits(source, SectionKind.EXCLUSION) == []


def test_only_an_exclusion_puts_the_pregnant_alone_to_the_reader() -> None:
    # in an inclusion being pregnant may be what the study asks for, with its own words ("Pregnant woman …")
    assert pregnant_edits("Pregnant or nursing woman", SectionKind.INCLUSION) == []
    assert pregnant_edits("Pregnant or nursing woman", SectionKind.EXCLUSION) != []
    # a judgement says what it is in any section
    assert said("Pregnant or nursing women are ineligible", SectionKind.INCLUSION) == (
        "If you are pregnant or breastfeeding, you are ineligible."
    )


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Pregnant or currently breastfeeding woman", "You are pregnant or now breastfeeding."),
        ("Pregnant or lactating mother", "You are pregnant or breastfeeding."),
    ],
)
def test_a_current_state_or_one_mother(source: str, plain: str) -> None:
    assert said(source) == plain


# ---------------------------------------------------------------------------------------------
# "Child-Pugh" names a liver score, not a child


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Patients with Child-Pugh score B or C", "You have Child-Pugh score B or C."),
        ("Has liver cirrhosis Child Pugh B or C and/or hepatitis.", "You have liver cirrhosis Child Pugh B or C"),
        ("Presence of Child-Pugh Class B or C liver cirrhosis.", "You have Child-Pugh Class B or C liver cirrhosis."),
    ],
)
def test_a_child_pugh_score_is_no_other_person(source: str, plain: str) -> None:
    assert said(source).startswith(plain)


@pytest.mark.parametrize(
    "source",
    [
        # a child is still someone else: "You …" would make the reader the child's parent or the child
        "Has a child with a Child-Pugh score of B or C",
        "Patients whose child has asthma",
    ],
)
def test_a_child_is_still_someone_else(source: str) -> None:
    assert not said(source).startswith(("You", "If you"))


# ---------------------------------------------------------------------------------------------
# "… or those who …": a second description of the same subject


def test_or_those_who_is_a_second_description_of_the_reader() -> None:
    text = said(
        "Patients who have had chemotherapy within 4 weeks prior to entering the study or those who have not "
        "recovered from adverse events due to agents administered more than 4 weeks earlier."
    )
    assert text.startswith("You have had chemotherapy ")
    # (offline_later_groups says the second description "or you have not …" once the opening is the reader's)
    assert ". Or you have not recovered from adverse events " in text
    assert "those" not in text


def test_or_those_who_after_a_with_description() -> None:
    text = said("Patients with unstable angina or those who have had a heart attack within the past six months.")
    assert text.startswith("You have unstable angina or have had a heart attack")


@pytest.mark.parametrize(
    "source",
    [
        # "and those who": two groups, whose union "You … and …" would read as both
        "Patients who have had chemotherapy and those who have not recovered from surgery",
        # two of them: more than one other description to join
        "Patients who have had surgery or those who have had radiation or those who are pregnant",
    ],
)
def test_and_those_who_or_more_than_one_stays_as_written(source: str) -> None:
    assert "those" in said(source)


# ---------------------------------------------------------------------------------------------
# A relative clause's second verb after "or" is no main verb of the subject


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Patients with any metastasis in the brain that is symptomatic or requires treatment",
            "You have any metastasis in the brain that is symptomatic or needs treatment.",
        ),
        (
            "Patient with brain metastases that are symptomatic and/or require therapy.",
            "You have brain metastases that are symptomatic and/or need treatment.",
        ),
        ("Patients who have had organ allograft or require immunosuppressive therapy", "You have had organ allograft"),
    ],
)
def test_a_second_verb_of_the_description_after_or(source: str, plain: str) -> None:
    assert said(source).startswith(plain)


def test_a_second_verb_after_a_singular_who_keeps_the_third_person() -> None:
    # "You are a woman who is pregnant or plan to …" would need "plans"; being pregnant already says who
    # (translator.offline_sexes), and "plan" agrees with "you"
    text = said("Women who are pregnant or plan to become pregnant during the study")
    assert text == "You are pregnant or plan to get pregnant during the study."
    assert said("Women who are pregnant or breastfeeding") == "You are pregnant or breastfeeding."
    # with a state others can be in, who it is about stays: no "You are a woman who is … or are not using" (the
    # label is said first, its "who" as ", and": offline_label_clauses)
    assert said("Women who are pregnant or are not using birth control") == (
        "You are a woman, and are pregnant or are not using birth control."
    )


# ---------------------------------------------------------------------------------------------
# "Women of childbearing potential and men must …": either group has the duty


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Women of childbearing potential and men must agree to use adequate contraception.",
            "If you are a woman who can get pregnant or a man, you must agree to use ",
        ),
        (
            "WOCBP and sexually active males are required to use an effective method of contraception.",
            "If you are a woman who can get pregnant or a sexually active male, you must use ",
        ),
        (
            "Females of childbearing potential and male participants must use contraception until 90 days after "
            "their last dose.",
            "If you are a female who can get pregnant or a male participant, you must use ",
        ),
    ],
)
def test_women_who_can_become_pregnant_and_men_with_a_duty(source: str, plain: str) -> None:
    text = said(source, SectionKind.INCLUSION)
    assert text.startswith(plain)
    assert "their" not in text


@pytest.mark.parametrize(
    "source",
    [
        # someone else has a part in the duty
        "Women of childbearing potential and men must use contraception for them and their partners",
    ],
)
def test_women_and_men_without_a_plain_duty_stay_as_written(source: str) -> None:
    assert not said(source, SectionKind.INCLUSION).startswith(("You", "If you"))
    assert not said(source).startswith(("You", "If you"))


def test_women_and_described_men_each_stay_named() -> None:
    # the men's description stays theirs, after a comma (translator.offline_paired_groups)
    assert said("WOCBP and men whose partners are WOCBP must use contraception", SectionKind.INCLUSION) == (
        "If you are a woman who can get pregnant, or a man whose partners are women who can get pregnant, you must use"
        " birth control."
    )
    # with no duty, an exclusion's condition is said of both groups; an inclusion keeps the source's words
    source = "Women of childbearing potential and men not using adequate birth control"
    assert said(source) == "You are a woman who can get pregnant or a man, and are not using good enough birth control."
    assert not said(source, SectionKind.INCLUSION).startswith(("You", "If you"))


# ---------------------------------------------------------------------------------------------
# "History" with an aside, a window, or a second noun before "of"


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("History (past or present) of congestive heart failure", "You have a history (past or present) of "),
        ("History, within 3 years, of drug abuse.", "You have a history, within 3 years, of drug abuse."),
        ("History within the past 6 months of alcohol abuse", "You have a history within the past 6 months of "),
        ("History or clinical evidence of brain metastases", "You have had or have clinical signs of cancer that"),
        ("History/evidence of significant lung disease.", "You have had or have signs of "),
    ],
)
def test_a_history_with_more_before_its_of(source: str, plain: str) -> None:
    assert said(source).startswith(plain)


def test_a_history_whose_window_is_not_before_its_of_stays() -> None:
    # no "of" after the window: "You have a history within 3 years" would say nothing of what
    assert not said("History within 3 years; see the protocol").startswith("You")


# ---------------------------------------------------------------------------------------------
# A subject followed by a state, not a verb


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Patients known to be HIV positive.", "You are known to be HIV positive."),
        ("Patient unable or unwilling to comply with the protocol.", "You are not able or not willing to "),
        ("Patients at high risk of bleeding", "You are at high risk of bleeding."),
        ("Subjects presently classified as being in NYHA Class IV.", "You are presently classified as being in NYHA"),
        ("Patients not willing to use an effective method of birth control", "You are not willing to use "),
        (
            "Patients at significant risk of danger to themselves or others",
            "You are at significant risk of danger to yourself",
        ),
    ],
)
def test_a_subject_with_a_state_becomes_the_reader(source: str, plain: str) -> None:
    assert said(source).startswith(plain)


@pytest.mark.parametrize(
    "source",
    [
        # a verb of the subject's own: the state only describes who may be enrolled
        "Patients known to be HIV positive may be enrolled if their CD4 count is above 500",
        # someone else, or a second description "You are …" cannot take
        "Patients unable to tolerate MRI scanning, e.g. those with pacemakers",
        "Patients unable to take oral drugs or with lack of integrity of the upper gastrointestinal tract.",
        "Subjects at very high risk of fracture who must be treated with active drugs",
    ],
)
def test_a_subject_with_a_state_and_more_stays_as_written(source: str) -> None:
    assert not said(source).startswith(("You", "If you"))


# ---------------------------------------------------------------------------------------------
# "Patients of childbearing / reproductive potential": a condition with the lexicon's words, no group of women


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Patients of reproductive potential must practice effective contraception while on study.",
            "If you can have children, you must practice effective ",
        ),
        (
            "All patients of childbearing potential must have a negative serum pregnancy test at screening.",
            "If you can get pregnant, you must have a negative serum pregnancy test at screening.",
        ),
    ],
)
def test_patients_of_childbearing_potential_with_a_duty(source: str, plain: str) -> None:
    assert said(source, SectionKind.INCLUSION).startswith(plain)


def test_patients_of_childbearing_potential_in_an_exclusion() -> None:
    text = said("Patients of childbearing potential who are sexually active and unwilling to use contraception")
    assert text.startswith("You can get pregnant and are sexually active and unwilling to use ")
    # their partners are someone else: no edit
    source = "Patients of childbearing potential and their partners must agree to use contraception"
    assert not said(source, SectionKind.INCLUSION).startswith(("You", "If you"))


def test_the_same_verb_again_after_or_continues_the_relative_clause() -> None:
    text = said(
        "Female who is pregnant, breast-feeding or intends to become pregnant or is of child-bearing potential and "
        "not using adequate contraceptive methods"
    )
    # "or is of child-bearing potential" agrees with "you" too ("is of" is a verb, unlike "signs of")
    assert text.startswith("You are female and are pregnant, breastfeeding or plan to get pregnant or are able ")
    # after a singular "a woman who is", "… or are planning" would not agree; with "you" (the pregnant are the
    # reader: translator.offline_sexes) it does
    source = "Women who are pregnant or breastfeeding or are planning on becoming pregnant during the study"
    assert said(source) == "You are pregnant or breastfeeding or are planning on getting pregnant during the study."


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Any patient with lung cancer or a history of lung cancer.", "You have lung cancer or have had lung cancer."),
        ("Any patients who are on renal dialysis", "You are on kidney dialysis."),
        ("Those who are not willing to comply with study procedures", "You are not willing to "),
        (
            "Those with major medical conditions will be excluded from this study.",
            "If you have major medical conditions, you cannot take part.",
        ),
    ],
)
def test_those_who_and_any_patient_with_are_the_reader(source: str, plain: str) -> None:
    assert said(source).startswith(plain)


def test_those_who_with_someone_else_stays() -> None:
    assert "Those" in said("Those who are partners of pregnant women")


def test_a_narrowed_subject_in_an_inclusion_keeps_its_later_verbs_main() -> None:
    # "You are female and are post menopausal …, or agree to …" would make being female a requirement to join
    source = "Female participants who are post menopausal for at least 1 year, or agree to practice contraception"
    assert not said(source, SectionKind.INCLUSION).startswith("You are female")
    # in an exclusion it is the condition that excludes
    assert said(source).startswith("You are female and are post menopausal")
