"""The data models, by class name: `from mihu_client.models import PbxExtensionConnectorItem`.

Every model is generated from the OpenAPI snapshot into `mihu_client._generated.models`; this module
is their stable public address. Nothing is imported until a name is looked up, so `import
mihu_client` stays light however large the spec grows.
"""

from typing import TYPE_CHECKING, Any

from ._generated import models as _models

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    return getattr(_models, name)


def __dir__() -> list[str]:
    return dir(_models)


__all__ = _models.__all__  # pyright: ignore[reportUnsupportedDunderAll]
