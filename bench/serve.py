"""One production server process for the HTTP part of the benchmark: waitress on 127.0.0.1."""

from __future__ import annotations

import argparse
import logging


def main(argv: list[str] | None = None) -> None:
    """``python -m bench.serve INDEX PORT``: serve the web app until terminated."""
    parser = argparse.ArgumentParser(prog="python -m bench.serve")
    parser.add_argument("index")
    parser.add_argument("port", type=int)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--opensearch", default="", help="a cluster's URL: serve from it")
    parser.add_argument("--alias", default="pressesuche", help="the cluster's alias")
    args = parser.parse_args(argv)
    from waitress import serve

    from webapp import create_app

    logging.getLogger("waitress").setLevel(logging.ERROR)
    app = create_app(
        {"INDEX_DIR": args.index, "OPENSEARCH": args.opensearch, "OPENSEARCH_INDEX": args.alias}
    )
    serve(app, host="127.0.0.1", port=args.port, threads=args.threads, _quiet=True)


if __name__ == "__main__":
    main()
