"""What a release says: its publication date, persons, organisations and quotes with speakers."""
