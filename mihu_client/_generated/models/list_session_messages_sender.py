from enum import StrEnum


class ListSessionMessagesSender(StrEnum):
    AI = "AI"
    CONTACT = "Contact"
    HUMAN = "Human"

    def __str__(self) -> str:
        return str(self.value)
