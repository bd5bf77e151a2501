"""Operation modules by tag: `from mihu_client.api import contacts`, then
`await contacts.list_contacts.asyncio(client=mihu, page=2)`.

The generated functions live in `mihu_client._generated.api`; this module is their stable public
address. Tags and operations load on first access. Most code wants the namespaces on the client
instead (`await mihu.contacts.list(page=2)`); these functions are what those methods call.
"""

from typing import TYPE_CHECKING, Any

from ._generated import api as _api

if TYPE_CHECKING:
    from ._generated.api import *  # noqa: F403


def __getattr__(name: str) -> Any:
    return getattr(_api, name)


def __dir__() -> list[str]:
    return list(_api.__all__)


__all__ = _api.__all__  # pyright: ignore[reportUnsupportedDunderAll]
