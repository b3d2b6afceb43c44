"""Run the chronik web server (uvicorn) on one address."""

from __future__ import annotations

import sys

import uvicorn

from chronik.serve.app import ServeConfig, create_app

__all__ = ["ServeConfig", "run_server"]


def run_server(config: ServeConfig, host: str, port: int) -> None:
    """Serve until interrupted; says on stderr where and in which mode."""
    app = create_app(config)
    mode = "read-only" if config.write_token is None else "writes allowed with the token"
    print(f"chronik: serving {config.db} at http://{host}:{port}/ ({mode}; API docs at /docs)", file=sys.stderr,
          flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, date_header=False,
                access_log=False, limit_concurrency=64, timeout_keep_alive=5)
