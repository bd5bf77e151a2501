from enum import StrEnum

from ..types import unknown_enum_member


class VoiceIvrGuardRuleCreateSelectedChannelsItem(StrEnum):
    FACEBOOK_MESSENGER = "facebook_messenger"
    INSTAGRAM = "instagram"
    PHONE = "phone"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VoiceIvrGuardRuleCreateSelectedChannelsItem | None":
        return unknown_enum_member(cls, value, str)
