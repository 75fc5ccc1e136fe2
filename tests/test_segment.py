from __future__ import annotations

import pytest

from generator.analyse import analyse_text, segment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\nTwo.", ["One.", "Two."]),
        ("One.\n\nTwo.\n\n\nThree.", ["One.", "Two.", "Three."]),
        ("  Indented.  \n   \nNext. ", ["Indented.", "Next."]),
        ("Only one paragraph.", ["Only one paragraph."]),
    ],
)
def test_paragraphs_split_on_newlines_and_blank_lines(text: str, expected: list[str]) -> None:
    assert [p.span.slice(text) for p in segment.paragraphs(text)] == expected


def test_sentences_never_cross_paragraphs(nlp, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    analysis = analyse_text("seed", seed_text, nlp)
    for sent in analysis.sentences:
        para = analysis.paragraphs[sent.paragraph]
        assert para.span.contains(sent.span)
        assert "\n" not in sent.span.slice(seed_text)


def test_every_character_of_a_paragraph_is_in_a_sentence(nlp, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    analysis = analyse_text("seed", seed_text, nlp)
    for para in analysis.paragraphs:
        sents = [s for s in analysis.sentences if s.paragraph == para.index]
        assert sents[0].span.start == para.span.start
        assert sents[-1].span.end == para.span.end


@pytest.mark.parametrize(
    "edit",
    [
        lambda t: "A new first paragraph was inserted here.\n" + t,
        lambda t: t.replace("\n", "\n\n", 3),
        lambda t: t + "\nA closing paragraph was added.",
    ],
)
def test_sentence_anchors_survive_edits_elsewhere(nlp, edit) -> None:  # type: ignore[no-untyped-def]
    text = "Putin spoke in Moscow. He was loud.\nBiden answered. He was calm.\nThe end came."
    before = {s.span.slice(text): s.anchor for s in analyse_text("a", text, nlp).sentences}
    edited = edit(text)
    after = {s.span.slice(edited): s.anchor for s in analyse_text("a", edited, nlp).sentences}
    for sentence, anchor in before.items():
        assert after[sentence] == anchor


def test_repeated_sentences_get_distinct_anchors() -> None:
    anchors = segment.stable_anchors("s", ["Same.", "Other.", "Same.", "Same."])
    assert len(set(anchors)) == 4
    assert anchors[2] == anchors[0] + "-2"
