from enum import StrEnum

from ..types import unknown_enum_member


class VoiceIvrGuardRuleCreateThenAction(StrEnum):
    END_CONVERSATION = "end_conversation"
    FORWARD = "forward"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VoiceIvrGuardRuleCreateThenAction | None":
        return unknown_enum_member(cls, value, str)
