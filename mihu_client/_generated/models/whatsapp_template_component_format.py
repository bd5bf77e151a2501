from enum import StrEnum

from ..types import unknown_enum_member


class WhatsappTemplateComponentFormat(StrEnum):
    DOCUMENT = "DOCUMENT"
    IMAGE = "IMAGE"
    TEXT = "TEXT"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WhatsappTemplateComponentFormat | None":
        return unknown_enum_member(cls, value, str)
