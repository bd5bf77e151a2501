from enum import StrEnum


class RuleCreateRequestType(StrEnum):
    CALL = "call"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
