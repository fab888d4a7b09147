"""Run every benchmark and write docs/benchmarks.md: `python -m bench` (or `make bench`).

Each benchmark runs in its own process, so one that fails (or is missing) does not stop
the others; the exit status says whether all of them ran.
"""

import importlib.util
import subprocess
import sys

BENCHMARKS = [
    "bench.timex.score",
    "bench.resolver_speed",
    "bench.ingest_speed",
    "bench.extraction_quality",
    "bench.pages",
    "bench.news_quality",
    "bench.plans",
]


def main() -> int:
    failed = []
    for module in BENCHMARKS:
        if importlib.util.find_spec(module) is None:
            print(f"== {module}: not present, skipped", flush=True)
            continue
        print(f"== {module}", flush=True)
        if subprocess.run([sys.executable, "-m", module, "--write"]).returncode != 0:
            failed.append(module)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    print("docs/benchmarks.md updated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
