"""Test support shared by unit, integration and end-to-end tests (never imported by services)."""
