"""A score named "(SES-CD)" is no cell marker: its value after the bracket stays a value (the marker rule of
checks-49 first read "(SES-CD) 4" as the marker CD4, and the offline rewrite of NCT02367183 fell back a level)."""

from __future__ import annotations

from tests.translator.test_fidelity_false_alarms6 import INC, checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind

# NCT02367183 I3
SES_CD = ("Simple Endoscopic Score for Crohn's Disease (SES-CD) score ≥ 7 at screening. Subjects with ileitis only "
          "will require Simple Endoscopic Score for Crohn's Disease (SES-CD) ≥ 4")
SES_CD_SAID = ("Your Simple Endoscopic Score for Crohn's Disease (SES-CD) is 7 or more at screening. If you have "
               "ileitis only, your SES-CD must be 4 or more.")


def test_a_score_named_after_a_hyphen_keeps_its_value() -> None:
    assert checks(SES_CD, SES_CD_SAID, INC) == []
    assert checks(SES_CD, SES_CD_SAID.replace("4 or more", "3 or more"), INC)
    assert checks(SES_CD, SES_CD_SAID.replace("must be 4 or more", "must be 4 or less"), INC)
    plain = said(SES_CD, SectionKind.INCLUSION)
    assert "4 or more" in plain and "≥" not in plain, plain


def test_a_cell_marker_still_names_its_number() -> None:
    source = "CD4 count > 200 cells/mm3 and anti-CD20 therapy within 6 months"
    faithful = "Your CD4 count is above 200 cells/mm3 and you had anti-CD20 therapy within 6 months."
    assert checks(source, faithful, INC) == []
    assert checks(source, faithful.replace("anti-CD20", "anti-CD19"), INC)
    assert checks(source, faithful.replace("CD4 count", "CD8 count"), INC)
