"""Custom parts of the NLU pipeline."""
