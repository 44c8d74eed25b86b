"""A join turned where the source says the same pair twice, or where a negation after the join opens a phrase of its
own, or where a range's "between" stands well before (translator.fidelity_joins): each turn is found, and the
faithful wording passes."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks


@pytest.mark.parametrize(("source", "faithful", "turned", "kind"), [
    # NCT03113812 I3: the pair joined twice, once turned
    ("Severity of Alzheimer's disease (AD) assessed as mild or moderate using the Mini Mental State Examination "
     "(MMSE) scale. Mild or moderate AD was confirmed if the MMSE score varied between 15 and 26.",
     "Severity of Alzheimer's disease (AD) checked as mild or moderate using the Mini Mental State Examination (MMSE) "
     "scale. Mild or moderate AD was confirmed if the MMSE score varied 15 to 26.",
     "Severity of Alzheimer's disease (AD) checked as mild or moderate using the Mini Mental State Examination (MMSE) "
     "scale. Mild and moderate AD was confirmed if the MMSE score varied 15 to 26.", INC),
    # NCT03353753 E13: "free of" after the join is no negation over it
    ("Following major surgeries, >4 weeks prior to the first dose of study drug, all surgical wounds must be healed "
     "and free of infection or dehiscence.",
     "After major surgery more than 4 weeks before the first dose of study drug, all surgical wounds must be healed "
     "and free of infection or dehiscence.",
     "After major surgery more than 4 weeks before the first dose of study drug, all surgical wounds must be healed "
     "or free of infection or dehiscence.", INC),
    # NCT01088191 E6: "but not limited to" negates nothing
    ("Acute or chronic infectious disease, including but not limited to human immunodeficiency virus (HIV);",
     "You have acute or chronic infectious disease. This includes HIV.",
     "You have acute and chronic infectious disease. This includes HIV.", EXC),
    # NCT02307682 I5: the range's "between" is over "78 and 23", not "Screening and Baseline"
    ("Best Corrected Visual Acuity (BCVA) between 78 and 23 letters, inclusive, in the study eye at Screening and "
     "Baseline using Early Treatment Diabetic Retinopathy Study (ETDRS) testing.",
     "Your best corrected visual acuity (BCVA) is 78 to 23 letters, inclusive, in the study eye at Screening and "
     "Baseline using Early Treatment Diabetic Retinopathy Study (ETDRS) testing.",
     "Your best corrected visual acuity (BCVA) is 78 to 23 letters, inclusive, in the study eye at Screening or "
     "Baseline using Early Treatment Diabetic Retinopathy Study (ETDRS) testing.", INC),
])
def test_a_turned_join_is_found_and_the_faithful_one_passes(source: str, faithful: str, turned: str,
                                                            kind: object) -> None:
    assert checks(source, faithful, kind) == []  # type: ignore[arg-type]
    assert "join_turned" in checks(source, turned, kind)  # type: ignore[arg-type]


def test_a_negated_verb_after_the_join_still_reads_either_way() -> None:
    # "A and B are not allowed": the negation is over both, either join says it
    assert "join_turned" not in checks("Warfarin and heparin are not allowed.",
                                       "You may not take warfarin or heparin.")
