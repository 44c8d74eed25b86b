"""Faithful wordings of held-out paraphrases that drew a false error, and the planted errors beside them that must
still be caught (session of 2026-12-06, 21:38; `checks-41`). Each source is the corpus criterion the paraphrase
cites; each faithful bullet is the paraphrase's (or the wording helper's) own."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

ARRHYTHMIC = ("Any patient with any factors that increase the risk of QTc prolongation or risk of arrhythmic events or "
              "unexplained sudden death under 40 years of age in first-degree relatives")
ARRHYTHMIC_SAID = ("Any factors that increase the risk of QTc prolongation or of {} events, or unexplained sudden "
                   "death under 40 years of age in first-degree relatives (parents, brothers, sisters or children)")
FISTULA = "History of abdominal fistula or gastrointestinal perforation =< 6 months prior to treatment with study drugs"
FISTULA_SAID = ("You have had {} (abdominal fistula) or a hole in the stomach or bowel (gastrointestinal perforation) "
                "6 months or less before treatment with the study drugs.")


@pytest.mark.parametrize(("source", "faithful", "planted", "found", "kind"), [
    # NCT02296125 E6.3: "arrhythmic" said "abnormal heart rhythm"; "normal" invents a level
    (ARRHYTHMIC, ARRHYTHMIC_SAID.format("abnormal heart rhythm"), ARRHYTHMIC_SAID.format("normal heart rhythm"),
     "fact_invented", EXC),
    # NCT02232152 E8: a fistula is an abnormal opening
    (FISTULA, FISTULA_SAID.format("an abnormal opening in the abdomen"), FISTULA_SAID.format("a normal opening"),
     "fact_invented", EXC),
    # NCT06356129 I1.5: "Epstein-Barr virus + DLBCL" is its positive
    ("Epstein-Barr virus + DLBCL", "Epstein-Barr virus-positive (+) DLBCL", "Epstein-Barr virus-negative DLBCL",
     "fact_invented", INC),
    # NCT00255489 I3: the record's "conformed" is "confirmed"
    ("Histologically or cytologically conformed non-small cell lung cancer",
     "Your non-small cell lung cancer has been confirmed by tissue (histology) or cell (cytology) tests.",
     "Your non-small cell lung cancer has been found by tissue (histology) or cell (cytology) tests.",
     "fact_missing", INC),
    # NCT01381549 I1: "least 18 years" is "at least"
    ("Adult subjects least 18 years of age.", "You are an adult aged 18 years or older.",
     "You are an adult aged 21 years or older.", "fact_changed", INC),
    # NCT02935647 I1: "(I or II" said "type I or II"
    ("Diagnosis of Major Depressive Disorder (MDD) or bipolar Disorder (I or II, most recent episode must be "
     "depression",
     "You have been diagnosed with major depressive disorder (MDD) or bipolar disorder (type I or II, and the most "
     "recent episode must be depression).",
     "You have been diagnosed with major depressive disorder (MDD) or bipolar disorder (type I or III, and the most "
     "recent episode must be depression).", "fact_missing", INC),
    # NCT00533624 E5: "elevated … greater than 3 times" said by its bound alone
    ("Patients with significant liver disease, defined as having during the past 28 days continuously elevated AST "
     "(SGOT) and/or ALT (SGPT) levels greater than 3 times the upper value of the normal range of this center.",
     "You have significant liver disease. This means that during the past 28 days, your AST (SGOT) and/or ALT (SGPT) "
     "levels have stayed above 3 times the upper value of this center's normal range the whole time.",
     "You have significant liver disease. This means that during the past 28 days, your AST (SGOT) and/or ALT (SGPT) "
     "levels have stayed below 3 times the upper value of this center's normal range the whole time.",
     "fact_changed", EXC),
    # NCT02042690 E2.4: a full-width "（5）" numbers an item
    ("complex karyotype（≥5 chromosome abnormalities）（5）high white blood cell (WBC) count (B-ALL≥30×109/L;T-ALL "
     "≥100×109/L).",
     "a complex karyotype (5 or more chromosome abnormalities), or a high white blood cell (WBC) count (30×109/L or "
     "more for B-ALL; 100×109/L or more for T-ALL)",
     "a complex karyotype (4 or more chromosome abnormalities), or a high white blood cell (WBC) count (30×109/L or "
     "more for B-ALL; 100×109/L or more for T-ALL)", "fact_changed", EXC),
    # NCT04780451 I4: "2020 y" is the year 2020
    ("personal best in 10km run between 35 and 59 min at the turn of 2016 and 2020 y",
     "Your personal best time in a 10km run was between 35 and 59 min, at the turn of 2016 and 2020.",
     "Your personal best time in a 10km run was between 35 and 59 min, at the turn of 2016 and 2021.",
     "fact_changed", INC),
    # NCT01350960 I3.1: "≥.3.24" is ≥ 3.24
    ("LDL ≥.3.24 mmol/L (≥ 100 mg/dL)", "Your LDL cholesterol is 3.24 mmol/L or higher (100 mg/dL or higher).",
     "Your LDL cholesterol is 3.24 mmol/L or lower (100 mg/dL or higher).", "fact_changed", INC),
    # NCT00442559 E2: "higher than beclomethasone dipropionate 400 ug" bounds the 400 ug
    ("Prior treatment with high dose inhaled corticosteroid requiring a dose higher than beclomethasone dipropionate "
     "400 ug per day, or equivalent, other medications used in severe cases",
     "You were treated before with a high dose of inhaled corticosteroid, needing a dose higher than 400 ug of "
     "beclomethasone dipropionate a day, or the equivalent, or with other medicines used in severe cases.",
     "You were treated before with a high dose of inhaled corticosteroid, needing a dose lower than 400 ug of "
     "beclomethasone dipropionate a day, or the equivalent, or with other medicines used in severe cases.",
     "fact_changed", EXC),
    # NCT01088191 E7: "during this study's 24 month follow-up period"
    ("intent to participate in any other investigational drug or cell therapy study during the 24 month follow-up "
     "period of this study;",
     "you plan to take part in any other investigational drug or cell therapy study during this study's 24 month "
     "follow-up period.",
     "you plan to take part in any other investigational drug or cell therapy study during this study's 12 month "
     "follow-up period.", "fact_changed", EXC),
    # NCT02374047 I3.2: a bare "during and 3 months after" said "during the study and for 3 months after"
    ("Males: surgically sterile, abstinent, or subject or partner is utilizing an acceptable contraceptive method "
     "during and 3 months after the last study dose",
     "You are a man who is surgically sterile or abstinent, or you or your partner use an acceptable birth control "
     "method during the study and for 3 months after the last study dose.",
     "You are a man who is surgically sterile or abstinent, or you or your partner use an acceptable birth control "
     "method during the study and for 6 months after the last study dose.", "fact_changed", INC),
])
def test_a_faithful_wording_passes_and_the_planted_error_is_found(source: str, faithful: str, planted: str, found: str,
                                                                  kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert found in checks(source, planted, kind)


NVAF = "Subject has paroxysmal permanent or persistent NVAF"
NVAF_SAID = ("You have atrial fibrillation not caused by a heart valve problem (NVAF) that is paroxysmal (comes and "
             "goes), permanent or persistent.")
UHTN = "uHTN subpopulation: have a stable regimen (≥ 4 weeks) of 2 antihypertensive medications"
UHTN_SAID = ("Uncontrolled high blood pressure (uHTN) group: you have been on a stable regimen (for 4 weeks or more) "
             "of 2 blood pressure medicines")
RESECTION = ("Histologically confirmed adenocarcinoma of the biliary tract after macroscopically complete resection "
             "(R0 or R1)")
RESECTION_SAID = ("Tissue tests (histology) confirm that you have adenocarcinoma of the biliary tract. The cancer has "
                  "been removed by surgery with no tumor left that can be seen (macroscopically complete resection, R0 "
                  "or R1).")
INSOMNIA = "Documented diagnosis of chronic primary insomnia"
INSOMNIA_SAID = ("You have a documented diagnosis of chronic primary insomnia (long-term trouble sleeping that is not "
                 "caused by another condition).")


def test_a_denial_an_acronym_or_a_term_means_adds_no_negation() -> None:
    # NCT00448214 I1.1, NCT06344104 I3.1: the "N" of NVAF and the "u" of uHTN, which the lexicon does not spell out
    assert checks(NVAF, NVAF_SAID, INC) == []
    assert checks(UHTN, UHTN_SAID, INC) == []
    assert "negation_added" in checks(NVAF, NVAF_SAID.replace("You have", "You do not have"), INC)
    assert "negation_added" in checks(NVAF, "You do not have atrial fibrillation (NVAF).", INC)
    assert "negation_added" in checks(UHTN, UHTN_SAID.replace("you have been", "you have not been"), INC)
    assert "negation_added" in checks(UHTN, UHTN_SAID.replace("Uncontrolled high blood pressure",
                                                              "High blood pressure that is not controlled"), INC)
    # NCT06109779 I1: "no tumor left" for a complete resection; NCT00506389 I1: a bracket defining primary insomnia
    assert checks(RESECTION, RESECTION_SAID, INC) == []
    assert "negation_added" in checks(RESECTION, RESECTION_SAID.replace("has been", "has not been"), INC)
    assert checks(INSOMNIA, INSOMNIA_SAID, INC) == []
    assert "negation_added" in checks(INSOMNIA, INSOMNIA_SAID.replace("You have", "You do not have"), INC)
    assert "negation_added" in checks(
        INSOMNIA, "You have a documented diagnosis of chronic primary insomnia that is not caused by another "
        "condition.", INC)


def test_plain_words_for_a_list_item_are_said() -> None:
    # NCT02960672 E2: the record's "peumonias" said "pneumonia"
    source = "Combined pulmonary embolism, pulmonary edema, pulmonary tuberculosis, and peumonias"
    said = ("You also have a blood clot in the lungs (pulmonary embolism), fluid in the lungs (pulmonary edema), lung "
            "tuberculosis (pulmonary tuberculosis){}.")
    assert checks(source, said.format(", or pneumonia"), EXC) == []
    assert "content_missing" in checks(source, said.format(""), EXC)
    # NCT02802865 E2: "oral progestins" said "progestin pills"
    source = ("Current use of hormonal contraception; use of any type of combined contraceptive or oral progestins "
              "within the past month; or use of hormonal implants or depo progestins within the past 3 months")
    said = ("You currently use hormonal birth control; or you have used any type of combined birth control{} within "
            "the past month; or you have used hormone implants or depo progestins (injections) within the past 3 "
            "months.")
    assert checks(source, said.format(" or progestin pills"), EXC) == []
    assert "content_missing" in checks(source, said.format(""), EXC)
    # NCT05814965 I3: "drugs and dietary measures apart from other physical attributes" after "additionally"
    source = ("control for participants with type 2 DM will be selected to additionally match with glycaemic control, "
              "drugs and dietary measures apart from other physical attributes.")
    said = ("Controls for participants with type 2 diabetes (DM) will be chosen to also match them on blood sugar "
            "control (glycaemic control){}, in addition to other physical features.")
    assert checks(source, said.format(", medicines and diet"), INC) == []
    assert "content_missing" in checks(source, said.format(""), INC)
    # (an exception stays one where a negation comes first)
    assert "negation_added" in checks("Also no medication apart from other study drugs",
                                      "You also take no medicine other than study drugs, and you do not smoke.", EXC)
    # NCT01126580 I8.1: "SMBG testing" said "check your own blood sugar"
    assert checks("perform self-monitored blood glucose (SMBG) testing;",
                  "check your own blood sugar (self-monitored blood glucose, SMBG)", INC) == []
    # NCT00469937 I1.1: metastases counted as places, "1 of them"
    source = ("Multiple (i.e., > 3) brain metastases OR < 3 metastases with at least 1 metastasis > 4.0 cm in "
              "diameter")
    assert checks(source, "The cancer has spread to the brain in many places (more than 3 brain metastases), or in "
                  "fewer than 3 places with at least 1 of them larger than 4.0 cm across.", INC) == []
    assert "content_missing" in checks("Symptomatic brain metastases or 3 lesions",
                                       "You have symptomatic brain tumors or 3 lesions.", INC)


def test_a_titration_is_a_raised_dose() -> None:
    # NCT01049984 I1: "oral dopamine agonist titration regimen" said "the plan to raise your dose"
    source = ("receiving stable dose of oral ropinirole or pramipexole whose symptoms are not optimally controlled or "
              "whose oral dopamine agonist titration regimen was truncated due to intolerability:")
    said = ("You are taking a stable dose of ropinirole or pramipexole by mouth, and your symptoms are not well "
            "controlled, or the plan to raise your dose of the dopamine agonist taken by mouth was cut short because "
            "you could not tolerate it:")
    assert checks(source, said, INC) == []
    assert "fact_invented" in checks(source.replace("titration", "treatment"), said, INC)


def test_kinds_of_a_group_said_in_the_singular_with_or() -> None:
    # NCT04887246 I1, NCT05774483 I3: what one of the group is, or one tumour's stage
    source = ("All UN contractors (administrative, teachers and pensioners) who belong to the different UN "
              "headquarters and agree to participate in the study")
    said = ("You are a UN contractor (administrative staff, {}) who belongs to one of the UN headquarters, and you "
            "agree to take part in the study.")
    assert checks(source, said.format("teacher or pensioner"), INC) == []
    assert checks(source, said.format("teachers or pensioners"), INC) == ["join_turned"]
    source = "T1 and T2 lesions as per AJCC TNM 8 edition"
    assert checks(source, "Your tumor is T1 or T2, according to the AJCC TNM 8 edition staging.", INC) == []
    assert "join_turned" in checks(source, "You have T1 or T2 lesions, according to the AJCC TNM 8 edition.", INC)
    assert "join_turned" in checks("HIV and hepatitis B", "You have HIV or hepatitis B.", EXC)


CHEMOTHERAPY = ("Patients who have had chemotherapy within 4 weeks (6 weeks for nitrosoureas or mitomycin C) prior to "
                "entering the study or those who have not recovered from adverse events due to agents administered "
                "more than 4 weeks earlier.")
CHEMOTHERAPY_SAID = ("You have had chemotherapy within 4 weeks before entering the study (6 weeks for nitrosoureas or "
                     "mitomycin C). Or you have not recovered from side effects (adverse events) of drugs given more "
                     "than 4 weeks earlier.")
ENTRY = ("Use of investigational agents within 30 days or initiation of any other anticancer therapy within 2 weeks "
         "before study entry with the exception of hydroxyurea, and intrathecal therapy for leukemic meningitis")
ENTRY_SAID = ("You have used investigational drugs within 30 days, or started any other cancer treatment within 2 "
              "weeks, before study entry. Hydroxyurea and intrathecal therapy (treatment given into the spinal fluid) "
              "for leukemic meningitis are exceptions.")


def test_an_event_said_after_an_aside_or_a_comma_anchors_its_windows() -> None:
    # NCT01445405 E3: the event after "(6 weeks for …)" is both windows'
    assert checks(CHEMOTHERAPY, CHEMOTHERAPY_SAID, EXC) == []
    # (the event said after the aside, as the source says it)
    assert checks(CHEMOTHERAPY, "You have had chemotherapy within 4 weeks (6 weeks for nitrosoureas or mitomycin C) "
                  "before entering the study. Or you have not recovered from side effects (adverse events) of drugs "
                  "given more than 4 weeks earlier.", EXC) == []
    assert "fact_changed" in checks(CHEMOTHERAPY, CHEMOTHERAPY_SAID.replace("(6 weeks", "(8 weeks"), EXC)
    assert "fact_changed" in checks(CHEMOTHERAPY, CHEMOTHERAPY_SAID.replace("before entering", "after entering"), EXC)
    assert "fact_changed" in checks(CHEMOTHERAPY, CHEMOTHERAPY_SAID.replace(" before entering the study", ""), EXC)
    # NCT00602225 E1: "within 30 days, or … within 2 weeks, before study entry"
    assert checks(ENTRY, ENTRY_SAID, EXC) == []
    assert "fact_changed" in checks(ENTRY, ENTRY_SAID.replace("within 2 weeks,", "within 3 weeks,"), EXC)
    assert "fact_changed" in checks(ENTRY, ENTRY_SAID.replace("before study entry", "after study entry"), EXC)
    assert "fact_changed" in checks(ENTRY, ENTRY_SAID.replace(", before study entry", ""), EXC)


def test_a_negation_ends_before_a_colon_or_a_clause_of_its_own() -> None:
    # NCT02374047 I3.1: "not of childbearing potential: non-pregnant and non-lactating surgically sterile or …"
    source = ("Females not of childbearing potential: non-pregnant and non-lactating surgically sterile or "
              "postmenopausal 2 years or less with a follicle-stimulating hormone assessment greater than or equal to "
              "40 IU/L")
    said = ("You are a woman who cannot become pregnant: you are not pregnant and not breastfeeding, and you are "
            "surgically sterile, or postmenopausal for 2 years or less with a follicle-stimulating hormone level of 40 "
            "IU/L or more.")
    assert checks(source, said, INC) == []
    assert "negation_dropped" in checks(source, said.replace("not breastfeeding", "breastfeeding"), INC)
    assert "negation_dropped" in checks(source, said.replace("cannot become", "can become"), INC)
    assert "negation_dropped" in checks("No history of the following: seizures or stroke",
                                        "You have no history of seizures, or you have had a stroke.", INC)
    # the wording helper's refusal: "… not using effective contraception or who are pregnant or nursing"
    source = "Women of child-bearing potential not using effective contraception or who are pregnant or nursing"
    said = "You are a woman who can get pregnant and are {} effective birth control or are {} or breastfeeding."
    assert checks(source, said.format("not using", "pregnant"), EXC) == []
    assert checks(source, "You are a woman who can get pregnant and you are either not using effective birth control "
                  "or pregnant or breastfeeding.", EXC) == []
    assert "negation_dropped" in checks(source, said.format("using", "pregnant"), EXC)
    assert "negation_added" in checks(source, said.format("not using", "not pregnant"), EXC)


def test_childbearing_or_child_fathering_potential_names_both_sexes() -> None:
    source = ("Patients of childbearing or child fathering potential must be willing to use a medically acceptable "
              "form of birth control, which includes abstinence, while being treated on this study")
    said = ("If you {}, you must be willing to use a medically acceptable form of birth control, which includes "
            "abstinence, while being treated on this study.")
    assert checks(source, said.format("can get pregnant or father a child"), INC) == []
    assert checks(source, said.format("are a woman who can get pregnant or a man who can father a child"), INC) == []
    assert checks(source, said.format("can get pregnant"), INC) == ["sex_dropped"]
    assert checks(source, said.format("can father a child"), INC) == ["sex_dropped"]


def test_a_plain_wording_that_lost_its_denial_is_found() -> None:
    # planted on the held-out cases the fixes above let in: "no tumor left" and "not gone through menopause" lost
    source = ("Histologically confirmed adenocarcinoma of the biliary tract after macroscopically complete resection "
              "(R0 or R1)")
    assert "negation_dropped" in checks(source, RESECTION_SAID.replace("with no tumor", "with a tumor"), INC)
    source = ("Female, at least 21 years of age, and premenopausal Previously experienced sexual arousal during sexual "
              "activity and/or normal level of desire in the past for least 2 years.")
    said = ("You are a woman, at least 21 years old, and have {}gone through menopause (premenopausal). In the past, "
            "you have felt sexual arousal during sexual activity and/or a normal level of desire for at least 2 years.")
    assert checks(source, said.format("not "), INC) == []
    assert checks(source, said.format(""), INC) == ["negation_dropped"]
    # NCT01445405 E3: the "not" of "or those who have not recovered" is no negation over the join before it
    assert checks(CHEMOTHERAPY, CHEMOTHERAPY_SAID.replace("nitrosoureas or", "nitrosoureas and"), EXC) == [
        "join_turned"]


def test_a_reworded_plural_noun_after_a_turned_join_is_still_found() -> None:
    # NCT00362713 E1 (planted on the held-out run): only the noun reworded, the "and" turned "or"
    source = ("Sexually active and fertile individuals or partners of these individuals who are unwilling or unable to "
              "use an acceptable method of birth control for the entire trial and up to 4 weeks after the study")
    said = ("Sexually active {} fertile people or partners of these people who are unwilling or unable to use an "
            "allowed method of birth control for the entire trial and up to 4 weeks after the study")
    assert checks(source, said.format("and"), EXC) == []
    assert checks(source, said.format("or"), EXC) == ["join_turned"]
