"""The national-scale data set of ``bench/generate.py``: the shape of the
country (``shape``), then one module per slice whose tables it fills with COPY."""
