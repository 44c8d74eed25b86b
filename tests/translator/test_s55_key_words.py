"""Key words a list item takes with it (translator.fidelity_key_words): "life threatening", "immunosuppressive",
"helminth", "ultrasound", "arrhythmias", "neurologic", "distribution" (of a drug), "maximum tolerated", "nuclear
medicine", "surgically removed". Each is found when its item is left out, and passes when said in a plain wording."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

ABSSSI = ("Known or suspected infections that are severe, life threatening or are not included in the ABSSSI Food and "
          "Drug Administration (FDA) guidance")
NEPHRO = ("No concurrent loop diuretics, aminoglycosides, other nephrotoxic drugs, immunosuppressive drugs, or other "
          "investigational agents")
ADME = "Any conditions known to interfere with the absorption, distribution, metabolism or excretion of drugs;"
METFORMIN = ("Stable daily dose of metformin as monotherapy equal to or above 1500 mg or maximum tolerated dose within "
             "60 days prior to the screening visit")


@pytest.mark.parametrize(("source", "faithful", "lost", "kind"), [
    # the paraphrases of Chia's planted clause_dropped misses, and the bullets with the item cut
    (ABSSSI,
     "You have, or may have, an infection that is severe or life-threatening, or an infection that the FDA (Food and "
     "Drug Administration) guidance on ABSSSI does not include.",
     "You have, or may have, an infection that is severe, or an infection that the FDA (Food and Drug Administration) "
     "guidance on ABSSSI does not include.", EXC),
    (NEPHRO,
     "You are not taking, at the same time, loop diuretics, aminoglycosides, other drugs that can harm the kidneys, "
     "immunosuppressive drugs, or other investigational agents.",
     "You are not taking, at the same time, loop diuretics, aminoglycosides, other drugs that can harm the kidneys, or "
     "other investigational agents.", EXC),
    (ADME,
     "You have any condition known to interfere with how the body absorbs, distributes, breaks down (metabolism) or "
     "gets rid of (excretion) drugs.",
     "You have any condition known to interfere with how the body absorbs, breaks down (metabolism) or gets rid of "
     "(excretion) drugs.", EXC),
    (METFORMIN,
     "In the 60 days before the screening visit, you have been on a steady daily dose of metformin alone, of 1500 mg "
     "or more or the highest dose you can tolerate.",
     "In the 60 days before the screening visit, you have been on a steady daily dose of metformin alone, of 1500 mg "
     "or more.", INC),
    # NCT02138136 (paraphrase409): "neurologic or psychiatric disorder" said as "mental health disorder"
    ("Has significant change in medical status, newly diagnosed and uncontrolled cardiovascular, liver or lung "
     "disease, neurologic or psychiatric disorder, or other systemic disease",
     "Your medical status has changed significantly, or you have a newly diagnosed and uncontrolled heart, liver or "
     "lung disease, nerve or mental health disorder, or another systemic disease.",
     "Your medical status has changed significantly, or you have a newly diagnosed and uncontrolled heart, liver or "
     "lung disease or mental health disorder, or another systemic disease.", EXC),
    ("Severe, uncontrolled ventricular arrhythmias",
     "You have severe ventricular arrhythmias (irregular heartbeats) that are not under control.",
     "You have severe ventricular problems that are not under control.", EXC),
    ("Absence of hepatocellular carcinoma as indicated by an abdominal ultrasound scan during screening.",
     "An ultrasound scan of your belly during screening shows no liver cancer (hepatocellular carcinoma).",
     "An exam of your belly during screening shows no liver cancer (hepatocellular carcinoma).", INC),
])
def test_the_key_word_is_kept(source: str, faithful: str, lost: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert "content_missing" in checks(source, lost, kind)


@pytest.mark.parametrize(("source", "faithful"), [
    # "changes in rhythm" is no arrhythmia; "drugs that weaken the immune system" say "immunosuppressive"
    ("Use of immunosuppressive medication, such as systemic corticosteroids or chemotherapy, or immunosuppressive "
     "diseases.",
     "You use medicine that weakens the immune system, such as whole-body (systemic) corticosteroids or chemotherapy, "
     "or you have a disease that weakens the immune system."),
    ("Life-threatening illness or organ system dysfunction compromising safety evaluation",
     "You have an illness that could kill you (life-threatening), or an organ system problem, that would get in the "
     "way of checking safety."),
])
def test_plain_wordings_pass(source: str, faithful: str) -> None:
    assert checks(source, faithful, EXC) == []
