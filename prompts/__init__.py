"""Prompt templates (files in `prompts/templates/`) and their loader; the file's sha is its version."""

from prompts.loader import Prompt, PromptError, available_prompts, load_prompt

__all__ = ["Prompt", "PromptError", "available_prompts", "load_prompt"]
