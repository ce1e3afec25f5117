"""Small, pure Persian language rules: digits, list joining, number words, tidying."""
