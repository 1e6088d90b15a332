"""Helpers shared by tests: plain functions and values, no fixtures."""
