"""Building the index: releases prepared in worker processes, full rebuilds and incremental updates."""
