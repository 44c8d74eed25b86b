"""Bullets about sex, pregnancy and breastfeeding spoken to the reader (translator.offline_sexes, and the "and" of
translator.offline_pregnant's groups), on real criteria and on short ones in the shapes the corpus writes them.

Each first case opened with a label or in the third person before these rules ("Male or female, 18 to 80 years
old", "Women who are pregnant or nursing", "You are female and postmenopausal" in an inclusion); the kept cases
are shapes where "You …" would change who the criterion is about or what it asks.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import rewritten, said
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.offline_breastfeeding import breastfeeding
from translator.offline_sexes import pregnant_group_edits, sex_label_edits

# ---------------------------------------------------------------------------------------------
# Sex labels


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        ("NCT00068757", "Male or female", "You are male or female."),
        ("NCT01811953", "Healthy male and female subjects", "You are a healthy male or female."),
        # an age after the label: every comparator and unit stays
        ("NCT00063583", "Males and females greater than", "You are male or female and 18 years or older."),
        ("NCT00504556", "Male or female, 18 to 80", "You are male or female and 18 to 80 years old."),
        ("NCT00412932", "Males or Females greater than 65", "You are male or female and older than 65 years."),
        ("NCT01838200", "Men and women ≥ 18 years of age", "You are a man or a woman and 18 years or older."),
        ("NCT00508365", "Males or females who are", "You are male or female and 65 years or older."),
        # "aged" stays where the source says it: "above 40" alone need not be an age
        ("NCT00628862", "Males or females aged above 40", "You are male or female and aged above 40 with a clinical"),
        # a description with "with": the reader has it; a noun that says more is kept, in the singular
        (
            "NCT00423098",
            "Male or female patients with systemic lupus",
            "You are male or female and have systemic lupus erythematosus (SLE)",
        ),
        (
            "NCT01706965",
            "Male and female outpatients with schizophrenia",
            "You are a male or female outpatient with schizophrenia or schizoaffective disorder.",
        ),
        # one sex, alone
        ("NCT06079671", "Female.", "You are female."),
        ("NCT00869622", "Male gender", "You are male."),
    ],
)
def test_a_sex_label_is_said_to_the_reader(nct_id: str, source: str, plain: str) -> None:
    assert rewritten(nct_id, source).startswith(plain)


@pytest.mark.parametrize(
    ("nct_id", "source", "kept"),
    [
        # a condition for some of them, set before a colon
        ("NCT00694980", "Males and females with reproductive potential: Willing", "Males and females who can have"),
        # a second group after the label
        ("NCT01350960", "Healthy male or female subjects and subjects", "Healthy male or female subjects and subjects"),
        # a second criterion run into the first: "and 18 years or older Documented stable CAD …" says nothing whole
        ("NCT01523366", "Male or female patients aged 18 years or older Documented", "Male or female patients aged"),
    ],
)
def test_a_sex_label_stays_where_you_would_change_it(nct_id: str, source: str, kept: str) -> None:
    assert kept in rewritten(nct_id, source)


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # both sexes able to have children: the description is whom the duty is for
        (
            "NCT00440726",
            "Male and female patients of child-bearing potential must agree",
            "If you are male or female and able to have children, you must agree to use an effective method",
        ),
        (
            "NCT00642655",
            "Men and women of reproductive potential must agree",
            "If you are a man or a woman and able to have children, you must agree to use",
        ),
        # with no duty, what the label says the reader is
        ("NCT02099110", "Male or female not of reproductive potential", "You are male or female and not able to have"),
        # "of any race" stays where the source says it
        (
            "NCT02462070",
            "Male or female, of any race, at least 18",
            "You are male or female, of any race, and at least 18 years of age (inclusive).",
        ),
    ],
)
def test_a_label_with_a_description_of_both_sexes_is_the_reader(nct_id: str, source: str, plain: str) -> None:
    assert rewritten(nct_id, source).startswith(plain)


@pytest.mark.parametrize(
    ("nct_id", "source", "kept"),
    [
        # another group with a duty of its own later in the sentence
        (
            "NCT02993471",
            "Men and women of childbearing potential must agree to use a reliable method of birth control and",
            "Men and women able to have children must agree",
        ),
        # a judgement of eligibility, not a duty
        (
            "NCT00665990",
            "Males or females of reproductive potential may not",
            "Males or females able to have children may",
        ),
    ],
)
def test_a_label_able_to_have_children_stays_beside_others(nct_id: str, source: str, kept: str) -> None:
    assert rewritten(nct_id, source).startswith(kept)


@pytest.mark.parametrize(
    "source",
    [
        "Male or female patients with a pregnant female partner",  # someone else after "with"
        "Male or female patients with X may participate",  # a verb of the subject's own
        "Male or woman 18 years or older",  # no label of one kind
        "Men or women volunteers aged 18 to 50 years",  # no sure singular of "men or women volunteers"
        # what follows the age describes the label: "and 18 years or older of non-child bearing potential"
        "Males and females ≥ 18 years old of non-child bearing potential or of child bearing potential",
    ],
)
def test_a_label_with_more_than_the_reader_gets_no_opening(source: str) -> None:
    assert sex_label_edits(source, SectionKind.INCLUSION, extract_facts(source)) == []


def test_a_label_in_a_section_of_no_kind_stays() -> None:
    assert sex_label_edits("Male or female", SectionKind.OTHER, []) == []


# ---------------------------------------------------------------------------------------------
# One sex as a condition in an inclusion


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        (
            "NCT02751385",
            "Female patient is postmenopausal",
            "If you are female, you are postmenopausal or sterilized by surgery.",
        ),
        (
            "NCT01607853",
            "Female with a negative urine",
            "If you are female, you have a negative urine pregnancy test (at screening visit).",
        ),
    ],
)
def test_a_state_of_one_sex_in_an_inclusion_is_a_condition(nct_id: str, source: str, plain: str) -> None:
    assert rewritten(nct_id, source) == plain


def test_one_sex_with_a_disease_stays_a_requirement() -> None:
    # breast cancer in women is what the trial asks, not a condition on its women
    assert rewritten("NCT00076024", "Female patients with histologically").startswith("You are female and have")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Female subject is postmenopausal or surgically sterile", "If you are female, you are postmenopausal"),
        ("Male subjects who agree to use a condom during the study", "If you are male, you agree to use a condom"),
    ],
)
def test_short_states_of_one_sex_are_conditions(source: str, plain: str) -> None:
    assert said(source, SectionKind.INCLUSION).startswith(plain)
    # an exclusion names who it excludes: being female stays part of it
    assert not said(source).startswith("If you are")


# ---------------------------------------------------------------------------------------------
# The pregnant or breastfeeding as the subject of an exclusion


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        ("NCT00579280", "Women who are pregnant or nursing", "You are pregnant or breastfeeding."),
        # a list of two groups excludes either: its "and" is "or"
        ("NCT02302807", "Pregnant and lactating women", "You are pregnant or breastfeeding."),
        ("NCT01339039", "Pregnant and breastfeeding women", "You are pregnant or breastfeeding."),
        ("NCT01320943", "Lactating females", "You are breastfeeding."),
        ("NCT01292005", "Nursing mothers", "You are breastfeeding."),
        (
            "NCT02799784",
            "Women who are pregnant or lactating or are planning",
            "You are pregnant or breastfeeding or are planning on getting pregnant during the study.",
        ),
        (
            "NCT02552212",
            "Female subjects who are breastfeeding, pregnant",
            "You are breastfeeding, pregnant or plan to get pregnant during the study or within 3 months",
        ),
        ("NCT02168270", "Pregnant and nursing women are excluded", "If you are pregnant or breastfeeding, you cannot"),
    ],
)
def test_the_pregnant_or_breastfeeding_are_the_reader(nct_id: str, source: str, plain: str) -> None:
    assert rewritten(nct_id, source).startswith(plain)


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("Pregnant and lactating woman", SectionKind.EXCLUSION),  # one woman who is both
        ("Pregnant and lactating women", SectionKind.INCLUSION),  # an inclusion may ask for them
        ("Women who are pregnant or not using birth control", SectionKind.EXCLUSION),  # men use birth control too
        ("Pregnant or lactating women and male partners of pregnant women", SectionKind.EXCLUSION),
    ],
)
def test_the_group_stays_where_the_states_are_not_all_it_says(source: str, kind: SectionKind) -> None:
    assert pregnant_group_edits(source, kind) == []


def test_a_hyphenated_state_opening_the_group_is_said_as_the_lexicon_says_it() -> None:
    assert said("Breast-feeding women") == "You are breastfeeding."


def test_who_is_excluded_stays_when_more_than_pregnancy_is_named() -> None:
    assert "wom" in said("Women who are pregnant or not using birth control").lower()


# ---------------------------------------------------------------------------------------------
# "nursing", "lactating" → "breastfeeding"


def test_nursing_beside_pregnant_is_breastfeeding() -> None:
    assert rewritten("NCT00003194", "Not pregnant or nursing") == "You are not pregnant or breastfeeding."


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("You are pregnant or nursing.", "You are pregnant or breastfeeding."),
        ("You are nursing.", "You are breastfeeding."),
        ("Nursing women", "Breastfeeding women"),
        ("Non-pregnant, non-lactating females.", "Non-pregnant, non-breastfeeding females."),
        (
            "Pregnancy, nursing, or refusal to use birth control",
            "Pregnancy, breastfeeding, or refusal to use birth control",
        ),
        # not a mother's state
        ("Living in a nursing home", None),
        ("An unknown risk of adverse events in nursing infants", None),
        ("You are a nursing student", None),
        # said once already: "breastfeeding/breastfeeding" would say it twice
        ("You are lactating/breastfeeding or plan to breastfeed", None),
    ],
)
def test_breastfeeding_on_composed_text(text: str, plain: str | None) -> None:
    assert breastfeeding(text) == (plain or text)
