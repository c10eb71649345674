"""HR's reminders of an open 360 cycle: send them now, change the days."""
