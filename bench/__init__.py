"""Benchmarks of mihu-client against raw httpx2, pydantic v2 and msgspec (`make bench`)."""
