"""A broken Shared File Systems API on 127.0.0.1, for the bad-input suite.

One server, one port (random), many faults: the first path segment names
the fault, so ``http://127.0.0.1:<port>/<fault>/v2`` is an endpoint
override whose every API request gets that fault. Its unversioned root
(``/<fault>/``) answers Manila's version document, so the plugin gets
past discovery and meets the fault on the request that matters.

Faults: ``500``, ``503``, ``badjson`` (200, truncated JSON), ``empty``
(200, no body), ``html`` (200, an HTML page), ``wrongkey`` (200, JSON
without the resource's key), ``list`` (200, a JSON list), ``hang`` (no
answer until the server stops), ``413`` (Manila's quota answer) and
``409`` (a conflict). For ``--wait``: ``creating`` (a share is created
and stays ``creating``), ``flaky`` (it becomes ``available`` after polls
that meet a dropped connection, 503, 502 and 504) and ``down`` (every
poll meets 503).

Run it alone with ``python -m tests.functional.fault_server`` to try
the CLI by hand.
"""

import http.server
import json
import threading
import time

VERSIONS = {
    'versions': [
        {
            'id': 'v2.0',
            'status': 'CURRENT',
            'version': '2.99',
            'min_version': '2.0',
            'updated': '2015-08-27T11:33:21Z',
            'links': [{'rel': 'self', 'href': '{root}v2/'}],
            'media-types': [
                {
                    'base': 'application/json',
                    'type': 'application/vnd.openstack.share+json;version=1',
                }
            ],
        }
    ]
}

JSON = 'application/json'
#: fault -> (status, content type, body)
FAULTS = {
    '500': (
        500,
        JSON,
        b'{"computeFault": {"code": 500, "message": '
        b'"The server has either erred or is incapable of performing '
        b'the requested operation."}}',
    ),
    '503': (
        503,
        'text/html',
        b'<html><body><h1>503 Service Unavailable'
        b'</h1>No server is available.</body></html>',
    ),
    'badjson': (200, JSON, b'{"share": {"id": "1234", "name": '),
    'empty': (200, JSON, b''),
    'html': (
        200,
        'text/html',
        b'<!DOCTYPE html><html><head><title>Login'
        b'</title></head><body><form>Sign in</form></body></html>',
    ),
    'wrongkey': (200, JSON, b'{"unexpected": {"id": "1234"}}'),
    'list': (200, JSON, b'[{"id": "1234"}]'),
    '413': (
        413,
        JSON,
        b'{"overLimit": {"code": 413, "message": '
        b'"Requested share exceeds allowed project/user or share type '
        b'gigabytes quota."}}',
    ),
    '409': (
        409,
        JSON,
        b'{"conflictingRequest": {"code": 409, "message": '
        b'"Invalid share: Share status must be available."}}',
    ),
}
SHARE_ID = '0fa17000-0000-4000-8000-000000000001'
#: The ``hang`` fault gives up after this long, in seconds.
HANG_LIMIT = 120


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def _answer(self):
        length = int(self.headers.get('Content-Length') or 0)
        if length:
            self.rfile.read(length)
        fault, _sep, rest = self.path.lstrip('/').partition('/')
        self.server.requests.append((self.command, self.path))
        if rest in ('', '?') or not rest.startswith('v2'):
            root = f'http://{self.headers.get("Host")}/{fault}/'
            body = json.dumps(VERSIONS).replace('{root}', root).encode()
            return self._send(300, JSON, body)
        if fault in ('creating', 'flaky', 'down'):
            return self._share_api(fault, rest)
        if fault == 'hang':
            deadline = time.monotonic() + HANG_LIMIT
            while time.monotonic() < deadline and not self.server.stopping:
                time.sleep(0.1)
            return None
        status, content_type, body = FAULTS.get(
            fault, (404, JSON, b'{"itemNotFound": {"message": "no fault"}}')
        )
        return self._send(status, content_type, body)

    def _share_api(self, fault, rest):
        """A share that is created, then polled through the fault."""
        share = {
            'id': SHARE_ID,
            'name': 'fault',
            'size': 1,
            'status': 'creating',
            'share_proto': 'NFS',
            'metadata': {},
            'links': [],
        }
        if rest.endswith('/export_locations'):
            return self._json(200, {'export_locations': []})
        if self.command == 'POST':
            return self._json(202, {'share': share})
        polls = self.server.polls = getattr(self.server, 'polls', 0) + 1
        if fault == 'down':
            return self._send(503, 'text/html', b'Service Unavailable')
        if fault == 'flaky':
            if polls == 1:
                self.close_connection = True
                self.connection.shutdown(2)
                return None
            if polls <= 4:
                code = {2: 503, 3: 502, 4: 504}[polls]
                return self._send(
                    code, 'text/html', b'<html>restarting</html>'
                )
            share['status'] = 'available'
        return self._json(200, {'share': share})

    def _json(self, status, body):
        return self._send(status, JSON, json.dumps(body).encode())

    def _send(self, status, content_type, body):
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _answer


class FaultServer:
    """``with FaultServer() as server: server.url('500')``."""

    def __init__(self):
        self._httpd = http.server.ThreadingHTTPServer(
            ('127.0.0.1', 0), _Handler
        )
        self._httpd.daemon_threads = True
        self._httpd.stopping = False
        self._httpd.requests = []
        self._thread = None

    @property
    def port(self):
        return self._httpd.server_address[1]

    @property
    def requests(self):
        """(method, path) of every request received."""
        return list(self._httpd.requests)

    def url(self, fault):
        """The endpoint override that meets ``fault``."""
        return f'http://127.0.0.1:{self.port}/{fault}/v2'

    def start(self):
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, daemon=True
        )
        self._thread.start()
        return self

    def stop(self):
        self._httpd.stopping = True
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


if __name__ == '__main__':
    with FaultServer() as server:
        for name in sorted(FAULTS) + ['hang']:
            print(f'{name:9} {server.url(name)}')
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
