"""Session 52 (plain31): shorter sentences where the source already has two clauses.

- a closing ", unless <clause>" after a statement of the reader's → "… . This does not apply if <clause>."
  (translator.offline_unless_clauses);
- "You X or have/are Y" (a second verb of the reader's after "or") → "You X. Or you have/are Y."
  (translator.offline_or_verbs).

Sources are corpus criteria; each rule is also checked where it must leave the sentence alone.
"""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_or_verbs import or_verbs
from translator.offline_unless_clauses import unless_clause

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def test_closing_unless_clause_becomes_a_sentence_of_its_own() -> None:
    assert said(
        "Have history of deep vein thrombosis or pulmonary embolus, unless they are receiving therapeutic "
        "anticoagulation with warfarin or low-molecular-weight heparin.",
        EXC,
    ) == (
        "You have had deep vein thrombosis or lung embolus. This does not apply if you are getting therapeutic "
        "anticoagulation with warfarin or low-molecular-weight heparin."
    )
    assert said(
        "Patient received chemotherapy within 4 weeks (6 weeks for nitrosourea or mitomycin-C) prior to study entry, "
        "unless the disease is rapidly progressing.",
        EXC,
    ) == (
        "You received chemotherapy within 4 weeks (6 weeks for nitrosourea or mitomycin-C) before joining the study. "
        "This does not apply if the disease is rapidly progressing."
    )


def test_unless_clause_stays_where_something_else_could_own_it() -> None:
    for text in (
        # no subject of its own after "unless", and none that is certain (session 55 says the certain ones)
        "You have had brain metastases or spinal cord compression, unless adequately treated and without signs of "
        "progressive disease for 3 months.",
        # a list before it: the exception may be the last item's alone
        "You have had a heart attack, unstable angina, or a stroke, unless you have fully recovered from it at least "
        "6 months ago.",
        # an exception of its own in the head, which the "unless" may narrow
        "You have had other invasive cancers except for non-melanoma skin cancer, unless there are no signs of other "
        "cancer within the past 5 years.",
        # a case of its own after the exception
        "Your total bilirubin is more than 1.5 times the upper limit of normal, unless you have Gilbert's syndrome, in "
        "which case it must be less than 3 times.",
        # a short sentence reads as easily whole
        "Your bilirubin is high, unless you have Gilbert's syndrome.",
        # not the reader's statement
        "Patients with brain metastases are not eligible, unless the metastases have been treated and are stable.",
    ):
        assert unless_clause(text) == text


def test_second_verb_after_or_becomes_a_sentence_that_opens_with_or_you() -> None:
    assert said(
        "Have had major surgery within the past eight weeks or are planning major surgery during the study.", EXC
    ) == "You have had major surgery within the past eight weeks. Or you are planning major surgery during the study."
    assert said(
        "Use of weight loss medication (prescription and/or over the counter) within 3 months prior to Screening or "
        "have participated in a weight loss/diet program within 12 months prior to Screening.",
        EXC,
    ) == (
        "You have used weight loss medicine (prescription and/or over the counter) in the 3 months before Screening. "
        "Or you have taken part in a weight loss/diet program in the 12 months before Screening."
    )


def test_one_semicolon_or_you_is_cut_as_a_comma_or_you() -> None:
    assert said(
        "Female who is pregnant, planning to become pregnant during the study, or breastfeeding; or male whose partner "
        "is pregnant or planning to become pregnant during the study.",
        EXC,
    ) == (
        "You are female and are pregnant, planning to get pregnant during the study, or breastfeeding. Or you are male "
        "and your partner is pregnant or planning to get pregnant during the study."
    )
    # an exception before the cut could reach across it
    kept = (
        "You have had cancer in the 5 years before signing informed consent except for treated skin cancer; or you are "
        "under evaluation for other active or suspected cancer."
    )
    assert or_verbs(kept) == kept


def test_second_verb_after_or_stays_where_the_halves_share_something() -> None:
    for text in (
        # the first half waits for the second half's object
        "You are allergic to or have shown hypersensitivity or intolerance to either of the active study medicines.",
        "You are now participating or have taken part in a study with an experimental compound within 30 days.",
        "You have had any prior or are now getting treatment with biologics, tumor necrosis factor inhibitors or other "
        "immunomodulatory agents.",
        "You have a history in the last year or are now getting treatment with clozapine or olanzapine at any dose.",
        "You have a known allergy or have had serious adverse reaction to, vaccines such as anaphylaxis, hives, or "
        "respiratory difficulty.",
        # a modal or a negation the second verb may share
        "You must have a confirmed diagnosis of untreated leukemia or have leukemia that is relapsed or refractory.",
        "You have not had any treatment for your cancer or have had only surgery for the primary tumour.",
        # a window at the end that may date both halves, the first having none of its own
        "You have had a heart attack or unstable angina or have had a stroke in the 6 months before screening.",
        "You have a negative serum pregnancy test or have had a hysterectomy at the time of joining the study.",
        # a verb joined by "and" after the cut, which may hold for both
        "You have taken part in another clinical study of a new drug or have received an experimental drug and are "
        "not willing to stop.",
        # words after the cut that gather both halves
        "You have suffered a neurologic event (seizure, stroke) or have baseline dementia, both of which could limit "
        "delirium assessment.",
        # examples before the cut, which would move between the halves
        "You have had major surgery (such as intra-thoracic, -abdominal, or -pelvic) in the 4 weeks before starting "
        "study treatment or have not recovered from such treatment.",
        # a time at the end that may hold for both halves
        "You have received vagal nerve stimulation (VNS) or have received deep brain stimulation (DBS) in the current "
        "episode of depression.",
        # a closing note the whole sentence may own; a noun named again before a qualifier that may hold for both
        "You have a regular alcohol intake more than 21 units a week (male), or 14 units/week (female) or are not "
        "willing to stop alcohol as needed by the study restrictions (1 unit = 360 mL of beer, or 150 mL of wine).",
        "You have current autoimmune disease or have had autoimmune disease with potential central nervous system "
        "(CNS) involvement.",
        # coordinated verbs before the cut: the "or" may join the last one alone
        "You are a female and are expecting to donate eggs or are planning to have a baby during the whole study.",
    ):
        assert or_verbs(text) == text
    # before a sentence that excepts or explains both halves, the halves stay one sentence
    assert said(
        "Chemotherapy or radiotherapy within 4 weeks prior to entering the study or those who have not recovered from "
        "adverse events due to agents administered more than 4 weeks earlier. Exception: local radiotherapy for "
        "symptomatic bone lesions (e.g., uncontrolled pain or high risk of pathologic fracture).",
        EXC,
    ) == (
        "You have had chemotherapy or radiation treatment in the 4 weeks before entering the study or you have not "
        "recovered from adverse events due to agents given more than 4 weeks earlier. Exception: local radiation "
        "treatment for symptomatic bone lesions (such as uncontrolled pain or high risk of pathologic fracture)."
    )
    assert said(
        "Currently receiving cancer therapy or has received cancer therapy within 4 weeks of the start of study drug "
        "(including chemotherapy, radiation therapy, antibody based therapy, etc.)",
        EXC,
    ) == (
        "You are now getting cancer treatment or have received cancer treatment within 4 weeks of the start of study "
        "drug. This includes chemotherapy, radiation treatment, antibody based treatment, etc."
    )
