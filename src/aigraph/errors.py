"""Domain errors. Library code raises these; the CLI turns them into one-line messages."""


class AigraphError(Exception):
    """Base class of every error aigraph reports to a user."""


class IngestError(AigraphError):
    """A source could not be read or holds no usable article text."""


class ExtractionError(AigraphError):
    """The language pipeline could not be loaded or run."""


class StoreError(AigraphError):
    """The article database or the RDF store could not be opened or written."""


class QueryError(AigraphError):
    """A SPARQL query is invalid, refused, or failed to run."""


class NotFoundError(AigraphError):
    """An article, entity or saved query does not exist."""
