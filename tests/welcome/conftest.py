"""The start page's tests use the counter tests' fixtures (tests/counter/conftest.py):
a private temporary folder, a window context on the test's store, and main windows."""

from tests.counter.conftest import ctx, private_temp, window_on  # noqa: F401
