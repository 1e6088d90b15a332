"""Reflect: a private reflective-practice journal for IECMH home visitors."""

__version__ = "0.1.0"
