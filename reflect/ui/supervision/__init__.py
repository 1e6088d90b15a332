"""Reflective supervision: people, sharing, packets in, and what was shared with me."""
