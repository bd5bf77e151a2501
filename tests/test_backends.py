"""Wire backends: choosing one, and what each must do exactly like the other.

The tests taking ``make_client`` or ``http_backend`` run once per backend against real 127.0.0.1 servers;
the classification table at the end pins the translation of aiohttp's exceptions, which decides whether a
POST may be sent again.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import gzip
import random
import socket
import ssl
import subprocess
import sys
import threading
import warnings
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from mihu_client import APIConnectionError, APITimeoutError, MihuClient
from mihu_client._retry import Failure, classify_failure
from tests.conftest import FAST_RETRY, MakeClient
from tests.servers.fault_server import FaultServer, Reply

CALL = "/api/v1/call"
OK = Reply.json({"success": True})


# --- choosing a backend -----------------------------------------------------------------------------------


def test_unknown_backend_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="http_backend must be one of 'httpx2', 'aiohttp'; got 'requests'"):
        MihuClient("acme", http_backend="requests")  # type: ignore[arg-type]


def test_missing_aiohttp_says_which_extra_to_install() -> None:
    code = (
        "import sys; sys.modules['aiohttp'] = None\n"
        "from mihu_client import MihuClient\n"
        "try:\n"
        "    MihuClient('acme', http_backend='aiohttp')\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert 'pip install "mihu-client[aiohttp]"' in done.stdout
    # The default backend never needs it.
    code = "import sys; sys.modules['aiohttp'] = None\nfrom mihu_client import MihuClient\nMihuClient('acme')\n"
    subprocess.run([sys.executable, "-c", code], timeout=60, check=True)


def test_transport_and_backend_are_exclusive() -> None:
    with pytest.raises(ValueError, match="either transport= or http_backend="):
        MihuClient("acme", transport=httpx2.AsyncHTTPTransport(), http_backend="aiohttp")


def test_aiohttp_refuses_a_socks_proxy_early() -> None:
    with pytest.raises(ValueError, match='socks5 proxy needs http_backend="httpx2"'):
        MihuClient("acme", proxy="socks5://127.0.0.1:1080", http_backend="aiohttp")


# --- the same behaviour on both backends ------------------------------------------------------------------


async def test_requests_go_through_the_proxy(fault_server: FaultServer, make_client: MakeClient) -> None:
    fault_server.script("http://mihu.invalid/api/v1/agents", OK)
    async with make_client(base_url="http://mihu.invalid", allow_insecure_http=True, proxy=fault_server.url) as mihu:
        response = await mihu.get_async_httpx_client().get("/api/v1/agents")
    assert response.json() == {"success": True}
    [sent] = fault_server.requests
    assert sent.headers["host"] == "mihu.invalid"


async def test_unknown_host_is_never_sent_so_even_post_is_retried(
    make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="mihu_client")
    async with make_client(base_url="http://mihu.invalid", allow_insecure_http=True, retry_policy=FAST_RETRY) as mihu:
        with pytest.raises(APIConnectionError) as caught:
            await mihu.get_async_httpx_client().post(CALL, json={})
    assert isinstance(caught.value.__cause__, httpx2.ConnectError)
    assert [r.mihu_reason for r in caplog.records if r.name == "mihu_client"] == ["not sent", "not sent"]  # type: ignore[attr-defined]


@pytest.fixture
def stalled_server() -> Iterator[str]:
    """Accepts connections and never reads from them: a large upload fills the socket buffers and stalls."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.05)
        while not stop.is_set():
            with contextlib.suppress(TimeoutError, OSError):
                connection, _ = listener.accept()
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                accepted.append(connection)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


@pytest.mark.parametrize("streamed", [True, False], ids=["streamed", "in-memory"])
async def test_write_timeout_on_a_stalled_upload(stalled_server: str, make_client: MakeClient, streamed: bool) -> None:
    chunk = b"x" * 65536
    payload = chunk * 256  # 16 MiB: far more than the socket buffers hold

    async def upload() -> AsyncIterator[bytes]:
        for _ in range(256):
            yield chunk

    timeout = httpx2.Timeout(5.0, write=0.3)
    async with make_client(base_url=stalled_server, timeout=timeout, max_retries=0) as mihu:
        with pytest.raises(APITimeoutError) as caught:
            await mihu.get_async_httpx_client().put("/upload", content=upload() if streamed else payload)
    assert isinstance(caught.value.__cause__, httpx2.WriteTimeout)


async def test_cancelled_calls_leave_the_pool_whole(fault_server: FaultServer, make_client: MakeClient) -> None:
    """Calls cancelled while waiting for a slot, sending, or reading never cost a connection slot."""
    fault_server.script("/slow", Reply.json({"ok": True}, delay=0.05))
    fault_server.script("/big", Reply.json({"data": "x" * 200_000}))
    fault_server.script("/fast", OK)
    problems: list[dict[str, Any]] = []
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda _, context: problems.append(context))
    rng = random.Random(7)
    limits = httpx2.Limits(max_connections=4, max_keepalive_connections=4)
    with warnings.catch_warnings(record=True) as caught_warnings:
        warnings.simplefilter("always")
        async with make_client(base_url=fault_server.url, limits=limits, timeout=5.0, max_retries=0) as mihu:
            http = mihu.get_async_httpx_client()

            async def cancelled(i: int) -> None:
                path = "/big" if i % 3 == 0 else "/slow"
                with contextlib.suppress(TimeoutError, APIConnectionError):
                    await asyncio.wait_for(http.get(path), rng.uniform(0.0, 0.08))

            for start in range(0, 120, 20):
                await asyncio.gather(*(cancelled(i) for i in range(start, start + 20)))
            # Exactly max_connections calls at once, each must get a connection without waiting for a pool slot.
            strict_pool = mihu.with_options(timeout=httpx2.Timeout(5.0, pool=2.0)).get_async_httpx_client()
            responses = await asyncio.gather(*(strict_pool.get("/fast") for _ in range(4)))
            assert [r.status_code for r in responses] == [200] * 4
        gc.collect()
        await asyncio.sleep(0.05)
    assert not problems, problems
    assert not [str(w.message) for w in caught_warnings if issubclass(w.category, ResourceWarning)]


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
             "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"openssl cannot make a test certificate: {exc}")
    return cert, key


@pytest.fixture
def tls_server(tls_files: tuple[Path, Path]) -> Iterator[FaultServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*tls_files)
    with FaultServer(ssl_context=context) as server:
        yield server


async def test_tls_verification(tls_server: FaultServer, tls_files: tuple[Path, Path], make_client: MakeClient) -> None:
    tls_server.script("/h", OK)
    async with make_client(base_url=tls_server.url, retry_policy=FAST_RETRY) as trusting_the_system:
        with pytest.raises(APIConnectionError) as caught:
            await trusting_the_system.get_async_httpx_client().get("/h")
    assert isinstance(caught.value.__cause__, httpx2.ConnectError)  # never sent: the handshake failed
    assert tls_server.count() == 0
    for verify in (str(tls_files[0]), ssl.create_default_context(cafile=str(tls_files[0])), False):
        async with make_client(base_url=tls_server.url, verify=verify) as mihu:
            assert (await mihu.get_async_httpx_client().get("/h")).json() == {"success": True}
    assert tls_server.count() == 3


# --- how aiohttp's failures are read ----------------------------------------------------------------------


def _aiohttp_failures() -> list[tuple[str, BaseException, type[httpx2.TransportError], Failure | None]]:
    aiohttp = pytest.importorskip("aiohttp")
    import yarl
    from aiohttp.client_reqrep import ConnectionKey
    from multidict import CIMultiDict, CIMultiDictProxy

    key = ConnectionKey("mihu.invalid", 443, True, True, None, None, None)
    url = yarl.URL("https://mihu.invalid/api/v1/call")
    info = aiohttp.RequestInfo(url, "POST", CIMultiDictProxy(CIMultiDict()), url)
    refused = ConnectionRefusedError(111, "Connection refused")
    return [
        ("refused", aiohttp.ClientConnectorError(key, refused), httpx2.ConnectError, Failure.NOT_SENT),
        ("dns", aiohttp.ClientConnectorDNSError(key, OSError(-2, "Name not known")), httpx2.ConnectError, Failure.NOT_SENT),
        ("tls", aiohttp.ClientConnectorCertificateError(key, ssl.SSLCertVerificationError("bad")), httpx2.ConnectError, Failure.NOT_SENT),
        ("proxy down", aiohttp.ClientProxyConnectionError(key, refused), httpx2.ConnectError, Failure.NOT_SENT),
        ("connect timeout", aiohttp.ConnectionTimeoutError("slow"), httpx2.ConnectTimeout, Failure.NOT_SENT),
        ("read timeout", aiohttp.SocketTimeoutError("no answer"), httpx2.ReadTimeout, Failure.READ_TIMEOUT),
        ("disconnected", aiohttp.ServerDisconnectedError(), httpx2.RemoteProtocolError, Failure.INTERRUPTED),
        ("reset", aiohttp.ClientOSError(104, "Connection reset by peer"), httpx2.ReadError, Failure.INTERRUPTED),
        ("lost", aiohttp.ClientConnectionError("Connection lost"), httpx2.ReadError, Failure.INTERRUPTED),
        ("cut body", aiohttp.ClientPayloadError("Response payload is not completed"), httpx2.RemoteProtocolError, Failure.INTERRUPTED),
        ("bad status line", aiohttp.ClientResponseError(info, (), status=400, message="Invalid status line"), httpx2.RemoteProtocolError, Failure.INTERRUPTED),
        ("os error", OSError(32, "Broken pipe"), httpx2.ReadError, Failure.INTERRUPTED),
        ("timeout", TimeoutError(), httpx2.ReadTimeout, Failure.READ_TIMEOUT),
    ]  # fmt: skip


def test_aiohttp_failures_keep_never_sent_apart_from_sent() -> None:
    from mihu_client._backends.aiohttp_errors import to_httpx2_error

    request = httpx2.Request("POST", "https://acme.mihu.ai/api/v1/call")
    for name, failure, expected, meaning in _aiohttp_failures():
        translated = to_httpx2_error(failure, request)
        assert type(translated) is expected, name
        assert classify_failure(translated) is meaning, name
        assert translated.request is request


@pytest.mark.parametrize("encoding", ["identity", "gzip"])
async def test_both_backends_hand_over_the_same_response(fault_server: FaultServer, encoding: str) -> None:
    pytest.importorskip("aiohttp")
    body = b'{"success": true, "data": ["' + b"x" * 5000 + b'"]}'
    headers = {"X-Request-Id": "r-1", "Set-Cookie": "a=b; Path=/"}
    if encoding == "gzip":
        headers["Content-Encoding"] = "gzip"
    fault_server.script("/same", Reply.raw(gzip.compress(body) if encoding == "gzip" else body, headers=headers))
    seen = []
    for backend in ("httpx2", "aiohttp"):
        async with MihuClient(base_url=fault_server.url, http_backend=backend) as mihu:  # type: ignore[arg-type]
            response = await mihu.get_async_httpx_client().get("/same")
            seen.append(
                (
                    response.status_code,
                    response.reason_phrase,
                    response.http_version,
                    response.content,
                    response.num_bytes_downloaded,
                    [(k, v) for k, v in response.headers.items() if k != "date"],
                    response.is_closed,
                    response.is_stream_consumed,
                    dict(mihu.get_async_httpx_client().cookies),
                )
            )
    assert seen[0] == seen[1]
    assert seen[0][3] == body


async def test_both_backends_send_the_same_headers(fault_server: FaultServer) -> None:
    """What httpx2 builds goes out as it is: aiohttp adds none of its own (Accept, User-Agent, Content-Type)."""
    pytest.importorskip("aiohttp")
    fault_server.script("/headers", *[OK] * 8)
    sent: dict[str, list[dict[str, str]]] = {}
    for backend in ("httpx2", "aiohttp"):
        async with MihuClient(base_url=fault_server.url, token="t", http_backend=backend) as mihu:  # type: ignore[arg-type]
            http = mihu.get_async_httpx_client()
            await http.get("/headers")
            await http.post("/headers", json={"a": 1})
            await http.post("/headers", content=b"raw bytes")  # no Content-Type: none is added
            bare = httpx2.Request("POST", fault_server.url + "/headers", content=b"x", headers={"X-Only": "1"})
            await http.send(bare)  # not even Accept or User-Agent
        sent[backend] = [
            {name: value for name, value in request.headers.items() if name not in ("connection", "accept-encoding")}
            for request in fault_server.requests_for("/headers")[-4:]
        ]
        fault_server.script("/headers", *[OK] * 8)
    assert sent["httpx2"] == sent["aiohttp"]
    assert "content-type" not in sent["aiohttp"][2]
    assert set(sent["aiohttp"][3]) == {"host", "content-length", "x-only"}


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_cut_off_gzip_body_is_an_error_not_a_short_body(
    fault_server: FaultServer, mihu: MihuClient, method: str
) -> None:
    compressed = gzip.compress(b'{"success": true, "data": ["' + b"z" * 20000 + b'"]}')
    cut = Reply(
        status=200,
        body=compressed,
        headers=(("Content-Type", "application/json"), ("Content-Encoding", "gzip")),
        truncate_at=len(compressed) // 2,
    )
    fault_server.script("/gz", cut, Reply.json({"success": True}))
    http = mihu.get_async_httpx_client()
    if method == "GET":
        assert (await http.get("/gz")).json() == {"success": True}  # retried: a GET may be repeated
        assert fault_server.count("/gz") == 2
    else:
        with pytest.raises(APIConnectionError) as caught:
            await http.post("/gz", json={})
        assert isinstance(caught.value.__cause__, httpx2.RemoteProtocolError)
        assert fault_server.count("/gz") == 1
