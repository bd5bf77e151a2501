from enum import StrEnum

from ..types import unknown_enum_member


class ContactBlacklistRequestType(StrEnum):
    BOTH = "Both"
    EMAIL = "Email"
    PHONE = "Phone"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ContactBlacklistRequestType | None":
        return unknown_enum_member(cls, value, str)
