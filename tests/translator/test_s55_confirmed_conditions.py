"""Session 55, words32: a condition named as confirmed put to the reader, "confirmed" kept ("Confirmed advanced solid
tumor or hematologic malignancy" → "You have confirmed advanced solid tumor or blood cancer"), as "Stable X" is
(translator.offline_stable_conditions). Real corpus text; values, results and diagnoses keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION
EXCLUSION = SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Confirmed advanced solid tumor or hematologic malignancy",  # NCT01949545
         "You have confirmed advanced solid tumor or blood cancer."),
        ("Confirmed RSV infection", "You have confirmed respiratory syncytial virus (RSV) infection."),  # NCT01065935
        ("Confirmed K-RAS mutant tumor", "You have confirmed K-RAS mutant tumor."),  # NCT01032291
        (  # NCT02370498
            "Confirmed metastatic or locally advanced, unresectable disease (by computed tomography [CT] scan or"
            " clinical evidence)",
            "You have confirmed metastatic or locally advanced, unresectable disease (by CT scan or clinical"
            " evidence).",
        ),
    ],
)
def test_a_confirmed_condition_is_the_readers(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    "source",
    [
        "Confirmed hemoglobin < 8.5 g/dL",  # NCT01995266: a value, the lab rules' to say
        "Confirmed positive test for hepatitis B or hepatitis C",  # NCT02446899: a result
        "Confirmed or suspected cases of SARS-CoV-2 Infection.",  # NCT05365724: "or" after the word
        "Confirmed diagnosis for Dravet Syndrome or Lennox Gastaut Syndrome",  # a diagnosis
    ],
)
def test_values_results_and_diagnoses_keep_their_words(source: str) -> None:
    assert not said(source, EXCLUSION).startswith("You have confirmed")
