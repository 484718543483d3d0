"""How long importing `analysis` and loading the seed corpus takes, against bare Python start-up, in one run.

Prints medians of 7 runs each (fresh processes), and the ratios. Also confirms the loader did not import spaCy.
Usage: .venv/bin/python benchmarks/bench_load.py
"""
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = {
    "python -c pass": "pass",
    "import pandas": "import pandas",
    "import analysis + load_corpus(seeds)": f"import analysis; c = analysis.load_corpus({str(ROOT / 'seeds')!r}); "
                                            "import sys; assert 'spacy' not in sys.modules",
}


def median_seconds(code: str, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


if __name__ == "__main__":
    results = {name: median_seconds(code) for name, code in CASES.items()}
    base = results["python -c pass"]
    pandas = results["import pandas"]
    for name, seconds in results.items():
        print(f"{name:<40} {seconds * 1000:8.0f} ms")
    ours = results["import analysis + load_corpus(seeds)"]
    print(f"import+load over pandas import: {ours / pandas:.2f}x; over bare start-up: {ours / base:.1f}x")
