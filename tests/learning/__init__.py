"""Tests of the learning domain."""
