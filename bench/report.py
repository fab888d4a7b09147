"""Write benchmark results into docs/benchmarks.md, one owned section per benchmark.

Each benchmark script owns the block between ``<!-- bench:NAME -->`` and
``<!-- /bench:NAME -->``; rewriting one section leaves the others untouched, so
several scripts can share the file without stepping on each other.
"""

from __future__ import annotations

import datetime
import os
import platform
import re
import shutil
import subprocess
from pathlib import Path

DEFAULT_PATH = "docs/benchmarks.md"


def write_section(name: str, markdown: str, path: str | os.PathLike = DEFAULT_PATH) -> Path:
    """Replace the section NAME in PATH with MARKDOWN (append it if absent)."""
    target = Path(path)
    begin, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{begin}\n{markdown.strip()}\n{end}"
    current = target.read_text(encoding="utf-8") if target.exists() else "# Benchmarks\n"
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(current):
        # A function replacement keeps backslashes in MARKDOWN literal.
        updated = pattern.sub(lambda _match: block, current, count=1)
    else:
        updated = current.rstrip("\n") + "\n\n" + block + "\n"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(updated, encoding="utf-8")
    return target


def machine_description() -> str:
    """One markdown line saying what machine produced the figures."""
    parts = [_cpu_model(), f"{os.cpu_count()} cores", f"Python {platform.python_version()}"]
    postgres = _postgres_version()
    if postgres:
        parts.append(postgres)
    parts.append(f"run {datetime.date.today().isoformat()}")
    return "Machine: " + ", ".join(parts) + "."


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _postgres_version() -> str | None:
    # Optional and cheap: only if a `postgres` binary is on PATH; never start a server.
    binary = shutil.which("postgres")
    if not binary:
        return None
    try:
        output = subprocess.run(
            [binary, "--version"], capture_output=True, text=True, timeout=5, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"(\d+(?:\.\d+)*)", output)
    return f"PostgreSQL {match.group(1)}" if match else None


def publish(name: str, markdown: str, *, write: bool) -> None:
    """Print a benchmark's section, and put it in docs/benchmarks.md when asked to."""
    print(markdown)
    if write:
        write_section(name, markdown)
