"""Third-person openings that stayed, put to the reader (people17): "Patients with X who are Y" where the only
verbs are the patients' own "who" clauses (offline_relative_openings.only_who_verbs), "Patients whose X is Y" →
"Your X is Y" (offline_relative_openings.whose_opening) and "Patients without X" → "You do not have X"
(offline_without_openings), and "Patients who abuse/walk/achieved/relapsed/never …", verbs the second person's list
lacked (offline_person). Real corpus criteria; near cases keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # "who" after "with X" is the patients': joined to the reader's verbs, a verb after "or" goes on with it
        (
            "Patients with symptomatic central nervous system (CNS) metastases who are neurologically unstable or "
            "have required increasing doses of steroids within the 2 weeks prior to study entry to manage CNS "
            "symptoms.",
            "You have symptomatic central nervous system (CNS) metastases and are neurologically unstable or have "
            "needed increasing doses of steroids in the 2 weeks before study entry to manage CNS symptoms.",
        ),
        (
            "Participants with known addiction to alcohol or drugs who are actively taking those agents, or "
            "participants with recent (within 1 year) or ongoing illicit IV drug use.",
            "You have known addiction to alcohol or drugs and are actively taking those agents. Or you have recent "
            "(within 1 year) or ongoing illegal IV drug use.",
        ),
        # "whose": the patients' X is yours; the verb agrees with X and stays
        (
            "Patients whose sitting diastolic blood pressure (DBP) is 110 mm Hg or more",
            "Your sitting diastolic blood pressure (DBP) is 110 mm Hg or more.",
        ),
        (
            "Patients whose stool culture tests positive for enteric pathogens at the screening visit.",
            "Your stool culture tests positive for enteric pathogens at the screening visit.",
        ),
        (
            "Patients whose current episode of depression exceeds 12 months or is less than 4 weeks prior to enrolment",
            "Your current episode of depression exceeds 12 months or is less than 4 weeks before joining the study.",
        ),
        (
            "Subject whose schedule prevents him or her from taking the first daily dose of study medication and/or "
            "starting study visits before 9 AM.",
            "Your schedule prevents you from taking the first daily dose of study medicine and/or starting study "
            "visits before 9 AM.",
        ),
        # "without": "do not have" keeps the negation over all of X
        ("Patients without measurable or evaluable disease.", "You do not have measurable or evaluable disease."),
        (
            "Patients without a diagnosis of Dravet syndrome or Lennox-Gastaut syndrome",
            "You do not have a diagnosis of Dravet syndrome or Lennox-Gastaut syndrome.",
        ),
        (
            "Patient without adequate protection against pregnancy during the conduct of the study and for 3 months "
            "after the last injection of TG4010 and/or chemotherapy;",
            "You do not have good enough protection against pregnancy during the conduct of the study and for 3 "
            "months after the last injection of TG4010 and/or chemotherapy.",
        ),
        # verbs the list lacked, and "never" between "who" and the verb
        ("Patients who abuse alcohol or other drug substance.", "You abuse alcohol or other drug substance."),
        (
            "patients who achieved primary hemostasis with endoscopic hemostasis procedure via upper GI endoscopy",
            "You achieved primary hemostasis with endoscopic hemostasis procedure via upper gastrointestinal (GI) "
            "endoscopy.",
        ),
        (
            "Subjects who never achieved at least a durable minimal response (MR, ≥ 25% reduction in M-protein for at "
            "least 6 weeks) on any prior therapy",
            "You never achieved at least a durable minimal response (MR, at least 25% reduction in M-protein for at "
            "least 6 weeks) on any past treatment.",
        ),
    ],
)
def test_put_to_the_reader(source: str, plain: str) -> None:
    assert said(source) == plain
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    "source",
    [
        # two groups, not one reader
        "patients with and without significant coronary artery disease (CAD) who have undergone coronary "
        "angiography just before inclusion",
        # "for whom" is a clause no rule joins to the reader's verbs
        "Patients with confirmed diagnosis of advanced, non resectable and / or metastatic solid tumours, who have "
        "failed conventional treatment, or for whom no therapy of proven efficacy exists, or who are not amenable "
        "to established forms of treatment",
        # (the T2DM row with "who are not receiving …, or who are receiving …" is put to the reader since checks-41,
        # each verb with its own "are": tests/evals/test_s75_lead_misses.py)
        # a plural complement would stay plural after "you"
        "All patients with esophageal cancer who are deemed candidates for minimally invasive robot assisted Ivor "
        "Lewis esophagogastrectomy.",
        # a second "whose", a "whom", "them": other subjects of their own
        "Participant whose SBM frequency has been less than 3 times per week for less than 6 months in duration or "
        "whose symptoms associated with SBM have been present for less than 6 months",
        "Participant whose constipation is considered to be due to drugs or to whom a prohibited concomitant "
        "medication has been administered.",
        "Patients whose reliability was deemed to put them at risk for non-compliance with the study",
        # no verb to make a sentence of "Your ages …"
        "Patients whose ages >18 years old.",
        # a condition for some after a colon
        "Patients without prostatectomy: 2 consecutive rises in PSA levels relative to a previous reference value",
        # the subject's own verb after "without X"
        "Patients without pleural effusion or ascites should be confirmed by CT or MRI",
    ],
)
def test_left_as_written(source: str) -> None:
    assert not said(source).startswith(("You ", "Your ", "If you"))


def test_but_who_and_a_later_group() -> None:
    # the opening's "but" already joins the clause: no "but and have" (offline_subjects says it, as before)
    assert said(
        "Patients with baseline CSF cytology positive, but who have cleared CSF by either modality (cytology or flow "
        "cytometry)"
    ) == (
        "You have baseline cerebrospinal fluid (CSF) cytology positive, but have cleared CSF by either modality "
        "(cytology or flow cytometry)."
    )
    # a group later in a list keeps its "who": the rules that join it see only the opening
    listed = (
        "Histologically confirmed Peripheral T cell Lymphoma (PTCL) Not Otherwise Specified (NOS), hepatosplenic "
        "T-cell lymphoma, patients with ALK 1 expressing ALCL (ALK-1 positive) who have relapsed disease after "
        "Autologous Stem-Cell Transplantation, Transformed mycosis fungoides (MF), or Sézary syndrome (SS);"
    )
    assert not said(listed).startswith("You ")


def test_walk_and_relapsed() -> None:
    walked = (
        "Patients who walk < 400 meters of 6MWT and have a score on the modified Borg >= 4 at the end of 6 minute "
        "walk test (6MWT) at Visit 2."
    )
    assert said(walked) == (
        "You walk less than 400 m of 6MWT and have a score on the modified Borg 4 or more at the end of 6 minute walk "
        "test (6MWT) at Visit 2."
    )
    relapsed = (
        "Patient who relapsed with documented evidence of progression more than 12 months from completion of "
        "(neo)adjuvant endocrine therapy"
    )
    assert said(relapsed) == (
        "You relapsed with recorded signs of progression more than 12 months from the end of (neo)adjuvant hormone "
        "treatment."
    )
