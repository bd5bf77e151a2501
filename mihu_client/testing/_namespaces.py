"""Addressing a mock route the way the code under test calls it: `mock.contacts.get` ↔ `mihu.contacts.get`.

The generated namespace classes record which operation module each method calls (`_operations`); the
module is the operationId in snake case, so both are compared with case and separators ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._routes import Route

__all__ = ["NamespaceRoutes", "loose_key", "namespace_methods", "resource_method_target"]


def loose_key(name: str) -> str:
    """`getContact`, `get_contact` and `get-contact` all become `getcontact`."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def namespace_methods(namespace: str) -> dict[str, str] | None:
    """Method name → operation module name for one namespace of the generated client; None if unknown."""
    from .._generated.api import NAMESPACES
    from .._resource import Resource

    if namespace not in NAMESPACES:
        return None
    module = import_module(f"mihu_client._generated.api.{namespace}")
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, Resource) and value is not Resource:
            operations: dict[str, str] = dict(getattr(value, "_operations", {}))
            return operations
    return None


def resource_method_target(method: Callable[..., Any]) -> str | None:
    """The operation module a bound namespace method (`mihu.contacts.get`) calls, if it is one."""
    from .._resource import Resource

    owner = getattr(method, "__self__", None)
    if not isinstance(owner, Resource):
        return None
    operations: dict[str, str] = getattr(type(owner), "_operations", {})
    return operations.get(getattr(method, "__name__", ""))


class NamespaceRoutes:
    """`mock.contacts`: its attributes are the routes of that namespace's methods."""

    def __init__(self, namespace: str, methods: dict[str, str], route: Callable[[str], Route]) -> None:
        self._namespace = namespace
        self._methods = methods
        self._route = route

    def __getattr__(self, name: str) -> Route:
        if name.startswith("_"):
            raise AttributeError(name)
        target = self._methods.get(name)
        if target is None:
            raise AttributeError(
                f"mihu.{self._namespace} has no method {name!r}; it has {', '.join(sorted(self._methods))}"
            )
        return self._route(target)

    def __dir__(self) -> Iterable[str]:
        return sorted(self._methods)
