from enum import StrEnum

from ..types import unknown_enum_member


class FlowStepKind(StrEnum):
    ACTION = "action"
    TRIGGER = "trigger"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FlowStepKind | None":
        return unknown_enum_member(cls, value, str)
