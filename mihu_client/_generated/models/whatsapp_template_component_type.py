from enum import StrEnum

from ..types import unknown_enum_member


class WhatsappTemplateComponentType(StrEnum):
    BODY = "BODY"
    BUTTONS = "BUTTONS"
    FOOTER = "FOOTER"
    HEADER = "HEADER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WhatsappTemplateComponentType | None":
        return unknown_enum_member(cls, value, str)
