"""Exports of releases and quotes: CSV for spreadsheets, bulk files for OpenSearch."""
