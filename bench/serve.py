"""The production server for the HTTP part of the benchmark: waitress on 127.0.0.1, in one or
several worker processes (as ``pressesuche serve --production --workers N``)."""

from __future__ import annotations

import argparse
import logging


def main(argv: list[str] | None = None) -> None:
    """``python -m bench.serve INDEX PORT``: serve the web app until terminated."""
    from webapp import server

    parser = argparse.ArgumentParser(prog="python -m bench.serve")
    parser.add_argument("index")
    parser.add_argument("port", type=int)
    parser.add_argument("--threads", type=int, default=server.THREADS, help="per process")
    parser.add_argument("--workers", type=int, default=1, help="worker processes")
    parser.add_argument("--warm", action="store_true", help="read the tables before serving")
    parser.add_argument("--opensearch", default="", help="a cluster's URL: serve from it")
    parser.add_argument("--alias", default="pressesuche", help="the cluster's alias")
    args = parser.parse_args(argv)

    from webapp import ENGINE, create_app

    logging.getLogger("waitress").setLevel(logging.ERROR)
    settings = {
        "INDEX_DIR": args.index,
        "OPENSEARCH": args.opensearch,
        "OPENSEARCH_INDEX": args.alias,
    }

    def make_app(_slot: int):
        app = create_app(settings)
        if args.warm:
            app.extensions[ENGINE].warm()
        return app

    sock = server.listening_socket("127.0.0.1", args.port)
    raise SystemExit(server.serve_production(make_app, sock, args.workers, threads=args.threads))


if __name__ == "__main__":
    main()
