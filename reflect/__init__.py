"""Reflect: a private reflective-practice journal for IECMH home visitors."""

# The one place the version is written. The build copies it into the package metadata
# (pyproject.toml's [tool.hatch.version]); `--version`, Help > About, packets and exports
# read it here, so a checkout, an editable install and a frozen bundle all say the same,
# which the metadata alone would not (an editable install keeps the number it was installed
# with, and a bundle may carry no metadata at all).
__version__ = "0.1.0"
