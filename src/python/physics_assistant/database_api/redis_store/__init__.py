"""Redis: live tutoring sessions (TTL), a response cache, rate limits and the RQ connection."""
