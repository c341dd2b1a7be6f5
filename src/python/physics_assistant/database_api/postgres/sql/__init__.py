"""Versioned SQL migrations, applied in order by `database-api migrate` (NNNN_name.sql)."""
