"""Development programmes tied to organisational goals: versions, modules and
activities (knowledge, reflection, action), cohorts, enrolments with
development goals, progress followed on a phone, and the manager's
checkpoints before, during and after.

The slice's own files hold programmes and their content (HR's authoring);
each sub-capability is a sub-package with the same file roles:
``enrolments``, ``progress`` (the offline sync engine), ``checkpoints``,
``home``, ``sharing``, ``uploads``, ``reminders`` and ``seed``. Other slices
reach programmes only through ``service.py``.
"""
