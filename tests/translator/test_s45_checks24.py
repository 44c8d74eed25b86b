"""checks24: list items left out where the gap check cannot see them, and one false alarm on faithful wording.

- translator.fidelity_list_members: a member of a reordered list that no bullet says in any wording, where the
  bullets say every other member ("the intestinal tract, lungs, liver, kidney … or blood" said as "the blood, kidney,
  lungs …");
- translator.fidelity_item_neighbours: the first example of "(e.g. X or Y)" (no comma after "e.g."), the bullet
  having moved the list to a "For example, …" sentence;
- translator.shown_none: "negative for A, B or C" said with one "no" after a lab test ("your tests showed no A, B or
  C") is a negative result, not a negation added; after a scan ("a CT scan showed no A, B or C") it stays a negation.
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

ORGANS = "You have diseases of the intestinal tract, lungs, liver, kidney, nervous or endocrine systems, or blood."
ORGAN_WORDS = "You have a disease of the blood, {}lungs, intestinal tract, or nervous or endocrine systems."
BLEEDING = ("History of major bleeding, trauma, surgical procedure of any type, or vaginal delivery within six months "
            "prior to screening")
BLEEDING_WORDS = ("In the 6 months before screening, you had major bleeding, {}any type of surgery or a vaginal "
                  "delivery.")
NEEDLE = "Minor surgical procedure (e.g. fine needle aspiration or needle biopsy) within 14 days of study registration."
NEEDLE_WORDS = "You have had minor surgery within 14 days of joining the study. For example, {}needle biopsy."
FLUID = ("Malignant body cavity fluid (eg, pleural effusion, cardiac effusion, ascites) that recurred despite "
         "appropriate supportive care")
FLUID_WORDS = "Cancerous body cavity fluid that recurred despite appropriate supportive care. For example, {}ascites."
VIRUSES = "Negative for HIV, hepatitis B and hepatitis C"
VIRUS_WORDS = "Your tests showed {}HIV, hepatitis B or hepatitis C."
SCAN = "No evidence of metastases, effusion or ascites on CT"
THERAPY = ("All previous cancer therapy, including radiation, hormonal therapy and surgery, must have been "
           "discontinued at least 4 weeks prior to treatment in this study.")
THERAPY_WORDS = ("You stopped all earlier cancer treatment, including {}hormonal therapy and radiation, 4 weeks or "
                 "more before starting treatment in this study.")
BOWEL = "History of inflammatory colitides, chronic abdominal pain, or chronic diarrhea."
BOWEL_WORDS = "You have a history of chronic diarrhea, {}or inflammatory colitis."
INFECTIONS = "Known or suspected gram-negative infections, anaerobic infections, or fungemia"
INFECTION_WORDS = "You have, or may have, fungi in your blood (fungemia), {}an anaerobic infection."
HEART = ("No recent (less than 3 months) severe cardiac disease (arrhythmia, congestive heart failure, infarction)")
DRUGS = ("Patient who used or underwent or will use or undergo drug/therapy/test prohibited to combine 3 days before "
         "the start of bowel habit observation period (Day -17) or thereafter")


@pytest.mark.parametrize(("source", "faithful", "kind"), [
    # NCT00402324 E2 (paraphrase): a reordered list with every organ said
    (ORGANS, ORGAN_WORDS.format("liver, kidney, "), EXC),
    # NCT02206100 E4 (paraphrase)
    (BLEEDING, BLEEDING_WORDS.format("trauma, "), EXC),
    # examples moved to a sentence of their own, all said
    (NEEDLE, NEEDLE_WORDS.format("fine needle aspiration or "), EXC),
    (FLUID, FLUID_WORDS.format("pleural effusion, heart effusion, "), EXC),
    # one "no" over a list of tested viruses: "negative for" said plainly
    (VIRUSES, VIRUS_WORDS.format("no "), INC),
    ("Stool culture negative for Salmonella, Shigella and Campylobacter",
     "Your stool culture showed no Salmonella, Shigella or Campylobacter.", INC),
    # a scan that showed no findings: the source's "No" kept as a negation
    (SCAN, "A CT scan showed no metastases, effusion or ascites.", INC),
    # a list of acts said by other verbs ("underwent" as "had")
    (DRUGS, "You used or had or will use or have drug/treatment/test prohibited to combine 3 days before the start of "
            "bowel habit observation time (Day -17) or thereafter.", EXC),
    # NCT00704691 (paraphrase): a reordered "including" list, and new words away from it ("stopped", "starting")
    (THERAPY, THERAPY_WORDS.format("surgery, "), INC),
    (BOWEL, BOWEL_WORDS.format("chronic abdominal pain, "), EXC),
    (INFECTIONS, INFECTION_WORDS.format("a gram-negative infection or "), EXC),
    # NCT03256916 I7 (paraphrase): "infarction" said as "a heart attack", a wording the lexicon does not hold
    (HEART, "You have not had severe heart disease (such as an irregular heartbeat, congestive heart failure or a "
            "heart attack) in the last 3 months.", INC),
    # NCT00673465 I1 (paraphrase): "of either sex" said as "a man or a woman"; NCT02477865 E6: "receipt" as "getting"
    (">=18 years of age to 65 years of age, of either sex, and having a body mass index (BMI) between 27 and 35, "
     "inclusive (USA participants)", "For participants in the USA: you are a man or a woman aged 18 to 65, and your "
     "BMI is between 27 and 35, including those values.", INC),
])
def test_faithful_wordings_stay_silent(source: str, faithful: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []


@pytest.mark.parametrize(("source", "lost", "kind", "check"), [
    # a member of a reordered list left out
    (ORGANS, ORGAN_WORDS.format("kidney, "), EXC, "content_missing"),
    (ORGANS, ORGAN_WORDS.format("liver, "), EXC, "content_missing"),
    (BLEEDING, BLEEDING_WORDS.format(""), EXC, "content_missing"),
    # a member of a reordered "including" list; one named by a word of its own beside a shared one
    (THERAPY, THERAPY_WORDS.format(""), INC, "content_missing"),
    (BOWEL, BOWEL_WORDS.format(""), EXC, "content_missing"),
    (INFECTIONS, "You have, or may have, fungi in your blood (fungemia) or a gram-negative infection.", EXC,
     "content_missing"),
    # the first example of "(e.g. X or Y)" left out, none of its words said
    ("Minor surgical procedure (e.g. aspiration or needle biopsy) within 14 days of study registration.",
     "You have had minor surgery within 14 days of joining the study. For example, needle biopsy.", EXC,
     "content_missing"),
    # the tests' "no" dropped: the result is gone; a "no" on one item only: a negation added
    (VIRUSES, VIRUS_WORDS.format(""), INC, "fact_missing"),
    (VIRUSES, "A test showed no HIV, hepatitis B and no hepatitis C.", INC, "negation_added"),
    (VIRUSES, "Your tests showed no HIV, hepatitis B or you have hepatitis C.", INC, "negation_added"),
    # positive said as "no"
    ("Screening tests positive for HIV, hepatitis B virus, or hepatitis C virus",
     "Your screening tests showed no HIV, hepatitis B virus or hepatitis C virus.", INC, "fact_changed"),
    # the scan's negation dropped
    (SCAN, "A CT scan showed metastases, effusion or ascites.", INC, "negation_dropped"),
])
def test_real_losses_are_caught(source: str, lost: str, kind: SectionKind, check: str) -> None:
    assert check in checks(source, lost, kind)
