"""The audit trail (issue #15 part 4): who changed what, when, before and after.

- ``trail``: writing it (``record`` for an action's row changes, ``undone`` for an
  undo/redo, ``note`` for an action without row changes such as a filing sent).
- ``report``: reading it per statement and per entry, in words.
"""
