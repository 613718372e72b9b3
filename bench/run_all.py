"""Run every ``bench/*_bench.py`` in turn (``make bench``), each in its own process.

Each script prints its own figures and exits non-zero when it misses a target
or fails; this runner prints them one after another and exits 1 if any did.
Figures and how to read them: docs/benchmarks.md.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    scripts = sorted(HERE.glob("*_bench.py"))
    if not scripts:
        print("no bench/*_bench.py scripts found", file=sys.stderr)
        return 1
    failed = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        started = time.perf_counter()
        run = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, check=False)
        code = run.returncode
        print(f"-- {script.name}: exit {code} after {time.perf_counter() - started:.0f} s\n")
        if code:
            failed.append(script.name)
    if failed:
        print(
            f"{len(failed)} of {len(scripts)} benchmarks failed or missed a target: "
            + ", ".join(failed)
        )
        return 1
    print(f"all {len(scripts)} benchmarks ran and met their targets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
