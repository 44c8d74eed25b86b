"""JUnit XML for CI systems: one test case per metric (failed when the gate failed it) and one per
example finding, so a CI page lists what went wrong without opening the HTML report."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from evals.gate import GateFailure
from evals.results import SuiteResult


def write_junit(path: Path, result: SuiteResult, failures: list[GateFailure]) -> None:
    failed = {f.metric: f for f in failures}
    suite = ET.Element("testsuite", name=f"trialplain.{result.suite}")
    for metric in result.metrics:
        case = ET.SubElement(suite, "testcase", classname=f"trialplain.{result.suite}.metrics", name=metric.name)
        ET.SubElement(case, "system-out").text = f"{metric.value:.6g}"
        if metric.name in failed:
            ET.SubElement(case, "failure", message=failed[metric.name].reason)
    for name, failure in failed.items():
        if result.metric(name) is None:
            case = ET.SubElement(suite, "testcase", classname=f"trialplain.{result.suite}.metrics", name=name)
            ET.SubElement(case, "failure", message=failure.reason)
    for number, example in enumerate(result.examples):
        case = ET.SubElement(suite, "testcase", classname=f"trialplain.{result.suite}.examples.{example.nct_id}",
                             name=f"{number:04d} {example.check} {example.criterion_id or ''}".strip())
        tag = "failure" if example.severity == "error" else "skipped"
        ET.SubElement(case, tag, message=example.message).text = (
            f"source: {example.source_text}\nbullet: {example.bullet_text}")
    cases = suite.findall("testcase")
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
    suite.set("skipped", str(sum(1 for c in cases if c.find("skipped") is not None)))
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)
