"""openstack share group snapshot ..."""

from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.sdk.v2 import share_group_snapshot as _gsnap
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share_group_snapshot as gsnap_cmd
from tests.unit.v2 import fakes
from tests.unit.v2 import test_share_group


def snap_fake(**attrs):
    return fakes.fake(
        _gsnap.ShareGroupSnapshot,
        members=[{'id': 'm1', 'size': 1, 'share_id': 'sh1'}],
        **attrs,
    )


class SnapshotTestCase(test_share_group.GroupTestCase):
    def setUp(self):
        super().setUp()
        self.snaps = [snap_fake(), snap_fake()]
        self.snap = self.snaps[0]
        self.client.find_share_group_snapshot.side_effect = (
            test_share_group.finder(self.snaps, 'ShareGroupSnapshot')
        )


class TestCreateShareGroupSnapshot(SnapshotTestCase):
    command = gsnap_cmd.CreateShareGroupSnapshot

    def setUp(self):
        super().setUp()
        self.client.create_share_group_snapshot.return_value = self.snap
        self.client.shares.return_value = iter([fakes.fake(_share.Share)])

    def test_create(self):
        columns, data = self.run_command(
            [self.group.name, '--name', 's', '--description', 'd'],
            [('share_group', self.group.name), ('wait', False)],
        )
        self.client.find_share_group.assert_called_once_with(
            self.group.name, ignore_missing=False
        )
        self.client.shares.assert_called_once_with(
            details=False, share_group_id=self.group.id, limit=1
        )
        self.client.create_share_group_snapshot.assert_called_once_with(
            self.group, name='s', description='d'
        )
        shown = dict(zip(columns, data))
        # As manilaclient: the members have their own command.
        self.assertNotIn('members', shown)
        self.assertNotIn('links', shown)
        self.assertEqual(self.snap.share_group_id, shown['share_group_id'])
        self.client.wait_for_status.assert_not_called()

    def test_create_of_an_empty_group_is_refused(self):
        self.client.shares.return_value = iter([])
        parsed_args = self.parse([self.group.name])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            f'Share group {self.group.name} holds no shares: nothing to '
            'snapshot',
            str(err),
        )
        self.client.create_share_group_snapshot.assert_not_called()

    def test_create_of_an_errored_group_is_one_line(self):
        self.client.create_share_group_snapshot.side_effect = (
            sdk_exceptions.ConflictException(
                message='x',
                details='Invalid share group: Share group status must be\n'
                'available.',
            )
        )
        parsed_args = self.parse([self.group.name])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            'Invalid share group: Share group status must be available.',
            str(err),
        )

    def test_create_wait(self):
        available = snap_fake(id=self.snap.id, status='available')
        self.client.wait_for_status.return_value = available
        columns, data = self.run_command(
            [self.group.id, '--wait', '--wait-timeout', '7']
        )
        self.client.wait_for_status.assert_called_once_with(
            self.snap,
            status='available',
            failures=['error'],
            wait=7,
            callback=mock.ANY,
        )
        self.assertEqual('available', dict(zip(columns, data))['status'])

    def test_create_wait_ends_in_error(self):
        self.client.wait_for_status.side_effect = (
            sdk_exceptions.ResourceFailure('error')
        )
        parsed_args = self.parse([self.group.id, '--wait'])
        with mock.patch.object(
            _gsnap.ShareGroupSnapshot,
            'fetch',
            return_value=snap_fake(status='error'),
        ):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
        self.assertIn('share group snapshot', str(err))
        self.assertIn('status is error', str(err))

    def test_create_missing_group(self):
        parsed_args = self.parse(['ghost'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual('No ShareGroup ghost', str(err))

    def test_create_needs_a_group(self):
        self.assertRaises(osc_base.ParserException, self.parse, [])

    def test_create_needs_2_31(self):
        self.assertNeeds231([self.group.id])


class TestDeleteShareGroupSnapshot(SnapshotTestCase):
    command = gsnap_cmd.DeleteShareGroupSnapshot

    def test_delete(self):
        self.run_command(
            [self.snap.name], [('share_group_snapshot', [self.snap.name])]
        )
        self.client.delete_share_group_snapshot.assert_called_once_with(
            self.snap, ignore_missing=False, force=False
        )

    def test_delete_force(self):
        self.run_command(['--force', self.snap.id], [('force', True)])
        self.client.delete_share_group_snapshot.assert_called_once_with(
            self.snap, ignore_missing=False, force=True
        )

    def test_delete_multi_partial_failure(self):
        parsed_args = self.parse([self.snap.name, 'ghost'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            '1 of 2 share group snapshots failed to delete.', str(err)
        )
        self.assertIn("Failed to delete 'ghost'", self.logger.output)
        self.client.delete_share_group_snapshot.assert_called_once_with(
            self.snap, ignore_missing=False, force=False
        )

    def test_delete_wait(self):
        self.run_command(['--wait'] + [s.name for s in self.snaps])
        self.assertCountEqual(
            [
                mock.call(
                    s,
                    wait=common.DEFAULT_WAIT_TIMEOUT,
                    callback=mock.ANY,
                    failures=['error_deleting'],
                )
                for s in self.snaps
            ],
            self.client.wait_for_delete.call_args_list,
        )

    def test_delete_needs_2_31(self):
        self.assertNeeds231([self.snap.id])


class TestListShareGroupSnapshot(SnapshotTestCase):
    command = gsnap_cmd.ListShareGroupSnapshot

    def setUp(self):
        super().setUp()
        self.client.share_group_snapshots.return_value = iter(self.snaps)

    def test_list(self):
        columns, data = self.run_command([], [('long', False)])
        self.client.share_group_snapshots.assert_called_once_with()
        self.assertEqual(('ID', 'Name', 'Status', 'Description'), columns)
        self.assertEqual(
            [(s.id, s.name, s.status, s.description) for s in self.snaps],
            list(data),
        )

    def test_list_detailed_all_projects(self):
        columns, data = self.run_command(
            ['--detailed', '--all-projects'], [('long', True)]
        )
        self.client.share_group_snapshots.assert_called_once_with(
            all_projects=True
        )
        self.assertEqual(
            (
                'ID', 'Name', 'Status', 'Description', 'Created At',
                'Share Group ID', 'Project ID',
            ),
            columns,
        )  # fmt: skip
        row = list(data)[0]
        self.assertEqual(
            (self.snap.created_at, self.snap.share_group_id,
             self.snap.project_id),
            row[4:],
        )  # fmt: skip

    def test_list_filters(self):
        self.run_command(
            ['--name', 'n', '--status', 'error', '--share-group',
             self.group.name, '--limit', '2', '--sort', 'name:desc'],
        )  # fmt: skip
        self.client.share_group_snapshots.assert_called_once_with(
            name='n',
            status='error',
            share_group_id=self.group.id,
            limit=2,
            sort_key='name',
            sort_dir='desc',
        )

    def test_list_marker(self):
        self.client.share_group_snapshots.side_effect = [
            iter(self.snaps),
            iter(self.snaps[1:]),
        ]
        columns, data = self.run_command(['--marker', self.snap.id])
        self.assertEqual([self.snaps[1].id], [row[0] for row in data])
        self.assertEqual(
            [mock.call(details=False), mock.call(offset=1)],
            self.client.share_group_snapshots.call_args_list,
        )

    def test_list_unknown_group(self):
        parsed_args = self.parse(['--share-group', 'ghost'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual('No ShareGroup ghost', str(err))
        self.client.share_group_snapshots.assert_not_called()

    def test_list_needs_2_31(self):
        self.assertNeeds231([])


class TestListShareGroupSnapshotMembers(SnapshotTestCase):
    command = gsnap_cmd.ListShareGroupSnapshotMembers

    def test_members(self):
        members = fakes.fakes(_gsnap.ShareGroupSnapshotMember, 2)
        self.client.share_group_snapshot_members.return_value = iter(members)
        columns, data = self.run_command([self.snap.name])
        self.client.share_group_snapshot_members.assert_called_once_with(
            group_snapshot_id=self.snap
        )
        self.assertEqual(('Share ID', 'Size'), columns)
        self.assertEqual([(m.share_id, m.size) for m in members], list(data))

    def test_members_missing_snapshot(self):
        parsed_args = self.parse(['ghost'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed_args)
        self.client.share_group_snapshot_members.assert_not_called()

    def test_members_needs_2_31(self):
        self.assertNeeds231([self.snap.id])


class TestShowShareGroupSnapshot(SnapshotTestCase):
    command = gsnap_cmd.ShowShareGroupSnapshot

    def test_show(self):
        columns, data = self.run_command([self.snap.name])
        shown = dict(zip(columns, data))
        self.assertEqual(
            ('created_at', 'description', 'id', 'name', 'project_id',
             'share_group_id', 'status'),
            columns,
        )  # fmt: skip
        self.assertEqual(self.snap.status, shown['status'])

    def test_show_needs_2_31(self):
        self.assertNeeds231([self.snap.id])


class TestSetShareGroupSnapshot(SnapshotTestCase):
    command = gsnap_cmd.SetShareGroupSnapshot

    def test_set(self):
        self.run_command(
            [self.snap.name, '--name', 'n', '--description', 'd',
             '--status', 'error_deleting'],
        )  # fmt: skip
        self.client.update_share_group_snapshot.assert_called_once_with(
            self.snap, name='n', description='d'
        )
        self.client.reset_share_group_snapshot_status.assert_called_once_with(
            self.snap, 'error_deleting'
        )

    def test_set_bad_status(self):
        self.assertRaises(
            osc_base.ParserException,
            self.parse,
            [self.snap.name, '--status', 'bogus'],
        )

    def test_set_status_only(self):
        self.run_command([self.snap.name, '--status', 'available'])
        self.client.update_share_group_snapshot.assert_not_called()
        self.client.reset_share_group_snapshot_status.assert_called_once_with(
            self.snap, 'available'
        )

    def test_set_failure(self):
        self.client.update_share_group_snapshot.side_effect = (
            sdk_exceptions.BadRequestException(message='bad')
        )
        parsed_args = self.parse([self.snap.name, '--name', 'n'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        # One change: its own error is the one line.
        self.assertEqual(
            f'share group snapshot {self.snap.name}: bad', str(err)
        )

    def test_set_needs_2_31(self):
        self.assertNeeds231([self.snap.id, '--name', 'n'])


class TestUnsetShareGroupSnapshot(SnapshotTestCase):
    command = gsnap_cmd.UnsetShareGroupSnapshot

    def test_unset(self):
        self.run_command([self.snap.name, '--name', '--description'])
        self.client.update_share_group_snapshot.assert_called_once_with(
            self.snap, name=None, description=None
        )

    def test_unset_nothing(self):
        self.run_command([self.snap.name])
        self.client.update_share_group_snapshot.assert_not_called()

    def test_unset_needs_2_31(self):
        self.assertNeeds231([self.snap.id, '--name'])
