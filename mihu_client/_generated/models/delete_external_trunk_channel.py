from enum import StrEnum


class DeleteExternalTrunkChannel(StrEnum):
    CALL = "call"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)
