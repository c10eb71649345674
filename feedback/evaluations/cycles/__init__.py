"""Evaluation cycles: set-up, opening, closing and freezing the results."""
