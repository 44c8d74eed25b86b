"""Counted markers written after a bullet: "-  a) Signs their own consent …", "-  1) Minimum dose of …".

Converters that put a bullet before every line kept the letters and numbers of the author's sub-lists in the
item's text, at the bullet's own indent, so the layout no longer shows the nesting. The count and the item
before the run still do: after an item that introduces a list ("… a trial partner who:", "Patients who have
progressed following:"), a run of such items counting from the first ("a)", "1)", "(i)") is that item's
sub-list, and the counted marker is the marker's, not the item's words. Anywhere else the items stay siblings
with the letter in their text: "-  (1) Between 18 and 68 years of age" in a list numbered so throughout, or
"-  A) Dose Escalation Stage: …" after an item that introduces nothing, where a parent may refer to them.
"""

from __future__ import annotations

import re

from translator.markers import Marker, counts_on, find_marker, ordinal

_COUNTED = frozenset({"num.", "num)", "(num)", "alpha.", "ALPHA.", "(alpha)", "roman.", "(roman)"})
# The end of an item that introduces a list: a colon, or "… following", "… including", "… either", "… as follows".
_INTRODUCES = re.compile(r"(?::|\bfollowing|\bincluding|\binclude|\beither|\bas\s+follows|\bbelow)\W*\Z", re.I)


def counted_after_bullet(text: str, marker: Marker | None) -> Marker | None:
    """The counted marker ("a)", "(1)", "ii.") that opens a bulleted item's text, if any."""
    if marker is None or marker.style != "bullet":
        return None
    inner = find_marker(text, marker.content)
    return inner if inner is not None and inner.style in _COUNTED and inner.content < len(text.rstrip()) else None


def sub_item(inner: Marker, before: str, previous: Marker | None) -> bool:
    """Whether a bulleted item opened by `inner` is a sub-item: the first of a run after an item whose text ends
    by introducing a list (`before`), or the next count of the sub-item before it (`previous`)."""
    if previous is not None:
        return counts_on(previous, inner)
    return ordinal(inner) == 1 and _INTRODUCES.search(before) is not None


def nested_marker(bullet: Marker, inner: Marker) -> Marker:
    """The sub-item's marker: the counted one, spanning the bullet before it so that both are the marker's."""
    return Marker(inner.style, inner.text, bullet.start, inner.end, inner.content)
