"""openstack share ..."""

from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib.cli import format_columns
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share
from tests.unit.v2 import fakes

SHOW_COLUMNS = (
    'availability_zone',
    'created_at',
    'description',
    'has_replicas',
    'host',
    'id',
    'is_public',
    'name',
    'project_id',
    'properties',
    'share_proto',
    'share_type',
    'share_type_name',
    'size',
    'snapshot_support',
    'status',
    'task_state',
    'user_id',
)


def show_data(s):
    return (
        s.availability_zone,
        s.created_at,
        s.description,
        s.is_replicated,
        s.host,
        s.id,
        s.is_public,
        s.name,
        s.project_id,
        format_columns.DictColumn(s.metadata),
        s.share_protocol,
        s.share_type,
        s.share_type_name,
        s.size,
        s.is_snapshot_supported,
        s.status,
        s.task_state,
        s.user_id,
    )


SHORT_HEADERS = (
    'ID',
    'Name',
    'Size',
    'Share Proto',
    'Status',
    'Is Public',
    'Share Type Name',
    'Host',
    'Availability Zone',
)


def ids_as_given(*finders):
    """Make each ``find_<x>`` mock resolve a value to itself as the ID."""
    for finder in finders:
        finder.side_effect = lambda value, ignore_missing=True, **q: mock.Mock(
            id=value
        )


def by_name(shares):
    """find_share side effect: resolve names (or IDs) among ``shares``."""

    def find(name_or_id, ignore_missing=True, **query):
        for s in shares:
            if name_or_id in (s.id, s.name):
                return s
        raise sdk_exceptions.NotFoundException(f'No Share {name_or_id}')

    return find


class TestCreateShare(fakes.TestShareV2):
    def setUp(self):
        super().setUp()
        self.new_share = fakes.create_one_share(status='creating')
        self.client.create_share.return_value = self.new_share
        self.cmd = share.CreateShare(self.app, None)

    def test_create_required_only(self):
        arglist = ['NFS', '1']
        verifylist = [
            ('share_proto', 'NFS'),
            ('size', 1),
            ('name', None),
            ('public', None),
            ('wait', False),
            ('wait_timeout', common.DEFAULT_WAIT_TIMEOUT),
        ]
        parsed_args = self.check_parser(self.cmd, arglist, verifylist)
        columns, data = self.cmd.take_action(parsed_args)
        self.client.create_share.assert_called_once_with(
            share_protocol='NFS', size=1
        )
        self.client.find_share_snapshot.assert_not_called()
        self.client.wait_for_status.assert_not_called()
        self.assertEqual(SHOW_COLUMNS, columns)
        self.assertItemEqual(show_data(self.new_share), data)

    def test_create_missing_args(self):
        self.assertRaises(
            osc_base.ParserException, self.check_parser, self.cmd, ['NFS'], []
        )
        self.assertRaises(
            osc_base.ParserException,
            self.check_parser,
            self.cmd,
            ['NFS', '0'],
            [],
        )
        self.assertRaises(
            osc_base.ParserException,
            self.check_parser,
            self.cmd,
            ['NFS', 'big'],
            [],
        )

    def test_create_every_option(self):
        ids_as_given(
            self.client.find_share_network, self.client.find_share_group
        )
        snapshot = fakes.create_one_snapshot(size=5)
        self.client.find_share_snapshot.return_value = snapshot
        others = fakes.create_shares(3)
        self.client.find_share.side_effect = by_name(others)
        arglist = [
            'NFS',
            '1',
            '--name',
            'n',
            '--description',
            'd',
            '--snapshot-id',
            'snap',
            '--property',
            'k1=v1',
            '--property',
            'k2=v2',
            '--share-network',
            'net-id',
            '--share-type',
            'gold',
            '--public',
            '--availability-zone',
            'az1',
            '--share-group',
            'grp-id',
            '--scheduler-hint',
            f'same_host={others[0].name},{others[1].id}',
            '--scheduler-hint',
            f'different_host={others[2].name}',
            '--mount-point-name',
            'mp',
            '--encryption-key-ref',
            'ref',
        ]
        verifylist = [
            ('name', 'n'),
            ('description', 'd'),
            ('snapshot_id', 'snap'),
            ('property', {'k1': 'v1', 'k2': 'v2'}),
            ('share_network', 'net-id'),
            ('share_type', 'gold'),
            ('public', True),
            ('availability_zone', 'az1'),
            ('share_group', 'grp-id'),
            (
                'scheduler_hint',
                {
                    'same_host': f'{others[0].name},{others[1].id}',
                    'different_host': others[2].name,
                },
            ),
            ('mount_point_name', 'mp'),
            ('encryption_key_ref', 'ref'),
        ]
        parsed_args = self.check_parser(self.cmd, arglist, verifylist)
        self.assertEqual(0, self.cmd.run(parsed_args))
        self.client.find_share_snapshot.assert_called_once_with(
            'snap', ignore_missing=False
        )
        self.client.create_share.assert_called_once_with(
            share_protocol='NFS',
            # A clone is at least as big as its snapshot.
            size=5,
            name='n',
            description='d',
            metadata={'k1': 'v1', 'k2': 'v2'},
            share_network_id='net-id',
            share_type='gold',
            is_public=True,
            availability_zone='az1',
            share_group_id='grp-id',
            mount_point_name='mp',
            encryption_key_ref='ref',
            snapshot_id=snapshot.id,
            scheduler_hints={
                'same_host': f'{others[0].id},{others[1].id}',
                'different_host': others[2].id,
            },
        )
        self.assertIn(self.new_share.id, self.app.stdout.make_string())

    def test_create_from_smaller_snapshot_keeps_size(self):
        snapshot = fakes.create_one_snapshot(size=2)
        self.client.find_share_snapshot.return_value = snapshot
        parsed_args = self.check_parser(
            self.cmd, ['NFS', '7', '--snapshot-id', snapshot.name], []
        )
        self.cmd.take_action(parsed_args)
        self.client.create_share.assert_called_once_with(
            share_protocol='NFS', size=7, snapshot_id=snapshot.id
        )

    def test_create_private(self):
        parsed_args = self.check_parser(
            self.cmd, ['CIFS', '2', '--private'], [('public', False)]
        )
        self.cmd.take_action(parsed_args)
        self.client.create_share.assert_called_once_with(
            share_protocol='CIFS', size=2, is_public=False
        )

    def test_public_private_exclusive(self):
        self.assertRaises(
            osc_base.ParserException,
            self.check_parser,
            self.cmd,
            ['NFS', '1', '--public', '--private'],
            [],
        )

    def test_unknown_scheduler_hint(self):
        parsed_args = self.check_parser(
            self.cmd, ['NFS', '1', '--scheduler-hint', 'near=x'], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn("'near'", str(err))
        self.client.create_share.assert_not_called()

    def test_scheduler_hint_above_microversion(self):
        self.set_share_api_version('2.64')
        parsed_args = self.check_parser(
            self.cmd, ['NFS', '1', '--scheduler-hint', 'same_host=x'], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--scheduler-hint', str(err))
        self.assertIn('--os-share-api-version 2.65', str(err))
        self.assertIn('2.64', str(err))
        self.client.find_share.assert_not_called()
        self.client.create_share.assert_not_called()

    def test_mount_point_name_above_microversion(self):
        self.set_share_api_version('2.83')
        parsed_args = self.check_parser(
            self.cmd, ['NFS', '1', '--mount-point-name', 'mp'], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--os-share-api-version 2.84', str(err))

    def test_encryption_key_ref_above_microversion(self):
        self.set_share_api_version('2.89')
        parsed_args = self.check_parser(
            self.cmd, ['NFS', '1', '--encryption-key-ref', 'r'], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--os-share-api-version 2.90', str(err))

    def test_gated_option_at_its_microversion(self):
        self.set_share_api_version('2.65')
        parsed_args = self.check_parser(
            self.cmd,
            ['NFS', '1', '--scheduler-hint', 'same_host=' + self.new_share.id],
            [],
        )
        self.client.find_share.return_value = self.new_share
        self.cmd.run(parsed_args)
        self.client.create_share.assert_called_once_with(
            share_protocol='NFS',
            size=1,
            scheduler_hints={'same_host': self.new_share.id},
        )

    def test_sdk_error_is_one_line_command_error(self):
        self.client.create_share.side_effect = (
            sdk_exceptions.BadRequestException(
                message='Invalid input\nfor field size', details=None
            )
        )
        parsed_args = self.check_parser(self.cmd, ['NFS', '1'], [])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertNotIn('\n', str(err))
        self.assertIn('Invalid input for field size', str(err))

    def test_create_wait(self):
        available = fakes.create_one_share(
            id=self.new_share.id, status='available'
        )
        self.client.wait_for_status.return_value = available
        location = fakes.create_one_export_location(share_id=available.id)
        self.client.export_locations.return_value = iter([location])
        parsed_args = self.check_parser(
            self.cmd,
            ['NFS', '1', '--wait', '--wait-timeout', '30'],
            [('wait', True), ('wait_timeout', 30)],
        )
        columns, data = self.cmd.take_action(parsed_args)
        self.client.wait_for_status.assert_called_once_with(
            self.new_share,
            status='available',
            failures=['error'],
            wait=30,
            callback=mock.ANY,
        )
        shown = dict(zip(columns, data))
        self.assertEqual('available', shown['status'])
        # Once available, the output says where to mount it.
        self.client.export_locations.assert_called_once_with(available)
        self.assertEqual(
            [location.path],
            [
                el['path']
                for el in shown['export_locations'].machine_readable()
            ],
        )

    def test_create_wait_failure(self):
        self.client.wait_for_status.side_effect = (
            sdk_exceptions.ResourceFailure('went to error')
        )
        errored = fakes.create_one_share(id=self.new_share.id, status='error')
        parsed_args = self.check_parser(self.cmd, ['NFS', '1', '--wait'], [])
        with mock.patch.object(
            _share.Share, 'fetch', return_value=errored
        ) as fetch:
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
        fetch.assert_called_once_with(self.client, skip_cache=True)
        self.assertIn('failed', str(err))
        self.assertIn('status is error', str(err))
        self.assertIn(self.new_share.name, str(err))

    def test_create_wait_timeout(self):
        self.client.wait_for_status.side_effect = (
            sdk_exceptions.ResourceTimeout('slow')
        )
        parsed_args = self.check_parser(
            self.cmd, ['NFS', '1', '--wait', '--wait-timeout', '5'], []
        )
        with mock.patch.object(
            _share.Share, 'fetch', side_effect=Exception('down')
        ):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
        self.assertIn('Timed out after 5 s', str(err))
        self.assertIn('unknown', str(err))

    def test_bad_wait_timeout(self):
        self.assertRaises(
            osc_base.ParserException,
            self.check_parser,
            self.cmd,
            ['NFS', '1', '--wait-timeout', '0'],
            [],
        )


class TestDeleteShare(fakes.TestShareV2):
    def setUp(self):
        super().setUp()
        self.shares = fakes.create_shares(2)
        self.client.find_share.side_effect = by_name(self.shares)
        self.cmd = share.DeleteShare(self.app, None)

    def test_delete_one(self):
        parsed_args = self.check_parser(
            self.cmd,
            [self.shares[0].name],
            [
                ('shares', [self.shares[0].name]),
                ('force', False),
                ('soft', False),
                ('wait', False),
            ],
        )
        self.assertIsNone(self.cmd.take_action(parsed_args))
        self.client.find_share.assert_called_once_with(
            self.shares[0].name, ignore_missing=False
        )
        self.client.delete_share.assert_called_once_with(
            self.shares[0],
            ignore_missing=False,
            force=False,
            share_group_id=None,
        )
        self.client.soft_delete_share.assert_not_called()
        self.client.wait_for_delete.assert_not_called()

    def test_delete_multi(self):
        parsed_args = self.check_parser(
            self.cmd, [s.id for s in self.shares], []
        )
        self.cmd.take_action(parsed_args)
        self.assertEqual(
            [
                mock.call(
                    s, ignore_missing=False, force=False, share_group_id=None
                )
                for s in self.shares
            ],
            self.client.delete_share.call_args_list,
        )

    def test_delete_multi_one_missing(self):
        parsed_args = self.check_parser(
            self.cmd, ['ghost', self.shares[1].name], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual('1 of 2 shares failed to delete.', str(err))
        self.assertIn(
            "Failed to delete 'ghost': No Share ghost", self.logger.output
        )
        self.assertEqual(2, self.client.find_share.call_count)
        self.client.delete_share.assert_called_once_with(
            self.shares[1],
            ignore_missing=False,
            force=False,
            share_group_id=None,
        )

    def test_delete_multi_delete_fails(self):
        self.client.delete_share.side_effect = [
            sdk_exceptions.ConflictException('busy'),
            None,
        ]
        parsed_args = self.check_parser(
            self.cmd, [s.name for s in self.shares], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.take_action, parsed_args
        )
        self.assertEqual('1 of 2 shares failed to delete.', str(err))
        self.assertEqual(2, self.client.delete_share.call_count)

    def test_delete_force(self):
        parsed_args = self.check_parser(
            self.cmd, ['--force', self.shares[0].name], [('force', True)]
        )
        self.cmd.take_action(parsed_args)
        self.client.delete_share.assert_called_once_with(
            self.shares[0],
            ignore_missing=False,
            force=True,
            share_group_id=None,
        )

    def test_delete_in_share_group(self):
        ids_as_given(self.client.find_share_group)
        parsed_args = self.check_parser(
            self.cmd,
            ['--share-group', 'group-id', self.shares[0].name],
            [('share_group', 'group-id')],
        )
        self.cmd.take_action(parsed_args)
        self.client.delete_share.assert_called_once_with(
            self.shares[0],
            ignore_missing=False,
            force=False,
            share_group_id='group-id',
        )

    def test_delete_soft(self):
        parsed_args = self.check_parser(
            self.cmd,
            ['--soft', '--wait', self.shares[0].name],
            [('soft', True)],
        )
        self.cmd.run(parsed_args)
        self.client.soft_delete_share.assert_called_once_with(self.shares[0])
        self.client.delete_share.assert_not_called()
        # The recycle bin keeps the share: nothing to wait for.
        self.client.wait_for_delete.assert_not_called()

    def test_delete_soft_needs_2_69(self):
        self.set_share_api_version('2.68')
        parsed_args = self.check_parser(
            self.cmd, ['--soft', self.shares[0].name], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--os-share-api-version 2.69', str(err))
        self.client.soft_delete_share.assert_not_called()

    def test_delete_soft_and_force(self):
        parsed_args = self.check_parser(
            self.cmd, ['--soft', '--force', self.shares[0].name], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.take_action, parsed_args
        )
        self.assertIn('--soft and --force', str(err))
        self.client.find_share.assert_not_called()

    def test_delete_wait(self):
        parsed_args = self.check_parser(
            self.cmd,
            ['--wait', '--wait-timeout', '20'] + [s.name for s in self.shares],
            [('wait', True)],
        )
        self.cmd.take_action(parsed_args)
        self.assertCountEqual(
            [
                mock.call(
                    s, wait=20, callback=mock.ANY, failures=['error_deleting']
                )
                for s in self.shares
            ],
            self.client.wait_for_delete.call_args_list,
        )

    def test_delete_wait_failure(self):
        self.client.wait_for_delete.side_effect = [
            sdk_exceptions.ResourceFailure('error_deleting'),
            self.shares[1],
        ]
        parsed_args = self.check_parser(
            self.cmd, ['--wait'] + [s.name for s in self.shares], []
        )
        with mock.patch.object(
            _share.Share,
            'fetch',
            return_value=(fakes.create_one_share(status='error_deleting')),
        ):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.take_action, parsed_args
            )
        self.assertEqual('1 of 2 shares failed to delete.', str(err))
        self.assertEqual(2, self.client.wait_for_delete.call_count)
        self.assertIn('its status is error_deleting', self.logger.output)

    def test_delete_wait_failure_log_names_the_share(self):
        self.client.wait_for_delete.side_effect = (
            sdk_exceptions.ResourceFailure('error_deleting')
        )
        parsed_args = self.check_parser(
            self.cmd, ['--wait', self.shares[0].name], []
        )
        with mock.patch.object(
            _share.Share,
            'fetch',
            return_value=(fakes.create_one_share(status='error_deleting')),
        ):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.take_action, parsed_args
            )
        # One share: its own error is the one line shown.
        self.assertIn(
            f"Failed to delete '{self.shares[0].name}': share "
            f"{self.shares[0].name} failed: its status is error_deleting",
            str(err),
        )
        # The item as given, not the resource's repr.
        self.assertNotIn('Share(id=', str(err))

    def test_delete_one_missing_other_waited(self):
        parsed_args = self.check_parser(
            self.cmd, ['--wait', 'ghost', self.shares[0].name], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.take_action, parsed_args
        )
        self.assertEqual('1 of 2 shares failed to delete.', str(err))
        self.client.wait_for_delete.assert_called_once_with(
            self.shares[0],
            wait=common.DEFAULT_WAIT_TIMEOUT,
            callback=mock.ANY,
            failures=['error_deleting'],
        )

    def test_delete_missing_and_wait_failure_count_once_each(self):
        self.client.wait_for_delete.side_effect = (
            sdk_exceptions.ResourceTimeout('slow')
        )
        parsed_args = self.check_parser(
            self.cmd, ['--wait', 'ghost', self.shares[0].name], []
        )
        with mock.patch.object(
            _share.Share, 'fetch', side_effect=Exception('down')
        ):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.take_action, parsed_args
            )
        self.assertEqual('2 of 2 shares failed to delete.', str(err))


class TestListShare(fakes.TestShareV2):
    def setUp(self):
        super().setUp()
        self.shares = fakes.create_shares(3)
        self.client.shares.return_value = iter(self.shares)
        self.cmd = share.ListShare(self.app, None)

    def _short_data(self):
        return [
            (
                s.id,
                s.name,
                s.size,
                s.share_protocol,
                s.status,
                s.is_public,
                s.share_type_name,
                s.host,
                s.availability_zone,
            )
            for s in self.shares
        ]

    def test_list_default(self):
        parsed_args = self.check_parser(self.cmd, [], [('long', False)])
        columns, data = self.cmd.take_action(parsed_args)
        self.client.shares.assert_called_once_with()
        self.assertEqual(SHORT_HEADERS, columns)
        self.assertEqual(self._short_data(), list(data))

    def test_list_every_filter(self):
        ids_as_given(
            self.client.find_share_network,
            self.client.find_share_group,
            self.client.find_share_server,
        )
        snapshot = fakes.create_one_snapshot()
        share_type = fakes.create_one_share_type()
        self.client.find_share_snapshot.return_value = snapshot
        self.client.find_share_type.return_value = share_type
        identity = self.app.client_manager.sdk_connection.identity
        identity.find_domain.side_effect = lambda name, **kw: mock.Mock(
            id=name + '-id'
        )
        identity.find_project.return_value = mock.Mock(id='project-id')
        identity.find_user.return_value = mock.Mock(id='user-id')
        arglist = [
            '--name',
            'n',
            '--name~',
            'n-part',
            '--description',
            'd',
            '--description~',
            'd-part',
            '--status',
            'available',
            '--snapshot',
            'snap',
            '--export-location',
            '/exports/path',
            '--soft-deleted',
            '--public',
            '--share-network',
            'net',
            '--share-type',
            'gold',
            '--share-group',
            'grp',
            '--host',
            'h@b#p',
            '--share-server',
            'srv',
            '--project',
            'proj',
            '--project-domain',
            'pdom',
            '--user',
            'usr',
            '--user-domain',
            'udom',
            '--all-projects',
            '--property',
            'k=v',
            '--extra-spec',
            'snapshot_support=True',
            '--encryption-key-ref',
            'ref',
            '--availability-zone',
            'az',
            '--limit',
            '5',
            '--offset',
            '2',
            '--sort',
            'name:desc',
        ]
        verifylist = [
            ('name_like', 'n-part'),
            ('description_like', 'd-part'),
            ('soft_deleted', True),
            ('limit', 5),
            ('offset', 2),
            ('sort', 'name:desc'),
        ]
        parsed_args = self.check_parser(self.cmd, arglist, verifylist)
        columns, data = self.cmd.take_action(parsed_args)
        self.client.shares.assert_called_once_with(
            **{
                'name': 'n',
                'name~': 'n-part',
                'description': 'd',
                'description~': 'd-part',
                'status': 'available',
                'snapshot_id': snapshot.id,
                'export_location_path': '/exports/path',
                'is_soft_deleted': True,
                'is_public': True,
                'share_network_id': 'net',
                'share_type_id': share_type.id,
                'share_group_id': 'grp',
                'host': 'h@b#p',
                'share_server_id': 'srv',
                'project_id': 'project-id',
                'user_id': 'user-id',
                'all_projects': True,
                'metadata': {'k': 'v'},
                'extra_specs': {'snapshot_support': 'True'},
                'encryption_key_ref': 'ref',
                'availability_zone': 'az',
                'limit': 5,
                'offset': 2,
                'sort_key': 'name',
                'sort_dir': 'desc',
            }
        )
        self.client.find_share_snapshot.assert_called_once_with(
            'snap', ignore_missing=False
        )
        self.client.find_share_type.assert_called_once_with(
            'gold', ignore_missing=False
        )
        identity.find_project.assert_called_once_with(
            'proj', ignore_missing=False, domain_id='pdom-id'
        )
        identity.find_user.assert_called_once_with(
            'usr', ignore_missing=False, domain_id='udom-id'
        )
        self.assertEqual(SHORT_HEADERS, columns)

    def test_list_every_filter_passes_microversion_gates(self):
        self.set_share_api_version('2.97')
        parsed_args = self.check_parser(
            self.cmd,
            [
                '--name~',
                'x',
                '--description',
                'd',
                '--description~',
                'y',
                '--export-location',
                'p',
                '--soft-deleted',
                '--encryption-key-ref',
                'r',
                '--availability-zone',
                'az',
            ],
            [],
        )
        self.cmd.run(parsed_args)
        self.client.shares.assert_called_once()

    def test_list_filter_above_microversion(self):
        for version, option, needed in (
            ('2.35', ['--name~', 'x'], '2.36'),
            ('2.35', ['--description', 'x'], '2.36'),
            ('2.35', ['--description~', 'x'], '2.36'),
            ('2.34', ['--export-location', 'x'], '2.35'),
            ('2.68', ['--soft-deleted'], '2.69'),
            ('2.89', ['--encryption-key-ref', 'x'], '2.90'),
            ('2.96', ['--availability-zone', 'x'], '2.97'),
        ):
            self.set_share_api_version(version)
            parsed_args = self.check_parser(self.cmd, option, [])
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
            self.assertIn(option[0], str(err))
            self.assertIn('--os-share-api-version ' + needed, str(err))
        self.client.shares.assert_not_called()

    def test_list_export_location_by_id(self):
        el_id = '11111111-2222-3333-4444-555555555555'
        parsed_args = self.check_parser(
            self.cmd, ['--export-location', el_id], []
        )
        self.cmd.take_action(parsed_args)
        self.client.shares.assert_called_once_with(export_location_id=el_id)

    def test_list_project_implies_all_projects(self):
        identity = self.app.client_manager.sdk_connection.identity
        identity.find_project.return_value = mock.Mock(id='p-id')
        parsed_args = self.check_parser(self.cmd, ['--project', 'p'], [])
        self.cmd.take_action(parsed_args)
        identity.find_project.assert_called_once_with(
            'p', ignore_missing=False
        )
        identity.find_domain.assert_not_called()
        self.client.shares.assert_called_once_with(
            project_id='p-id', all_projects=True
        )

    def test_list_all_projects(self):
        parsed_args = self.check_parser(self.cmd, ['--all-projects'], [])
        self.cmd.take_action(parsed_args)
        self.client.shares.assert_called_once_with(all_projects=True)

    def test_list_limit_offset(self):
        parsed_args = self.check_parser(
            self.cmd, ['--limit', '2', '--offset', '0'], []
        )
        self.cmd.take_action(parsed_args)
        self.client.shares.assert_called_once_with(limit=2, offset=0)

    def test_list_bad_limit_offset(self):
        for arglist in (
            ['--limit', '0'],
            ['--limit', 'x'],
            ['--offset', '-1'],
            ['--offset', 'x'],
        ):
            self.assertRaises(
                osc_base.ParserException,
                self.check_parser,
                self.cmd,
                arglist,
                [],
            )

    def test_list_sort_default_direction(self):
        parsed_args = self.check_parser(self.cmd, ['--sort', 'size'], [])
        self.cmd.take_action(parsed_args)
        self.client.shares.assert_called_once_with(
            sort_key='size', sort_dir='asc'
        )

    def test_list_sort_two_keys(self):
        parsed_args = self.check_parser(self.cmd, ['--sort', 'name,size'], [])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.take_action, parsed_args
        )
        self.assertIn('one key', str(err))
        self.client.shares.assert_not_called()

    def test_list_sort_bad_direction(self):
        parsed_args = self.check_parser(self.cmd, ['--sort', 'name:up'], [])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.take_action, parsed_args
        )
        self.assertIn("'up'", str(err))

    def test_list_marker(self):
        summary = [
            _share.Share.existing(id=s.id, name=s.name) for s in self.shares
        ]
        page = self.shares[2:]

        def shares(details=True, **query):
            return iter(summary if not details else page)

        self.client.shares.side_effect = shares
        parsed_args = self.check_parser(
            self.cmd,
            [
                '--marker',
                self.shares[1].name,
                '--status',
                'available',
                '--sort',
                'name',
                '--limit',
                '10',
            ],
            [],
        )
        columns, data = self.cmd.take_action(parsed_args)
        self.assertEqual(
            [
                mock.call(
                    details=False,
                    status='available',
                    sort_key='name',
                    sort_dir='asc',
                ),
                mock.call(
                    status='available',
                    sort_key='name',
                    sort_dir='asc',
                    limit=10,
                    offset=2,
                ),
            ],
            self.client.shares.call_args_list,
        )
        self.assertEqual([self.shares[2].id], [row[0] for row in data])

    def test_list_marker_by_id(self):
        self.client.shares.side_effect = lambda details=True, **q: iter(
            self.shares
        )
        parsed_args = self.check_parser(
            self.cmd, ['--marker', self.shares[0].id], []
        )
        self.cmd.take_action(parsed_args)
        self.assertEqual(
            mock.call(offset=1), self.client.shares.call_args_list[-1]
        )

    def test_list_marker_not_found(self):
        parsed_args = self.check_parser(self.cmd, ['--marker', 'ghost'], [])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.take_action, parsed_args
        )
        self.assertIn('ghost', str(err))

    def test_list_marker_and_offset(self):
        parsed_args = self.check_parser(
            self.cmd, ['--marker', 'm', '--offset', '1'], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.take_action, parsed_args
        )
        self.assertIn('--marker and --offset', str(err))
        self.client.shares.assert_not_called()

    def test_list_long(self):
        parsed_args = self.check_parser(self.cmd, ['--long'], [('long', True)])
        columns, data = self.cmd.take_action(parsed_args)
        self.assertEqual(
            SHORT_HEADERS
            + (
                'Description',
                'Share Network ID',
                'Share Server ID',
                'Share Type',
                'Share Group ID',
                'User ID',
                'Project ID',
                'Access Rules Status',
                'Source Snapshot ID',
                'Supports Creating Snapshots',
                'Supports Cloning Snapshots',
                'Supports Mounting Snapshots',
                'Supports Reverting to Snapshot',
                'Migration Task Status',
                'Source Share Group Snapshot Member ID',
                'Replication Type',
                'Has Replicas',
                'Created At',
                'Properties',
                'Mount Point Name',
                'Encryption Key Ref',
            ),
            columns,
        )
        rows = list(data)
        self.assertEqual(3, len(rows))
        row = dict(zip(columns, rows[0]))
        self.assertEqual(self.shares[0].description, row['Description'])
        self.assertEqual('user-id', row['User ID'])
        self.assertTrue(row['Supports Creating Snapshots'])
        self.assertIsInstance(row['Properties'], format_columns.DictColumn)
        self.assertEqual(
            {'key': 'value'}, row['Properties'].machine_readable()
        )


class TestShowShare(fakes.TestShareV2):
    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share()
        self.locations = [
            fakes.create_one_export_location(self.share.id),
            fakes.create_one_export_location(
                self.share.id, preferred=False, is_admin_only=True
            ),
        ]
        self.client.find_share.return_value = self.share
        self.client.export_locations.return_value = iter(self.locations)
        self.cmd = share.ShowShare(self.app, None)

    def test_show(self):
        parsed_args = self.check_parser(
            self.cmd, [self.share.name], [('share', self.share.name)]
        )
        columns, data = self.cmd.take_action(parsed_args)
        self.client.find_share.assert_called_once_with(
            self.share.name, ignore_missing=False
        )
        self.client.export_locations.assert_called_once_with(self.share)
        self.assertEqual(
            tuple(sorted(SHOW_COLUMNS + ('export_locations',))), columns
        )
        shown = dict(zip(columns, data))
        column = shown.pop('export_locations')
        self.assertIsInstance(column, common.ExportLocationsColumn)
        readable = column.machine_readable()
        self.assertIsInstance(readable, list)
        self.assertEqual(2, len(readable))
        for location, item in zip(self.locations, readable):
            self.assertIsInstance(item, dict)
            self.assertEqual(location.path, item['path'])
            self.assertEqual(location.id, item['id'])
            self.assertEqual(location.is_preferred, item['preferred'])
            self.assertEqual(location.is_admin, item['is_admin_only'])
        human = column.human_readable()
        self.assertIn(self.locations[0].path, human)
        self.assertIn('preferred = False', human)
        self.assertIn('is_admin_only = True', human)
        expected = dict(zip(SHOW_COLUMNS, show_data(self.share)))
        self.assertItemEqual(
            [expected[c] for c in sorted(expected)],
            [shown[c] for c in sorted(shown)],
        )

    def test_show_before_export_location_api(self):
        self.set_share_api_version('2.8')
        parsed_args = self.check_parser(self.cmd, [self.share.id], [])
        columns, data = self.cmd.take_action(parsed_args)
        self.assertNotIn('export_locations', columns)
        self.client.export_locations.assert_not_called()
        self.assertEqual(SHOW_COLUMNS, columns)

    def test_show_leaves_out_unreturned_and_hidden_fields(self):
        self.client.find_share.return_value = _share.Share.existing(
            id='x',
            name='n',
            size=1,
            display_name='n',
            volume_type='v',
            scheduler_hints={'a': 'b'},
        )
        parsed_args = self.check_parser(self.cmd, ['n'], [])
        columns, data = self.cmd.take_action(parsed_args)
        self.assertEqual(('export_locations', 'id', 'name', 'size'), columns)

    def test_show_missing(self):
        self.client.find_share.side_effect = sdk_exceptions.NotFoundException(
            'No Share found for x'
        )
        parsed_args = self.check_parser(self.cmd, ['x'], [])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('No Share found for x', str(err))


class TestSetShare(fakes.TestShareV2):
    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share()
        self.client.find_share.return_value = self.share
        self.cmd = share.SetShare(self.app, None)

    def _run(self, arglist, verifylist=()):
        parsed_args = self.check_parser(
            self.cmd, [self.share.name] + arglist, list(verifylist)
        )
        self.assertIsNone(self.cmd.take_action(parsed_args))
        self.client.find_share.assert_called_once_with(
            self.share.name, ignore_missing=False
        )

    def assertOnly(self, *called):
        for method in (
            'update_share',
            'update_share_metadata',
            'reset_share_status',
            'reset_share_task_state',
        ):
            if method not in called:
                getattr(self.client, method).assert_not_called()

    def test_set_nothing(self):
        self._run(
            [], [('task_state', None), ('status', None), ('public', None)]
        )
        self.assertOnly()

    def test_set_name(self):
        self._run(['--name', 'new'])
        self.client.update_share.assert_called_once_with(
            self.share, display_name='new'
        )
        self.assertOnly('update_share')

    def test_set_name_description_visibility(self):
        self._run(['--name', 'new', '--description', '', '--public'])
        self.client.update_share.assert_called_once_with(
            self.share,
            display_name='new',
            display_description='',
            is_public=True,
        )
        self.assertOnly('update_share')

    def test_set_private(self):
        self._run(['--private'])
        self.client.update_share.assert_called_once_with(
            self.share, is_public=False
        )

    def test_set_property(self):
        self._run(['--property', 'a=1', '--property', 'b=2'])
        self.client.update_share_metadata.assert_called_once_with(
            self.share, {'a': '1', 'b': '2'}
        )
        self.assertOnly('update_share_metadata')

    def test_set_status(self):
        self._run(['--status', 'error'])
        self.client.reset_share_status.assert_called_once_with(
            self.share, 'error'
        )
        self.assertOnly('reset_share_status')

    def test_set_task_state(self):
        self._run(['--task-state', 'migration_error'])
        self.client.reset_share_task_state.assert_called_once_with(
            self.share, 'migration_error'
        )
        self.assertOnly('reset_share_task_state')

    def test_set_task_state_without_value_clears(self):
        self._run(['--task-state'], [('task_state', 'None')])
        self.client.reset_share_task_state.assert_called_once_with(
            self.share, None
        )
        self.assertOnly('reset_share_task_state')

    def test_set_task_state_none_text_clears(self):
        self._run(['--task-state', 'null'])
        self.client.reset_share_task_state.assert_called_once_with(
            self.share, None
        )

    def test_set_everything(self):
        self._run(
            [
                '--name',
                'n',
                '--property',
                'a=1',
                '--status',
                'available',
                '--task-state',
                'None',
            ]
        )
        self.client.update_share.assert_called_once_with(
            self.share, display_name='n'
        )
        self.client.update_share_metadata.assert_called_once_with(
            self.share, {'a': '1'}
        )
        self.client.reset_share_status.assert_called_once_with(
            self.share, 'available'
        )
        self.client.reset_share_task_state.assert_called_once_with(
            self.share, None
        )

    def test_set_partial_failure_tries_every_step(self):
        self.client.update_share.side_effect = (
            sdk_exceptions.ForbiddenException('no')
        )
        parsed_args = self.check_parser(
            self.cmd, [self.share.name, '--name', 'n', '--status', 'error'], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            f'1 of 2 changes to share {self.share.name} failed', str(err)
        )
        self.client.reset_share_status.assert_called_once_with(
            self.share, 'error'
        )


class TestUnsetShare(fakes.TestShareV2):
    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share()
        self.client.find_share.return_value = self.share
        self.cmd = share.UnsetShare(self.app, None)

    def test_unset_name_description(self):
        parsed_args = self.check_parser(
            self.cmd,
            [self.share.id, '--name', '--description'],
            [('name', True), ('description', True), ('property', None)],
        )
        self.cmd.take_action(parsed_args)
        self.client.update_share.assert_called_once_with(
            self.share, display_name=None, display_description=None
        )
        self.client.delete_share_metadata.assert_not_called()

    def test_unset_properties(self):
        parsed_args = self.check_parser(
            self.cmd,
            [self.share.id, '--property', 'a', '--property', 'b'],
            [('property', ['a', 'b'])],
        )
        self.cmd.take_action(parsed_args)
        self.client.delete_share_metadata.assert_called_once_with(
            self.share, ['a', 'b'], ignore_missing=False
        )
        self.client.update_share.assert_not_called()

    def test_unset_nothing(self):
        parsed_args = self.check_parser(self.cmd, [self.share.id], [])
        self.cmd.take_action(parsed_args)
        self.client.update_share.assert_not_called()
        self.client.delete_share_metadata.assert_not_called()

    def test_unset_missing_property(self):
        self.client.delete_share_metadata.side_effect = (
            sdk_exceptions.NotFoundException('Metadata keys not found: a')
        )
        parsed_args = self.check_parser(
            self.cmd, [self.share.id, '--property', 'a'], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.take_action, parsed_args
        )
        # A single change: its own error is the one line shown.
        self.assertEqual(
            f'share {self.share.name}: Metadata keys not found: a', str(err)
        )


class TestResizeShare(fakes.TestShareV2):
    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share(size=10)
        self.client.find_share.return_value = self.share
        self.cmd = share.ResizeShare(self.app, None)

    def test_extend(self):
        parsed_args = self.check_parser(
            self.cmd,
            [self.share.name, '20'],
            [('new_size', 20), ('force', False), ('wait', False)],
        )
        self.cmd.run(parsed_args)
        self.client.resize_share.assert_called_once_with(
            self.share, 20, force=False
        )
        self.client.wait_for_status.assert_not_called()

    def test_shrink(self):
        parsed_args = self.check_parser(self.cmd, [self.share.name, '5'], [])
        self.cmd.take_action(parsed_args)
        self.client.resize_share.assert_called_once_with(
            self.share, 5, force=False
        )

    def test_same_size(self):
        parsed_args = self.check_parser(self.cmd, [self.share.name, '10'], [])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.take_action, parsed_args
        )
        self.assertIn('already 10 GiB', str(err))
        self.client.resize_share.assert_not_called()

    def test_extend_force(self):
        parsed_args = self.check_parser(
            self.cmd, [self.share.name, '20', '--force'], [('force', True)]
        )
        self.cmd.run(parsed_args)
        self.client.resize_share.assert_called_once_with(
            self.share, 20, force=True
        )

    def test_force_on_shrink(self):
        parsed_args = self.check_parser(
            self.cmd, [self.share.name, '5', '--force'], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--force only applies when extending', str(err))
        self.client.resize_share.assert_not_called()

    def test_force_needs_2_64(self):
        self.set_share_api_version('2.63')
        parsed_args = self.check_parser(
            self.cmd, [self.share.name, '20', '--force'], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--os-share-api-version 2.64', str(err))
        self.client.find_share.assert_not_called()

    def test_extend_wait(self):
        extending = fakes.create_one_share(
            id=self.share.id, status='extending'
        )
        self.client.get_share.return_value = extending
        parsed_args = self.check_parser(
            self.cmd, [self.share.name, '20', '--wait'], []
        )
        self.cmd.take_action(parsed_args)
        # The wait starts from the server's state after the resize, not
        # from the share found before it (still 'available').
        self.client.get_share.assert_called_once_with(self.share.id)
        self.client.wait_for_status.assert_called_once_with(
            extending,
            status='available',
            failures=['error', 'extending_error'],
            wait=common.DEFAULT_WAIT_TIMEOUT,
            callback=mock.ANY,
        )

    def test_shrink_wait_failure(self):
        self.client.get_share.return_value = fakes.create_one_share(
            id=self.share.id, status='shrinking'
        )
        self.client.wait_for_status.side_effect = (
            sdk_exceptions.ResourceFailure('x')
        )
        parsed_args = self.check_parser(
            self.cmd, [self.share.name, '5', '--wait'], []
        )
        with mock.patch.object(
            _share.Share,
            'fetch',
            return_value=(fakes.create_one_share(status='shrinking_error')),
        ):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
        self.assertIn('shrinking_error', str(err))
        self.client.wait_for_status.assert_called_once_with(
            self.client.get_share.return_value,
            status='available',
            failures=[
                'error',
                'shrinking_error',
                'shrinking_possible_data_loss_error',
            ],
            wait=common.DEFAULT_WAIT_TIMEOUT,
            callback=mock.ANY,
        )


class TestAdoptShare(fakes.TestShareV2):
    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share(status='manage_starting')
        self.client.manage_share.return_value = self.share
        self.cmd = share.AdoptShare(self.app, None)

    def test_adopt_required(self):
        parsed_args = self.check_parser(
            self.cmd,
            ['h@b#p', 'NFS', '10.0.0.1:/p'],
            [
                ('service_host', 'h@b#p'),
                ('protocol', 'NFS'),
                ('export_path', '10.0.0.1:/p'),
            ],
        )
        columns, data = self.cmd.take_action(parsed_args)
        self.client.manage_share.assert_called_once_with(
            'NFS', '10.0.0.1:/p', 'h@b#p'
        )
        self.assertEqual(SHOW_COLUMNS, columns)
        self.assertItemEqual(show_data(self.share), data)

    def test_adopt_every_option(self):
        parsed_args = self.check_parser(
            self.cmd,
            [
                'h@b#p',
                'NFS',
                '10.0.0.1:/p',
                '--name',
                'n',
                '--description',
                'd',
                '--share-type',
                'gold',
                '--driver-options',
                'a=1',
                '--driver-options',
                'b=2',
                '--public',
                '--share-server-id',
                'srv',
                '--mount-point-name',
                'mp',
            ],
            [('driver_options', {'a': '1', 'b': '2'})],
        )
        self.cmd.run(parsed_args)
        self.client.manage_share.assert_called_once_with(
            'NFS',
            '10.0.0.1:/p',
            'h@b#p',
            name='n',
            description='d',
            share_type='gold',
            driver_options={'a': '1', 'b': '2'},
            is_public=True,
            share_server_id='srv',
            mount_point_name='mp',
        )

    def test_adopt_gates(self):
        for version, option, needed in (
            ('2.7', ['--public'], '2.8'),
            ('2.48', ['--share-server-id', 's'], '2.49'),
            ('2.91', ['--mount-point-name', 'm'], '2.92'),
        ):
            self.set_share_api_version(version)
            parsed_args = self.check_parser(
                self.cmd, ['h@b#p', 'NFS', '/p'] + option, []
            )
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
            self.assertIn('--os-share-api-version ' + needed, str(err))
        self.client.manage_share.assert_not_called()

    def test_adopt_wait_failure(self):
        self.client.wait_for_status.side_effect = (
            sdk_exceptions.ResourceFailure('x')
        )
        parsed_args = self.check_parser(
            self.cmd, ['h@b#p', 'NFS', '/p', '--wait'], []
        )
        with mock.patch.object(
            _share.Share,
            'fetch',
            return_value=(fakes.create_one_share(status='manage_error')),
        ):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
        self.assertIn('manage_error', str(err))
        self.client.wait_for_status.assert_called_once_with(
            self.share,
            status='available',
            failures=['error', 'manage_error'],
            wait=common.DEFAULT_WAIT_TIMEOUT,
            callback=mock.ANY,
        )


class TestAbandonShare(fakes.TestShareV2):
    def setUp(self):
        super().setUp()
        self.shares = fakes.create_shares(2)
        self.client.find_share.side_effect = by_name(self.shares)
        self.cmd = share.AbandonShare(self.app, None)

    def test_abandon(self):
        parsed_args = self.check_parser(
            self.cmd,
            [s.name for s in self.shares],
            [('shares', [s.name for s in self.shares])],
        )
        self.cmd.take_action(parsed_args)
        self.assertEqual(
            [mock.call(s) for s in self.shares],
            self.client.unmanage_share.call_args_list,
        )
        self.client.wait_for_delete.assert_not_called()

    def test_abandon_one_missing(self):
        parsed_args = self.check_parser(
            self.cmd, ['ghost', self.shares[0].name], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.take_action, parsed_args
        )
        self.assertEqual('1 of 2 shares failed to abandon.', str(err))
        self.client.unmanage_share.assert_called_once_with(self.shares[0])

    def test_abandon_wait(self):
        parsed_args = self.check_parser(
            self.cmd, ['--wait', self.shares[0].name], []
        )
        self.cmd.take_action(parsed_args)
        self.client.wait_for_delete.assert_called_once_with(
            self.shares[0],
            wait=common.DEFAULT_WAIT_TIMEOUT,
            callback=mock.ANY,
            failures=['unmanage_error', 'error_deleting'],
        )


class TestRevertShare(fakes.TestShareV2):
    def setUp(self):
        super().setUp()
        self.snapshot = fakes.create_one_snapshot()
        self.client.find_share_snapshot.return_value = self.snapshot
        self.cmd = share.RevertShare(self.app, None)

    def test_revert(self):
        parsed_args = self.check_parser(
            self.cmd, [self.snapshot.name], [('snapshot', self.snapshot.name)]
        )
        self.cmd.run(parsed_args)
        self.client.find_share_snapshot.assert_called_once_with(
            self.snapshot.name, ignore_missing=False
        )
        self.client.revert_share_to_snapshot.assert_called_once_with(
            self.snapshot.share_id, self.snapshot.id
        )
        self.client.get_share.assert_not_called()

    def test_revert_needs_2_27(self):
        self.set_share_api_version('2.26')
        parsed_args = self.check_parser(self.cmd, [self.snapshot.name], [])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--os-share-api-version 2.27', str(err))
        self.client.revert_share_to_snapshot.assert_not_called()

    def test_revert_wait(self):
        reverting = fakes.create_one_share(
            id=self.snapshot.share_id, status='reverting'
        )
        self.client.get_share.return_value = reverting
        parsed_args = self.check_parser(
            self.cmd, [self.snapshot.id, '--wait'], []
        )
        self.cmd.take_action(parsed_args)
        self.client.get_share.assert_called_once_with(self.snapshot.share_id)
        self.client.wait_for_status.assert_called_once_with(
            reverting,
            status='available',
            failures=['error', 'reverting_error'],
            wait=common.DEFAULT_WAIT_TIMEOUT,
            callback=mock.ANY,
        )


class TestRestoreShare(fakes.TestShareV2):
    def setUp(self):
        super().setUp()
        self.shares = fakes.create_shares(2, is_soft_deleted=True)
        self.client.find_share.side_effect = by_name(self.shares)
        self.cmd = share.RestoreShare(self.app, None)

    def test_restore(self):
        parsed_args = self.check_parser(
            self.cmd, [s.name for s in self.shares], []
        )
        self.cmd.run(parsed_args)
        self.assertEqual(
            [
                mock.call(s.name, ignore_missing=False, is_soft_deleted=True)
                for s in self.shares
            ],
            self.client.find_share.call_args_list,
        )
        self.assertEqual(
            [mock.call(s) for s in self.shares],
            self.client.restore_share.call_args_list,
        )

    def test_restore_one_missing(self):
        parsed_args = self.check_parser(
            self.cmd, [self.shares[0].name, 'ghost'], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.take_action, parsed_args
        )
        self.assertEqual('1 of 2 shares failed to restore.', str(err))
        self.client.restore_share.assert_called_once_with(self.shares[0])

    def test_restore_needs_2_69(self):
        self.set_share_api_version('2.68')
        parsed_args = self.check_parser(self.cmd, [self.shares[0].name], [])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--os-share-api-version 2.69', str(err))
        self.client.find_share.assert_not_called()


class TestShowShareProperties(fakes.TestShareV2):
    def test_properties_show(self):
        s = fakes.create_one_share()
        self.client.find_share.return_value = s
        self.client.get_share_metadata.return_value = _share.Share.existing(
            id=s.id, metadata={'b': '2', 'a': '1'}
        )
        cmd = share.ShowShareProperties(self.app, None)
        parsed_args = self.check_parser(cmd, [s.name], [('share', s.name)])
        columns, data = cmd.take_action(parsed_args)
        self.client.find_share.assert_called_once_with(
            s.name, ignore_missing=False
        )
        self.client.get_share_metadata.assert_called_once_with(s)
        self.assertEqual(('a', 'b'), columns)
        self.assertEqual(('1', '2'), data)

    def test_properties_show_empty(self):
        s = fakes.create_one_share()
        self.client.find_share.return_value = s
        self.client.get_share_metadata.return_value = _share.Share.existing(
            id=s.id
        )
        cmd = share.ShowShareProperties(self.app, None)
        parsed_args = self.check_parser(cmd, [s.id], [])
        self.assertEqual(((), ()), cmd.take_action(parsed_args))


class TestDeleteLockedShare(fakes.TestShareV2):
    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share()
        self.client.find_share.return_value = self.share
        self.client.delete_share.side_effect = (
            sdk_exceptions.ForbiddenException(
                'Resource lock/s [lock-1] prevent delete action.'
            )
        )
        self.cmd = share.DeleteShare(self.app, None)

    def test_delete_names_the_lock_reasons(self):
        self.client.resource_locks.return_value = [
            mock.Mock(lock_reason='keep it'),
            mock.Mock(lock_reason=None),
        ]
        parsed_args = self.check_parser(self.cmd, [self.share.name], [])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.take_action, parsed_args
        )
        self.assertIn(
            'Resource lock/s [lock-1] prevent delete action', str(err)
        )
        self.assertIn('(reason: keep it)', str(err))
        self.client.resource_locks.assert_called_once_with(
            resource_id=self.share.id, resource_action='delete'
        )

    def test_lock_lookup_failure_keeps_the_error(self):
        self.client.resource_locks.side_effect = (
            sdk_exceptions.ForbiddenException('no')
        )
        parsed_args = self.check_parser(self.cmd, [self.share.name], [])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.take_action, parsed_args
        )
        self.assertIn('prevent delete action', str(err))
        self.assertNotIn('reason', str(err))
