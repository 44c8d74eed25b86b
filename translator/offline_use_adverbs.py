"""A use that its adjective says how, put to the reader (offline backend): "Concurrent use of X" → "You use X at the
same time", "Chronic use of X" → "You use X chronically".

"Concurrent use of other anti-cancer agents" (an exclusion) names a use the reader makes of X in a certain way: at the
same time as the study treatment ("concurrent", "concomitant"), for a long time ("chronic"), often ("regular",
"daily", "continuous"). offline_leads says "Use of X" as "You use X"; with the adjective in front it leaves the noun
phrase. The sentence keeps the adjective as its adverb, after what is used: "You use steroids chronically." ("daily"
stays "daily"), so the source's word is still there and says the same of the use; "concurrent" and "concomitant" as
the plain words offline_plain already puts for them: "You use other anti-cancer agents at the same time."

Only where what is used is a plain noun phrase that ends the first sentence: the adverb then closes it and cannot
drift onto a later word. Not where the phrase holds a window or a time ("within 7 days", "after study commencement":
the adverb beside a window could read as its), a condition or an exception ("unless", "except"), a relative clause
("drugs that may prolong QT": "that may prolong QT concurrently"), a verb or a phrase after "for", "with" or a word in
"-ing" that the adverb could seem to qualify ("drugs with a risk of causing X at the same time"), a lead-in (":"), or a
bracket with more than a short gloss. Only in an exclusion and at the top of a criterion, as the other noun-phrase
openings.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

_ADVERBS = {
    # "at the same time": the plain words offline_plain says "concurrent(ly)" in
    "concurrent": "at the same time", "concomitant": "at the same time",
    "chronic": "chronically", "regular": "regularly", "daily": "daily", "continuous": "continuously",
    "long-term": "long-term", "long term": "long-term",  # "Long-term use of NSAIDs" → "You use NSAIDs long-term"
}  # fmt: skip
_OPENING = re.compile(
    rf"(?P<adj>{'|'.join(_ADVERBS)}|current)\s+(?:(?P<use>use)\s+of|(?P<treat>treatment|therapy)\s+with|"
    r"(?P<part>participation|enrol(?:l)?ment)\s+in)\s+(?=[A-Za-z0-9])",
    re.IGNORECASE,
)
# the adjectives that say the time of a treatment or a taking part too (a treatment "chronic" or "daily" is the
# treatment's kind, not how often the reader gets it)
_SAME_TIME = ("concurrent", "concomitant", "current")
_END = re.compile(r"\s*(?:[.;](?:\s|$)|$)")
# what makes the used thing more than a noun phrase the adverb can close
_MORE = re.compile(
    r"\b(?:within|during|before|after|prior|since|until|while|when|whenever|unless|if|except|excluding|other\s+than|"
    r"which|that|who|whom|whose|as|at|in|on|from|by|to|through|throughout|past|last|previous|recent(?:ly)?|"
    r"current(?:ly)?|now|days?|weeks?|months?|years?|hours?|time|histor(?:y|ies)|study|trial|screening|baseline|"
    r"randomi[sz]ation|"
    r"such|including|e\.g|i\.e|etc|not|no|without|allowed|permitted|is|are|was|were|be|been|may|must|should|will|"
    r"can|cannot|has|have|had|for|with|against)\b|(?<![-\w])[A-Za-z]+ing\b|[:;\[\]]",
    re.IGNORECASE,
)
# a trial or a study is what one takes part in, not a time: "Concurrent participation in another clinical study"
_MORE_PART = re.compile(_MORE.pattern.replace("study|trial|", ""), re.IGNORECASE)
_GLOSS = re.compile(r"\(([^()]*)\)")
# examples in a closing bracket: "Chronic use of long-acting beta-agonists (e.g., salmeterol)" → "You use long-acting
# beta-agonists chronically (e.g., salmeterol)"; the adverb closes the phrase before them, not after the last example
_EXAMPLE_LAST = re.compile(r"\s*\((?:e\.\s?g\.?|eg\.?|for\s+example|such\s+as)[,:]?\s[^()]*\)$", re.IGNORECASE)
_MAX_GLOSS_WORDS = 6


def use_adverb_opening(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Concurrent use of X" → "You use X concurrently" (see the module)."""
    m = _OPENING.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or dangling_verb(text, m.end()):
        return []
    masked = re.sub(r"\b(?:e\.g|i\.e|et[\s.]+al|etc)\.", lambda s: "#" * len(s.group()), text)  # "et.al." too
    stop = re.search(r"[.;](?:\s|$)", masked[m.end() :])
    end = m.end() + stop.start() if stop else len(text.rstrip())
    used = text[m.end() : end].rstrip()
    example = _EXAMPLE_LAST.search(used)
    used = used[: example.start()] if example and example.start() else used  # the adverb goes before the examples
    adjective = m.group("adj").lower()
    if not m.group("use") and adjective not in _SAME_TIME:
        return []  # "Chronic treatment with steroids": "chronically" would be said of the getting
    more = _MORE_PART if m.group("part") else _MORE
    if not used or more.search(used) or used.count("(") != used.count(")"):
        return []
    if any(len(g.split()) > _MAX_GLOSS_WORDS for g in _GLOSS.findall(used)):
        return []  # "(exceptions: nasal corticosteroids, …)": a note, not a gloss the adverb may follow
    if m.group("treat"):
        verb = f"getting {m.group('treat').lower()} with "
    elif m.group("part"):
        verb = "taking part in "
    else:
        verb = "using " if adjective == "current" else "use "
    if adjective == "current":  # "Current use of X" → "You are currently using X": the time word goes before
        return [Edit(start, m.end(), f"You are currently {verb}", "person")]
    close = m.end() + len(used)
    said = "You use " if m.group("use") else f"You are {verb}"
    return [Edit(start, m.end(), said, "person"), Edit(close, close, f" {_ADVERBS[adjective]}", "person")]
