"""Domain errors, each with a message a user can act on (in Dutch: users read them)."""

from __future__ import annotations


class AssistantError(Exception):
    """Base class: `str(error)` is the Dutch message shown to the user."""


class IndexNotBuiltError(AssistantError):
    def __init__(self, index_dir: str) -> None:
        super().__init__(
            f"Er is nog geen index in '{index_dir}'. Bouw die eerst met "
            f"'python -m assistant build' (of start de app met 'make run')."
        )


class IndexBusyError(AssistantError):
    def __init__(self, index_dir: str) -> None:
        super().__init__(
            f"Er loopt al een build van de index in '{index_dir}'. Wacht tot die klaar is "
            "en probeer het daarna opnieuw."
        )


class DocumentError(AssistantError):
    """A document could not be read; the others are still indexed."""

    def __init__(self, path: str, problem: str, advice: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem} {advice}")


class ManifestError(AssistantError):
    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"Het manifest '{path}' klopt niet: {problem}")


class QuestionError(AssistantError):
    """The question itself cannot be answered as given (empty, absurdly long, ...)."""


class SettingsError(AssistantError):
    pass


class NothingReadError(AssistantError):
    """No document of the corpus could be read: the index in use is kept."""

    def __init__(self, count: int, problems: list[Exception]) -> None:
        first = f" Eerste melding: {problems[0]}" if problems else ""
        super().__init__(
            f"Geen van de {count} documenten kon verwerkt worden; de index die in gebruik is "
            f"blijft ongewijzigd.{first}"
        )
