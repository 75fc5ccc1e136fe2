"""The editable questions (``seeds/questions.yml``): what many speakers answer in the news.

Format::

    questions:
      - question: the referendums and the annexation
        words: [referend, vote, ballot, annex]   # word beginnings that put a claim on it

A claim one of whose words starts with one of ``words`` is on that question; claims by
different speakers on the same question are shown side by side on claim pages ("Other
positions on this question"), across every article. The file is optional.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import BuildError, reject_unknown_keys, yaml_error
from generator.read.yamlfile import check_text, read_yaml_text

_KEYS = frozenset({"question", "words"})
#: Three letters at least: a shorter beginning would put almost every claim on the question.
_WORD = re.compile(r"[a-z]{3,}")
_HINT = "see the format at the top of generator/read/questions.py"


@dataclass(frozen=True)
class Question:
    """One question, validated: its wording and the word beginnings that find it."""

    question: str
    words: tuple[str, ...]
    line: int = 0  #: line in the questions file, for error messages


def load(path: Path) -> tuple[Question, ...]:
    """Read and validate the questions, in the file's order; a missing file has none."""
    if not path.exists():
        return ()
    try:
        root = yaml.compose(read_yaml_text(path))
    except yaml.YAMLError as err:
        raise yaml_error(err, path, f"fix the syntax; {_HINT}") from None
    if root is None:
        return ()
    if not isinstance(root, yaml.MappingNode):
        raise BuildError("expected a mapping with a 'questions' key", path=path, line=1, hint=_HINT)
    top = {str(k.value): v for k, v in root.value}
    reject_unknown_keys(top, {"questions"}, what="top-level key(s)", path=path, line=1, hint=_HINT)
    body = top.get("questions")
    if body is None or (isinstance(body, yaml.ScalarNode) and body.value in ("", "null", "~")):
        return ()
    if not isinstance(body, yaml.SequenceNode):
        raise BuildError("'questions' must be a list", path=path, line=body.start_mark.line + 1, hint=_HINT)
    questions = [_question(node, path) for node in body.value]
    seen: dict[str, Question] = {}
    for q in questions:
        if q.question.lower() in seen:
            first = seen[q.question.lower()].line
            raise BuildError(
                f"the question '{q.question}' is listed twice (first on line {first})",
                path=path,
                line=q.line,
                hint="keep one entry and put all its words there",
            )
        seen[q.question.lower()] = q
    return tuple(questions)


def _question(node: yaml.Node, path: Path) -> Question:
    """One entry, every field checked."""
    line = node.start_mark.line + 1
    try:
        raw: Any = yaml.safe_load(yaml.serialize(node))
    except yaml.YAMLError as err:
        problem = getattr(err, "problem", None) or str(err)
        raise BuildError(f"invalid YAML: {problem}", path=path, line=line, hint=_HINT) from None
    if not isinstance(raw, dict):
        raise BuildError("each question must be a mapping", path=path, line=line, hint=_HINT)
    reject_unknown_keys(raw, _KEYS, what="key(s)", path=path, line=line, hint="allowed: question, words")
    text = raw.get("question")
    if not isinstance(text, str) or not text.strip():
        raise BuildError("each entry needs a 'question' (text)", path=path, line=line, hint=_HINT)
    check_text(text, path, line, "'question'")
    words = raw.get("words")
    if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
        raise BuildError(
            f"'words' of '{text}' must be a list of word beginnings",
            path=path,
            line=line,
            hint="e.g. words: [referend, ballot]",
        )
    for word in words:
        if not _WORD.fullmatch(word):
            raise BuildError(
                f"'{word}' in the words of '{text}' must be three or more lowercase letters",
                path=path,
                line=line,
                hint="a claim is on the question when one of its words starts with one of these",
            )
    return Question(" ".join(text.split()), tuple(words), line)
