"""A line that holds only a connective ("OR", "or", "AND", "--- OR-") between two items.

Converted lists write the "or" that joins two alternatives on a line of its own, often indented under the first
one: "1. Positive anti-HCV antibody … prior to screening" / "or" / "2. Liver biopsy consistent with …". It says how
the items combine; it is no requirement of its own. Read as a criterion it became a bullet "Or" and, as the child
of the item above it, made that item's logic "any of" its one child. It belongs to the end of the item before it
("… prior to screening or"), where the logic rules read a trailing "or" between siblings. Only where that item is
the line right before it: the previous sibling when it has no sub-items, or the parent when the connective is its
first child; after a sibling with sub-items the connective stays (appended there it would join the wrong item), and
so does a connective with items of its own ("Or:" over a list).
"""

from __future__ import annotations

import re
from typing import Any, Protocol, TypeVar

_CONNECTIVE = re.compile(r"[\W_]*(?:or|and|and/or)[\W_]*", re.IGNORECASE)


class Item(Protocol):
    segments: list[tuple[int, int]]
    marker_span: tuple[int, int] | None
    children: list[Any]


N = TypeVar("N", bound=Item)


def is_connective(text: str) -> bool:
    """Whether a line's text (without its marker) is a connective alone: "OR", "or,", "AND", "OR-"."""
    return _CONNECTIVE.fullmatch(text) is not None


def fold_connectives(raw: str, nodes: list[N], decorations: list[tuple[int, int]], parent: N | None = None) -> list[N]:
    """`nodes` without their childless one-line connectives, each merged into the item right before it (its marker
    then covered as a decoration); at every depth, in place for the children."""
    kept: list[N] = []
    for node in nodes:
        node.children[:] = fold_connectives(raw, node.children, decorations, node)
        into = (kept[-1] if not kept[-1].children else None) if kept else parent
        if into is None or node.children or len(node.segments) != 1 or not is_connective(raw[slice(*node.segments[0])]):
            kept.append(node)
            continue
        into.segments.extend(node.segments)  # "… prior to screening" + "or": the item ends with its connective
        if node.marker_span is not None:
            decorations.append(node.marker_span)
    return kept
