"""Wall time of rendering every notebook (what ``make figures`` does) against a floor measured in the same run.

    .venv/bin/python benchmarks/bench_render.py [--repeat 1] [--workers 2]

- render: ``python -m analysis render --output-dir <tmp>``: every notebook with its default parameters, figures,
  HTML pages and the gallery, into a temporary folder (the published ``figures/`` is not touched);
- floor: an empty notebook through the papermill CLI, once per notebook, one after the other (a Python start, a
  papermill import, a kernel start and stop each time).
The ratio render / floor is the figure (target <= 1.5). Both are measured warm: one untimed empty-notebook run and
one untimed import of the package and the spaCy model come first. Interleaved when repeated; medians printed.
A benchmark, never part of ``make test``.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
EMPTY = {"cells": [{"cell_type": "code", "execution_count": None, "id": "empty", "metadata": {}, "outputs": [],
                    "source": []}],
         "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
         "nbformat": 4, "nbformat_minor": 5}


def timed(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if run.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}")
    return seconds, run.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    notebooks = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.ipynb"
        empty.write_text(json.dumps(EMPTY))
        floor_cmd = [PYTHON, "-m", "papermill", str(empty), str(Path(tmp) / "out.ipynb"), "-k", "python3",
                     "--no-progress-bar"]
        render_cmd = [PYTHON, "-m", "analysis", "render", "--output-dir", str(Path(tmp) / "figures"),
                      "--no-progress", "--workers", str(args.workers)]
        timed(floor_cmd)  # warm: bytecode, page cache
        timed([PYTHON, "-c", "import analysis; from analysis import nlp; nlp.get_nlp()"])
        floors, renders, last = [], [], ""
        for _ in range(args.repeat):
            floors.append(sum(timed(floor_cmd)[0] for _ in notebooks))
            seconds, last = timed(render_cmd)
            renders.append(seconds)
    floor, render = statistics.median(floors), statistics.median(renders)
    print(last.rstrip())
    print(f"notebooks: {len(notebooks)}, workers: {args.workers}, repeats: {args.repeat}")
    print(f"render all (python -m analysis render): {render:6.1f} s")
    print(f"floor: empty notebook x {len(notebooks)} (papermill CLI): {floor:6.1f} s "
          f"({floor / len(notebooks):.1f} s each)")
    print(f"ratio render / floor: {render / floor:.2f}  (target <= 1.5)")


if __name__ == "__main__":
    main()
