"""Every kind of finding the code can report has a description for editors, and every description a kind.

The kinds are read from the code itself: the `check` of each `Finding(...)` and the first argument of the checks'
finding helpers (`_error`, `_warning`, `_finding`), as a string or a module constant, and the pipeline's flag codes
(module constants named `*_FLAG`, reported as `flag_<code>`). A new check without a description fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

from translator.check_kinds import KIND_DESCRIPTIONS, describe

ROOT = Path(__file__).resolve().parents[2]
_HELPERS = {"_error", "_warning", "_finding"}


def _constants(tree: ast.Module) -> dict[str, str]:
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _reported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = _constants(tree)
    kinds = {f"flag_{value}" for name, value in constants.items() if name.endswith("_FLAG")}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        arguments = [k.value for k in node.keywords if k.arg == "check"] if name == "Finding" else []
        if isinstance(node.func, ast.Name) and name in _HELPERS and node.args:
            arguments.append(node.args[0])
        for argument in arguments:
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                kinds.add(argument.value)
            elif isinstance(argument, ast.Name) and argument.id in constants:
                kinds.add(constants[argument.id])
    return kinds


def reported_kinds() -> set[str]:
    return set().union(*(_reported(p) for package in ("translator", "service", "evals")
                         for p in sorted((ROOT / package).glob("*.py"))))


def test_the_scan_sees_the_kinds_of_every_pattern() -> None:
    kinds = reported_kinds()
    # a string to Finding (fidelity_frames), a module constant (lost_comparators), a helper's first argument
    # (structured, fidelity_verdicts), a flag code (offline, llm), the check command's own (service.cli_check)
    assert {"frame_dropped", "equals_as_limit", "age_mismatch", "content_missing", "flag_offline_verbatim",
            "flag_llm_fallback", "source_changed"} <= kinds
    assert len(kinds) >= 25


def test_every_kind_has_a_description_and_every_description_a_kind() -> None:
    kinds = reported_kinds()
    assert sorted(kinds - KIND_DESCRIPTIONS.keys()) == [], "describe these kinds in translator/check_kinds.py"
    assert sorted(KIND_DESCRIPTIONS.keys() - kinds) == [], "nothing reports these kinds any more"


def test_descriptions_are_sentences_an_editor_can_act_on() -> None:
    for kind, text in KIND_DESCRIPTIONS.items():
        assert text[0].isupper() and text.endswith("."), kind
        assert "_" not in text, f"{kind}: a description names no code"
        assert 40 <= len(text) <= 300, kind
    assert describe("fact_changed") == KIND_DESCRIPTIONS["fact_changed"]
    assert describe("a_kind_from_an_older_edition") is None
