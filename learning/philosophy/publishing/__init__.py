"""Publishing a philosophy: the publication task renders a version
(``rendering.py``: Markdown to safe HTML and the page; ``pdf.py``: the PDF),
stores both and marks it published (``service.py``, ``tasks.py``); the page's
stable and signed addresses (``addresses.py``) and the routes that serve it
(``routes.py``). ``rendering``, ``pdf`` and ``addresses`` are pure
computation (no SQL, no GraphQL) and keep their concept names."""
