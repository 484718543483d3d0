"""Notebooks run under papermill with their parameters checked by the package."""
import subprocess
import sys

import pandas as pd
import pytest

import analysis

from conftest import ROOT


def test_papermill_refuses_unknown_parameter(tmp_path):
    out = tmp_path / "out.ipynb"
    result = subprocess.run(
        [sys.executable, "-m", "papermill", str(ROOT / "notebooks" / "01_corpus.ipynb"), str(out), "-k", "python3",
         "--cwd", str(ROOT), "-p", "nonexistent", "1", "-p", "output_dir", str(tmp_path / "figs")],
        capture_output=True, text=True)
    assert result.returncode != 0
    assert "ParameterError" in result.stderr + result.stdout
    assert "unknown parameter(s) 'nonexistent'" in result.stderr + result.stdout


def test_render_with_parameters_goes_to_its_own_folder(tmp_path):
    from analysis import render

    results = render.render(["01_corpus"], {"fig_format": "svg"}, output_dir=str(tmp_path / "r"), progress=False)
    assert [r.ok for r in results] == [True]
    assert (tmp_path / "r" / "01_corpus_anatomy.svg").exists() and (tmp_path / "r" / "01_corpus.html").exists()
    html = (tmp_path / "r" / "01_corpus.html").read_text()
    assert "cdnjs" not in html and "https://cdn" not in html and 'src="http' not in html


def test_render_reports_the_failing_cell(tmp_path):
    from analysis import render

    results = render.render(["01_corpus"], {"article_id": "missing"}, output_dir=str(tmp_path / "r"), progress=False)
    assert not results[0].ok and "ParameterError" in results[0].error and results[0].cell is not None


def test_timeline_pair_falls_back_to_the_story_span_only_for_the_example(seed):
    from analysis import ParameterError, timeline

    example = ("parliament vote", "Pentagon denial")
    assert timeline.pick_events(seed, *example, example=example)[2] == ""  # the seed names both
    first, second, note = timeline.pick_events(seed, None, None)
    table = timeline.events(seed).set_index("event")
    assert first != second and "story's span" in note and first in note and second in note
    known = lambda column: [t for t in table[column] if not pd.isna(t)]  # noqa: E731 (an event may be unbounded)
    assert table.at[first, "earliest"] == min(known("earliest")) and table.at[second, "latest"] == max(known("latest"))
    with pytest.raises(ParameterError, match="from_event"):  # a name the user typed must name an event
        timeline.pick_events(seed, "coronation", "Pentagon denial", example=example)
    lone = analysis.load_article("Senate passes bill\n\nThe Senate voted on Tuesday to pass the bill, officials said.",
                                 published="2023-05-03", timezone="UTC")
    first, second, note = timeline.pick_events(lone, *example, example=example)  # one event: charted, no gap
    assert first == "e1" and second is None and "a gap needs two" in note


def test_a_print_flushed_in_two_pieces_is_one_output():
    # the kernel sends a print as one stream message or two, as it happens; the published page and notebook must not
    # depend on that (03_voices.html differed between two runs of make figures)
    import nbformat
    from analysis import render

    cell = nbformat.v4.new_code_cell("print('x')")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="Of 16 attributions."),
                    nbformat.v4.new_output("stream", name="stdout", text="\n"),
                    nbformat.v4.new_output("stream", name="stderr", text="warning\n")]
    nb = render.clean_notebook(nbformat.v4.new_notebook(cells=[cell]))
    assert [(o.name, o.text) for o in nb.cells[0].outputs] == [("stdout", "Of 16 attributions.\n"),
                                                               ("stderr", "warning\n")]


def test_the_voices_notebook_charts_a_whole_corpus_from_extract(tmp_path):
    # article_id None: the quotes of every article (through extract, cached), the charts titled for the corpus
    import json
    import shutil

    from analysis import render

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "seeds" / "000_9c154d11e121030f.txt", corpus)
    shutil.copy(ROOT / "tests" / "articles" / "voices_quote_first_lede.txt", corpus)
    results = render.render(["03_voices"], {"corpus_dir": str(corpus), "article_id": None, "fig_format": "svg"},
                            output_dir=str(tmp_path / "r"), progress=False)
    assert [r.ok for r in results] == [True], results[0].error
    meta = json.loads((tmp_path / "r" / "03_voices_speakers.json").read_text())
    assert meta["source"] == f"Source: 2 articles in {corpus}"
    page = (tmp_path / "r" / "03_voices.html").read_text()
    assert "looking at all of them" in page and "voices_quote_first_lede" in page
    # the chart's leading voice is the one with the most quoted words over both articles' quotes
    both = pd.concat([analysis.quotes(analysis.load_article(f)) for f in sorted(corpus.iterdir())], ignore_index=True)
    leader = analysis.sources(None, quotes_frame=both).iloc[0]["source"]
    assert meta["title"].lower().startswith(f"{leader.lower()} has ")
    # a notebook that charts one article only still refuses None
    refused = render.render(["05_claims"], {"corpus_dir": str(corpus), "article_id": None},
                            output_dir=str(tmp_path / "s"), progress=False)
    assert not refused[0].ok and "must be str" in refused[0].error
