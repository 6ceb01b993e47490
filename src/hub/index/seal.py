"""A seal on the index cache: the hash of every file, signed with a key that never leaves this machine.

Whoosh reads its table of contents and stored fields with pickle, so a cache folder that someone
else wrote (a committed `.cache/`, a shared folder) could run code. The index is opened only when
its seal verifies; otherwise the folder is wiped and rebuilt.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path

SEAL_NAME = "seal.json"
KEY_ENV = "HUB_CACHE_KEY_FILE"


def _key_file() -> Path:
    configured = os.environ.get(KEY_ENV)
    if configured:
        return Path(configured)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "hub" / "cache-key"


def machine_key() -> bytes:
    """This machine's (user's) secret for sealing caches, made on first use, readable by its owner only."""
    path = _key_file()
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(key)
    return key


def _digests(directory: Path) -> dict[str, str]:
    found = {}
    for path in sorted(directory.iterdir()):
        if path.is_file() and path.name != SEAL_NAME and not path.name.endswith(".lock"):
            found[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _signature(digests: dict[str, str], key: bytes) -> str:
    payload = json.dumps(digests, sort_keys=True).encode()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def write_seal(directory: Path) -> None:
    """Seal the folder as it is now (call after every write)."""
    digests = _digests(directory)
    seal = {"files": digests, "signature": _signature(digests, machine_key())}
    temporary = directory / f".{SEAL_NAME}.tmp"
    temporary.write_text(json.dumps(seal), encoding="utf-8")
    os.replace(temporary, directory / SEAL_NAME)


def seal_holds(directory: Path) -> bool:
    """True when this machine sealed the folder and no file changed, appeared or went since."""
    try:
        seal = json.loads((directory / SEAL_NAME).read_text(encoding="utf-8"))
        recorded, signature = dict(seal["files"]), str(seal["signature"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    if not hmac.compare_digest(signature, _signature(recorded, machine_key())):
        return False
    return _digests(directory) == recorded
