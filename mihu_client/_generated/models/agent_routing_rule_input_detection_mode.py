from enum import StrEnum


class AgentRoutingRuleInputDetectionMode(StrEnum):
    BOTH = "both"
    EXACT = "exact"
    INTENT = "intent"

    def __str__(self) -> str:
        return str(self.value)
