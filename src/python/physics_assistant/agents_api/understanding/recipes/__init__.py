"""Recipes: one function per kind of question, grouped by topic (see base.py for the contract)."""
