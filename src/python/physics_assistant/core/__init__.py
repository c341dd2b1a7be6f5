"""Shared plumbing for every service: settings, JSON logging, metrics, health and serving."""
