"""Which marker style nests under which when indentation does not say: the outline convention."""

from __future__ import annotations

# Numbers hold letters, letters hold roman numerals; a style missing here ranks last.
_ORDER = {
    "num.": 0,
    "num)": 0,
    "(num)": 1,
    "num-": 0,
    "hier": 0,
    "code": 0,
    "ALPHA.": 1,
    "alpha.": 2,
    "(alpha)": 2,
    "roman.": 3,
    "(roman)": 3,
}


def is_sub_style(top: str, node: str) -> bool:
    """Whether a marker of key `node` nests under one of key `top` at the same indent: numbers hold letters,
    letters hold roman numerals, anything but a bullet holds bullets."""
    if node.startswith("bullet"):
        return not top.startswith("bullet")
    if top.startswith("bullet"):
        return False
    return _ORDER.get(node, 9) > _ORDER.get(top, 9)
