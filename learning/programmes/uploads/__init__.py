"""Presigned uploads: a knowledge activity's media (HR) and an action's
evidence (the leader); the ticket type both mutations return."""
