from enum import StrEnum

from ..types import unknown_enum_member


class CreateFlowStepBodyKind(StrEnum):
    ACTION = "action"
    TRIGGER = "trigger"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateFlowStepBodyKind | None":
        return unknown_enum_member(cls, value, str)
