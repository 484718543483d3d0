"""Run the notebooks with papermill's Python API (two at a time), and publish them.

``python -m analysis render`` (and ``make figures``) executes every notebook in ``notebooks/`` with its default
parameters, writes its figures to ``figures/`` and the executed notebook as a standalone HTML page. With ``-p key
value`` it renders into its own folder (``out/<notebook>/`` unless ``-p output_dir`` says otherwise), leaving the
published figures alone. ``--in-place`` re-executes the committed notebooks so their stored outputs are current
(``make notebooks``). Every output is written to a temporary name and renamed.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ParameterError
from .figures import write_text
from .params import ROOT

NOTEBOOKS = ROOT / "notebooks"
FIGURES = ROOT / "figures"
KERNEL = "python3"
#: Metadata that changes from run to run (timings, paths) and is removed from executed notebooks.
VOLATILE_CELL_METADATA = ("papermill", "execution", "ExecuteTime", "collapsed", "scrolled")


@dataclass
class Result:
    notebook: str
    ok: bool
    output: str = ""
    html: str = ""
    error: str = ""
    cell: int | None = None


def clean_notebook(nb) -> Any:
    """Remove what differs between two runs of the same notebook on the same inputs (timings, temp paths)."""
    papermill = nb.metadata.pop("papermill", None) or {}
    nb.metadata.pop("widgets", None)
    params = papermill.get("parameters") or {}
    if params:
        nb.metadata["analysis"] = {"parameters": params}
    nb.metadata.get("language_info", {}).pop("version", None)
    for cell in nb.cells:
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
        cell.pop("id", None) if False else None
    return nb


def notebook_paths(names: list[str] | None = None) -> list[Path]:
    found = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    if not names:
        return found
    chosen = []
    for name in names:
        stem = Path(name).stem
        match = [p for p in found if p.stem == stem or p.stem.split("_", 1)[-1] == stem or p.stem.startswith(stem + "_")]
        if not match:
            raise ParameterError(f"--notebook {name!r}: no such notebook in notebooks/; choose from "
                                 f"{', '.join(p.stem for p in found)}")
        chosen += match
    return chosen


def to_html(nb) -> str:
    """The executed notebook as one standalone page that renders offline (no script or style fetched from the web)."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    exporter.mathjax_url = ""
    exporter.exclude_input_prompt = False
    body, _ = exporter.from_notebook_node(nb)
    import re

    body = re.sub(r'<script[^>]+src="https?://[^"]*"[^>]*>\s*</script>', "", body)
    # the lab template's mermaid loader imports from a CDN; our notebooks draw no mermaid diagrams
    body = re.sub(r'<script type="module">(?:(?!</script>).)*?https?://(?:(?!</script>).)*</script>', "", body, flags=re.S)
    body = re.sub(r'<link[^>]+href="https?://[^"]*"[^>]*>', "", body)
    return body


def run_one(path: str, output_ipynb: str | None, html_path: str | None, parameters: dict[str, Any]) -> Result:
    """Execute one notebook with papermill; write the cleaned notebook and its HTML page atomically."""
    import nbformat
    import papermill as pm

    name = Path(path).stem
    with tempfile.TemporaryDirectory() as tmp:
        executed = Path(tmp) / f"{name}.ipynb"
        try:
            pm.execute_notebook(path, str(executed), parameters=parameters, kernel_name=KERNEL, cwd=str(ROOT),
                                progress_bar=False, log_output=False, request_save_on_cell_execute=False)
        except pm.PapermillExecutionError as error:
            return Result(name, False, error=f"{error.ename}: {error.evalue}", cell=error.exec_count)
        except Exception as error:  # a kernel that died, a notebook that cannot be read: report, do not crash the batch
            return Result(name, False, error=f"{type(error).__name__}: {error}")
        nb = clean_notebook(nbformat.read(executed, as_version=4))
    text = nbformat.writes(nb) + "\n"
    if output_ipynb:
        write_text(output_ipynb, text)
    if html_path:
        write_text(html_path, to_html(nb))
    return Result(name, True, output=output_ipynb or "", html=html_path or "")


def render(names: list[str] | None = None, parameters: dict[str, Any] | None = None, *, output_dir: str | None = None,
           in_place: bool = False, workers: int = 2, progress: bool = True) -> list[Result]:
    """Render notebooks (all by default) two at a time. Returns one Result per notebook."""
    paths = notebook_paths(names)
    parameters = dict(parameters or {})
    if parameters and not output_dir and "output_dir" not in parameters:
        output_dir = str(Path("out") / (paths[0].stem if len(paths) == 1 else "render"))
    if output_dir:
        parameters["output_dir"] = output_dir
    target = (ROOT / parameters["output_dir"]) if "output_dir" in parameters else FIGURES
    jobs = []
    for path in paths:
        output = str(path) if in_place else (str(target / f"{path.stem}.ipynb") if parameters else None)
        html = None if in_place else str(target / f"{path.stem}.html")
        jobs.append((str(path), output, html, parameters))
    results: list[Result] = []
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(jobs), desc="notebooks", unit="nb", file=sys.stderr)
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            results.append(run_one(*job))
            bar and bar.update(1)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(run_one, *job) for job in jobs]
            for future in as_completed(futures):
                results.append(future.result())
                bar and bar.update(1)
    bar and bar.close()
    results.sort(key=lambda r: r.notebook)
    if not in_place and not parameters:
        from .gallery import write_gallery

        write_gallery(FIGURES, results)
    return results


def _parse_value(text: str) -> Any:
    """-p values as papermill reads them: numbers, booleans, None and lists as literals; anything else a string."""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis render", description=__doc__.split("\n\n")[1])
    parser.add_argument("--notebook", "-n", action="append", help="notebook name (01_corpus or corpus); repeatable")
    parser.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("KEY", "VALUE"), default=[],
                        help="parameter value, read as a Python literal when it is one")
    parser.add_argument("-r", "--raw", nargs=2, action="append", metavar=("KEY", "VALUE"), default=[],
                        help="parameter value kept as a string (ids like 0012)")
    parser.add_argument("--output-dir", help="folder for figures and pages (default: figures/, or out/<notebook>/ with -p)")
    parser.add_argument("--in-place", action="store_true", help="re-execute the notebooks in notebooks/ in place")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-progress", action="store_true")
    args = parser.parse_args(argv)
    parameters = {k: _parse_value(v) for k, v in args.parameter}
    parameters.update(dict(args.raw))
    try:
        results = render(args.notebook, parameters, output_dir=args.output_dir, in_place=args.in_place,
                         workers=args.workers, progress=not args.no_progress)
    except ParameterError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    failed = [r for r in results if not r.ok]
    for r in results:
        where = r.output or r.html
        status = "ok    " if r.ok else "FAILED"
        detail = where if r.ok else f"cell {r.cell if r.cell is not None else '?'}: {r.error}"
        print(f"{status} {r.notebook:<20} {os.path.relpath(detail, ROOT) if r.ok and detail else detail}")
    print(f"{len(results) - len(failed)} of {len(results)} notebook(s) rendered" + (f"; {len(failed)} failed" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
