"""Figures are byte-identical on rerun, written atomically, with a sidecar for the gallery."""
import json

import matplotlib.pyplot as plt

import analysis
from analysis import anatomy, figures
from conftest import SEEDS


def _draw():
    corpus = analysis.load_corpus(SEEDS)
    fig, title, finding, alt = anatomy.plot_anatomy(anatomy.anatomy(corpus), source="Source: test")
    return fig, title, finding, alt


def test_same_input_same_bytes(tmp_path):
    outputs = []
    for run in ("a", "b"):
        fig, title, finding, alt = _draw()
        saved = figures.save_figure(fig, "anatomy", tmp_path / run, title=title, finding=finding, alt=alt,
                                    source="Source: test", parameters={"x": 1})
        outputs.append({p.name: p.read_bytes() for p in (tmp_path / run).iterdir()})
        assert saved._repr_png_().startswith(b"\x89PNG") and saved._repr_svg_() is None
    assert outputs[0] == outputs[1]
    svg = outputs[0]["anatomy.svg"].decode()
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert b"Software" not in outputs[0]["anatomy.png"]
    meta = json.loads(outputs[0]["anatomy.json"])
    assert meta["title"].startswith("The story itself is") and meta["alt"] and meta["parameters"] == {"x": 1}
    assert not [p for p in (tmp_path / "a").iterdir() if p.name.endswith(".tmp")]
    assert not plt.get_fignums()


def test_anatomy_counts_parts(seed):
    table = anatomy.anatomy(analysis.load_corpus(SEEDS))
    row = table.iloc[0]
    assert row["headline"] == 8 and row["body"] > 500 and row["boilerplate"] > 0
    assert 0.9 < row["story_share"] < 1
    parts = anatomy.parts_table(seed)
    assert parts["part"].value_counts()["body"] == 12
    assert list(parts.loc[parts["part"] == "photo credit", "text"]) == ["Alex Wong/Getty Images"]
