from enum import StrEnum


class TableColumnInputDataType(StrEnum):
    BOOLEAN = "boolean"
    DATE = "date"
    JSON = "json"
    NUMBER = "number"
    TEXT = "text"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
