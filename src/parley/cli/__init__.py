"""Command-line adapter: ``parley analyze | ingest | demo | stats | eval``."""
