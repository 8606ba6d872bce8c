"""Shared machinery of the functional tests.

The tests drive the REAL ``openstack`` executable against the local
Keystone + Manila cloud that ``tools/local-cloud up`` starts, and build
their fixtures through the plugin's embedded SDK proxy, in-process.

Which ``openstack`` runs: ``$OSC_SHARE_OPENSTACK`` when set, else the one
next to ``sys.executable`` (the venv running the tests), else ``PATH``'s.
"""

import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid

from oslotest import base as oslotest_base

REPO_ROOT = os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
DEFAULT_CLOUDS_YAML = os.path.join(REPO_ROOT, '.local-cloud', 'clouds.yaml')
KEYSTONE_URL = 'http://127.0.0.1:5000/v3'
MANILA_ROOT = 'http://127.0.0.1:8786/'
ADMIN = 'local-admin'
MEMBER = 'local-member'
#: Longest a fixture waits for a share, in seconds (the dummy driver
#: answers in about one second).
FIXTURE_WAIT = 120
#: Longest one ``openstack`` run may take, in seconds.
COMMAND_TIMEOUT = 300
UNREACHABLE = 'local cloud unreachable: run tools/local-cloud up'


class CommandFailed(Exception):
    def __init__(self, cmd, rc, stdout, stderr):
        self.cmd, self.rc, self.stdout, self.stderr = cmd, rc, stdout, stderr
        super().__init__(
            f'{" ".join(cmd)!r} exited {rc}\n'
            f'--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}'
        )


def clouds_yaml():
    return os.environ.get('OS_CLIENT_CONFIG_FILE') or DEFAULT_CLOUDS_YAML


def openstack_executable():
    explicit = os.environ.get('OSC_SHARE_OPENSTACK')
    if explicit:
        return explicit
    beside = os.path.join(os.path.dirname(sys.executable), 'openstack')
    if os.access(beside, os.X_OK):
        return beside
    found = shutil.which('openstack')
    if found:
        return found
    raise RuntimeError(
        'no openstack executable: set OSC_SHARE_OPENSTACK, or install '
        'python-openstackclient next to %s' % sys.executable
    )


def command_env(extra=None):
    """os.environ without OS_* (except the clouds.yaml one)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith('OS_')
    }
    env['OS_CLIENT_CONFIG_FILE'] = clouds_yaml()
    # Deterministic, uncoloured, unpaged output.
    env.setdefault('LC_ALL', 'C.UTF-8')
    env['PYTHONUNBUFFERED'] = '1'
    env.pop('PYTHONWARNINGS', None)
    if extra:
        for key, value in extra.items():
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
    return env


def run_openstack(
    args,
    cloud=ADMIN,
    fail_ok=False,
    parse_json=False,
    executable=None,
    env=None,
):
    """Run ``openstack [--os-cloud cloud] args``.

    :param args: a list of arguments or a string (split on whitespace).
    :param cloud: the clouds.yaml cloud, or None for no ``--os-cloud``.
    :returns: the parsed JSON stdout when ``parse_json``, else
        ``(rc, stdout, stderr)``.
    :raises CommandFailed: on a non-zero exit when not ``fail_ok``.
    """
    if isinstance(args, str):
        args = args.split()
    cmd = [executable or openstack_executable()]
    if cloud:
        cmd += ['--os-cloud', cloud]
    cmd += list(args)
    proc = subprocess.run(
        cmd,
        env=command_env(env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        # Away from the work tree, whose files must not be picked up.
        cwd=tempfile.gettempdir(),
    )
    if proc.returncode != 0 and not fail_ok:
        raise CommandFailed(cmd, proc.returncode, proc.stdout, proc.stderr)
    if parse_json:
        if proc.returncode != 0:
            raise CommandFailed(cmd, proc.returncode, proc.stdout, proc.stderr)
        try:
            return json.loads(proc.stdout)
        except ValueError as err:
            raise AssertionError(
                f'{" ".join(cmd)!r} printed no JSON ({err}):\n'
                f'{proc.stdout}\n--- stderr ---\n{proc.stderr}'
            )
    return proc.returncode, proc.stdout, proc.stderr


def start_openstack(args, cloud=ADMIN):
    """Start ``openstack [--os-cloud cloud] args`` without waiting for it.

    For what a test does to a running command (Ctrl-C): the same
    environment and directory as :func:`run_openstack`, output piped.
    """
    # Absolute: the command runs in another directory.
    cmd = [os.path.abspath(openstack_executable())]
    if cloud:
        cmd += ['--os-cloud', cloud]
    return subprocess.Popen(
        cmd + list(args),
        env=command_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tempfile.gettempdir(),
        # Ctrl-C reaches the command as in a terminal, even where the
        # tests run as a background job (which starts with SIGINT ignored).
        preexec_fn=_sigint_default,
    )


def _sigint_default():
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# ---------------------------------------------------------------- the cloud


@functools.cache
def cloud_problem():
    """None when Keystone and Manila answer, else what went wrong."""
    if not os.path.exists(clouds_yaml()):
        return f'{UNREACHABLE} ({clouds_yaml()} does not exist)'
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    for url in (KEYSTONE_URL, MANILA_ROOT):
        try:
            opener.open(url, timeout=10).read()
        except urllib.error.HTTPError as err:
            # Manila answers its version document with 300.
            if err.code not in (300,):
                return f'{UNREACHABLE} (GET {url}: HTTP {err.code})'
        except Exception as err:  # connection refused, timeout...
            return f'{UNREACHABLE} (GET {url}: {err})'
    return None


_PROXIES = {}


def proxy(cloud=ADMIN):
    """The plugin's embedded SDK proxy for ``cloud``, newest microversion."""
    if cloud in _PROXIES:
        return _PROXIES[cloud]
    import openstack
    from keystoneauth1 import discover
    from openstack import config as os_config

    from osc_share_plugin import plugin
    from osc_share_plugin.sdk.v2 import _proxy

    config = os_config.OpenStackConfig(
        config_files=[clouds_yaml()], vendor_files=[], secure_files=[]
    )
    conn = openstack.connection.Connection(config=config.get_one(cloud=cloud))
    client = conn.config.get_session_client(
        'shared-file-system', version='2', constructor=_proxy.Proxy
    )
    client._connection = conn
    endpoint = client.get_endpoint_data()
    wanted = min(
        endpoint.max_microversion or (2, 0), plugin._parse(plugin.MAX_VERSION)
    )
    client.default_microversion = discover.version_to_string(wanted)
    _PROXIES[cloud] = client
    return client


def unique(prefix='fn'):
    return f'{prefix}-{uuid.uuid4().hex[:12]}'


class TestCase(oslotest_base.BaseTestCase):
    """A functional test: fails (never skips) when the cloud is down."""

    def setUp(self):
        super().setUp()
        problem = cloud_problem()
        if problem:
            self.fail(problem)

    # ------------------------------------------------------------ the CLI

    def openstack(
        self, args, cloud=ADMIN, fail_ok=False, parse_json=False, **kwargs
    ):
        return run_openstack(
            args, cloud=cloud, fail_ok=fail_ok, parse_json=parse_json, **kwargs
        )

    def ok(self, args, cloud=ADMIN, **kwargs):
        """Run a command that must succeed with an empty stderr."""
        rc, out, err = self.openstack(args, cloud=cloud, **kwargs)
        self.assertEqual('', err, f'stderr of {args!r}')
        return out

    def ok_json(self, args, cloud=ADMIN, **kwargs):
        if isinstance(args, str):
            args = args.split()
        out = self.ok(list(args) + ['-f', 'json'], cloud=cloud, **kwargs)
        return json.loads(out)

    def fails(self, args, cloud=ADMIN, rc=None, **kwargs):
        """Run a command that must fail; returns (rc, stdout, stderr)."""
        code, out, err = self.openstack(
            args, cloud=cloud, fail_ok=True, **kwargs
        )
        self.assertNotEqual(0, code, f'{args!r} succeeded:\n{out}\n{err}')
        if rc is not None:
            self.assertEqual(rc, code, f'exit code of {args!r}:\n{err}')
        return code, out, err

    def assertOneLineError(self, err, *needles):
        """stderr is one short line, no traceback, with every needle."""
        self.assertNotIn('Traceback', err)
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertEqual(1, len(lines), f'not one line of error:\n{err}')
        for needle in needles:
            self.assertIn(needle, lines[0])
        return lines[0]

    # ------------------------------------------------------------ fixtures

    def create_share(self, cloud=ADMIN, wait=True, cleanup=True, **attrs):
        """A share made through the SDK, deleted at cleanup."""
        client = proxy(cloud)
        attrs.setdefault('share_protocol', 'NFS')
        attrs.setdefault('size', 1)
        attrs.setdefault('name', unique())
        share = client.create_share(**attrs)
        if cleanup:
            self.addCleanup(self.delete_share, share.id, cloud)
        if wait:
            share = client.wait_for_status(
                share,
                'available',
                failures=['error'],
                interval=1,
                wait=FIXTURE_WAIT,
            )
        return share

    def delete_share(self, share_id, cloud=ADMIN):
        """Delete a share, whatever state it is in; wait until gone."""
        from openstack import exceptions

        client = proxy(cloud)
        admin = proxy(ADMIN)
        try:
            share = admin.get_share(share_id)
        except exceptions.NotFoundException:
            return
        if getattr(share, 'is_soft_deleted', False):
            try:
                admin.restore_share(share)
                admin.wait_for_status(
                    share,
                    'available',
                    interval=1,
                    wait=FIXTURE_WAIT,
                    failures=['error'],
                )
            except exceptions.SDKException:
                pass
        # Wait out transitional states (creating, extending...).
        deadline = time.monotonic() + FIXTURE_WAIT
        while (
            share.status not in ('available', 'error')
            and '_error' not in share.status
            and time.monotonic() < deadline
        ):
            time.sleep(0.5)
            try:
                share = admin.get_share(share_id)
            except exceptions.NotFoundException:
                return
        try:
            if share.status == 'available':
                client.delete_share(share_id, ignore_missing=True)
            else:
                admin.delete_share(share_id, ignore_missing=True, force=True)
        except exceptions.SDKException:
            admin.delete_share(share_id, ignore_missing=True, force=True)
        admin.wait_for_delete(share, interval=1, wait=FIXTURE_WAIT)

    def create_snapshot(self, share, cloud=ADMIN, name=None):
        """A share snapshot made with a raw request, deleted at cleanup."""
        client = proxy(cloud)
        name = name or unique('snap')
        resp = client.post(
            '/snapshots',
            json={'snapshot': {'share_id': share.id, 'name': name}},
            raise_exc=False,
        )
        self.assertIn(resp.status_code, (200, 202), resp.text)
        snapshot = resp.json()['snapshot']
        self.addCleanup(self.delete_snapshot, snapshot['id'], cloud)
        deadline = time.monotonic() + FIXTURE_WAIT
        while snapshot['status'] != 'available':
            self.assertNotIn('error', snapshot['status'], snapshot)
            self.assertLess(time.monotonic(), deadline, snapshot)
            time.sleep(0.3)
            snapshot = client.get(f'/snapshots/{snapshot["id"]}').json()[
                'snapshot'
            ]
        return snapshot

    def delete_snapshot(self, snapshot_id, cloud=ADMIN):
        client = proxy(cloud)
        deadline = time.monotonic() + FIXTURE_WAIT
        resp = client.get(f'/snapshots/{snapshot_id}', raise_exc=False)
        if resp.status_code == 404:
            return
        while resp.json()['snapshot']['status'] not in ('available', 'error'):
            if time.monotonic() > deadline:
                break
            time.sleep(0.3)
            resp = client.get(f'/snapshots/{snapshot_id}', raise_exc=False)
            if resp.status_code == 404:
                return
        if resp.json()['snapshot']['status'] == 'error':
            proxy(ADMIN).post(
                f'/snapshots/{snapshot_id}/action',
                json={'force_delete': None},
                raise_exc=False,
            )
        else:
            client.delete(f'/snapshots/{snapshot_id}', raise_exc=False)
        while time.monotonic() < deadline:
            resp = client.get(f'/snapshots/{snapshot_id}', raise_exc=False)
            if resp.status_code == 404:
                return
            time.sleep(0.3)

    def share_type(self, name='default'):
        return proxy(ADMIN).find_share_type(name, ignore_missing=False)
