"""``home``: a leader's start screen in one round trip, at a fixed number of
statements (with what the mentoring and feedback slices provide)."""
