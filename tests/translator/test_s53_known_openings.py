"""'Known X' reads "You are known to have X", not "You have known X" (the verb "have known"); a window inside an
aside that says how a condition is found is the test's, and leaves "You have X" (not "You have had X")."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        ("Known brain metastases", "You are known to have brain metastases."),
        ("Known CNS lymphoma or leukemia.", "You are known to have central nervous system (CNS) lymphoma or leukemia."),
        (
            "Known human immunodeficiency virus (HIV) infection or active hepatitis B or C infection.",
            "You are known to have HIV infection or active hepatitis B or C infection.",
        ),
        # "known or suspected" qualifies the condition, not the reader: the old reading stays
        ("Known or suspected amyloidosis of any organ", "You have known or suspected amyloidosis of any organ."),
        # a countable thing keeps its article after the longer verb
        (
            "Known allergy or intolerance to Bupivacaine or Ropivacaine",
            "You are known to have an allergy or intolerance to Bupivacaine or Ropivacaine.",
        ),
        ("Known brain tumor", "You are known to have a brain tumor."),
        # "Any known X": the verb says "known", the "any" stays with the thing
        ("Any known cause for a secondary thrombocytosis", "You are known to have any cause for a secondary "
         "thrombocytosis."),
        # the other state words keep "You have …"
        ("Active hepatitis B infection", "You have active hepatitis B infection."),
    ],
)
def test_known_condition_opening(source: str, bullet: str) -> None:
    assert said(source, EXC) == bullet


def test_a_window_in_a_finding_aside_is_the_tests() -> None:
    source = (
        "Pulmonary fibrosis or interstitial pneumonia (to be confirmed by chest X-ray within 28 days before "
        "enrollment)."
    )
    assert said(source, EXC) == (
        "You have pulmonary fibrosis or interstitial pneumonia (to be confirmed by chest X-ray within 28 days before "
        "joining the study)."
    )


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        # a window that is the condition's own, in an aside or not, still says it may be over
        ("Myocardial infarction (within 6 months before enrollment)", "You have had a heart attack (within 6 months "
         "before joining the study)."),
        ("Stroke within 6 months prior to enrollment", "You have had a stroke in the 6 months before joining the "
         "study."),
    ],
)
def test_a_conditions_own_window_keeps_have_had(source: str, bullet: str) -> None:
    assert said(source, EXC) == bullet
