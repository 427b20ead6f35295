"""E-filing: the filing protocol, transports, the outbox state machine, a practice server.

This package knows nothing of the store: ``services/filing/`` connects the
outbox to the database (each state change its own short transaction).
"""
