"""Re-render a parsed criteria tree in another text convention (for the metamorphic layout tests).

A parse of a real record gives sections and a tree of criteria. Writing that same tree again with
other markers, indents, wraps, line ends or header spellings must parse back to the same tree: the
layout is how the text is written, not what it says. The renderer lives with the tests so that the
parser is never checked against its own code.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from translator.criteria import CriteriaDoc, Criterion

# CT.gov markdown escapes these when they could read as markup; the parser must undo it.
_MD_ESCAPE = re.compile(r"([<>\[\]^*_])")
_ROMANS = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
    "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
]  # fmt: skip


def _letter(n: int) -> str | None:
    return "abcdefghijklmnopqrstuvwxyz"[n - 1] if n <= 26 else None


def _roman(n: int) -> str | None:
    return _ROMANS[n - 1] if n <= len(_ROMANS) else None


Numbering = Callable[[int], "str | None"]


def _fmt(template: str, kind: str) -> Numbering:
    def number(n: int) -> str | None:
        value = str(n) if kind == "num" else _letter(n) if kind == "alpha" else _roman(n)
        if value is None:
            return None
        if template.isupper():
            value = value.upper()
        return template.lower().replace("x", value)

    return number


def _bullet(symbol: str) -> Numbering:
    return lambda _n: symbol


@dataclass(frozen=True)
class Layout:
    """How to write one convention: markers per depth, indents, wraps, blank lines, line ends, headers."""

    name: str
    markers: tuple[Numbering, ...]  # per depth (the last one repeats)
    base: int = 0  # indent of top-level items
    step: int = 2  # extra indent per depth
    gap: str = "\n"  # between items ("\n\n": blank lines between items)
    wrap: int = 0  # hard-wrap column (0: no wrapping)
    header_indent: int = 0
    escape: bool = False  # CT.gov markdown backslash escapes
    newline: str = "\n"
    header: Callable[[str], str] = lambda label: f"{label}:"
    glued: bool = False  # "Inclusion Criteria:1. First item"
    inline: str = ""  # "- Parent: ○ child ○ child": leaf children of an item ending in ":" on its own line
    flat: bool = False  # the whole text on one line: "Inclusion Criteria: - A - B Exclusion Criteria: - C"


def _plain(label: str) -> str:
    return f"{label}:"


LAYOUTS: dict[str, Layout] = {
    "markdown": Layout("markdown", (_bullet("*"),), escape=True, step=2),
    "markdown-crlf": Layout("markdown-crlf", (_bullet("*"),), escape=True, newline="\r\n"),
    "xml": Layout("xml", (_bullet("-"),), base=10, step=5, gap="\n\n", wrap=90, header_indent=8),
    "xml-crlf": Layout(
        "xml-crlf", (_bullet("-"),), base=10, step=5, gap="\n\n", wrap=90, header_indent=8, newline="\r\n"
    ),
    "num-dot": Layout("num-dot", (_fmt("x.", "num"), _fmt("x.", "alpha"), _fmt("x.", "roman")), step=4),
    "num-dot-flat": Layout("num-dot-flat", (_fmt("x.", "num"), _fmt("x.", "alpha"), _fmt("x.", "roman")), step=0),
    "num-paren": Layout("num-paren", (_fmt("x)", "num"), _fmt("x)", "alpha"), _fmt("x)", "roman")), step=4),
    "paren-letter": Layout("paren-letter", (_fmt("(x)", "alpha"), _fmt("(x)", "roman"), _bullet("-")), step=4),
    "letter-hyphen": Layout("letter-hyphen", (_fmt("x-", "alpha"), _bullet("-")), base=2, step=4),
    "roman-dot": Layout("roman-dot", (_fmt("x.", "roman"), _fmt("x.", "alpha")), step=4),
    "roman-paren": Layout("roman-paren", (_fmt("x)", "roman"), _bullet("-")), step=4),
    "upper-roman": Layout("upper-roman", (_fmt("X.", "roman"), _fmt("x.", "alpha")), step=4),
    "bullets": Layout("bullets", (_bullet("•"), _bullet("○"), _bullet("▪")), step=2),
    "bullets-wide": Layout("bullets-wide", (_bullet("•"), _bullet("○"), _bullet("▪")), base=4, step=4, gap="\n\n"),
    "squares": Layout("squares", (_bullet("▪"), _bullet("◦")), step=3),
    "en-dash": Layout("en-dash", (_bullet("–"), _bullet("◦")), step=3),
    "html-breaks": Layout("html-breaks", (_bullet("-"), _bullet("o ")), step=2, newline="<br/>"),
    "word-o": Layout("word-o", (_bullet("-"), _bullet("o"), _bullet("▪")), step=2),
    "num-hyphen": Layout("num-hyphen", (_fmt("x-", "num"), _bullet("o"), _bullet("-")), step=3),
    "flattened": Layout("flattened", (_bullet("-"),), flat=True),
    "flattened-numbers": Layout("flattened-numbers", (_fmt("x.", "num"),), flat=True),
    "flattened-romans": Layout("flattened-romans", (_fmt("x.", "roman"),), flat=True),  # "… i. A ii. B iii. C"
    "flattened-letters": Layout("flattened-letters", (_fmt("x)", "alpha"),), flat=True),  # "… a) A b) B c) C"
    "symbols": Layout("symbols", (_bullet("‣"), _bullet("⦁"), _bullet("\uf0b7")), step=4),
    "inline-children": Layout("inline-children", (_bullet("-"),), base=2, step=4, inline="○"),
    "inline-children-xml": Layout(
        "inline-children-xml", (_bullet("-"),), base=10, step=5, gap="\n\n", wrap=90, header_indent=8, inline="•"
    ),
    "header-no-colon": Layout("header-no-colon", (_bullet("*"),), escape=True, header=lambda label: label),
    "header-period": Layout("header-period", (_bullet("*"),), escape=True, header=lambda label: f"{label}."),
    "header-numbered": Layout(
        "header-numbered",
        (_bullet("-"),),
        header=lambda label: f"{'2' if 'exclu' in label.lower() else '1'}. {label}:",
    ),
    "header-lead-in": Layout(
        "header-lead-in",
        (_bullet("-"),),
        header=lambda label: (
            "Patients must NOT meet any of the following:"
            if "exclu" in label.lower()
            else "Patients must meet ALL of the following:"
        ),
    ),
    "header-upper": Layout("header-upper", (_bullet("-"),), header=lambda label: f"{label.upper()}:"),
    "header-glued": Layout("header-glued", (_fmt("x.", "num"), _fmt("x.", "alpha")), step=4, glued=True),
}


class NotApplicable(Exception):
    """The tree cannot be written in this layout (more items than the numbering has)."""


def _children(doc: CriteriaDoc) -> dict[str | None, list[Criterion]]:
    tree: dict[str | None, list[Criterion]] = {}
    for criterion in doc.criteria:
        tree.setdefault(criterion.parent, []).append(criterion)
    return tree


# A header written without its colon is only a header when it says "inclusion/exclusion criteria" outright;
# "DISEASE CHARACTERISTICS" or "For adolescent participants" without a colon read as text, rightly.
_PLAIN_KIND = re.compile(r"(?:(?:key|main|major)\s+)?(?:inclusion|exclusion)\s+criteria", re.IGNORECASE)


def render(doc: CriteriaDoc, layout: Layout) -> str:
    """The tree of `doc` written in `layout`. Sections keep their header labels (or none)."""
    if layout.name in ("header-no-colon", "header-period", "header-numbered", "header-lead-in") and not all(
        s.label is None or _PLAIN_KIND.fullmatch(s.label) for s in doc.sections
    ):
        raise NotApplicable(f"{layout.name}: a header other than inclusion/exclusion criteria")
    tree = _children(doc)
    blocks: list[str] = []
    for index, section in enumerate(doc.sections):
        roots = [c for c in tree.get(None, []) if c.section == index]
        if not roots and section.label is None:
            continue
        items = _items(roots, tree, layout, 0)
        lines: list[str] = []
        if section.label is not None:
            head = " " * layout.header_indent + layout.header(section.label)
            if layout.glued and items:
                lines.append(head + items[0].lstrip())
                items = items[1:]
            else:
                lines.append(head)
                lines.append("")
        lines.extend(items)
        blocks.append("\n".join(lines))
    if layout.flat:
        if any(c.children for c in doc.criteria):
            raise NotApplicable(f"{layout.name}: nested criteria")
        return " ".join(line.strip() for block in blocks for line in block.split("\n") if line.strip())
    text = "\n\n".join(blocks)
    return text.replace("\n", layout.newline)


def _items(nodes: list[Criterion], tree: dict[str | None, list[Criterion]], layout: Layout, depth: int) -> list[str]:
    numbering = layout.markers[min(depth, len(layout.markers) - 1)]
    indent = layout.base + depth * layout.step
    out: list[str] = []
    for n, node in enumerate(nodes, start=1):
        marker = numbering(n)
        if marker is None:
            raise NotApplicable(f"{layout.name}: {len(nodes)} items at depth {depth}")
        text = _MD_ESCAPE.sub(r"\\\1", node.text) if layout.escape else node.text
        kids = tree.get(node.id, [])
        if layout.inline and kids and text.endswith(":") and not any(tree.get(kid.id) for kid in kids):
            text += "".join(f" {layout.inline} {kid.text}" for kid in kids)
            kids = []
        lead = f"{' ' * indent}{marker}{'  ' if layout.wrap else ' '}"
        if layout.wrap:
            lines = textwrap.wrap(
                text,
                width=layout.wrap,
                initial_indent=lead,
                subsequent_indent=" " * len(lead),
                break_long_words=False,
                break_on_hyphens=False,
            )
            block = "\n".join(lines)
        else:
            block = lead + text
        if out and layout.gap == "\n\n":
            out.append("")
        out.append(block)
        if kids:
            if layout.gap == "\n\n":
                out.append("")
            out.extend(_items(kids, tree, layout, depth + 1))
    return out


def shape(doc: CriteriaDoc) -> list[tuple[str, str, str, str | None]]:
    """What a layout must not change: ids, kinds, clean texts and logic of every criterion."""
    return [(c.id, c.kind.value, c.text, c.logic.value if c.logic else None) for c in doc.criteria]
