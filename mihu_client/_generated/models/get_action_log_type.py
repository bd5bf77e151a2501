from enum import StrEnum

from ..types import unknown_enum_member


class GetActionLogType(StrEnum):
    INTENT = "intent"
    TASK = "task"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetActionLogType | None":
        return unknown_enum_member(cls, value, str)
