from enum import StrEnum

from ..types import unknown_enum_member


class RuleUpdateRequestType(StrEnum):
    CALL = "call"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RuleUpdateRequestType | None":
        return unknown_enum_member(cls, value, str)
