"""SdkHttpClient joins URLs exactly as httpx2.AsyncClient does, only faster."""

from __future__ import annotations

import httpx2
import pytest

from mihu_client._http_client import SdkHttpClient

BASES = ["http://127.0.0.1:8000", "https://acme.mihu.ai", "https://proxy.example.com/mihu/", "http://[::1]:4010/a"]
PATHS = [
    "/api/v1/contacts",
    "/api/v1/pbx_extension_connectors/6f1c1d1e-9a5b-4c1e-8f51-2b7d0c3a9e10",
    "/api/v1/contacts?page=2&status=active",
    "/api/v1/files/report.csv",
    "/api/v1/a/../b/./c",
    "/api/v1/x%2Fy/%E2%82%AC",
    "/api/v1/with space/€?q=a b&r=€",
    "/api/v1/contacts?",
    "/",
    "/api/v1/x#frag",
    "/api/v1/q?a=`{}`&b=?c",
    "/api/v1/`{}`",
    "/api/v1/100%/x%zz?p=%",
    '/api/v1/"quoted"<>',
    "/api/v1/tab\there",
    "//elsewhere.example/path",
    "relative/path",
    "https://other.example/abs",
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
def test_join_equals_httpx2(base: str, path: str) -> None:
    try:
        expected = httpx2.AsyncClient(base_url=base).build_request(
            "GET", path, params={"k": "v €"} if "?" in path else None
        )
    except httpx2.InvalidURL:
        with pytest.raises(httpx2.InvalidURL):
            SdkHttpClient(base_url=base).build_request("GET", path)
        return
    ours = SdkHttpClient(base_url=base).build_request("GET", path, params={"k": "v €"} if "?" in path else None)
    assert ours.url == expected.url
    assert str(ours.url) == str(expected.url)
    assert ours.url.raw_path == expected.url.raw_path
    assert ours.headers["host"] == expected.headers["host"]


def test_invalid_path_still_refused() -> None:
    with pytest.raises(httpx2.InvalidURL):
        SdkHttpClient(base_url="https://acme.mihu.ai").build_request("GET", "/api/v1/\x00")


def test_a_changed_base_url_is_used() -> None:
    client = SdkHttpClient(base_url="https://acme.mihu.ai")
    client.build_request("GET", "/a")
    client.base_url = httpx2.URL("https://other.mihu.ai/prefix")
    assert str(client.build_request("GET", "/a").url) == "https://other.mihu.ai/prefix/a"


def test_headers_are_merged_as_httpx2_does() -> None:
    defaults = {"Accept": "application/json", "Authorization": "Bearer t"}
    for extra in (None, {}, {"accept": "text/csv", "X-Trace": "1"}):
        ours = SdkHttpClient(base_url="https://acme.mihu.ai", headers=defaults).build_request(
            "GET", "/a", headers=extra
        )
        theirs = httpx2.AsyncClient(base_url="https://acme.mihu.ai", headers=defaults).build_request(
            "GET", "/a", headers=extra
        )
        assert ours.headers.raw == theirs.headers.raw
    client = SdkHttpClient(base_url="https://acme.mihu.ai", headers=defaults)
    request = client.build_request("GET", "/a")
    request.headers["X-Changed"] = "1"
    assert "x-changed" not in client.headers  # the request got its own copy
