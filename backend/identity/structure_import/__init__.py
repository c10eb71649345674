"""Importing an organisation's structure from an HR system's CSV file.

``rows.py`` parses the file into rows (pure: no SQL, no GraphQL); ``service.py``
applies them, as the worker's ``tasks.py`` runs it.
"""
