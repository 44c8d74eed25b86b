"""Wording bugs (words19): "History of X, or has had Y" put to the reader (offline_openings.dangling_verb no longer
takes the "had" of an opened "has had" for a verb left dangling), "Positive to the screening test for …" said as "a
positive result to" (not "a positive to"), and "You have a history of X that needed Y, has current Z" agreed
(offline_listed_verbs). Real corpus criteria; near cases keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT01466985: the "had" after "or has" is that clause's own verb
        (
            "History of significant multiple and/or severe allergies (including latex allergy), or has had an "
            "anaphylactic reaction or significant intolerability to prescription or non-prescription drugs or food",
            "You have had significant multiple and/or severe allergies (such as latex allergy), or have had an "
            "anaphylactic reaction or significant intolerability to prescription or non-prescription drugs or food.",
        ),
        # NCT02631928: no "a positive to"; the source's own "positive result to" for both tests
        (
            "Positive to the screening test for Hepatitis Bs antigen or Hepatitis C antibodies and/or a positive "
            "result to the test for HIV-1/2 antibodies or HIV-1 antigen.",
            "You have a positive result to the screening test for Hepatitis Bs antigen or Hepatitis C antibodies "
            "and/or a positive result to the test for HIV-1/2 antibodies or HIV-1 antigen.",
        ),
        # the patient's three things, not the history's: "have current", "or have suspected" (the first "had" since
        # offline_histories, session 47)
        (
            "Has a history of (non-infectious) interstitial lung disease (ILD)/pneumonitis that required "
            "corticosteroid treatment, has current ILD/pneumonitis, or has suspected ILD/pneumonitis which cannot be "
            "ruled out by imaging at screening",
            "You have had (non-infectious) interstitial lung disease (ILD)/pneumonitis that needed "
            "corticosteroid treatment, have current ILD/pneumonitis, or have suspected ILD/pneumonitis which cannot "
            "be ruled out by imaging at screening.",
        ),
        (
            "Has a history of (noninfectious) ILD/pneumonitis that required steroids, has current ILD/pneumonitis, or "
            "where suspected ILD/pneumonitis cannot be ruled out by imaging at Screening.",
            "You have had (noninfectious) interstitial lung disease (ILD)/pneumonitis that needed steroids, "
            "have current ILD/pneumonitis, or where suspected ILD/pneumonitis cannot be ruled out by imaging at "
            "Screening.",
        ),
        # near cases keep their words: a comma-joined "has" after a "History of" opening stays third person
        (
            "History of non-infectious ILD/pneumonitis that required steroids, has current ILD/pneumonitis, or has "
            "suspected ILD/pneumonitis that cannot be ruled out by imaging at screening",
            "History of non-infectious interstitial lung disease (ILD)/pneumonitis that needed steroids, has current "
            "ILD/pneumonitis, or has suspected ILD/pneumonitis that cannot be ruled out by imaging at screening",
        ),
        # a "positive" before a noun keeps its article
        ("Positive HIV test", "You have a positive HIV test."),
        # an opened "has had" was already right after "Has a history of"
        (
            "Participant has a history of multiple and/or severe allergies, or has had an anaphylactic reaction or "
            "intolerance to any drugs or food",
            "You have had multiple and/or severe allergies. Or you have had an anaphylactic reaction or intolerance to "
            "any drugs or food.",  # (the "or" clause its own sentence: plain31)
        ),
    ],
)
def test_words19(source: str, plain: str) -> None:
    assert said(source) == plain
