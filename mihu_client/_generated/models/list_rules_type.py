from enum import StrEnum

from ..types import unknown_enum_member


class ListRulesType(StrEnum):
    CALL = "call"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListRulesType | None":
        return unknown_enum_member(cls, value, str)
