"""Fidelity misses and false alarms, each pinned on a real corpus criterion (the parser's text for the record).

- a bound beside a range: the range's own end said again is the same fact; another bound is invented;
- a time window shifted while its anchor words stay ("after the 4 weeks preceding randomization");
- "within N of X" read in the one direction the anchor allows.
"""

from __future__ import annotations

from tests.translator.test_fact_leftovers import criterion, judge
from translator.facts import extract_facts
from translator.fidelity import errors
from translator.fidelity_negations import double_negatives


def _checks(source: str, bullet: str) -> list[str]:
    return [f.check for f in errors(judge(source, bullet))]


def test_a_ranges_end_said_again_is_faithful_and_another_bound_is_invented() -> None:
    text = criterion("NCT02406521", "ECOG performance status of 0-2")
    assert _checks(text, "Your ECOG performance status is 0 to 2 (Appendix A).") == []
    # "(at most 2)" is the range's upper end said twice: the same fact.
    assert _checks(text, "Your ECOG performance status is 0 to 2 (at most 2) (Appendix A).") == []
    assert _checks(text, "Your ECOG performance status is 0 to 2 (at least 0) (Appendix A).") == []
    # Any other bound is a new fact.
    assert _checks(text, "Your ECOG performance status is 0 to 2 (at most 3) (Appendix A).") == ["fact_invented"]
    assert _checks(text, "Your ECOG performance status is 0 to 2 (at least 1) (Appendix A).") == ["fact_invented"]
    # The same number counting something the source never names is no end of the range.
    assert _checks(text, "Your ECOG performance status is 0 to 2 (Appendix A) (at most 2 doses).") == [
        "fact_invented"]


def test_a_count_the_source_names_restates_its_range() -> None:
    text = criterion("NCT03600623", "Karnofsky performance status greater than or equal to 70")
    assert _checks(text, "Your Karnofsky performance status is 70 or more, or your ECOG performance is 0 to 2 "
                         "(at most 2).") == []
    assert _checks(text, "Your Karnofsky performance status is 70 or more, or your ECOG performance is 0 to 2 "
                         "(at most 2 doses).") == ["fact_invented"]
    # A count the source names ("lines of therapy") is its own: its range's end said again stays faithful.
    lines = criterion("NCT02572687", "after 1-2 prior lines")
    said = _checks(lines, lines + " (at most 2 prior lines)")
    assert said == [], said


def test_a_window_shifted_to_after_while_its_anchor_words_stay_is_an_error() -> None:
    text = criterion("NCT00249301", "Major surgery within the 28 days preceding")
    assert _checks(text, "You had major surgery in the 28 days before the first dose of study treatment.") == []
    assert _checks(text, "You had major surgery within the 28 days preceding the first dose of study treatment.") == []
    # "after the 28 days preceding …" keeps the number and the anchor but no longer says "within".
    assert _checks(text, "You had major surgery after the 28 days preceding the first dose of study treatment.") == [
        "fact_changed"]
    assert _checks(text, "You had major surgery after 28 days preceding the first dose of study treatment.") == [
        "fact_changed"]


def test_within_a_window_of_joining_the_study_looks_back() -> None:
    # Paraphrase 227: "within 4 weeks of the start of the study" asks what the patient has had before it.
    text = criterion("NCT00453791", "respiratory tract infection")
    said = "You have had a respiratory tract infection, or your asthma has got worse, in the 4 weeks {} you joined " \
           "the study."
    assert _checks(text, said.format("before")) == []
    assert _checks(text, said.format("after")) == ["fact_changed"]


def test_within_a_window_of_a_planned_event_may_reach_after_it() -> None:
    # A sentence that looks ahead dates something to come: "planned within 4 weeks of the first dose" may be after.
    text = criterion("NCT02966730", "Major surgery planned within 4 weeks")
    assert _checks(text, "You have major surgery planned in the 4 weeks after the first dose of study drug.") == []
    assert _checks(text, "You have major surgery planned in the 4 weeks before the first dose of study drug.") == []


def test_within_a_window_of_symptom_onset_is_after_it() -> None:
    # Paraphrase 319: nothing a criterion dates happens before the symptoms begin.
    text = criterion("NCT04779879", "≤7 days from onset of symptoms")
    said = "You had a positive SARS-CoV-2 test 7 days or less before enrollment, your oxygen saturation is 94% or " \
           "more on room air, you have COVID-19 symptoms, and no more than 7 days have passed {} your symptoms began."
    assert _checks(text, said.format("since")) == []
    assert _checks(text, said.format("before")) == ["fact_changed"]


def test_an_exception_said_as_the_case_it_makes_keeps_its_negation() -> None:
    # Paraphrase 307: "except patients with X, who can have Y" said as "if you have X, … can instead be Y".
    text = criterion("NCT04780217", "Gilbert")
    said = "Your liver works well enough: your AST and ALT are no more than 3 times the upper limit of normal (ULN) " \
           "and your total bilirubin is no more than 1.5 times ULN (if you have Gilbert's syndrome, your total " \
           "bilirubin can {}be below 3.0 mg/dL)."
    assert _checks(text, said.format("instead ")) == []
    assert _checks(text, said.format("")) == ["negation_dropped"]
    # "instead of" is an exception cue of its own, not a case made.
    assert _checks(text, said.format("instead of that ")) == []


def test_a_prohibition_on_a_thing_says_its_no() -> None:
    # Paraphrase 324: "no concurrent steroid eye drops" said as "steroid eye drops … are not allowed".
    text = criterion("NCT00088933", "steroid eye drops")
    assert _checks(text, "Steroid eye drops at the same time are not allowed.") == []
    assert _checks(text, "Steroid eye drops at the same time are not permitted.") == []
    assert _checks(text, "Steroid eye drops at the same time are allowed.") == ["negation_dropped"]
    # Not allowed to take part is the section's wording: the eye drops' "no" is still lost.
    assert _checks(text, "You are not allowed to take part if you use steroid eye drops at the same time.") == [
        "negation_dropped"]


def test_a_prohibition_the_source_says_itself_makes_up_for_no_lost_cue() -> None:
    text = criterion("NCT00088933", "steroid eye drops")
    both = f"{text}; steroid eye drops are not allowed"
    assert _checks(both, "No steroid eye drops at the same time; steroid eye drops are not allowed.") == []
    assert _checks(both, "Steroid eye drops at the same time; steroid eye drops are not allowed.") == [
        "negation_dropped"]


def test_a_no_dropped_from_one_item_while_another_keeps_the_count_is_an_error() -> None:
    # Paraphrase 297: the faithful bullet says the source's one "not" over two items ("no cause of A and no other
    # cause of B"); dropping the first "no" leaves as many negations as the source has, but "have a cause of A"
    # beside "and no other cause of B" has lost the negation the source puts on both.
    text = criterion("NCT05872269", "NAFLD is defined either by previous histology")
    said = "You have an earlier documented diagnosis of NAFLD (non-alcoholic fatty liver disease) based on the AASLD " \
           "criteria. NAFLD is defined either by past histology (tissue testing) or by clinical imaging, in people " \
           "who drink little or no alcohol and have {} cause of secondary fatty liver (hepatic steatosis) and no " \
           "other cause of long-term liver disease. You must also meet one of the following at screening, to show " \
           "the NAFLD is ongoing:"
    assert _checks(text, said.format("no")) == []
    assert _checks(text, said.format("a")) == ["negation_dropped"]
    # The second "no" dropped: the item after the negated one repeats its noun past a determiner ("a other cause",
    # "another cause") and has lost its negation too.
    second = said.format("no").replace("and no other cause", "and {} cause")
    assert _checks(text, second.format("a other")) == ["negation_dropped"]
    assert _checks(text, second.format("another")) == ["negation_dropped"]


def test_a_bound_on_a_time_point_is_its_relation() -> None:
    # Paraphrase 323: "up to Day 4 after dosing" had read as the bare point "Day 4", so "at least Day 4" passed.
    text = criterion("NCT03442725", "up to Day 4 after dosing")
    said = "Apart from those the investigator approves, you used any medicine (prescription or over-the-counter), " \
           "Chinese herbal medicines or herbal tea, energy drinks, herbal products (for example St. John's wort or " \
           "garlic), or supplements or supra-therapeutic (very high) doses of vitamins within 14 days before Day-1 " \
           "and {} Day 4 after dosing."
    assert _checks(text, said.format("up to")) == []
    assert _checks(text, said.format("until")) == []
    assert _checks(text, said.format("at least")) == ["fact_changed"]


def test_one_word_read_as_two_cues_is_no_double_negative() -> None:
    text = "You can't attend the follow-up visits."
    assert double_negatives(text, extract_facts(text)) == []
    text = "You cannot not attend the follow-up visits."
    assert double_negatives(text, extract_facts(text)) != []
