"""RetryTransport: the one place where retries happen and failures become typed errors.

It wraps an ``httpx2.AsyncBaseTransport`` (normally the pooled ``httpx2.AsyncHTTPTransport``), so every
request made through the client's ``httpx2.AsyncClient`` — every generated operation — gets the same
treatment: replay when ``_retry`` says so, buffer the body inside the transport (so a dropped or
truncated body is still a transport failure we can classify and wrap), raise ``APIStatusError``
subclasses for every non-2xx final response, and wrap httpx2 transport errors in ``APIConnectionError``.
"""

from __future__ import annotations

import asyncio
import logging
import zlib

import httpx2

from ._errors import APIConnectionError, APITimeoutError, make_status_error
from ._httpx2_objects import first_value
from ._retry import RetryDecision, RetryPolicy, classify_failure, decide, is_replayable, parse_retry_after

__all__ = ["MAX_ERROR_BODY", "RetryTransport", "decode_complete", "wrap_transport_error"]

logger = logging.getLogger("mihu_client")

MAX_ERROR_BODY = 64 * 1024
"""Bytes of an error body we read at most; the rest is dropped with the connection."""


class RetryTransport(httpx2.AsyncBaseTransport):
    """Retrying, error-typing wrapper around another async transport.

    ``close_transport=False`` lets several clients (``MihuClient.with_options`` copies) share one pool
    while only its owner closes it.
    """

    def __init__(
        self,
        transport: httpx2.AsyncBaseTransport,
        *,
        max_retries: int = 2,
        policy: RetryPolicy | None = None,
        retry_unsafe: bool = False,
        close_transport: bool = True,
        max_error_body: int = MAX_ERROR_BODY,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self._transport = transport
        self.max_retries = max_retries
        self.policy = policy if policy is not None else RetryPolicy()
        self.retry_unsafe = retry_unsafe
        self._close_transport = close_transport
        self._max_error_body = max_error_body

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        retries_done = 0
        while True:
            try:
                response = await self._transport.handle_async_request(request)
                # A 2xx the wire has already read in full, with nothing to decode (the common case), is handed
                # on as it is; the client attaches the request, as it does to any transport's response.
                if not (200 <= response.status_code < 300 and response.is_stream_consumed and response.is_closed) or (
                    (encoding := first_value(response.headers, b"content-encoding")) is not None
                    and encoding.lower() != b"identity"
                ):
                    response = await self._settle(response, request)
            except (httpx2.TransportError, httpx2.DecodingError) as exc:
                decision = self._decide(request, retries_done, exc=exc)
                if not decision.retry:
                    raise wrap_transport_error(exc, request) from exc
            else:
                if 200 <= response.status_code < 300:
                    return response
                retry_after = parse_retry_after(response.headers)
                decision = self._decide(request, retries_done, status=response.status_code, retry_after=retry_after)
                if not decision.retry:
                    raise make_status_error(response, retry_after=retry_after)

            retries_done += 1
            logger.info(
                "Retrying %s %s (attempt %d of %d) after %s; waiting %.3fs",
                request.method,
                request.url.path,
                retries_done + 1,
                self.max_retries + 1,
                decision.reason,
                decision.delay,
                extra={
                    "mihu_method": request.method,
                    "mihu_path": request.url.path,
                    "mihu_attempt": retries_done + 1,
                    "mihu_reason": decision.reason,
                    "mihu_delay": decision.delay,
                },
            )
            await asyncio.sleep(decision.delay)

    def _decide(
        self,
        request: httpx2.Request,
        retries_done: int,
        *,
        exc: Exception | None = None,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> RetryDecision:
        failure = classify_failure(exc) if exc is not None else None
        if exc is not None and failure is None:
            return RetryDecision(False, reason=type(exc).__name__)
        return decide(
            self.policy,
            method=request.method,
            retries_done=retries_done,
            max_retries=self.max_retries,
            failure=failure,
            status=status,
            retry_after=retry_after,
            retry_unsafe=self.retry_unsafe,
            replayable=is_replayable(request),
        )

    async def _settle(self, response: httpx2.Response, request: httpx2.Request) -> httpx2.Response:
        """The body of one attempt read here: all of a 2xx (decoded), a bounded prefix of anything else."""
        if not 200 <= response.status_code < 300:
            try:
                raw = await _read_raw(response, self._max_error_body)
            finally:
                await response.aclose()
            try:
                return _rebuilt(response, request, raw)  # decodes now, so errors surface in the transport
            except httpx2.DecodingError:
                # A cut-off compressed error body: keep the status, drop the undecodable bytes.
                return _rebuilt(response, request, b"", drop=_ENCODING)
        encoding = response.headers.get("content-encoding")
        if encoding is None or encoding.lower() == "identity":
            # Read the whole body here, on the response the pool gave us: a dropped body fails
            # inside the transport, where it is classified and wrapped.
            response.request = request
            try:
                await response.aread()
            finally:
                await response.aclose()
            return response
        # Compressed: httpx2's decoders accept a gzip stream cut before its end and stop after the
        # first gzip member, so we decode it ourselves and hand over the decoded body.
        try:
            raw = await _read_raw(response, None)
        finally:
            await response.aclose()
        decoded = decode_complete(encoding, raw)
        if decoded is None:  # an encoding we leave to httpx2
            return _rebuilt(response, request, raw)
        return _rebuilt(response, request, decoded, drop=_ENCODING | {"content-length"})

    async def aclose(self) -> None:
        if self._close_transport:
            await self._transport.aclose()


async def _read_raw(response: httpx2.Response, limit: int | None) -> bytes:
    """The raw (still encoded) body, stopping after ``limit`` bytes (``None``: all of it)."""
    chunks: list[bytes] = []
    size = 0
    assert isinstance(response.stream, httpx2.AsyncByteStream)
    iterator = aiter(response.stream)
    try:
        async for chunk in iterator:
            chunks.append(chunk)
            size += len(chunk)
            if limit is not None and size >= limit:
                break
    finally:
        close = getattr(iterator, "aclose", None)
        if close is not None:
            await close()
    raw = b"".join(chunks)
    return raw if limit is None else raw[:limit]


_ENCODING = frozenset({"content-encoding"})


def _rebuilt(
    response: httpx2.Response, request: httpx2.Request, body: bytes, *, drop: frozenset[str] = frozenset()
) -> httpx2.Response:
    """A read copy of ``response`` holding ``body``, without the ``drop`` headers (lower-case names).

    A body we decoded ourselves goes without the headers that describe its encoded form.
    """
    headers = response.headers
    if drop:
        kept = [(k, v) for k, v in headers.multi_items() if k.lower() not in drop]
        if "content-length" in drop:
            kept.append(("Content-Length", str(len(body))))
        headers = httpx2.Headers(kept)
    rebuilt = httpx2.Response(
        response.status_code,
        headers=headers,
        stream=httpx2.ByteStream(body),
        request=request,
        extensions=response.extensions,
    )
    rebuilt.read()
    return rebuilt


def decode_complete(encoding: str, raw: bytes) -> bytes | None:
    """The decoded gzip/deflate body, ``httpx2.DecodingError`` when it is cut off or invalid.

    zlib reports a stream cut short only through ``eof``, which the decoders of httpx2 (like httpx's) never
    look at: a 2xx body cut inside its compressed stream would otherwise parse as a shorter document, or
    as nothing. ``None`` for other encodings (brotli, zstd), which are left to httpx2.
    """
    codings = [part.strip().lower() for part in encoding.split(",") if part.strip()]
    if not raw or not codings:
        return raw
    for coding in reversed(codings):
        if coding in ("gzip", "x-gzip"):
            raw = _inflate_all(raw, zlib.MAX_WBITS | 16, coding)
        elif coding == "deflate":
            wbits = zlib.MAX_WBITS if (raw[0] & 0x0F) == 8 else -zlib.MAX_WBITS  # zlib-wrapped or raw deflate
            raw = _inflate_all(raw, wbits, coding)
        elif coding != "identity":
            return None
    return raw


def _inflate_all(data: bytes, wbits: int, coding: str) -> bytes:
    """Every member of a (possibly multi-member) stream, or ``DecodingError`` if one stops early."""
    out: list[bytes] = []
    while True:
        decompressor = zlib.decompressobj(wbits)
        try:
            out.append(decompressor.decompress(data))
        except zlib.error as exc:
            raise httpx2.DecodingError(f"invalid {coding} body: {exc}") from exc
        if not decompressor.eof:
            raise httpx2.DecodingError(f"the {coding} body ends before the end of its stream (cut off)")
        data = decompressor.unused_data
        if not data:
            return b"".join(out)


def wrap_transport_error(
    exc: httpx2.TransportError | httpx2.DecodingError, request: httpx2.Request
) -> APIConnectionError:
    """The typed equivalent of an httpx2 transport error (the caller chains the original)."""
    where = f"{request.method} {request.url.path}"
    if isinstance(exc, httpx2.DecodingError):
        return APIConnectionError(f"Could not decode the response body of {where} ({exc}).", request=request)
    if isinstance(exc, httpx2.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(exc).__name__}) on {where}.", request=request)
    # Local protocol errors can quote offending header values, so their text is left out.
    detail = "" if isinstance(exc, httpx2.LocalProtocolError) else str(exc)
    text = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    return APIConnectionError(f"Connection error ({text}) on {where}.", request=request)
