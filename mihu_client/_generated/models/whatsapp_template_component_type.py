from enum import StrEnum


class WhatsappTemplateComponentType(StrEnum):
    BODY = "BODY"
    BUTTONS = "BUTTONS"
    FOOTER = "FOOTER"
    HEADER = "HEADER"

    def __str__(self) -> str:
        return str(self.value)
