"""Comments on a published version: feedback notes, reached only through
``feedback.notes.service`` (``service.py``); their input and payload in
``types.py``."""
