"""Terms, abbreviations and small words said right (session 35, terms13): a bracket that says again the words before it
goes (translator.offline_bracket_repeats), "RECIST 1.1" as one name (offline_plain), a plain noun before letters it
spells out alone (offline_spelled_terms), aside brackets, cell markers and "A1C" (offline_explained_terms), articles for
countable singulars (offline_counted_articles), "get pregnant" (offline_pregnant_words) and nouns of doing said as
verbs (offline_study_drug_words). Each rule has real cases that change and near cases that must not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION
EXCLUSION = SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # NCT02483104: "cerebrovascular accident" and "CVA" both worded "stroke"
        (
            "Patients with history of cerebrovascular accident (CVA, stroke), transient ischemic attack (TIA) within 6 "
            "months of the first date of treatment on this study.",
            EXCLUSION,
            "You have had a stroke, transient ischemic attack (TIA) within 6 months of the first date of treatment on "
            "this study.",
        ),
        # NCT01016483: a unit's letters the unit now ends with
        (
            "Bone marrow impairment as evidenced by hemoglobin less (<) 9.0 gram per deciliter (g/dL), neutrophil "
            "count < 1.5 x 10^9/ liter (L), platelets < 100 x 10^9/L.",
            EXCLUSION,
            "You have bone marrow impairment as evidenced by hemoglobin less than 9 g/dL, neutrophil count less than "
            "1.5 × 10^9/L, platelets less than 100 × 10^9/L.",
        ),
        # NCT05552976
        (
            "serum free light chain levels > 100 mg/liter (L) (10 mg/dL) involved",
            INCLUSION,
            "Your serum free light chain levels are more than 100 mg/L (10 mg/dL) involved.",
        ),
        # NCT02805452
        (
            "Indication for prostate cancer radiotherapy (standard schema with a total dose from 70 to 80 Gray (GY)),",
            INCLUSION,
            "Indication for prostate cancer radiation treatment (standard schema with a total dose from 70 to 80 Gy)",
        ),
        # NCT02993471: "nursing (lactating women)" worded "breastfeeding (breastfeeding women)"
        ("Pregnant or nursing (lactating women)", EXCLUSION, "You are pregnant or breastfeeding."),
        # NCT01115803: the long name and the bracket's name with its version are one name
        (
            "Have the presence of measurable or nonmeasurable disease as defined by the Response Evaluation Criteria "
            "in Solid Tumors (RECIST 1.1) or the Revised Response Criteria for Malignant Lymphoma.",
            INCLUSION,
            "You have the presence of measurable or nonmeasurable disease as defined by the RECIST 1.1 or the "
            "Revised Response Criteria for cancerous Lymphoma.",
        ),
    ],
)
def test_a_bracket_that_says_the_words_before_it_again_goes(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # NCT00563381: the source's own bracket
        (
            "For Height measured in inches Males: FEV1 predicted (L) = 4.30 x (height (inches) / 39.37)",
            INCLUSION,
            "For Height measured in inches Males: FEV1 predicted (L) = 4.30 x (height (inches) / 39.37)",
        ),
        # a bracket that says more than the word before it
        ("Screening visit (Visit 1)", INCLUSION, "Screening visit (Visit 1)"),
        # NCT02630823
        (
            "Known history of HIV (HIV 1/2 antibodies).",
            INCLUSION,
            "You are known to have had HIV (HIV 1/2 antibodies).",
        ),
        # NCT00700336: the bracket says more than the letters: the long name stays, not "RECIST (RECIST, see below)"
        (
            "Measurable disease according to the modified Response Evaluation Criteria in Solid Tumors (RECIST, see "
            "below)",
            INCLUSION,
            "You have measurable disease as set by the modified Response Evaluation Criteria in Solid Tumors (RECIST, "
            "see below).",
        ),
    ],
)
def test_a_bracket_that_says_more_or_is_the_sources_stays(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT00113919: the term is all the words the letters stand for
        (
            "You must have an echocardiogram (ECHO) or multigated acquisition (MUGA) scan",
            "You must have a heart ultrasound (ECHO) or multigated acquisition (MUGA) scan",
        ),
        ("Radiotherapy (RT) within 28 days", "You have had radiation treatment (RT) within 28 days."),
        ("metastatic colorectal cancer (CRC)", "You have metastatic cancer of the colon or rectum (CRC)."),
    ],
)
def test_a_noun_that_spells_out_the_letters_alone_takes_its_plain_word(source: str, plain: str) -> None:
    assert said(source, EXCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # a part of the words the letters stand for: a plain word would make a name no one uses
        ("Upper gastrointestinal (UGI) obstruction", "Upper gastrointestinal (UGI) blockage"),
        (
            "Multiple brain lesions treated with whole brain radiation therapy (WBRT)",
            "Multiple brain lesions treated with whole brain radiation treatment (WBRT)",
        ),
        # an adjective: the bracket stands inside its noun phrase
        ("gastrointestinal (GI) blockage/perforation", "Gastrointestinal (GI) blockage/perforation"),
    ],
)
def test_a_part_of_the_spelled_out_words_or_an_adjective_keeps_the_source(source: str, plain: str) -> None:
    assert said(source, EXCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # NCT03108729: a bracket of an aside explains nothing; the letters are spelled out before it
        (
            "Subject is receiving 1 or 2 background AEDs (not including benzodiazepine or barbiturate).",
            INCLUSION,
            "You are getting 1 or 2 background antiepileptic drugs (AEDs) (not including benzodiazepine or "
            "barbiturate).",
        ),
        # NCT02738879: letters that are the last word of their own spelling out
        (
            "Stable dose of sitagliptin for ≥12 weeks with A1C between 7.5% and 11.0%, inclusive.",
            INCLUSION,
            "You have been on a stable dose of sitagliptin for at least 12 weeks with hemoglobin A1C 7.5 to 11%, "
            "inclusive.",
        ),
    ],
)
def test_letters_spelled_out_where_they_were_not(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # a cell marker's family letters with its number are a name
        (
            "Autologous cell graft with a total number of CD 34 cells > or = 5 X 106/kg before freezing",
            EXCLUSION,
            "Autologous cell graft with a total number of CD 34 cells at least 5 X 106/kg before freezing",
        ),
        # a bracket that spells the letters out
        ("HbA1c between 7% and 10%", INCLUSION, "Your hemoglobin A1c (HbA1c) is 7 to 10%."),
        ("Elevated ALT (>3 x ULN)", EXCLUSION, "Elevated ALT (more than 3 times the upper limit of normal)"),
    ],
)
def test_letters_explained_or_named_stay(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "Blood transfusion within 4 weeks of Screening",
            EXCLUSION,
            "You have had a blood transfusion within 4 weeks of Screening.",
        ),
        (
            "History of transfusion with red blood cells, platelets or plasma",
            EXCLUSION,
            "You have had a transfusion with red blood cells, platelets or plasma.",
        ),
        ("History of kidney transplant", EXCLUSION, "You have had a kidney transplant."),
        ("Documented negative test for HIV", INCLUSION, "Your records show that you have a negative test for HIV."),
    ],
)
def test_a_countable_singular_gets_its_article(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


def test_a_compound_or_a_plural_gets_no_article() -> None:
    assert said("Transfusion requirement (red blood cells or platelets) within 14 days prior to baseline") == (
        "You have had transfusion requirement (red blood cells or platelets) in the 14 days before baseline."
    )
    assert "had blood transfusions or" in said(
        "Subject has received blood transfusions or hematopoietic factor therapy within 14 days prior to the first "
        "dose of study drug."
    )


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "Women who are pregnant or breastfeeding or planning to become pregnant",
            EXCLUSION,
            "You are pregnant or breastfeeding or planning to get pregnant.",
        ),
        (
            "Females of childbearing potential must agree to avoid becoming pregnant",
            INCLUSION,
            "If you are female and able to get pregnant, you must agree to avoid getting pregnant.",
        ),
        (
            "Negative serum pregnancy test at screening (for females of childbearing potential)",
            INCLUSION,
            "If you can get pregnant, you have a negative serum pregnancy test at screening.",
        ),
    ],
)
def test_become_pregnant_is_get_pregnant(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


def test_a_pregnancy_not_said_with_become_keeps_its_words() -> None:
    assert said("Pregnant or breastfeeding women") == "You are pregnant or breastfeeding."


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "Any serious medical condition that increases the risk associated with study participation or study drug "
            "administration",
            EXCLUSION,
            "You have any serious health problem that increases the risk linked to taking part in the study or "
            "getting the study drug.",
        ),
        (
            "Patient is able to follow the dosing instructions for study drug administration",
            INCLUSION,
            "You can follow the dosing instructions for giving the study drug.",
        ),
        (
            "Any condition that would interfere with completion of the study procedures",
            EXCLUSION,
            "You have any condition that would get in the way of completing the study procedures.",
        ),
    ],
)
def test_a_noun_of_doing_is_said_as_a_verb(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        # time anchors keep their words: the fact checks read them
        ("Blood transfusion within 4 weeks of study drug administration.", "within 4 weeks of getting the study drug"),
        (
            "Radiotherapy within 4 weeks of completion of radiotherapy",
            "within 4 weeks of the end of radiation treatment",
        ),
    ],
)
def test_a_time_anchor_keeps_its_anchor_words(source: str, kept: str) -> None:
    assert kept in said(source)
