from enum import StrEnum


class FlowStepKind(StrEnum):
    ACTION = "action"
    TRIGGER = "trigger"

    def __str__(self) -> str:
        return str(self.value)
