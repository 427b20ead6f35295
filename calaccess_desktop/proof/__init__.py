"""Layouts of the proof-of-filing papers, drawn with the pdf engine's fonts and text
fitting: the receipt (``receipt_pdf``) and the filing packet's first page
(``packet_pdf``). Pure: they take plain values (``services/receipts.py``,
``services/filing_packet.py`` build them), never the store or Qt."""
