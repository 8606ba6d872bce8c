"""Run many ``openstack`` command lines in one process, for speed.

Reads ``{"sentinels": {...} or null, "cases": [{"argv": [...], "env":
{...}}, ...]}`` on stdin; prints one JSON result (``rc``, ``stdout``,
``stderr``, ``seconds`` and, with sentinels, their ``state`` after the
case) a line. Each
command line gets a new OpenStackShell, as ``openstack`` would; importing
the client once saves about a second a case. ``test_bad_input`` also runs
a sample through the real executable, to keep this honest.
"""

import contextlib
import io
import json
import logging
import os
import sys
import time


def run_one(argv, env):
    from openstackclient import shell

    saved = {key: os.environ.get(key) for key in env}
    for key, value in env.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    root = logging.getLogger()
    handlers = list(root.handlers)
    out, err = io.StringIO(), io.StringIO()
    start = time.monotonic()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = shell.main(list(argv))
            except SystemExit as exit_:
                code = exit_.code
                rc = (
                    code
                    if isinstance(code, int)
                    else (0 if code is None else 1)
                )
            except BaseException:  # what would reach the interpreter
                import traceback

                traceback.print_exc()
                rc = 1
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return {
        'rc': rc,
        'stdout': out.getvalue(),
        'stderr': err.getvalue(),
        'seconds': round(time.monotonic() - start, 3),
    }


def _share_auth_and_discovery():
    """One token a cloud, one version document a URL, for every case.

    Each case still builds its own shell, session and client; only the
    Keystone token (by keystoneauth's own cache ID) and the unversioned
    discovery answers are reused, which saves three round trips a case.
    """
    from keystoneauth1.identity.generic import base as generic_base
    from keystoneauth1.identity.v3 import base as v3_base
    from keystoneauth1 import session as ks_session

    tokens = {}

    def cached(get_auth_ref):
        def get_cached_auth_ref(self, session, **kwargs):
            key = (type(self).__name__, self.get_cache_id())
            ref = tokens.get(key)
            if ref is None or ref.will_expire_soon(300):
                ref = tokens[key] = get_auth_ref(self, session, **kwargs)
            return ref

        return get_cached_auth_ref

    for cls in (generic_base.BaseGenericPlugin, v3_base.Auth):
        cls.get_auth_ref = cached(cls.get_auth_ref)
    discovery = {}
    init = ks_session.Session.__init__

    def shared_discovery(self, *args, **kwargs):
        kwargs['discovery_cache'] = discovery
        init(self, *args, **kwargs)

    ks_session.Session.__init__ = shared_discovery


def main():
    # Messages say "openstack ...", as the executable's would.
    sys.argv[0] = 'openstack'
    _share_auth_and_discovery()
    job = json.load(sys.stdin)
    sentinels = job.get('sentinels')
    admin = None
    if sentinels:
        from tests.functional import base
        from tests.functional.bad_input import _sentinels

        admin = base.proxy(base.ADMIN)
    real_stdout = sys.stdout
    for item in job['cases']:
        result = run_one(item['argv'], item.get('env') or {})
        if admin is not None and item.get('check', True):
            try:
                result['state'] = _sentinels.state(admin, sentinels)
            except Exception as err:
                result['state'] = f'cannot read the sentinels: {err!r}'
        real_stdout.write(json.dumps(result) + '\n')
        real_stdout.flush()


if __name__ == '__main__':
    main()
