"""checks-49 (para51): the new held-out paraphrases that drew a false error out of sample, each with a wrong version
the checks still fault.

Each case quotes its source criterion (NCT id and criterion id in a comment, or the shape of one), the faithful wording
of the held-out file (evals/data/paraphrases_heldout.jsonl), which must pass, and a wrong version (a number, a bound or
a window changed, a negation added or dropped), which must still be faulted."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

# NCT00867451 I6
CUTOFF = ("Presence of Significant Sleep Problems: Assessed through clinical history and a commonly used parent-report "
          "of children's sleep habits. A cut-off score of or greater than 41 on the Children's Sleep Habits "
          "Questionnaire (CSHQ) will be used.")
CUTOFF_SAID = ("The child has significant sleep problems, judged from the clinical history and a commonly used parent "
               "questionnaire on children's sleep habits: a score of 41 or higher on the Children's Sleep Habits "
               "Questionnaire (CSHQ) is the cut-off.")
# NCT01217957 E1 (the lead-in alone: its items are the case's other bullets)
ENROLLED = "Patients meeting any of the following exclusion criteria are not to be enrolled in the study:"
# NCT02482441 E1, in the shape of an item of its own
PARTICIPATION = "Subjects with uncontrolled seizures will not be eligible for participation in the study."


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # "of or greater than 41" is "of 41 or greater", the number said once after its bound
    (CUTOFF, CUTOFF_SAID, CUTOFF_SAID.replace("41 or higher", "more than 41"), INC),
    (CUTOFF, CUTOFF_SAID, CUTOFF_SAID.replace("41 or higher", "40 or higher"), INC),
    # "are not to be enrolled" refuses; it lets no group in
    (ENROLLED, "Any of the following applies to you:", "Any of the following applies to you, unless you are enrolled:",
     EXC),
    (ENROLLED.replace("following exclusion criteria", "following exclusion criteria, who are not on dialysis,"),
     "Any of the following applies to you, and you are not on dialysis:", "Any of the following applies to you:", EXC),
    # "will not be eligible for participation in the study" is the section's verdict, not a negated fact
    (PARTICIPATION, "You have uncontrolled seizures.", "You do not have uncontrolled seizures.", EXC),
    (PARTICIPATION.replace("with uncontrolled", "without controlled"), "You do not have controlled seizures.",
     "You have controlled seizures.", EXC),
])
def test_faithful_wording_passes_and_wrong_one_is_caught(source: str, faithful: str, wrong: str,
                                                        kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, wrong, kind) != []
