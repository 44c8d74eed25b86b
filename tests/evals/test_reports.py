"""Reports and the gate: HTML opened in headless Chromium, JUnit XML parsed, thresholds and baselines."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from markupsafe import escape

from evals.gate import Baseline, evaluate, parse_thresholds
from evals.junit import write_junit
from evals.report_html import render_html, write_html
from evals.results import Example, Metric, SuiteResult, TrialRow
from tests.browser import chromium
from translator.check_kinds import describe


def sample_result() -> SuiteResult:
    return SuiteResult(
        suite="smoke",
        metrics=[Metric(name="error_free_rate", value=0.97), Metric(name="false_alarm_rate", value=0.01,
                                                                     higher_is_better=False)],
        trials=[TrialRow(nct_id="NCT00000001", criteria=3, bullets=3, errors=1, warnings=0)],
        examples=[Example(
            nct_id="NCT00000001", case_id="NCT00000001:I1", check="fact_changed", severity="error",
            message="I1: “≥ 18 years” became “21 years”", criterion_id="I1",
            source_text="Age ≥ 18 years <script>alert(1)</script>", source_span=(4, 14),
            bullet_text="You are 21 years or older.", bullet_span=(8, 16))],
    )


def test_gate_fails_under_threshold_and_over_for_lower_is_better() -> None:
    result = sample_result()
    failures = evaluate(result, parse_thresholds(["error_free_rate=0.99", "false_alarm_rate=0.02"]), None)
    assert [f.metric for f in failures] == ["error_free_rate"]
    failures = evaluate(result, parse_thresholds(["false_alarm_rate=0.005"]), None)
    assert [f.metric for f in failures] == ["false_alarm_rate"]


def test_gate_names_an_unknown_metric_and_rejects_bad_syntax() -> None:
    failures = evaluate(sample_result(), {"nope": 1.0}, None)
    assert "no metric 'nope'" in failures[0].reason
    with pytest.raises(ValueError, match="METRIC=VALUE"):
        parse_thresholds(["error_free_rate"])


def test_gate_catches_regression_past_baseline_tolerance() -> None:
    baseline = Baseline(suite="smoke", tolerance=0.005, metrics={"error_free_rate": 0.98, "false_alarm_rate": 0.0})
    failures = evaluate(sample_result(), {}, baseline)
    assert {f.metric for f in failures} == {"error_free_rate", "false_alarm_rate"}
    assert not evaluate(sample_result(), {}, Baseline(suite="smoke", metrics={"error_free_rate": 0.972}))


def test_junit_lists_failed_metrics_and_examples(tmp_path: Path) -> None:
    result = sample_result()
    path = tmp_path / "junit.xml"
    write_junit(path, result, evaluate(result, {"error_free_rate": 0.99}, None))
    suite = ET.parse(path).getroot()
    assert suite.get("tests") == "3" and suite.get("failures") == "2"
    names = [case.get("name") for case in suite.iter("testcase") if case.find("failure") is not None]
    assert "error_free_rate" in names[0]


@pytest.mark.browser
def test_html_report_highlights_both_spans_in_chromium(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    result = sample_result()
    write_html(path, result, evaluate(result, {"error_free_rate": 0.99}, None))
    with chromium() as browser:
        page = browser.new_page()
        page.goto(path.as_uri())
        assert page.locator("mark.source-span").first.inner_text() == "≥ 18 years"
        assert page.locator("mark.bullet-span").first.inner_text() == "21 years"
        assert "Gate failed" in page.locator("#gate").inner_text()
        assert page.locator("#trials td").first.inner_text() == "NCT00000001"
        # Criteria text is untrusted: a <script> in it is shown as text, never run.
        assert "<script>alert(1)</script>" in page.locator(".source").first.inner_text()
        assert page.evaluate("() => document.querySelectorAll('.source script').length") == 0


def test_html_report_says_what_each_kind_of_finding_means() -> None:
    html = render_html(sample_result(), [])
    meaning = str(escape(describe("fact_changed") or ""))
    assert "at least 18" in meaning
    assert f'<span class="check" title="{meaning}">fact_changed</span>' in html
