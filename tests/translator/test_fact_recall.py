"""Facts Chia annotates that the extractor used to miss, each pinned on the real criterion of a corpus record.

Every rule here was chosen on the Chia trials whose NCT number ends in an even digit and checked on the odd
half (see evals/chia.py), so that it is a general rule and not a fit to one trial.
"""

from __future__ import annotations

from tests.translator.test_fact_leftovers import criterion, judge, keys
from translator.facts import FactKind, extract_facts
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


def negation_cues(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.cue) for f in extract_facts(text) if f.kind is FactKind.NEGATION]


def test_a_carve_out_said_as_a_permission_is_a_negation_cue() -> None:
    # Like "except", "X is allowed" takes cases out of what a criterion rules out (or in).
    assert ("is allowed", "allowed") in negation_cues(criterion("NCT04603807", "Prior radiotherapy is allowed"))
    assert ("is acceptable", "allowed") in negation_cues(criterion("NCT00703638", "is acceptable if liver"))
    assert ("are allowed", "allowed") in negation_cues(criterion("NCT02478125", "are allowed provided"))
    # A prohibition is no carve-out: its "No" is the cue.
    assert negation_cues(criterion("NCT00758693", "No prior therapy for CLL is allowed")) == [("No", "no")]


def test_a_bullet_that_loses_a_permission_is_flagged() -> None:
    source = criterion("NCT04603807", "Prior radiotherapy is allowed")
    assert errors(judge(source, "Past radiation therapy is allowed if more than 14 days have passed between the end "
                                "of treatment and randomization.")) == []
    # Said to the reader as what they may have done, the permission is kept.
    assert errors(judge(source, "You may have had radiation therapy in the past, as long as more than 14 days passed "
                                "between the end of that treatment and randomization.")) == []
    lost = judge(source, "You have had radiation therapy in the past, and more than 14 days passed between the end "
                         "of that treatment and randomization.")
    assert [f.check for f in errors(lost)] == ["negation_dropped"]


def test_a_permission_never_stands_for_a_lost_no() -> None:
    source = criterion("NCT00758693", "No prior therapy for CLL is allowed")
    flipped = judge(source, "Past treatment for chronic lymphocytic leukemia (CLL) is allowed. Participants may have "
                            "taken corticosteroids before but must be at least 28 days from the last dose before "
                            "joining the study.")
    assert "negation_dropped" in [f.check for f in errors(flipped)]
