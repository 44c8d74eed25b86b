"""A bound before a value with a unit, said as English (translator.offline_unit_after.bound_first).

"≥ 20 picograms per milliliter" worded "20 or more picograms per milliliter" reads as a count of picograms, and
"≥ 3 min cumulative seizures" worded "3 minutes or more cumulative seizures" as a count of seizures: with a unit
or a described word after the number, the comparator goes before it ("at least 20 …", "no more than 34 …").
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT01075282: a unit spelled out, which the extractor leaves after the fact
        ("A serum calcitonin greater than or equal to 20 picograms per milliliter (pcg/ml) at screening",
         "Your serum calcitonin is at least 20 picograms per milliliter (pcg/ml) at screening."),
        # NCT01064648: a short unit the extractor does not know
        ("Absolute neutrophil count >= 1,500 mcl", "Your absolute neutrophil count is at least 1,500 mcl."),
        # NCT01588470: a word with a percent sign
        ("Hematocrit ≥ 34 vol%", "Your hematocrit is at least 34 vol%."),
        # NCT02078089: a word with a slash
        ("White blood cell count (WBC) ≥ 3.0 K/mm3", "Your white blood cell count (WBC) is at least 3 K/mm3."),
        # NCT03150082: a metric unit spelled out, its abbreviation in brackets
        ("Fasting blood glucose >=7 millimoles (mmol)/liter (L).",
         "Your fasting blood glucose is at least 7 millimoles (mmol)/liter (L)."),
        # NCT02431247: a rate with "per"
        ("Screening plasma HIV-1 ribonucleic acid (RNA) level greater than or equal to >=1,000 copies per milliliter"
         " (copies/mL)",
         "Your screening plasma HIV-1 ribonucleic acid (RNA) level is at least 1,000 copies per milliliter"
         " (copies/mL)."),
    ],
)
def test_a_unit_the_fact_left_out_takes_the_bound_first(source: str, plain: str) -> None:
    assert said(source, INC) == plain


def test_a_ceiling_before_a_unit_reads_no_more_than() -> None:
    # NCT02354937
    assert said("A serum sodium level =<125 milliequivalent (mEq) /liter (L) at screening") == (
        "Your serum sodium level is no more than 125 milliequivalent (mEq) /liter (L) at screening."
    )


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT01434225: the amount describes the seizures, it does not count them
        ("EEG: equal to or more than 3 min cumulative seizures, or 2 or more seizures of >30 sec duration over 2 hr"
         " period within first 48 hr of life",
         "Your electroencephalogram (EEG) is at least 3 minutes cumulative seizures, or 2 or more seizures of more"
         " than 30 seconds duration more than 2 hours period within first 48 hr of life."),
        # NCT00287729
        ("Forced Vital Capacity ≥ 50% predicted value", "Your forced vital capacity is at least 50% predicted value."),
        # NCT00307723
        ("Total bilirubin </= 2 times control", "Your total bilirubin is no more than 2 times control."),
    ],
)
def test_a_word_the_amount_describes_takes_the_bound_first(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # a bare count, or a new phrase after the amount, keeps the bound after the number
        ("Hemoglobin ≥ 9 g/dL", "Your hemoglobin is 9 g/dL or more."),
        ("Age ≥ 18 years", "You are 18 years or older."),
    ],
)
def test_the_bound_stays_after_where_it_reads_well(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT02276209: "a at least 25% improvement" would not read; "a 25% or more improvement" does
        ("Subject has a ≥ 25% improvement on the ADHD RS IV total score between screening and baseline.",
         "You have a 25% or more improvement on the attention-deficit/hyperactivity disorder (ADHD) RS IV total score"
         " between screening and baseline."),
        # NCT02963051
        ("Other malignancy, except non-melanoma skin cancer, with a ≥ 30% probability of death within 24 months.",
         "You have other cancer, except non-melanoma skin cancer, with a 30% or more probability of death within 24"
         " months."),
    ],
)
def test_after_an_article_the_bound_stays_after(source: str, plain: str) -> None:
    assert said(source) == plain


def test_a_sentence_inside_a_bullet_keeps_its_capital() -> None:
    # NCT06429761: "at least 2 weeks" would open the second sentence in lower case
    source = (
        "Subjects with treated brain metastases that are no longer symptomatic and who require no treatment with"
        " corticosteroids or anticonvulsants may be included in the study if they have recovered from the acute toxic"
        " effect of radiotherapy. A minimum of 2 wk must have elapsed between the end of whole brain radiotherapy and"
        " study enrollment."
    )
    assert said(source).endswith(
        "radiation treatment. 2 weeks or more must have passed between the end of whole brain radiation treatment and"
        " study enrollment."
    )
