"""Building the index: releases prepared in workers, full rebuilds and incremental updates."""
