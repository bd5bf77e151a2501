from enum import StrEnum

from ..types import unknown_enum_member


class PbxExtensionConnectorItemStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PbxExtensionConnectorItemStatus | None":
        return unknown_enum_member(cls, value, str)
