"""The organs a text touches on anywhere in its words, read loosely: the roots inside compounds ("cardiopulmonary" the
lungs too, "hepatorenal" the kidneys, "cerebrospinal" the spinal cord), the organ of a disease, a test or a treatment
("asthma", "dialysis", "ECG", "hepatitis") that a plain rewording names ("lung disease", "when the kidneys fail").

`translator.fidelity_swaps` faults a bullet that names an organ its sources touch on nowhere while they name another
("a lung attack" among heart diseases, "a thin tube passed into the right side of the lung" for a right heart
catheterization): what is read here is what a faithful rewording may add, so the wider the reading, the fewer such
findings; it is never read to find an error.
"""

from __future__ import annotations

import re
from functools import lru_cache

# organ (as `translator.fidelity_swaps` names it) → roots read anywhere in a word, case-insensitive
_ROOTS: dict[str, str] = {
    "the liver": r"hepat|liver|cirrho|biliar|bilirubin|jaundice|\balt\b|\bast\b",
    "the kidneys": r"ren(?:al|o)|nephr|kidney|glomerul|dialy|creatinin|\be?gfr\b|urem|\burea\b|\bbun\b",
    "the heart": r"cardi|coronar|heart|myocard|ventric|\batri(?:al|um|a)\b|\becg\b|\bekg\b|lvef|\bqtc?|angina"
                 r"|arrhythm|infarct|valv|pulse|\bchf\b|\bmi\b|\bcabg\b|\bnyha\b",
    "the lungs": r"pulmon|lung|pneum|respir|pleur|bronch|asthma|\bcopd\b|\bfev|dlco|oxygen|dyspn|breath|trache"
                 r"|airway|emphysem|\bnsclc\b|\bsclc\b|\bpe\b|embol|ventilat|spirom|thorac|chest",
    "the brain": r"cerebr|brain|enceph|neur|\bcns\b|crani|stroke|glio|mening|seiz|epilep|dementia|alzheimer"
                 r"|parkinson|\btia\b|\bcva\b|mental|psych|cognit|head",
    "the spinal cord": r"spin|myel|\bcns\b|cord\b|neur|vertebr|paraple|tetraple|quadriple",
    "the bowel": r"bowel|intestin|colo|enter|crohn|rect|ileu|duoden|jejun|gastrointestinal|\bgi\b|diarrh|stool"
                 r"|fecal|faecal|\bibd\b|\bibs\b|digest|absor|abdom|stoma",
    "the breast": r"breast|mamm|mast",
    "the prostate": r"prostat|\bpsa\b|\bbph\b",
    "the pancreas": r"pancrea|insulin|diabet",
    "the stomach": r"stomach|gastr|peptic|ulcer|digest|\bgi\b|esophag|oesophag|nause|vomit|abdom|swallow",
    "the ovaries": r"ovar|oophor|menopaus|ovul|\bpcos\b|gyn",
    "the cervix": r"cervi|\bpap\b|\bhpv\b|uter|gyn|vagin",
    "the thyroid": r"thyr|\btsh\b|\bt3\b|\bt4\b|goit|graves|hashimoto",
    "the bladder": r"bladder|urin|cyst|vesic|inconti|mictur|void|\buti\b",
    "the skin": r"skin|cutan|derm|rash|psoria|eczema|melanom|basal|squamous|topical|wound|patch|burn|lesion|ulcer"
                r"|tattoo|injection",
}
_PATTERNS = {organ: re.compile(roots, re.IGNORECASE) for organ, roots in _ROOTS.items()}


@lru_cache(maxsize=4096)
def touched_organs(text: str) -> frozenset[str]:
    """The organs `text` touches on in any of its words, read loosely (see the module)."""
    return frozenset(organ for organ, pattern in _PATTERNS.items() if pattern.search(text))
