from enum import StrEnum

from ..types import unknown_enum_member


class ListContactsContactChannel(StrEnum):
    CALL = "Call"
    SMS = "SMS"
    WHATSAPP = "WhatsApp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListContactsContactChannel | None":
        return unknown_enum_member(cls, value, str)
