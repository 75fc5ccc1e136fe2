"""Quote attribution as ordered sieves: the order, and each sieve firing on a sentence of its own."""

from __future__ import annotations

from typing import Any

import pytest

from generator.analyse import entities, segment
from generator.analyse.claims import sieves
from generator.analyse.claims.index import Index
from generator.analyse.claims.quotes import find_quotes
from generator.analyse.claims.sieves import SIEVES, Quoted, attribute
from generator.model import Span


def _quoted(nlp: Any, text: str) -> list[Quoted]:
    """Every quote part of a small text, ready for the sieves (with the text's entity mentions)."""
    doc = nlp(text)
    paras = segment.paragraphs(text)
    mentions = entities.find_mentions(text, doc, paras, segment.sentences(text, doc, paras))
    parts = find_quotes(text, paras)
    index = Index(text, doc, [p.span for p in parts], mentions)
    return [Quoted(p, paras, index) for p in parts]


def _words(span: Span | None, text: str) -> str:
    """The words of a span, or '' for none."""
    return span.slice(text) if span is not None else ""


def test_the_sieves_in_order() -> None:
    assert [s.__name__ for s in SIEVES] == [
        "no_tokens",
        "named_before_dashes",
        "labelled",
        "voiced_by",
        "colon_names_pronoun",
        "governing_cue",
        "cue_taken_for_noun",
        "governing_cue_nearby_subject",
        "governing_cue_without_speaker",
        "nearby_cue",
        "named_after_dash",
        "according_to_source",
        "colon_paragraph",
        "previous_sentence",
        "previous_paragraph",
        "embedding_subject",
        "paragraph_lead_subject",
        "colon_clause_subject",
        "colon_source",
        "nobody",
    ]


@pytest.mark.parametrize("sieve", SIEVES, ids=lambda s: s.__name__)
def test_every_sieve_says_what_it_catches(sieve: sieves.Sieve) -> None:
    assert sieve.__doc__ and sieve.__doc__.strip()


@pytest.mark.parametrize(
    ("text", "sieve", "speaker", "governed"),
    [
        ('He typed x="abc" and left.', "no_tokens", "", False),
        (
            "Many have said so, including the former candidate Mitt Romney -- "
            "''It is wrong to hide your returns'' -- and several senators.",
            "named_before_dashes",
            "Mitt Romney",
            True,
        ),
        (
            'Pollsters agree - Ruth Okafor: "Keep calling voters until the very last day." [Blog.]',
            "labelled",
            "Ruth Okafor",
            True,
        ),
        (
            'The mayor spoke, prompting chants of "Jobs now!" from the crowd outside the hall.',
            "voiced_by",
            "the crowd outside the hall",
            True,
        ),
        (
            'Senator Claire Jones scolded him: "The science is against you on this," she said.',
            "colon_names_pronoun",
            "Senator Claire Jones",
            True,
        ),
        ('"We will win," Biden said.', "governing_cue", "Biden", True),
        ('"We will win," the editorial read.', "cue_taken_for_noun", "the editorial", True),
        # A cue set off by commas after a thing: the person named after it spoke.
        (
            'Any fair reading of the plan, said Ruth Lee, a lawyer, would call it "a failure."',
            "governing_cue",
            "Ruth Lee, a lawyer",
            True,
        ),
        # Right after the closing mark, the noun phrase after the cue is who spoke.
        ('"We will win," added the coach, and he said it twice.', "governing_cue", "the coach", True),
        # A scare quote under "continued": nobody speaks, and a weak cue governs nothing.
        (
            'The so-called "hybrid war" continued through the winter.',
            "governing_cue_without_speaker",
            "",
            False,
        ),
        ('The report, he added, was "deeply flawed and unfair to everyone."', "nearby_cue", "he", False),
        # A phrasal cue whose particle stands alone ("went on", not "went on television").
        ('"It happens," Ruth Lee went on, as if she did not hear him.', "governing_cue", "Ruth Lee", True),
        ("“I love this country.” ― Maria Lopez", "named_after_dash", "Maria Lopez", True),
        # A fact check names who said it on a short line of its own under the quote.
        (
            '"Big companies pay zero taxes."\n\n- Senator Ann Lee.',
            "named_after_dash",
            "Senator Ann Lee",
            True,
        ),
        # ...and a reader's name under a pull quote, though no other sentence mentions her.
        (
            '"We hear about it all the time, and it needs to stop."\n\n-Ruth Marks, Toledo.',
            "named_after_dash",
            "Ruth Marks",
            True,
        ),
        ('"The vote was rigged," according to the ministry.', "according_to_source", "the ministry", True),
        (
            'The count was slow. "The vote was rigged. The count was late," according to the ministry.',
            "according_to_source",
            "the ministry",
            True,
        ),
        (
            'The ministry released a statement:\n"We will not wait for anyone."',
            "colon_paragraph",
            "The ministry",
            True,
        ),
        # An inverted line, the verb read as part of the name or the name as its object.
        ("Stone met the host.\n\nStated Stone:\n\n“We start on Monday.”", "colon_paragraph", "Stone", True),
        (
            "The mayor met us.\n\nAdded the mayor:\n\n“We start on Monday.”",
            "colon_paragraph",
            "the mayor",
            True,
        ),
        ('The plan will fail, Ann Lee said. "Nobody wants it."', "previous_sentence", "Ann Lee", False),
        # A speech verb whose phrase ends at the opening mark, though the parse hangs the
        # quote on the sentence's main verb.
        (
            'The spot concludes with a clip of Tom Becker saying at a rally on Friday, "Nobody wants it."',
            "governing_cue",
            "Tom Becker",
            True,
        ),
        (
            "Carter said that for years critics had been predicting a retreat, but it would not happen.\n"
            '"That is because the region matters to us."',
            "previous_paragraph",
            "Carter",
            False,
        ),
        # No speech verb: the subject of the verb the quote hangs on.
        (
            'Senator Ann Lee blamed the delay on "careless planners."',
            "embedding_subject",
            "Senator Ann Lee",
            False,
        ),
        (
            'Mayor Tom Becker smiled:\n"We start on Monday."',
            "paragraph_lead_subject",
            "Mayor Tom Becker",
            False,
        ),
        (
            'The result surprised the pollster Ruth Lee: "Nobody saw it coming."',
            "colon_clause_subject",
            "Ruth Lee",
            False,
        ),
        # A document before the colon, not an entity: its words.
        (
            'The council memo makes a blunt case: "The bridge must close before winter."',
            "colon_source",
            "The council memo",
            False,
        ),
        ('From the report: "Most of the wells had run dry by June."', "colon_source", "the report", False),
        ('"Closed for the season." The shop stayed dark.', "nobody", "", False),
    ],
)
def test_each_sieve_fires(nlp: Any, text: str, sieve: str, speaker: str, governed: bool) -> None:
    (quoted,) = _quoted(nlp, text)
    found = attribute(quoted.part, quoted.paras, quoted.index)
    assert (found.sieve, _words(found.speaker.words, text), found.governed) == (sieve, speaker, governed)


def test_a_label_heads_only_a_quote_that_ends_its_line(nlp: Any) -> None:
    """'Ann Lee: "Of course" she can win' is a headline: the quote is not all the label heads."""
    (quoted,) = _quoted(nlp, 'Senator Ann Lee: "Of course" the mayor can win the race.')
    assert sieves.labelled(quoted) is None


def test_a_new_report_after_the_quote_is_not_its_cue(nlp: Any) -> None:
    """'"..." He added, "..."': the second sentence reports the next quote; the first goes on from before."""
    text = (
        '"The plant will close," Mayor Tom Becker said on Monday. "Nobody can stop it now." '
        'He added, "We will find the workers new jobs."'
    )
    _, middle, _ = _quoted(nlp, text)
    found = attribute(middle.part, middle.paras, middle.index)
    assert (found.sieve, _words(found.speaker.words, text)) == ("previous_sentence", "Mayor Tom Becker")


def test_the_first_sieve_that_answers_wins(nlp: Any) -> None:
    """The governing cue would say "she"; the earlier colon sieve names her."""
    text = 'Senator Claire Jones scolded him: "The science is against you on this," she said.'
    (quoted,) = _quoted(nlp, text)
    later = sieves.governing_cue(quoted)
    assert later is not None and _words(later[0].words, text) == "she"
    assert (
        _words(attribute(quoted.part, quoted.paras, quoted.index).speaker.words, text)
        == "Senator Claire Jones"
    )


def test_a_paragraph_that_quotes_hands_on_its_quote_not_its_verb(nlp: Any) -> None:
    """The previous paragraph's sieve leaves a paragraph that quotes someone to :mod:`direct`."""
    *_, quoted = _quoted(nlp, 'Ann Lee said, "We tried."\n"Now it is over."')
    assert sieves.previous_paragraph(quoted) is None


@pytest.mark.parametrize(
    "text",
    [
        # The phrase after a participle is the subject of the clause it reports.
        'Ann Lee gave a defense of "New York values," saying the city embodied the soul of America.',
        # A quote that ends its sentence is followed by a new one, not by its cue.
        'He wants his forces ready "to fight tonight." One of his recent reads drove it home.',
    ],
)
def test_no_cue_after_the_quote(nlp: Any, text: str) -> None:
    (quoted,) = _quoted(nlp, text)
    assert sieves.cue_taken_for_noun(quoted) is None


def test_a_quote_after_a_quoted_sentence_goes_on_with_it(nlp: Any) -> None:
    """'"A," Tripp said. "B." Ohio, he said, ...': B is Tripp's, not the next sentence's "he"."""
    text = '"We will win," Tripp said. "We are trying to show mercy." Ohio, he said, was "a chance."'
    quoted = _quoted(nlp, text)[1]
    found = attribute(quoted.part, quoted.paras, quoted.index)
    assert (found.sieve, _words(found.speaker.words, text)) == ("nearby_cue", "Tripp")


def test_a_list_item_after_a_dash_names_no_speaker(nlp: Any) -> None:
    """A long paragraph opening with a dash under a quote is a list item, not a credit line."""
    text = (
        'Senator Ann Lee won. "We will win."\n\n'
        "— Nine months of Senator Ann Lee leading in every poll of the state, by wide margins."
    )
    (quoted,) = _quoted(nlp, text)
    assert sieves.named_after_dash(quoted) is None


@pytest.mark.parametrize(
    ("text", "sieve"),
    [
        ('"We will win," Biden said.', sieves.named_before_dashes),
        ('"We will win," Biden said.', sieves.voiced_by),
        ('"We will win," Biden said.', sieves.nearby_cue),  # a cue governs: not merely nearby
        ('"We will win," Biden said.', sieves.named_after_dash),
        ('The plan will fail, Ann Lee said. "Nobody wants it."', sieves.governing_cue),
        ('"Closed for the season." The shop stayed dark.', sieves.previous_sentence),
        # The quote's own sentence has a subject; a paragraph that quotes hands its speaker on.
        (
            'In an interview, Ann Lee answered a question.\n"The city says we agreed," Tom Becker began.',
            sieves.previous_paragraph,
        ),
    ],
)
def test_a_sieve_passes_when_its_case_is_absent(nlp: Any, text: str, sieve: sieves.Sieve) -> None:
    (quoted,) = _quoted(nlp, text)
    assert sieve(quoted) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The sentence before names who goes on (no speech verb anywhere).
        ('Mayor Ann Lee toured the flooded streets. "We will rebuild every house."', "Mayor Ann Lee"),
        # A subject in the quote's own sentence, before the quote, comes first.
        ('Tom Park left early. Ann Lee waved at the crowd with "the biggest smile of the year."', "Ann Lee"),
        # Nothing before the quote in its paragraph: nobody.
        ('Mayor Ann Lee toured the streets.\n\n"We will rebuild every house."', ""),
        # A subject that names no one is no speaker: not a thing, not "everything", not "that".
        ('The storm flooded the streets. "We will rebuild every house."', ""),
        ('Everything changed that night. "We will rebuild every house."', ""),
        # A title or a noun news cites people by may speak.
        ('The spokesman toured the streets. "We will rebuild every house."', "The spokesman"),
    ],
)
def test_the_last_resort_is_the_nearest_subject(nlp: Any, text: str, speaker: str) -> None:
    (quoted,) = _quoted(nlp, text)
    found = sieves.last_resort(quoted.part, quoted.paras, quoted.index)
    assert _words(found.words, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A relative clause with a subject of its own: its subject's words, not the outer cue's.
        ('Ann Lee said he had used a server, which Tom Becker described as "wide open."', "Tom Becker"),
        ('The mayor said the council backed the plan, which Ruth Lee called "a disgrace."', "Ruth Lee"),
        # A relative word as the clause's subject ("who"): the outer cue still reports it.
        ('Ann Lee said the man who left had been "a loyal friend."', "Ann Lee"),
    ],
)
def test_a_relative_clause_speaks_for_itself(nlp: Any, text: str, speaker: str) -> None:
    (quoted,) = _quoted(nlp, text)
    found = attribute(quoted.part, quoted.paras, quoted.index)
    assert _words(found.speaker.words, text) == speaker
