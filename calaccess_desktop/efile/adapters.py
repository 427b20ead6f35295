"""Which transport files by which protocol: protocol name -> transport factory.

SHARED: each transport adds its own line to ``ADAPTERS`` (practice and netfile here;
"proof" adds cars). A factory takes the server URL and the timeouts and returns an
``efile.transport.Transport``; it imports its module only when called, so reading this
table stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from calaccess_desktop.efile.transport import Transport

Factory = Callable[[str, float, float], Transport]


@dataclass(frozen=True)
class Adapter:
    """One way of filing: its name, words for people, factory and usual server."""

    name: str
    words: str
    make: Factory
    default_url: str = ""


def _practice(url: str, connect: float, read: float) -> Transport:
    from calaccess_desktop.efile.transport import HttpTransport

    return HttpTransport(url, connect_timeout=connect, read_timeout=read)


def _netfile(url: str, connect: float, read: float) -> Transport:
    from calaccess_desktop.efile.netfile.client import NetFileTransport

    return NetFileTransport(url, connect_timeout=connect, read_timeout=read)


def _cars(url: str, connect: float, read: float) -> Transport:
    from calaccess_desktop.efile.cars.client import configured

    return configured(url, connect, read)


ADAPTERS: dict[str, Adapter] = {
    "practice": Adapter("practice", "the app's filing protocol (the practice server)",
                        _practice),
    "netfile": Adapter("netfile", "NetFile's vendor e-filing API (local agencies)", _netfile,
                       "https://netfile.com"),
    "cars": Adapter("cars", "the SOS's CARS vendor API (provisional)", _cars),
}


class UnknownProtocolError(ValueError):
    """No transport files by this protocol; the message names the known ones."""


def adapter(protocol: str) -> Adapter:
    """The adapter of a protocol; UnknownProtocolError in words."""
    found = ADAPTERS.get(protocol)
    if found is None:
        raise UnknownProtocolError(f"there is no filing protocol {protocol!r}; known: "
                                   f"{', '.join(sorted(ADAPTERS))}")
    return found


def transport(protocol: str, url: str, *, connect_timeout: float = 10.0,
              read_timeout: float = 90.0) -> Transport:
    """A transport for this protocol and server."""
    return adapter(protocol).make(url, connect_timeout, read_timeout)
