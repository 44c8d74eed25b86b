"""Session 88, gap52: dropped clauses the checks missed, each with the faithful wording next to it that must still pass.

Each case quotes its source criterion (NCT id) and the faithful wording (from the paraphrase files), and leaves out
what the planted `clause_dropped` (or a lost qualifier) left out."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

# NCT01120834 E4
LYMPHOMA = ("Subjects with previous CNS lymphoma that have been treated with chemotherapy, radiotherapy or surgery who "
            "have remained asymptomatic for 90 days (3 months)")
LYMPHOMA_SAID = ("If you had CNS lymphoma before that was treated with chemotherapy, radiotherapy or surgery, and you "
                 "have had no symptoms for 90 days (3 months).")
# NCT00127829
WASHOUT = ("Less than 4 weeks since completion of prior chemotherapy or radiation therapy (except nitrosoureas or "
           "mitomycin-C which must have a wash out period of 6 weeks)")
WASHOUT_SAID = ("It has been less than 4 weeks since you finished earlier chemotherapy or radiation therapy. For "
                "nitrosoureas or mitomycin-C, you need a wash-out period of 6 weeks instead.")
# NCT00729183
BONE = ("Participant has been treated with oral bisphosphonates, strontium, parathyroid hormone (PTH) or other agents "
        "with an effect on bone")
BONE_SAID = ("You have been treated with bisphosphonates taken by mouth, strontium, parathyroid hormone (PTH) or other "
             "medicines that affect bone.")


@pytest.mark.parametrize(("source", "faithful", "dropped", "kind"), [
    # the relative clause after a list's last member is the whole list's: "surgery" is the member, and it is gone
    (LYMPHOMA, LYMPHOMA_SAID, " or surgery", INC),
    # a pair of treatments: the second one named, and left out
    (WASHOUT, WASHOUT_SAID, " or radiation therapy", EXC),
    # "taken by mouth", the gloss of "oral", is no other member's wording: the member left out is read as lost
    (BONE, BONE_SAID, "strontium, ", EXC),
])
def test_a_list_member_left_out_is_caught(source: str, faithful: str, dropped: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert "content_missing" in checks(source, faithful.replace(dropped, "", 1), kind)


# NCT01483781
DIABETES = ("History of diabetic ketoacidosis, type 1 diabetes mellitus (T1DM), pancreas or beta cell transplantation, "
            "or diabetes secondary to pancreatitis or pancreatectomy")
DIABETES_SAID = ("You have a history of diabetic ketoacidosis, type 1 diabetes (T1DM), a pancreas or beta cell "
                 "transplant, or diabetes caused by pancreatitis or by removal of the pancreas (pancreatectomy).")


def test_a_pair_member_said_in_other_words_still_passes() -> None:
    # "caused by" says "secondary to": a member said otherwise, not a gloss verb beside another member
    assert checks(DIABETES, DIABETES_SAID, EXC) == []
    # and a pair whose second member has no name of its own ("medical or psychiatric") is not read as a pair
    assert checks("Any medical or psychiatric condition", "You have any medical or mental health condition.") == []
    assert "content_missing" in checks("Any medical or psychiatric condition", "You have any medical condition.")


@pytest.mark.parametrize(("source", "faithful", "wrong"), [
    # "active": an infection now, not one that sleeps or was had
    ("Active hepatitis B infection", "You have an active hepatitis B infection.", "You have a hepatitis B infection."),
    ("Active infection requiring systemic therapy",
     "You have an infection now that needs treatment of the whole body (systemic therapy).",
     "You have an infection that needs treatment of the whole body (systemic therapy)."),
    # "major": not any surgery
    ("Major surgery within 4 weeks prior to randomization", "You had a big operation (major surgery) in the 4 weeks "
     "before randomization.", "You had surgery in the 4 weeks before randomization."),
    ("Major surgery within 4 weeks prior to randomization", "You had serious surgery in the 4 weeks before "
     "randomization.", "You had an operation in the 4 weeks before randomization."),
])
def test_a_lost_qualifier_is_caught(source: str, faithful: str, wrong: str) -> None:
    assert checks(source, faithful, EXC) == []
    assert "content_missing" in checks(source, wrong, EXC)


@pytest.mark.parametrize(("source", "bullet"), [
    # no qualifier of a disease or of surgery: a name of its own, or another sense of the word
    ("Major depressive disorder", "You have major depressive disorder (depression)."),
    ("Physically active adults", "You are an adult who is physically active."),
    ("Women in active labor", "You are a woman in labor."),
])
def test_the_words_elsewhere_are_not_read_as_qualifiers(source: str, bullet: str) -> None:
    assert "content_missing" not in checks(source, bullet, INC)


# NCT02446717
ABUSE = ("Recent (within 6 months prior to study drug administration) history of drug or alcohol abuse that could "
         "preclude adherence to the protocol")
# NCT00646776
OTC = ("Use of any other drugs, including over-the-counter medications of herbal preparations within 1 week prior to "
       "study drug administration")


@pytest.mark.parametrize(("source", "faithful", "wrong"), [
    # "abuse" said by its kinds; without it, any use of drugs or alcohol
    (ABUSE, "In the 6 months before you receive the study drug, you have misused drugs or alcohol in a way that could "
     "keep you from following the protocol.", "In the 6 months before you receive the study drug, you have used drugs "
     "or alcohol in a way that could keep you from following the protocol."),
    (ABUSE, "In the 6 months before you receive the study drug, you have abused drugs or alcohol in a way that could "
     "keep you from following the protocol.", "In the 6 months before you receive the study drug or alcohol in a way "
     "that could keep you from following the protocol."),
    # "over-the-counter" said by where the medicine is bought; without it, every medicine
    (OTC, "You have used any other drugs, including medicines you can buy without a prescription or herbal "
     "preparations, within 1 week before getting the study drug.", "You have used any other drugs, including "
     "medicines or herbal preparations, within 1 week before getting the study drug."),
])
def test_a_lost_abuse_or_over_the_counter_is_caught(source: str, faithful: str, wrong: str) -> None:
    assert checks(source, faithful, EXC) == []
    assert "content_missing" in checks(source, wrong, EXC)


def test_abuse_in_a_label_or_a_name_is_not_read() -> None:
    source = "Drug/alcohol abuse: Subjects with a known or suspected history of alcohol or drug abuse within 2 years"
    assert checks(source, "You have a known or suspected history of alcohol or drug abuse within 2 years.") == []
    source = "More than 4 drinks a day according to the National Institute on Alcohol Abuse and Alcoholism (NIAAA)"
    assert "content_missing" not in checks(source, "You drink more than 4 drinks a day, by the NIAAA's measure.")
