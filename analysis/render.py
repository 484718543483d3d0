"""Run the notebooks with papermill's Python API (two at a time), and publish them.

``python -m analysis render`` (and ``make figures``) executes every notebook in ``notebooks/`` with its default
parameters, writes its figures to ``figures/`` with the executed notebook as a standalone HTML page, and rebuilds the
gallery ``figures/index.html``. With ``-p key value`` it renders into its own folder (``out/<notebook>/`` unless
``--output-dir`` says otherwise), leaving the published figures alone. ``--in-place`` re-executes the committed
notebooks so their stored outputs are current (``make notebooks``).

Kill safety: a notebook's figures, page and executed copy are first written to a staging folder under ``.cache/render/``
(``analysis.figures.save_figure`` follows ``ANALYSIS_FIGURES_STAGING``); only when the notebook has run to the end are
they renamed into place, followed by the gallery (written to a temporary name and renamed). A render killed while
notebooks run leaves the published folder exactly as it was; the next render removes the abandoned staging folder.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jupyter_client import AsyncKernelManager
from traitlets import default

from .errors import ParameterError
from .figures import STAGING_ENV, write_text
from .params import ROOT, unknown_parameters

NOTEBOOKS = ROOT / "notebooks"
FIGURES = ROOT / "figures"
STAGING = ROOT / ".cache" / "render"
FAILED = ROOT / "out" / "failed"
TEMPLATES = Path(__file__).parent / "data" / "templates"
KERNEL = "python3"
#: Metadata that changes from run to run (timings, paths) and is removed from executed notebooks.
VOLATILE_CELL_METADATA = ("papermill", "execution", "ExecuteTime", "collapsed", "scrolled")
#: Order in which a notebook's staged files are renamed into place: images before the sidecars that point at them,
#: pages last, so a reader of the folder never finds a sidecar without its image.
PUBLISH_ORDER = {".png": 0, ".svg": 0, ".json": 1, ".html": 2, ".ipynb": 3}


class LocalKernelManager(AsyncKernelManager):
    """A kernel spoken to over local (IPC) sockets: no TCP port, no plain-text-over-TCP warning on every run.

    Each kernel gets its own socket path: jupyter_client's default for IPC is ``kernel-ipc`` in the working
    directory, which two kernels started side by side in the project folder would share."""

    @default("transport")
    def _default_transport(self):
        return "ipc"

    #: Folder for the socket files, set by ``run_one`` for the notebook it runs (a short path: sockets have a limit).
    socket_dir = ""

    @default("ip")
    def _default_ip(self):
        return os.path.join(self.socket_dir or tempfile.mkdtemp(prefix="analysis-kernel-"), "kernel-ipc")

    async def _async_interrupt_kernel(self) -> None:
        """No interrupt on the way out: jupyter_client interrupts every kernel it shuts down, and a kernel interrupted
        while idle logs "ERROR | KeyboardInterrupt caught in kernel" under a render that went well. The shutdown
        request that follows stops the kernel (and a kernel that ignores it is killed), so nothing is lost."""
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()


@dataclass
class Result:
    """What happened to one notebook. On failure: ``cell`` is the execution count (``In [n]``), ``cell_index`` the
    position of the failing cell in the notebook (1-based), ``source`` its first line, ``error`` "Type: message"."""

    notebook: str
    ok: bool
    output: str = ""
    html: str = ""
    error: str = ""
    cell: int | None = None
    cell_index: int | None = None
    source: str = ""
    saved: str = ""
    files: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        """One line for the end-of-render report."""
        if self.ok:
            where = self.html or self.output
            return f"ok     {self.notebook:<20} {self.seconds:5.1f} s  {_rel(where) if where else ''}".rstrip()
        where = []
        if self.cell_index is not None:
            where.append(f"cell {self.cell_index}" + (f" (In [{self.cell}])" if self.cell is not None else ""))
        if self.source:
            where.append(f"`{self.source}`")
        line = f"FAILED {self.notebook:<20} {' '.join(where) + ': ' if where else ''}{self.error}"
        if self.saved:
            line += f"\n       {'':<20} executed notebook with the traceback: {_rel(self.saved)}"
        return line


def _rel(path: str) -> str:
    try:
        return os.path.relpath(path, ROOT) if Path(path).resolve().is_relative_to(ROOT) else path
    except ValueError:
        return path


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
        # the kernel flushes a print in one message or in two, as it happens: consecutive pieces of one stream are
        # one output (nbconvert's coalescing), so the same run gives the same notebook and page
        outputs = []
        for output in cell.get("outputs", []):
            if (output.get("output_type") == "stream" and outputs and outputs[-1].get("output_type") == "stream"
                    and outputs[-1].get("name") == output.get("name")):
                outputs[-1]["text"] = "".join(outputs[-1]["text"]) + "".join(output["text"])
            else:
                outputs.append(output)
        if "outputs" in cell:
            cell["outputs"] = outputs
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
        chosen += [p for p in match if p not in chosen]
    return chosen


def declared_parameters(path: Path) -> list[str]:
    """The names a notebook's ``parameters`` cell assigns (what ``-p``/``-r`` may set in it)."""
    import nbformat

    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            tree = ast.parse(cell.source)
            targets = [t for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
                       for t in (node.targets if isinstance(node, ast.Assign) else [node.target])]
            return [t.id for t in targets if isinstance(t, ast.Name)]
    return []


def to_html(nb) -> str:
    """The executed notebook as one standalone page that renders offline.

    nbconvert's ``lab`` page with the template ``analysis/data/templates/offline``, which empties the blocks that load
    require.js, MathJax, mermaid and widget scripts from a CDN and puts each figure's alt text (output metadata written
    by ``figures.save_figure``) on its ``<img>``.
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="offline", extra_template_basedirs=[str(TEMPLATES)])
    exporter.exclude_input_prompt = False
    body, _ = exporter.from_notebook_node(nb)
    return body


def run_one(path: str, stage: str, parameters: dict[str, Any], keep_notebook: bool, html: bool) -> Result:
    """Execute one notebook with papermill, writing everything it publishes into ``stage`` (figures through
    ``ANALYSIS_FIGURES_STAGING``, then ``<name>.html`` and, when ``keep_notebook``, ``<name>.ipynb``)."""
    import nbformat
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    started = time.perf_counter()
    name = Path(path).stem
    stage_dir = Path(stage)
    stage_dir.mkdir(parents=True, exist_ok=True)
    executed = stage_dir / f".{name}.executed.ipynb"
    before = os.environ.get(STAGING_ENV)
    os.environ[STAGING_ENV] = str(stage_dir)  # inherited by the kernel papermill starts
    sockets = tempfile.TemporaryDirectory(prefix="analysis-kernel-")
    LocalKernelManager.socket_dir = sockets.name
    try:
        pm.execute_notebook(path, str(executed), parameters=parameters, kernel_name=KERNEL, cwd=str(ROOT),
                            progress_bar=False, log_output=False, request_save_on_cell_execute=False,
                            kernel_manager_class=LocalKernelManager)
    except PapermillExecutionError as error:
        saved = _keep_failed(executed, name)
        cells = nbformat.read(executed, as_version=4).cells if executed.exists() else []
        # papermill's index counts its injected-parameters cell, which the notebook a person opens does not have
        # (the error banners papermill adds to the saved copy are not counted by it either)
        cells = [c for c in cells if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]
        injected = sum("injected-parameters" in c.metadata.get("tags", []) for c in cells[:error.cell_index])
        lines = (error.source or "").strip().splitlines()
        return Result(name, False, error=f"{error.ename}: {error.evalue}", cell=error.exec_count,
                      cell_index=error.cell_index + 1 - injected, source=lines[0][:80] if lines else "", saved=saved)
    except Exception as error:  # a kernel that died, a notebook that cannot be read: report, do not crash the batch
        return Result(name, False, error=f"{type(error).__name__}: {error}", saved=_keep_failed(executed, name))
    finally:
        LocalKernelManager.socket_dir = ""
        sockets.cleanup()
        if before is None:
            os.environ.pop(STAGING_ENV, None)
        else:
            os.environ[STAGING_ENV] = before
    nb = clean_notebook(nbformat.read(executed, as_version=4))
    executed.unlink()
    if keep_notebook:
        write_text(stage_dir / f"{name}.ipynb", nbformat.writes(nb) + "\n")
    if html:
        write_text(stage_dir / f"{name}.html", to_html(nb))
    return Result(name, True, files=sorted(p.name for p in stage_dir.iterdir() if not p.name.startswith(".")),
                  seconds=time.perf_counter() - started)


def _keep_failed(executed: Path, name: str) -> str:
    """Copy the executed notebook of a failed run (with its traceback) to ``out/failed/`` for reading."""
    if not executed.exists():
        return ""
    FAILED.mkdir(parents=True, exist_ok=True)
    target = FAILED / f"{name}.ipynb"
    shutil.copyfile(executed, target)
    return str(target)


def publish(stage: Path, target: Path, result: Result, notebook: Path | None = None) -> None:
    """Rename a notebook's staged files into ``target`` (its executed copy onto ``notebook`` when given), then remove
    figures of that notebook which it no longer makes (a renamed chart must not linger in the gallery)."""
    target.mkdir(parents=True, exist_ok=True)
    made = set()
    for name in sorted(result.files, key=lambda n: (PUBLISH_ORDER.get(Path(n).suffix, 1), n)):
        destination = notebook if (notebook and name == f"{result.notebook}.ipynb") else target / name
        os.replace(stage / name, destination)
        made.add(name)
        if name == f"{result.notebook}.html":
            result.html = str(destination)
        elif name.endswith(".ipynb"):
            result.output = str(destination)
    for sidecar in sorted(target.glob(f"{result.notebook}_*.json")):
        if sidecar.name in made:
            continue
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(meta, dict) and "png" in meta:  # a figure sidecar, not some other JSON
            for key in ("png", "svg"):
                if meta.get(key):
                    (target / Path(str(meta[key])).name).unlink(missing_ok=True)
            sidecar.unlink()


def _clear_abandoned_staging() -> None:
    """Remove staging folders left by renders that were killed (their process is gone)."""
    if not STAGING.is_dir():
        return
    for folder in STAGING.iterdir():
        pid = folder.name.split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def render(names: list[str] | None = None, parameters: dict[str, Any] | None = None, *, output_dir: str | None = None,
           in_place: bool = False, workers: int = 2, progress: bool = True) -> list[Result]:
    """Render notebooks (all by default) two at a time and publish what ran to the end. One Result per notebook.

    With no parameters the notebooks run as committed and publish into ``figures/`` (or ``output_dir``). With
    parameters they get ``output_dir`` too (default ``out/<notebook>/``), injected by papermill.
    """
    paths = notebook_paths(names)
    parameters = dict(parameters or {})
    given = bool(parameters)
    # each notebook gets the parameters it declares ('-r known_times x' for all five failed the four without it);
    # a name none of them declares stops the render before any notebook runs
    declared = {path: set(declared_parameters(path)) for path in paths}
    unknown = sorted(set(parameters) - set().union(*declared.values()))
    if unknown:
        takes = (f"the notebook {paths[0].stem} takes" if len(paths) == 1 else
                 f"the notebooks {', '.join(p.stem for p in paths)} take")
        raise ParameterError(unknown_parameters(unknown, set().union(*declared.values()), takes))
    if parameters and not output_dir and "output_dir" not in parameters:
        output_dir = str(Path("out") / (paths[0].stem if len(paths) == 1 else "render"))
    if output_dir:  # (also without -p: the sidecars and the gallery said output_dir='figures' of figures put elsewhere)
        parameters["output_dir"] = output_dir
    target = Path(parameters.get("output_dir") or output_dir or FIGURES)
    target = target if target.is_absolute() else ROOT / target
    _clear_abandoned_staging()
    STAGING.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=STAGING))
    jobs = {path: (str(path), str(staging / path.stem), {k: v for k, v in parameters.items() if k in declared[path]},
                   in_place or given, not in_place)
            for path in paths}
    results: list[Result] = []
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(jobs), desc="notebooks", unit="nb", file=sys.stderr)

    def done(result: Result) -> None:
        if result.ok:
            publish(staging / result.notebook, target, result, NOTEBOOKS / f"{result.notebook}.ipynb" if in_place else None)
        results.append(result)
        if bar:
            bar.set_postfix_str(f"{result.notebook} {'ok' if result.ok else 'FAILED'}")
            bar.update(1)

    try:
        if workers <= 1 or len(jobs) <= 1:
            for job in jobs.values():
                done(run_one(*job))
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                futures = {pool.submit(run_one, *job): path for path, job in jobs.items()}
                for future in as_completed(futures):
                    try:
                        result = future.result()
                    except Exception as error:  # the worker process itself died
                        result = Result(futures[future].stem, False, error=f"{type(error).__name__}: {error}")
                    done(result)
    finally:
        if bar:
            bar.close()
        shutil.rmtree(staging, ignore_errors=True)
    results.sort(key=lambda r: r.notebook)
    from .gallery import write_gallery

    if any(r.ok for r in results) or (target / "index.html").exists():  # a render where all failed writes nothing
        write_gallery(target, results)
    return results


def _parse_value(text: str) -> Any:
    """-p values as papermill reads them: numbers, booleans, None and lists as literals; anything else a string."""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def report(results: list[Result]) -> str:
    """The end-of-render summary: a line per notebook, then the count (and which failed, where, with what error)."""
    failed = [r for r in results if not r.ok]
    lines = [r.summary() for r in results]
    lines.append(f"{len(results) - len(failed)} of {len(results)} notebook(s) rendered"
                 + (f"; FAILED: {', '.join(r.notebook for r in failed)}" if failed else ""))
    return "\n".join(lines)


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
    print(report(results))
    return 1 if any(not r.ok for r in results) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
