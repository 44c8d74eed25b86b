"""List markers at the start of a criteria line: bullets, numbers, letters, roman numerals, codes.

A marker's *style* decides nesting when indentation does not: a lettered item after a numbered one
at the same indent is its child, and the next number closes it again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Symbols only ever used as bullets (Word and PDF exports add the Symbol-font ones, U+F0B7 and U+F0A7); inside
# a line they still open an item ("History of meeting DSM-5 criteria for: ○ Dementia … ○ Schizophrenia").
SYMBOL_BULLETS = "•▪◦○●■‣⦁∙\uf0b7\uf0a7"
# Bullets only at the start of a line ("·" is also a multiplication dot, "–" a range dash inside a line).
_MORE_BULLETS = "·□➢►✓✔–—→⁃◆◇❖♦➤⮚"

# Roman numerals up to 20 in lower or upper case; "i." is only a numeral when a list of them runs.
_ROMAN = r"(?:x{0,1}(?:ix|iv|v?i{1,3}|v)|x{1,2})"

# Order matters: the first pattern that matches names the style. Every pattern consumes the marker
# only; the whitespace after it is skipped separately so that glued markers ("1.Age") work too.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("hier", re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s+[A-Z(\[]|$)")),
    ("num.", re.compile(r"\d{1,3}\.(?![\d])")),
    ("num、", re.compile(r"\d{1,3}、")),
    ("num)", re.compile(r"\d{1,3}\)")),
    ("(num)", re.compile(r"\(\d{1,3}\)")),
    ("num-", re.compile(r"\d{1,2}\s?-(?=\s+[A-Z])|\d{1,2}-(?=[ \t]+[^\s\-])")),  # "1- Age", "1- age", "7- 18"
    ("(roman)", re.compile(rf"\((?:{_ROMAN}|{_ROMAN.upper()})\)")),
    # a lower-case numeral may end a line whose item text wraps to the next ("including: i)\n   Diagnosed …")
    # "iii). Second degree heart block": a numeral's parenthesis and a period are one marker
    ("roman.", re.compile(rf"{_ROMAN}(?:\)\.|[.)])(?=\s|$)|{_ROMAN.upper()}(?:\)\.|[.)])(?=\s)")),
    ("(alpha)", re.compile(r"\([a-zA-Z]\)(?:\.(?=\s))?")),  # "(b). Any clinically important …"
    ("alpha.", re.compile(r"[a-z][.)](?=\s|[A-Z]|$)")),
    ("ALPHA.", re.compile(r"[A-Z][.)](?=\s|$)")),
    ("alpha-", re.compile(r"[a-zA-Z]-(?=[ \t]+[^\s\-])")),  # "a- Women aged 40 to 70", "b- Postmenopausal"
    ("code", re.compile(r"(?:IC|EC|SI|SE|IN|EX|INC|EXC|I|E)[-_ ]?\d{1,3}[a-z]?[.:)](?=\s)")),
    (
        "bullet",
        re.compile(
            # a symbol is a bullet whatever follows it ("•≥ 18 years old"); so are two to four hyphens ("-- Subject
            # has …", "--For female patients:"), and a hyphen glued to a comparator ("-≥2 moderate exacerbations");
            # a hyphen glued to a digit stays text: "-5q", "-7" are chromosome losses
            rf"[{SYMBOL_BULLETS}]|-{{2,4}}(?=\s|[A-Za-z(]|$)|-(?=[≥≤<>]\s?\d)"
            rf"|(?:\\?[*+]|[-{_MORE_BULLETS}]|§(?=[ \t]+[A-Za-z(])"
            r"|o(?=\s{2,}|\t| \S))(?=\s|[A-Za-z(]|$)"
        ),
    ),
]

# One alternation tried in the order above (regex alternation is ordered, like the list).
_ANY = re.compile("|".join(f"(?P<s{i}>{pattern.pattern})" for i, (_, pattern) in enumerate(_PATTERNS)))
_STYLES = {f"s{i}": style for i, (style, _) in enumerate(_PATTERNS)}
_FIRST = frozenset(
    SYMBOL_BULLETS + _MORE_BULLETS + "0123456789()*+-§o\\abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)
_SPACE = re.compile(r"[ \t]*")
# "-  -Pathologically confirmed …", "3. -Patients with …": a second hyphen glued to the item's capital is the marker's
# ("-  *Erlotinib …" keeps its asterisk: a footnote mark)
_DOUBLED = re.compile(r"[-*•][ \t]+(?=\S)|-(?=[A-Z][a-z])")
# "-  1. Patients aged 75 …": a converter's bullet before the list's own number. Only "1." numbering: "1)", "(a)"
# or "a." after a bullet often label a sub-list its parent refers to ("based on the following 1) or 2)").
_NUMBERED = re.compile(r"(\d{1,3}\.)[ \t]+(?=[A-Za-z])")
# "9. 26.27. Known history of …": the numbers of an earlier draft glued after the item's own, each with its period
# (a decimal value never ends in a period before the item's first word); the marker's too, not the item's words.
_STALE = re.compile(r"(\d{1,3}(?:\.\d{1,3})+\.)[ \t]+(?=[A-Z])")


@dataclass(frozen=True)
class Marker:
    style: str
    text: str
    start: int  # offset of the marker in the line
    end: int  # offset just after the marker
    content: int  # offset where the item's text starts (after the spaces)

    @property
    def level(self) -> int:
        """Depth implied by the marker itself ("1.2.3" is level 3); 1 for every other style."""
        if self.style == "hier":
            return self.text.rstrip(".").count(".") + 1
        return 1

    @property
    def key(self) -> str:
        """What two markers must share to be siblings."""
        if self.style == "bullet":
            return f"bullet{self.text.lstrip(chr(92))}"
        if self.style == "hier":
            return f"hier{self.level}"
        return self.style


def find_marker(line: str, at: int) -> Marker | None:
    """The list marker starting at `line[at]`, if any, and where the item's text begins."""
    if at >= len(line) or line[at] not in _FIRST:
        return None
    match = _ANY.match(line, at)
    if match is None or match.lastgroup is None:
        return None
    style = _STYLES[match.lastgroup]
    end = match.end()
    content = _SPACE.match(line, end)
    assert content is not None
    start_text = content.end()
    doubled = _DOUBLED.match(line, start_text)
    if doubled:  # "-  - History of …": a stray second bullet belongs to the marker, not the text
        end, start_text = doubled.start() + 1, doubled.end()
    elif (style == "bullet" or (style == "num." and line.startswith(line[at:end], start_text))) and (
        inner := _NUMBERED.match(line, start_text)
    ):
        # the number is the marker's too (the bullet keeps deciding the nesting), not the item's first word; so is
        # a number written twice ("12. 12. Treatment with …")
        return Marker(style, line[at:end], at, inner.end(1), inner.end())
    elif style == "num." and (stale := _STALE.match(line, start_text)):
        return Marker(style, line[at:end], at, stale.end(1), stale.end())
    return Marker(style, line[at:end], at, end, start_text)


_LETTER_BEFORE = {"i": "h", "v": "u", "x": "w", "I": "H", "V": "U", "X": "W"}


def letter_after(marker: Marker, previous: Marker) -> Marker | None:
    """`marker` read as a letter when it follows the letter before it: "(i)" after "(h)", "v." after "u."
    is the next letter of an alphabetic list, not a roman numeral. None when it does not."""
    if marker.style not in ("(roman)", "roman.") or not previous.style.endswith(("alpha)", "alpha.", "ALPHA.")):
        return None
    letter = marker.text.strip("().")
    if len(letter) != 1 or previous.text != marker.text.replace(letter, _LETTER_BEFORE.get(letter, "?")):
        return None
    style = "(alpha)" if marker.style == "(roman)" else "alpha." if letter.islower() else "ALPHA."
    return Marker(style, marker.text, marker.start, marker.end, marker.content)


_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
           "xviii", "xix", "xx"]


def ordinal(marker: Marker) -> int | None:
    """The count a numbered, lettered or roman marker stands for ("3." 3, "(c)" 3, "iv." 4); None for bullets."""
    value = marker.text.strip("().-、 ").lower()
    if marker.style.startswith(("num", "(num")):
        return int(value) if value.isdigit() else None
    if "roman" in marker.style:
        return _ROMANS.index(value) + 1 if value in _ROMANS else None
    if "alpha" in marker.style.lower():
        return ord(value) - ord("a") + 1 if len(value) == 1 and value.isalpha() else None
    return None


def counts_on(previous: Marker, marker: Marker) -> bool:
    """Whether `marker` is the next count of `previous` in the same style ("23." after "22.", "c)" after "b)")."""
    value = ordinal(marker)
    return previous.key == marker.key and value is not None and value > 1 and ordinal(previous) == value - 1


def opens_no_list(raw: str, after: int, marker: Marker) -> bool:
    """A first numeral or letter ("i)", "a.") with no second one after it in the text: a stray marker left from a
    list converted to bullets ("… neutrophils > 1.5 X 109/l\n   i) Adequate renal function …"), no list's start."""
    if ("roman" not in marker.style and "alpha" not in marker.style.lower()) or ordinal(marker) != 1:
        return False
    token = marker.text.strip("().")
    second = ("ii" if token == "i" else "II" if token == "I" else chr(ord(token) + 1)) if len(token) == 1 else ""
    pattern = re.escape(marker.text.replace(token, second))
    return not second or re.search(rf"(?:^|\s){pattern}\s", raw[after : after + 3000]) is None


def wrapped_value(text: str, marker: Marker, before: str) -> bool:
    """A "marker" that opens a hard-wrapped line but is part of the sentence: punctuation follows it
    ("1)."), a hyphen stands between two numbers ("30\n - 59 mL/min") or opens a locus after a comma ("-C,")."""
    after = text[marker.end : marker.end + 1]
    if after in (".", ",", ";", ":", ")"):
        return True
    if marker.text == "-" and before.endswith(",") and _LOCUS.match(text, marker.end):
        return True  # "… typing at HLA-A, -B,\n -C, - DRB1, and -DQB1": the loci of a name
    return marker.text == "-" and text[marker.content : marker.content + 1].isdigit() and before[-1:].isdigit()


_LOCUS = re.compile(r"[A-Z][A-Z0-9]{0,4}[,)]")
