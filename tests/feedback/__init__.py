"""Tests of the feedback domain: frameworks and 360 evaluations."""
