from enum import StrEnum


class AgentIntentEventEventType(StrEnum):
    AGENT = "agent"
    APP = "app"
    SCENARIO = "scenario"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)
