from enum import StrEnum

from ..types import unknown_enum_member


class WhatsappTemplateButtonType(StrEnum):
    COPY_CODE = "COPY_CODE"
    PHONE_NUMBER = "PHONE_NUMBER"
    QUICK_REPLY = "QUICK_REPLY"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WhatsappTemplateButtonType | None":
        return unknown_enum_member(cls, value, str)
