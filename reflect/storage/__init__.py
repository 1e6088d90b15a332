"""The encrypted journal: SQLCipher through SQLAlchemy, migrations, search and backups."""
