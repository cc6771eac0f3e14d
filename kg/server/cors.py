"""CORS on every response, errors and server faults included.

Starlette's ``CORSMiddleware`` only decorates responses to requests that carry ``Origin``
and sits inside the server-error middleware, so a 500 would go out bare. Browser clients
such as YASGUI then report a CORS failure instead of the real error. This wrapper sits
outermost and adds the headers to whatever goes out; it also answers preflight requests.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CORS_HEADERS = [
    (b"access-control-allow-origin", b"*"),
    (b"access-control-allow-methods", b"GET, POST, OPTIONS"),
    (b"access-control-allow-headers", b"Accept, Content-Type, Authorization"),
    (b"access-control-expose-headers", b"Content-Type, X-Result-Truncated, X-Result-Limit"),
    (b"access-control-max-age", b"600"),
]


class CORS:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS":
            headers = [*CORS_HEADERS, (b"allow", b"GET, POST, OPTIONS"), (b"content-length", b"0")]
            await send({"type": "http.response.start", "status": 204, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in CORS_HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_cors)
