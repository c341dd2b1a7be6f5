"""The physics knowledge graph: its content (pure data), DAG checks, loading and queries over Bolt."""
