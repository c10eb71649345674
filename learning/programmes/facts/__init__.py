"""What learning effect reads of programmes.

Learning effect aggregates over thousands of leaders in SQL, so it joins on
programme facts rather than loading rows: each ``*_facts`` in ``repository.py``
is a SELECT of named columns of one organisation's rows, which
``learning.effect`` uses as a subquery (read only), through ``service.py``,
beside the steps its demo data takes (progress, checkpoints).
"""
