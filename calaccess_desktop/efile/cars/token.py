"""Machine credentials for CARS: an OAuth2 client-credentials grant.

The CARS team gives a vendor a tenant ID, a client ID and a client secret (an Azure AD
app registration, efile-notes §CARS). The secret lives only in the OS keyring
(``efile/cars/secret.py``, through ``secrets.py``); it is never written to the
settings, the database or a log, and ``ClientCredentials.__repr__`` hides it. A token
is kept until shortly before it expires; after a 401 from the API the client asks
``refresh`` once for a new one.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from calaccess_desktop.efile.protocol import check_endpoint
from calaccess_desktop.efile.transport import RefusedError, UnclearError, redact

DEFAULT_SCOPE = "api://cars/.default"  # PROVISIONAL: the CARS scope is not public
MARGIN = 60.0  # seconds before expiry a token is no longer used


@dataclass(frozen=True)
class ClientCredentials:
    """The vendor's machine credentials (the secret never in ``repr``)."""

    tenant_id: str
    client_id: str
    client_secret: str = field(repr=False)
    scope: str = DEFAULT_SCOPE

    def secrets(self) -> tuple[str, ...]:
        """What must never be logged."""
        return (self.client_secret,) if self.client_secret else ()


def token_url(authority: str, tenant_id: str) -> str:
    """``{authority}/{tenant}/oauth2/v2.0/token`` (Azure AD's form)."""
    return f"{check_endpoint(authority)}/{tenant_id.strip()}/oauth2/v2.0/token"


class TokenSource:
    """Bearer tokens for one client, cached until ``MARGIN`` seconds before expiry."""

    def __init__(self, url: str, client: ClientCredentials, *, session: Any = None,
                 timeout: tuple[float, float] = (10.0, 30.0), verify: bool | str = True,
                 clock: Callable[[], float] = time.monotonic) -> None:
        import requests

        self.url = check_endpoint(url)
        self.client = client
        self._requests = requests
        if session is None:
            session = requests.Session()
            session.trust_env = False  # no proxies or .netrc credentials
        self._session = session
        self._timeout, self._verify, self._clock = timeout, verify, clock
        self._lock = threading.Lock()
        self._token = ""
        self._until = 0.0
        self.grants = 0  # tokens obtained (for the attempt log and tests)

    def token(self) -> str:
        """A valid bearer token (a new grant only when the cached one is near expiry)."""
        with self._lock:
            if self._token and self._clock() < self._until:
                return self._token
            return self._grant()

    def refresh(self, stale: str) -> str:
        """A new token after the API refused ``stale`` (another thread may already have
        replaced it)."""
        with self._lock:
            if self._token and self._token != stale and self._clock() < self._until:
                return self._token
            return self._grant()

    def _grant(self) -> str:
        c = self.client
        form = {"grant_type": "client_credentials", "client_id": c.client_id,
                "client_secret": c.client_secret, "scope": c.scope}
        req = self._requests
        try:
            resp = self._session.post(self.url, data=form, timeout=self._timeout,
                                      verify=self._verify, allow_redirects=False)
        except req.exceptions.ConnectionError:
            raise UnclearError("the CARS sign-in service could not be reached, so nothing "
                               "was sent", sent=False) from None
        except req.exceptions.RequestException:
            raise UnclearError("the CARS sign-in service did not answer in time, so nothing "
                               "was sent", sent=False) from None
        text = redact(resp.text[:2000], c.secrets())
        try:
            doc = json.loads(resp.text)
        except ValueError:
            doc = None
        doc = doc if isinstance(doc, dict) else {}
        if resp.status_code >= 500 or resp.status_code == 429:
            raise UnclearError(f"the CARS sign-in service answered HTTP {resp.status_code}; "
                               "nothing was sent", http_status=resp.status_code, answer=text,
                               sent=False)
        if resp.status_code != 200:  # no http_status: the filer's password is not at fault
            raise RefusedError(_refusal(doc, c.client_id, resp.status_code), answer=text)
        token, life = doc.get("access_token"), doc.get("expires_in")
        if not isinstance(token, str) or not token or not isinstance(life, int | float) \
                or isinstance(life, bool) or life <= 0:
            raise UnclearError("the CARS sign-in service's answer has no usable token; "
                               "nothing was sent", http_status=200, answer=text, sent=False)
        self.grants += 1
        self._token = token
        self._until = self._clock() + float(life) - min(MARGIN, float(life) / 2)
        return token


def _refusal(doc: dict[str, Any], client_id: str, status: int) -> str:
    code = str(doc.get("error", ""))
    if code == "invalid_client":
        return (f"CARS refused this app's sign-in (client ID {client_id}): the client secret "
                "saved in the keyring is not the one the CARS team issued; save the right "
                "one and try again")
    if code in ("unauthorized_client", "invalid_scope"):
        return (f"CARS does not let client {client_id} file ({code}); ask the CARS team "
                "to enable this app's registration")
    return f"CARS refused this app's sign-in (HTTP {status} {code})".rstrip()
