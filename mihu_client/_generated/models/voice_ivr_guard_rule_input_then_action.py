from enum import StrEnum

from ..types import unknown_enum_member


class VoiceIvrGuardRuleInputThenAction(StrEnum):
    END_CONVERSATION = "end_conversation"
    FORWARD = "forward"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VoiceIvrGuardRuleInputThenAction | None":
        return unknown_enum_member(cls, value, str)
