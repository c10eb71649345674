"""The direct manager's checkpoints before, during and after a programme."""
