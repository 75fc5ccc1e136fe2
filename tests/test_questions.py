"""The editable questions (``seeds/questions.yml``): loading, and bad entries named by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.read import questions
from generator.read.questions import Question
from tests.conftest import ROOT, SEEDS


def test_the_seed_questions_are_those_of_the_first_article() -> None:
    assert [q.question for q in questions.load(SEEDS / "questions.yml")] == [
        "the referendums and the annexation",
        "nuclear weapons",
        "Ukraine and NATO",
    ]


def test_the_readme_documents_the_file() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "seeds/questions.yml" in readme and "  - question: " in readme


@pytest.mark.parametrize("text", [None, "", "questions:\n", "questions: []\n"])
def test_a_missing_or_empty_file_has_no_questions(tmp_path: Path, text: str | None) -> None:
    path = tmp_path / "questions.yml"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    assert questions.load(path) == ()


def test_entries_keep_the_files_order_and_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "questions.yml"
    path.write_text(
        "questions:\n  - question: water  prices\n    words: [water, price]\n"
        "  - question: the harbour\n    words: [harbour]\n",
        encoding="utf-8",
    )
    assert questions.load(path) == (
        Question("water prices", ("water", "price"), 2),
        Question("the harbour", ("harbour",), 4),
    )


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("questions:\n  - question: [oops\n", 2, "invalid YAML"),
        ("asked: []\n", 1, "unknown top-level key(s): asked"),
        ("- a\n", 1, "expected a mapping with a 'questions' key"),
        ("questions: water\n", 1, "'questions' must be a list"),
        ("questions:\n  - water\n", 2, "each question must be a mapping"),
        ("questions:\n  - words: [water]\n", 2, "each entry needs a 'question' (text)"),
        ("questions:\n  - question: water\n", 2, "'words' of 'water' must be a list of word beginnings"),
        ("questions:\n  - question: water\n    words: water\n", 2, "'words' of 'water' must be a list"),
        (
            "questions:\n  - question: water\n    words: [Water]\n",
            2,
            "'Water' in the words of 'water' must be three or more lowercase letters",
        ),
        ("questions:\n  - question: water\n    words: [wa]\n", 2, "'wa' in the words of 'water'"),
        ("questions:\n  - question: water\n    words: [water]\n    topic: x\n", 2, "unknown key(s): topic"),
        (
            "questions:\n  - question: Water\n    words: [water]\n  - question: water\n    words: [rain]\n",
            4,
            "the question 'water' is listed twice (first on line 2)",
        ),
        ("questions:\n  - question: !!python/name:os.system\n    words: [x]\n", 2, "invalid YAML"),
        (
            'questions:\n  - question: "a\\u0002b"\n    words: [water]\n',
            2,
            "'question' holds the invisible character U+0002",
        ),
    ],
)
def test_bad_entries_stop_the_build_with_file_and_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = tmp_path / "questions.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BuildError) as err:
        questions.load(path)
    assert (err.value.path, err.value.line) == (str(path), line)
    assert err.value.message.startswith(message)
