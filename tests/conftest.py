from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ID = "000_9c154d11e121030f"
ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="session")
def seed():
    import analysis

    return analysis.load_corpus(SEEDS)[SEED_ID]


@pytest.fixture(scope="session")
def corpus():
    import analysis

    return analysis.load_corpus(SEEDS)
