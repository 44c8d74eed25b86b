"""A later sentence on a group of its own that opens with a connective ("However, subjects who …", "Note: …").

offline_first_sentence puts a criterion's first sentence to the reader when every later sentence that names people
opens with its own subject ("Subjects who have been disease-free for 5 years are eligible"); such a sentence says
whom it is about in its own words and stays as written. A connective before that subject ("However,", "In
addition,", "Exception:", "Note:") only ties the note to the rule before it: the sentence still opens with its
group, and still says nothing of "they" or "their" that might be the reader. So "History of other malignancy.
However, subjects who have been disease-free for 5 years … are eligible" reads "You have had other cancer. However,
subjects who …", the note kept word for word.

Only these few words, each a whole word with its comma or colon (or none): "Also excluded are patients …", "Or
subjects with …" (a second group the criterion excludes, not a note) and "But the patients …" are not taken.
"""

from __future__ import annotations

import re

from translator.offline_subject_sentences import opening_subject

_CONNECTIVE = re.compile(
    r"(?:however|in\s+addition|additionally|exceptions?|note|nb)\s*[,:]?\s+(?=[A-Z])", re.IGNORECASE
)


def subject_after_connective(sentence: str) -> re.Match[str] | None:
    """The subject opening `sentence` right after a connective ("However, subjects who …"), or None."""
    m = _CONNECTIVE.match(sentence)
    return opening_subject(sentence, m.end()) if m else None
