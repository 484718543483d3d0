"""Notebook parameters are checked by the package: unknown names, wrong types, ids that leave the corpus, bad outputs."""
import pytest

import analysis
from conftest import SEED_ID


def params(**changes):
    base = {"corpus_dir": "seeds", "article_id": SEED_ID, "output_dir": "figures", "fig_format": "png",
            "analysis": analysis}  # modules in the namespace are not parameters
    base.update(changes)
    return base


def test_defaults_load_the_article():
    p = analysis.validate_parameters(params())
    assert p.article.id == SEED_ID and len(p.corpus) == 1 and p.parameters["fig_format"] == "png"


@pytest.mark.parametrize("changes, message", [
    ({"nonexistent": 1}, "unknown parameter.*'nonexistent'"),
    ({"article_id": 12}, "'article_id' must be str.*-r"),
    ({"fig_format": "gif"}, "'fig_format' must be one of png, svg"),
    ({"article_id": "../etc/passwd"}, "'article_id'.*never a path"),
    ({"article_id": "/etc/passwd"}, "'article_id'.*never a path"),
    ({"article_id": "no_such_article"}, "no article 'no_such_article'"),
    ({"corpus_dir": "nowhere"}, "'corpus_dir'.*not a folder"),
    ({"output_dir": "seeds/out"}, "'output_dir'.*inside the corpus"),
])
def test_bad_parameters_are_named(changes, message):
    with pytest.raises(analysis.ParameterError, match=message):
        analysis.validate_parameters(params(**changes))


def test_unwritable_output_dir(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(analysis.ParameterError, match="'output_dir': cannot write"):
        analysis.validate_parameters(params(output_dir=str(blocker / "sub")))


def test_missing_parameter():
    namespace = params()
    del namespace["fig_format"]
    with pytest.raises(analysis.ParameterError, match="missing parameter.*fig_format"):
        analysis.validate_parameters(namespace)


def test_extra_parameters_of_a_notebook():
    p = analysis.validate_parameters(params(proposition=None), extra={"proposition": ((str, type(None)), "claim")})
    assert p.proposition is None
    with pytest.raises(analysis.ParameterError, match="'proposition' must be str or None"):
        analysis.validate_parameters(params(proposition=3), extra={"proposition": ((str, type(None)), "claim")})


@pytest.mark.parametrize("changes, message", [
    ({"corpus_dir": ""}, "'corpus_dir' is empty"),  # was the project root: requirements.txt read as an article
    ({"output_dir": " "}, "'output_dir' is empty"),  # was the project root: figures written beside the Makefile
])
def test_empty_folders_are_refused(changes, message):
    with pytest.raises(analysis.ParameterError, match=message):
        analysis.validate_parameters(params(**changes))


@pytest.mark.parametrize("typed", [SEED_ID + ".txt", SEED_ID.upper(), " " + SEED_ID, SEED_ID[:-1]])
def test_a_near_miss_article_id_names_the_id_meant(typed):
    with pytest.raises(analysis.ParameterError, match=f"no article .*did you mean '{SEED_ID}'"):
        analysis.validate_parameters(params(article_id=typed))


def test_a_bad_file_in_the_corpus_names_the_parameter_and_the_file(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a1.txt").write_text("Council approves budget\n\nThe council approved the budget on Tuesday.\n")
    (corpus / "blank.txt").write_text("\n  \n")
    with pytest.raises(analysis.CorpusError) as info:
        analysis.validate_parameters(params(corpus_dir=str(corpus), article_id="a1"))
    message = str(info.value)
    assert message.startswith("parameter 'corpus_dir'") and "blank.txt" in message and "empty" in message
    assert "errors='skip'" not in message  # the loader's option, which a notebook cannot pass
    assert "point corpus_dir at a folder without them" in message


def test_validation_writes_nothing(tmp_path):
    # a notebook stopped by a bad parameter left an empty output folder; a good one gets it from its first figure
    out = tmp_path / "out" / "figures"
    with pytest.raises(analysis.ParameterError):
        analysis.validate_parameters(params(output_dir=str(out), article_id="no_such_article"))
    assert not (tmp_path / "out").exists()
    p = analysis.validate_parameters(params(output_dir=str(out)))
    assert p.output_path == out and not (tmp_path / "out").exists()
