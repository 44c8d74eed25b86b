"""Readings that blocked a faithful rewrite (session 57, checks33): each faithful wording now passes, and a real change
of the same fact is still caught.

- "at the same time" says "simultaneously" (translator.fidelity_content);
- a man's own fertility ("a man of childbearing potential") and a programme's name ("pregnancy prevention program")
  name no woman (translator.fidelity_sexes);
- "International Units Per Liter" is IU/L, "International Units (IU)/millilitre (mL)" IU/mL (translator.units);
- a body spelled out before its letters is its letters: "2010 American College of Rheumatology (ACR)/European League
  Against Rheumatism (EULAR)" is "2010 ACR/EULAR" (translator.fact_classifications, translator.fact_codes);
- "dosage/day 100 mg" holds no day 100 (translator.temporal);
- "registration on the study" is joining it, no time during it (translator.temporal);
- "Grade less than or equal to (≤) 1" is grade ≤ 1 (translator.scales); "spKt/V 1.2" has no version 1.2
  (translator.quantities);
- "will not be allowed (i.e., …)" is the prohibition "will not be allowed. This means …" is, "outside these
  limits" the "outside the following limits", and "This does not apply if" an "unless" (translator.negation);
- "the start of the study plan" is no study start, "While on IP" is while on the investigational product, "the
  course of the study treatment" is the study treatment (translator.anchors).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind


@pytest.mark.parametrize(("source", "faithful", "changed", "kind"), [
    # NCT01602952: the list item "intolerant to imatinib simultaneously" is said, its time too
    ("Ph+ CML patients who are resistant at chronic, accelerate, and acute phase, or suboptimal responsive, or "
     "intolerant to imatinib or resistant or intolerant to at least one second-generation targeted anticancer agent "
     "while being resistant, suboptimal responsive, or intolerant to imatinib simultaneously.",
     "Ph+ chronic myeloid leukemia (CML) patients who are resistant at chronic, accelerate, and acute phase, or "
     "suboptimal responsive, or intolerant to imatinib or resistant or intolerant to at least one second-generation "
     "targeted anticancer agent while being resistant, suboptimal responsive, or intolerant to imatinib at the same "
     "time.",
     "Ph+ chronic myeloid leukemia (CML) patients who are resistant at chronic, accelerate, and acute phase, or "
     "suboptimal responsive, or intolerant to imatinib or resistant or intolerant to at least one second-generation "
     "targeted anticancer agent while being resistant, suboptimal responsive, or intolerant to imatinib.", INC),
    # a man of childbearing potential
    ("Is a man of childbearing potential unwilling to use an approved, effective means of contraception according "
     "to the institution's standards.",
     "You are a man able to have children unwilling to use an approved, effective means of birth control as set by "
     "the institution's standards.",
     "You are a man able to have children willing to use an approved, effective means of birth control as set by "
     "the institution's standards.", EXC),
    ("Female and male patients MUST adhere to the guidelines of the lenalidomide pregnancy prevention program",
     "You MUST follow the guidelines of the lenalidomide pregnancy prevention program.",
     "If you are a woman, you MUST follow the guidelines of the lenalidomide pregnancy prevention program.", INC),
    # NCT02905331
    ("a serum follicle-stimulating hormone level (FSH) >40 International Units Per Liter [IU/L]",
     "Your serum follicle-stimulating hormone level (FSH) is more than 40 IU per liter [IU/L].",
     "Your serum follicle-stimulating hormone level (FSH) is more than 40 IU per mL.", INC),
    # NCT02105961 O1.6: the letters in brackets between the spelled-out unit's parts
    ("Hepatitis B: Subjects who are HBsAg positive or HBcAb positive must not have a HBV DNA level >=2000 "
     "International Units (IU)/millilitre (mL).",
     "Hepatitis B: if you test positive for HBsAg or for HBcAb, your hepatitis B virus (HBV) DNA level must not be "
     "2,000 IU/mL or more.",
     "Hepatitis B: if you test positive for HBsAg or for HBcAb, your hepatitis B virus (HBV) DNA level must not be "
     "2,000 IU/L or more.", SectionKind.OTHER),
    ("patients with rheumatoid arthritis according to 2010 ACR/EULAR criteria who have one of the following "
     "conditions:",
     "You have rheumatoid arthritis according to 2010 American College of Rheumatology (ACR)/European League Against "
     "Rheumatism (EULAR) criteria and have one of these conditions:",
     "You have rheumatoid arthritis according to 2016 American College of Rheumatology (ACR)/European League Against "
     "Rheumatism (EULAR) criteria and have one of these conditions:", INC),
    # NCT02639533: the spelled-out name starts at its letters' first letter; "Fulfill" stays the criteria's verb
    ("Fulfill ACR 2010 criteria for fibromyalgia diagnosis.",
     "Fulfill American College of Rheumatology (ACR) 2010 criteria for fibromyalgia diagnosis.",
     "Fulfill American College of Rheumatology (ACR) 2016 criteria for fibromyalgia diagnosis.", INC),
    ("Active RA according to the revised (1987) ACR criteria or EULAR/ACR (2010) criteria",
     "You have active rheumatoid arthritis (RA) as set by the revised (1987) American College of Rheumatology (ACR) "
     "criteria or European League Against Rheumatism (EULAR)/ACR (2010) criteria.",
     "You have active rheumatoid arthritis (RA) as set by the revised (1987) American College of Rheumatology (ACR) "
     "criteria or European League Against Rheumatism (EULAR)/ACR (2016) criteria.", INC),
    ("Patients with B cell CLL/SLL, age </= 85 years old, who have active disease that meets 2008 IWCLL/NCI-WG "
     "criteria to initiate treatment.",
     "You have B cell CLL/SLL, age 85 years or younger, and have active disease that meets 2008 International "
     "Workshop on Chronic Lymphocytic Leukemia (IWCLL)/NCI-WG criteria to start treatment.",
     "You have B cell CLL/SLL, age 85 years or younger, and have active disease that meets 2018 International "
     "Workshop on Chronic Lymphocytic Leukemia (IWCLL)/NCI-WG criteria to start treatment.", INC),
    ("LAM (dosage/day ≥100mg) at a stable dose for 2 weeks or longer",
     "LAM (dosage/day 100 mg or more) at a stable dose for 2 weeks or longer",
     "LAM (dosage/day 10 mg or more) at a stable dose for 2 weeks or longer", INC),
    ("Patients must give written informed consent prior to registration on the study",
     "You must give written informed consent before joining the study.",
     "You must give written informed consent after joining the study.", INC),
    ("Ha resolution to Grade less than or equal to (≤) 1 of all clinically significant toxic effects of prior "
     "chemotherapy",
     "Your clinically significant toxic effects of past chemotherapy have gone back to Grade 1 or less.",
     "Your clinically significant toxic effects of past chemotherapy have gone back to Grade 2 or less.", INC),
    ("Increases in bisphosphonate dosing will not be allowed (i.e., starting within 6 weeks or changing from every "
     "3-month to every 1-month dosing)",
     "Increases in bisphosphonate dosing will not be allowed. This means starting within 6 weeks or changing from "
     "every 3-month to every 1-month dosing.",
     "Increases in bisphosphonate dosing will be allowed. This means starting within 6 weeks or changing from "
     "every 3-month to every 1-month dosing.", INC),
    ("Prior treatment with chemotherapy for advanced disease is not permitted (prior adjuvant or neoadjuvant "
     "chemotherapy is permitted)",
     "Past treatment with chemotherapy for advanced disease is not allowed. Past adjuvant or neoadjuvant chemotherapy "
     "is allowed.",
     "Past treatment with chemotherapy for advanced disease is not allowed. Past adjuvant or neoadjuvant chemotherapy "
     "is not allowed.", INC),
    # "unless" said "This does not apply if"; the "can" of "can become pregnant" is no permission that could say the
    # exception a bullet drops (translator.fidelity_negation_counts)
    ("Females of childbearing potential, unless using contraception as detailed in the protocol or sexual abstinence",
     "You are a female who can become pregnant. This does not apply if you are using birth control as detailed in the "
     "study plan or sexual abstinence.",
     "You are a female who can become pregnant. This applies if you are using birth control as detailed in the "
     "study plan or sexual abstinence.", EXC),
    # NCT: "after start of the protocol" said "after start of the study plan": no study start either side
    ("Radiation therapy after start of the protocol will be considered as treatment failure except when given to "
     "treat pathological fractures or preexisting osteolytic lesions.",
     "Radiation treatment after start of the study plan will be considered as treatment failure except when given "
     "to treat pathological fractures or preexisting osteolytic lesions.",
     "Radiation treatment before the start of the study will be considered as treatment failure except when given "
     "to treat pathological fractures or preexisting osteolytic lesions.", INC),
    # NCT02367183: "While on IP" is while on the investigational product
    ("FCBP must have a negative pregnancy test at Screening. While on IP and for at least 28 days after the Early "
     "Termination Visit, FCBP must use 1 of the approved contraceptive options.",
     "If you are a female who can become pregnant, you must have a negative pregnancy test at Screening. While on "
     "investigational product (IP) and for at least 28 days after the Early Termination Visit, you must use 1 of the "
     "approved birth control options.",
     "If you are a female who can become pregnant, you must have a negative pregnancy test at Screening. Before "
     "investigational product (IP) and for at least 28 days after the Early Termination Visit, you must use 1 of the "
     "approved birth control options.", INC),
    # NCT02802748
    ("Major surgical procedure or significant traumatic lesion within 28 days prior to treatment allocation or "
     "anticipated need for major surgery during the course of the study treatment, except if related with the "
     "breast cancer",
     "You have had major surgery or significant traumatic lesion within 28 days before treatment allocation, or you "
     "are expected to need major surgery during the study treatment, except if related with the breast cancer.",
     "You have had major surgery or significant traumatic lesion within 28 days before treatment allocation, or you "
     "are expected to need major surgery after the study treatment, except if related with the breast cancer.", EXC),
    # "spKt/V 1.2": the V of the ratio's name is no version word (translator.quantities)
    ("Sustained Qb ≥200 ml/min and spKt/V ≥1.2 (or URR ≥ 63) on stable hemodialysis prescription during screening",
     "Sustained Qb 200 mL/min or more and spKt/V 1.2 or more (or URR 63 or more) on stable hemodialysis "
     "prescription during screening",
     "Sustained Qb 200 mL/min or more and spKt/V 1.1 or more (or URR 63 or more) on stable hemodialysis "
     "prescription during screening", INC),
    ("Results of laboratory tests conducted during Screening that are outside the following limits:",
     "Results of lab tests conducted during Screening that are outside these limits:",
     "Results of lab tests conducted during Screening that are within these limits:", EXC),
])
def test_faithful_reading_passes_and_change_is_caught(source: str, faithful: str, changed: str,
                                                     kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, changed, kind) != []
