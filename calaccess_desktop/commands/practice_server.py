"""``practice-server [--host 127.0.0.1] [--port N] [--data DIR] [--faults SPEC]``.

A real filing server on this computer for training and tests: it speaks the
protocol of docs/EFILE.md, judges uploads as the SOS does and keeps its filings
in its own SQLite file. ``--faults`` makes it misbehave (see efile/faults.py).

Exit status: 0 after Ctrl+C; 1 when the data folder or file, a TLS file or the port
cannot be used (each with its own message); 2 for a bad fault plan or options.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from pathlib import Path
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, whole_number
from calaccess_desktop.errors import UserError

DEFAULT_PORT = 8765


def default_data_dir() -> Path:
    """The practice server's folder in the user's data folder."""
    from platformdirs import user_data_dir

    from calaccess_desktop import APP_NAME

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "practice-server"


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted."""
    from calaccess_desktop.efile.practice_server import PracticeServer
    from calaccess_desktop.efile.protocol import is_loopback

    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(message)s")
    data = Path(args.data).expanduser() if args.data else default_data_dir()
    kwargs: dict[str, Any] = {"host": args.host, "port": args.port, "faults": args.faults or "",
                              "seed": args.seed, "timeout": args.timeout}
    try:
        if args.flavor == "netfile":
            server: Any = netfile_server(data, args, kwargs)
        elif args.flavor == "cars":
            from calaccess_desktop.efile.cars.server import CarsPracticeServer

            server = CarsPracticeServer(data, **kwargs)
        else:
            server = PracticeServer(data, tls_cert=args.tls_cert, tls_key=args.tls_key,
                                    **kwargs)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_status
    if not is_loopback(args.host):
        print("warning: listening beyond this computer; clients accept plain http only from "
              "127.0.0.1, so other computers need --tls-cert", file=sys.stderr)
    api = {"netfile": " (NetFile vendor API at /filer/vendor/api/v11/ and /v10/)",
           "cars": " (CARS vendor API)"}.get(args.flavor, "")
    print(f"Practice filing server at {server.url}{api}", flush=True)
    print(f"Filings are kept in {server.store.path}", flush=True)
    if args.faults:
        print(f"Faults planned: {server.faults.describe()}", flush=True)
    print("Not the Secretary of State: nothing sent here is filed. Ctrl+C stops it.", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return EXIT_OK


def netfile_server(data: Path, args: argparse.Namespace, kwargs: dict[str, Any]) -> Any:
    """``--flavor netfile`` with its agency options."""
    from calaccess_desktop.efile.netfile.server import NetFilePracticeServer
    from calaccess_desktop.efile.netfile.store import Options

    options = Options(
        signers_required=frozenset(a.strip().upper() for a in (args.signers_required or "")
                                   .split(",") if a.strip()),
        allow_duplicates=args.allow_duplicates,
        versions=("v10",) if args.v10_only else ("v11", "v10"))
    return NetFilePracticeServer(data, netfile=options, tls_cert=args.tls_cert,
                                 tls_key=args.tls_key, **kwargs)


def _seconds(text: str) -> float:
    """A timeout in seconds (0.1 to 3600), for argparse."""
    import re

    if not re.fullmatch(r"[0-9]+(\.[0-9]*)?", text.strip(), re.ASCII) or not (
            0.1 <= float(text) <= 3600):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds from 0.1 to "
                                         "3600")
    return float(text)


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "practice-server", run,
                    "run a practice filing server (for training and tests; not the SOS)")
    p.add_argument("--flavor", choices=("practice", "netfile", "cars"), default="practice",
                   help="which filing API to speak: the app's own (practice), NetFile's "
                   "vendor API (netfile) or the SOS's CARS (cars)")
    p.add_argument("--signers-required", metavar="AGENCIES",
                   help="netfile: agency codes (the filer ID's prefix, PRAC of PRAC-123456) "
                   "whose filings need signer IDs and PINs, comma-separated")
    p.add_argument("--allow-duplicates", action="store_true",
                   help="netfile: file a statement again when it is sent again (to see a "
                   "client that sends twice); by default a copy already on file is rejected")
    p.add_argument("--v10-only", action="store_true",
                   help="netfile: serve only version 1.0 of the API (no /v11/)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=whole_number("port number", 0, 65535), default=DEFAULT_PORT,
                   help="0 picks a free port")
    p.add_argument("--data", metavar="DIR", help="folder for the server's SQLite file")
    p.add_argument("--faults", metavar="SPEC",
                   help="misbehave, e.g. '503*2,drop,lost,hang=20,slow=1,processing*3,"
                   "chaos=0.3' (see docs/EFILE.md)")
    p.add_argument("--seed", type=whole_number("seed", 0, 2**63 - 1),
                   help="random seed for chaos faults")
    p.add_argument("--timeout", type=_seconds, default=20.0, metavar="SECONDS",
                   help="close a connection that sends nothing for this long (default 20)")
    p.add_argument("--tls-cert", type=Path, metavar="PEM", help="serve https with this certificate")
    p.add_argument("--tls-key", type=Path, metavar="PEM", help="the certificate's private key")
    return p
