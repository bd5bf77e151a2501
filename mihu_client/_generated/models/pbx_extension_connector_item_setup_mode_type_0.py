from enum import StrEnum

from ..types import unknown_enum_member


class PbxExtensionConnectorItemSetupModeType0(StrEnum):
    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PbxExtensionConnectorItemSetupModeType0 | None":
        return unknown_enum_member(cls, value, str)
