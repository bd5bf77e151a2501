from enum import StrEnum


class PhoneNumberTrunkCreateRequestChannel(StrEnum):
    CALL = "call"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)
