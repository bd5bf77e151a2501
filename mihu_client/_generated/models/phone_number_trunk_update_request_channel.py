from enum import StrEnum


class PhoneNumberTrunkUpdateRequestChannel(StrEnum):
    CALL = "call"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)
