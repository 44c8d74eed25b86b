"""Session 84, lead: a level the offline backend lost to checks-45 given back."""

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said

SOURCE = ("Known infection with hepatitis B or C, or history of human immunodeficiency virus (HIV) infection, or "
          "subject receiving immunosuppressive or myelosuppressive medications that would in the opinion of the "
          "investigator, increase the risk of serious neutropenic complications")


def test_a_verb_of_taking_said_by_another_is_no_lost_item_word() -> None:
    # NCT01964430 E1.5: checks-45 read "receiving", the word before the item's last word, as the one that tells
    # "subject receiving immunosuppressive" from its neighbours, so the full rewrite ("you are getting …") fell back
    tail = ", increase the risk of serious neutropenic complications."
    rewrite = ("You are known to have an infection with hepatitis B or C, or history of HIV infection. Or you are "
               "getting immunosuppressive or myelosuppressive medicines that would in the study doctor's view" + tail)
    assert checks(SOURCE, rewrite, EXC) == []
    assert "getting immunosuppressive" in said(SOURCE)
    # the item itself left out is still found: its rare word is gone with it
    dropped = ("You are known to have an infection with hepatitis B or C, or history of HIV infection. Or you are "
               "getting myelosuppressive medicines that would in the study doctor's view" + tail)
    assert checks(SOURCE, dropped, EXC)


def test_the_word_before_the_last_still_tells_items_apart() -> None:
    # the rule the verbs are taken out of still holds for a modifier ("tubal factor" after "male factor")
    source = "Infertility due to male factor, tubal factor or endometriosis"
    assert checks(source, "Your infertility is due to male factor, tubal factor or endometriosis.", EXC) == []
    assert checks(source, "Your infertility is due to male factor, factor or endometriosis.", EXC)


def test_the_first_months_of_an_event_follow_it() -> None:
    # NCT06131424 (a planted time_window_shifted the corpus suite missed): "died within the first 12 months of
    # diagnosis" said "… before diagnosis" passed, "of" read as a window on either side of the event
    source = "Patient died within the first 12 months of diagnosis"
    for faithful in ("You died within the first 12 months of diagnosis.",
                     "You died in the first 12 months after diagnosis.",
                     "You died within 12 months after being diagnosed."):
        assert checks(source, faithful, EXC) == [], faithful
    for shifted in ("You died within the first 12 months before diagnosis.",
                    "You died in the 12 months before diagnosis."):
        assert "fact_changed" in checks(source, shifted, EXC), shifted
    # without "first", "within 12 months of" still reaches either side
    either = "You died in the 12 months before diagnosis."
    assert checks("Patient died within 12 months of diagnosis", either, EXC) == []


def test_a_screening_measurement_is_dated_at_screening() -> None:
    # NCT02219516 I, NCT00264290 E (held-out plants the checks missed): "Screening serum urate level" dates the
    # measurement as "Baseline hemoglobin" does; a bullet that drops "At screening," measures it at any time
    source = "Subject has a Screening serum urate level ≥ 4.5 mg/dL and ≤ 10 mg/dL"
    for faithful in ("At screening, your blood (serum) urate level is at least 4.5 mg/dL and no more than 10 mg/dL.",
                     "Your screening serum urate level is at least 4.5 mg/dL and no more than 10 mg/dL."):
        assert checks(source, faithful, INC) == [], faithful
    assert "fact_missing" in checks(source, "Your serum urate level is at least 4.5 mg/dL and no more than 10 mg/dL.",
                                    INC)
    # a test done to screen for a disease is no time
    assert checks("A positive screening test for HIV", "A positive test for HIV", EXC) == []


def test_a_name_in_a_windows_event_is_compared() -> None:
    # NCT02607930 I (a held-out code_changed plant the checks missed): "HIV-1" said inside the window "after your
    # HIV-8 diagnosis" was left to the window to compare, which compares only its time and its event's kind
    source = ("Antiretroviral treatment naïve (≤ 10 days of prior therapy with any antiretroviral agent following a "
              "diagnosis of HIV-1 infection)")
    said_so = ("You have not been treated for HIV before: you have had 10 days or less of earlier therapy with any "
               "antiretroviral drug after your {} diagnosis.")
    assert checks(source, said_so.format("HIV-1"), INC) == []
    assert "fact_changed" in checks(source, said_so.format("HIV-2"), INC)
    # a name that is the fact itself is still the fact's to compare: "T1DM" is type 1
    assert checks("T1DM for at least 2 years", "You have had T1DM (type 1 diabetes) for at least 2 years.", INC) == []


def test_an_organ_put_in_a_terms_plain_words_is_a_swap() -> None:
    # NCT00642031 E, NCT02012777 E (held-out term_swapped plants the checks missed): "heart rhythm problems
    # (arrhythmias)" made "lung rhythm problems" while the source's heart is still said elsewhere; the lexicon's
    # plain words of a source's term ("abnormal heart rhythms") show where the organ stood
    source = "Active heart disease including arrhythmias not controlled by medication"
    said_so = "You have active heart disease, including {} rhythm problems (arrhythmias) that medicine cannot control."
    assert checks(source, said_so.format("heart"), EXC) == []
    assert "fact_changed" in checks(source, said_so.format("lung"), EXC)
    source = "history of heart failure, pneumonia"
    assert checks(source, "You have a history of heart failure or a lung infection (pneumonia).", EXC) == []
    assert checks(source, "You have a history of heart failure or a kidney infection (pneumonia).", EXC)
    # a term's organ said in the bullet is the term's, not one put in place of the source's kidneys
    source = "History of cirrhosis or kidney disease"
    assert checks(source, "You have a history of liver disease (cirrhosis) or kidney disease.", EXC) == []
    assert checks(source, "You have a history of liver disease (cirrhosis) or lung disease.", EXC)


def test_the_first_dose_for_the_last_is_a_swap() -> None:
    # NCT02658084 E2 (alarm48): an exclusion's bare lead-in "If last dose of trastuzumab was:" said "Your last dose
    # of trastuzumab was:" passes now that the clause-end check knows the section, and with it "Your first dose …",
    # which no window compares
    source = "If last dose of trastuzumab was:"
    assert checks(source, "Your last dose of trastuzumab was:", EXC) == []
    assert checks(source, "Your most recent dose of trastuzumab was:", EXC) == []
    assert "fact_changed" in checks(source, "Your first dose of trastuzumab was:", EXC)
    source = "Received the last dose of chemotherapy"
    assert checks(source, "You have had your final dose of chemotherapy.", INC) == []
    assert checks(source, "You have had your initial dose of chemotherapy.", INC)


def test_an_absent_change_beyond_a_bound_is_a_bound() -> None:
    # alarm48 read "no drop of more than 20 mm Hg" as a drop of 20 at most; the offline backend's "You have no weight
    # change more than 3 kg" for "Absence of weight change more than 3 kg" then differed from its source, read as a
    # negation beside "more than 3 kg", and fell back to the source's words
    source = "Absence of weight change more than 3 kg in the past 6 months"
    assert said(source, INC) == "You have no weight change more than 3 kg in the past 6 months."
    assert checks(source, "Your weight has not changed by more than 3 kg in the past 6 months.", INC) == []
    assert checks(source, "You have a weight change more than 3 kg in the past 6 months.", INC)
    assert checks(source, "You have no weight change more than 5 kg in the past 6 months.", INC)
    # the verb says it as the noun does
    assert checks("No increase of more than 2 points", "Your score did not increase by more than 2 points.", INC) == []
    assert checks("No increase of more than 2 points", "Your score did increase by more than 2 points.", INC)


def test_the_offline_wordings_of_a_first_and_last_dose_keep_their_event() -> None:
    # checks-46 read "the initial study drug administration" as the first dose and "after treatment ends" as after
    # the last (alarm48); the offline backend's own "the initial study drug dose" and "after study drug is stopped"
    # for "… is discontinued" then named no event, and 7 corpus rows fell back to the source's stock phrases
    source = "A subject with active drug or alcohol abuse within 2 years prior to the initial study drug administration"
    assert said(source).endswith("2 years before the initial study drug dose.")
    assert checks(source, "You have active drug or alcohol abuse in the 2 years before the last study drug dose.", EXC)
    source = ("Must agree to also take low dose aspirin while receiving study drug and for 30 days after study drug is "
              "discontinued")
    assert checks(source, "You must agree to also take low dose aspirin while getting study drug and for 30 days "
                          "after study drug is stopped.", INC) == []
    assert checks(source, "You must agree to also take low dose aspirin while getting study drug and for 30 days "
                          "after study drug is started.", INC)
