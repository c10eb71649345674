"""What a leader learns: programmes, enrolments, progress, reflections,
checkpoints, mentoring, leadership philosophy and learning effect."""
