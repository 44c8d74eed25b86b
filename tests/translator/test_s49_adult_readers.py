"""An inclusion's "Adult patients" with their age and what describes them, put to the reader: "You are an adult (18
years or older) with …", a "who" clause said of one. Corpus and Chia criteria; shapes left alone keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_reader_adults import adult_reader_edits

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Adult patients (≥18 years) with biopsy proven duodenal neuroendocrine tumors (DNETs)",
            "You are an adult (18 years or older) with biopsy proven duodenal neuroendocrine tumors (DNETs).",
        ),
        (
            "Adult patients ≥ 19 years of age who are able to freely provide informed consent",
            "You are an adult 19 years or older who is able to freely give informed consent.",
        ),
        (
            "Adult patients > 18 years who need a CF-LVAD due to advanced heart failure.",
            "You are an adult older than 18 years who needs a CF-LVAD due to advanced heart failure.",
        ),
        (
            "Adult subjects (18-64 years) with a diagnosis of primary insomnia.",
            "You are an adult (18 to 64 years old) with a diagnosis of primary insomnia.",
        ),
        # the age alone keeps offline_diagnosis_openings' comma
        ("Adults 18 years or older", "You are an adult, 18 years or older."),
    ],
)
def test_said_to_the_reader(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # a verb of the sentence's own
        ("Adult patients (>18 years of age) who are undergoing elective total knee arthroplasty will be included in "
         "the study.", INC),
        # more people than the reader
        ("Adult patients aged (>18), males and females, undergoing elective coronary artery bypass graft surgery", INC),
        # the rest is elsewhere
        ("adult patients aged = 55 years with", INC),
        # an exclusion's adults are who is excluded, said by other rules
        ("Adults 61 years old and above with heart failure", EXC),
    ],
)
def test_left_alone(source: str, kind: SectionKind) -> None:
    assert adult_reader_edits(source, kind, None) == []
