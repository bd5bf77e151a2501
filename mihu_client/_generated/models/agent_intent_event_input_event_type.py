from enum import StrEnum

from ..types import unknown_enum_member


class AgentIntentEventInputEventType(StrEnum):
    AGENT = "agent"
    APP = "app"
    SCENARIO = "scenario"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AgentIntentEventInputEventType | None":
        return unknown_enum_member(cls, value, str)
