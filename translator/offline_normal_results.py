"""A test result named normal before its name, put to the reader (offline backend): "Normal ECG" → "Your ECG is
normal"; "Normal serum calcium." → "Your serum calcium is normal".

translator.offline_normal_labs says "ECG normal" as "Your ECG is normal"; the same words in the other order
("Normal ECG", "Normal ejection fraction") stayed a noun phrase. With "normal" after the name they say the same of
the reader's own result, as offline_normal_labs writes it ("is", "are" after a plural).

Only when the criterion is "Normal" and the name of one lab, test or measure alone (offline_labs.is_a_lab), with a
full stop at most: a number, a clause, an "or", "with …" or a second sentence after it keeps the source's words.
"""

from __future__ import annotations

import re

from translator.lexicon import Lexicon
from translator.offline_edits import Edit
from translator.offline_labs import is_a_lab

_NORMAL = re.compile(r"\s*(?P<normal>normal\s+)(?P<name>[A-Za-z0-9][\w\-/' ]{0,60}?)\s*\.?\s*$", re.IGNORECASE)
_MORE = re.compile(r"\b(?:and|or|with|without|for|in|on|at|of|to|by|per|range|limits?|values?|levels?)\b|\d", re.I)


def normal_result(text: str, lexicon: Lexicon) -> list[Edit]:
    """ "Normal ECG" → "Your ECG is normal" (see the module), or none."""
    m = _NORMAL.match(text)
    if m is None:
        return []
    name = m.group("name")
    if _MORE.search(re.sub(r"^\d+-lead\b", "", name)) or not is_a_lab(name, lexicon):
        return []
    last = name.split()[-1]
    plural = last.lower().endswith("s") and not last.isupper() and not last.lower().endswith(("ss", "us", "is"))
    end = m.end("name")
    return [
        Edit(m.start("normal"), m.end("normal"), "Your ", "person"),
        Edit(end, end, " are normal" if plural else " is normal", "person"),
    ]
