"""Type-checked, never run: the README's idioms for fields the server may leave out.

`x is not UNSET` and `x is UNSET` must narrow `T | Unset` as `isinstance` does, and `unwrap` must
return the field's own type.
"""

from __future__ import annotations

from typing import assert_type

from mihu_client import UNSET, Unset, unwrap
from mihu_client.models import Contact


def narrow(contact: Contact) -> None:
    assert_type(contact.email, str | Unset)
    if contact.email is not UNSET:
        assert_type(contact.email, str)
    if contact.number_type is not UNSET and contact.number_type is not None:
        assert_type(contact.number_type, str)
    assert_type(unwrap(contact.email), str)
    if contact.email is UNSET:
        return
    assert_type(contact.email, str)
