"""A measurement dated by the visit named right before it: "Screening serum urate", "Admission hemoglobin
concentration", "screening clinical laboratory test results". The visit is when the value counts (a glucose on
admission is not one taken later in the stay): `translator.temporal` reads the visit's name as a point in time, so
a bullet that says the value without it has dropped a time window.

Only before what is measured (a lab value, a blood pressure, the weight): "screening visit", "admission to the
hospital" and "screening colonoscopy" name the visit or a test, not a time of a value; nor a heart test, which a
rewrite words plainly ("Screening ECG" → "an ECG at screening" or "a heart tracing").
"""

from __future__ import annotations

# (a lab's adjective may come first: "screening clinical laboratory", "admission fasting glucose")
MEASURED_AFTER = (r"(?=\s+(?:(?:clinical|routine|safety|fasting)\s+)?(?:serum|plasma|blood|urine|absolute|laborator\w*"
                  r"|labs?|ha?emoglobin|hba1c|a1c|calcitonin|platelets?|creatinine|qtc\w*|bmi|body\s+mass|weight"
                  r"|glucose|systolic|diastolic)\b)")
