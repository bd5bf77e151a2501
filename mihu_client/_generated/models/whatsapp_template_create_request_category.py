from enum import StrEnum

from ..types import unknown_enum_member


class WhatsappTemplateCreateRequestCategory(StrEnum):
    AUTHENTICATION = "AUTHENTICATION"
    MARKETING = "MARKETING"
    UTILITY = "UTILITY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WhatsappTemplateCreateRequestCategory | None":
        return unknown_enum_member(cls, value, str)
