"""This plugin and python-manilaclient installed together.

The issue: "With both installed, in either install order, ``openstack
share ...`` must run this plugin's commands, ``openstack`` must not crash,
and stderr stays free of warnings."

stevedore lists entry points in ``sys.path`` order, so two ``pip install
--target`` directories put on ``PYTHONPATH`` in both orders prove both load
orders, on top of a venv with the latest python-openstackclient (whose own
python-manilaclient is uninstalled, so only the ``--target`` copy counts).
That venv is built once and cached under ``.local-cloud/coexist/``.
"""

import ast
import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv

from tests.functional import base

OSC_REQUIREMENT = 'python-openstackclient==10.5.0'
MANILACLIENT_REQUIREMENT = 'python-manilaclient==6.3.0'
CACHE_ROOT = os.path.join(base.REPO_ROOT, '.local-cloud', 'coexist')
#: How long a first build may take (pip downloads from the index).
BUILD_TIMEOUT = 900


def _digest(paths, extra=''):
    sha = hashlib.sha256(extra.encode())
    for path in paths:
        sha.update(path.encode())
        try:
            with open(path, 'rb') as f:
                sha.update(f.read())
        except FileNotFoundError:
            sha.update(b'<missing>')
    return sha.hexdigest()[:16]


def _source_files():
    """Every file of the package: the --target copy must be current."""
    found = []
    top = os.path.join(base.REPO_ROOT, 'osc_share_plugin')
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if d != '__pycache__')
        found += [
            os.path.join(root, f)
            for f in sorted(files)
            if not f.endswith('.pyc')
        ]
    return found


def _metadata_files():
    return [
        os.path.join(base.REPO_ROOT, name)
        for name in ('setup.cfg', 'setup.py', 'requirements.txt')
    ]


@contextlib.contextmanager
def _locked(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _run(cmd, **kwargs):
    env = dict(
        os.environ, PIP_DISABLE_PIP_VERSION_CHECK='1', PBR_VERSION='0.0.1'
    )
    env.pop('PYTHONPATH', None)
    env.pop('PIP_TARGET', None)
    proc = subprocess.run(
        cmd,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        **kwargs,
    )
    if proc.returncode != 0:
        raise RuntimeError(
            f'{" ".join(cmd)} exited {proc.returncode}\n{proc.stdout}\n'
            f'{proc.stderr}'
        )
    return proc


def _build_once(path, build):
    """Run ``build(path)`` unless a complete build is there already.

    Builds in place (venv scripts hard-code their path in their shebang)
    and marks completion last, so an interrupted build is redone.
    """
    marker = os.path.join(path, '.complete')
    if os.path.exists(marker):
        return False
    shutil.rmtree(path, ignore_errors=True)
    build(path)
    with open(marker, 'w') as f:
        f.write(time.strftime('%Y-%m-%dT%H:%M:%S\n'))
    return True


def _prune(prefix, keep):
    """Remove older cached builds of one kind (they are keyed by hash)."""
    for name in os.listdir(CACHE_ROOT):
        path = os.path.join(CACHE_ROOT, name)
        if name.startswith(prefix) and path != keep and os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)


def _build_venv(path):
    # venv links to the base interpreter of the Python running the tests,
    # not to that (possibly short-lived) venv.
    venv.EnvBuilder(with_pip=True, symlinks=True).create(path)
    py = os.path.join(path, 'bin', 'python')
    _run([py, '-m', 'pip', 'install', '-q', OSC_REQUIREMENT])
    _run([py, '-m', 'pip', 'uninstall', '-y', '-q', 'python-manilaclient'])


def _build_manila_dir(path):
    _run(
        [
            sys.executable,
            '-m',
            'pip',
            'install',
            '-q',
            '--no-deps',
            '--no-compile',
            '--target',
            path,
            MANILACLIENT_REQUIREMENT,
        ]
    )


def _build_ours_dir(path):
    _run(
        [
            sys.executable,
            '-m',
            'pip',
            'install',
            '-q',
            '--no-deps',
            '--no-compile',
            '--target',
            path,
            base.REPO_ROOT,
        ]
    )


_PREPARED = {}


def prepare():
    """(venv python dir, manila dir, ours dir, seconds spent building)."""
    if _PREPARED:
        return _PREPARED['paths']
    start = time.monotonic()
    env_key = _digest(
        _metadata_files(),
        extra=f'{sys.version_info[:2]}|{OSC_REQUIREMENT}|'
        f'{MANILACLIENT_REQUIREMENT}',
    )
    ours_key = _digest(_metadata_files() + _source_files())
    venv_dir = os.path.join(CACHE_ROOT, f'venv-{env_key}')
    manila_dir = os.path.join(CACHE_ROOT, f'manila-{env_key}')
    ours_dir = os.path.join(CACHE_ROOT, f'ours-{ours_key}')
    with _locked(os.path.join(CACHE_ROOT, 'build.lock')):
        built = [
            name
            for name, path, build in (
                ('venv', venv_dir, _build_venv),
                ('manilaclient', manila_dir, _build_manila_dir),
                ('plugin', ours_dir, _build_ours_dir),
            )
            if _build_once(path, build)
        ]
        _prune('venv-', venv_dir)
        _prune('manila-', manila_dir)
        _prune('ours-', ours_dir)
    spent = time.monotonic() - start
    if built:
        sys.stderr.write(
            f'coexistence: built {", ".join(built)} in {spent:.1f} s '
            f'under {CACHE_ROOT}\n'
        )
    _PREPARED['paths'] = (venv_dir, manila_dir, ours_dir, spent)
    return _PREPARED['paths']


class CoexistenceMixin:
    """The asserts, for one ``openstack`` executable and PYTHONPATH."""

    executable = None
    pythonpath = None

    def run_cli(self, args, cloud=base.ADMIN, fail_ok=False):
        return base.run_openstack(
            args,
            cloud=cloud,
            fail_ok=fail_ok,
            executable=self.executable,
            env={'PYTHONPATH': self.pythonpath},
        )

    def ok(self, args, cloud=base.ADMIN):
        rc, out, err = self.run_cli(args, cloud=cloud)
        self.assertEqual(0, rc)
        self.assertEqual('', err, f'stderr of {args!r}')
        return out

    def check_plugin_modules(self, ours_first):
        """Both plugins are importable, from the expected places."""
        rc, out, err = self.run_python(
            'import manilaclient, osc_share_plugin, importlib.metadata as m;'
            'print(manilaclient.__file__);print(osc_share_plugin.__file__);'
            "print([e.value for e in m.entry_points("
            "group='openstack.cli.extension') if e.name == 'share'])"
        )
        self.assertEqual(0, rc, err)
        manila_file, ours_file, extensions = out.splitlines()
        self.assertIn('manilaclient.osc.plugin', extensions)
        self.assertIn('osc_share_plugin.plugin', extensions)
        return manila_file, ours_file, extensions

    def test_share_list(self):
        self.assertIsInstance(
            json.loads(self.ok(['share', 'list', '-f', 'json'])), list
        )

    def test_create_help_is_ours(self):
        out = self.ok(['share', 'create', '--help'], cloud=None)
        self.assertIn('--wait-timeout', out)
        self.assertIn('--mount-point-name', out)

    def test_show_is_ours(self):
        share = self.create_share()
        shown = json.loads(
            self.ok(['share', 'show', share.name, '-f', 'json'])
        )
        self.assertEqual(share.id, shown['id'])
        self.assertIsInstance(shown['export_locations'], list)
        self.assertIsInstance(shown['export_locations'][0], dict)
        self.assertIn('path', shown['export_locations'][0])
        self.assertIsInstance(shown['properties'], dict)

    def test_help(self):
        out = self.ok(['--help'], cloud=None)
        self.assertIn('share create', out)
        self.assertIn('--os-share-api-version', out)
        self.assertIn('2.0 to 2.99', ' '.join(out.split()))

    def test_version_option_is_ours(self):
        rc, out, err = self.run_cli(
            ['--os-share-api-version', '2.120', 'share', 'list'],
            fail_ok=True,
        )
        self.assertEqual(1, rc, err)
        self.assertIn('osc-share-plugin supports 2.0 to 2.99', err)
        self.assertNotIn('Traceback', err)


class IsolatedVenvMixin(CoexistenceMixin):
    """The cached venv, plugins from two --target dirs on PYTHONPATH."""

    ours_first = None

    def setUp(self):
        super().setUp()
        venv_dir, manila_dir, ours_dir, _spent = prepare()
        self.executable = os.path.join(venv_dir, 'bin', 'openstack')
        self.python = os.path.join(venv_dir, 'bin', 'python')
        order = (
            [ours_dir, manila_dir]
            if self.ours_first
            else [manila_dir, ours_dir]
        )
        self.order = order
        self.pythonpath = os.pathsep.join(order)

    def run_python(self, code):
        env = base.command_env({'PYTHONPATH': self.pythonpath})
        # Not from the repo: ``-c`` puts the current directory first on
        # sys.path, which would import the plugin from the work tree.
        proc = subprocess.run(
            [self.python, '-c', code],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=CACHE_ROOT,
        )
        return proc.returncode, proc.stdout, proc.stderr

    def test_load_order(self):
        manila_file, ours_file, extensions = self.check_plugin_modules(
            self.ours_first
        )
        manila_dir = self.order[1] if self.ours_first else self.order[0]
        ours_dir = self.order[0] if self.ours_first else self.order[1]
        self.assertTrue(manila_file.startswith(manila_dir), manila_file)
        self.assertTrue(ours_file.startswith(ours_dir), ours_file)
        # The entry points come in sys.path order: this order is the
        # install order being proven.
        values = ast.literal_eval(extensions)
        expected = (
            ['osc_share_plugin.plugin', 'manilaclient.osc.plugin']
            if self.ours_first
            else ['manilaclient.osc.plugin', 'osc_share_plugin.plugin']
        )
        self.assertEqual(expected, values)
        # python-openstackclient's own manilaclient was uninstalled.
        rc, out, err = self.run_python(
            'import importlib.metadata as m;'
            "print(len([d for d in m.distributions() "
            "if d.metadata['Name'] == 'python-manilaclient']))"
        )
        self.assertEqual('1', out.strip(), err)


class ManilaclientFirstTest(IsolatedVenvMixin, base.TestCase):
    ours_first = False


class PluginFirstTest(IsolatedVenvMixin, base.TestCase):
    ours_first = True


class SameVenvTest(CoexistenceMixin, base.TestCase):
    """Both installed normally, in the venv that runs these tests."""

    def setUp(self):
        super().setUp()
        self.executable = base.openstack_executable()
        self.pythonpath = None
        self.python = os.path.join(os.path.dirname(self.executable), 'python')
        if not os.path.exists(self.python):
            self.python = sys.executable

    def run_python(self, code):
        proc = subprocess.run(
            [self.python, '-c', code],
            env=base.command_env(),
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tempfile.gettempdir(),
        )
        return proc.returncode, proc.stdout, proc.stderr

    def test_both_installed(self):
        rc, out, err = self.run_python('import manilaclient')
        self.assertEqual(
            0,
            rc,
            'python-manilaclient must be installed beside the plugin '
            f'here:\n{err}',
        )
        self.check_plugin_modules(ours_first=None)
