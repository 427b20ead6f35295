"""Many writers at once: who is acting in which window (``who``), counters taken in one
statement (``counters``), edits refused when someone else changed the row first
(``conflicts``), and the journal that lets a window show others' edits (``journal``)."""
