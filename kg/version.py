"""The version of kg: recorded in every build's provenance and in its records."""

__version__ = "0.1.0"
