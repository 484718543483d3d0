"""The package's two errors. Both are ValueErrors whose message names the file or parameter and says what to do."""


class CorpusError(ValueError):
    """An article file or the corpus metadata cannot be read as it is. The message names the file."""


class ParameterError(ValueError):
    """A notebook or function parameter is wrong. The message names the parameter and what it accepts."""
