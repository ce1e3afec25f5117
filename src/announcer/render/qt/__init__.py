"""The renderers that paint with Qt: the pages the preview, the PDF and the printer draw
(pages.py, laid out once by Qt), the PDF writer (pdf.py) and its text layer (pdf_text.py),
and the Qt application and bundled fonts they need without the window (qtapp.py). They
never import the window (tests/project/test_layers.py); the plain renderers beside them
(text, HTML, Word) import no Qt at all."""
