"""``openstack share migration ...`` against the real local cloud.

Driver-assisted migration works between the DHSS=False backends dummy1
and dummy3 (the ``default`` type lands on either); host-assisted
migration ends in ``migration_error`` (manila-data cannot mount).
"""

import re

from tests.functional import base

REQUIRED = [
    '--preserve-metadata',
    'True',
    '--preserve-snapshots',
    'True',
    '--writable',
    'True',
    '--nondisruptive',
    'False',
]


#: Task states a migration passes through on its own.
BUSY = (
    'migration_starting',
    'migration_in_progress',
    'migration_driver_starting',
    'migration_driver_in_progress',
    'migration_completing',
    'migration_cancel_in_progress',
    'data_copying_starting',
    'data_copying_in_progress',
    'data_copying_completing',
)


def pool_of(backend):
    for pool in base.proxy().get('/scheduler-stats/pools').json()['pools']:
        if pool['name'].startswith(f'localcloud@{backend}#'):
            return pool['name']
    raise AssertionError(f'no pool of {backend}')


class MigrationTestCase(base.TestCase):
    def create_share(self, **attrs):
        share = super().create_share(**attrs)
        # Runs before the share's deletion: a share being migrated cannot
        # be deleted.
        self.addCleanup(self.settle, share.id)
        return share

    def settle(self, share_id):
        """Let a migration reach phase 1 or its end; cancel it at phase 1."""
        import time

        from openstack import exceptions

        admin = base.proxy()
        deadline = time.monotonic() + base.FIXTURE_WAIT
        while time.monotonic() < deadline:
            try:
                share = admin.get_share(share_id)
            except exceptions.NotFoundException:
                return
            if share.task_state == 'migration_driver_phase1_done':
                try:
                    admin.cancel_share_migration(share)
                except exceptions.SDKException:
                    pass
            elif share.task_state in BUSY:
                pass
            else:
                return
            time.sleep(1)

    def other_pool(self, share):
        backend = 'dummy3' if '@dummy1#' in share.host else 'dummy1'
        return pool_of(backend)

    def start(self, share, dest, *extra):
        return self.openstack(
            ['share', 'migration', 'start', share.name, dest]
            + REQUIRED
            + list(extra)
        )


class MigrationTest(MigrationTestCase):
    def test_start_wait_show_complete_wait(self):
        share = self.create_share()
        dest = self.other_pool(share)
        rc, _out, err = self.start(share, dest, '--wait')
        self.assertEqual(0, rc, err)
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertEqual(
            f'Waiting for migration of share {share.name} to be ready to '
            'complete',
            lines[0],
        )
        self.assertRegex(
            lines[-1],
            rf'^migration of share {re.escape(share.name)} is '
            r'ready to complete after \d+(\.\d+)? s$',
        )
        for line in lines[1:-1]:
            self.assertRegex(
                line,
                rf'^Migration of share '
                rf'{re.escape(share.name)}: \d+% \(\w+\)$',
            )
        self.assertEqual(
            'migration_driver_phase1_done',
            base.proxy().get_share(share.id).task_state,
        )

        shown = self.ok_json(['share', 'migration', 'show', share.name])
        self.assertEqual('migration_driver_phase1_done', shown['task_state'])
        self.assertEqual(100, shown['total_progress'])
        self.assertIsInstance(shown['details'], dict)
        # The action, before GET /shares/{id}/migration-progress (2.98),
        # and with the experimental header (to 2.95).
        for version in ('2.97', '2.40'):
            old = self.ok_json(
                [
                    '--os-share-api-version',
                    version,
                    'share',
                    'migration',
                    'show',
                    share.id,
                ]
            )
            self.assertEqual('migration_driver_phase1_done', old['task_state'])

        rc, _out, err = self.openstack(
            ['share', 'migration', 'complete', share.name, '--wait']
        )
        self.assertEqual(0, rc, err)
        self.assertIn(f'migration of share {share.name} is done after', err)
        moved = base.proxy().get_share(share.id)
        self.assertEqual(dest, moved.host)
        self.assertEqual(
            ('available', 'migration_success'),
            (moved.status, moved.task_state),
        )

    def test_cancel(self):
        share = self.create_share()
        rc, _out, err = self.start(share, self.other_pool(share), '--wait')
        self.assertEqual(0, rc, err)
        rc, _out, err = self.openstack(
            ['share', 'migration', 'cancel', share.name, '--wait']
        )
        self.assertEqual(0, rc, err)
        self.assertIn('is cancelled after', err)
        again = base.proxy().get_share(share.id)
        self.assertEqual(share.host, again.host)
        self.assertEqual('migration_cancelled', again.task_state)

    def test_failed_migration_ends_the_wait(self):
        share = self.create_share()
        _rc, _out, err = self.fails(
            [
                'share',
                'migration',
                'start',
                share.name,
                self.other_pool(share),
                '--force-host-assisted-migration',
                'True',
                '--preserve-metadata',
                'False',
                '--preserve-snapshots',
                'False',
                '--writable',
                'False',
                '--nondisruptive',
                'False',
                '--wait',
            ],
            rc=1,
        )
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertEqual(2, len(lines), err)
        last = lines[-1]
        self.assertRegex(last, r'failed: its task state is \w+_error$')
        again = base.proxy().get_share(share.id)
        self.assertEqual(share.host, again.host)


class MigrationBadInputTest(MigrationTestCase):
    def test_bad_input_changes_nothing(self):
        share = self.create_share()
        dest = self.other_pool(share)
        cases = [
            (['localcloud@nope#pool'] + REQUIRED, 'could not be found'),
            ([share.host] + REQUIRED, 'already'),
            (
                [dest, '--writable', 'True'],
                '--preserve-metadata, --preserve-snapshots, --nondisruptive',
            ),
            (
                [dest] + REQUIRED[:-1] + ['maybe'],
                "--nondisruptive takes True or False, not 'maybe'",
            ),
        ]
        for args, needle in cases:
            _rc, _out, err = self.fails(
                ['share', 'migration', 'start', share.name] + args, rc=1
            )
            self.assertOneLineError(err, needle)
        _rc, _out, err = self.fails(
            ['share', 'migration', 'complete', share.name], rc=1
        )
        self.assertOneLineError(err, 'not being migrated')
        again = base.proxy().get_share(share.id)
        self.assertEqual(
            (share.host, None, 'available'),
            (again.host, again.task_state, again.status),
        )

    def test_complete_before_phase_1(self):
        share = self.create_share()
        admin = base.proxy()
        # A migration whose first phase is under way, as Manila records it
        # (a real one reaches phase 1 in seconds).
        admin.reset_share_task_state(share, 'migration_driver_in_progress')
        self.addCleanup(admin.reset_share_task_state, share, None)
        _rc, _out, err = self.fails(
            ['share', 'migration', 'complete', share.name], rc=1
        )
        self.assertOneLineError(
            err, 'first phase', 'migration_driver_in_progress'
        )
        again = admin.get_share(share.id)
        self.assertEqual(
            (share.host, 'migration_driver_in_progress'),
            (again.host, again.task_state),
        )

    def test_member_cannot_migrate(self):
        share = self.create_share(cloud=base.MEMBER)
        share = base.proxy().get_share(share.id)  # the host: admin only
        dest = self.other_pool(share)
        for args in (
            ['start', share.name, dest] + REQUIRED,
            ['show', share.name],
            ['cancel', share.name],
        ):
            _rc, _out, err = self.fails(
                ['share', 'migration'] + args, cloud=base.MEMBER, rc=1
            )
            self.assertOneLineError(err)
        again = base.proxy().get_share(share.id)
        self.assertEqual((share.host, None), (again.host, again.task_state))

    def test_old_microversion(self):
        share = self.create_share()
        _rc, _out, err = self.fails(
            [
                '--os-share-api-version',
                '2.28',
                'share',
                'migration',
                'start',
                share.name,
                self.other_pool(share),
            ]
            + REQUIRED,
            rc=1,
        )
        self.assertOneLineError(err, '2.29')
