"""One request's learning-effect figures.

``calculator.Effect`` reads each section when first asked for: the
aggregates of ``repository`` (and of ``change.repository`` and
``ratings.repository``) over the
population of ``population``, made into figures and passed through the
release rule of ``release``. Pure computation, with no SQL and no
strawberry, keeps concept names: ``statistics`` (moments, intervals, effect
sizes), ``figures`` and ``breakdowns`` (figures from rows of sums) and
``periods`` (the fixed lattice of quarters and years a filter may name).
``release`` is the privacy rule every figure passes before it is shown.
"""
