from enum import StrEnum

from ..types import unknown_enum_member


class AgentWebhookEvent(StrEnum):
    CONVERSATION_END_REPORT = "conversation_end_report"
    CONVERSATION_STATUS = "conversation_status"
    CONVERSATION_UPDATE = "conversation_update"
    INTENT_CALL = "intent_call"
    TEXT_EVALUATION = "text_evaluation"
    VOICE_EVALUATION = "voice_evaluation"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AgentWebhookEvent | None":
        return unknown_enum_member(cls, value, str)
