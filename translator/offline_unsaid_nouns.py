"""Openings whose words have no noun the reader could be or have, for translator.offline_openings (offline backend).

"You have <adjective> …" and "You <modal> …" read a criterion as the reader's only when its words go on as the
opening needs; these say when they do not:

- an adjective with no noun after it: "Uncontrolled as per Canadian asthma consensus guidelines", "Severe enough to
  require hospitalization", "Symptomatic with dyspnea" (its noun is a heading's or the trial's condition): "You have
  uncontrolled as per …" says nothing (`NO_NOUN_AFTER`; lower-case words only, since "Active AS" is ankylosing
  spondylitis);
- a thing's passive with no object: "May be given orally, IV, or by continuous infusion" under "Scheduled to receive
  chemotherapy" is said of the drug; "You may be given by mouth" puts the reader in its place (`THING_PASSIVE`;
  not "Must be registered into the program", whose subject is the reader);
Such criteria keep their words.
"""

from __future__ import annotations

# after the adjective (the space after it already matched): a preposition, an adverb of degree, or the end of a list
NO_NOUN_AFTER = (
    r"(?!(?-i:as|in|for|at|by|with|within|during|since|from|per|despite|enough|after|before|until)\b|or\s+\w+\s*$)"
)
# after a modal: "be given" and the like with no object, before an adverb, a preposition or a clause's end
THING_PASSIVE = (
    r"(?!\s+(?:not\s+)?be\s+(?:given|administered|delivered|infused|injected|prescribed|used|performed|done|"
    r"obtained|collected|completed)(?:\s*(?:[,.;:(]|$)|\s+(?:orally|intravenously|IV|subcutaneously|topically|"
    r"alone|concurrently|daily|weekly|prior|before|after|for|as|in|on|at|by|with|via|within|during|if|once|per|"
    r"until|according)\b))"
)
