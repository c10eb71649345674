"""Development programmes tied to organisational goals: versions, modules and
activities (knowledge, reflection, action), cohorts, enrolments with
development goals, progress followed on a phone, and the manager's
checkpoints before, during and after."""
