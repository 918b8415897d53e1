"""HTTP API and web pages over a parley database (``parley serve``).

``app.create_app`` builds a FastAPI application around one ``Store``: JSON
endpoints under ``/api`` (``routes.py``) and server-rendered pages (``views.py``,
``templates/``, ``static/``), both calling the same library queries as the CLI
(``parley.store.queries`` and ``parley.store.browse``). Errors are JSON with a
stable code (or an HTML page for the pages); the server is read-only unless
started with ``--allow-ingest`` and fetches nothing unless ``--allow-fetch``.
"""

from __future__ import annotations

from parley.api.app import Settings, create_app

__all__ = ["Settings", "create_app"]
