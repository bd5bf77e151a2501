from enum import StrEnum

from ..types import unknown_enum_member


class PhoneNumberBuyRequestType(StrEnum):
    LOCAL = "local"
    MOBILE = "mobile"
    NATIONAL = "national"
    TOLL_FREE = "toll_free"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PhoneNumberBuyRequestType | None":
        return unknown_enum_member(cls, value, str)
