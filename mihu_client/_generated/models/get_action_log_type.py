from enum import StrEnum


class GetActionLogType(StrEnum):
    INTENT = "intent"
    TASK = "task"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
