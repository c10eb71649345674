"""Privacy duties (GDPR): the personal-data registry, exports, erasure,
retention and the audit log. Domains declare their tables in their own
``privacy.py``; nothing here names a domain."""
