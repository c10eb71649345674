"""Matching new leaders with mentors. ``problem.py`` (the optimiser's input
arrays), ``matching.py`` (the optimiser: fit, min-cost matching, the greedy
baseline), ``scan.py`` (its candidates, found by feature; ``exhaustive.py``,
the reference, scores every pair), ``explanations.py`` (why a pair fits) and
``shortlist.py`` (a new leader's ranking, spread over the mentors) are pure
computation, without SQL or GraphQL, and keep their concept names. Runs and
requests are the usual roles: ``service.py``, ``repository.py``, ``types.py``,
``api.py``, ``tasks.py``."""
