"""aigraph: news about AI geopolitics -> an RDF knowledge graph with evidence -> queries and graph pages.

A Python user can do everything the CLI does::

    from aigraph import Settings, Workspace, read_sources
    with Workspace.open(Settings.from_env(data_dir="data"), write=True) as ws:
        ws.ingest(read_sources(["data/samples"]))
        print(ws.stats())
"""

__version__ = "0.1.0"

from .config import Settings
from .errors import AigraphError, ExtractionError, IngestError, NotFoundError, QueryError, StoreError
from .ingest import IngestFailure, make_article, normalize_text, read_sources
from .models import Article, Entity, Fact
from .workspace import IngestReport, Workspace

__all__ = [
    "AigraphError", "Article", "Entity", "ExtractionError", "Fact", "IngestError", "IngestFailure",
    "IngestReport", "NotFoundError", "QueryError", "Settings", "StoreError", "Workspace",
    "make_article", "normalize_text", "read_sources", "__version__",
]
