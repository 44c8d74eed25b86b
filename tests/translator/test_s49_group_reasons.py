"""An exclusion that rules out a group for a reason about the group: the condition is the reader's, the verdict and
its reason stay the group's ("You have known brain metastases. Such patients should be excluded … because of their
poor prognosis …"). Corpus criteria; the shapes left alone keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_reader_group_reasons import group_reason_edits

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION

_REASON = (
    "because of their poor prognosis and because they often develop progressive neurologic dysfunction that would "
    "confound the evaluation of neurologic and other adverse events."
)


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            f"Patients with known brain metastases should be excluded from this clinical trial {_REASON}",
            f"You have known brain metastases. Such patients should be excluded from this clinical trial {_REASON}",
        ),
        (
            f"Participants with known active CNS involvement by lymphoma should be excluded from this clinical trial "
            f"{_REASON}",
            "You have known active central nervous system (CNS) involvement by lymphoma. Such participants should be "
            f"excluded from this clinical trial {_REASON}",
        ),
        (
            f"Patients with known and untreated or progressing brain metastases are excluded from this clinical trial "
            f"{_REASON}",
            "You have known and untreated or progressing brain metastases. Such patients are excluded from this "
            f"clinical trial {_REASON}",
        ),
    ],
)
def test_condition_said_to_the_reader_reason_kept(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # an inclusion's verdict is no exclusion of the reader
        ("Patients with known brain metastases should be excluded from this clinical trial because of their poor "
         "prognosis", INC),
        # a clause of its own in the condition
        ("Patients with brain metastases who are symptomatic should be excluded because of their poor prognosis", EXC),
        # no reason about the group: the other rules' ("You have diabetes.")
        ("Patients with diabetes will be excluded.", EXC),
        # a second sentence may speak of "they" again
        ("Patients with known brain metastases will be excluded because of their poor prognosis. They may be "
         "enrolled later.", EXC),
    ],
)
def test_left_alone(source: str, kind: SectionKind) -> None:
    assert group_reason_edits(source, kind) == []
