"""Supervision hours toward endorsement: the log, progress and exports."""
