from enum import StrEnum


class WhatsappTemplateButtonType(StrEnum):
    COPY_CODE = "COPY_CODE"
    PHONE_NUMBER = "PHONE_NUMBER"
    QUICK_REPLY = "QUICK_REPLY"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)
