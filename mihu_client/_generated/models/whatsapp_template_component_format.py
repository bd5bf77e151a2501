from enum import StrEnum


class WhatsappTemplateComponentFormat(StrEnum):
    DOCUMENT = "DOCUMENT"
    IMAGE = "IMAGE"
    TEXT = "TEXT"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
