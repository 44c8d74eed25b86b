"""'Your life expectancy is at least 3 months' said as 'You are expected to live at least 3 months' (offline backend).

"Expectancy" is one of the longest words left in the bullets, and the lexicon can only define the term ("how long a
person is expected to live"): its plain equal is a verb, so the subject and the verb change with it. For a medical
reader "life expectancy ≥ 3 months" and "expected to live at least 3 months" say the same. The words are changed
only where the whole statement is the reader's life expectancy against one bound, said in a clause of its own:
- the reader's own ("Your life expectancy is …", "You (must) have a life expectancy of …"): a life expectancy of other
  people or of a disease ("other cancers with life expectancy less than 5 years") keeps its words;
- no word before "life expectancy" ("estimated", "predicted", "normal"): the plain verb would lose or change it;
- a comparator and one span of time ("more than 3 months", "12 weeks or more", an optional bracketed restatement
  "(12 weeks)") that ends the clause: anything after ("… at the pre-treatment evaluation", "… limited by diseases
  other than FA") would seem to qualify the living rather than the estimate.
The comparator and the number are copied as they are, so the fidelity check reads the same value after the change.
"""

from __future__ import annotations

import re

_BOUND = (
    # "greater than", "fewer than", "shorter than" and "or greater" are left: "live 6 weeks or greater" is no English
    r"(?:at\s+least|at\s+most|more\s+than|less\s+than|longer\s+than|no\s+more\s+than|no\s+less\s+than|over|under)"
)
_SPAN = (
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:days?|weeks?|months?|years?)"
)
_MEASURE = rf"(?:{_BOUND}\s+{_SPAN}|{_SPAN}\s+or\s+(?:more|longer))(?:\s+\([^()]*\))?"
# The reader's life expectancy, with nothing before "life": "Your …" / "You have a … of …".
_PHRASE = re.compile(
    rf"(?<![\w-])(?:(?P<your>[Yy]our)\s+life\s+expectancy\s+is|(?P<you>[Yy]ou)\s+(?P<must>must\s+)?have\s+a\s+life\s+expectancy\s+of)"
    rf"\s+(?P<measure>{_MEASURE})(?=\s*(?:[.;]|$))"
)


def expected_to_live(text: str) -> str:
    """`text` with the reader's life expectancy said with a verb where it is safe (see the module)."""

    def said(m: re.Match[str]) -> str:
        who = m.group("your") or m.group("you")
        you = "You" if who[0].isupper() else "you"
        verb = "must be" if m.group("must") else "are"
        return f"{you} {verb} expected to live {m.group('measure')}"

    return _PHRASE.sub(said, text)
