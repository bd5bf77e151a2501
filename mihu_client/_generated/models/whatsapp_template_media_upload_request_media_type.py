from enum import StrEnum

from ..types import unknown_enum_member


class WhatsappTemplateMediaUploadRequestMediaType(StrEnum):
    DOCUMENT = "document"
    IMAGE = "image"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WhatsappTemplateMediaUploadRequestMediaType | None":
        return unknown_enum_member(cls, value, str)
