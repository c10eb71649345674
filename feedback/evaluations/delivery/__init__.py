"""Invitations and reminders: rater tokens and mail, in bulk."""
