from enum import StrEnum


class ListContactsContactChannel(StrEnum):
    CALL = "Call"
    SMS = "SMS"
    WHATSAPP = "WhatsApp"

    def __str__(self) -> str:
        return str(self.value)
