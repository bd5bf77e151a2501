from enum import StrEnum

from ..types import unknown_enum_member


class TableColumnInputDataType(StrEnum):
    BOOLEAN = "boolean"
    DATE = "date"
    JSON = "json"
    NUMBER = "number"
    TEXT = "text"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TableColumnInputDataType | None":
        return unknown_enum_member(cls, value, str)
