"""A sex label that names men and women who are not pregnant, put to the reader (offline backend): "Male or
non-pregnant, non-lactating females" → "You are a man, or a woman who is not pregnant and not breastfeeding";
"male or non-pregnant female, aged 18-80 years old" → "You are a man, or a woman who is not pregnant, aged 18 to 80
years old".

The label keeps both sexes said, each with its own words: the men as they are, the women with the states the source
denies them ("non-pregnant" → "who is not pregnant", "non-pregnant, non-lactating" → "who is not pregnant and not
lactating"), so neither group nor either denial is lost. An age after the label is everyone's, set off by a comma
("…, aged 18 or older"), as the source's own comma does ("male or non-pregnant female, aged 18-80 years"); a bare
number gets its "aged" ("Male or non-pregnant female 18 years or older" → "…, aged 18 years or older"), unless the
age says "of age" itself.
The groups may be named "men"/"women" and joined by "and" ("Males and non-pregnant females"): either group may join,
so the reader is one or the other, as "or" says.

Only in an inclusion, and only where what follows the label is nothing, a note in brackets, or an age: not "with a
diagnosis of asthma" (which the source may mean of both or of the women) nor "non-pregnant or lactating female"
(whose "or lactating" may or may not be denied).

"Male or premenarchal female" names boys and girls ("4-11 years of age"): "You are male, or a premenarchal female",
the source's words kept, as translator.offline_sexes keeps "male" (not "man", which a child is not).
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit

_STATE = r"non-?\s?(?P<{0}>pregnant|lactating|nursing|breast-?\s?feeding)"
_LABEL = re.compile(
    r"\s*(?P<label>(?:males?|m[ae]n)\s+(?:or|and|and/or)\s+"
    + _STATE.format("s1")
    + r"(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)"
    + _STATE.format("s2")
    + r")?\s+(?:females?|wom[ae]n)(?:\s+(?:patients|subjects|participants|volunteers))?)"
    r"(?P<note>\s*\([^()]*\))?"
    r"(?P<rest>\s*,?\s*)",
    re.IGNORECASE,
)
# "Male or premenarchal female 4-11 years of age": girls, said in the source's words ("a woman" a girl is not)
_GIRLS = re.compile(
    r"\s*(?P<label>males?\s+(?:or|and|and/or)\s+(?P<adj>pre-?\s?menarch(?:i|e)?al)\s+females?"
    r"(?:\s+(?:patients|subjects|participants))?)(?P<note>\s*\([^()]*\))?(?P<rest>\s*,?\s*)",
    re.IGNORECASE,
)
# an age after the label: "aged 18 or older", "age 16 to 65", "18-50 years of age", "between the ages of 18 and 40",
# "at least 18 years of age", "18 years-of-age or older"
_AGE = re.compile(
    r"(?P<aged>aged?\b)?\s*(?:(?:between\s+the\s+ages?\s+of|at\s+least|over|older\s+than|from)\s+)?\d+(?:\.\d+)?"
    r"(?!\s*(?:%|kg|mg|cm|m\b))",
    re.IGNORECASE,
)


def not_pregnant_label(text: str, kind: SectionKind) -> list[Edit]:
    """ "Male or non-pregnant female …" → "You are a man, or a woman who is not pregnant …" (see the module)."""
    m = _LABEL.match(text) or _GIRLS.match(text)
    if kind is not SectionKind.INCLUSION or m is None:
        return []
    if m.re is _GIRLS:
        said = f"You are male, or a {m.group('adj').lower()} female"
    else:
        states = [m.group(s).lower() for s in ("s1", "s2") if m.group(s)]
        if len(set(states)) != len(states):
            return []
        said = "You are a man, or a woman who is " + " and ".join(f"not {s}" for s in states)
    after = text[m.end() :]
    edits = [Edit(m.start("label"), m.end("label"), said, "person")]
    if not after.strip(" .") and not m.group("note"):
        return edits
    age = _AGE.match(after)
    if age is None:
        return []  # "Males or non-pregnant females with a diagnosis of asthma": whose the rest is, the source's words
    # the age set off by a comma: everyone's
    edits.append(Edit(m.start("rest"), m.end("rest"), ", ", "person"))
    if age.group("aged") and age.group("aged").lower() == "age":
        edits.append(Edit(m.end() + age.start("aged"), m.end() + age.end("aged"), "aged", "person"))
    # "… females 18 to 45 years": "…, aged 18 to 45" (not before "of age": "aged 18 years-of-age" says it twice)
    elif age.group("aged") is None and age.group()[:1].isdigit() and not re.search(r"\bof[-\s]+age\b", after, re.I):
        edits[-1] = Edit(m.start("rest"), m.end("rest"), ", aged ", "person")
    return edits
