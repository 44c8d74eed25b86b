"""Facts Chia annotates that the extractor used to miss, each pinned on the real criterion of a corpus record.

Every rule here was chosen on the Chia trials whose NCT number ends in an even digit and checked on the odd
half (see evals/chia.py), so that it is a general rule and not a fit to one trial.
"""

from __future__ import annotations

from tests.translator.test_fact_leftovers import criterion, judge, keys
from translator.fidelity import errors


def test_spirometry_after_a_bronchodilator_is_a_time_fact() -> None:
    # A threshold on the reading after the bronchodilator is not one on the reading before it.
    text = criterion("NCT00393458", "Post-bronchodilator forced expiratory volume")
    assert "temporal|||||after|bronchodilator" in keys(text)
    assert "value|<||80|%||" in keys(text)


def test_spirometry_before_a_bronchodilator_is_a_time_fact() -> None:
    text = criterion("NCT00411814", "Pre-bronchodilator FEV1 >70%")
    assert "temporal|||||before|bronchodilator" in keys(text)
    # The drug named in its place ("pre-albuterol (salbutamol)") reads the same.
    assert "temporal|||||before|bronchodilator" in keys(criterion("NCT00452699", "A pre-albuterol (salbutamol) FEV1"))


def test_post_albuterol_salbutamol_is_one_fact() -> None:
    text = "Subjects with a measured post-albuterol/salbutamol FEV1 >=50 and <=70% of predicted normal values"
    assert keys(text).count("temporal|||||after|bronchodilator") == 1


def test_a_bullet_that_swaps_before_and_after_the_bronchodilator_is_flagged() -> None:
    source = criterion("NCT00393458", "Post-bronchodilator forced expiratory volume")
    kept = source.replace("Post-bronchodilator", "Your post-bronchodilator")
    swapped = source.replace("Post-bronchodilator", "Your pre-bronchodilator")
    assert errors(judge(source, kept)) == []
    assert errors(judge(source, swapped))
