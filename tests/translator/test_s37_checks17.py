"""checks-17: list items and named conditions left out of a bullet, found where the checks before missed them (the
planted `clause_dropped` cases of the mutation suite), and faithful rewordings of the same criteria that stay silent.

- a condition or medicine of two words or more said in no way, and a disease said as no disease at all
  (translator.fidelity_conditions);
- a rare word of an item said by a gloss word only the rest of the source accounts for ("GLP-1" for "liraglutide";
  translator.fidelity_item_words.glossed);
- the last item read without the frame of exclusion the criterion ends on ("… or gastric are not eligible"), and
  "non-melanoma" read as a name, not a negation (translator.fidelity_item_words.own_end, negates);
- a bracket a bullet opens and never closes, and a lead-in whose bullet leads to nothing (translator.fidelity_cuts);
- "an age when pregnancy is possible" is not being pregnant (translator.fidelity_frames).
"""

from __future__ import annotations

import pytest

from tests.translator.item_losses import assert_loss_found, assert_offline_passes
from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind

MS = "Male and female patients between ages 18-55 with a diagnosis of multiple sclerosis"  # NCT00289978
DIATHESIS = "Evidence or history of bleeding diathesis or coagulopathy."  # NCT00375310 E16
CARDIO = "Clinically significant cardiovascular conditions."  # NCT02796677 E10
CARDIO_DISEASE = "Cardiovascular disease:"  # NCT01313676 I11
GLP1 = ("Use of glucagon-like peptide-1 (GLP-1) receptor agonist (e.g., exenatide or liraglutide) within 90 days prior "
        "to the day of screening")  # NCT02773368 E3
QTC = "Corrected QT interval (QTc) > 500 ms, using Bazett's formula."  # NCT03633708
GASTRIC = "Patients with tumors extending or invading duodenum or gastric are not eligible."  # NCT03600623 E3
SKIN = ("History of other malignancy within the last 5 years, except for appropriately treated carcinoma in situ of "
        "the cervix, non-melanoma skin carcinoma, Stage I uterine cancer, or other cancers with a similar outcome as "
        "those previously mentioned.")  # NCT00679341 E6 (Chia)

GILBERT = ("Total Bilirubin ≤ 1.5 x ULN (Patients with known Gilbert's syndrome are allowed with a Total Bilirubin "
           "≤ 2.5 x ULN).")  # NCT06761586
FOLIC = ("Significant alterations in hematological, biochemical or urine analytical parameters, particularly those "
         "relating to levels of vitamin B12, folic acid or thyroid tests, and including the possibility of clinically "
         "significant anemia.")  # NCT03113812 E14

CASES = [
    # (source, kind, faithful rewordings, the planted bullet with an item left out)
    (MS, INC, ["You are a man or a woman aged 18-55 and you have been diagnosed with multiple sclerosis.",
               "You are a man or a woman aged 18 to 55 with MS, a disease in which the immune system attacks the "
               "nerves."],
     "You are a man or a woman aged 18-55."),
    (DIATHESIS, EXC, ["You have signs of, or have had, bleeding diathesis or coagulopathy.",
                      "You have signs of, or have had, a tendency to bleed easily or a blood clotting problem "
                      "(coagulopathy)."],
     "You have signs of, or have had or coagulopathy."),
    (CARDIO, EXC, ["You have medically important heart and blood vessel conditions.",
                   "You have significant heart or circulation problems."],
     "You have medically important heart."),
    (CARDIO_DISEASE, INC, ["Heart and blood vessel disease:", "Diseases of the heart or blood vessels:"], "Heart"),
    (GILBERT, INC, ["Your total bilirubin is no more than 1.5 times the upper limit of normal (ULN); if you are known "
                    "to have Gilbert's syndrome, a total bilirubin of up to 2.5 times ULN is allowed.",
                    "Your total bilirubin is no more than 1.5 times the upper limit of normal (ULN); if you have "
                    "Gilbert syndrome, a total bilirubin of up to 2.5 times ULN is allowed."],
     "Your total bilirubin is no more than 1.5 times the upper limit of normal (ULN), a total bilirubin of up to 2.5 "
     "times ULN is allowed."),
    (FOLIC, EXC, ["You have significant alterations in blood, biochemical or urine test results, particularly those "
                  "relating to levels of vitamin B12, folic acid (a B vitamin) or thyroid tests, and including the "
                  "possibility of medically important anemia."],
     "You have significant alterations in hematological, biochemical or urine analytical parameters, particularly "
     "those relating to levels of vitamin B12 or thyroid tests, and including the possibility of medically important "
     "anemia."),
    (GLP1, EXC, ["You have used glucagon-like peptide-1 (GLP-1) receptor agonist in the 90 days before the day of "
                 "screening. For example, exenatide or liraglutide.",
                 "In the 90 days before screening you used a GLP-1 receptor agonist, such as exenatide or "
                 "liraglutide."],
     "You have used glucagon-like peptide-1 (GLP-1) receptor agonist in the 90 days before the day of screening. "
     "For example, exenatide."),
    (QTC, EXC, ["Your corrected QT interval (QTc, a heart rhythm measure on an ECG) is > 500 ms, using Bazett's "
                "formula.",
                "Your QTc is over 500 ms when worked out with Bazett's formula."],
     "Your corrected QT interval (QTc, a heart rhythm measure on an ECG) is > 500 ms."),
    (GASTRIC, EXC, ["You have tumors extending or invading duodenum or stomach.",
                    "Your tumor grows into the duodenum or the stomach."],
     "You have tumors extending or invading duodenum."),
    (SKIN, EXC, ["You have had other cancer within the last 5 years, except for appropriately treated carcinoma in "
                 "situ of the cervix, non-melanoma skin carcinoma, Stage I uterine cancer, or other cancers with a "
                 "similar outcome as those previously mentioned."],
     "You have had other cancer within the last 5 years, except for appropriately treated carcinoma in situ of the "
     "cervix, Stage I uterine cancer, or other cancers with a similar outcome as those previously mentioned."),
]


@pytest.mark.parametrize(("source", "kind", "faithful", "lost"), CASES)
def test_the_item_left_out_is_found_and_faithful_rewordings_pass(source: str, kind: SectionKind,
                                                                  faithful: list[str], lost: str) -> None:
    assert_loss_found(source, kind, faithful, lost)


@pytest.mark.parametrize(("source", "kind"), [(s, k) for s, k, *_ in CASES])
def test_the_offline_bullet_passes(source: str, kind: SectionKind) -> None:
    assert_offline_passes(source, kind)


@pytest.mark.parametrize(("source", "bullet"), [
    # a disease word of a term whose wording names none is the term's ("metastatic disease": cancer that has spread)
    ("Prior chemotherapy for metastatic disease.", "You have had chemotherapy for cancer that has spread to other "
     "parts of the body."),
    ("Currently have active malignant disease", "You now have active cancer."),
    # a kind of disease names one ("Residual disease" said as "cancer remaining")
    ("Residual disease that needs further treatment with curative intent after definitive cCRT administration",
     "You have cancer remaining after definitive cCRT that needs more treatment with curative intent."),
    # a condition of two words said by its abbreviation the source gives, or by a word of its gloss
    ("History of multiple sclerosis (MS) or optic neuritis", "You have had MS or optic neuritis."),
    ("Known bleeding diathesis", "You are known to bleed easily."),
    # "non-small cell" is a name: the item is read, and here said
    ("Stage IV non-small cell lung cancer, small cell lung cancer or mesothelioma",
     "You have stage IV non-small cell lung cancer, small cell lung cancer or mesothelioma."),
])
def test_faithful_rewordings_stay_silent(source: str, bullet: str) -> None:
    assert checks(source, bullet) == []


CCRT = ("Participants will have completed definitive concurrent chemoradiotherapy (cCRT) with curative intent within "
        "12 weeks prior to randomization.")  # NCT06129864
CONSENT = ("The patient (or a close relative or legal representative) should read the patient information sheet, "
           "agreed to participate in the clinical trial and signed Inform consent (IC) (the patient and a close "
           "relative or legal representative).")  # NCT03113812 I9


@pytest.mark.parametrize(("source", "faithful", "cut"), [
    (CCRT, ["Within 12 weeks before randomization, you completed definitive chemotherapy and radiation given "
            "together (concurrent chemoradiotherapy, cCRT) with the aim of curing the cancer.",
            "You completed definitive concurrent chemoradiotherapy (cCRT) with curative intent in the 12 weeks "
            "before randomization."],
     "Within 12 weeks before randomization, you completed definitive chemotherapy and radiation given together "
     "(concurrent chemoradiotherapy."),
    (CONSENT, [said(CONSENT, INC)],
     "The patient (or a close relative, agreed to take part in the clinical trial and signed Inform consent (IC) "
     "(the patient and a close relative or legal representative)."),
])
def test_a_bracket_left_open_is_a_cut(source: str, faithful: list[str], cut: str) -> None:
    for bullet in faithful:
        assert checks(source, bullet, INC) == [], bullet
    assert "content_missing" in checks(source, cut, INC)


def test_a_bracket_the_source_leaves_open_is_no_guide() -> None:
    # the source's own brackets do not pair: a bullet that keeps them as they are is not faulted for it
    source = "Prior treatment with an anti-PD-1 antibody (nivolumab or pembrolizumab"
    assert checks(source, "You have had treatment with an anti-PD-1 antibody (nivolumab or pembrolizumab") == []


# Chia NCT02227992 E2
FEMALE = "Female subjects, who are of childbearing age (i.e. adolescent), who are pregnant or nursing;"


def test_pregnancy_said_only_as_possible_is_not_being_pregnant() -> None:
    kept = "Female subjects, who are of an age when pregnancy is possible (that is, adolescent), who are pregnant or "
    assert checks(FEMALE, kept + "breastfeeding") == []
    assert checks(FEMALE, "You are female, an adolescent able to become pregnant, and pregnant or breastfeeding.") == []
    assert "frame_dropped" in checks(FEMALE, "Female subjects, who are of an age when pregnancy is possible (that is, "
                                             "adolescent) or breastfeeding")
    # "become pregnant" still says "Pregnancy planned" (a paraphrase's wording)
    assert checks("Pregnancy planned during the coming two years", "You plan to become pregnant in the next two "
                  "years.") == []


SPIRO = ("All patients must have a diagnosis of chronic obstructive pulmonary disease (COPD) and must meet the "
         "following spirometric criteria:")  # NCT02629965 I2
EITHER = "Female Participant must either:"  # NCT02421939 I8


@pytest.mark.parametrize(("source", "faithful", "cut"), [
    (SPIRO, [said(SPIRO, INC), "You have COPD and meet these breathing test criteria:",
             "You must have chronic obstructive pulmonary disease (COPD) and meet all of the spirometry criteria "
             "below."],
     "You must have a diagnosis of chronic obstructive pulmonary disease (COPD)"),
    (EITHER, [said(EITHER, INC), "If you are female, one of these must be true:"], "If you are female"),
])
def test_a_lead_in_that_leads_to_nothing_was_cut(source: str, faithful: list[str], cut: str) -> None:
    for bullet in faithful:
        assert checks(source, bullet, INC) == [], bullet
    assert "content_missing" in checks(source, cut, INC)


def test_the_clause_dropped_baseline_holds_the_checks17_gain() -> None:
    # checks-16 caught 358 of 400 planted cases on the corpus and 352 on Chia; checks-17 catches 373 and 364 (0.9325,
    # 0.91). The baseline sits just under both. The gain is within the tolerance (0.03): the gate fails a fall-back
    # to before the list checks, not the loss of these rules alone, whose own tests are in this file.
    from pathlib import Path

    from evals.gate import load_baseline

    baseline = load_baseline(Path(__file__).resolve().parents[2] / "evals" / "baselines" / "mutations.json")
    assert baseline.metrics["detection.clause_dropped"] >= 0.905
