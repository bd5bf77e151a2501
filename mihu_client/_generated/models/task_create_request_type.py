from enum import StrEnum

from ..types import unknown_enum_member


class TaskCreateRequestType(StrEnum):
    APPOINTMENT = "appointment"
    CUSTOM = "custom"
    FOLLOW_UP = "follow_up"
    MAKE_CALL = "make_call"
    NOTIFICATION = "notification"
    SEND_EMAIL = "send_email"
    SEND_MESSAGE = "send_message"
    SURVEY = "survey"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TaskCreateRequestType | None":
        return unknown_enum_member(cls, value, str)
