"""openstack share migration ..."""

import io
from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share_migration as _migration
from osc_share_plugin.v2 import share_migration
from osc_share_plugin.v2 import share_replica
from tests.unit.v2 import fakes

HOST = 'localcloud@dummy3#pool3'
REQUIRED = [
    '--preserve-metadata',
    'True',
    '--preserve-snapshots',
    'False',
    '--writable',
    'true',
    '--nondisruptive',
    'False',
]


def progress(total, state, **details):
    return _migration.ShareMigration.existing(
        id='x', total_progress=total, task_state=state, details=details
    )


class MigrationTestCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        sleep = mock.patch.object(share_replica.time, 'sleep')
        self.sleep = sleep.start()
        self.addCleanup(sleep.stop)
        self.app.stderr = io.StringIO()
        self.share = fakes.create_one_share(host='localcloud@dummy1#pool1')
        self.client.find_share.return_value = self.share

    def share_in(self, task_state, **attrs):
        return fakes.create_one_share(
            id=self.share.id,
            name=self.share.name,
            task_state=task_state,
            **attrs,
        )


class TestStartShareMigration(MigrationTestCase):
    command = share_migration.StartShareMigration

    def test_start(self):
        self.assertEqual(
            0,
            self.cmd.run(
                self.parse(
                    [self.share.name, HOST] + REQUIRED,
                    [('share', self.share.name), ('host', HOST)],
                )
            ),
        )
        self.client.find_share.assert_called_once_with(
            self.share.name, ignore_missing=False
        )
        self.client.start_share_migration.assert_called_once_with(
            self.share,
            HOST,
            preserve_metadata=True,
            preserve_snapshots=False,
            writable=True,
            nondisruptive=False,
            force_host_assisted_migration=False,
        )
        self.client.get_share.assert_not_called()

    def test_start_every_option(self):
        self.client.find_share_network.return_value = mock.Mock(id='net-id')
        self.client.find_share_type.return_value = mock.Mock(id='type-id')
        self.cmd.run(
            self.parse(
                [self.share.id, HOST]
                + REQUIRED
                + [
                    '--force-host-assisted-migration',
                    'True',
                    '--new-share-network',
                    'net',
                    '--new-share-type',
                    'gold',
                ]
            )
        )
        self.client.find_share_type.assert_called_once_with(
            'gold', ignore_missing=False
        )
        self.client.start_share_migration.assert_called_once_with(
            self.share,
            HOST,
            preserve_metadata=True,
            preserve_snapshots=False,
            writable=True,
            nondisruptive=False,
            force_host_assisted_migration=True,
            new_share_network_id='net-id',
            new_share_type_id='type-id',
        )

    def test_each_required_answer_missing(self):
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.id, HOST, '--writable', 'True']),
        )
        self.assertEqual(
            'Give each of --preserve-metadata, --preserve-snapshots, '
            '--nondisruptive as True or False',
            str(err),
        )
        self.client.find_share.assert_not_called()
        self.client.start_share_migration.assert_not_called()

    def test_not_a_boolean(self):
        args = list(REQUIRED)
        args[args.index('--writable') + 1] = 'maybe'
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.id, HOST] + args),
        )
        self.assertEqual(
            "--writable takes True or False, not 'maybe'", str(err)
        )
        self.client.start_share_migration.assert_not_called()

    def test_to_its_own_host(self):
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.id, self.share.host] + REQUIRED),
        )
        self.assertIn('is on localcloud@dummy1#pool1 already', str(err))
        self.client.start_share_migration.assert_not_called()

    def test_unknown_host_is_one_line(self):
        self.client.start_share_migration.side_effect = (
            sdk_exceptions.NotFoundException(
                'ServiceNotFound: Service localcloud@nope could not be\nfound.'
            )
        )
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.id, 'localcloud@nope#x'] + REQUIRED),
        )
        self.assertEqual(
            'ServiceNotFound: Service localcloud@nope could not be found.',
            str(err),
        )

    def test_needs_2_29(self):
        self.set_share_api_version('2.28')
        self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.id, HOST] + REQUIRED),
        )

    def test_wait_with_progress(self):
        self.client.get_share.side_effect = [
            self.share_in('migration_starting'),
            self.share_in('migration_driver_in_progress'),
            self.share_in('migration_driver_in_progress'),
            self.share_in('migration_driver_phase1_done'),
        ]
        self.client.get_share_migration_progress.side_effect = [
            progress(0, 'migration_driver_in_progress'),
            progress(50, 'migration_driver_in_progress'),
        ]
        self.cmd.run(self.parse([self.share.id, HOST] + REQUIRED + ['--wait']))
        lines = self.app.stderr.getvalue().splitlines()
        name = self.share.name
        self.assertEqual(
            f'Waiting for migration of share {name} to be ready to complete',
            lines[0],
        )
        self.assertEqual(
            [
                f'Migration of share {name}: 0% (migration_driver_in_progress)',
                f'Migration of share {name}: 50% (migration_driver_in_progress)',
            ],
            lines[1:3],
        )
        self.assertRegex(
            lines[3],
            rf'^migration of share {name} is ready to complete after ',
        )
        self.assertEqual(4, len(lines))

    def test_wait_ends_on_success_too(self):
        self.client.get_share.return_value = self.share_in('migration_success')
        self.cmd.run(self.parse([self.share.id, HOST] + REQUIRED + ['--wait']))
        self.assertEqual(1, self.client.get_share.call_count)

    def test_wait_failure_task_state(self):
        self.client.get_share.side_effect = [
            self.share_in('migration_in_progress'),
            self.share_in('migration_error'),
        ]
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.id, HOST] + REQUIRED + ['--wait']),
        )
        self.assertEqual(
            f'migration of share {self.share.name} failed: its task state '
            'is migration_error',
            str(err),
        )

    def test_wait_progress_unavailable_is_skipped(self):
        self.client.get_share.side_effect = [
            self.share_in('migration_driver_in_progress'),
            self.share_in('migration_driver_phase1_done'),
        ]
        self.client.get_share_migration_progress.side_effect = (
            sdk_exceptions.BadRequestException('cannot be obtained')
        )
        self.cmd.run(self.parse([self.share.id, HOST] + REQUIRED + ['--wait']))
        self.assertNotIn('%', self.app.stderr.getvalue())

    def test_wait_timeout(self):
        self.client.get_share.return_value = self.share_in(
            'migration_in_progress'
        )
        clock = iter(range(0, 1000, 2))
        with mock.patch.object(
            share_replica.time, 'monotonic', lambda: next(clock)
        ):
            err = self.assertRaises(
                exceptions.CommandError,
                self.cmd.run,
                self.parse(
                    [self.share.id, HOST]
                    + REQUIRED
                    + ['--wait', '--wait-timeout', '9']
                ),
            )
        self.assertIn('Timed out after 9 s', str(err))
        self.assertIn('task_state: migration_in_progress', str(err))


class TestCompleteShareMigration(MigrationTestCase):
    command = share_migration.CompleteShareMigration

    def test_complete_wait(self):
        ready = self.share_in('migration_driver_phase1_done')
        self.client.find_share.return_value = ready
        self.client.get_share.side_effect = [
            self.share_in('migration_completing'),
            self.share_in('migration_success'),
        ]
        self.cmd.run(self.parse([self.share.name, '--wait']))
        self.client.complete_share_migration.assert_called_once_with(ready)
        self.assertIn('is done after', self.app.stderr.getvalue())

    def test_complete_host_assisted(self):
        ready = self.share_in('data_copying_completed')
        self.client.find_share.return_value = ready
        self.cmd.run(self.parse([self.share.name]))
        self.client.complete_share_migration.assert_called_once_with(ready)

    def test_complete_before_phase_1(self):
        self.client.find_share.return_value = self.share_in(
            'migration_driver_in_progress'
        )
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.name]),
        )
        self.assertIn(
            'before its first phase is done (task state: '
            'migration_driver_in_progress)',
            str(err),
        )
        self.client.complete_share_migration.assert_not_called()

    def test_complete_without_migration(self):
        self.client.find_share.return_value = self.share_in(None)
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.name]),
        )
        self.assertEqual(
            f'Share {self.share.name} is not being migrated', str(err)
        )
        self.client.complete_share_migration.assert_not_called()

    def test_complete_wait_error(self):
        self.client.find_share.return_value = self.share_in(
            'migration_driver_phase1_done'
        )
        self.client.get_share.return_value = self.share_in('migration_error')
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.name, '--wait']),
        )
        self.assertIn('its task state is migration_error', str(err))


class TestCancelShareMigration(MigrationTestCase):
    command = share_migration.CancelShareMigration

    def test_cancel_wait(self):
        self.client.get_share.side_effect = [
            self.share_in('migration_cancel_in_progress'),
            self.share_in('migration_cancelled'),
        ]
        self.cmd.run(self.parse([self.share.name, '--wait']))
        self.client.cancel_share_migration.assert_called_once_with(self.share)
        self.assertIn('is cancelled after', self.app.stderr.getvalue())

    def test_cancel_forbidden(self):
        self.client.cancel_share_migration.side_effect = (
            sdk_exceptions.ForbiddenException(
                'Policy doesn\'t allow share:migration_cancel'
            )
        )
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.name]),
        )
        self.assertIn('share:migration_cancel', str(err))

    def test_cancel_needs_2_22(self):
        self.set_share_api_version('2.21')
        self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.name]),
        )


class TestShowShareMigration(MigrationTestCase):
    command = share_migration.ShowShareMigration

    def test_show(self):
        self.client.get_share_migration_progress.return_value = progress(
            50, 'migration_driver_in_progress', speed='fast'
        )
        columns, data = self.run_command([self.share.name])
        self.client.get_share_migration_progress.assert_called_once_with(
            self.share
        )
        self.assertEqual(('details', 'task_state', 'total_progress'), columns)
        self.assertEqual({'speed': 'fast'}, data[0].machine_readable())
        self.assertEqual(('migration_driver_in_progress', 50), data[1:])

    def test_show_needs_a_share(self):
        self.assertRaises(osc_base.ParserException, self.parse, [])
