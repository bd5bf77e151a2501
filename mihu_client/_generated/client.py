"""What generated operations need from a client.

Operations take any object with these two members; `mihu_client.MihuClient` is the one to use. The
generator's own `Client`/`AuthenticatedClient` classes are left out on purpose: calls made through a
bare httpx2 client would skip the retry policy and the typed errors that `MihuClient`'s transport adds.
"""

from typing import Protocol

import httpx2


class ApiClient(Protocol):
    @property
    def strict(self) -> bool:
        """Whether responses that drift from the spec raise instead of being kept as sent."""
        ...

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """The httpx2 client (with the retrying, error-raising transport) that sends every request."""
        ...


__all__ = ["ApiClient"]
