"""A lead-in written under an item but introducing the items after it.

In hard-wrapped text a note paragraph sits at the item text's column, so indentation puts it under the item
before it: "13. … at least once in the last three months." then, indented, "In addition to the criteria listed
above, female participants must meet the following criteria:", then "14. Willing to abstain …". The paragraph
ends with a colon and holds nothing, and the list goes on after it: it introduces what follows, not the item
above, so it leaves that item and becomes the next item of the list, before the items it introduces. Which of
them it covers the layout does not say, so they stay where they are (as a lead-in beside its list does; see
`translator.lead_ins`). A lead-in with items of its own, or with nothing after it in the list, stays put.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

N = TypeVar("N")


def lift_trailing_lead_ins(nodes: list[N], children: Callable[[N], list[N]], lead_in: Callable[[N], bool]) -> list[N]:
    """`nodes` with every childless, unmarked last child that ends with a colon moved out after its parent,
    when the parent has a next item; in place, at every depth."""
    index = 0
    while index < len(nodes):
        below = children(nodes[index])
        lift_trailing_lead_ins(below, children, lead_in)
        if below and index + 1 < len(nodes) and lead_in(below[-1]):
            nodes.insert(index + 1, below.pop())
        index += 1
    return nodes
