"""What each kind of finding means, in words for editors.

A finding's message says what one check saw in one bullet; its kind ("fact_changed", "join_turned") is a name for
code. Editors meet the kinds on their own, though: the list of kinds waiting for review, the queue narrowed to one
kind, the name beside each finding on a review page. There a name says little to someone who has not read the
checks, so each kind has a description here: what was seen, and what the editor does about it.

Every kind a check, a flag of the pipeline or the `check` command can report has one (tests/translator/
test_s58_check_kinds.py reads the code for the kinds and fails on one without a description, and on a description
whose kind nothing reports).
"""

from __future__ import annotations

KIND_DESCRIPTIONS: dict[str, str] = {
    # What a bullet says, compared fact by fact with its criterion.
    "fact_missing": "A number, limit, unit, time window or level of the criterion is in none of the bullets that "
    "cite it. Put it back, in the criterion's own terms.",
    "fact_changed": "A bullet gives one of the criterion's facts a different value, limit, unit or event it is "
    "counted from (“at least 18” said as “over 18”). Make it say what the criterion says.",
    "fact_invented": "A bullet states a number, unit or time window that its criteria do not have. Take it out, or "
    "move an explanation into a definition.",
    "window_side": "The criterion counts a time window from an event without saying before or after, and a bullet "
    "puts it on one side. Check which the record means.",
    "negation_dropped": "The criterion says “no”, “not” or “without”, and the bullets citing it lost one: the rule "
    "now says the opposite. Put the negation back.",
    "negation_added": "A bullet has a “no” or “not” its criterion does not have: the rule now says the opposite. "
    "Take it out.",
    "negation_moved": "A “not” moved off the verb the criterion negates (“does not agree to” said with “agree to” "
    "and a “not” elsewhere). Put it back on its verb.",
    "double_negative": "A bullet says a double negative, which can turn its meaning round. Say it positively; when "
    "the criterion has the double negative too, this is only a warning.",
    "content_missing": "Words that carry the rule (a condition, a treatment, a list item, a qualifier such as "
    "“active”, an exception) are in none of the bullets that cite the criterion, or were swapped for other "
    "words. Put them back.",
    "content_invented": "The criterion lists nothing (“N/A”, “Not applicable”), and a bullet citing it states a "
    "rule. Make the bullet say that nothing is listed.",
    "frame_dropped": "Whom the criterion is about or who decides was lost (“women able to become pregnant”, “in "
    "the investigator's opinion”): the rule now applies to everyone, or to no one's judgement. Put it back.",
    "group_dropped": "The criterion is about one sex only (“women under 50”), and its bullets no longer say so: the "
    "rule now applies to both. Name the sex.",
    "sex_dropped": "The criterion names men and women, and its bullets name only one of them. Name both, or "
    "neither.",
    "both_ways_dropped": "The criterion takes people with and without something (“with or without diabetes”, "
    "“whether or not”), and its bullets name one side only: the others are now turned away. Say both.",
    "join_turned": "An “and” in the criterion became “or” in a bullet, or the other way round: how many of the "
    "things a person needs has changed. Use the criterion's word.",
    # Where bullets and criteria meet.
    "criterion_missing": "No bullet cites this criterion, so what it asks is missing from the translation. Add a "
    "bullet for it.",
    "polarity_flipped": "A criterion's bullet stands under the other heading: an exclusion shown as a reason to "
    "join, or the other way round. Move it back.",
    "unknown_source": "A bullet cites a criterion the source does not have. Cite the criterion it renders.",
    "unsourced_bullet": "A bullet cites no criterion, so nothing can check it. Cite its criterion or take it out.",
    # The source itself, or the record's structured fields.
    "list_beside_lead_in": "The criterion says “one of the following” (or “none of”, “all of”), but its list is "
    "written beside it, not under it, so where the list ends is a guess. Check the layout against the record.",
    "equals_as_limit": "The criterion has a bare “=” where a limit belongs (“Age = 18 years”); the record's "
    "text probably lost a “≥” or “≤”. Check the trial's record and write the limit it means.",
    "age_mismatch": "The record's minimum or maximum age disagrees with the ages in the criteria text. Check which "
    "one is right before publishing.",
    "sex_mismatch": "The record's sex field disagrees with the criteria text (the field says all sexes, the text "
    "only women, or the other way round). Check which one is right.",
    "healthy_volunteers_mismatch": "The record's healthy-volunteers field disagrees with the criteria text. Check "
    "which one is right.",
    # Flags of the pipeline.
    "flag_offline_verbatim": "Part of a criterion is shown as written: every plain-English rewrite of it changed a "
    "fact (or the rules failed on it). Write it plainly by hand, or approve it as written.",
    "flag_llm_fallback": "The language model's answers kept failing the checks, so the offline rules wrote this "
    "criterion. Read it with care.",
    "source_changed": "The translation was made from other criteria text than the record has now. Translate it "
    "again.",
    # How a bullet reads.
    "reading_grade": "A bullet reads above grade 8. Shorter sentences and everyday words bring it down.",
    "term_unexplained": "A medical term or abbreviation is left in a bullet without a definition. Add one, or use "
    "plain words.",
}


def describe(check: str) -> str | None:
    """What a kind of finding means, for editors; None for a kind with no description (an older edition's)."""
    return KIND_DESCRIPTIONS.get(check)
