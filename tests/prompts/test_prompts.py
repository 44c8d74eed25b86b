"""The prompt loader, and a snapshot of the rendered translate prompt (a prompt edit is a readable diff).

Refresh the snapshot after an intended prompt change with TRIALPLAIN_UPDATE_SNAPSHOTS=1.
"""

from __future__ import annotations

import hashlib
import os
from importlib import resources
from pathlib import Path

import pytest

from prompts import Prompt, PromptError, available_prompts, load_prompt

SNAPSHOTS = Path(__file__).parent / "snapshots"

SAMPLE = {
    "section": {"kind": "exclusion", "label": "You cannot join if…"},
    "items": [
        {
            "ref": "1",
            "depth": 0,
            "text": "Any of the following cardiac conditions:",
            "logic": "any",
            "facts": [],
        },
        {
            "ref": "1.1",
            "depth": 1,
            "text": "Myocardial infarction within 6 months prior to randomization",
            "logic": None,
            "facts": [
                {
                    "text": "within 6 months prior to randomization",
                    "meaning": "time window at most 6 month before randomization",
                }
            ],
        },
        {
            "ref": "1.2",
            "depth": 1,
            "text": "No history of QTc > 470 ms",
            "logic": None,
            "facts": [
                {"text": "No", "meaning": "negation (no) - the item says this is NOT the case"},
                {"text": "> 470 ms", "meaning": "value more than 470 ms"},
            ],
        },
    ],
    "refs": ["1", "1.1", "1.2"],
}


def _as_text(messages: list[dict[str, str]]) -> str:
    return "".join(f"===== {m['role']} =====\n{m['content']}\n" for m in messages)


def _matches_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("TRIALPLAIN_UPDATE_SNAPSHOTS") == "1" or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists()
        path.write_text(text, encoding="utf-8")
        if not existed:
            pytest.fail(f"snapshot {path} did not exist and was written; review it and run the test again")
        return
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} changed; if intended, rerun with TRIALPLAIN_UPDATE_SNAPSHOTS=1 and review the diff"
    )


def test_load_prompt_sha_is_hash_of_template_file() -> None:
    prompt = load_prompt("translate_criterion")
    raw = resources.files("prompts").joinpath("templates", "translate_criterion.md").read_bytes()
    assert prompt.id == "translate_criterion"
    assert prompt.sha == hashlib.sha256(raw).hexdigest()
    assert [part.role for part in prompt.parts] == ["system", "user"]


def test_render_translate_prompt_matches_snapshot() -> None:
    messages = load_prompt("translate_criterion").render(SAMPLE)
    _matches_snapshot("translate_criterion.txt", _as_text(messages))


def test_render_translate_prompt_shows_every_item_and_fact() -> None:
    user = load_prompt("translate_criterion").render(SAMPLE)[1]["content"]
    for item in SAMPLE["items"]:
        assert f"[{item['ref']}] {item['text']}" in user  # type: ignore[index]
    assert "- \"> 470 ms\": value more than 470 ms" in user
    assert "Sub-items combine as: any" in user
    assert "Refs you may cite: 1, 1.1, 1.2" in user


def test_render_messages_have_no_surrounding_whitespace() -> None:
    for message in load_prompt("translate_criterion").render(SAMPLE):
        assert message["content"] == message["content"].strip()
        assert not message["content"][0].isspace()


def test_render_raises_prompt_error_when_data_missing() -> None:
    with pytest.raises(PromptError, match="translate_criterion"):
        load_prompt("translate_criterion").render({"section": SAMPLE["section"]})


def test_load_prompt_raises_when_name_unknown() -> None:
    with pytest.raises(PromptError, match=r"available: .*translate_criterion"):
        load_prompt("no_such_prompt")


def test_load_prompt_raises_when_name_is_a_path() -> None:
    with pytest.raises(PromptError, match="not valid"):
        load_prompt("../loader")


def test_available_prompts_lists_templates() -> None:
    assert "translate_criterion" in available_prompts()


def test_from_text_raises_when_role_markers_missing() -> None:
    with pytest.raises(PromptError, match="no role markers"):
        Prompt.from_text("broken", "Just some text {{ x }}")


def test_from_text_raises_when_role_unknown() -> None:
    with pytest.raises(PromptError, match="unknown role 'robot'"):
        Prompt.from_text("broken", "<!-- role: robot -->\nhello")


def test_from_text_raises_when_jinja_malformed() -> None:
    with pytest.raises(PromptError, match="line"):
        Prompt.from_text("broken", "<!-- role: user -->\n{% for x in %}")


def test_from_text_sha_changes_with_text() -> None:
    first = Prompt.from_text("p", "<!-- role: user -->\nHello {{ name }}")
    second = Prompt.from_text("p", "<!-- role: user -->\nHello, {{ name }}")
    assert first.sha != second.sha
    assert first.render({"name": "Ann"}) == [{"role": "user", "content": "Hello Ann"}]
