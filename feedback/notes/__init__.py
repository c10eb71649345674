"""Feedback notes from mentors and managers on what a leader shared, with
replies, audiences, read receipts and hiding; reused for comments on
leadership philosophies."""
