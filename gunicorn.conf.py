"""gunicorn in production: ``gunicorn -c gunicorn.conf.py factcheck.wsgi``.

Threaded workers (``gthread``): each process answers several requests at once, so a
long answer — a CSV or JSON download of the whole archive streams for minutes —
holds one thread, not a whole process, and short pages keep being served beside it.
With the default sync workers, two downloads in flight on two workers made every
other request wait (docs/benchmarks.md, "Archive scale").

Every setting can be changed from the environment (``GUNICORN_*``) or, as for any
gunicorn config, on the command line or in ``GUNICORN_CMD_ARGS``. Each thread keeps
its own database connection: workers × threads connections (16 by default) must fit
PostgreSQL's ``max_connections`` with room for the other app servers.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Processes: the CPU work of rendering pages. Two per core is gunicorn's usual advice;
# on a small machine shared with PostgreSQL, one per core leaves room for the database.
workers = int(os.environ.get("GUNICORN_WORKERS", str(os.cpu_count() or 2)))
worker_class = "gthread"
# Threads per process: requests waiting on the database or a slow client (downloads).
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
# A thread streaming a download keeps its worker alive (the heartbeat is not blocked);
# this bounds a request that hangs.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "120"))
graceful_timeout = 30
keepalive = 5
# Recycle a process now and then, so nothing it accumulates outlives a few thousand requests.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = 500
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
