"""Compose formal Persian announcements from a structured form.

The core (model, draft files, Persian rules, dates, composer and renderers) imports
no Qt, so it can be used and tested without a display.
"""
