"""Speakers: the subject of a cue, the words naming it, and what a pronoun speaker refers to."""

from __future__ import annotations

from typing import Any

import pytest

from generator.analyse import entities, segment
from generator.analyse.claims import cues, phrases, pronouns, subjects
from generator.analyse.claims.index import Index
from generator.analyse.claims.quotes import find_quotes
from generator.model import MentionFound, Span


def _index(nlp: Any, text: str) -> Index:
    """The lookups of a small text: its parse, quotes and entity mentions."""
    doc = nlp(text)
    paras = segment.paragraphs(text)
    mentions = entities.find_mentions(text, doc, paras, segment.sentences(text, doc, paras))
    return Index(text, doc, [p.span for p in find_quotes(text, paras)], mentions)


def _last(index: Index, word: str) -> Any:
    """The last token spelt ``word``."""
    return [t for t in index.doc if t.text == word][-1]


def _cluster_name(index: Index, cluster: int | None) -> str | None:
    """The display name of an in-article cluster, None for none."""
    return (
        next((m.name for m in index.mentions if m.cluster == cluster), None) if cluster is not None else None
    )


# ---------------------------------------------------------------- subjects


@pytest.mark.parametrize(
    ("text", "cue", "subject"),
    [
        ("Biden said the plan had failed.", "said", "Biden"),
        # Through a conjoined verb, a relative clause, a gerund after a preposition.
        ("Putin annexed the regions and vowed to defend them.", "vowed", "Putin"),
        ("The minister, who said the plan had failed, resigned.", "said", "who"),
        ("She began by saying the plan had failed.", "saying", "She"),
        # The issuer of a statement a participle describes; a passive verb's agent.
        ("The council issued a statement calling the test a violation.", "calling", "The council"),
        # ...and of any thing made to say it ("placed ads calling").
        ("Within weeks the families had placed ads calling the deal a mistake.", "calling", "the families"),
        ("The song was written by Bruce Springsteen.", "written", "Bruce Springsteen"),
        # An infinitive after an object: the object does what it says ("led her to declare").
        ("The win led her to declare the race over.", "declare", "her"),
        ("That prompted Ruth Lee to call the plan a sham.", "call", "Ruth Lee"),
        # A relative clause on a statement someone issues: the issuer speaks.
        ('Ruth Lee released a statement that accused the council of "lying."', "accused", "Ruth Lee"),
        # A document its issuer puts out speaks for the issuer; one cited speaks for itself.
        ('Ruth Lee released a video that said the plan "had failed."', "said", "Ruth Lee"),
        ('Ruth Lee cited a report that said the plan "had failed."', "said", "that"),
        # An infinitive's object named in a conjunct ("his wife and senator Ruth Lee").
        (
            "The vote prompted his wife and senator Ruth Lee to call the plan a sham.",
            "call",
            "his wife and senator Ruth Lee",
        ),
        # A thing as the object does not speak: the sentence's subject still does.
        ("Tom Becker used the report to claim the plan had failed.", "claim", "Tom Becker"),
        # A participle hung on the reported clause is the reporter's act.
        (
            "Biden said the US would never recognise the votes, denouncing the referendums.",
            "denouncing",
            "Biden",
        ),
    ],
)
def test_subject_of_a_cue(nlp: Any, text: str, cue: str, subject: str) -> None:
    index = _index(nlp, text)
    head = subjects.subject_of(_last(index, cue), index)
    assert head is not None and phrases.phrase(head, index).slice(text) == subject


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # The object a cue names or describes is talked about, not the speaker.
        (
            'After the storm, Ann Lee released a new radio ad calling it "dangerous" at once.',
            "calling",
            "Ann Lee",
        ),
        (
            'In his column, Mark Hill praised the mayor, then described her as a "steady hand."',
            "described",
            "Mark Hill",
        ),
        # With no such complement, the name after the cue speaks ('said Hester').
        ('"We will rebuild the bridge," said Hester.', "said", "Hester"),
    ],
)
def test_the_object_a_cue_describes_is_not_its_speaker(nlp: Any, text: str, cue: str, speaker: str) -> None:
    index = _index(nlp, text)
    found = cues.speaker_of(_last(index, cue), index)
    assert found.words is not None and found.words.slice(text) == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # A modal never comes before a past form: "Will" is the columnist named before.
        (
            'The columnist George Will attacked the plan. "The war is a reminder," Will wrote.',
            "wrote",
            "Will",
        ),
        (
            'George Will attacked the plan. Citing it as a "wake-up call," Will urged voters to go.',
            "urged",
            "Will",
        ),
        # A capital mid-sentence makes "Early" the delegate, not the adverb.
        (
            'Delegate Tom Early backs the plan. Told of it, Early described it as "news to me."',
            "described",
            "Early",
        ),
    ],
)
def test_a_surname_taken_for_another_word_speaks(nlp: Any, text: str, cue: str, speaker: str) -> None:
    index = _index(nlp, text)
    found = cues.speaker_of(_last(index, cue), index)
    assert found.words is not None and found.words.slice(text) == speaker
    assert found.label is None  # a name, not a group's own words


@pytest.mark.parametrize(
    "text",
    [
        # A modal before a bare verb, and no person of that name: no speaker from it.
        'The plan will fail. "It is a reminder," Will said.',
        'Early reports said the plan "had failed."',
    ],
)
def test_a_modal_or_adverb_that_names_nobody_does_not_speak(nlp: Any, text: str) -> None:
    index = _index(nlp, text)
    found = cues.speaker_of(_last(index, "said"), index)
    assert found.words is None or found.words.slice(text) not in {"Will", "Early"}


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Tom Slinker, whose start-up uses big data to help brands find suppliers, "
        "said Mr. Trump was a candidate in the spirit of the valley.",
        "The founder said Mr. Trump was a candidate in the spirit of the valley.",
    ],
)
def test_a_name_after_the_cue_that_is_the_reported_subject_is_no_speaker(nlp: Any, text: str) -> None:
    """'said Mr. Trump was': the name after the cue is the reported clause's subject, the title too."""
    index = _index(nlp, text)
    found = subjects.adjacent_subject(_last(index, "said"), index)
    assert found is None or found.text != "Trump"


@pytest.mark.parametrize(
    "text",
    [
        "It arose after Tom Lee, asked about the deaths of reporters under Mr. Ivan Petrov, had said it.",
        "The issue came up after Mr. Tom Lee, who met Mr. Ivan Petrov in May, said so.",
    ],
)
def test_a_person_named_in_a_clause_set_off_before_the_cue_does_not_speak(nlp: Any, text: str) -> None:
    """'X, asked about Y, had said': the last person before the cue is X, not Y."""
    index = _index(nlp, text)
    found = subjects.preceding_person(_last(index, "said"), index)
    assert found is not None and found.text == "Lee"


def test_a_reporting_noun_is_spoken_by_its_possessor(nlp: Any) -> None:
    """'Ruth Lee's claim': Ruth Lee speaks, and her words leave out the "'s"."""
    text = "The plan, Ruth Lee's claim goes, will work."
    index = _index(nlp, text)
    head = subjects.noun_speaker(_last(index, "claim"), index)
    assert head is not None and head.text == "Lee"
    speaker = phrases.resolve(head, None, index)
    assert speaker.words is not None and speaker.words.slice(text) == "Ruth Lee"


# ---------------------------------------------------------------- speaker phrases


@pytest.mark.parametrize(
    ("text", "cue", "words", "name", "label"),
    [
        (
            "U.N. chief Antonio Guterres said the vote was illegal.",
            "said",
            "U.N. chief Antonio Guterres",
            "Antonio Guterres",
            None,
        ),
        (
            "Some military experts say the plan will fail.",
            "say",
            "Some military experts",
            None,
            "Some military experts",
        ),
        # A preposition whose object is quoted is left out with it.
        (
            'Some 3 percent of "likely voters" said the plan would work.',
            "said",
            "Some 3 percent",
            None,
            "Some 3 percent",
        ),
        (
            "Mikhailo Podolyak, an adviser, said the vote was a sham.",
            "said",
            "Mikhailo Podolyak, an adviser",
            "Mikhailo Podolyak",
            None,
        ),
        # A bracket the words open is closed with them, never left open.
        (
            "Gov. Jane Roe (D-Ore.), said the vote was a sham.",
            "said",
            "Gov. Jane Roe (D-Ore.)",
            "Jane Roe",
            None,
        ),
    ],
)
def test_speaker_words_cluster_and_label(
    nlp: Any, text: str, cue: str, words: str, name: str | None, label: str | None
) -> None:
    """A named speaker gets its mention's cluster; an unnamed group keeps its own words as a label."""
    index = _index(nlp, text)
    head = subjects.subject_of(_last(index, cue), index)
    assert head is not None
    speaker = phrases.resolve(head, None, index)
    assert speaker.words is not None and speaker.words.slice(text) == words
    assert (_cluster_name(index, speaker.cluster), speaker.label) == (name, label)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A share of those a poll asked: the poll named in the sentence speaks.
        ('In a Harbor Times poll released Sunday, 64 percent of voters said the plan was "a waste."', "poll"),
        ('A new Gallup survey shows that six in 10 residents say the bridge is "unsafe."', "survey"),
        ('In the county\'s own poll, 41% of parents said the schools were "failing."', "poll"),
        # No poll beside the share: the share stays the speaker.
        ('Asked about the plan, 21 percent said it was "a waste."', "21 percent"),
        # A poll beside a speaker who is no share does not take the words.
        ('In a Harbor Times poll released Sunday, Mayor Ruth Lee said the plan was "a waste."', "Ruth Lee"),
    ],
)
def test_a_poll_speaks_for_the_share_it_asked(nlp: Any, text: str, words: str) -> None:
    """'In a CNN poll, 75 percent said "..."': the poll is the source, not "75 percent"."""
    index = _index(nlp, text)
    cue = next(t for t in index.doc if t.lemma_ == "say")
    speaker = cues.speaker_of(cue, index)
    assert speaker.words is not None and words in speaker.words.slice(text)


def test_the_cue_word_is_never_part_of_the_speaker_words(nlp: Any) -> None:
    """'"...," Continued Stone' (the cue parsed as the name's modifier): the words are the name alone."""
    text = '"We will win," Continued Stone.'
    index = _index(nlp, text)
    cue = _last(index, "Continued")
    speaker = phrases.resolve(_last(index, "Stone"), Span(cue.idx, cue.idx + len(cue.text)), index)
    assert speaker.words is not None and speaker.words.slice(text) == "Stone"


# ---------------------------------------------------------------- pronouns


@pytest.mark.parametrize(
    ("text", "genders"),
    [
        ("Mrs. Ruth Lee met Mr. Tom Becker on Monday.", {"Ruth Lee": "f", "Tom Becker": "m"}),
        ("Tom Becker, a businessman, spoke first.", {"Tom Becker": "m"}),
        ("The congresswoman, Ruth Lee, spoke first.", {"Ruth Lee": "f"}),
        # Without such a word, the usual gender of a full name's given name.
        ("Ruth Lee met Tom Becker on Monday.", {"Ruth Lee": "f", "Tom Becker": "m"}),
        # A word at the name decides over the given name; a name given to both tells nothing.
        ("Mr. Carol Mann met Jordan Price on Monday.", {"Carol Mann": "m"}),
        # Else an earlier pronoun that can only mean that person.
        ("Jordan Price arrived late. He said the talks went well.", {"Jordan Price": "m"}),
        ("Jordan Price met Casey Lee. He said the talks went well.", {}),
        # A gendered word outside the name's own phrase says nothing of it.
        ("The widow met Casey Lee on Monday.", {}),
    ],
)
def test_genders_come_from_words_at_the_name(nlp: Any, text: str, genders: dict[str, str]) -> None:
    index = _index(nlp, text)
    found = {_cluster_name(index, c): g for c, g in pronouns.stated_genders(index).items()}
    assert found == genders


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        ('Mrs. Ruth Lee met Mr. Tom Becker on Monday. "We agreed," she said.', "she", "Ruth Lee"),
        ('Mr. Tom Becker met Mrs. Ruth Lee on Monday. "We agreed," he said.', "he", "Tom Becker"),
        # The gendered pronoun: "she" after a man goes back to the woman named before him.
        ('Ruth Lee met Tom Becker on Monday. "We agreed," she said.', "she", "Ruth Lee"),
        ('Tom Becker met Ruth Lee on Monday. "We agreed," he said.', "he", "Tom Becker"),
        # No gender known (a name given to both): the most recent person.
        ('Jordan Price met Casey Becker on Monday. "We agreed," she said.', "she", "Casey Becker"),
        # A group pronoun skips people for the latest organisation, country or group.
        (
            'The Defence Ministry met Ruth Lee on Monday. "We will go on," they said.',
            "they",
            "Defence Ministry",
        ),
        ('Acme Corp said profits rose. "It was a good year," it said.', "it", "Acme Corp"),
        # "it" is one body, never a group of people; "they" may be either.
        ('Acme Corp met the Russians on Monday. "It went well," it said.', "it", "Acme Corp"),
        ('Acme Corp met the Russians on Monday. "It went well," they said.', "they", "Russians"),
        # A possessive pronoun refers back as its pronoun does ("his": "he").
        ('Tom Becker spoke on Monday. His claim was that "it works."', "His", "Tom Becker"),
        # "he" or "she" is never an organisation named as the latest subject.
        (
            'Tom Becker met reporters. Acme Corp announced the deal. "It is fair," he said.',
            "he",
            "Tom Becker",
        ),
        (
            'Ruth Lee met reporters. The White House announced the deal. "It is fair," she said.',
            "she",
            "Ruth Lee",
        ),
        # The latest subject of the other gender is skipped, even the article's first entity.
        (
            'Ruth Lee spoke first. When Tom Becker was asked whether Lee would run, he said, "We will see."',
            "he",
            "Tom Becker",
        ),
        # Nothing named that the pronoun could mean.
        ('Some military experts say the plan will fail. "It cannot work," they said.', "they", None),
    ],
)
def test_a_pronoun_speaker_refers_back(nlp: Any, text: str, pronoun: str, name: str | None) -> None:
    index = _index(nlp, text)
    speaker = phrases.resolve(_last(index, pronoun), None, index)
    assert speaker.words is not None and speaker.words.slice(text) == pronoun
    assert _cluster_name(index, speaker.cluster) == name


@pytest.mark.parametrize(
    ("text", "cue", "words", "name"),
    [
        ("Tom Becker, who said the plan would fail, left early.", "said", "Tom Becker, who", "Tom Becker"),
        # A thing that speaks ("a notice that read"): its words, never a bare "that".
        ('The staff put up a notice that read "Closed Monday" at the door.', "read", "a notice that", None),
        # "that" parsed as a conjunction opening a clause on the noun: still its relative pronoun.
        ('The town put up a sign that, while small, warned of "long delays."', "warned", "a sign that", None),
        # "who" hung on a thing of the person's phrase ("familiar with the discussion"): the person.
        (
            '"No," said one official familiar with the discussion, who added that it was "over."',
            "added",
            "one official familiar with the discussion, who",
            None,
        ),
    ],
)
def test_a_relative_pronoun_speaks_for_the_noun_it_stands_for(
    nlp: Any, text: str, cue: str, words: str, name: str | None
) -> None:
    """'X, who said ...': the words run from X to "who", and they mean X."""
    index = _index(nlp, text)
    head = subjects.subject_of(_last(index, cue), index)
    assert head is not None
    speaker = phrases.resolve(head, None, index)
    assert speaker.words is not None and speaker.words.slice(text) == words
    assert _cluster_name(index, speaker.cluster) == name


# ---------------------------------------------------------------- who never speaks


@pytest.mark.parametrize(
    ("text", "word", "as_subject", "speaks"),
    [
        # A date or a time never speaks, nor does the first word of a credit line.
        ("The coming days will tell.", "days", True, False),
        ("Reporting by Tom Becker; editing by Ruth Lee.", "Reporting", True, False),
        # A place speaks only as the subject, where it stands for its government ...
        ("Moscow said the talks had failed.", "Moscow", True, True),
        ("The mayor spoke in Dallas on Monday.", "Dallas", False, False),
        # ... and never from a dateline.
        ("DALLAS (AP) - The storm hit the city.", "DALLAS", True, False),
        # A bare demonstrative is a thing, never a speaker ("That said, ...").
        ("That said, the plan may work.", "That", True, False),
        # People and bodies speak; so does an age used as a noun.
        ("Acme Corp said profits rose.", "Corp", True, True),
        ("The 46-year-old said she would run.", "old", True, True),
    ],
)
def test_who_can_speak(nlp: Any, text: str, word: str, as_subject: bool, speaks: bool) -> None:
    index = _index(nlp, text)
    assert subjects.can_speak(_last(index, word), index, as_subject) is speaks


@pytest.mark.parametrize(("filler", "name"), [(10, "Tom Becker"), (300, None)])
def test_an_antecedent_is_looked_for_only_so_far_back(nlp: Any, filler: int, name: str | None) -> None:
    """Past ``ANTECEDENT_WINDOW`` characters, a pronoun refers to nobody named before."""
    text = "Tom Becker arrived." + " The rain fell hard." * filler + ' "We agreed," he said.'
    assert (len(text) > pronouns.ANTECEDENT_WINDOW) is (name is None)
    index = _index(nlp, text)
    assert _cluster_name(index, pronouns.antecedent(_last(index, "he"), index)) == name


def test_a_mention_overlapping_a_span_is_found_from_before_it(nlp: Any) -> None:
    text = "The North Atlantic Treaty Organization met."
    mention = MentionFound(Span(4, 38), "organization", "NATO", "name", 0)
    index = Index(text, nlp(text), [], [mention])
    assert index.mentions_in(Span(20, 22)) == [mention]
    assert index.mentions_in(Span(39, 42)) == []


@pytest.mark.parametrize(
    "text",
    [
        # The parser takes the one named for a second complement of "called" ("oprd"), like
        # the quote: the one named is talked about, never the speaker.
        'At the hearing, one lawmaker called Trump "the orange prince of chaos."',
        'At the hearing, one senator called Trump "a danger to the republic."',
    ],
)
def test_the_one_a_cue_calls_something_is_not_its_speaker(nlp: Any, text: str) -> None:
    index = _index(nlp, text)
    found = cues.speaker_of(_last(index, "called"), index)
    assert found.words is None or found.words.slice(text) not in {"Trump", "Smith"}
