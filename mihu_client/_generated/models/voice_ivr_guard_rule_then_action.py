from enum import StrEnum


class VoiceIvrGuardRuleThenAction(StrEnum):
    END_CONVERSATION = "end_conversation"
    FORWARD = "forward"

    def __str__(self) -> str:
        return str(self.value)
