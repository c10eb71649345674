"""What changed between two versions of a philosophy: ``diff.py`` compares
them section by section (pure computation, difflib: no SQL, no GraphQL),
``types.py`` shows the result."""
