"""Small parts used by several features."""
