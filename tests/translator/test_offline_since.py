"""Elapsed time written as a fragment ("At least 4 weeks since prior radiotherapy"), as a plain sentence
(translator.offline_since): the fact in its own words, what the time is counted from, the "recovered" tail, and
the shapes with another clause that keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import backend, rewritten, said
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import check_rendering, errors
from translator.offline_since import since_edits

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "plain"), [
    ("At least 4 weeks since prior radiotherapy", "It has been at least 4 weeks since any past radiation treatment."),
    ("More than 3 months since prior major surgery", "It has been more than 3 months since any past major surgery."),
    ("More than 6 months since diagnosis", "It has been more than 6 months since diagnosis."),
    ("At least 2 weeks since any prior chemotherapy or targeted therapy",
     "It has been at least 2 weeks since any past chemotherapy or targeted treatment."),
    ("At least 28 days since previous chemotherapy", "It has been at least 28 days since any past chemotherapy."),
    # the comparator and the amount exactly as the source words them, a range and "or more" too
    ("4 weeks or more since prior surgery", "It has been 4 weeks or more since any past surgery."),
    ("At least 3-4 weeks since prior cytotoxic therapy",
     "It has been at least 3-4 weeks since any past cytotoxic treatment."),
    ("30 days since previous treatment of brain tumor.",
     "It has been 30 days since any past treatment of brain tumor."),
    ("Minimum of 3 years since diagnosis.", "It has been at least 3 years since diagnosis."),
    # a symbol is the fact wording's ("≥" → "at least"), after the same opening
    ("≥ 28 days since prior major surgery", "It has been at least 28 days since any past major surgery."),
    # the source's own "last" is the reader's last
    ("At least 14 days since last dose of chemotherapy",
     "It has been at least 14 days since your last dose of chemotherapy."),
    # "taking part" (the plain words of "participation") is no noun after "any past"
    ("More than 30 days since prior participation in another clinical trial",
     "It has been more than 30 days since any past participation in another clinical trial."),
    # an aside stays where the source has it
    ("At least 4 weeks since prior chemotherapy (6 weeks for nitrosoureas or mitomycin C)",
     "It has been at least 4 weeks since any past chemotherapy (6 weeks for nitrosoureas or mitomycin C)."),
    ("More than 1 week since prior growth factors (> 3 weeks for pegfilgrastim [Neulasta®])",
     "It has been more than 1 week since any past growth factors (more than 3 weeks for pegfilgrastim [Neulasta®])."),
    # a list item's closing ";"; a colon that leads into sub-items stays
    ("At least 4 weeks since prior surgery;", "It has been at least 4 weeks since any past surgery."),
    ("At least 3 weeks since prior treatment with:", "It has been at least 3 weeks since any past treatment with:"),
])  # fmt: skip
def test_elapsed_time_reads_as_a_sentence(text: str, plain: str) -> None:
    assert said(text, INC) == plain


def test_an_exclusion_says_the_same_sentence() -> None:
    # the heading ("You cannot join if…") says it keeps the reader out; the sentence is a fact about their history
    assert said("Less than 21 days since prior investigational drugs", EXC) == (
        "It has been less than 21 days since any past experimental drugs."
    )


@pytest.mark.parametrize(("text", "plain"), [
    ("At least 1 week since prior hematopoietic growth factor and recovered",
     "It has been at least 1 week since any past hematopoietic growth factor, and you have recovered."),
    ("At least 4 weeks since prior major surgery and fully recovered",
     "It has been at least 4 weeks since any past major surgery, and you have fully recovered."),
    ("At least 4 weeks since prior surgery, and recovered from all toxicities",
     "It has been at least 4 weeks since any past surgery. You have also recovered from all toxicities."),
    # the aside before the tail stays with the treatment it qualifies (in an inclusion bullet above grade 8 the tail is
    # a sentence of its own: offline_since, session 80)
    ("At least 3 weeks since prior chemotherapy (6 weeks for nitrosoureas) and recovered",
     "It has been at least 3 weeks since any past chemotherapy (6 weeks for nitrosoureas). You have also recovered."),
])  # fmt: skip
def test_the_recovered_tail_gets_its_subject(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize("text", [
    # another clause, which the opening would leave without its subject or turn into a fact of the time
    "More than 4 weeks since prior and no concurrent radiotherapy and recovered",
    "At least 4 months since prior stem cell transplantation or rescue AND no evidence of graft-vs-host disease",
    "More than 4 weeks since prior major surgery unless fully recovered",
    "More than 3 weeks since prior chemotherapy while on protocol therapy.",
    "At least 5 years since prior primary malignancy except if the malignancy is a basal cell skin cancer",
    "At least 4 weeks since prior flutamide and there is continued evidence of disease progression",
    "Greater than 3 weeks since surgery and must have recovered from all associated toxicities.",
    "At least 4 weeks since any prior major surgery. Patients who have fully recovered may also be eligible",
    "At least 2 weeks since prior radiation to sites other than the brain, and recovered to ≤ grade 1",
    "At least 28 days since prior radiation therapy or surgery and recovery from treatment",
    "At least 3 months since prior stroke, and stable",
    "At least 6 months since prior surgery and healed",
    # a bracket left open, an item cut off
    "More than 3 weeks since prior anticancer therapy (6 weeks for nitrosourea or mitomycin",
    "At least 4 weeks since prior chemotherapy, or",
    # no fragment of elapsed time
    "Prior chemotherapy allowed",
])  # fmt: skip
def test_other_shapes_keep_their_words(text: str) -> None:
    assert since_edits(text, INC, extract_facts(text)) == []
    assert not said(text, INC).startswith("It has been")


def test_a_sentence_the_check_faults_is_not_made() -> None:
    # "and recovered (6 weeks for …)": the aside's 6 weeks would no longer stand next to the time it qualifies
    text = "At least 4 weeks since prior chemotherapy and recovered (6 weeks for mitomycin C or nitrosoureas)"
    assert since_edits(text, INC, extract_facts(text)) == []
    assert said(text, INC).startswith("At least 4 weeks since past chemotherapy")


@pytest.mark.parametrize("wrong", [
    "It has been at least 3 weeks since any past radiation treatment.",
    "It has been at most 4 weeks since any past radiation treatment.",
    "It has been more than 4 weeks since any past radiation treatment.",
    "It has been at least 4 months since any past radiation treatment.",
    "It has been 4 weeks since any past radiation treatment.",
])  # fmt: skip
def test_the_check_catches_a_changed_time_in_the_sentence(wrong: str) -> None:
    text = "At least 4 weeks since prior radiotherapy"
    request = CriterionRequest(kind=INC, items=[RequestItem(ref="1", text=text, facts=extract_facts(text))])
    right = "It has been at least 4 weeks since any past radiation treatment."
    assert not errors(check_rendering(request, Rendering(bullets=[RenderedBullet(text=right, refs=["1"], depth=0)])))
    assert errors(check_rendering(request, Rendering(bullets=[RenderedBullet(text=wrong, refs=["1"], depth=0)])))


@pytest.mark.parametrize(("nct_id", "source", "plain"), [
    ("NCT00002475", "At least 4 weeks since prior radiotherapy",
     "It has been at least 4 weeks since any past radiation treatment."),
    ("NCT00346229", "More than 3 months since prior major surgery",
     "It has been more than 3 months since any past major surgery."),
    ("NCT00003926", "At least 1 week since prior hematopoietic growth factor and recovered",
     "It has been at least 1 week since any past hematopoietic growth factor, and you have recovered."),
    ("NCT02151981", "At least 14 days since last dose of platinum-based doublet chemotherapy",
     "It has been at least 14 days since your last dose of platinum-based doublet chemotherapy."),
])  # fmt: skip
def test_corpus_criteria_read_as_sentences(nct_id: str, source: str, plain: str) -> None:
    assert rewritten(nct_id, source) == plain


def _with_a_note(text: str, note: str) -> str:
    """The bullet for `text` with `note` as its one sub-item."""
    items = [RequestItem(ref=ref, text=t, facts=extract_facts(t)) for ref, t in (("1", text), ("1.1", note))]
    request = CriterionRequest(kind=INC, items=items)
    rendering = backend().render(request)
    assert not errors(check_rendering(request, rendering))
    return rendering.bullets[0].text


def test_a_sentence_of_elapsed_time_is_whole_over_its_notes() -> None:
    # the sub-item is a note on the sentence, not the rest of it: a full stop, not a colon
    note = "Wound healing adequate since last major surgery"
    assert _with_a_note("More than 4 weeks since prior major surgery", note) == (
        "It has been more than 4 weeks since any past major surgery."
    )
    # a colon of the source's own leads into its items
    assert _with_a_note("At least 3 weeks since prior treatment with:", "Chemotherapy") == (
        "It has been at least 3 weeks since any past treatment with:"
    )


def test_corpus_sentence_over_a_note_ends_with_a_full_stop() -> None:
    assert rewritten("NCT00661336", "More than 4 weeks since prior major surgery") == (
        "It has been more than 4 weeks since any past major surgery."
    )


@pytest.mark.parametrize(("text", "plain"), [
    ("More than 4 weeks since prior and no concurrent radiotherapy",
     "It has been more than 4 weeks since any past radiation treatment, and you have none at the same time."),
    ("At least 1 week since prior and no concurrent CYP3A4 inhibitors or inducers",
     # (above grade 8 joined: the second clause a sentence of its own, offline_since, session 80)
     "It has been at least 1 week since any past cytochrome P450 3A4 (CYP3A4) inhibitors or inducers. You also have "
     "none at the same time."),
])  # fmt: skip
def test_the_same_treatment_before_and_none_at_the_same_time(text: str, plain: str) -> None:
    assert said(text, INC) == plain


def test_before_and_none_at_the_same_time_in_an_exclusion_keeps_its_words() -> None:
    # "none at the same time" is what lets a reader in: under "You cannot join if…" the source's logic is unclear
    text = "Less than 4 weeks since prior and no concurrent radiotherapy"
    assert since_edits(text, SectionKind.EXCLUSION, extract_facts(text)) == []
