"""openstack share group ..."""

from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.sdk.v2 import share_group as _group
from osc_share_plugin.sdk.v2 import share_group_snapshot as _gsnap
from osc_share_plugin.sdk.v2 import share_group_type as _gtype
from osc_share_plugin.sdk.v2 import share_type as _share_type
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share_group
from tests.unit.v2 import fakes


def finder(items, kind):
    """A find_* side effect resolving names or IDs among ``items``."""

    def find(name_or_id, ignore_missing=True, **query):
        for item in items:
            if name_or_id in (item.id, item.name):
                return item
        raise sdk_exceptions.NotFoundException(f'No {kind} {name_or_id}')

    return find


def group_fake(**attrs):
    return fakes.fake(
        _group.ShareGroup,
        share_types=['st-1', 'st-2'],
        **attrs,
    )


class GroupTestCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        # Another family's finders: present or not, resolve as they say.
        self.client.find_share_network = mock.Mock(
            side_effect=lambda v, ignore_missing: mock.Mock(id=f'{v}-id')
        )
        self.client.find_share_server = mock.Mock(
            side_effect=lambda v, ignore_missing: mock.Mock(id=f'{v}-id')
        )
        self.groups = [group_fake(), group_fake()]
        self.group = self.groups[0]
        self.client.find_share_group.side_effect = finder(
            self.groups, 'ShareGroup'
        )

    def assertNeeds231(self, argv):
        self.set_share_api_version('2.30')
        parsed_args = self.parse(argv)
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--os-share-api-version 2.31', str(err))
        self.assertIn('2.30', str(err))
        self.assertEqual([], self.client.method_calls)


class TestCreateShareGroup(GroupTestCase):
    command = share_group.CreateShareGroup

    def setUp(self):
        super().setUp()
        self.client.create_share_group.return_value = self.group
        self.share_types = [
            fakes.fake(_share_type.ShareType, name='gold'),
            fakes.fake(_share_type.ShareType, name='silver'),
        ]
        self.client.find_share_type.side_effect = finder(
            self.share_types, 'ShareType'
        )
        self.group_type = fakes.fake(_gtype.ShareGroupType, name='gt')
        self.client.find_share_group_type.side_effect = finder(
            [self.group_type], 'ShareGroupType'
        )
        self.snapshot = fakes.fake(_gsnap.ShareGroupSnapshot, name='gs')
        self.client.find_share_group_snapshot.side_effect = finder(
            [self.snapshot], 'ShareGroupSnapshot'
        )

    def test_create_minimal(self):
        columns, data = self.run_command([], [('wait', False)])
        self.client.create_share_group.assert_called_once_with()
        shown = dict(zip(columns, data))
        self.assertNotIn('links', shown)
        self.assertEqual(self.group.id, shown['id'])
        self.assertEqual(
            ['st-1', 'st-2'], shown['share_types'].machine_readable()
        )
        self.assertEqual('st-1\nst-2', shown['share_types'].human_readable())
        self.client.wait_for_status.assert_not_called()

    def test_create_every_option_resolves_names(self):
        self.run_command(
            [
                '--name', 'g', '--description', 'd',
                '--share-types', 'gold', self.share_types[1].id,
                '--share-group-type', 'gt',
                '--share-network', 'net',
                '--availability-zone', 'az1',
            ],
            [('share_types', ['gold', self.share_types[1].id])],
        )  # fmt: skip
        self.client.create_share_group.assert_called_once_with(
            name='g',
            description='d',
            share_types=[self.share_types[0].id, self.share_types[1].id],
            share_group_type_id=self.group_type.id,
            share_network_id='net-id',
            availability_zone='az1',
        )

    def test_create_share_network_by_name_when_the_proxy_can(self):
        self.run_command(['--share-network', 'mynet'])
        self.client.find_share_network.assert_called_once_with(
            'mynet', ignore_missing=False
        )
        self.client.create_share_group.assert_called_once_with(
            share_network_id='mynet-id'
        )

    def test_create_share_network_id_without_a_finder(self):
        del self.client.find_share_network
        with mock.patch.object(
            type(self.client), 'find_share_network', None, create=True
        ):
            self.run_command(['--share-network', 'net-uuid'])
        self.client.create_share_group.assert_called_once_with(
            share_network_id='net-uuid'
        )

    def test_create_from_snapshot_takes_the_source_group_type(self):
        source = group_fake(id=self.snapshot.share_group_id)
        self.client.get_share_group_snapshot.return_value = self.snapshot
        self.client.get_share_group.return_value = source
        self.run_command(['--source-share-group-snapshot', 'gs'])
        self.client.get_share_group_snapshot.assert_called_once_with(
            self.snapshot.id
        )
        self.client.get_share_group.assert_called_once_with(source.id)
        self.client.create_share_group.assert_called_once_with(
            source_share_group_snapshot_id=self.snapshot.id,
            share_group_type_id=source.share_group_type_id,
        )

    def test_create_from_snapshot_with_a_group_type(self):
        self.run_command(
            ['--source-share-group-snapshot', 'gs', '--share-group-type', 'gt']
        )
        self.client.get_share_group.assert_not_called()
        self.client.create_share_group.assert_called_once_with(
            source_share_group_snapshot_id=self.snapshot.id,
            share_group_type_id=self.group_type.id,
        )

    def test_create_unknown_share_type_is_one_line(self):
        parsed_args = self.parse(['--share-types', 'gold', 'nope'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual('No ShareType nope', str(err))
        self.client.create_share_group.assert_not_called()

    def test_create_share_type_the_group_type_refuses(self):
        self.client.create_share_group.side_effect = (
            sdk_exceptions.BadRequestException(
                message='x',
                details='The specified share types must be a subset of\n'
                'the share types supported by the share group type.',
            )
        )
        parsed_args = self.parse(['--share-types', 'gold'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertNotIn('\n', str(err))
        self.assertIn('must be a subset of the share types', str(err))

    def test_create_share_types_needs_a_value(self):
        self.assertRaises(
            osc_base.ParserException, self.parse, ['--share-types']
        )

    def test_create_wait(self):
        available = group_fake(id=self.group.id, status='available')
        self.client.wait_for_status.return_value = available
        columns, data = self.run_command(
            ['--wait', '--wait-timeout', '30'], [('wait_timeout', 30)]
        )
        self.client.wait_for_status.assert_called_once_with(
            self.group,
            status='available',
            failures=['error'],
            wait=30,
            callback=mock.ANY,
        )
        self.assertEqual('available', dict(zip(columns, data))['status'])

    def test_create_wait_ends_in_error(self):
        self.client.wait_for_status.side_effect = (
            sdk_exceptions.ResourceFailure('error')
        )
        parsed_args = self.parse(['--name', 'g', '--wait'])
        errored = group_fake(status='error')
        with mock.patch.object(
            _group.ShareGroup, 'fetch', return_value=errored
        ):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
        self.assertIn('share group', str(err))
        self.assertIn('status is error', str(err))

    def test_create_wait_timeout(self):
        self.client.wait_for_status.side_effect = (
            sdk_exceptions.ResourceTimeout('slow')
        )
        parsed_args = self.parse(['--wait', '--wait-timeout', '3'])
        with mock.patch.object(
            _group.ShareGroup, 'fetch', return_value=self.group
        ):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
        self.assertIn('Timed out after 3 s', str(err))

    def test_create_needs_2_31(self):
        self.assertNeeds231(['--name', 'g'])


class TestDeleteShareGroup(GroupTestCase):
    command = share_group.DeleteShareGroup

    def test_delete_one(self):
        self.assertIsNone(
            self.run_command(
                [self.group.name],
                [('share_group', [self.group.name]), ('force', False)],
            )
        )
        self.client.delete_share_group.assert_called_once_with(
            self.group, ignore_missing=False, force=False
        )
        self.client.wait_for_delete.assert_not_called()

    def test_delete_force(self):
        self.client.shares.return_value = iter([])
        self.run_command(['--force', self.group.id])
        self.client.delete_share_group.assert_called_once_with(
            self.group, ignore_missing=False, force=True
        )

    def test_delete_force_refused_while_the_group_holds_shares(self):
        # Manila would drop the group's snapshots, then fail on a share.
        self.client.shares.return_value = iter(fakes.fakes(_share.Share, 1))
        parsed_args = self.parse(['--force', self.group.name])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            f"Failed to delete '{self.group.name}': Share group "
            f'{self.group.name} still holds 1 share(s): delete them first',
            str(err),
        )
        self.client.delete_share_group.assert_not_called()

    def test_delete_force_by_a_member_is_one_clear_line(self):
        self.client.shares.return_value = iter([])
        self.client.delete_share_group.side_effect = (
            sdk_exceptions.ForbiddenException(
                message='x',
                details='Policy does not allow share_group:force_delete',
            )
        )
        parsed_args = self.parse(['--force', self.group.name])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            f"Failed to delete '{self.group.name}': --force is for "
            'administrators only: Policy does not allow '
            'share_group:force_delete',
            str(err),
        )

    def test_delete_group_with_shares_says_so(self):
        self.client.delete_share_group.side_effect = (
            sdk_exceptions.ConflictException(message='busy')
        )
        self.client.shares.return_value = iter(fakes.fakes(_share.Share, 2))
        parsed_args = self.parse([self.group.name])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            f"Failed to delete '{self.group.name}': Share group "
            f'{self.group.name} still holds 2 share(s): delete them first',
            str(err),
        )
        self.client.shares.assert_called_once_with(
            details=False, share_group_id=self.group.id
        )

    def test_delete_conflict_without_shares_is_the_server_error(self):
        self.client.delete_share_group.side_effect = (
            sdk_exceptions.ConflictException(
                message='x',
                details='Cannot delete a share group with snapshots',
            )
        )
        self.client.shares.return_value = iter([])
        parsed_args = self.parse([self.group.name])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            f"Failed to delete '{self.group.name}': Cannot delete a share "
            'group with snapshots',
            str(err),
        )

    def test_delete_missing_one_is_its_own_error(self):
        parsed_args = self.parse(['ghost'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual(
            "Failed to delete 'ghost': No ShareGroup ghost", str(err)
        )
        self.client.delete_share_group.assert_not_called()

    def test_delete_multi_partial_failure(self):
        parsed_args = self.parse(['ghost', self.groups[1].name, '--wait'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual('1 of 2 share groups failed to delete.', str(err))
        self.assertIn("Failed to delete 'ghost'", self.logger.output)
        self.client.delete_share_group.assert_called_once_with(
            self.groups[1], ignore_missing=False, force=False
        )
        self.client.wait_for_delete.assert_called_once_with(
            self.groups[1],
            wait=common.DEFAULT_WAIT_TIMEOUT,
            callback=mock.ANY,
            failures=['error_deleting'],
        )

    def test_delete_wait(self):
        self.run_command(
            ['--wait', '--wait-timeout', '9'] + [g.id for g in self.groups]
        )
        self.assertCountEqual(
            [
                mock.call(
                    g, wait=9, callback=mock.ANY, failures=['error_deleting']
                )
                for g in self.groups
            ],
            self.client.wait_for_delete.call_args_list,
        )

    def test_delete_wait_failure(self):
        self.client.wait_for_delete.side_effect = (
            sdk_exceptions.ResourceFailure('error_deleting')
        )
        parsed_args = self.parse(['--wait', self.group.name])
        with mock.patch.object(
            _group.ShareGroup,
            'fetch',
            return_value=group_fake(status='error_deleting'),
        ):
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
        self.assertIn('status is error_deleting', str(err))

    def test_delete_needs_2_31(self):
        self.assertNeeds231([self.group.name])


class TestListShareGroup(GroupTestCase):
    command = share_group.ListShareGroup

    def setUp(self):
        super().setUp()
        self.client.share_groups.return_value = iter(self.groups)

    def test_list(self):
        columns, data = self.run_command([])
        self.client.share_groups.assert_called_once_with()
        self.assertEqual(('ID', 'Name', 'Status', 'Description'), columns)
        self.assertEqual(
            [(g.id, g.name, g.status, g.description) for g in self.groups],
            list(data),
        )

    def test_list_every_filter(self):
        gtype = fakes.fake(_gtype.ShareGroupType, name='gt')
        self.client.find_share_group_type.return_value = gtype
        gsnap = fakes.fake(_gsnap.ShareGroupSnapshot, name='gs')
        self.client.find_share_group_snapshot.return_value = gsnap
        self.app.client_manager.sdk_connection = mock.Mock()
        identity = self.app.client_manager.sdk_connection.identity
        identity.find_project.return_value = mock.Mock(id='proj-id')
        columns, data = self.run_command(
            [
                '--name', 'n', '--name~', 'nn', '--description', 'd',
                '--description~', 'dd', '--status', 'available',
                '--share-server', 'srv', '--share-group-type', 'gt',
                '--snapshot', 'gs', '--host', 'h', '--share-network', 'net',
                '--project', 'demo', '--limit', '3', '--sort', 'name:desc',
            ]
        )  # fmt: skip
        self.client.share_groups.assert_called_once_with(
            name='n',
            **{'name~': 'nn', 'description~': 'dd'},
            description='d',
            status='available',
            share_server_id='srv-id',
            share_group_type_id=gtype.id,
            source_share_group_snapshot_id=gsnap.id,
            host='h',
            share_network_id='net-id',
            project_id='proj-id',
            all_projects=True,
            limit=3,
            sort_key='name',
            sort_dir='desc',
        )
        identity.find_project.assert_called_once_with(
            'demo', ignore_missing=False
        )
        self.assertEqual(
            ('ID', 'Name', 'Status', 'Description', 'Project ID'), columns
        )

    def test_list_all_projects_adds_project_id(self):
        columns, data = self.run_command(['--all-projects'])
        self.client.share_groups.assert_called_once_with(all_projects=True)
        self.assertEqual('Project ID', columns[-1])
        self.assertEqual(self.group.project_id, list(data)[0][-1])

    def test_list_marker_is_an_offset(self):
        self.client.share_groups.side_effect = [
            iter(self.groups),
            iter(self.groups[1:]),
        ]
        columns, data = self.run_command(
            ['--marker', self.groups[0].name, '--limit', '5']
        )
        self.assertEqual([self.groups[1].id], [row[0] for row in data])
        self.assertEqual(
            [mock.call(), mock.call(limit=5, offset=1)],
            self.client.share_groups.call_args_list,
        )

    def test_list_sort_goes_to_the_server(self):
        self.run_command(['--sort', 'created_at'])
        self.client.share_groups.assert_called_once_with(
            sort_key='created_at', sort_dir='asc'
        )

    def test_list_sort_bad_direction(self):
        parsed_args = self.parse(['--sort', 'name:up'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed_args)
        self.client.share_groups.assert_not_called()

    def test_list_like_filters_need_2_36(self):
        self.set_share_api_version('2.35')
        for argv in (['--name~', 'x'], ['--description', 'x']):
            parsed_args = self.parse(argv)
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed_args
            )
            self.assertIn('2.36', str(err))
        self.client.share_groups.assert_not_called()

    def test_list_bad_limit(self):
        self.assertRaises(
            osc_base.ParserException, self.parse, ['--limit', '0']
        )

    def test_list_needs_2_31(self):
        self.assertNeeds231([])

    def test_every_attr_is_a_declared_query_parameter(self):
        for cmd_cls in (
            share_group.ListShareGroup,
            __import__(
                'osc_share_plugin.v2.share_group_snapshot', fromlist=['x']
            ).ListShareGroupSnapshot,
            __import__(
                'osc_share_plugin.v2.share_group_type', fromlist=['x']
            ).ListShareGroupType,
        ):
            cmd = cmd_cls(self.app, None)
            parser = cmd.get_parser('x')
            known = set(cmd_cls.resource._query_mapping._mapping)
            for action in parser._actions:
                attr = getattr(action, 'api_attr', None)
                if attr:
                    self.assertIn(attr, known, f'{cmd_cls.__name__}: {attr}')


class TestShowShareGroup(GroupTestCase):
    command = share_group.ShowShareGroup

    def test_show(self):
        columns, data = self.run_command([self.group.name])
        self.client.find_share_group.assert_called_once_with(
            self.group.name, ignore_missing=False
        )
        shown = dict(zip(columns, data))
        self.assertEqual(tuple(sorted(columns)), columns)
        self.assertNotIn('links', shown)
        self.assertEqual(
            self.group.share_group_type_id, shown['share_group_type_id']
        )
        self.assertIn('consistent_snapshot_support', shown)

    def test_show_missing(self):
        parsed_args = self.parse(['ghost'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertEqual('No ShareGroup ghost', str(err))

    def test_show_needs_2_31(self):
        self.assertNeeds231([self.group.name])


class TestSetShareGroup(GroupTestCase):
    command = share_group.SetShareGroup

    def test_set_name_description_status(self):
        self.run_command(
            [self.group.name, '--name', 'new', '--description', 'dd',
             '--status', 'error'],
        )  # fmt: skip
        self.client.update_share_group.assert_called_once_with(
            self.group, name='new', description='dd'
        )
        self.client.reset_share_group_status.assert_called_once_with(
            self.group, 'error'
        )

    def test_set_nothing_does_nothing(self):
        self.run_command([self.group.name])
        self.client.update_share_group.assert_not_called()
        self.client.reset_share_group_status.assert_not_called()

    def test_set_status_forbidden_other_change_still_made(self):
        self.client.reset_share_group_status.side_effect = (
            sdk_exceptions.ForbiddenException(message='Policy does not allow')
        )
        parsed_args = self.parse(
            [self.group.name, '--name', 'n', '--status', 'error']
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('1 of 2 changes to share group', str(err))
        self.client.update_share_group.assert_called_once_with(
            self.group, name='n'
        )

    def test_set_needs_2_31(self):
        self.assertNeeds231([self.group.name, '--name', 'x'])


class TestUnsetShareGroup(GroupTestCase):
    command = share_group.UnsetShareGroup

    def test_unset_both(self):
        self.run_command([self.group.id, '--name', '--description'])
        self.client.update_share_group.assert_called_once_with(
            self.group, name=None, description=None
        )

    def test_unset_description(self):
        self.run_command([self.group.id, '--description'])
        self.client.update_share_group.assert_called_once_with(
            self.group, description=None
        )

    def test_unset_nothing(self):
        self.run_command([self.group.id])
        self.client.update_share_group.assert_not_called()

    def test_unset_needs_2_31(self):
        self.assertNeeds231([self.group.id, '--name'])
