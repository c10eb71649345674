"""Tests of programmes, enrolments, progress and checkpoints."""
