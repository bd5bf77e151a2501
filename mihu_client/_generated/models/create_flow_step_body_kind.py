from enum import StrEnum


class CreateFlowStepBodyKind(StrEnum):
    ACTION = "action"
    TRIGGER = "trigger"

    def __str__(self) -> str:
        return str(self.value)
