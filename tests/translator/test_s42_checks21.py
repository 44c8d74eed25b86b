"""checks21: list items left out that the checks missed (clause_dropped mutations), and faithful rewordings of the
same criteria that must stay silent."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

BLOOD = ("Subjects with known intolerance to blood products or to one of the components of the study product or is "
         "unwilling to receive blood products;")
IRON = ("Subject who has received prior to screening: / Within 8 weeks intramuscular or intravenous (IV) iron or "
        "administration of depot iron preparation / Within 2 weeks a blood transfusion / Oral iron supplementation, "
        "taken specifically to treat anaemia, within the previous 4 weeks (Over the Counter (OTC) multivitamins "
        "containing iron are permitted)")
IRON_TAIL = (" / Within 2 weeks a blood transfusion / Oral iron supplementation, taken specifically to treat anaemia, "
             "within the past 4 weeks (Over the Counter (OTC) multivitamins containing iron are allowed)")
GDM = "Meet or exceed the threshold for GDM as determined by the CHW-delivered fasting OGTT"
GDM_TEST = "A fasting glucose tolerance test (OGTT) given by a community health worker (CHW) shows your result "


@pytest.mark.parametrize(("source", "lost", "kind"), [
    # NCT02227992 E1: the neighbour after the item said otherwise ("receive" as "get") stands in the gap
    (BLOOD, "Subjects with known intolerance to blood products or is unwilling to get blood products", EXC),
    # NCT02680756 E2: "administration" said as "use", in the gap where "intravenous (IV) iron" stood
    (IRON, "You have received before screening: / Within 8 weeks intramuscular or use of depot iron preparation"
     + IRON_TAIL, EXC),
    # NCT06209411 I1.4 (paraphrase46): "meet or exceed" is an open end; "your result meets." lost it
    (GDM, GDM_TEST + "meets.", INC),
])
def test_left_out_items_are_reported(source: str, lost: str, kind: SectionKind) -> None:
    assert "content_missing" in checks(source, lost, kind)


@pytest.mark.parametrize(("source", "faithful", "kind"), [
    (BLOOD, "You have a known intolerance to blood products or to any part of the study product, or you are "
     "unwilling to get blood products.", EXC),
    (BLOOD, "You are known to react badly to blood products or to one of the components of the study product, or "
     "you are unwilling to get blood products.", EXC),
    (BLOOD, "Known intolerance to blood products or to one of the components of the study product or is unwilling "
     "to receive blood products", EXC),
    (IRON, "You have received before screening: / Within 8 weeks intramuscular or intravenous (IV) iron or use of "
     "depot iron preparation" + IRON_TAIL, EXC),
    (IRON, "You have had before screening: / Within 8 weeks intramuscular or intravenous (IV) iron, or you got a "
     "depot iron preparation" + IRON_TAIL, EXC),
    (GDM, GDM_TEST + "meets or is above the cut-off for diabetes in pregnancy (GDM).", INC),
    (GDM, "Your result on the fasting OGTT given by the CHW meets or goes over the cut-off for GDM.", INC),
    (GDM, "Your result on the fasting OGTT given by the CHW reaches the cut-off for GDM or is higher.", INC),
    (GDM, "You meet or exceed the threshold for GDM as determined by the CHW-delivered fasting OGTT.", INC),
])
def test_faithful_rewordings_stay_silent(source: str, faithful: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
