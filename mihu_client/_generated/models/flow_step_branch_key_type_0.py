from enum import StrEnum

from ..types import unknown_enum_member


class FlowStepBranchKeyType0(StrEnum):
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FlowStepBranchKeyType0 | None":
        return unknown_enum_member(cls, value, str)
