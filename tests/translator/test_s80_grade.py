"""Plainer offline bullets, for the reading grade, with every fact kept (session of 2026-12-07, 06:22).

An elapsed-time sentence's second clause ("and no concurrent X", "and recovered") is a sentence of its own outside an
exclusion where the joined bullet reads above grade 8 (translator.offline_since).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.readability import grade

INC, EXC, OTHER = SectionKind.INCLUSION, SectionKind.EXCLUSION, SectionKind.OTHER

# NCT00301067 I8
NONE_NOW = "More than 4 weeks since prior and no concurrent radiotherapy, chemotherapy, or immunotherapy"
# NCT00301938 I22
RECOVERED = "At least 4 weeks since prior cytotoxic chemotherapy (6 weeks for carmustine or mitomycin C) and recovered"
# NCT00098332 I12.1
SHORT = "More than 21 days since prior chemotherapy and recovered"


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            NONE_NOW,
            "It has been more than 4 weeks since any past radiation treatment, chemotherapy, or immunotherapy. "
            "You also have none at the same time.",
        ),
        (
            RECOVERED,
            "It has been at least 4 weeks since any past cytotoxic chemotherapy (6 weeks for carmustine or mitomycin "
            "C). You have also recovered.",
        ),
    ],
)
@pytest.mark.parametrize("kind", [INC, OTHER])
def test_a_long_elapsed_time_says_its_second_clause_as_a_sentence(source: str, plain: str, kind: SectionKind) -> None:
    assert said(source, kind) == plain


def test_a_short_elapsed_time_stays_one_sentence() -> None:
    # grade 7.6 joined: two sentences would read no easier
    assert said(SHORT, INC) == "It has been more than 21 days since any past chemotherapy, and you have recovered."


def test_an_exclusion_keeps_the_clause_joined() -> None:
    # under "You cannot join if…" two sentences could read as two reasons
    joined = said(RECOVERED, EXC)
    assert joined == (
        "It has been at least 4 weeks since any past cytotoxic chemotherapy (6 weeks for carmustine or mitomycin C), "
        "and you have recovered."
    )
    assert round(grade(joined), 1) == 12.4 and round(grade(said(RECOVERED, INC)), 1) == 8.4  # split outside one


@pytest.mark.parametrize(
    ("source", "wrong"),
    [
        # the time changed
        (NONE_NOW, "It has been more than 6 weeks since any past radiation treatment, chemotherapy, or immunotherapy. "
                   "You also have none at the same time."),
        # the comparator changed
        (NONE_NOW, "It has been less than 4 weeks since any past radiation treatment, chemotherapy, or immunotherapy. "
                   "You also have none at the same time."),
        # a treatment dropped from the list
        (NONE_NOW, "It has been more than 4 weeks since any past radiation treatment or immunotherapy. "
                   "You also have none at the same time."),
        # the aside's number changed
        (RECOVERED, "It has been at least 4 weeks since any past cytotoxic chemotherapy (8 weeks for carmustine or "
                    "mitomycin C). You have also recovered."),
    ],
)  # fmt: skip
def test_the_split_wording_still_faults_a_changed_fact(source: str, wrong: str) -> None:
    assert checks(source, said(source, INC), INC) == []
    assert checks(source, wrong, INC)
