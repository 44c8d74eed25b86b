"""Session 85, lead: the offline rows checks-46 cost given back."""

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind

SOURCE = ("Receipt of any investigational drug within 30 days or ten half-lives, whichever is longer, prior to the "
          "initial study drug administration")


def test_a_window_without_a_number_counts_nothing() -> None:
    # NCT02800811 E: "before the initial study drug dose" was read as a number counting "doses" the source never
    # names (the rule for "at most 2 doses"), although the window has no number, so the rewrite fell back a level
    faithful = ("You have had any experimental drug within 30 days or ten half-lives, whichever is longer, before "
                "the initial study drug dose.")
    assert checks(SOURCE, faithful, EXC) == []
    assert "before the initial study drug dose" in said(SOURCE)


def test_an_invented_window_or_count_is_still_found() -> None:
    source = "Receipt of any investigational drug within 30 days"
    # a window whose event the source never names
    assert checks(source, "You have had any experimental drug before the first study drug dose.", EXC)
    # a number counting doses the source never names
    assert checks(source, "You have had 2 doses of any experimental drug within 30 days.", EXC)
    # the window shifted to the other side of the event
    assert checks(SOURCE, "You have had any experimental drug within 30 days or ten half-lives, whichever is longer, "
                          "after the initial study drug dose.", EXC)


RVO = ("Central or branch retinal vein occlusion (CRVO or BRVO) with a mean CST ≥ 300µm on SD-OCT images taken at "
       "the baseline visit (Day 0)")
TAIL = ", with a mean CST of at least 300µm on SD-OCT images taken at the baseline visit (Day 0)."


def test_a_join_turned_in_a_gloss_that_says_the_pair_again_is_found() -> None:
    # NCT02485249 (a planted and_or_swapped the corpus suite missed): the bullet says "central or branch" once and
    # again in a gloss; "and" planted in the gloss passed, since the source's "or" was still said as often as the
    # source says it
    faithful = ("You have a blocked central or branch retinal vein (central or branch retinal vein occlusion, CRVO or "
                "BRVO)")
    assert checks(RVO, faithful + TAIL, INC) == []
    turned = faithful.replace("(central or", "(central and")
    assert "join_turned" in checks(RVO, turned + TAIL, INC)


HEART = ("Patients with a history of myocardial infarction within the preceding 6 months, significant arrhythmia "
         "within the preceding 3 months, or uncontrolled hypertension or congestive heart failure are ineligible.")
HEART_SAID = ("You have had a heart attack (myocardial infarction) in the preceding 6 months or a significant heart "
              "rhythm problem (arrhythmia) in the preceding 3 months, or you have uncontrolled high blood pressure or "
              "congestive heart failure.")


def test_a_not_added_on_an_item_outside_a_negated_list_is_found() -> None:
    # NCT00629187 (a held-out negation_added plant missed): "uncontrolled" negates "hypertension or congestive heart
    # failure"; a "not" planted on "a heart attack" was read as that negation said again over the list, since "heart
    # attack" (the plain words of the source's "myocardial infarction") shares "heart" with "congestive heart failure"
    assert checks(HEART, HEART_SAID, EXC) == []
    assert "negation_added" in checks(HEART, HEART_SAID.replace("You have had", "You have not had"), EXC)
    # the list's negation said again over its items is still one negation
    again = ("You have had a heart attack in the preceding 6 months or a significant heart rhythm problem "
             "(arrhythmia) in the preceding 3 months. Or your high blood pressure is uncontrolled, or your congestive "
             "heart failure is not under control.")
    assert "negation_added" not in checks(HEART, again, EXC)


SECOND = ("Concurrent (or within the last 5 years) second malignancy other than non melanoma skin cancer, cervical "
          "carcinoma in situ, controlled superficial bladder cancer, or other carcinoma in situ that has been treated.")
SECOND_SAID = ("You have a second cancer now (or had one in the last 5 years), other than non-melanoma skin cancer, "
               "carcinoma in situ of the cervix, controlled superficial bladder cancer, or another carcinoma in situ "
               "that has been treated.")


def test_a_hyphened_name_that_is_no_cue_leaves_no_room_for_a_not() -> None:
    # NCT02687009 (a held-out negation_added plant missed): "non melanoma" written apart (no cue) and "non-melanoma"
    # in the bullet made room for one negation more, though the bullet's "non-melanoma skin cancer" is a name the
    # facts do not count as a cue either; the planted "do not have" passed
    assert checks(SECOND, SECOND_SAID, EXC) == []
    assert "negation_added" in checks(SECOND, SECOND_SAID.replace("You have a", "You do not have a"), EXC)


def test_the_preceding_study_is_an_earlier_study_not_a_window() -> None:
    # NCT02335346: "in the preceding study HMGX" was said "in the before study HMGX" (the rule for "preceding
    # screening"), which the checks rightly refused, so the row fell back to the source's sentence
    source = "Participants who have completed the 15-week treatment in the preceding study HMGX."
    assert said(source, kind=SectionKind.INCLUSION) == (
        "You have finished the 15-week treatment in the preceding study HMGX.")
    assert said("Myocardial infarction in the 6 months preceding the first dose") == (
        "You have had a heart attack in the 6 months before the first dose.")


GBM = ("Must have received first-line multimodal therapy with surgery followed by temozolomide (unless MGMT promoter "
       "unmethylated) and radiation (subjects with GBM must have received temozolomide and radiation concurrently)")
GBM_SAID = ("You must have had first-line combined treatment: surgery followed by temozolomide (unless your MGMT "
            "promoter is unmethylated) and radiation. If you have GBM, you must have had temozolomide and radiation at "
            "the same time.")


def test_a_negation_in_a_closed_bracket_does_not_govern_a_join_after_it() -> None:
    # NCT02414165 (a Chia and_or_swapped plant missed): the "unless" of "(unless MGMT promoter unmethylated)" was read
    # as a negation over the clause's later "temozolomide and radiation concurrently", where either join reads alike
    assert checks(GBM, GBM_SAID, INC) == []
    turned = GBM_SAID.replace("temozolomide and radiation at", "temozolomide or radiation at")
    assert "join_turned" in checks(GBM, turned, INC)
    # a negation over the join itself still makes either join read alike ("no A and B" is neither)
    assert checks("No prior temozolomide and radiation", "You have had no temozolomide or radiation before.", EXC) == []
