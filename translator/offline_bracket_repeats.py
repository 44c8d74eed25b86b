"""A bracket the rewrite left saying again the words right before it (offline backend, on the composed text).

Two plain wordings can meet across a bracket: "cerebrovascular accident (CVA, stroke)" worded "stroke (stroke)",
"computerized tomography/magnetic resonance imaging (CT/MRI)" worded "CT/MRI (CT/MRI)", "Gray (GY)" worded
"Gy (GY)", "10^9/ liter (L)" worded "10^9/L (L)" (a unit's letters, which the unit now ends with), "nursing (lactating
women)" worded "breastfeeding (breastfeeding women)", and a unit spelled out before its symbol in square brackets or
with a typed power ("millimole per liter [mmol/L]" worded "mmol/L [mmol/L]", "meter square (m^2)" worded "m² (m^2)").
The bracket then says nothing the words before it do not, and goes. A bracket the source itself writes so ("FEV1
predicted (L)" is no repeat; "HIV (HIV)") stays as written, and so does one that says more than the words ("visit
(Visit 1)", "RECIST (RECIST 1.1)" keeps its version).

An abbreviation spelled out before the noun the source put after it ("MUGA scan" worded "multigated acquisition scan
(MUGA) scan", "MTD dose", "UPC ratio", "electroconvulsive therapy (ECT) treatment" once "therapy" is plain) says the
noun twice around its bracket: the second goes. A word glued on ("immunoglobulin M (IgM) M-protein") is another word.
"""

from __future__ import annotations

import re

# up to three words before a bracket of up to three words (a word here is anything but spaces and brackets), and a
# comparator wording the fact rules put between a value and the source's bracket ("1.5 × 10^9/L or more (L)")
_BRACKET = re.compile(
    r"(?P<before>(?:[^\s()\[\]]+ ){0,2}[^\s()\[\]]+)(?P<bound> or (?:more|less))? "
    r"(?:\((?P<inside>[^()\[\]]+)\)|\[(?P<squared>[^()\[\]]+)\])"
)
# a group named by the state just said: "breastfeeding (breastfeeding women)"
_PEOPLE = frozenset({"women", "woman", "mothers", "mother", "females", "female", "patients", "participants"})


def _key(word: str) -> str:
    # a unit's power as the source typed it is the plain one: "mm^3" is "mm³", "m^2" is "m²"
    return word.strip(".,;:").casefold().replace("^2", "²").replace("^3", "³")


def _repeats(before: str, inside: str) -> bool:
    words = [_key(w) for w in before.split()]
    said = [_key(w) for w in inside.split()]
    if not said or any(not w for w in said):
        return False
    if words[-len(said) :] == said:
        return True  # "stroke (stroke)", "CT/MRI (CT/MRI)", "Gy (GY)"
    last = words[-1]
    if len(said) == 1 and re.fullmatch(r"[a-zµμ]{1,3}", said[0]):
        return bool(re.search(rf"\S/{re.escape(said[0])}$", last))  # "10^9/L (L)", "mg/L (L)": the unit's own letters
    return len(said) == 2 and said[0] == last and said[1] in _PEOPLE and last.endswith("ing")


# a word, an abbreviation's bracket, and the same word again as a whole word
_NOUN_TWICE = re.compile(r"\b(?P<noun>[A-Za-z]{3,}) (?P<bracket>\([A-Z][A-Za-z0-9-]*\)) (?P=noun)\b(?![-/])")


def _respaced(before: str, inside: str) -> str | None:
    """ "CT/ MRI (CT/MRI)", "anti- HIV (anti-HIV)": the words before said again in the bracket but for the spacing a
    spelled-out source left ("computed tomography/ magnetic resonance imaging (CT/MRI)"): the bracket's spelling,
    once."""
    words = before.split()
    said = "".join(_key(w) for w in inside.split())
    for k in range(2, len(words) + 1):
        if "".join(_key(w) for w in words[-k:]) == said:
            return " ".join([*words[:-k], inside])
    return None


def drop_bracket_repeats(source: str, text: str) -> str:
    """`text` without a bracket that says again the words right before it, nor a noun said again right after an
    abbreviation's bracket, where `source` has no such repeat."""
    if "(" not in text:
        return text
    written = " ".join(source.split())
    text = _NOUN_TWICE.sub(lambda m: m[0] if m[0] in written else f"{m['noun']} {m['bracket']}", text)

    def once(m: re.Match[str]) -> str:
        inside = m["inside"] or m["squared"]
        bracket = f"({inside})" if m["inside"] else f"[{inside}]"
        if f"{m['before'].split()[-1]} {bracket}" in written:
            return m[0]
        respaced = None if m["bound"] else _respaced(m["before"], inside)
        if respaced is not None:
            return respaced
        if not _repeats(m["before"], inside):
            return m[0]
        return m["before"] + (m["bound"] or "")

    return _BRACKET.sub(once, text)
