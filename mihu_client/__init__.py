"""Async Python SDK for the Mihu (Mindhunters) platform API."""

__version__ = "0.1.0"
