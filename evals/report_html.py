"""A self-contained HTML report of a suite run: metrics, tables, a per-trial table, and each failing
bullet beside its source criterion with both spans highlighted.

Everything from the data is escaped (Jinja2 autoescape): criteria text is untrusted input.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup, escape

from evals.gate import GateFailure
from evals.results import SuiteResult
from translator.check_kinds import describe

_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>trialplain eval · {{ result.suite }}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem;max-width:1200px;color:#1d1d1f}
h1{font-size:1.5rem} h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0;width:100%} th,td{border:1px solid #ccd;padding:.3rem .5rem;
text-align:left;vertical-align:top} th{background:#f2f3f7} td.num{text-align:right;font-variant-numeric:tabular-nums}
.fail{color:#b00020;font-weight:600} .ok{color:#11703b}
mark.source-span{background:#ffe08a} mark.bullet-span{background:#ffb3b3}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;border:1px solid #ccd;padding:.6rem;margin:.6rem 0}
.pair .label{font-size:.8rem;color:#666;text-transform:uppercase;letter-spacing:.04em}
.msg{grid-column:1/3;font-size:.9rem} .gate{padding:.6rem;border:2px solid}
.gate.passed{border-color:#11703b} .gate.failed{border-color:#b00020}
</style></head><body>
<h1>trialplain eval — {{ result.suite }}</h1>
<p>Source: {{ result.source or "—" }} · backend: {{ result.backend or "—" }} · {{ result.created_at }}</p>
<div class="gate {{ 'failed' if failures else 'passed' }}" id="gate">
{% if failures %}<p class="fail">Gate failed:</p><ul>{% for f in failures %}<li>{{ f.reason }}</li>{% endfor %}</ul>
{% else %}<p class="ok">Gate passed.</p>{% endif %}</div>
<h2>Metrics</h2>
<table id="metrics"><tr><th>metric</th><th>value</th><th>better</th><th>about</th></tr>
{% for m in result.metrics %}<tr><td>{{ m.name }}</td><td class="num">{{ "%.4g"|format(m.value) }}</td>
<td>{{ "higher" if m.higher_is_better else "lower" }}</td><td>{{ m.description }}</td></tr>{% endfor %}</table>
{% for title, rows in result.tables.items() %}<h2>{{ title|capitalize }}</h2>
{% if rows %}<table><tr>{% for k in rows[0] %}<th>{{ k }}</th>{% endfor %}</tr>
{% for row in rows %}<tr>{% for v in row.values() %}<td>{{ v }}</td>{% endfor %}</tr>{% endfor %}</table>{% endif %}
{% endfor %}
{% if result.trials %}<h2>Per trial</h2>
<table id="trials"><tr><th>trial</th><th>criteria</th><th>bullets</th><th>errors</th><th>warnings</th>
<th>grade (source)</th><th>grade (bullets)</th></tr>
{% for t in result.trials %}<tr><td>{{ t.nct_id }}</td><td class="num">{{ t.criteria }}</td>
<td class="num">{{ t.bullets }}</td><td class="num {{ 'fail' if t.errors }}">{{ t.errors }}</td>
<td class="num">{{ t.warnings }}</td><td class="num">{{ t.grade_source }}</td><td class="num">{{ t.grade_bullets }}</td>
</tr>{% endfor %}</table>{% endif %}
<h2>Findings with their evidence ({{ result.examples|length }})</h2>
{% for e in result.examples %}<div class="pair" id="example-{{ loop.index }}">
<div><div class="label">source {{ e.nct_id }} {{ e.criterion_id or "" }}</div>
<div class="source">{{ mark(e.source_text, e.source_span, "source-span") }}</div></div>
<div><div class="label">bullet</div>
<div class="bullet">{{ mark(e.bullet_text, e.bullet_span, "bullet-span") }}</div></div>
<div class="msg"><span class="{{ 'fail' if e.severity == 'error' }}">{{ e.severity }}</span> ·
<span class="check" title="{{ describe(e.check) or '' }}">{{ e.check }}</span>
{%- if e.mutation %} · planted {{ e.mutation }}{% endif %} — {{ e.message }}</div></div>
{% endfor %}
</body></html>
"""


def mark(text: str, span: tuple[int, int] | None, css: str) -> Markup:
    """`text` escaped, with `span` wrapped in <mark class=css>."""
    if not span or not (0 <= span[0] <= span[1] <= len(text)):
        return escape(text)
    start, end = span
    return Markup("{}<mark class=\"{}\">{}</mark>{}").format(text[:start], css, text[start:end], text[end:])


def render_html(result: SuiteResult, failures: list[GateFailure]) -> str:
    environment = Environment(autoescape=True)
    return environment.from_string(_TEMPLATE).render(result=result, failures=failures, mark=mark, describe=describe)


def write_html(path: Path, result: SuiteResult, failures: list[GateFailure]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(result, failures), encoding="utf-8")
