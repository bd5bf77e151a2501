from enum import StrEnum


class VoiceIvrGuardRuleCreateThenAction(StrEnum):
    END_CONVERSATION = "end_conversation"
    FORWARD = "forward"

    def __str__(self) -> str:
        return str(self.value)
