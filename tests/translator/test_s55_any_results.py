"""Session 55, words32: an exclusion's "Any laboratory value …" or "Any finding of the medical examination …" put to
the reader as "You have any …", the source's words after it kept (translator.offline_any_results). Real corpus text;
near cases keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

EXCLUSION = SectionKind.EXCLUSION
INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT02758171 and 6 more records
            "Any laboratory value outside the reference range that the investigator considers to be of clinical"
            " relevance",
            "You have any lab value outside the reference range that the study doctor considers to be of clinical"
            " relevance.",
        ),
        (  # NCT01145014, NCT02172131
            "Any finding of the medical examination (including BP, PR, and ECG measurements) deviating from normal and"
            " of clinical relevance",
            "You have any finding of the medical exam (including BP, PR, and ECG measurements) deviating from normal"
            " and of clinical relevance.",
        ),
        (  # NCT01363349
            "Any abnormal clinical laboratory test result that is judged by the Investigator to be clinically"
            " significant",
            "You have any abnormal clinical lab test result that is judged by the study doctor to be medically"
            " important.",
        ),
        (  # NCT02911597: adjectives before the result, and where it was found
            "Any other clinically significant abnormal laboratory result at the time of the screening exam.",
            "You have any other medically important abnormal lab result at the screening exam.",
        ),
        (  # NCT02387359
            "Any laboratory value > 3X ULN unless discussed and approved by the study Medical Monitor",
            "You have any lab value more than 3 times the upper limit of normal unless discussed and approved by the"
            " study Medical Monitor.",
        ),
    ],
)
def test_a_result_of_the_readers_tests_is_had(source: str, plain: str) -> None:
    assert said(source, EXCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # a verb of its own after the finding's place: "You have any finding … is deviating" is no sentence
        (
            "Any finding in the medical examination (including BP, PR or ECG) is deviating from normal and judged as"
            " clinically relevant by the investigator",
            EXCLUSION,
        ),
        ("Any of the following findings at Visit 1:", EXCLUSION),  # a list lead
        # an inclusion's "any" can be a choice
        ("Any laboratory value outside the reference range that is of clinical relevance", INCLUSION),
        # other people in the sentence
        ("Any laboratory value in the donor outside the reference range that is of clinical relevance in patients",
         EXCLUSION),
    ],
)
def test_other_results_keep_their_words(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith("You have any")
