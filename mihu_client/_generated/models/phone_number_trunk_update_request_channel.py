from enum import StrEnum

from ..types import unknown_enum_member


class PhoneNumberTrunkUpdateRequestChannel(StrEnum):
    CALL = "call"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PhoneNumberTrunkUpdateRequestChannel | None":
        return unknown_enum_member(cls, value, str)
