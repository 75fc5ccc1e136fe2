"""Hostile and broken input, end to end: clean errors, or a site where input stays text.

Each unusable input must stop the build with an error naming the file (and line) and
saying what to do, exit 2, no traceback, and leave docs/ byte-identical. Hostile but
usable input is built with MkDocs, and the HTML is parsed: no element, attribute, script
or link target comes from the input, and every character still shows as written.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import cli
from generator.read import articles as reader
from generator.read import repair
from generator.read.chars import BIDI_RE
from generator.site.markup import yaml_string
from tests.conftest import make_project, mkdocs_build, run_cli
from tests.site_checks import export

SMALL = "Joe Biden said the plan would work. “It will,” he said in Washington.\nIt did not.\n"

# ---------------------------------------------------------------------------------------
# Reading built HTML
# ---------------------------------------------------------------------------------------

#: Words planted in every hostile input: wherever they end up must be plain text.
MARKERS = re.compile(r"evil|alert\(", re.I)
#: Tags and attributes that only the hostile input could bring (the site uses none).
INPUT_TAGS = frozenset({"img", "iframe", "x-evil", "b", "i", "details", "object", "embed", "style", "base"})
INPUT_ATTRS = frozenset({"data-evil", "srcdoc", "formaction", "open"})
#: Attributes that hold prose (escaped by the generator); a marker there is just text.
TEXT_ATTRS = frozenset({"content", "title", "aria-label", "alt"})
#: How input may reach any other attribute: only through a slug or a heading id, in a
#: relative link or one on the site's own address.
SLUGGY = re.compile(r"^(https://example\.test/)?[\w./#-]*$")
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_INSERTED = ("claim-tag", "sentence-link", "epithet-note")


@dataclass
class Html:
    """What a page holds, as a browser would build it."""

    tags: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    scripts: list[tuple[dict[str, str], str]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    title: str = ""
    sentences: list[str] = field(default_factory=list)  #: article sentences, inserted links left out
    quotes: list[tuple[str, int, int, str]] = field(
        default_factory=list
    )  #: footnote: article, start, end, text


class _Parser(HTMLParser):
    def __init__(self, out: Html) -> None:
        super().__init__()
        self.out = out
        self.stack: list[tuple[str, str]] = []  #: (tag, role): role is "", "sentence" or "inserted"
        self.sentence: list[str] | None = None
        self.script: list[str] | None = None
        self.in_title = False
        self.quote: tuple[str, int, int, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.out.tags.append((tag, a))
        classes = a.get("class", "").split()
        if tag == "script":
            self.script = []
        if tag == "q" and "source-quote" in classes:
            self.quote = (a["data-article"], int(a["data-start"]), int(a["data-end"]), [])
        self.in_title = tag == "title" or self.in_title
        if tag in _VOID:
            return
        role = "sentence" if "sentence" in classes else "inserted" if set(classes) & set(_INSERTED) else ""
        if role == "sentence":
            self.sentence = []
        elif role == "inserted" and self.sentence is not None and self.sentence and self.sentence[-1] == " ":
            self.sentence.pop()  # the space the generator put before its own link
        self.stack.append((tag, role))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.script is not None:
            self.out.scripts.append((self.out.tags[-1][1] if self.out.tags else {}, "".join(self.script)))
            self.script = None
        if tag == "title":
            self.in_title = False
        if tag == "q" and self.quote is not None:
            self.out.quotes.append((*self.quote[:3], "".join(self.quote[3])))
            self.quote = None
        while self.stack:
            top, role = self.stack.pop()
            if role == "sentence" and self.sentence is not None:
                self.out.sentences.append("".join(self.sentence))
                self.sentence = None
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script.append(data)
            return
        self.out.text.append(data)
        if self.quote is not None:
            self.quote[3].append(data)
        if self.in_title:
            self.out.title += data
        inserted = any(role == "inserted" for _, role in self.stack)
        if self.sentence is not None and not inserted:
            self.sentence.extend(data)


def parse(html: str) -> Html:
    """Parse one page (character references decoded, as a browser shows them)."""
    out = Html()
    _Parser(out).feed(html)
    return out


def injected(page: Html) -> list[str]:
    """Every element, attribute, script or link target on the page that came from input."""
    found = []
    for tag, attrs in page.tags:
        if tag in INPUT_TAGS:
            found.append(f"element <{tag}>")
        for name, value in attrs.items():
            if name.startswith("on") or name in INPUT_ATTRS:
                found.append(f"attribute {name} on <{tag}>")
            elif name not in TEXT_ATTRS and MARKERS.search(value) and not SLUGGY.match(value):
                found.append(f"{tag} {name}={value!r}")
            if name in ("href", "src", "action") and re.match(r"\s*(javascript|data|vbscript):", value, re.I):
                found.append(f"{tag} {name}={value!r}")
    for attrs, body in page.scripts:
        if attrs.get("type") == "application/ld+json":
            json.loads(body)  # data only: it must parse, so no text broke out of it
        elif MARKERS.search(body):
            found.append(f"script {body[:80]!r}")
    return found


def site_pages(site: Path) -> dict[str, Html]:
    """Every HTML page of a built site, parsed."""
    return {p.relative_to(site).as_posix(): parse(p.read_text("utf-8")) for p in sorted(site.rglob("*.html"))}


def run_build(seeds: Path, docs: Path) -> tuple[int, str, str]:
    """``explainer build`` in this process (spaCy is loaded once): exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["build", "--seeds", str(seeds), "--docs", str(docs), "--no-cache"])
    return code, out.getvalue(), err.getvalue()


def built_once(tmp_path: Path, text: str = SMALL) -> tuple[Path, Path]:
    """A one-article seeds folder under ``tmp_path``, built once; returns (seeds, docs)."""
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    code, _, err = run_build(seeds, docs)
    assert code == 0, err
    return seeds, docs


def assert_refused(seeds: Path, docs: Path, where: str, message: str) -> None:
    """Build; a clean error naming ``where`` (file:line) and ``message``, docs/ untouched."""
    before = snapshot(docs)
    code, out, err = run_build(seeds, docs)
    assert (code, out) == (2, ""), err
    assert err.startswith("error: ") and "Traceback" not in err
    assert where in err and message in err and "\n  hint: " in err, err
    assert snapshot(docs) == before


def assert_file_refused(tmp_path: Path, name: str, text: str, where: str, message: str) -> None:
    """Build a one-article project, add ``seeds/name``, and expect it refused cleanly."""
    seeds, docs = built_once(tmp_path)
    (seeds / name).write_text(text, encoding="utf-8")
    assert_refused(seeds, docs, where, message)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# ---------------------------------------------------------------------------------------
# Unusable input: a clean error, docs/ untouched
# ---------------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


@pytest.mark.parametrize(
    ("name", "data", "where", "message"),
    [
        pytest.param("a.txt", b"", "a.txt: ", "empty", id="empty"),
        pytest.param("a.txt", b"  \n\t\n\r\n", "a.txt: ", "empty", id="whitespace-only"),
        pytest.param("a.txt", PNG, "a.txt:3: ", "binary", id="binary"),
        pytest.param(
            "a.txt", b"Fine.\nBad \xc3\x28 byte.\n", "a.txt:2: ", "not valid UTF-8", id="invalid-utf8"
        ),
        pytest.param(
            "a.txt", b"word " * 1_000_000, "a.txt: ", "limit of 200,000 characters", id="5MB-article"
        ),
        pytest.param(
            "a.txt", b"Para.\n" + b"word " * 41_000, "a.txt:2: ", "limit of 20,000", id="200KB-line"
        ),
        pytest.param("a.yml", b"title: [unclosed\n", "a.yml:1: ", "invalid YAML", id="meta-syntax"),
        pytest.param(
            "a.yml",
            b"title: !!python/object/apply:os.system [id]\n",
            "a.yml:1: ",
            "is not allowed",
            id="meta-tag",
        ),
        pytest.param("a.yml", b"- a\n- list\n", "a.yml:1: ", "mapping", id="meta-not-mapping"),
        pytest.param("a.yml", b"title: " + b"[" * 50_000, "a.yml: ", "nested too deeply", id="meta-deep"),
        pytest.param(
            "a.yml", b"title: ok\ntitel: typo\n", "a.yml:2: ", "unknown metadata key", id="meta-unknown"
        ),
        pytest.param("a.yml", b"\xff\xfe", "a.yml:1: ", "not valid UTF-8", id="meta-encoding"),
        pytest.param("a.yml", b'title: "\\ud83e\\udd80"\n', "a.yml:1: ", "U+D83E", id="meta-surrogate"),
        pytest.param("a.yml", b'publisher: "a\\x02b"\n', "a.yml:1: ", "U+0002", id="meta-control"),
        pytest.param(
            "entities.yml",
            b'entities:\n  a:\n    aliases: ["\\udd80"]\n',
            "entities.yml:3: ",
            "U+DD80",
            id="register-surrogate",
        ),
        pytest.param(
            "entities.yml",
            b"entities:\n  a:\n    name: [x\n",
            "entities.yml:3: ",
            "invalid YAML",
            id="register-syntax",
        ),
        pytest.param(
            "entities.yml",
            b"entities:\n  a:\n    name: A\n  b: !!python/name:os.system\n",
            "entities.yml:4: ",
            "is not allowed",
            id="register-tag",
        ),
        pytest.param("entities.yml", b"[a]: 1\n", "entities.yml:1: ", "plain text", id="register-list-key"),
        pytest.param(
            "entities.yml",
            b"entities:\n  a:\n    merged_into: b\n  b:\n    merged_into: c\n  c:\n    merged_into: a\n",
            "entities.yml:2: ",
            "cycle",
            id="register-cycle",
        ),
        pytest.param(
            "entities.yml",
            b"entities:\n  a:\n    merged_into: ghost\n",
            "entities.yml:2: ",
            "not in the register",
            id="register-dangling-merge",
        ),
        pytest.param(
            "entities.yml",
            b"entities:\n  con:\n    name: X\n",
            "entities.yml:2: ",
            "not a valid id",
            id="register-con",
        ),
        pytest.param("A.txt", SMALL.encode(), "a.txt: ", "same page name", id="same-name"),
    ],
)
def test_unusable_input_stops_cleanly_and_leaves_docs_alone(
    tmp_path: Path, name: str, data: bytes, where: str, message: str
) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text(SMALL, encoding="utf-8")
    assert run_build(seeds, docs)[0] == 0
    (docs / "notes.md").write_text("# Hand-written\n", encoding="utf-8")
    before = snapshot(docs)
    (seeds / name).write_bytes(data)
    code, out, err = run_build(seeds, docs)
    assert code == 2
    assert err.startswith("error: ") and str(seeds) in err
    assert where in err and message in err
    assert "\n  hint: " in err
    assert "Traceback" not in err and out == ""
    assert snapshot(docs) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "seeds"]


def test_article_linking_outside_the_seeds_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("A private key.\n", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").symlink_to(secret)
    code, _, err = run_build(seeds, tmp_path / "docs")
    assert code == 2 and "a.txt: is a link to a file outside the seeds folder" in err
    assert not (tmp_path / "docs").exists()


def test_input_error_in_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a\x1b[31m.txt").write_bytes(b"\xff")
    result = run_cli("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "a\\x1b[31m.txt:1: not valid UTF-8" in result.stderr  # no raw escape reaches the terminal


# ---------------------------------------------------------------------------------------
# Odd but usable input
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b"\xef\xbb\xbfBOM first.", "BOM first.", id="bom"),
        pytest.param(b"One.\r\nTwo.\r\n", "One.\nTwo.\n", id="crlf"),
        pytest.param(b"One.\rTwo.", "One.\nTwo.", id="lone-cr"),
        pytest.param(
            "One.\u2028Two.\u2029Three.\u0085Four.".encode(), "One.\nTwo.\nThree.\nFour.", id="unicode-breaks"
        ),
        pytest.param(b"Tab\there.", "Tab\there.", id="tab"),
        pytest.param(b"x" * 20_000, "x" * 20_000, id="longest-line"),
    ],
)
def test_odd_but_usable_text_is_read(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert reader.read_article(path, tmp_path).text == expected


def test_longest_article_is_read_and_spacy_accepts_it(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text(("Words in a line. " * 1000 + "\n") * 11, encoding="utf-8")
    assert len(reader.read_article(path, tmp_path).text) <= reader.MAX_ARTICLE_CHARS
    assert nlp.max_length >= reader.MAX_ARTICLE_CHARS  # spaCy never refuses what the reader accepts


def test_long_paragraph_is_analysed(nlp) -> None:  # type: ignore[no-untyped-def]
    from generator.analyse import analyse_text

    text = ("Vladimir Putin said “the vote is over” in Moscow. " * 400)[: reader.MAX_LINE_CHARS]
    analysis = analyse_text("a", text, nlp)
    assert len(analysis.paragraphs) == 1 and len(analysis.sentences) > 100
    assert all(c.span.slice(text) for c in analysis.claims)


# ---------------------------------------------------------------------------------------
# A hostile site, built with MkDocs
# ---------------------------------------------------------------------------------------

HOSTILE_LINES = [
    "Joe Biden said \"<script>alert('evil')</script> and <img src=x onerror=alert('evil')> and "
    '<iframe src=//evil.example></iframe>" in Washington.',
    "Angela Merkel wrote [click](javascript:alert('evil')) and ![i](javascript:evil) in Berlin {#evil-id} "
    '{: .evil-class onclick="evil()" }.',
    "| a | evil |",
    "| --- | --- |",
    "---",
    '!!! note "evil"',
    '--8<-- "/etc/passwd"',
    "*emphasis* _under_ **strong** __strong__ ~~del~~ ==mark== ^^ins^^ [^1] and [^1]: evil footnote",
    '{{ config.site_name }} {% include "evil" %} {# comment #} ${evil} {{ 7*7 }}',
    '“Nested ‘quotes “deep” here’ and unbalanced,” said Emmanuel Macron. "Open quote never closed.',
    '<x-evil data-evil="1">tag</x-evil> <b>bold</b> <i>it</i> <details open>evil</details> '
    "<object data=evil></object> <svg onload=alert('evil')> <a href=\"javascript:evil()\">a</a> "
    '<base href="//evil.example/"> <style>*{display:none}</style> <span class="evil">s</span>',
    "# heading evil",
    "> quote evil",
    "1. list evil",
    "<!-- comment evil -->",
    "&amp; &lt; &#x41; &#0; \\ backslash \\* :smile: ++ins++ `code` evil",
    "Volodymyr Zelenskiy said “שלום עולם” 🦀 and \u202eevil\u202c in Kyiv.",
    "Text with a\ttab and   three spaces, evil.",
]
HOSTILE_TITLE = '</title><script>alert("evil")</script> "double" \'single\' & &amp; 🦀 שלום'
SIDECAR = f"""\
title: {yaml_string(HOSTILE_TITLE)}
publisher: "<b>evil</b> publisher"
licence: "[x](javascript:evil)"
url: "https://example.com/\\"onmouseover=\\"evil"
"""
REGISTER = """\
entities:
  joe-biden:
    name: "<img src=x onerror=alert('evil')> Joe \\"Evil\\" Biden"
    kind: person
    description: "</td><script>alert('evil')</script> [x](javascript:evil) {{ 7*7 }} | pipe"
    aliases: [Joe Biden, Biden]
  ghost-entity:
    name: Nobody Atall Evilname
"""
#: File name (or sidecar slug) -> the page name it must give.
NAMES = {
    "CON": "con-x",
    "🦀": None,  # unreadable: a hash
    "שלום": None,
    "passwd": "etc-passwd",  # its sidecar asks for ../../etc/passwd
    "Index": "index-x",
    "the " * 50: None,  # 200 characters: cut short
}
SAFE_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Built:
    """A hostile project after ``explainer build`` and ``mkdocs build``."""

    project: Path
    stderr: str
    pages: dict[str, Html]

    @property
    def site(self) -> Path:
        return self.project / "site"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Built:
    seeds = tmp_path_factory.mktemp("hostile-seeds")
    body = "\r\n".join(HOSTILE_LINES[:-1]) + "\r" + HOSTILE_LINES[-1] + "\r\n"
    (seeds / "evil.txt").write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    (seeds / "evil.yml").write_text(SIDECAR, encoding="utf-8")
    (seeds / "entities.yml").write_text(REGISTER, encoding="utf-8")
    for name in NAMES:
        (seeds / f"{name}.txt").write_text(f"Kyiv said “{name.strip()[:40]}” today.\n", encoding="utf-8")
    (seeds / "passwd.yml").write_text("slug: ../../etc/passwd\n", encoding="utf-8")
    project = make_project(tmp_path_factory.mktemp("hostile"), seeds)
    # Built without the markup repair, which would remove the tags and decode the
    # references: whatever markup the repair lets through must still show as text.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(repair, "without_tags", lambda text, _path: text)
        patch.setattr(repair, "unescaped", lambda line, _path, _number: line)
        code, _, err = run_build(project / "seeds", project / "docs")
    assert code == 0, err
    built = mkdocs_build(project)
    assert built.returncode == 0, built.stderr
    return Built(project, err, site_pages(project / "site"))


def test_hostile_site_builds_and_warns_about_the_register_entry_that_matches_nothing(hostile: Built) -> None:
    warnings = [line for line in hostile.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 2
    assert re.search(r"evil\.txt:17: removed 2 bidirectional control character\(s\): U\+202E", warnings[0])
    assert re.search(r"entities\.yml:7: 'ghost-entity' matches no name", warnings[1])


def test_no_element_attribute_script_or_link_target_comes_from_input(hostile: Built) -> None:
    assert len(hostile.pages) > 10
    problems = {path: injected(page) for path, page in hostile.pages.items()}
    assert {path: found for path, found in problems.items() if found} == {}


def test_the_checks_would_see_an_injection() -> None:
    page = parse('<p><img src=x onerror=alert(1)></p><a href="javascript:x">a</a><script>alert(1)</script>')
    assert injected(page) == [
        "element <img>",
        "attribute onerror on <img>",
        "a href='javascript:x'",
        "script 'alert(1)'",
    ]
    assert injected(parse('<span class="evil x">')) == ["span class='evil x'"]


@pytest.mark.parametrize("line", HOSTILE_LINES)
def test_every_character_of_the_article_still_shows(hostile: Built, line: str) -> None:
    page = hostile.pages["articles/evil/index.html"]
    # Sentences may split a word ("and ![i]" -> "and !", "[i]"): compare without white space;
    # the exact characters are checked sentence by sentence below. Bidi controls are removed.
    assert "".join(BIDI_RE.sub("", line).split()) in "".join("".join(page.sentences).split())


def test_every_sentence_shows_exactly_as_written(hostile: Built) -> None:
    text = next(a["text"] for a in export(hostile.site)["articles"] if a["id"] == "evil")
    sentences = hostile.pages["articles/evil/index.html"].sentences
    assert all(s in text for s in sentences)
    assert "".join("".join(sentences).split()) == "".join(text.split())


def test_hostile_title_shows_as_written_everywhere(hostile: Built) -> None:
    page = hostile.pages["articles/evil/index.html"]
    assert page.title.strip() == f"{HOSTILE_TITLE} - Annotated news explainer"
    descriptions = [a["content"] for t, a in page.tags if t == "meta" and a.get("name") == "description"]
    assert descriptions and descriptions[0].startswith("Joe Biden said \"<script>alert('evil')</script>")
    assert HOSTILE_TITLE in "".join(page.text).replace("\n", "")
    assert hostile.pages["index.html"].text.count(HOSTILE_TITLE) >= 1


def test_register_text_shows_as_written(hostile: Built) -> None:
    page = hostile.pages["entities/joe-biden/index.html"]
    text = "".join(page.text)
    assert "<img src=x onerror=alert('evil')> Joe \"Evil\" Biden" in page.title
    assert "</td><script>alert('evil')</script> [x](javascript:evil) {{ 7*7 }} | pipe" in text


def _fragments(site: Path) -> list[dict]:  # type: ignore[type-arg]
    """Pagefind's record of every indexed page (gzipped JSON after a signature)."""
    import gzip

    signature = b"pagefind_dcd"
    out = []
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(signature)
        out.append(json.loads(data[len(signature) :]))
    return out


def test_search_index_holds_the_input_as_text(hostile: Built) -> None:
    fragments = _fragments(hostile.site)
    evil = [f for f in fragments if f["url"] == "/articles/evil/"]
    # Text, not HTML: the search box shows titles as text and excerpts with only their marks.
    assert evil and evil[0]["meta"]["title"] == HOSTILE_TITLE
    # Claim pages are left out of the index: their words are found on the article.
    assert {f["meta"]["kind"] for f in fragments} >= {"Article", "Person"}
    assert "Claim" not in {f["meta"]["kind"] for f in fragments}


def test_every_footnote_quotes_its_source_exactly(hostile: Built) -> None:
    texts = {a["id"]: a["text"] for a in export(hostile.site)["articles"]}
    quotes = [q for page in hostile.pages.values() for q in page.quotes]
    assert quotes
    assert [q for q in quotes if texts[q[0]][q[1] : q[2]] != q[3]] == []


def test_page_names_are_safe_and_unique(hostile: Built) -> None:
    data = export(hostile.site)
    for kind in ("articles", "entities", "claims"):
        ids = [item["id"] for item in data[kind]]
        assert len(ids) == len(set(ids))
        assert [i for i in ids if not SAFE_NAME.match(i) or len(i) > 70] == []
        assert not {i.lower() for i in ids} & {"con", "prn", "aux", "nul", "index"}
    expected = {v for v in NAMES.values() if v}
    assert expected <= {a["id"] for a in data["articles"]}
    manifest = json.loads((hostile.project / "docs" / ".generator-manifest.json").read_text("utf-8"))
    for rel in manifest["files"]:
        assert (hostile.project / "docs" / rel).resolve().is_relative_to((hostile.project / "docs").resolve())
        assert all(re.fullmatch(r"[a-z0-9][a-z0-9._-]*", part) for part in rel.split("/")), rel
