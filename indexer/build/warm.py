"""Imported by the forkserver that starts the worker processes (``pipeline.Workers``).

Preparing a release loads modules, word lists, name tables and the tagger's model on first use,
about a second of CPU. Loaded here, in the forkserver, that happens once per run; each worker
forked from it starts with them loaded (and shares their memory until it writes to it) instead
of loading them again."""

from indexer.build.pipeline import warm_up

warm_up()
