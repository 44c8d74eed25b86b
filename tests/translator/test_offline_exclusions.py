"""Exclusion criteria stated as their condition, and shorter stock wordings, in the offline backend, on real
criteria: under "You cannot join if…" the words that say "this excludes" go, and nothing else moves."""

from __future__ import annotations

from tests.translator.test_offline import bullet_for, rendered
from translator.criteria import SectionKind
from translator.fidelity import check_rendering, errors
from translator.negation import find_cues
from translator.offline_edits import apply, tidy
from translator.offline_exclusions import exclusion_edits
from translator.offline_plain import plain_edits


def test_patients_with_x_are_not_eligible_becomes_you_have_x() -> None:
    request, rendering, items = rendered("NCT00042991", "Patients with spinal disease requiring")
    assert rendering.bullets[0].text == "You have spinal disease needing craniospinal radiation."
    assert items[0].level == "rewrite"
    assert not errors(check_rendering(request, rendering))


def test_must_not_moves_its_not_to_the_heading_and_keeps_the_or_list() -> None:
    # "must not be pregnant or intend to …" excludes either; so does "You cannot join if: You are pregnant or …"
    text = bullet_for("NCT00279201", "Must not be pregnant or intend").text
    assert text == "You are pregnant or plan to get pregnant during course of the study."
    request, rendering, _ = rendered("NCT00279201", "Must not have clinically significant hematologic")
    text = rendering.bullets[0].text
    assert text.startswith("You have medically important")
    assert text.endswith("liver, or digestive disease.")  # still one "or" list, every item kept
    assert not errors(check_rendering(request, rendering))


def test_must_not_before_an_and_or_a_second_rule_keeps_its_words() -> None:
    # "must not have X and Y" excludes either; "You have X and Y" would read as both
    source = "Subjects must not have donated blood while on study and for at least 90 days following the last"
    text = bullet_for("NCT02716805", source).text
    assert "must not" in text
    assert [c.cue for c in find_cues(text)] == ["not"]


def test_the_rules_hold_only_for_exclusions_and_whole_sentences() -> None:
    assert exclusion_edits("Patients with malabsorption syndromes will be excluded.", SectionKind.EXCLUSION)
    assert not exclusion_edits("Patients with malabsorption syndromes will be excluded.", SectionKind.INCLUSION)
    # a second sentence could hold a condition of its own ("… are excluded. Patients with Y are not.")
    assert not exclusion_edits("Patients with X are excluded. Patients with Y are not.", SectionKind.EXCLUSION)
    # an exception after the eligibility words stays with the condition it lifts the exclusion from
    source = "Patients with X are excluded unless treated."
    edits = exclusion_edits(source, SectionKind.EXCLUSION)
    assert tidy(apply(source, edits), sentence=True) == "You have X, unless treated."
    # … but not one that says "they" beside "you"
    assert not exclusion_edits("Patients with X are excluded unless they were treated.", SectionKind.EXCLUSION)
    # a narrowed subject names who is excluded
    assert not exclusion_edits("Women with X are not eligible.", SectionKind.EXCLUSION)


def test_well_known_letters_replace_their_spelling_out() -> None:
    request, rendering, _ = rendered("NCT00105443", "Known history of human immunodeficiency virus (HIV)")
    bullet = rendering.bullets[0]
    assert "HIV infection" in bullet.text and "immunodeficiency" not in bullet.text
    assert any(d.term == "HIV" for d in bullet.definitions)  # what the letters mean is still on the bullet
    assert not errors(check_rendering(request, rendering))
    # "HIV type 1" names one of the two viruses: left as written
    assert not plain_edits("human immunodeficiency virus type 1 infection")


def test_shorter_stock_wordings() -> None:
    text = bullet_for("NCT00659191", "A female subject is eligible to participate if").text
    assert text.startswith("A female subject can take part if she is")
    text = bullet_for("NCT00095940", "Patients with any significant medical illnesses that, in the investigator's").text
    assert text.endswith("The study doctor decides this.") and "opinion" not in text  # offline_asides moves the judge
    text = bullet_for("NCT00038480", "Weigh more than 5.5 lbs at the time of enrollment").text
    assert text.endswith("You weigh more than 5.5 lbs when joining the study.")


def test_a_scale_named_for_an_organisation_keeps_its_letters_and_its_definition_says_what_it_measures() -> None:
    bullet = bullet_for("NCT00052884", "ECOG 0-1")
    assert bullet.text == "Your ECOG score is 0 to 1."  # not "Eastern Cooperative Oncology Group (ECOG)"
    assert any(d.term.startswith("ECOG") and "daily activities" in d.plain for d in bullet.definitions)


def test_history_or_presence_reads_have_or_have_had_and_keeps_the_or_list() -> None:
    request, rendering, _ = rendered("NCT00229203", "History or presence of unstable angina")
    assert bullet_for("NCT00229203", "History or presence of unstable angina").text == (
        "You have or have had unstable angina, a heart attack, valvular heart disease or congestive heart failure."
    )
    assert not errors(check_rendering(request, rendering))
    text = bullet_for("NCT00372905", "History or evidence of CNS involvement").text
    assert text.startswith("You have had or have signs of central nervous system (CNS) involvement")


def test_a_scale_spelled_out_in_the_source_keeps_only_its_letters() -> None:
    request, rendering, _ = rendered("NCT00334282", "History of Class III or IV congestive heart failure")
    bullet = bullet_for("NCT00334282", "History of Class III or IV congestive heart failure")
    assert bullet.text == "You have had class 3 or 4 congestive heart failure as set by NYHA classification."
    assert any(d.term.startswith("NYHA") for d in bullet.definitions)
    assert not errors(check_rendering(request, rendering))


def test_history_or_current_reads_had_or_now_have() -> None:
    request, rendering, _ = rendered("NCT00737204", "History or current psychosis or bipolar disorder")
    text = bullet_for("NCT00737204", "History or current psychosis or bipolar disorder").text
    assert text == "You have had or now have psychosis or bipolar disorder."  # the "or" list is kept
    assert not errors(check_rendering(request, rendering))
    # "current evidence of" is signs now, which the next rule says
    assert bullet_for("NCT00363311", "History or current evidence").text.startswith("You have had or have signs of")


def test_history_of_any_and_a_known_history_read_as_having_had() -> None:
    assert bullet_for("NCT00514007", "History of any kind of stroke").text == "You have had any kind of stroke."
    request, rendering, _ = rendered("NCT00105443", "Known history of human immunodeficiency virus (HIV)")
    assert rendering.bullets[0].text == "You are known to have had HIV infection."  # "known" is kept
    assert not errors(check_rendering(request, rendering))


def test_past_after_have_had_goes_and_a_bracketed_exception_stays_with_its_item() -> None:
    # "must not have received X (except Y)" and "You cannot join if: You have received X (except Y)" exclude the same
    request, rendering, _ = rendered("NCT00260832", "Must not have received previous chemotherapy")
    text = bullet_for("NCT00260832", "Must not have received previous chemotherapy").text
    assert text == "You have had chemotherapy (except hydroxyurea) for any myeloid disorder."
    assert [c.cue for c in find_cues(text)] == ["except"]
    assert not errors(check_rendering(request, rendering))
