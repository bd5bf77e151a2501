from enum import StrEnum


class PbxExtensionConnectorItemSetupModeType3Type1(StrEnum):
    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"

    def __str__(self) -> str:
        return str(self.value)
