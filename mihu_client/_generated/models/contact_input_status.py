from enum import StrEnum

from ..types import unknown_enum_member


class ContactInputStatus(StrEnum):
    ACTIVE = "Active"
    INACTIVE = "Inactive"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ContactInputStatus | None":
        return unknown_enum_member(cls, value, str)
