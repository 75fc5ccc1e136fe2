"""Claims: the seed article's hard cases, the hand-made gold file, and small synthetic texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.analyse import analyse_text, entities, segment
from generator.analyse.claims import find_claims
from generator.model import Analysis, ClaimFound

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "000_f735f376e7293dd6.claims.json"


@pytest.fixture(scope="session")
def seed(nlp: Any, seed_text: str) -> Analysis:
    """The seed article, analysed once."""
    return analyse_text("seed", seed_text, nlp)


def _direct_starting(analysis: Analysis, text: str, words: str) -> tuple[int, ClaimFound]:
    """Index and claim of the direct claim whose words start with ``words``."""
    for i, claim in enumerate(analysis.claims):
        if claim.kind == "direct" and claim.span.slice(text).startswith(words):
            return i, claim
    raise AssertionError(f"no direct claim starts with {words!r}")


def _speaker_words(claim: ClaimFound, text: str) -> str:
    """The words naming the claim's speaker, or '' when it has none."""
    return claim.speaker.slice(text) if claim.speaker is not None else ""


def _cluster_names(analysis: Analysis, cluster: int | None) -> set[str]:
    """Names the mentions of a cluster carry."""
    return {m.name for m in analysis.mentions if m.cluster == cluster}


# ---------------------------------------------------------------- seed article


@pytest.mark.parametrize(
    ("words", "speaker_words"),
    [
        ("This is the will of millions", "he"),
        ("Today, Ukraine is applying", "he"),
        ("Referendums have taken place", "He"),
        ("People have made their choice", "He"),  # quote-only paragraph after "He said:"
        (
            "It can still be stopped",
            "Ukrainian President Volodymyr Zelenskiy",
        ),  # named next paragraph
        ("Your lives, citizens of Russia", "Ukrainian President Volodymyr Zelenskiy"),
        ("Referendums have no legal value", "Mikhailo Podolyak, Zelenskiy's adviser"),
        ("They were sham votes", "Mikhailo Podolyak, Zelenskiy's adviser"),  # his second paragraph
        ("The results were manufactured", "Biden"),
        ("Any decision to proceed", "U.N. Secretary General Guterres"),
        ("dangerous escalation", "U.N. chief Antonio Guterres"),
    ],
)
def test_seed_speaker_words(seed: Analysis, seed_text: str, words: str, speaker_words: str) -> None:
    """Each quote names its speaker by the words the article uses at (or nearest) the quote."""
    _, claim = _direct_starting(seed, seed_text, words)
    assert _speaker_words(claim, seed_text) == speaker_words


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("This is the will of millions", "Vladimir Putin"),  # "he said" after the quote
        ("Welcome home!", "Vladimir Putin"),
        ("It can still be stopped", "Volodymyr Zelenskiy"),
        ("They were sham votes", "Mikhailo Podolyak"),
    ],
)
def test_seed_speaker_cluster(seed: Analysis, seed_text: str, words: str, name: str) -> None:
    """The speaker resolves to the cluster of the right person, through pronouns too."""
    _, claim = _direct_starting(seed, seed_text, words)
    assert _cluster_names(seed, claim.speaker_cluster) == {name}


def test_zelenskiy_quote_spans_two_paragraphs(seed: Analysis, seed_text: str) -> None:
    """The quote left open ("It can still be stopped...") continues in the next paragraph."""
    first, head = _direct_starting(seed, seed_text, "It can still be stopped")
    _, tail = _direct_starting(seed, seed_text, "Your lives, citizens of Russia")
    assert head.part_of is None and tail.part_of == first
    assert tail.speaker == head.speaker and tail.cue == head.cue


def test_truss_quote_has_three_parts(seed: Analysis, seed_text: str) -> None:
    """Truss's quote over three paragraphs: three parts, all hers, later ones point at the first."""
    first, head = _direct_starting(seed, seed_text, "Vladimir Putin has, once again")
    parts = [c for c in seed.claims if c.part_of == first]
    assert [p.span.slice(seed_text)[:12] for p in parts] == ["The UK will ", "Putin cannot"]
    for claim in (head, *parts):
        assert _speaker_words(claim, seed_text) == "The UK Prime Minister, Liz Truss"
        assert claim.speaker_cluster == head.speaker_cluster


def test_putin_two_paragraph_quote(seed: Analysis, seed_text: str) -> None:
    """ "After the collapse..." continues into the next paragraph, whose "he said" names Putin."""
    first, head = _direct_starting(seed, seed_text, "After the collapse of the USSR")
    _, tail = _direct_starting(seed, seed_text, "The West expected")
    assert tail.part_of == first and head.speaker == tail.speaker is not None


def test_nested_quote_stays_inside(seed: Analysis, seed_text: str) -> None:
    """'Vote!' inside Podolyak's quote is no claim of its own."""
    assert not any(c.span.slice(seed_text).strip("'.!") == "Vote" for c in seed.claims)
    _, parent = _direct_starting(seed, seed_text, "They were sham votes")
    assert "'Vote!'" in parent.span.slice(seed_text)


def test_odd_marks_cost_only_their_paragraph(nlp: Any, seed: Analysis, seed_text: str) -> None:
    """Dropping one closing mark changes nothing outside that paragraph."""
    broken = seed_text.replace('Moscow," Biden', "Moscow, Biden")
    assert broken != seed_text
    shift = len(seed_text) - len(broken)
    cut = seed_text.index("The results were manufactured")
    end = seed_text.index("\n", cut)
    after = analyse_text("broken", broken, nlp)

    def outside(analysis: Analysis, text: str, delta: int) -> list[tuple[str, str, str]]:
        """Claims outside the damaged paragraph, as (kind, words, speaker words)."""
        return [
            (c.kind, c.span.slice(text), _speaker_words(c, text))
            for c in analysis.claims
            if c.kind == "direct" and not cut <= c.span.start < end - delta
        ]

    assert outside(after, broken, shift) == outside(seed, seed_text, 0)


@pytest.mark.parametrize("fragment", ["historic motherland", "hybrid war", "precedent", "all mistakes"])
def test_attributed_fragments_are_quotes(seed: Analysis, seed_text: str, fragment: str) -> None:
    """A short quoted phrase governed by a reporting verb is Putin's words."""
    _, claim = _direct_starting(seed, seed_text, fragment)
    assert _cluster_names(seed, claim.speaker_cluster) == {"Vladimir Putin"}


def test_title_in_single_marks_is_no_claim(seed: Analysis, seed_text: str) -> None:
    """'accelerated accession to NATO' names the application: no reporting verb governs it."""
    assert not any(c.span.slice(seed_text).startswith("accelerated") for c in seed.claims)


@pytest.mark.parametrize(
    ("cue", "clause_start", "speaker_words"),
    [
        ("vowed", 'to use "all the power', "Russian President Vladimir Putin"),
        ("told", "Russia would achieve victory", "He"),
        ("called", "the annexation a", "U.N. chief Antonio Guterres"),
        ("described", "those votes as bogus", "Ukraine and Western governments"),
        ("say", "Kyiv is poised", "Some military experts"),
        ("said", "it had killed 43", "Ukraine's military"),
        ("denouncing", "the referendums", "U.S. President Joe Biden"),
    ],
)
def test_seed_reported_speech(
    seed: Analysis, seed_text: str, cue: str, clause_start: str, speaker_words: str
) -> None:
    """Reported clauses come with their cue verb and speaker."""
    found = [
        c
        for c in seed.claims
        if c.kind == "indirect"
        and c.cue is not None
        and c.cue.slice(seed_text) == cue
        and c.span.slice(seed_text).startswith(clause_start)
    ]
    assert found and _speaker_words(found[0], seed_text) == speaker_words


def test_group_speaker_has_label(seed: Analysis, seed_text: str) -> None:
    """An unnamed group speaker gets its own words as a label."""
    labels = {c.speaker_label for c in seed.claims}
    assert {"Some military experts", "Russian government officials"} <= labels


def test_spans_are_exact_and_in_order(seed: Analysis, seed_text: str) -> None:
    """Every span slices to trimmed words; claims come in text order; sentences match."""
    starts = [c.span.start for c in seed.claims]
    assert starts == sorted(starts)
    for claim in seed.claims:
        words = claim.span.slice(seed_text)
        assert words and words == words.strip()
        assert claim.sentence == segment.sentence_at(seed.sentences, claim.span.start)
        assert all(t == t.lower() for t in claim.topics)


def test_deterministic(nlp: Any, seed: Analysis, seed_text: str) -> None:
    """The same text gives the same claims."""
    assert analyse_text("seed", seed_text, nlp).claims == seed.claims


# ---------------------------------------------------------------- gold file


def test_gold_offsets_match_the_article(seed_text: str) -> None:
    """Every span in the hand-made gold file slices to its recorded text."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    items = [*gold["direct"], *(i["speaker_words"] for i in gold["direct"])]
    for entry in gold["reported"]:
        items += [entry["cue"], entry["speaker_words"], entry["clause"]]
    assert len(items) > 100
    for item in items:
        assert seed_text[item["start"] : item["end"]] == item["text"]


def test_gold_scores(seed: Analysis) -> None:
    """Issue 3 targets on the seed: every quote with its speaker but one, 90% of reported speech."""
    from generator.evaluation.gold_claims import score

    rows = {r.label: r for r in score(seed, json.loads(GOLD.read_text(encoding="utf-8")))}
    assert (rows["direct quotes"].recall or 0) == 1.0
    assert (rows["direct quotes + speaker"].recall or 0) >= 0.95
    assert (rows["reported speech"].recall or 0) >= 0.9


# ---------------------------------------------------------------- synthetic texts


def _claims(nlp: Any, text: str, with_mentions: bool = True) -> tuple[ClaimFound, ...]:
    """Claims of a small text, with or without entity mentions."""
    doc = nlp(text)
    paras = segment.paragraphs(text)
    sents = segment.sentences(text, doc, paras)
    mentions = entities.find_mentions(text, doc, paras, sents) if with_mentions else ()
    return find_claims(text, doc, paras, sents, mentions)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ('"We will win," Biden said.', "We will win", "Biden"),
        ('Biden told reporters: "We will win."', "We will win.", "Biden"),
        (
            "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.",
            "This isn't tax reform",
            "Douglas Holtz-Eakin, an economist",
        ),
        ("“I love this country.” ― Maria Lopez", "I love this country.", "Maria Lopez"),
        (
            'Mikhailo Podolyak, an adviser, told the paper: "It is a sham."',
            "It is a sham.",
            "Mikhailo Podolyak, an adviser",
        ),
        # Whom a paper quotes says it, not the paper.
        (
            'The newspaper quoted Tom Becker, a farmer, who said the drought was "the worst in memory."',
            "the worst in memory.",
            "Tom Becker, a farmer, who",
        ),
    ],
)
def test_synthetic_quote_speakers(nlp: Any, text: str, quote: str, speaker: str) -> None:
    """Cue after, cue before with a colon, two apostrophes, a dash, an apposition."""
    direct = [c for c in _claims(nlp, text) if c.kind == "direct"]
    assert [c.span.slice(text) for c in direct] == [quote]
    assert _speaker_words(direct[0], text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        'As Tom Becker went on about "how the vote is rigged," and "forgotten families" and "our own'
        ' citizens," Ruth Lee nodded yes, over and over again.',
        'As Tom Becker went on about "how the vote is rigged," and "forgotten families," Ruth Lee said'
        " yes, over and over again.",
    ],
)
def test_coordinated_fragments_share_a_speaker(nlp: Any, text: str) -> None:
    """Fragments joined by "and" have one speaker, however the parser hangs the later ones."""
    direct = [c for c in _claims(nlp, text) if c.kind == "direct"]
    assert len(direct) >= 2 and {_speaker_words(c, text) for c in direct} == {"Tom Becker"}


def test_speaker_named_in_next_paragraph(nlp: Any) -> None:
    """A quote paragraph left open takes the speaker named in the paragraph that closes it."""
    text = 'The talks failed.\n"We tried everything.\n"Now it is over," Angela Merkel said.'
    direct = [c for c in _claims(nlp, text) if c.kind == "direct"]
    assert len(direct) == 2
    assert [_speaker_words(c, text) for c in direct] == ["Angela Merkel", "Angela Merkel"]
    assert direct[1].part_of == 0


def test_scare_quote_is_no_claim(nlp: Any) -> None:
    """A short quoted phrase nobody is reported saying is not a claim."""
    text = 'The so-called "hybrid war" continued through the winter.'
    assert _claims(nlp, text) == ()


def test_fragment_in_reported_speech(nlp: Any) -> None:
    """A quoted fragment inside a reported clause: the fragment and the clause are both claims."""
    text = 'Putin said the United States waged a "hybrid war" against Russia.'
    kinds = {c.kind: c.span.slice(text) for c in _claims(nlp, text)}
    assert kinds == {
        "direct": "hybrid war",
        "indirect": 'the United States waged a "hybrid war" against Russia',
    }


def test_direct_content_is_not_also_indirect(nlp: Any) -> None:
    """'He said: "..."' is a direct claim only."""
    text = 'Biden arrived. He said: "The results were manufactured in Moscow."'
    assert [c.kind for c in _claims(nlp, text)] == ["direct"]


def test_negated_cue_is_no_claim(nlp: Any) -> None:
    """ "did not say whether" reports no claim."""
    text = "Dmitry Peskov did not say whether Putin would attend the concert."
    assert _claims(nlp, text) == ()


def test_pronoun_without_mentions_keeps_words(nlp: Any) -> None:
    """Without mentions the pronoun speaker keeps its words and gets no invented cluster."""
    text = 'Joe Biden spoke in Washington. "We will not recognise it," he said.'
    direct = [c for c in _claims(nlp, text, with_mentions=False) if c.kind == "direct"]
    assert _speaker_words(direct[0], text) == "he"
    assert direct[0].speaker_cluster is None


def test_topics_are_content_nouns(nlp: Any) -> None:
    """Topics are lowercase lemmas of the claim's nouns."""
    text = "Biden said the referendums were a sham and the annexation was illegal."
    (claim,) = _claims(nlp, text)
    assert {"referendum", "annexation"} <= set(claim.topics)


# ---------------------------------------------------------------- speaker rules (issue 3)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # The next paragraph's cue introduces someone else.
        (
            '"We will win," said Ann Lee. "The vote is ours."\nBob Smith said the count was close.',
            "The vote is ours.",
            "Ann Lee",
        ),
        # A denied speech act names no speaker for the quote after it.
        (
            '"We act now," Obama said in Paris. He did not suggest a reply. "Our goal is peace."',
            "Our goal is peace.",
            "Obama",
        ),
        # An inverted cue opening the sentence.
        (
            'Experts say the plan fails. Said Tom Ellis: "I do not see it working."',
            "I do not see it working.",
            "Tom Ellis",
        ),
        # A misparse without a subject: the person named before the verb.
        (
            "In a panel in Washington, Marc Morial, the chief executive of the league, forcefully "
            'told a young woman that "this is not the first generation to be frustrated."',
            "this is not the first generation to be frustrated.",
            "Marc Morial, the chief executive of the league",
        ),
        # The agent of a passive cue.
        (
            '"American Skin" was written by Bruce Springsteen after the shooting.',
            "American Skin",
            "Bruce Springsteen",
        ),
        # The name right before a participle, not the main verb's subject.
        (
            'The ad uses footage of Hillary Clinton asking, "Why am I not ahead?"',
            "Why am I not ahead?",
            "Hillary Clinton",
        ),
        # A finite verb the parser hung under a participle root.
        (
            'Protesters marching through the streets chanted "What curfew?" and kept going.',
            "What curfew?",
            "Protesters",
        ),
        # A relative clause on the speaker reports its own words, not the outer cue's.
        (
            '"It was a weak case," said one aide close to the mayor, who added that the staff '
            'seemed "rattled" by the vote.',
            "rattled",
            "one aide close to the mayor, who",
        ),
    ],
)
def test_speaker_rules(nlp: Any, text: str, quote: str, speaker: str) -> None:
    """Each rule names the speaker by the words the sentence uses."""
    direct = [c for c in _claims(nlp, text) if c.kind == "direct" and c.span.slice(text) == quote]
    assert direct, [c.span.slice(text) for c in _claims(nlp, text)]
    assert _speaker_words(direct[0], text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A belief coordinated with the quote ("and he does believe") is not its cue.
        (
            'House Speaker Paul Ryan, despite admitting that he had worries about "trial lawyers '
            'trying to get rich," said the victims "do need to have their day in court" and he '
            "does believe the vote will pass.",
            "House Speaker Paul Ryan",
        ),
    ],
)
def test_speaker_of_embedded_quotes(nlp: Any, text: str, speaker: str) -> None:
    """Quotes inside longer sentences take the speaker the sentence names for them."""
    direct = [c for c in _claims(nlp, text) if c.kind == "direct"]
    assert direct and [_speaker_words(c, text) for c in direct] == [speaker] * len(direct)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('"We will not back down," Pence said on CNN\'s "State of the Union."', "State of the Union."),
        ('Sanders told MSNBC\'s "Morning Joe" that she would win.', "Morning Joe"),
        (
            'In his book, "Make Your Kid a Millionaire," Mr. Kay suggested saving early.',
            "Make Your Kid a Millionaire",
        ),
        (
            'She spoke on an episode of "The Late Show With Jane Doe" last week.',
            "The Late Show With Jane Doe",
        ),
    ],
)
def test_titles_are_no_claims(nlp: Any, text: str, title: str) -> None:
    """A show or book named in quote marks is no claim; the words said around it still are."""
    assert title not in [c.span.slice(text) for c in _claims(nlp, text) if c.kind == "direct"]


def test_transcript_is_no_claim(nlp: Any) -> None:
    """Transcript turns set off by an opening mark ('"PENCE: ...') are not reported quotes."""
    text = (
        "Partial transcript as follows:\n"
        '"WALLACE: Let us begin with the debate. Will she be there?\n'
        '"PENCE: She will not attend. We are focused on the issues.\n'
        '"And that is why we will win.\n'
        '"(CROSSTALK.)\n'
        '"WALLACE: Thank you, Governor."'
    )
    assert [c for c in _claims(nlp, text) if c.kind == "direct"] == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # A gerund after a preposition shares the subject of the clause it attaches to.
        (
            'Dr. Ray Dean, a physician, appeared on TV and began by saying he would "never" diagnose anyone.',
            "never",
            "Dr. Ray Dean, a physician",
        ),
        (
            'After saying her ankle was "badly swollen," she went to the hospital.',
            "badly swollen",
            "she",
        ),
        # A participle describing a statement: whoever issued the statement.
        (
            'The Security Council issued a statement calling the test "a clear violation" of its rules.',
            "a clear violation",
            "The Security Council",
        ),
        # Phrasal reporting verbs.
        (
            'The audit also points out that "the penalties are far too light to matter."',
            "the penalties are far too light to matter.",
            "The audit",
        ),
        ('Lately, Senator Reid has gone after Trump as a "spoiled brat."', "spoiled brat.", "Senator Reid"),
        # A cue in a clause beside another speaker's verb keeps the quote.
        (
            'As Trump went on about "how the system is rigged," Melanie Austin said yes again and again.',
            "how the system is rigged",
            "Trump",
        ),
        # The named subject before a colon beats a pronoun after the quote.
        (
            'Senator Claire Jones scolded him: "The science is against you on this," she said.',
            "The science is against you on this",
            "Senator Claire Jones",
        ),
        # A quote set off by dashes right after a name.
        (
            "Many Republicans have said the same, including the former candidate Mitt Romney -- "
            "''It is disqualifying to hide your returns'' -- and several senators.",
            "It is disqualifying to hide your returns",
            "Mitt Romney",
        ),
    ],
)
def test_more_speaker_rules(nlp: Any, text: str, quote: str, speaker: str) -> None:
    """Gerunds, statements, phrasal cues, side clauses, colons and dashes name the speaker."""
    direct = [c for c in _claims(nlp, text) if c.kind == "direct" and c.span.slice(text) == quote]
    assert direct, [c.span.slice(text) for c in _claims(nlp, text)]
    assert _speaker_words(direct[0], text) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # Verbs of speaking that report no clause.
        ('"What was the pivot point?" Ann Lee questioned.', "What was the pivot point?", "Ann Lee"),
        ('"Obama said so," reacted Tom Becker.', "Obama said so", "Tom Becker"),
        (
            '"It is time we had a woman in charge," exhorted the actress Ruth Lee.',
            "It is time we had a woman in charge",
            "the actress Ruth Lee",
        ),
        ('"Nooooo!" the crowd cried out, booing.', "Nooooo!", "the crowd"),
        # A cue after the quote that the tagger reads as a noun ("write", "read", "states").
        (
            'Senators Ann Lee and Tom Becker sent a letter. "You picked a new standard," the two write.',
            "You picked a new standard",
            "the two",
        ),
        (
            '"If she wants to lead, she should come to the state," the editorial read.',
            "If she wants to lead, she should come to the state",
            "the editorial",
        ),
        (
            '"They know she is strong," a voice-over in the ad states.',
            "They know she is strong",
            "a voice-over in the ad",
        ),
        # An inverted cue right after the closing mark that the parse coordinates with the quote.
        (
            "Aides wrote the statement.\n\n"
            '"In writing her speech, her team took notes on her life, and in some instances included '
            'fragments that reflected her own thinking," read the statement, which Tom Lee wrote.',
            "In writing her speech, her team took notes on her life, and in some instances included "
            "fragments that reflected her own thinking",
            "the statement",
        ),
        # A reporting noun as the subject of "be": what it was is its possessor's words.
        (
            'Senator Ann Lee spoke. The senator\'s answer was that "the family comes first," so she left.',
            "the family comes first",
            "The senator",
        ),
    ],
)
def test_speech_verbs_and_cues_read_as_nouns(nlp: Any, text: str, quote: str, speaker: str) -> None:
    """Verbs of speaking without a clause, and a trailing cue the tagger took for a noun."""
    direct = [c for c in _claims(nlp, text) if c.kind == "direct" and c.span.slice(text) == quote]
    assert direct, [c.span.slice(text) for c in _claims(nlp, text)]
    assert _speaker_words(direct[0], text) == speaker


def test_what_a_reporting_noun_is_called_is_not_its_words(nlp: Any) -> None:
    """'His claim was "false"': the possessor did not call his own claim false."""
    text = 'Tom Becker spoke on Monday. His claim was "false," and the fact checkers said so.'
    direct = [c for c in _claims(nlp, text) if c.kind == "direct"]
    assert all(_speaker_words(c, text) != "His" for c in direct)


def test_as_x_put_it_with_a_title_in_the_name(nlp: Any) -> None:
    """'As X, author of "T," put it, "..."': the parse takes X for a preposition's object; T is no claim."""
    text = (
        "As Ruth Lee, professor of law at Yale and author of ''The Unwritten Rules,'' put it, "
        "''Senators should remember that a compromise candidate may be better for them.''"
    )
    direct = {c.span.slice(text): c for c in _claims(nlp, text) if c.kind == "direct"}
    quote = "Senators should remember that a compromise candidate may be better for them."
    assert _speaker_words(direct[quote], text).startswith("Ruth Lee")
    assert "The Unwritten Rules" not in direct


def test_a_quote_ending_its_sentence_has_no_trailing_cue(nlp: Any) -> None:
    """'...tonight." One of his recent reads': a new sentence, not the quote's cue."""
    text = 'He wants his forces ready "to fight tonight." One of his recent reads, a history, drove it home.'
    direct = [c for c in _claims(nlp, text) if c.kind == "direct"]
    assert all(_speaker_words(c, text) != "One of his recent" for c in direct)


def test_continued_quote_with_own_cue_keeps_its_speaker(nlp: Any) -> None:
    """A paragraph continuing an open quote but with its own cue names its own speaker."""
    text = (
        'Two lawmakers spoke. "It is a dog whistle," Rep. Ann Moore said. "If he is not legitimate, '
        "then nobody is.\n"
        '"I have been thinking about this for weeks," added Rep. Jim Clyburn, a party leader.'
    )
    direct = [c for c in _claims(nlp, text) if c.kind == "direct"]
    assert _speaker_words(direct[0], text) == "Rep. Ann Moore"
    assert _speaker_words(direct[-1], text) == "Rep. Jim Clyburn, a party leader"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The mayor spoke at length.\n'A Town on the Edge.'\nThe plant closed in May.", None),
        (
            "The mayor spoke at length.\nShe called the closure 'a disaster for everyone.'",
            "a disaster for everyone.",
        ),
    ],
)
def test_crosshead_is_no_claim(nlp: Any, text: str, claim: str | None) -> None:
    """A later paragraph that is only a Title Case phrase in single marks is a subheading."""
    direct = [c.span.slice(text) for c in _claims(nlp, text) if c.kind == "direct"]
    assert direct == ([claim] if claim else [])


@pytest.mark.parametrize(
    ("text", "quote", "voiced_by"),
    [
        (
            'The mayor spoke, prompting chants of "Jobs now!" from the crowd outside the hall.',
            "Jobs now!",
            "the crowd outside the hall",
        ),
        ('She waved, and cries of "More!" came from the students.', None, None),
        (
            'He finished to shouts of "Encore!" by the fans in the front row.',
            "Encore!",
            "the fans in the front row",
        ),
    ],
)
def test_chants_belong_to_whoever_voiced_them(
    nlp: Any, text: str, quote: str | None, voiced_by: str | None
) -> None:
    claims = [c for c in _claims(nlp, text) if c.kind == "direct"]
    if quote is None:
        # "came from" is not "... of "X" from": no rule fires, whatever else attributes it.
        assert all(not (c.speaker and c.speaker.slice(text).startswith("the students")) for c in claims)
        return
    claim = next(c for c in claims if c.span.slice(text) == quote)
    assert _speaker_words(claim, text) == voiced_by
    assert claim.speaker_cluster is None


# ---------------------------------------------------------------- speakers that agree (issue 14)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # He or she skips the latest person when the article marks that person as the other
        # gender: by a title, by a gendered noun, or by the given name.
        ('Mrs. Ruth Lee met Mr. Tom Becker on Monday. "We agreed on everything," she said.', "Ruth Lee"),
        ('Mr. Tom Becker met Mrs. Ruth Lee on Monday. "We agreed on everything," he said.', "Tom Becker"),
        (
            'The congresswoman, Ruth Lee, met Tom Becker, a businessman. "Nothing was settled," she said.',
            "Ruth Lee",
        ),
        ('Ruth Lee met Tom Becker on Monday. "We agreed on everything," she said.', "Ruth Lee"),
        ('Tom Becker met Ruth Lee on Monday. "We agreed on everything," he said.', "Tom Becker"),
        # An earlier "he" for the same person tells his gender.
        (
            "Jordan Price arrived late. He said the talks went well.\n\n"
            'Then Casey Lee met Jordan Price. "We agreed," she said.',
            "Casey Lee",
        ),
        # An organisation's quote: "it" and "they" go to the body, not to the nearest person.
        (
            "The Defence Ministry said on Monday that talks with Tom Becker had failed. "
            '"We will not go on," it said.',
            "Defence Ministry",
        ),
        (
            'Acme Corp fired Tom Becker on Monday. "The decision is final," they said in a statement.',
            "Acme Corp",
        ),
    ],
)
def test_a_pronoun_speaker_agrees(nlp: Any, text: str, name: str) -> None:
    """A pronoun's speaker agrees with it in gender and number."""
    analysis = analyse_text("t", text, nlp)
    (claim,) = [c for c in analysis.claims if c.kind == "direct"]
    assert _cluster_names(analysis, claim.speaker_cluster) == {name}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A time, a credit-line word: never the speaker, whatever the parse says.
        ('"We will know more soon," the coming days said.', ""),
        ('Reporting by Tom Becker.\n\n"We will rebuild," Reporting said.', ""),
        # A place next to the cue is not who spoke: the person before it is.
        ('"We will rebuild," Mayor Ruth Lee said in Dallas.', "Mayor Ruth Lee"),
    ],
)
def test_the_place_as_speaker(nlp: Any, text: str, speaker: str) -> None:
    """A date, a number, a credit-line word or a mere place is never a quote's speaker."""
    (claim,) = [c for c in _claims(nlp, text) if c.kind == "direct"]
    assert _speaker_words(claim, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Right after the closing mark comes who spoke, however the parser hangs it (here as
        # the cue's object: without a speaker, the short quote would be no claim at all).
        ('"It is over," added another state official.', "another state official"),
        ('"We were wrong to wait so long," Ruth Lee, 58, told AFP in an interview.', "Ruth Lee, 58"),
    ],
)
def test_the_phrase_after_the_closing_mark_speaks(nlp: Any, text: str, speaker: str) -> None:
    (claim,) = [c for c in _claims(nlp, text) if c.kind == "direct"]
    assert _speaker_words(claim, text) == speaker


def test_a_quote_goes_on_with_the_cue_of_the_quote_before(nlp: Any) -> None:
    """The sentence before quotes someone: its quote's cue, not a speech verb after it."""
    text = '"We will win," Tom Becker told the crowd, after rivals declared him beaten. "Nobody can stop us."'
    claims = [c for c in _claims(nlp, text) if c.kind == "direct"]
    assert [_speaker_words(c, text) for c in claims] == ["Tom Becker", "Tom Becker"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # No cue anywhere: the subject of the sentence before, as a last resort.
        ('Mayor Ann Lee toured the flooded streets. "We will rebuild every house."', ["Mayor Ann Lee"]),
        # A quote in the paragraph names its speaker: the cueless one borrows it, not the subject.
        (
            'The storm hit the town. "It was terrible." "We will rebuild," Mayor Ann Lee said.',
            ["Mayor Ann Lee", "Mayor Ann Lee"],
        ),
        # A later cueless quote in the paragraph goes on with that guess, not with its own subject.
        (
            'Mayor Ann Lee toured the streets. "We will rebuild." The rain fell as they listened.'
            ' "Every house will stand."',
            ["Mayor Ann Lee", "Mayor Ann Lee"],
        ),
    ],
)
def test_a_quote_without_cue_takes_the_nearest_subject_last(nlp: Any, text: str, speakers: list[str]) -> None:
    claims = [c for c in _claims(nlp, text) if c.kind == "direct"]
    assert [_speaker_words(c, text) for c in claims] == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The headline repeats the body's quote: the body's claim stands alone.
        (
            "Mayor On The New Bridge: 'It Is A Great Success'\n\n"
            'The mayor of the town opened the bridge on Monday. "It is a great success," Anna Berg said.',
            ["It is a great success"],
        ),
        # Title Case changes nothing: words match folded.
        (
            "Senator Warns Farmers: 'There Are Hard Times Ahead'\n\n"
            'Farmers met in the hall on Friday. "Sadly, there are hard times ahead," said Paul Dent.',
            ["Sadly, there are hard times ahead"],
        ),
        # The body never quotes the headline's words: the headline's quote stays a claim.
        (
            "Minister: 'Every School Will Open On Time' This Autumn\n\n"
            'The minister spoke to reporters on Monday. "The buses are ready," Jon Hale said.',
            ["Every School Will Open On Time", "The buses are ready"],
        ),
        # A first line that is a sentence is no headline: both quotes stay.
        (
            'Anna Berg said the bridge was "a great success" on Monday.\n\n'
            '"It is a great success," she told reporters.',
            ["a great success", "It is a great success"],
        ),
    ],
)
def test_headline_quote_repeating_the_body(nlp: Any, text: str, expected: list[str]) -> None:
    """A headline quoting words the body quotes again is no claim of its own."""
    assert [c.span.slice(text) for c in _claims(nlp, text) if c.kind == "direct"] == expected
