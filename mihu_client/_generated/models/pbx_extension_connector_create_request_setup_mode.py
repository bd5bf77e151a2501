from enum import StrEnum

from ..types import unknown_enum_member


class PbxExtensionConnectorCreateRequestSetupMode(StrEnum):
    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PbxExtensionConnectorCreateRequestSetupMode | None":
        return unknown_enum_member(cls, value, str)
