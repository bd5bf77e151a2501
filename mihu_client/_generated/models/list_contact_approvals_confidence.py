from enum import StrEnum

from ..types import unknown_enum_member


class ListContactApprovalsConfidence(StrEnum):
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListContactApprovalsConfidence | None":
        return unknown_enum_member(cls, value, str)
