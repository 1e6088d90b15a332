"""Supervision packets, exports and imports: files in, files out."""
