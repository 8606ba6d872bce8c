"""Bad input and broken servers, against the real local cloud.

The cases live in ``tests/functional/bad_input/<family>.py`` (one module
per command family). Each must exit non-zero without a traceback, with
one line on stderr (argparse's usage block aside) that names the given
words; the sentinel shares and share type must be unchanged after every
case, and nothing may exist under the case's ``{NEW}`` name.

Cases run in batches, many to one Python process (``bad_input/_runner``),
one test method a batch so that stestr spreads them over its workers; a
sample also runs through the real ``openstack`` executable.
"""

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid

import yaml

from tests.functional import bad_input
from tests.functional.bad_input import _sentinels
from tests.functional import base
from tests.functional import fault_server

#: Cases a test method runs (one process).
BATCH = 30
#: Seconds the timeout cloud waits for an answer.
API_TIMEOUT = 2
NEW_PREFIX = 'badinput-new'
TRACEBACK = re.compile(r'Traceback \(most recent call last\)|^\s+File "', re.M)


def _clouds_yaml(directory):
    """The local clouds.yaml plus the timeout cloud."""
    with open(base.clouds_yaml()) as source:
        config = yaml.safe_load(source)
    clouds = config.setdefault('clouds', {})
    if base.ADMIN in clouds:
        clouds[bad_input.TIMEOUT_CLOUD] = dict(
            clouds[base.ADMIN], api_timeout=API_TIMEOUT
        )
    path = os.path.join(directory, 'clouds.yaml')
    with open(path, 'w') as target:
        yaml.safe_dump(config, target)
    return path


def openstack():
    """The executable, as an absolute path: commands run elsewhere."""
    return os.path.abspath(base.openstack_executable())


def reaches_sentinels(case):
    text = ' '.join(case.argv)
    if '{FAULT_' in text or 'endpoint-override' in text:
        return False
    return any(f'{{{key}' in text for key in ('A', 'B', 'TYPE'))


def error_lines(stderr):
    """stderr's lines, argparse's usage block left out."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    if lines and lines[0].startswith('usage:'):
        rest = lines[1:]
        while rest and rest[0].startswith((' ', '\t')):
            rest = rest[1:]
        lines = rest
    return lines


class BadInputTestCase(base.TestCase):
    """Fault server, sentinels and the case runner, once a class.

    One class a family is generated below (``TestBadInput_<family>``,
    ``test_<n>`` a batch of cases each) so that stestr, which groups
    tests by class, spreads the families over its workers.
    """

    ids = None
    server = None
    problem = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tmp = tempfile.mkdtemp(prefix='bad-input-')
        if base.cloud_problem():
            return  # every test fails in setUp, saying why
        cls.config = _clouds_yaml(cls.tmp)
        cls.server = fault_server.FaultServer().start()
        cls.new_name = f'{NEW_PREFIX}-{uuid.uuid4().hex[:10]}'
        cls.nothing = str(uuid.uuid4())
        try:
            cls.ids = _sentinels.create(base.proxy(base.ADMIN))
            cls.baseline = _sentinels.state(base.proxy(base.ADMIN), cls.ids)
        except Exception as err:
            cls.problem = (
                f'could not create the sentinels: {err!r} '
                f'{getattr(err, "details", "")}'
            )

    @classmethod
    def tearDownClass(cls):
        if cls.server is not None:
            cls.server.stop()
        if cls.ids:
            cleaner = base.TestCase('run')
            try:
                _sentinels.delete(base.proxy(base.ADMIN), cls.ids, cleaner)
            finally:
                cleaner.doCleanups()
        super().tearDownClass()

    def setUp(self):
        super().setUp()
        if self.problem:
            self.fail(self.problem)

    # ---------------------------------------------------------- running

    def values(self):
        values = dict(self.ids)
        values['NEW'] = self.new_name
        values['UUID'] = self.nothing
        for fault in list(fault_server.FAULTS) + ['hang']:
            values[f'FAULT_{fault}'] = self.server.url(fault)
        return values

    def argv(self, case):
        values = self.values()
        return [openstack()] + [
            '--os-cloud',
            case.cloud,
            *(part.format(**values) for part in case.argv),
        ]

    def run_batch(self, cases, sentinels=True):
        """Results of ``cases``, all run in one process.

        The sentinels are read after every case that names one and
        reaches the cloud (a fault server case cannot touch it), and
        after the last case.
        """
        last = len(cases) - 1
        job = {
            'sentinels': self.ids if sentinels else None,
            'cases': [
                {
                    'argv': self.argv(case)[1:],
                    'env': dict(case.env),
                    'check': reaches_sentinels(case) or index == last,
                }
                for index, case in enumerate(cases)
            ],
        }
        env = base.command_env(
            {
                'OS_CLIENT_CONFIG_FILE': self.config,
                'PYTHONPATH': base.REPO_ROOT,
            }
        )
        proc = subprocess.run(
            [sys.executable, '-m', 'tests.functional.bad_input._runner'],
            input=json.dumps(job),
            env=env,
            capture_output=True,
            text=True,
            timeout=base.COMMAND_TIMEOUT + 60 * len(cases),
            cwd=tempfile.gettempdir(),
        )
        results = [json.loads(line) for line in proc.stdout.splitlines()]
        self.assertEqual(
            len(cases), len(results), f'runner died:\n{proc.stderr[-3000:]}'
        )
        return results

    def problems(self, case, result):
        """What is wrong with one case's outcome (empty: it passed)."""
        found = []
        values = self.values()
        stderr = result['stderr']
        if result['rc'] == 0:
            found.append('exited 0')
        if TRACEBACK.search(stderr):
            found.append('printed a traceback')
        lines = error_lines(stderr)
        if not lines or len(lines) > case.lines:
            found.append(f'{len(lines)} error lines, not {case.lines}')
        line = ' '.join(lines)
        for name in case.names:
            word = name.format(**values)
            if word not in line:
                found.append(f'the error does not name {word!r}')
        if len(line) > 300 * case.lines:
            found.append(f'the error is {len(line)} characters long')
        state = result.get('state')
        if state is not None and state != self.baseline:
            found.append(f'changed the sentinels: {state}')
            self.baseline = state  # report the next changes, not this one
        if found:
            return (
                f'{case.family}: {case.title!r} (cloud {case.cloud}): '
                f'{"; ".join(found)}\n    rc={result["rc"]} stderr='
                f'{stderr.strip()[-600:]!r}'
            )
        return None

    def check_cases(self, cases):
        results = self.run_batch(cases)
        failures = [
            problem
            for case, result in zip(cases, results)
            for problem in [self.problems(case, result)]
            if problem
        ]
        created = list(
            base.proxy(base.ADMIN).shares(
                name=self.new_name, all_projects=True
            )
        )
        for share in created:
            self.addCleanup(self.delete_share, share.id)
            failures.append(f'a case created share {share.id}')
        created_type = base.proxy(base.ADMIN).find_share_type(self.new_name)
        if created_type is not None:
            self.addCleanup(
                base.proxy(base.ADMIN).delete_share_type, created_type
            )
            failures.append(f'a case created share type {created_type.id}')
        self.assertEqual(
            [], failures, f'{len(failures)} of {len(cases)} cases failed'
        )


class TestBadInputSuite(BadInputTestCase):
    """The suite itself: its size, and the runner against the real CLI."""

    def test_case_count(self):
        """The issue asks for at least 200 cases; each family has rows."""
        counts = {f: len(c) for f, c in bad_input.families().items()}
        self.assertGreaterEqual(sum(counts.values()), 200, counts)
        for family, count in counts.items():
            self.assertGreater(count, 0, family)

    def test_sample_through_the_real_executable(self):
        """The in-process runner gives what ``openstack`` gives."""
        # Not the timeout cloud's: the runner reuses one token, and a
        # loaded Keystone can take longer than its api_timeout.
        sample = [
            cases[index]
            for cases in bad_input.families().values()
            for cases in [
                [c for c in cases if c.cloud != bad_input.TIMEOUT_CLOUD]
            ]
            for index in (0, len(cases) // 2, len(cases) - 1)
        ]
        batched = self.run_batch(sample, sentinels=False)
        for case, result in zip(sample, batched):
            env = {'OS_CLIENT_CONFIG_FILE': self.config, **dict(case.env)}
            proc = subprocess.run(
                self.argv(case)[:1] + self.argv(case)[1:],
                env=base.command_env(env),
                capture_output=True,
                text=True,
                timeout=base.COMMAND_TIMEOUT,
                cwd=tempfile.gettempdir(),
                stdin=subprocess.DEVNULL,
            )
            self.assertEqual(
                (proc.returncode != 0, error_lines(proc.stderr)),
                (result['rc'] != 0, error_lines(result['stderr'])),
                case.title,
            )


class TestFaultsDuringWait(base.TestCase):
    """--wait against a restarting, a down and an interrupted API."""

    def test_wait_survives_a_restarting_api(self):
        """--wait polls through 503, 502 and refused connections."""
        with fault_server.FaultServer() as server:
            rc, out, err = self.openstack(
                executable=openstack(),
                args=[
                    '--os-shared-file-system-endpoint-override',
                    server.url('flaky'),
                    'share',
                    'create',
                    'NFS',
                    '1',
                    '--wait',
                    '-f',
                    'value',
                    '-c',
                    'status',
                ],
                fail_ok=True,
            )
        self.assertEqual(0, rc, err)
        self.assertEqual('available', out.strip())

    def test_wait_gives_up_with_the_last_error(self):
        with fault_server.FaultServer() as server:
            rc, out, err = self.openstack(
                executable=openstack(),
                args=[
                    '--os-shared-file-system-endpoint-override',
                    server.url('down'),
                    'share',
                    'create',
                    'NFS',
                    '1',
                    '--wait',
                    '--wait-timeout',
                    '3',
                ],
                fail_ok=True,
            )
        self.assertEqual(1, rc, err)
        line = self.assertOneLineError(
            '\n'.join(err.splitlines()[1:]),
            'Timed out after 3 s',
            'the last poll failed',
            '503',
        )
        self.assertLessEqual(len(line), 300)

    def test_ctrl_c_during_wait(self):
        """Exit 130, one line: the operation goes on; no traceback."""
        with fault_server.FaultServer() as server:
            proc = base.start_openstack(
                [
                    '--os-shared-file-system-endpoint-override',
                    server.url('creating'),
                    'share',
                    'create',
                    'NFS',
                    '1',
                    '--wait',
                ]
            )
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not any(
                path.startswith('/creating/v2/shares/')
                for _method, path in server.requests
            ):
                time.sleep(0.2)
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=60)
        self.assertEqual(130, proc.returncode, err)
        self.assertNotIn('Traceback', err)
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertEqual(2, len(lines), err)  # "Waiting for ..." and this
        self.assertIn('goes on on the server', lines[1])
        self.assertIn('openstack share show', lines[1])


def _add_families():
    for family, cases in bad_input.families().items():
        methods = {'__doc__': f'The bad-input cases of {family}.'}
        for start in range(0, len(cases), BATCH):
            batch = cases[start : start + BATCH]

            def test(self, batch=batch):
                self.check_cases(batch)

            number = start // BATCH + 1
            test.__name__ = f'test_{number:02d}'
            test.__doc__ = f'cases {start + 1} to {start + len(batch)}'
            methods[test.__name__] = test
        name = f'TestBadInput_{family}'
        globals()[name] = type(name, (BadInputTestCase,), methods)


_add_families()
