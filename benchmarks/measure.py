"""Running a command as a user would, timed, with its peak memory (sampled from Linux ``/proc``)."""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: Seconds between two samples of the process tree's memory.
_EVERY = 0.1


@dataclass(frozen=True)
class Run:
    """What one command took."""

    seconds: float
    peak_tree: int  #: bytes: the most the command and its child processes held at once (sampled)
    peak_process: int  #: bytes: the most any one of its processes held (its VmHWM, last sampled)
    stdout: str


def run(command: Sequence[str], cwd: Path, env: Mapping[str, str]) -> Run:
    """Run ``command``; fail loudly if it fails."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(list(command), cwd=cwd, env=dict(env), stdout=out, stderr=err)
        sampler = _Sampler(proc.pid)
        sampler.start()
        # Not wait4's ru_maxrss: a child starts with its parent's high-water mark (fork).
        _, status = os.waitpid(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop()
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{err.read().decode(errors='replace')[-3000:]}")
        return Run(seconds, sampler.peak_tree, sampler.peak_process, out.read().decode(errors="replace"))


class _Sampler(threading.Thread):
    """Sums the resident memory of a process and its descendants every ``_EVERY`` seconds."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_tree = 0
        self.peak_process = 0
        self._done = threading.Event()

    def run(self) -> None:
        """Sample until stopped."""
        while not self._done.is_set():
            tree = _descendants(self.pid) | {self.pid}
            total = 0
            for pid in tree:
                rss, hwm = _memory(pid)
                total += rss
                self.peak_process = max(self.peak_process, hwm)
            self.peak_tree = max(self.peak_tree, total)
            self._done.wait(_EVERY)

    def stop(self) -> None:
        """Stop sampling."""
        self._done.set()
        self.join()


def _descendants(root: int) -> set[int]:
    """Every process whose chain of parents leads to ``root``."""
    parent: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            parent[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    todo = [root]
    while todo:
        pid = todo.pop()
        children = [p for p, pp in parent.items() if pp == pid and p not in found]
        found.update(children)
        todo += children
    return found


def _memory(pid: int) -> tuple[int, int]:
    """Resident bytes now and at most so far (VmRSS, VmHWM) of one process; 0 if it is gone."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return 0, 0
    fields = {k: v for k, _, v in (line.partition(":") for line in lines)}
    return _kib(fields.get("VmRSS", "0 kB")), _kib(fields.get("VmHWM", "0 kB"))


def _kib(value: str) -> int:
    """``'1234 kB'`` in bytes."""
    return int(value.split()[0]) * 1024


def mib(n: int) -> str:
    """Bytes as MiB."""
    return f"{n / 2**20:,.0f} MiB"
