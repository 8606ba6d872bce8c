"""openstack share snapshot ..."""

import io
from unittest import mock

import fixtures
from openstack import exceptions as sdk_exceptions
from osc_lib.cli import format_columns
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share_snapshot as _snapshot
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share_snapshot
from tests.unit.v2 import fakes


def a_snapshot(**attrs):
    attrs.setdefault('status', 'available')
    attrs.setdefault('share_protocol', 'NFS')
    attrs.setdefault('metadata', {'k': 'v'})
    return fakes.fake(_snapshot.ShareSnapshot, **attrs)


def by_name(items):
    def find(name_or_id, ignore_missing=True, **query):
        for item in items:
            if name_or_id in (item.id, item.name):
                return item
        raise sdk_exceptions.NotFoundException(
            f'No snapshot found for {name_or_id!r}'
        )

    return find


class SnapshotTestCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share()
        self.client.find_share.return_value = self.share
        self.snapshot = a_snapshot(share_id=self.share.id)
        self.client.find_share_snapshot.side_effect = by_name([self.snapshot])
        self.client.shares.return_value = iter([])

    def assertRefused(self, argv, *needles):
        parsed = self.parse(argv)
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        for needle in needles:
            self.assertIn(needle, str(err))
        self.assertEqual(1, len(str(err).splitlines()))
        return err


class TestCreateShareSnapshot(SnapshotTestCase):
    command = share_snapshot.CreateShareSnapshot

    def setUp(self):
        super().setUp()
        self.new = a_snapshot(status='creating')
        self.client.create_share_snapshot.return_value = self.new

    def test_create_required_only(self):
        columns, data = self.run_command([self.share.name])
        self.client.create_share_snapshot.assert_called_once_with(
            share_id=self.share.id
        )
        self.client.wait_for_status.assert_not_called()
        shown = dict(zip(columns, data))
        # As manilaclient prints it: the server's 'metadata'.
        self.assertEqual({'k': 'v'}, shown['metadata'].machine_readable())
        self.assertNotIn('display_name', shown)
        self.assertNotIn('force', shown)
        self.assertEqual('creating', shown['status'])

    def test_create_every_option(self):
        self.run_command(
            [
                self.share.id,
                '--force',
                '--name',
                'n',
                '--description',
                'd',
                '--property',
                'a=b',
                '--property',
                'c=d',
            ]
        )
        self.client.create_share_snapshot.assert_called_once_with(
            share_id=self.share.id,
            force=True,
            name='n',
            description='d',
            metadata={'a': 'b', 'c': 'd'},
        )

    def test_create_wait(self):
        done = a_snapshot(id=self.new.id, status='available')
        self.client.wait_for_status.return_value = done
        columns, data = self.run_command(
            [self.share.name, '--wait', '--wait-timeout', '5']
        )
        call = self.client.wait_for_status.call_args
        self.assertIs(self.new, call.args[0])
        self.assertEqual(
            ('available', ['error'], 5),
            (
                call.kwargs['status'],
                call.kwargs['failures'],
                call.kwargs['wait'],
            ),
        )
        self.assertEqual('available', dict(zip(columns, data))['status'])

    def test_create_wait_failure(self):
        self.client.wait_for_status.side_effect = (
            sdk_exceptions.ResourceFailure('error')
        )
        self.useFixture(
            fixtures.MockPatchObject(
                _snapshot.ShareSnapshot,
                'fetch',
                return_value=a_snapshot(status='error'),
            )
        )
        err = self.assertRefused(
            [self.share.name, '--wait'], 'its status is error'
        )
        self.assertIn(self.new.name, str(err))

    def test_property_below_2_73(self):
        self.set_share_api_version('2.72')
        self.assertRefused([self.share.name, '--property', 'a=b'], '2.73')
        self.client.create_share_snapshot.assert_not_called()

    def test_share_in_error(self):
        self.client.create_share_snapshot.side_effect = (
            sdk_exceptions.BadRequestException(
                'Source share status must be available'
            )
        )
        self.assertRefused([self.share.name], 'must be available')


class TestDeleteShareSnapshot(SnapshotTestCase):
    command = share_snapshot.DeleteShareSnapshot

    def test_delete(self):
        self.run_command([self.snapshot.name])
        self.client.shares.assert_called_once_with(
            details=False, snapshot_id=self.snapshot.id
        )
        self.client.delete_share_snapshot.assert_called_once_with(
            self.snapshot, ignore_missing=False, force=False
        )
        self.client.wait_for_delete.assert_not_called()

    def test_delete_force_wait(self):
        self.run_command([self.snapshot.id, '--force', '--wait'])
        self.client.shares.assert_not_called()
        self.client.delete_share_snapshot.assert_called_once_with(
            self.snapshot, ignore_missing=False, force=True
        )
        call = self.client.wait_for_delete.call_args
        self.assertIs(self.snapshot, call.args[0])
        self.assertEqual(['error_deleting'], call.kwargs['failures'])

    def test_dependent_share_refused(self):
        self.client.shares.return_value = iter(
            [fakes.create_one_share(name='clone')]
        )
        self.assertRefused([self.snapshot.name], 'clone', '--force')
        self.client.delete_share_snapshot.assert_not_called()

    def test_partial_failure(self):
        other = a_snapshot()
        self.client.find_share_snapshot.side_effect = by_name(
            [self.snapshot, other]
        )
        self.client.shares.side_effect = lambda **q: iter([])
        err = self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            [self.snapshot.name, 'ghost', other.id],
        )
        self.assertEqual('1 of 3 snapshots failed to delete.', str(err))
        self.assertEqual(2, self.client.delete_share_snapshot.call_count)
        self.assertIn('ghost', self.logger.output)


class TestListShareSnapshot(SnapshotTestCase):
    command = share_snapshot.ListShareSnapshot

    def setUp(self):
        super().setUp()
        self.snapshots = [a_snapshot(), a_snapshot()]
        self.client.share_snapshots.return_value = iter(self.snapshots)

    def test_list(self):
        headers, rows = self.run_command([])
        self.assertEqual(('ID', 'Name'), headers)
        self.assertEqual(
            [(s.id, s.name) for s in self.snapshots], [tuple(r) for r in rows]
        )
        self.client.share_snapshots.assert_called_once_with(details=False)

    def test_list_detail_all_projects(self):
        headers, rows = self.run_command(['--detail', '--all-projects'])
        self.assertEqual(
            (
                'ID',
                'Name',
                'Status',
                'Description',
                'Created At',
                'Size',
                'Share ID',
                'Share Proto',
                'Share Size',
                'User ID',
                'Project ID',
            ),
            headers,
        )
        s = self.snapshots[0]
        self.assertEqual(s.share_protocol, list(rows)[0][7])
        self.client.share_snapshots.assert_called_once_with(
            details=True, all_projects=True
        )

    def test_list_every_filter(self):
        self.run_command([
            '--name', 'n', '--name~', 'n~', '--description', 'd',
            '--description~', 'd~', '--status', 'available',
            '--share', self.share.name, '--usage', 'used',
            '--property', 'a=b', '--limit', '5', '--offset', '2',
            '--sort', 'name:desc',
        ])  # fmt: skip
        self.client.share_snapshots.assert_called_once_with(
            details=False,
            name='n',
            **{'name~': 'n~', 'description~': 'd~'},
            description='d',
            status='available',
            share_id=self.share.id,
            usage='used',
            metadata={'a': 'b'},
            limit=5,
            offset=2,
            sort_key='name',
            sort_dir='desc',
        )

    def test_usage_choices(self):
        self.assertRaises(
            osc_base.ParserException, self.parse, ['--usage', 'any']
        )

    def test_count(self):
        self.client.count_share_snapshots.return_value = 42
        parsed = self.parse(['--count', '--status', 'error', '--limit', '1'])
        parsed.formatter = 'table'
        self.app.stdout = io.StringIO()
        self.cmd.check_microversions(parsed)
        self.cmd.take_action(parsed)
        self.client.count_share_snapshots.assert_called_once_with(
            status='error'
        )
        self.assertEqual(
            'Total number of snapshots: 42\n', self.app.stdout.getvalue()
        )

    def test_count_below_2_79(self):
        self.set_share_api_version('2.78')
        self.assertRefused(['--count'], '2.79')
        self.client.count_share_snapshots.assert_not_called()

    def test_pattern_filters_below_2_36(self):
        self.set_share_api_version('2.35')
        self.assertRefused(['--name~', 'x'], '2.36')

    def test_missing_share_filter(self):
        self.client.find_share.side_effect = sdk_exceptions.NotFoundException(
            "No share found for 'ghost'"
        )
        self.assertRefused(['--share', 'ghost'], 'ghost')
        self.client.share_snapshots.assert_not_called()


class TestShowShareSnapshot(SnapshotTestCase):
    command = share_snapshot.ShowShareSnapshot

    def test_show(self):
        location = fakes.fake(
            _snapshot.ShareSnapshotExportLocation, path='1.1.1.1:/p'
        )
        self.client.share_snapshot_export_locations.return_value = iter(
            [location]
        )
        columns, data = self.run_command([self.snapshot.name])
        shown = dict(zip(columns, data))
        self.client.share_snapshot_export_locations.assert_called_once_with(
            self.snapshot
        )
        self.assertEqual(
            '1.1.1.1:/p',
            shown['export_locations'].machine_readable()[0]['path'],
        )
        self.assertIsInstance(shown['properties'], format_columns.DictColumn)
        self.assertEqual({'k': 'v'}, shown['properties'].machine_readable())
        self.assertNotIn('metadata', shown)

    def test_show_before_mountable_snapshots(self):
        self.set_share_api_version('2.31')
        columns, _data = self.run_command([self.snapshot.id])
        self.assertNotIn('export_locations', columns)
        self.client.share_snapshot_export_locations.assert_not_called()

    def test_show_ambiguous(self):
        self.client.find_share_snapshot.side_effect = (
            sdk_exceptions.DuplicateResource('More than one snapshot s')
        )
        self.assertRefused(['s'], 'More than one')


class TestSetShareSnapshot(SnapshotTestCase):
    command = share_snapshot.SetShareSnapshot

    def test_set_everything(self):
        self.run_command(
            [
                self.snapshot.name,
                '--name',
                'n',
                '--description',
                'd',
                '--status',
                'error',
                '--property',
                'a=b',
            ]
        )
        self.client.update_share_snapshot.assert_called_once_with(
            self.snapshot, display_name='n', display_description='d'
        )
        self.client.reset_share_snapshot_status.assert_called_once_with(
            self.snapshot, 'error'
        )
        self.client.update_share_snapshot_metadata.assert_called_once_with(
            self.snapshot, {'a': 'b'}
        )

    def test_status_choices(self):
        self.assertRaises(
            osc_base.ParserException,
            self.parse,
            [self.snapshot.name, '--status', 'bogus'],
        )

    def test_status_forbidden_is_one_line(self):
        self.client.reset_share_snapshot_status.side_effect = (
            sdk_exceptions.ForbiddenException('Policy does not allow')
        )
        self.assertRefused([self.snapshot.name, '--status', 'error'], 'Policy')


class TestUnsetShareSnapshot(SnapshotTestCase):
    command = share_snapshot.UnsetShareSnapshot

    def test_unset(self):
        self.run_command(
            [
                self.snapshot.name,
                '--name',
                '--description',
                '--property',
                'a',
                '--property',
                'b',
            ]
        )
        self.client.update_share_snapshot.assert_called_once_with(
            self.snapshot, display_name=None, display_description=None
        )
        self.client.delete_share_snapshot_metadata.assert_called_once_with(
            self.snapshot, ['a', 'b'], ignore_missing=False
        )

    def test_property_below_2_73(self):
        self.set_share_api_version('2.72')
        self.assertRefused([self.snapshot.name, '--property', 'a'], '2.73')


class TestAdoptShareSnapshot(SnapshotTestCase):
    command = share_snapshot.AdoptShareSnapshot

    def test_adopt_wait(self):
        managed = a_snapshot(status='manage_starting')
        self.client.manage_share_snapshot.return_value = managed
        self.client.wait_for_status.return_value = managed
        self.run_command(
            [
                self.share.name,
                '/loc',
                '--name',
                'n',
                '--description',
                'd',
                '--driver-option',
                'a=b',
                '--wait',
            ]
        )
        self.client.manage_share_snapshot.assert_called_once_with(
            self.share,
            '/loc',
            name='n',
            description='d',
            driver_options={'a': 'b'},
        )
        self.assertEqual(
            ['error', 'manage_error'],
            self.client.wait_for_status.call_args.kwargs['failures'],
        )

    def test_adopt_below_2_12(self):
        self.set_share_api_version('2.11')
        self.assertRefused([self.share.name, '/loc'], '2.12')


class TestAbandonShareSnapshot(SnapshotTestCase):
    command = share_snapshot.AbandonShareSnapshot

    def test_abandon_several_wait(self):
        other = a_snapshot()
        self.client.find_share_snapshot.side_effect = by_name(
            [self.snapshot, other]
        )
        self.run_command([self.snapshot.name, other.id, '--wait'])
        self.assertEqual(
            [mock.call(self.snapshot), mock.call(other)],
            self.client.unmanage_share_snapshot.call_args_list,
        )
        self.assertEqual(2, self.client.wait_for_delete.call_count)
        self.assertEqual(
            ['unmanage_error', 'error_deleting'],
            self.client.wait_for_delete.call_args.kwargs['failures'],
        )

    def test_abandon_partial_failure(self):
        err = self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            [self.snapshot.name, 'ghost'],
        )
        self.assertEqual('1 of 2 snapshots failed to abandon.', str(err))
        self.client.unmanage_share_snapshot.assert_called_once_with(
            self.snapshot
        )


class TestCreateShareSnapshotAccess(SnapshotTestCase):
    command = share_snapshot.CreateShareSnapshotAccess

    def setUp(self):
        super().setUp()
        # As the server answers: no name.
        self.rule = _snapshot.ShareSnapshotAccessRule.existing(
            id='r1',
            access_type='ip',
            access_to='10.0.0.0/24',
            state='queued_to_apply',
        )
        self.client.create_share_snapshot_access_rule.return_value = self.rule

    def test_create(self):
        columns, data = self.run_command(
            [self.snapshot.name, 'ip', '10.0.0.0/24']
        )
        self.client.create_share_snapshot_access_rule.assert_called_once_with(
            self.snapshot, 'ip', '10.0.0.0/24'
        )
        self.assertEqual(('access_to', 'access_type', 'id', 'state'), columns)

    def test_create_wait(self):
        self.client.wait_for_status.return_value = self.rule
        self.run_command([self.snapshot.name, 'ip', '10.0.0.1', '--wait'])
        kwargs = self.client.wait_for_status.call_args.kwargs
        self.assertEqual(
            ('active', ['error']), (kwargs['status'], kwargs['failures'])
        )

    def test_bad_access_refused(self):
        self.assertRefused([self.snapshot.name, 'cert', 'cn'], 'NFS')
        self.assertRefused([self.snapshot.name, 'ip', '300.0.0.1'], 'ip')
        self.client.create_share_snapshot_access_rule.assert_not_called()

    def test_below_2_32(self):
        self.set_share_api_version('2.31')
        self.assertRefused([self.snapshot.name, 'ip', '1.1.1.1'], '2.32')
        self.client.find_share_snapshot.assert_not_called()


class TestDeleteShareSnapshotAccess(SnapshotTestCase):
    command = share_snapshot.DeleteShareSnapshotAccess

    def test_delete_several_wait(self):
        rules = [
            fakes.fake(_snapshot.ShareSnapshotAccessRule) for _ in range(2)
        ]
        self.client.delete_share_snapshot_access_rule.side_effect = rules
        self.run_command([self.snapshot.name, 'r1', 'r2', '--wait'])
        self.assertEqual(
            [mock.call(self.snapshot, 'r1'), mock.call(self.snapshot, 'r2')],
            self.client.delete_share_snapshot_access_rule.call_args_list,
        )
        self.assertCountEqual(
            rules,
            [c.args[0] for c in self.client.wait_for_delete.call_args_list],
        )

    def test_partial_failure(self):
        self.client.delete_share_snapshot_access_rule.side_effect = [
            sdk_exceptions.BadRequestException('not associated'),
            None,
        ]
        err = self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            [self.snapshot.name, 'r1', 'r2'],
        )
        self.assertEqual('1 of 2 access rules failed to delete.', str(err))


class TestListShareSnapshotAccess(SnapshotTestCase):
    command = share_snapshot.ListShareSnapshotAccess

    def test_list(self):
        rule = fakes.fake(_snapshot.ShareSnapshotAccessRule, state='active')
        self.client.share_snapshot_access_rules.return_value = iter([rule])
        headers, rows = self.run_command([self.snapshot.name])
        self.assertEqual(('ID', 'Access Type', 'Access To', 'State'), headers)
        self.assertEqual(
            [(rule.id, rule.access_type, rule.access_to, 'active')],
            [tuple(r) for r in rows],
        )
        self.client.share_snapshot_access_rules.assert_called_once_with(
            snapshot_id=self.snapshot
        )


class TestSnapshotExportLocations(SnapshotTestCase):
    command = share_snapshot.ListShareSnapshotExportLocation

    def test_list(self):
        location = fakes.fake(_snapshot.ShareSnapshotExportLocation)
        self.client.share_snapshot_export_locations.return_value = iter(
            [location]
        )
        headers, rows = self.run_command([self.snapshot.name])
        self.assertEqual(('ID', 'Path'), headers)
        self.assertEqual(
            [(location.id, location.path)], [tuple(r) for r in rows]
        )

    def test_show(self):
        self.cmd = share_snapshot.ShowShareSnapshotExportLocation(
            self.app, None
        )
        location = fakes.fake(_snapshot.ShareSnapshotExportLocation)
        self.client.get_share_snapshot_export_location.return_value = location
        columns, data = self.run_command([self.snapshot.name, 'el1'])
        self.client.get_share_snapshot_export_location.assert_called_once_with(
            'el1', self.snapshot
        )
        self.assertEqual(location.path, dict(zip(columns, data))['path'])

    def test_below_2_32(self):
        self.set_share_api_version('2.31')
        self.assertRefused([self.snapshot.name], '2.32')


class TestCommonNames(fakes.TestShareV2):
    def test_default_wait_timeout_in_help(self):
        cmd = share_snapshot.CreateShareSnapshot(self.app, None)
        parser = cmd.get_parser('openstack share snapshot create')
        self.assertIn(str(common.DEFAULT_WAIT_TIMEOUT), parser.format_help())
