from enum import StrEnum

from ..types import unknown_enum_member


class VoiceIvrRoutingRuleDetectionMode(StrEnum):
    BOTH = "both"
    EXACT = "exact"
    INTENT = "intent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VoiceIvrRoutingRuleDetectionMode | None":
        return unknown_enum_member(cls, value, str)
