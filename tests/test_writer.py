"""The writer: docs/ is swapped whole, keeps hand-written files, and survives failures."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.write import tree as writer
from generator.write.tree import MANIFEST, safe_path, write_tree

FILES = {
    "index.md": b"# Home\n",
    "entities/a.md": b"# A\n",
    "entities/b.md": b"# B\n",
    "data/x.json": b"{}\n",
}


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every file (bytes), link (target) and folder (mode) under ``folder``."""
    out: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            out[rel] = "-> " + str(path.readlink())
        elif path.is_dir():
            out[rel + "/"] = oct(stat.S_IMODE(path.stat().st_mode))
        else:
            out[rel] = path.read_bytes()
    return out


def leftovers(docs: Path) -> list[str]:
    """Temporary folders the writer left beside ``docs``."""
    return sorted(p.name for p in docs.parent.iterdir() if p.name.startswith(f".{docs.name}."))


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """A docs folder after one build, with hand-written files in several places."""
    root = tmp_path / "docs"
    write_tree(root, FILES)
    (root / "about.md").write_bytes(b"# Mine\n")
    (root / "entities" / "mine.md").write_bytes(b"# Also mine\n")
    (root / "images").mkdir()
    (root / "empty").mkdir()
    (root / "link.md").symlink_to("about.md")
    return root


def test_first_build_writes_files_and_manifest(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    assert write_tree(root, FILES) == (4, 0, 0)
    assert {k: v for k, v in snapshot(root).items() if not k.endswith("/")} == {
        **FILES,
        MANIFEST: (json.dumps({"files": sorted(FILES)}, indent=1) + "\n").encode(),
    }
    assert leftovers(root) == []


def test_rebuild_counts_and_keeps_hand_written_files(docs: Path) -> None:
    mine = {k: v for k, v in snapshot(docs).items() if k.split("/")[-1] in {"about.md", "mine.md", "link.md"}}
    new = {"index.md": b"# Home, changed\n", "entities/a.md": b"# A\n", "claims/c.md": b"# C\n"}
    assert write_tree(docs, new) == (2, 1, 2)
    after = snapshot(docs)
    assert not (docs / "entities" / "b.md").exists() and not (docs / "data").exists()
    assert {k: after[k] for k in mine} == mine
    assert "images/" in after and "empty/" in after
    assert (docs / "claims" / "c.md").read_bytes() == b"# C\n"
    assert leftovers(docs) == []


def test_unchanged_files_keep_their_identity(docs: Path) -> None:
    before = (docs / "entities" / "a.md").stat().st_ino
    write_tree(docs, FILES)
    assert (docs / "entities" / "a.md").stat().st_ino == before


def test_hand_written_file_where_the_generator_writes_stops_the_build(docs: Path) -> None:
    before = snapshot(docs)
    with pytest.raises(BuildError, match="not written by the generator") as err:
        write_tree(docs, {**FILES, "about.md": b"generated\n"})
    assert err.value.path == str(docs.resolve() / "about.md")
    assert snapshot(docs) == before
    assert leftovers(docs) == []


def test_identical_hand_written_file_is_adopted(docs: Path) -> None:
    write_tree(docs, {**FILES, "about.md": b"# Mine\n"})
    assert "about.md" in json.loads((docs / MANIFEST).read_text())["files"]


@pytest.mark.parametrize("fail_at", [0, 2, 5])
def test_failure_midway_leaves_docs_byte_identical(
    docs: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    before = snapshot(docs)
    real = writer._write_file
    calls = []

    def failing(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) > fail_at:
            raise OSError(28, "No space left on device", str(path))
        real(path, data)

    monkeypatch.setattr(writer, "_write_file", failing)
    changed = {k: v + b"changed\n" for k, v in FILES.items()} | {"new/page.md": b"x"}
    with pytest.raises(BuildError, match="No space left") as err:
        write_tree(docs, changed)
    assert "left as it was" in str(err.value)
    assert snapshot(docs) == before
    assert leftovers(docs) == []


def test_failed_exchange_leaves_docs_byte_identical(docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(docs)

    def broken(a: Path, b: Path) -> bool:
        raise OSError(5, "Input/output error", str(b))

    monkeypatch.setattr(writer, "_exchange", broken)
    with pytest.raises(BuildError, match="Input/output error"):
        write_tree(docs, {"index.md": b"other\n"})
    assert snapshot(docs) == before
    assert leftovers(docs) == []


def test_two_rename_fallback_swaps_and_rolls_back(docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "_exchange", lambda a, b: False)
    write_tree(docs, {"index.md": b"v2\n"})
    assert (docs / "index.md").read_bytes() == b"v2\n" and (docs / "about.md").exists()
    before = snapshot(docs)
    real_rename = Path.rename

    def rename(self: Path, target: Path) -> Path:
        if self.name.startswith(".docs.new-"):
            raise OSError(16, "Device or resource busy", str(target))
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(BuildError, match="busy"):
        write_tree(docs, {"index.md": b"v3\n"})
    assert snapshot(docs) == before
    assert leftovers(docs) == []


def test_interrupted_swap_is_reported_with_what_to_do(tmp_path: Path) -> None:
    (tmp_path / ".docs.old-1234abcd").mkdir()
    with pytest.raises(BuildError, match="renamed aside") as err:
        write_tree(tmp_path / "docs", FILES)
    assert err.value.path is not None and err.value.path.endswith(".docs.old-1234abcd")
    assert "rename it back to 'docs'" in str(err.value)
    assert not (tmp_path / "docs").exists()


def test_symlinked_docs_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real-docs"
    write_tree(real, FILES)
    (tmp_path / "docs").symlink_to(real)
    write_tree(tmp_path / "docs", {"index.md": b"v2\n"})
    assert (tmp_path / "docs").is_symlink()
    assert (real / "index.md").read_bytes() == b"v2\n"
    assert leftovers(real) == []


def test_permissions_are_kept_and_files_are_readable(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    root.mkdir(mode=0o750)
    root.chmod(0o750)
    write_tree(root, FILES)
    assert stat.S_IMODE(root.stat().st_mode) == 0o750
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((root / "index.md").stat().st_mode) == 0o666 & ~umask


def test_output_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "docs").write_text("x")
    with pytest.raises(BuildError, match="is a file"):
        write_tree(tmp_path / "docs", FILES)


@pytest.mark.parametrize(
    "manifest",
    [
        b"not json",
        b'{"files": 3}',
        b'{"other": []}',
        b'{"files": ["../../etc/passwd"]}',
        b'{"files": ["/etc/x"]}',
    ],
)
def test_damaged_manifest_is_refused_and_nothing_is_deleted(docs: Path, manifest: bytes) -> None:
    (docs / MANIFEST).write_bytes(manifest)
    before = snapshot(docs)
    with pytest.raises(BuildError, match="manifest") as err:
        write_tree(docs, {})
    assert err.value.path is not None and err.value.path.endswith(MANIFEST)
    assert snapshot(docs) == before


@pytest.mark.parametrize(
    "relative", ["../x.md", "/etc/passwd", "a/../../b.md", "", ".", "a\\..\\..\\b.md", "C:\\x.md"]
)
def test_safe_path_refuses_escapes(tmp_path: Path, relative: str) -> None:
    with pytest.raises(BuildError, match="outside the output folder"):
        safe_path(tmp_path, relative)


def test_safe_path_refuses_a_link_out_of_the_folder(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "entities").symlink_to(tmp_path)
    with pytest.raises(BuildError, match="outside the output folder"):
        safe_path(tmp_path / "docs", "entities/x.md")


def test_hand_written_link_out_of_docs_is_never_written_through(docs: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (docs / "claims").symlink_to(outside)
    before = snapshot(docs)
    with pytest.raises(BuildError, match="outside the output folder"):
        write_tree(docs, {**FILES, "claims/c.md": b"x"})
    assert list(outside.iterdir()) == []
    assert snapshot(docs) == before
