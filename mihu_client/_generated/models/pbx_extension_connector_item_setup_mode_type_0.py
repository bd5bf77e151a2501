from enum import StrEnum


class PbxExtensionConnectorItemSetupModeType0(StrEnum):
    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"

    def __str__(self) -> str:
        return str(self.value)
