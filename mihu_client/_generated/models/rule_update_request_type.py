from enum import StrEnum


class RuleUpdateRequestType(StrEnum):
    CALL = "call"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
