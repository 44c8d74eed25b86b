"""An item under a topic heading ("Other:", "Cardiovascular:", "In either eye:") is a rule of its own, so the
noun-phrase openings that are tried at the top of a criterion apply to it too; under a lead-in ("… one of the
following:") or someone else's heading ("Donor criteria:") or one that wants what
follows ("Both of:", "History of:") they do not (translator.offline, topic_bullets)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import backend
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import check_rendering, errors


def under(heading: str, item: str, kind: SectionKind = SectionKind.INCLUSION) -> str:
    """The bullet the offline backend writes for `item` as the one item under `heading`."""
    request = CriterionRequest(kind=kind, items=[
        RequestItem(ref="1", text=heading, facts=extract_facts(heading)),
        RequestItem(ref="1.1", text=item, facts=extract_facts(item)),
    ])
    rendering, items = backend().render_items(request)
    assert not errors(check_rendering(request, rendering))
    return items[1].bullet.text


@pytest.mark.parametrize(("heading", "item", "plain"), [
    ("Other:", "HIV negative", "You are HIV negative."),
    ("Other:", "Negative pregnancy test", "You have a negative pregnancy test."),
    ("In either eye:", "Ocular surgery within the past 3 months", "You have had eye surgery within the past 3 months."),
])
def test_an_item_under_a_topic_is_put_to_the_reader(heading: str, item: str, plain: str) -> None:
    kind = SectionKind.EXCLUSION if heading.startswith("In") else SectionKind.INCLUSION
    assert under(heading, item, kind) == plain


@pytest.mark.parametrize("heading", ["Donor criteria:", "Partner:", "Both of:", "History of:", "Either:"])
def test_an_item_under_someone_elses_heading_keeps_its_words(heading: str) -> None:
    assert under(heading, "HIV negative") == "HIV negative"
