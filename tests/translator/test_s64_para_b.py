"""Faithful wordings that 100 paraphrases written out of sample showed the checks faulted (checks-36), each with a
planted wrong version that is still faulted:

- a bound after a bracket that restates its amount: "8.0% (63.9 mmol/mol) or more" (translator.quantities);
- "cells/millimeter (mm^3)" is the count per cubic millimetre (translator.units);
- a range's ends said again "with 18 and 75 included" (translator.fact_ranges);
- the reader starting the treatment: "before you started study treatment" (translator.anchors);
- "when you are admitted" for "at admission" (translator.anchors);
- "at both the screening and baseline visits", "before you register on the study" (translator.temporal);
- a bracketed aside window with "or" and a comma, or in full: "(or in the 6 weeks before, for nitrosoureas)"
  (translator.temporal);
- "a man, a woman or a child" names both sexes (translator.fidelity_sexes);
- a stage's "disease" is the disease named already: "Hodgkin lymphoma at Ann Arbor stage 3 or 4" for "… Stage 3 or 4
  disease" (translator.fidelity_conditions);
- a negation said again: a clause "nor" in its own sentence, "contraindication" as "a reason not to take",
  "without medicine (unmedicated …)" (translator.fidelity_negation_counts).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

OTHER = SectionKind.OTHER

HBA1C = "Glycated haemoglobin (HbA1c) ≥ 8.0% (63.9 mmol/mol)"
PART_A = "Part A: Greater than or equal to (≥)50 percent (%)."
ANC = ("Absolute neutrophil count greater than or equal to (≥)1,000 per microliter (1,000/μL) unless there is known HL "
       "marrow involvement")
INVESTIGATIONAL = "Treatment with investigational therapy within 28 days prior to initiation of study treatment"
STEROIDS = "Stable or decreasing corticosteroid regimen (no increase for 7 days) prior to the start of treatment."
TOCA = ("Patient received chemotherapy within 2 weeks prior to initiation of treatment with Toca 511 (6 weeks for "
        "nitrosoureas).")
ADMISSION = "Need for vasopressor therapy, mechanical ventilation, extracorporal circulation, or dialysis at admission"
EASI = "Eczema Area Severity Index (EASI) score ≥16 at the screening and baseline visits"
CBC = ("Adequate end organ function CBC/differential obtained within 15 days prior to registration on study, with "
       "adequate bone marrow function defined as follows:")
SEXES = "Male or female or child without age limit"
HODGKIN = "Treatment-naïve, Hodgkin lymphoma (HL) participants with Ann Arbor Stage 3 or 4 disease."
VACCINE = ("Patients must not have received immunization with an attenuated live vaccine (e.g. intranasal influenza, "
           "MMR, oral polio, varicella, zoster, yellow fever and BCG vaccines) within seven days prior to registration "
           "nor have plans to receive such vaccination while on protocol treatment.")
VACCINE_SAID = ("You must not have had a weakened live vaccine (attenuated live vaccine), for example intranasal "
                "influenza, MMR, oral polio, varicella, zoster, yellow fever and BCG vaccines, within seven days "
                "before registration. You must also not plan to get such a vaccine {during} on protocol treatment.")
CONTRA = "Any contraindication to one or more of the following drugs, according to the applicable labeling:"
PRESSURE = ("Unmedicated intraocular pressure >20mmHg and <36mmHg in both eyes at 2 qualification visits. Both eyes "
            "had to qualify at all qualification visits")
PRESSURE_SAID = ("Your eye pressure without medicine (unmedicated intraocular pressure) is above 20 mmHg and below 36 "
                 "mmHg in both eyes at 2 qualification visits. Both eyes {had} to qualify at every qualification "
                 "visit.")


@pytest.mark.parametrize(("source", "faithful", "wrong", "check", "kind"), [
    # NCT04862663 E8.2, NCT06119581 I4.1, NCT06831370 I8.1: the bracket restates the amount; the bound is its
    (HBA1C, "Glycated haemoglobin (HbA1c) of 8.0% (63.9 mmol/mol) or more",
     "Glycated haemoglobin (HbA1c) of 8.0% (63.9 mmol/mol) or less", "fact_changed", EXC),
    (PART_A, "Part A: the level is 50 percent (%) or more.", "Part A: the level is 50 percent (%) or less.",
     "fact_changed", INC),
    (ANC, "Your absolute neutrophil count is 1,000 per microliter (1,000/μL) or more, unless Hodgkin lymphoma (HL) is "
     "known to be in your bone marrow.",
     "Your absolute neutrophil count is 1,000 per microliter (1,000/μL), unless Hodgkin lymphoma (HL) is known to be "
     "in your bone marrow.", "fact_missing", INC),
    # NCT05170204 E21, NCT02202993 I17: the reader's own start of the treatment is its first dose
    (INVESTIGATIONAL,
     "You were treated with an investigational (experimental) therapy in the 28 days before you started study "
     "treatment.",
     "You were treated with an investigational (experimental) therapy in the 28 days after you started study "
     "treatment.", "fact_changed", EXC),
    (INVESTIGATIONAL,
     "You were treated with an investigational (experimental) therapy in the 28 days before you started study "
     "treatment.",
     "You were treated with an investigational (experimental) therapy in the 28 days before you started the study.",
     "fact_changed", EXC),
    (STEROIDS,
     "Your corticosteroid dose is stable or going down (it has not been raised for 7 days) before you start "
     "treatment.",
     "Your corticosteroid dose is stable or going down (it has not been raised for 7 days) before your screening "
     "visit.", "fact_changed", INC),
    # NCT02576665 E3: the aside gives the same window for another drug, however it is worded
    (TOCA,
     "You had chemotherapy in the 2 weeks before you started treatment with Toca 511 (or in the 6 weeks before, for "
     "nitrosoureas).",
     "You had chemotherapy in the 2 weeks before you started treatment with Toca 511 (or in the 8 weeks before, for "
     "nitrosoureas).", "fact_changed", EXC),
    (TOCA,
     "You had chemotherapy in the 2 weeks before you started treatment with Toca 511 (or 6 weeks, for nitrosoureas).",
     "You had chemotherapy in the 2 weeks before you started treatment with Toca 511 (or 8 weeks, for nitrosoureas).",
     "fact_changed", EXC),
    # NCT04598620 E1: "when you are admitted" is the admission
    (ADMISSION,
     "When you are admitted, you need vasopressor therapy (medicine to raise blood pressure), mechanical ventilation "
     "(a breathing machine), extracorporeal circulation or dialysis.",
     "After you are admitted, you need vasopressor therapy (medicine to raise blood pressure), mechanical ventilation "
     "(a breathing machine), extracorporeal circulation or dialysis.", "fact_changed", EXC),
    # NCT02647086 I3: "both" before the two visits
    (EASI, "Your Eczema Area Severity Index (EASI) score is 16 or more at both the screening and baseline visits.",
     "Your Eczema Area Severity Index (EASI) score is 16 or more before both the screening and baseline visits.",
     "fact_changed", INC),
    # NCT05278052 I11: "register on the study" is joining it, no time during it
    (CBC,
     "Your organs work well enough. A complete blood count (CBC) with differential, taken within 15 days before you "
     "register on the study, shows your bone marrow works well enough, as follows:",
     "Your organs work well enough. A complete blood count (CBC) with differential, taken within 15 days after you "
     "register on the study, shows your bone marrow works well enough, as follows:", "fact_changed", INC),
    # NCT02227251 I12.2: "cells/millimeter (mm^3)" is a count per cubic millimetre
    ("Absolute neutrophil count ≥1000 cells/millimeter (mm^3) (use of granulocyte growth factors prior to and during "
     "the study is acceptable).",
     "Your absolute neutrophil count is at least 1000 cells/mm^3 (using granulocyte growth factors before and during "
     "the study is allowed).",
     "Your absolute neutrophil count is at least 1000 cells/mL (using granulocyte growth factors before and during "
     "the study is allowed).", "fact_changed", INC),
    # NCT02576665 I2: the range's ends said again "with … included" are no new numbers; another number still is
    ("Patient is between 18 and 75 years of age, inclusive.",
     "You are between 18 and 75 years old, with 18 and 75 included.",
     "You are between 18 and 75 years old, with 18 and 76 included.", "fact_invented", INC),
    # NCT04780334 I1: a list's comma pairs the sexes
    (SEXES, "You can be a man, a woman or a child, and there is no age limit.",
     "You can be a man or a child, and there is no age limit.", "sex_dropped", INC),
    # NCT06831370 I1: a stage's "disease" is the disease named already; the stage is still a fact
    (HODGKIN,
     "You have Hodgkin lymphoma (HL) at Ann Arbor stage 3 or 4, and you have not had any treatment for it yet.",
     "You have Hodgkin lymphoma (HL), and you have not had any treatment for it yet.", "fact_missing", INC),
    # NCT02385669 (a planted clause drop): "evidence of disease" is no stage's disease, and its loss is still caught
    ("Cohort 1 (Advanced Patients): unresectable stage III or IV melanoma that have clinical or radiographic evidence "
     "of disease.",
     "Cohort 1 (advanced patients): you have stage III or IV melanoma that cannot be removed with surgery and has "
     "clinical or radiographic evidence of disease.",
     "Cohort 1 (advanced patients): you have stage III or IV melanoma that cannot be removed with surgery and has "
     "clinical.", "content_missing", INC),
    # NCT02137837 O23: the clause "nor" said again in its own sentence; a third "not" is still one too many
    (VACCINE, VACCINE_SAID.format(during="while"), VACCINE_SAID.format(during="while not"), "negation_added", OTHER),
    # NCT02647086 E4: a contraindication said plainly; a "no" before it still adds a negation
    (CONTRA,
     "You have any reason not to take (a contraindication to) one or more of these drugs, according to their labels:",
     "You have no reason not to take (a contraindication to) one or more of these drugs, according to their labels:",
     "negation_added", EXC),
    # NCT02558400 I3: the affixed word kept in brackets after its plain words
    (PRESSURE, PRESSURE_SAID.format(had="had"), PRESSURE_SAID.format(had="did not have"), "negation_added", INC),
])
def test_faithful_wording_passes_and_planted_error_is_caught(
    source: str, faithful: str, wrong: str, check: str, kind: SectionKind,
) -> None:
    assert checks(source, faithful, kind) == []
    assert check in checks(source, wrong, kind)


@pytest.mark.parametrize(("source", "bullet", "kind"), [
    # near-misses left as they were: "starting treatment" with no "study" is still no anchor (the source's bare
    # "prior to treatment" says it as often), so the old paraphrases keep passing
    ("All previous cancer therapy, including radiation, hormonal therapy and surgery, must have been discontinued at "
     "least 4 weeks prior to treatment in this study.",
     "You stopped all earlier cancer treatment, including surgery, hormonal therapy and radiation, 4 weeks or more "
     "before starting treatment in this study.", INC),
    # a bracket that is a clause, not a restated amount, keeps its own reading
    ("Age ≥ 18 years", "You are 18 years (or older).", INC),
])
def test_near_misses_still_pass(source: str, bullet: str, kind: SectionKind) -> None:
    assert checks(source, bullet, kind) == []
