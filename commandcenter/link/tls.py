"""TLS for a station's link: the context for a `wss://` hub, and what a failed handshake means.

A `wss://` hub is verified against the system's trust store by default, or against a
bureau's own CA file (`--ca FILE`). A `ws://` hub gets no context. A certificate that does not
verify is one sentence (`describe_tls_error`), and the link keeps retrying: the admin may fix
the certificate or the CA file while the desk waits.
"""

from __future__ import annotations

import ssl


class TLSSetupError(ValueError):
    """The CA file cannot be used; the message says why in one sentence."""


def client_context(url: str, ca: str | None = None) -> ssl.SSLContext | None:
    """The SSL context for `url`: None for ws://, the system trust store or `ca` for wss://."""
    if not url.lower().startswith("wss://"):
        if ca:
            raise TLSSetupError(f"--ca is for a wss:// hub; {url} is not encrypted")
        return None
    try:
        return ssl.create_default_context(cafile=ca)
    except FileNotFoundError:
        raise TLSSetupError(f"no CA file at {ca}") from None
    except (OSError, ssl.SSLError) as exc:
        raise TLSSetupError(f"cannot use {ca} as a CA file: {exc.strerror or exc}") from None


def describe_tls_error(exc: ssl.SSLError) -> str:
    """One sentence for a TLS failure while connecting to the hub."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        why = exc.verify_message or exc.reason or "not trusted"
        return (
            f"the hub's certificate does not verify ({why}); "
            "check the address, or give the bureau's CA with --ca FILE"
        )
    return f"TLS with the hub failed ({exc.reason or exc})"
