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


def test_anatomy_labels_stay_inside_their_segments(tmp_path):
    # a headline of 7% of the words was labelled "Headline 7%", wider than its segment and cut by the next one
    body = ("The city council approved the budget on Tuesday after a debate that lasted into the night, and "
            "residents who had spoken against the cuts to library hours left the chamber before the final vote. ")
    (tmp_path / "short.txt").write_text("Council approves budget after long night of debate\n\n" + body * 3
                                        + "\n\nBy Dana Whitfield\n")
    (tmp_path / "long.txt").write_text("Budget passes\n\n" + body * 6)
    corpus = analysis.load_corpus(tmp_path)
    fig, title, finding, alt = anatomy.plot_anatomy(anatomy.anatomy(corpus))
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    bars = [(patch.get_x(), patch.get_x() + patch.get_width(), patch.get_y() + patch.get_height() / 2)
            for patch in ax.patches if patch.get_width() > 0]
    labels = [t for t in ax.texts if t.get_text()]
    assert any(t.get_text() == "Body\n" + t.get_text().split("\n")[-1] for t in labels)  # room: name and share
    for text in labels:
        x, y = text.get_position()
        [(left, right)] = [(a, b) for a, b, middle in bars if a < x < b and abs(middle - y) < 0.01]
        box = text.get_window_extent(renderer).transformed(ax.transData.inverted())
        assert left <= box.x0 and box.x1 <= right, (text.get_text(), left, right, box)
    plt.close(fig)


def test_a_long_title_is_wrapped_to_the_figure():
    # a title longer than the figure ran off its right edge, and the saved image grew to hold it
    figures.apply_style()
    fig, ax = plt.subplots(figsize=(7.5, 3))
    ax.plot([0, 1], [1, 0])
    title = ("“Sonoma County Sheriff Mark Ellis says at a briefing” came between 6 hours before and 19 hours after "
             "“Governor Ana Ruiz declares a state of emergency”")
    figures.frame(fig, title, "A subtitle", "Source: test")
    [shown] = [t for t in fig.texts if t.get_text().replace("\n", " ") == title]
    right = shown.get_window_extent(fig.canvas.get_renderer()).x1
    plt.close(fig)
    assert "\n" in shown.get_text() and right <= fig.bbox.x1
    lines = shown.get_text().splitlines()
    assert min(map(len, lines)) > 0.5 * max(map(len, lines))  # even lines, no word alone on the last


def test_the_anatomy_title_never_rounds_boilerplate_away_and_names_a_corpus(tmp_path):
    # two articles: one all story, one with a short sign-off (boilerplate) under a long body
    body = " ".join(["The council approved the budget after a long debate on Tuesday."] * 120)
    (tmp_path / "a.txt").write_text(f"Council passes budget\n\n{body}\n\nMore coverage at the paper's website.\n")
    (tmp_path / "b.txt").write_text(f"Budget passes\n\n{body}\n")
    frame = anatomy.anatomy(analysis.load_corpus(tmp_path))
    story = frame[["headline", "dek", "captions", "body"]].sum().sum()
    fig, title, finding, alt = anatomy.plot_anatomy(frame)
    plt.close(fig)
    assert frame["boilerplate"].sum() > 0 and 0.995 <= story / frame["total"].sum() < 1
    assert title == "Across 2 articles, the story itself is over 99% of the words" and "over 99%" in finding


def test_an_article_that_quotes_no_one_still_gets_both_voices_charts():
    # the voices notebook on a story without quotes or attributions (a BBC-style explainer) drew nothing but an error
    from analysis import voices

    a = analysis.load_article("Rates unchanged\n\nThe bank kept its main rate at 4%.\n\nInflation is near its target.",
                              published="2024-01-02")
    assert analysis.sources(a).empty
    fig, title, finding, alt = voices.plot_speakers(analysis.sources(a), source="Source: test")
    assert title == "No one is quoted directly" and "No quotes" in fig.axes[0].texts[0].get_text()
    plt.close(fig)
    fig, title, finding, alt = voices.plot_sourcing(voices.sourcing_table(analysis.quotes(a)), source="Source: test")
    assert title == "No attributions found"
    plt.close(fig)


def test_the_voices_charts_say_articles_when_they_sum_a_corpus():
    from analysis import voices

    a = analysis.load_article("Rates unchanged\n\nThe bank kept its main rate at 4%, its governor said.\n\nInflation "
                              "is near its target.", published="2024-01-02")
    table = voices.sourcing_table(analysis.quotes(a))
    for corpus, words in ((True, "Who the articles' statements"), (False, "Who the article's statements")):
        fig, title, finding, alt = voices.plot_sourcing(table, source="Source: test", corpus=corpus)
        assert any(t.get_text().startswith(words) for t in fig.texts)
        plt.close(fig)
