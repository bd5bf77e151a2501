from enum import StrEnum

from ..types import unknown_enum_member


class PhoneNumberTrunkCreateRequestDirection(StrEnum):
    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PhoneNumberTrunkCreateRequestDirection | None":
        return unknown_enum_member(cls, value, str)
