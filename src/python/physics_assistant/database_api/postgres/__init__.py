"""PostgreSQL: the pool, versioned migrations and one repository module per table group."""
