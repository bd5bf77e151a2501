from enum import StrEnum

from ..types import unknown_enum_member


class CreateFlowStepBodyBranchKey(StrEnum):
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateFlowStepBodyBranchKey | None":
        return unknown_enum_member(cls, value, str)
