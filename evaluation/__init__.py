"""Scoring the extraction against gold data: beside the product, not part of its runtime."""
