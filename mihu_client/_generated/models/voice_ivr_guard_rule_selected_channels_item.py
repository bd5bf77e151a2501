from enum import StrEnum

from ..types import unknown_enum_member


class VoiceIvrGuardRuleSelectedChannelsItem(StrEnum):
    FACEBOOK_MESSENGER = "facebook_messenger"
    INSTAGRAM = "instagram"
    PHONE = "phone"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VoiceIvrGuardRuleSelectedChannelsItem | None":
        return unknown_enum_member(cls, value, str)
