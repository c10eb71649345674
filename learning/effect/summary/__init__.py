"""The phone's summary of learning effect, kept as a read model: what one
viewer's summary showed, served again for a few minutes (``service``)."""
