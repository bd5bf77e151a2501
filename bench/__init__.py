"""Benchmarks of mihu-client against raw httpx, pydantic v2 and msgspec (`make bench`)."""
