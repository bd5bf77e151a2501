from enum import StrEnum

from ..types import unknown_enum_member


class WhatsappTemplateCategory(StrEnum):
    AUTHENTICATION = "AUTHENTICATION"
    MARKETING = "MARKETING"
    UTILITY = "UTILITY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WhatsappTemplateCategory | None":
        return unknown_enum_member(cls, value, str)
