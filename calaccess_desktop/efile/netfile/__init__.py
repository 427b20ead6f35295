"""NetFile's vendor e-filing API (versions 1.1 and 1.0), used by many cities and counties.

- ``client``: ``NetFileTransport``, the outbox's transport (no idempotency key:
  ``can_lookup`` is False, so a lost answer is held for the treasurer).
- ``answers``: the XML answers and the base64 validation report, read safely (no DTDs,
  no entities), and the report's findings in the app's words.
- ``server`` / ``store``: ``practice-server --flavor netfile``, the same API on loopback.
"""
