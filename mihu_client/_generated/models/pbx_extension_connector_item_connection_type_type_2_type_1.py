from enum import StrEnum


class PbxExtensionConnectorItemConnectionTypeType2Type1(StrEnum):
    TLS = "tls"
    UDP = "udp"

    def __str__(self) -> str:
        return str(self.value)
