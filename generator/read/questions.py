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

from generator.errors import BuildError
from generator.read.yamlfile import (
    Map,
    Seq,
    check_keys,
    load_optional,
    text_value,
    top_map,
)

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
    loaded = load_optional(path)
    if loaded is None:
        return ()
    root = top_map(loaded, path, "expected a mapping with a 'questions' key", _HINT)
    check_keys(root, {"questions"}, "top-level key(s)", path, hint=_HINT)
    body = root.get("questions")
    if body is None:
        return ()
    if not isinstance(body, Seq):
        raise BuildError("'questions' must be a list", path=path, line=root.line_of("questions"), hint=_HINT)
    questions = [_question(item, line, path) for item, line in zip(body, body.lines, strict=True)]
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


def _question(raw: Any, line: int, path: Path) -> Question:
    """One entry, every field checked."""
    if not isinstance(raw, Map):
        raise BuildError("each question must be a mapping", path=path, line=line, hint=_HINT)
    check_keys(raw, _KEYS, "key(s)", path, hint="allowed: question, words")
    text = text_value(raw, "question", "'question'", path)
    if text is None or not text.strip():
        raise BuildError("each entry needs a 'question' (text)", path=path, line=line, hint=_HINT)
    words = raw.get("words")
    where = raw.line_of("words")
    if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
        raise BuildError(
            f"'words' of '{text}' must be a list of word beginnings",
            path=path,
            line=where,
            hint="e.g. words: [referend, ballot]",
        )
    for word in words:
        if not _WORD.fullmatch(word):
            raise BuildError(
                f"'{word}' in the words of '{text}' must be three or more lowercase letters",
                path=path,
                line=where,
                hint="a claim is on the question when one of its words starts with one of these",
            )
    return Question(" ".join(text.split()), tuple(words), line)
