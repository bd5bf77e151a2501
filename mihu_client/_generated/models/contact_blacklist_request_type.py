from enum import StrEnum


class ContactBlacklistRequestType(StrEnum):
    BOTH = "Both"
    EMAIL = "Email"
    PHONE = "Phone"

    def __str__(self) -> str:
        return str(self.value)
