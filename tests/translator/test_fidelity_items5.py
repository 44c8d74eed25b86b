"""A list item left out is found where it stands after frame words alone ("Known or suspected X"), where it has a
rare word and none of its words is said ("or neuroendocrine tumors"), and where it ends with a window or number
that the whole list shares ("plasma, immunoglobulin transfusion within 30 days")
(translator.fidelity_items.dropped_items). The offline backend's bullets of the same corpus texts draw nothing."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check_rendering
from translator.fidelity_item_words import rare
from translator.fidelity_items import dropped_items
from translator.findings import Severity

EXC, INC = SectionKind.EXCLUSION, SectionKind.INCLUSION


def errors(source: str, bullets: list[str], kind: SectionKind = EXC) -> list[tuple[str, str]]:
    request = CriterionRequest(kind=kind, items=[RequestItem(ref="1", text=source)])
    rendering = Rendering(bullets=[RenderedBullet(text=b, refs=["1"]) for b in bullets])
    return [(f.check, f.message) for f in check_rendering(request, rendering) if f.severity is Severity.ERROR]


@pytest.mark.parametrize(("source", "kind", "faithful", "dropped", "item"), [
    # NCT03144271 E19: the item after "Known or" has no content word before it; the sentence start stands in.
    ("Known or suspected allergy to trial product or related products", EXC,
     "You have a known or suspected allergy to trial product or related products.",
     "You have known or related products.", "suspected allergy to trial product"),
    # NCT02796677 I4: "Current or" is a frame; "former-smokers" is the item.
    ("Current or former-smokers, with a smoking history of ≥ 10 pack-years.", INC,
     "You are a current or former-smoker, with a smoking history of 10 pack-years or more.",
     "You are a current, with a smoking history of 10 pack-years or more.", "former-smokers"),
    # NCT01230645 E5: "history or" is a frame too.
    ("history or evidence of autoimmune disease or known impaired immune responsiveness", EXC,
     "You have had or have signs of autoimmune disease or known impaired immune responsiveness.",
     "You have had or known impaired immune responsiveness.", "evidence of autoimmune disease"),
])
def test_an_item_after_frame_words_left_out_is_an_error(source: str, kind: SectionKind, faithful: str,
                                                       dropped: str, item: str) -> None:
    assert said(source, kind) == faithful
    assert ("content_missing", f"1: the bullets citing it leave out the list item “{item}”") in errors(
        source, [dropped], kind)


_TUMORS = "No endocrine or neuroendocrine tumors, lymphoma of the pancreas, or ampullary cancer"  # NCT00617708 I3


def test_an_item_with_a_rare_word_none_of_whose_words_is_said_is_left_out() -> None:
    # "neuroendocrine" has no everyday wording; neither it nor "tumors" is said: the item is gone, wherever its
    # neighbours went (the bullet put the list in another order).
    dropped = "You do not have ampullary cancer, lymphoma of the pancreas, or endocrine."
    assert ("content_missing", "1: the bullets citing it leave out the list item “neuroendocrine tumors”") in errors(
        _TUMORS, [dropped], INC)
    assert said(_TUMORS, INC) == ("You have no endocrine or neuroendocrine tumors, lymphoma of the pancreas, or "
                                  "ampullary cancer.")


def test_a_possessive_name_is_rare() -> None:
    # "Bazett's formula" (NCT03633708 E17): the name is a rare word with or without its "'s".
    assert rare("Bazett's") and rare("Bazett’s") and not rare("patient's")


_PLASMA = "Prior treatment with plasma, immunoglobulin transfusion within 30 days"  # NCT04355897 E7
_ASTHMA = ("The subject has had a respiratory tract infection or worsening of asthma within 4 weeks of the start of "
           "the study.")  # NCT00453791 E7


def test_the_words_before_an_items_window_are_its_own() -> None:
    # The item check once left an item with a window to the fact checks alone; "heart attack" is lost all the same.
    assert dropped_items("Stroke, or heart attack within 6 months", ["You have had a stroke."]) == [(10, 24)]


@pytest.mark.parametrize(("source", "faithful", "dropped", "item"), [
    # the window is said of the whole list; the item before it is what a bullet can leave out
    (_PLASMA, "You have had treatment with plasma, immunoglobulin transfusion within 30 days.",
     "In the last 30 days you were treated with plasma.", "immunoglobulin transfusion"),
    (_ASTHMA, "You have had a respiratory tract infection or worsening of asthma within 4 weeks of the start of the "
     "study.", "You have had a respiratory tract infection, in the 4 weeks before you joined the study.",
     "worsening of asthma"),
])
def test_an_item_ending_with_the_lists_window_left_out_is_an_error(source: str, faithful: str, dropped: str,
                                                                   item: str) -> None:
    assert said(source) == faithful
    assert ("content_missing", f"1: the bullets citing it leave out the list item “{item}”") in errors(
        source, [dropped])


@pytest.mark.parametrize(("source", "bullet"), [
    # reworded items after a frame, said in the bullet's own order: nothing left out
    ("Known or suspected allergy to trial product or related products",
     "You have an allergy, known or suspected, to the trial product or related products."),
    ("Current or former-smokers, with a smoking history of ≥ 10 pack-years.",
     "You smoke now or used to smoke (former smoker), with a smoking history of 10 pack-years or more."),
    # the window's item said, the window put first
    (_PLASMA, "In the last 30 days you were treated with plasma or an immunoglobulin transfusion."),
    # an item that negates stays the negation checks' business (NCT02276482 E5)
    ("Hypersensitivity to all of the comparator drugs; hypersensitivity to a comparator drug does not preclude "
     "participation if an alternative comparator can be used",
     "You have an allergy to all of the comparator drugs. Allergy to a comparator drug does not preclude "
     "participation if an alternative comparator can be used."),
])
def test_a_faithful_rewording_leaves_nothing_out(source: str, bullet: str) -> None:
    assert dropped_items(source, [bullet]) == []


def test_a_rewrite_that_lost_what_its_numbers_bound_is_caught() -> None:
    # NCT02133105 I6: the offline rewrite once said "30 to 80 mL/min" and lost what is measured ("estimated GFR");
    # the item before the bound is read now; the backend now says the name first (translator.offline_edits).
    source = "Cardiorenal syndrome (30ml/min ≤ estimated GFR ≤ 80 ml/min (MDRD)"
    assert ("content_missing", "1: the bullets citing it leave out the list item “min ≤ estimated GFR”") in errors(
        source, ["You have cardiorenal syndrome (30 to 80 mL/min (MDRD)"], INC)
    assert said(source, INC) == "You have cardiorenal syndrome (estimated GFR 30 to 80 mL/min (MDRD)"
