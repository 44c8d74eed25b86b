"""A use at the same time whose used thing runs on, said with the adverb before it (offline backend).

offline_use_adverbs says "Concurrent use of steroids" as "You use steroids at the same time": the adverb closes a
plain noun phrase. Where the used thing runs on with a clause or a phrase of its own ("Concomitant use of drugs that
may cause a prolongation of the QTc", "Concurrent treatment with drugs that are strong CYP3A4 inducers"), an adverb at
the end would drift onto the clause ("… that may cause a prolongation of the QTc at the same time"), so that module
leaves the noun phrase. Said between commas right after the verb, the adverb can only be the use's: "You use, at the
same time, drugs that may cause a prolongation of the QTc".

Not where the sentence holds a time of its own (a window, "during", "before", a visit, "study"), a condition
("unless", "if"), a permission ("not allowed", "prohibited") or a lead-in (":"): there the time of the
use is the sentence's to say, and the noun phrase stays as written.
"""

from __future__ import annotations

import re

# a time, a condition or a permission of the sentence's own: the use's time is then not only "at the same time"
_OWN_TIME = re.compile(
    r"\b(?:within|during|before|after|prior|since|until|while|when|whenever|unless|if|past|last|previous|recent(?:ly)?|"
    r"current(?:ly)?|now|days?|weeks?|months?|years?|hours?|time|study|trial|protocol|screening|baseline|"
    r"randomi[sz]ation|enrol(?:l)?ment|entry|allowed|permitted|prohibited|excluded|not|no|without|planned|anticipated)\b"
    r"|[:;\[\]]",
    re.IGNORECASE,
)


def fronted_adverb(used: str, adverb: str) -> str | None:
    """The words to put between the verb and `used` ("at the same time" → ", at the same time, "), or None when the
    sentence says a time of its own (see the module)."""
    if _OWN_TIME.search(used) or used.count("(") != used.count(")"):
        return None
    return f", {adverb}, "
