"""Alembic migrations, shipped in the package and run when a journal is opened."""
