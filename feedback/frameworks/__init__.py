"""Competency frameworks: versioned competencies with rated items and open questions."""
