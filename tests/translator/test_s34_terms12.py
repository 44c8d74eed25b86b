"""Abbreviations and terms said right (session 34, terms12): variants with their own meaning (lexicon rows rtPA,
eCrCl, CML-CP, MSI-H, FLT3-ITD, BRAF V600E, LDL-C, HDL-C, Alk Phos, menstrual cycle), plurals and numbered members
spelled out as such, and the source's words kept where a plain word would garble them
(translator.offline_spelled_terms). Each rule has cases that change and near cases that must not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION
EXCLUSION = SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "Treatment with IA rtPA or by mechanical means for clot disruption or with hypo-thermia.",
            EXCLUSION,
            (
                "Treatment with IA recombinant tissue plasminogen activator (rtPA) or by mechanical means for clot "
                "disruption or with hypo-thermia."
            ),
        ),
        (
            "eCrCl ≥ 60 mL/min",
            INCLUSION,
            "Your estimated creatinine clearance (eCrCl) is 60 mL/min or more.",
        ),
        (
            "WOCBP must have a negative serum β hCG pregnancy test at the Screening and Baseline visit",
            EXCLUSION,
            (
                "If you are a woman who can get pregnant, you must have a negative serum human chorionic "
                "gonadotropin (β hCG) pregnancy test at the Screening and Baseline visit."
            ),
        ),
        (
            "Diagnosis of CML-CP",
            INCLUSION,
            "You have been diagnosed with chronic myeloid leukemia in chronic phase (CML-CP).",
        ),
        (
            "FLT3-ITD Positive AML",
            EXCLUSION,
            "FLT3-ITD Positive acute myeloid leukemia (AML)",
        ),
        (
            "Prior JAK2 inhibitor",
            EXCLUSION,
            "You have had JAK2 inhibitor.",
        ),
        (
            "Presence of JAK2V617F mutation",
            EXCLUSION,
            "You have JAK2V617F mutation.",
        ),
    ],
)
def test_a_variant_with_a_meaning_of_its_own(source: str, kind: SectionKind, plain: str) -> None:
    """A prefix or suffix that says more than the family ("rtPA" recombinant, "eCrCl" estimated, "CML-CP" chronic
    phase) has its own entry; "β hCG" with a space is the same hormone; a gene with its change is kept as written."""
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "Treatment with IV t-PA within 24 hours",
            EXCLUSION,
            "You have had treatment with IV tissue plasminogen activator (t-PA) within 24 hours.",
        ),
        (
            "Creatinine clearance (CrCl) ≥ 60 mL/min",
            INCLUSION,
            "Your creatinine clearance (CrCl) is 60 mL/min or more.",
        ),
        (
            "Diagnosis of CML in chronic phase",
            INCLUSION,
            "You have been diagnosed with chronic myeloid leukemia (CML) in chronic phase.",
        ),
        (
            "Participants with known BRAFV600E mutations, that have not received a BRAF inhibitor",
            EXCLUSION,
            "Participants with known BRAFV600E mutations, that have not had a BRAF inhibitor",
        ),
    ],
)
def test_family_and_spelled_out_forms_as_before(source: str, kind: SectionKind, plain: str) -> None:
    """The family's own letters, and forms the source spells out, read as before."""
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "No recent prior NSAIDs, including rofecoxib or celecoxib, for a duration of more than 30 consecutive days",
            EXCLUSION,
            (
                "You have had no recent nonsteroidal anti-inflammatory drugs (NSAIDs), such as rofecoxib or "
                "celecoxib, for a duration of more than 30 days in a row."
            ),
        ),
        (
            "Use of SSRIs within 2 weeks",
            EXCLUSION,
            "You have used selective serotonin reuptake inhibitors (SSRIs) within 2 weeks.",
        ),
        (
            "Histologically or cytologically confirmed melanoma, previously treated with chemotherapy or IL-2",
            EXCLUSION,
            (
                "You have histologically or cytologically confirmed melanoma, previously treated with chemotherapy or "
                "interleukin-2 (IL-2)."
            ),
        ),
        (
            "previous exposure to GLP-1 or GLP-1 analogues.",
            EXCLUSION,
            "You have had exposure to glucagon-like peptide-1 (GLP-1) or GLP-1 analogues.",
        ),
    ],
)
def test_plurals_and_numbered_members(source: str, kind: SectionKind, plain: str) -> None:
    """Plurals: "NSAIDs" are drugs, not one drug; "IL-2" is interleukin-2, not the family."""
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            (
                "Prior intermittent use of non-steroidal anti-inflammatory drugs (NSAIDs), including rofecoxib or "
                "celecoxib, allowed"
            ),
            EXCLUSION,
            (
                "Past intermittent use of non-steroidal anti-inflammatory drugs (NSAIDs), such as rofecoxib or "
                "celecoxib, allowed"
            ),
        ),
        (
            (
                "Active systemic infections, coagulation disorders, contra-indications to receiving interleukin-2 "
                "(IL-2) or major medical illnesses of the cardiovascular, respiratory or immune system."
            ),
            EXCLUSION,
            (
                "You have active systemic infections, blood clotting disorders, contra-indications to getting "
                "interleukin-2 (IL-2) or major medical illnesses of the heart and blood vessel, respiratory or immune "
                "system."
            ),
        ),
        (
            "Able to perform ADLs",
            INCLUSION,
            "You can perform ADLs.",
        ),
    ],
)
def test_plural_and_numbered_forms_already_spelled_out(source: str, kind: SectionKind, plain: str) -> None:
    """Already spelled out in the source, or no sure plural ("activities of daily living"): as before."""
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "No impairment of gastrointestinal (GI) function that may significantly alter the absorption of PTK787.",
            EXCLUSION,
            (
                "You have no impairment of gastrointestinal (GI) function that may significantly alter the absorption "
                "of PTK787."
            ),
        ),
        (
            "Cerebral spinal fluid (CSF) result consistent with the presence of amyloid pathology",
            INCLUSION,
            "Cerebral spinal fluid (CSF) result consistent with the presence of amyloid pathology",
        ),
        (
            "Have a history of unexplained syncope (fainting or passing out) within the last year",
            EXCLUSION,
            "You have had unexplained syncope (fainting or passing out) within the last year.",
        ),
        (
            (
                "A Mean Pulmonary Artery Pressure >25mmHg, Pulmonary Vascular Resistance >3 wood/units and pulmonary "
                "arterial wedge pressure <15mmHg, as documented by right heart catheterization within the last 3 years"
            ),
            INCLUSION,
            (
                "Your Mean Pulmonary Artery Pressure is more than 25 mmHg, your Pulmonary Vascular Resistance is more "
                "than 3 wood/units and lung arterial wedge pressure less than 15 mmHg, as recorded by right heart "
                "catheterization within the last 3 years."
            ),
        ),
    ],
)
def test_source_words_kept_before_a_bracket_or_in_a_name(source: str, kind: SectionKind, plain: str) -> None:
    """Words that spell out the bracket after them, a bracket that says the plain word already, and a title-case
    name keep the source's words (not "digestive (GI)", "fainting (fainting …)", "Mean lung Artery Pressure")."""
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "History of GI tract surgery",
            EXCLUSION,
            "You have had digestive tract surgery.",
        ),
        (
            "Uncontrolled angina, no myocardial infarction (MI) within 6 months",
            EXCLUSION,
            "You have uncontrolled angina, no heart attack within 6 months.",
        ),
        (
            "History of syncope within the last year",
            EXCLUSION,
            "You have fainted within the last year.",
        ),
    ],
)
def test_plain_words_elsewhere_as_before(source: str, kind: SectionKind, plain: str) -> None:
    """Outside those places, or where the bracket's letters go too ("myocardial infarction (MI)"), plain words
    as before."""
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "Total abstinence from sexual intercourse (minimum one complete menstrual cycle)",
            EXCLUSION,
            "Total abstinence from sexual intercourse (minimum one complete monthly cycle)",
        ),
        (
            (
                "HDL-C of less than or equal to 40 mg/dL (1.0 mmol/L) for men or less than or equal to 50 mg/dL (1.3 "
                "mmol/L) for women;"
            ),
            INCLUSION,
            (
                "Your high-density lipoprotein cholesterol (HDL-C) is 40 mg/dL or less (1.0 mmol/L) for men or 50 mg/dL"
                " or less (1.3 mmol/L) for women."
            ),
        ),
        (
            "LDL-C > 130 mg/dL on maximal tolerated statin therapy",
            INCLUSION,
            (
                "Your low-density lipoprotein cholesterol (LDL-C) is more than 130 mg/dL on maximal tolerated statin "
                "treatment."
            ),
        ),
        (
            (
                "Aspartate Aminotransferase Test (AST), Alanine Aminotransferase Test (ALT), Gamma-Glutamyl "
                "Transpeptidase (GGT), Alk Phos ≤ 3 times Unit Line Number (ULN), bilirubin ≤ 40 μmol/L"
            ),
            INCLUSION,
            (
                "Aspartate Aminotransferase Test (AST), Alanine Aminotransferase Test (ALT), Gamma-Glutamyl "
                "Transpeptidase (GGT), alkaline phosphatase (Alk Phos) no more than 3 times the upper limit of "
                "normal, bilirubin 40 µmol/L or less"
            ),
        ),
    ],
)
def test_lexicon_rows_for_cycles_cholesterol_and_alk_phos(source: str, kind: SectionKind, plain: str) -> None:
    """A "menstrual cycle" is a monthly cycle, not a period; LDL-C/HDL-C are the cholesterol; "Alk Phos" is alkaline
    phosphatase, not ALK."""
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "Prior therapy with an ALK inhibitor",
            EXCLUSION,
            "You have had treatment with an anaplastic lymphoma kinase (ALK) inhibitor.",
        ),
    ],
)
def test_alk_alone_is_still_the_gene(source: str, kind: SectionKind, plain: str) -> None:
    """The letters "ALK" alone are still anaplastic lymphoma kinase."""
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            (
                "Patients must be 18 years of age or above and competent to sign an institutionally IRB approved "
                "informed consent."
            ),
            INCLUSION,
            "You must be 18 years or older and competent to sign an institutionally IRB approved informed consent.",
        ),
    ],
)
def test_an_expansion_the_word_before_says(source: str, kind: SectionKind, plain: str) -> None:
    """An "institutionally IRB" is not "institutionally institutional review board (IRB)"."""
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "a score of at least 3 or greater on the clinician CGI-S",
            INCLUSION,
            "A score of at least 3 or greater on the clinician Clinical Global Impression (CGI-S)",
        ),
    ],
)
def test_a_word_that_only_looks_alike(source: str, kind: SectionKind, plain: str) -> None:
    """A "clinician" is not "Clinical": the expansion is still spelled out."""
    assert said(source, kind) == plain
