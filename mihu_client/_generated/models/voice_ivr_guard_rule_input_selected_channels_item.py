from enum import StrEnum


class VoiceIvrGuardRuleInputSelectedChannelsItem(StrEnum):
    FACEBOOK_MESSENGER = "facebook_messenger"
    INSTAGRAM = "instagram"
    PHONE = "phone"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)
