"""Double negatives of keeping from something, said with one negation: "cannot refrain from smoking" → "cannot avoid
smoking".

"Refrain from" and "abstain from" are negation cues (translator.negation), so after "cannot", "unable to", "not
able/willing to" or "unwilling to" the reader has to undo one negation with the other (the checks' double-negative
warning, about 60 bullets in session 59's corpus dump). "Avoid" is the dictionary sense of both ("to refrain from
doing something") and carries no cue of its own, so "You cannot avoid smoking", "You are not willing to avoid
alcohol for the 48 hours before dosing" keep the one negation the reader needs, and every word after it (what is
kept from, the window). "Stop" would say the same of a habit only ("stop travelling to countries …", "stop sexual
intercourse" read as the end of something going on), so it is not used. The negation-count check reads "avoid" for
"refrain from" as the same negation (fidelity_affix_swaps._abstentions).

Only after a negation: "willing to abstain from" alone is no double negative, and a duty such as "agree to abstain
from heterosexual intercourse" is read by other rules (offline_one_sex_duties) by its own word.

Read by translator.offline_grade_words.GRADE (so by offline_words.WORDS: on the source and on the composed text).
"""

from __future__ import annotations

# the negation before the verb, and the words that may stand between them ("unwilling to agree to abstain from"); as
# lookbehinds, since an earlier edit may have said the negation already ("unwilling" → "not willing")
_NEGATIONS = ("cannot", "can not", "can't", "unable to", "not able to", "unwilling to", "not willing to")
_NEGATED = "(?:" + "|".join(
    rf"(?<=\b{neg} {link})" for neg in _NEGATIONS for link in ("", "agree to ", "commit to ")
) + ")"

ABSTAIN: list[tuple[str, str]] = [
    (_NEGATED + r"(?:refrain|abstain)\s+from(?=\s+[a-z])", "avoid"),
]
