"""One module per command-line command; each has ``register(subparsers)``."""
