"""openstack share backup ..."""

import io
from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.sdk.v2 import share_backup as _backup
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share_backup
from tests.unit.v2 import fakes

SHORT_HEADERS = ('ID', 'Name', 'Share ID', 'Status')
DETAIL_HEADERS = SHORT_HEADERS + (
    'Description', 'Size', 'Created At', 'Updated At', 'Availability Zone',
    'Progress', 'Restore Progress', 'Host', 'Topic',
)  # fmt: skip


def finder(*resources):
    """find_* side effect: by name or ID among ``resources``."""

    def find(name_or_id, ignore_missing=True, **query):
        for res in resources:
            if name_or_id in (res.id, res.name):
                return res
        raise sdk_exceptions.NotFoundException(f'No such thing {name_or_id}')

    return find


class BackupTestCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share()
        self.backups = fakes.fakes(
            _backup.ShareBackup, share_id=self.share.id, status='available'
        )
        self.backup = self.backups[0]
        self.client.find_share.side_effect = finder(self.share)
        self.client.find_share_backup.side_effect = finder(*self.backups)
        self.app.stderr = io.StringIO()

    def assertNeeds(self, argv, needed='2.80', current='2.79'):
        self.set_share_api_version(current)
        parsed_args = self.parse(argv)
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn(f'requires --os-share-api-version {needed}', str(err))
        self.client.find_share_backup.assert_not_called()
        self.client.find_share.assert_not_called()


class TestCreateShareBackup(BackupTestCase):
    command = share_backup.CreateShareBackup

    def setUp(self):
        super().setUp()
        self.created = fakes.fake(
            _backup.ShareBackup, share_id=self.share.id, status='creating',
            backup_options={'backup_type': 'dummy'},
        )  # fmt: skip
        self.client.create_share_backup.return_value = self.created

    def test_create_every_option(self):
        columns, data = self.run_command(
            [self.share.name, '--name', 'bk', '--description', 'd',
             '--backup-options', 'backup_type=dummy',
             '--backup-options', 'k=v'],
            [('share', self.share.name), ('name', 'bk'),
             ('backup_options', {'backup_type': 'dummy', 'k': 'v'})],
        )  # fmt: skip
        self.client.create_share_backup.assert_called_once_with(
            share_id=self.share.id, name='bk', description='d',
            backup_options={'backup_type': 'dummy', 'k': 'v'},
        )  # fmt: skip
        shown = dict(zip(columns, data))
        self.assertEqual(self.created.id, shown['id'])
        self.assertEqual('creating', shown['status'])
        self.assertEqual(
            self.created.restore_progress, shown['restore_progress']
        )
        # Sent, never returned: not shown.
        self.assertNotIn('backup_options', shown)
        self.client.wait_for_status.assert_not_called()

    def test_create_share_only(self):
        self.run_command([self.share.id])
        self.client.create_share_backup.assert_called_once_with(
            share_id=self.share.id
        )

    def test_create_unknown_share(self):
        parsed_args = self.parse(['ghost'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual('No such thing ghost', str(err))
        self.client.create_share_backup.assert_not_called()

    def test_create_share_not_available_one_line(self):
        self.client.create_share_backup.side_effect = (
            sdk_exceptions.BadRequestException(
                "Share x is in 'creating' state, but it must be in\n"
                "'available' state to create a backup."
            )
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse([self.share.id])
        )
        self.assertNotIn('\n', str(err))
        self.assertIn("must be in 'available' state", str(err))

    def test_create_bad_backup_option(self):
        self.assertRaises(
            osc_base.ParserException, self.parse,
            [self.share.name, '--backup-options', 'novalue'],
        )  # fmt: skip

    def test_create_needs_2_80(self):
        self.assertNeeds([self.share.name])
        self.client.create_share_backup.assert_not_called()

    def test_create_wait(self):
        available = fakes.fake(
            _backup.ShareBackup, id=self.created.id, status='available'
        )
        self.client.wait_for_status.return_value = available
        columns, data = self.run_command(
            [self.share.name, '--wait', '--wait-timeout', '30'],
            [('wait', True), ('wait_timeout', 30)],
        )
        self.client.wait_for_status.assert_called_once_with(
            self.created, status='available', failures=['error'], wait=30,
            callback=mock.ANY,
        )  # fmt: skip
        self.assertEqual('available', dict(zip(columns, data))['status'])
        err = self.app.stderr.getvalue()
        self.assertIn(
            f'Waiting for share backup {self.created.name} to be available',
            err,
        )

    def test_create_wait_reports_progress_on_a_terminal(self):
        def wait(res, callback, **kwargs):
            callback(40)
            callback(100)
            return res

        self.client.wait_for_status.side_effect = wait
        with mock.patch.object(
            self.app.stderr, 'isatty', create=True, return_value=True
        ):
            self.run_command([self.share.name, '--wait'])
        err = self.app.stderr.getvalue()
        self.assertIn('Progress: 40%', err)
        self.assertIn('Progress: 100%', err)

    def test_create_wait_failure_one_line(self):
        self.client.wait_for_status.side_effect = (
            sdk_exceptions.ResourceFailure('went to error')
        )
        errored = fakes.fake(_backup.ShareBackup, status='error')
        parsed_args = self.parse([self.share.name, '--wait'])
        with mock.patch.object(
            _backup.ShareBackup, 'fetch', return_value=errored
        ):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
        self.assertIn('failed: its status is error', str(err))

    def test_create_wait_timeout(self):
        self.client.wait_for_status.side_effect = (
            sdk_exceptions.ResourceTimeout('slow')
        )
        parsed_args = self.parse(
            [self.share.name, '--wait', '--wait-timeout', '5']
        )
        with mock.patch.object(
            _backup.ShareBackup, 'fetch', return_value=self.created
        ):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
        self.assertIn('Timed out after 5 s', str(err))
        self.assertIn('(status: creating)', str(err))


class TestDeleteShareBackup(BackupTestCase):
    command = share_backup.DeleteShareBackup

    def test_delete_many(self):
        self.assertIsNone(
            self.run_command([b.name for b in self.backups], [('wait', False)])
        )
        self.assertEqual(
            [mock.call(b, ignore_missing=False) for b in self.backups],
            self.client.delete_share_backup.call_args_list,
        )
        self.client.wait_for_delete.assert_not_called()

    def test_delete_one_missing(self):
        parsed_args = self.parse(['ghost', self.backup.id])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual('1 of 2 backups failed to delete.', str(err))
        self.assertIn("Failed to delete 'ghost'", self.logger.output)
        self.client.delete_share_backup.assert_called_once_with(
            self.backup, ignore_missing=False
        )

    def test_delete_wait(self):
        self.run_command(
            ['--wait', '--wait-timeout', '9'] + [b.id for b in self.backups]
        )
        self.assertCountEqual(
            [mock.call(b, wait=9, callback=mock.ANY,
                       failures=['error_deleting', 'error'])
             for b in self.backups],
            self.client.wait_for_delete.call_args_list,
        )  # fmt: skip

    def test_delete_wait_failure_counts(self):
        self.client.wait_for_delete.side_effect = [
            sdk_exceptions.ResourceFailure('error'),
            self.backups[1],
        ]
        parsed_args = self.parse(['--wait'] + [b.id for b in self.backups])
        with mock.patch.object(
            _backup.ShareBackup,
            'fetch',
            return_value=fakes.fake(_backup.ShareBackup, status='error'),
        ):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
        self.assertEqual('1 of 2 backups failed to delete.', str(err))
        self.assertIn('its status is error', self.logger.output)

    def test_delete_needs_2_80(self):
        self.assertNeeds([self.backup.id])


class TestListShareBackup(BackupTestCase):
    command = share_backup.ListShareBackup

    def setUp(self):
        super().setUp()
        self.client.share_backups.return_value = iter(self.backups)

    def test_list_summary(self):
        columns, data = self.run_command([], [('long', False)])
        self.client.share_backups.assert_called_once_with(details=False)
        self.assertEqual(SHORT_HEADERS, columns)
        self.assertEqual(
            [(b.id, b.name, b.share_id, b.status) for b in self.backups],
            list(data),
        )

    def test_list_every_filter(self):
        self.run_command(
            ['--share', self.share.name, '--name', 'n', '--name~', 'n-',
             '--description', 'd', '--description~', 'd-',
             '--status', 'error', '--all-projects', '--limit', '5',
             '--offset', '2', '--sort-key', 'name', '--sort-dir', 'desc'],
        )  # fmt: skip
        self.client.share_backups.assert_called_once_with(
            details=False, share_id=self.share.id, name='n',
            description='d', status='error', all_projects=True, limit=5,
            offset=2, sort_key='name', sort_dir='desc',
            **{'name~': 'n-', 'description~': 'd-'},
        )  # fmt: skip

    def test_list_detail_spellings(self):
        for argv, detail in (
            (['--detail'], True),
            (['--detail', '1'], True),
            (['--detail', '0'], False),
            ([], False),
        ):
            self.assertEqual(detail, self.parse(argv).long, argv)

    def test_list_detail(self):
        columns, data = self.run_command(['--detail'])
        self.client.share_backups.assert_called_once_with(details=True)
        self.assertEqual(DETAIL_HEADERS, columns)
        row = list(data)[0]
        self.assertEqual(self.backup.restore_progress, row[10])
        self.assertEqual(self.backup.topic, row[12])

    def test_list_unknown_share(self):
        parsed_args = self.parse(['--share', 'ghost'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed_args)
        self.client.share_backups.assert_not_called()

    def test_list_bad_limit(self):
        self.assertRaises(
            osc_base.ParserException, self.parse, ['--limit', '0']
        )

    def test_list_needs_2_80(self):
        self.assertNeeds([])


class TestShowShareBackup(BackupTestCase):
    command = share_backup.ShowShareBackup

    def test_show_by_name(self):
        columns, data = self.run_command([self.backup.name])
        self.client.find_share_backup.assert_called_once_with(
            self.backup.name, ignore_missing=False
        )
        shown = dict(zip(columns, data))
        self.assertEqual(self.backup.id, shown['id'])
        self.assertEqual(self.backup.progress, shown['progress'])
        self.assertEqual(self.backup.backup_type, shown['backup_type'])
        self.assertEqual(sorted(columns), list(columns))

    def test_show_missing(self):
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(['ghost'])
        )
        self.assertEqual('No such thing ghost', str(err))


class TestRestoreShareBackup(BackupTestCase):
    command = share_backup.RestoreShareBackup

    def setUp(self):
        super().setUp()
        self.other = fakes.create_one_share(size=20)
        self.client.find_share.side_effect = finder(self.share, self.other)
        self.client.get_share.side_effect = finder(self.share, self.other)
        self.client.restore_share_backup.return_value = {
            'backup_id': self.backup.id, 'share_id': self.share.id,
        }  # fmt: skip

    def test_restore_to_its_share(self):
        self.assertIsNone(self.run_command([self.backup.name]))
        self.client.restore_share_backup.assert_called_once_with(
            self.backup, None
        )
        self.client.get_share.assert_not_called()
        self.client.wait_for_status.assert_not_called()

    def test_restore_to_another_share(self):
        self.run_command([self.backup.name, '--target-share', self.other.name])
        self.client.restore_share_backup.assert_called_once_with(
            self.backup, self.other.id
        )

    def test_restore_target_needs_2_91(self):
        self.set_share_api_version('2.90')
        parsed_args = self.parse(
            ['--target-share', self.other.name, self.backup.id]
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn(
            '--target-share requires --os-share-api-version 2.91', str(err)
        )
        self.client.restore_share_backup.assert_not_called()

    def test_restore_onto_another_protocol_refused(self):
        cifs = fakes.create_one_share(share_proto='CIFS', size=50)
        self.client.find_share.side_effect = finder(self.share, cifs)
        parsed_args = self.parse([self.backup.id, '--target-share', cifs.id])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn(
            'is of a NFS share: it cannot be restored onto', str(err)
        )
        self.assertIn('a CIFS share', str(err))
        self.client.restore_share_backup.assert_not_called()

    def test_restore_source_share_gone_lets_manila_judge(self):
        self.client.get_share.side_effect = sdk_exceptions.NotFoundException(
            'gone'
        )
        self.run_command([self.backup.id, '--target-share', self.other.id])
        self.client.restore_share_backup.assert_called_once_with(
            self.backup, self.other.id
        )

    def test_restore_refused_by_manila_one_line(self):
        self.client.restore_share_backup.side_effect = (
            sdk_exceptions.BadRequestException(
                'Share size 1 is too small to restore\nbackup of size 2.'
            )
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run,
            self.parse([self.backup.id]),
        )  # fmt: skip
        self.assertEqual(
            'Share size 1 is too small to restore backup of size 2.', str(err)
        )

    def test_restore_wait_on_backup_then_share(self):
        self.client.restore_share_backup.return_value = {
            'backup_id': self.backup.id, 'share_id': self.other.id,
        }  # fmt: skip
        self.client.wait_for_status.side_effect = lambda res, **kw: res
        self.run_command(
            [self.backup.id, '--target-share', self.other.id, '--wait',
             '--wait-timeout', '40'],
        )  # fmt: skip
        first, second = self.client.wait_for_status.call_args_list
        restoring = first.args[0]
        # The backup, seen through its restore: progress is the restore's.
        self.assertIsInstance(restoring, _backup.ShareBackupRestore)
        self.assertEqual(self.backup.id, restoring.id)
        self.assertEqual('restoring', restoring.status)
        self.assertEqual(
            dict(
                status='available',
                failures=['error'],
                wait=40,
                callback=mock.ANY,
            ),
            first.kwargs,
        )
        self.assertEqual(self.other, second.args[0])
        self.assertEqual(
            ['error', 'backup_restoring_error'], second.kwargs['failures']
        )
        err = self.app.stderr.getvalue()
        self.assertIn(f'Waiting for share backup {self.backup.name}', err)
        self.assertIn(f'Waiting for share {self.other.name}', err)

    def test_restore_wait_reports_restore_progress(self):
        backup = _backup.ShareBackupRestore.existing(
            id=self.backup.id, restore_progress='60', progress='100'
        )
        self.assertEqual('60', backup.progress)

    def test_restore_wait_share_error_one_line(self):
        def wait(res, **kwargs):
            if isinstance(res, _share.Share):
                raise sdk_exceptions.ResourceFailure('backup_restoring_error')
            return res

        self.client.wait_for_status.side_effect = wait
        parsed_args = self.parse([self.backup.id, '--wait'])
        errored = fakes.create_one_share(status='backup_restoring_error')
        with mock.patch.object(_share.Share, 'fetch', return_value=errored):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
        self.assertIn('its status is backup_restoring_error', str(err))


class TestSetShareBackup(BackupTestCase):
    command = share_backup.SetShareBackup

    def test_set_name_description(self):
        self.run_command(
            [self.backup.name, '--name', 'n', '--description', 'd']
        )
        self.client.update_share_backup.assert_called_once_with(
            self.backup, name='n', description='d'
        )
        self.client.reset_share_backup_status.assert_not_called()

    def test_set_status(self):
        self.run_command([self.backup.name, '--status', 'error'])
        self.client.reset_share_backup_status.assert_called_once_with(
            self.backup, 'error'
        )
        self.client.update_share_backup.assert_not_called()

    def test_set_bad_status(self):
        self.assertRaises(
            osc_base.ParserException, self.parse,
            [self.backup.name, '--status', 'gone'],
        )  # fmt: skip

    def test_set_partial_failure(self):
        self.client.reset_share_backup_status.side_effect = (
            sdk_exceptions.ForbiddenException('Policy does not allow')
        )
        parsed_args = self.parse(
            [self.backup.name, '--name', 'n', '--status', 'available']
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('1 of 2 changes to backup', str(err))
        self.assertIn('Policy does not allow', self.logger.output)
        self.client.update_share_backup.assert_called_once_with(
            self.backup, name='n'
        )


class TestUnsetShareBackup(BackupTestCase):
    command = share_backup.UnsetShareBackup

    def test_unset(self):
        self.run_command([self.backup.name, '--name', '--description'])
        self.client.update_share_backup.assert_called_once_with(
            self.backup, name=None, description=None
        )

    def test_unset_nothing(self):
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run,
            self.parse([self.backup.name]),
        )  # fmt: skip
        self.assertIn('--name and/or --description', str(err))
        self.client.find_share_backup.assert_not_called()


class TestDetailOption(osc_base.TestCommand):
    def test_bad_value(self):
        cmd = share_backup.ListShareBackup(mock.Mock(), None)
        self.assertRaises(
            osc_base.ParserException, self.check_parser, cmd,
            ['--detail', 'maybe'], [],
        )  # fmt: skip

    def test_wait_timeout_default(self):
        cmd = share_backup.DeleteShareBackup(mock.Mock(), None)
        parsed = self.check_parser(cmd, ['b'], [])
        self.assertEqual(common.DEFAULT_WAIT_TIMEOUT, parsed.wait_timeout)
