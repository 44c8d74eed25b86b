"""Faithful wordings of held-out paraphrases that the checks used to fault, accepted now, and the same bullets with
a fact changed still faulted:

- "38+6 weeks" is 38 weeks and 6 days: the 6 takes no unit, however the brackets fall ("(37 - 38+6) weeks")
  (translator.quantities);
- "status epilepticus (a seizure that does not stop)": a bracket that defines a source term says no negation of the
  criterion's (translator.fidelity_negation_meanings);
- "en-bloc" said "in one piece", "unilateral" "on one side": a word that means one (translator.fidelity_counted);
- "Non-singleton pregnancies" said "more than one baby (not a singleton pregnancy)" (translator.fact_word_values,
  translator.fidelity_counted);
- a year named apart from a spelled-out system ("World Health Organization classification of 2016") is the
  edition "WHO 2016" (translator.fidelity_restated.named_editions).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # NCT04780412 I3
    ("Elective caesarian section at (37 - 38+6) weeks of gestation.",
     "You are having a planned (elective) caesarean section at 37 to 38+6 weeks of pregnancy.",
     "You are having a planned (elective) caesarean section at 37 to 39+6 weeks of pregnancy.", INC),
    # NCT00596466 E1
    ("Early withdrawal from the previous protocol, an episode of status epliepticus, or primary generalized epilepsy.",
     "You left the previous study early, you have had an episode of status epilepticus (a seizure that does not stop),"
     " or you have primary generalized epilepsy.",
     "You left the previous study early, you have not had an episode of status epilepticus (a seizure that does not"
     " stop), or you have primary generalized epilepsy.", EXC),
    ("No history of status epilepticus.",
     "You have never had status epilepticus (a seizure that does not stop).",
     "You have had status epilepticus (a seizure that does not stop).", INC),
    # NCT04809324 I1
    ("Biopsy proven treatment naïve cases of OCSCC who are planned for curative surgery with en-bloc removal of the "
     "tumor with adequate margin",
     "You have oral cavity squamous cell carcinoma (OCSCC) proven by biopsy, you have not been treated for it, and you "
     "are planned for surgery aimed at cure, with the tumor removed in one piece (en-bloc) with adequate margins.",
     "You have oral cavity squamous cell carcinoma (OCSCC) proven by biopsy, you have not been treated for it, and you "
     "are planned for surgery aimed at cure, with the tumor removed in two pieces (en-bloc) with adequate margins.",
     INC),
    ("Unilateral disease", "You have disease on one side (unilateral).", "You have disease on 2 sides (unilateral).",
     INC),
    # NCT04780412 E4
    ("Non-singleton pregnancies.", "You are pregnant with more than one baby (not a singleton pregnancy).",
     "You are pregnant with one baby (a singleton pregnancy).", EXC),
    ("diagnosed according to the World Health Organization classification of 2016",
     "Your diagnosis follows the 2016 WHO classification.", "Your diagnosis follows the 2008 WHO classification.", INC),
])
def test_faithful_passes_and_wrong_is_flagged(source: str, faithful: str, wrong: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, wrong, kind) != []


@pytest.mark.parametrize(("source", "faithful", "kind"), [
    # NCT00768053: "the laboratory's upper limit of normal" is ULN, as "the lab's" is
    ("ALT greater than 2 times the laboratory's upper limit of normal.",
     "Your ALT is more than 2 times the lab's upper limit of normal.", EXC),
    # NCT02206100: "initiation of screening" is screening, as "the start of screening" is
    ("Subjects must sign consent prior to initiation of screening or study related activities.",
     "You must sign consent before the start of screening or study related activities.", INC),
    # NCT01031108: a long bracket that says the source's own bracket again is no definition of a term; its "no"
    # is the source's
    ("Female subjects of child-bearing potential, willing to use reliable contraception for the duration of the study"
     " (a female of child-bearing potential is defined as any female with functioning ovaries and no documented"
     " impairment of oviductal or uterine function that would cause sterility)",
     "Female subjects able to get pregnant, willing to use reliable birth control for the length of the study (a"
     " female who can get pregnant means any female with functioning ovaries and no recorded impairment of oviductal"
     " or uterine function that would cause sterility)", INC),
])
def test_offline_wordings_the_merged_checks_faulted(source: str, faithful: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []


def test_a_bracket_that_negates_is_no_definition() -> None:
    # "(not a seizure that stops)" opens on its cue: it says a negation, it defines nothing
    bullet = ("You left the previous study early, you have had an episode of status epilepticus (not a seizure that"
              " stops), or you have primary generalized epilepsy.")
    source = ("Early withdrawal from the previous protocol, an episode of status epliepticus, or primary generalized"
              " epilepsy.")
    assert "negation_added" in checks(source, bullet, EXC)


def test_one_is_still_invented_where_no_word_means_one() -> None:
    assert "fact_invented" in checks("Planned for removal of the tumor", "The tumor is removed in one piece.", INC)
