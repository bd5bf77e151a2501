from enum import StrEnum


class ListRulesType(StrEnum):
    CALL = "call"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
