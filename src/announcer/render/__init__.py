"""Renderers: each draws the composer's blocks in one output format and composes nothing."""
