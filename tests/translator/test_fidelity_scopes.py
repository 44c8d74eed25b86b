"""Each negated scope of the source needs a negation in the bullet's matching scope, also where the bullet says one
negation twice in other words and so keeps the source's count while a scope has lost its cue."""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import criterion, judge
from translator.fidelity import errors


def _checks(source: str, bullet: str) -> list[str]:
    return sorted({f.check for f in errors(judge(source, bullet))})


_BREATH = ("You cannot, or are expected not to be able to, complete the breath sampling, for example because of "
           "breathing too fast or too slowly (hyper- or hypoventilation), respiratory failure, or fear of closed "
           "spaces (claustrophobia) when wearing the sampling mask.")


def test_an_elided_alternative_that_lost_its_cue_before_one_that_keeps_it_is_caught() -> None:
    # Paraphrase 74 (NCT04602871 E1.2): "cannot" and "not … able to" say the source's one "inability" twice; the
    # first dropped ("You can, or are expected not to be able to, complete") left the count at one.
    source = criterion("NCT04602871", "(Anticipated) inability to complete breath")
    assert _checks(source, _BREATH) == []
    assert _checks(source, _BREATH.replace("You cannot", "You can")) == ["negation_dropped"]
    assert _checks(source, _BREATH.replace("You cannot", "You could")) == ["negation_dropped"]


_CLOTS = "No history of venous thrombosis, pulmonary embolism, or hypercoagulopathy syndrome"


@pytest.mark.parametrize("bullet", [
    "You have never had a blood clot in a vein (venous thrombosis), a blood clot in the lungs (pulmonary embolism) or "
    "a condition that makes your blood clot too easily (hypercoagulopathy syndrome).",
    "You have never had venous thrombosis or pulmonary embolism, and you do not have hypercoagulopathy syndrome.",
    "You have not had venous thrombosis, pulmonary embolism, or hypercoagulopathy syndrome. Pulmonary embolism is a "
    "blood clot in the lungs.",
    "You have a history of smoking but have never had venous thrombosis, pulmonary embolism or hypercoagulopathy "
    "syndrome.",
])
def test_every_item_of_a_negated_list_in_a_negated_clause_is_faithful(bullet: str) -> None:
    assert _checks(criterion("NCT00698815", _CLOTS), bullet) == []


@pytest.mark.parametrize("bullet", [
    # The item said in a sentence of its own, or across "but", where the count and the clause's frame miss it.
    "You have never had venous thrombosis or pulmonary embolism. You have hypercoagulopathy syndrome.",
    "You have hypercoagulopathy syndrome but have never had venous thrombosis or pulmonary embolism.",
    "You have had venous thrombosis, but no pulmonary embolism or hypercoagulopathy syndrome.",
    # Said twice in other words ("never", "do not"), one clause of the list keeps the count and drops the scope.
    "You have never had venous thrombosis. You do not have pulmonary embolism. You had hypercoagulopathy syndrome.",
])
def test_an_item_of_a_negated_list_said_only_outside_a_negated_clause_is_caught(bullet: str) -> None:
    assert _checks(criterion("NCT00698815", _CLOTS), bullet) == ["negation_dropped"]


_PRESSURE = ("Uncontrolled hypertension defined as systolic blood pressure > 150 mmHg or diastolic pressure > 90 mmHg, "
             "despite optimal medical management.")
_MEANS = ("You have uncontrolled hypertension. This means systolic blood pressure more than 150 mmHg or diastolic "
          "pressure more than 90 mmHg, despite optimal medical management.")


def test_a_sentence_that_says_more_of_a_negated_clause_is_under_its_negation() -> None:
    # NCT00375310 E13, the offline rewrite: "This means …" goes on with the clause before it; its items lost nothing.
    assert _checks(_PRESSURE, _MEANS) == []
    # …and repeats no negation: one added before it is still an added one.
    assert _checks(_PRESSURE, _MEANS.replace("You have", "You do not have")) == ["negation_added"]
    clots = criterion("NCT00698815", _CLOTS)
    assert _checks(clots, "You have never had venous thrombosis. This includes a blood clot in a vein. You have "
                          "pulmonary embolism or hypercoagulopathy syndrome.") == ["negation_dropped"]


# NCT02393209 E11: a "not" added before "unless" is no repeat of the exception's own "not"s over a list.
_METASTASES = ("Has brain metastasis, unless has completed definitive therapy, is not on steroids, and does not have "
               "neurologic dysfunction")
_UNLESS = ("You have brain metastasis, unless you have completed definitive therapy, are not on steroids, and do not "
           "have neurologic dysfunction.")


def test_a_negation_added_before_an_exception_is_no_repeat_of_the_exceptions_own() -> None:
    assert _checks(_METASTASES, _UNLESS) == []
    assert _checks(_METASTASES, _UNLESS.replace("You have", "You do not have")) == ["negation_added"]
