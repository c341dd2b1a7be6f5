"""Database API (:8001): users, interactions and progress in PostgreSQL, the physics knowledge
graph over Bolt (Neo4j 5 in production, ArcadeDB in tests), sessions, caching and rate limits in
Redis. `python -m physics_assistant.database_api {migrate|load-graph|serve}`; docs/database.md."""
