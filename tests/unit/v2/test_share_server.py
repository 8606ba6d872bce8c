"""openstack share server ..."""

from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib.cli import format_columns
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share_network as _sn
from osc_share_plugin.sdk.v2 import share_server as _server
from osc_share_plugin.v2 import share_server as srv_cmd
from tests.unit.v2 import fakes

MIGRATE = [
    '--preserve-snapshots',
    'False',
    '--writable',
    'True',
    '--nondisruptive',
    'false',
]


def by_id(items):
    def find(name_or_id, ignore_missing=True, **query):
        for item in items:
            if name_or_id in (item.id, getattr(item, 'name', None)):
                return item
        raise sdk_exceptions.NotFoundException(f'No such thing {name_or_id}')

    return find


class ServerCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        self.server = fakes.fake(
            _server.ShareServer,
            status='active',
            backend_details={'ip': '10.0.0.1'},
        )
        self.client.find_share_server.side_effect = by_id([self.server])
        self.net = fakes.fake(_sn.ShareNetwork, name='net1')
        self.client.find_share_network.side_effect = by_id([self.net])

    def assertGate(self, version, argv, method):
        self.set_share_api_version(version)
        parsed = self.parse(argv)
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('requires --os-share-api-version', str(err))
        getattr(self.client, method).assert_not_called()
        self.client.find_share_server.assert_not_called()


class TestListServer(ServerCase):
    command = srv_cmd.ListShareServer

    def setUp(self):
        super().setUp()
        self.client.share_servers.return_value = iter([self.server])

    def test_list(self):
        columns, data = self.run_command([])
        self.client.share_servers.assert_called_once_with()
        self.assertEqual(
            ('ID', 'Host', 'Status', 'Share Network ID', 'Project ID'), columns
        )
        s = self.server
        self.assertEqual(
            [(s.id, s.host, s.status, s.share_network_id, s.project_id)],
            list(data),
        )

    def test_list_filters(self):
        with mock.patch(
            'osc_share_plugin.v2.common.identity.find_id',
            return_value='proj-id',
        ):
            self.run_command(
                [
                    '--host',
                    'h@b',
                    '--status',
                    'active',
                    '--share-network',
                    'net1',
                    '--project',
                    'demo',
                    '--share-network-subnet',
                    'sub',
                    '--source-share-server-id',
                    'src',
                    '--identifier',
                    'ident',
                ]
            )
        self.client.share_servers.assert_called_once_with(
            host='h@b',
            status='active',
            share_network_id=self.net.id,
            project_id='proj-id',
            share_network_subnet_id='sub',
            source_share_server_id='src',
            identifier='ident',
        )

    def test_list_long(self):
        columns, _data = self.run_command(['--long'])
        self.assertIn('Identifier', columns)
        self.assertIn('Task State', columns)

    def test_filter_gates(self):
        for version, flag in (
            ('2.48', '--identifier'),
            ('2.50', '--share-network-subnet'),
            ('2.56', '--source-share-server-id'),
        ):
            self.set_share_api_version(version)
            parsed = self.parse([flag, 'x'])
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed
            )
            self.assertIn(flag, str(err))
        self.client.share_servers.assert_not_called()

    def test_lister_filters_are_declared(self):
        known = set(_server.ShareServer._query_mapping._mapping)
        for action in self.cmd.get_parser('x')._actions:
            attr = getattr(action, 'api_attr', None)
            if attr:
                self.assertIn(attr, known)


class TestShowServer(ServerCase):
    command = srv_cmd.ShowShareServer

    def test_show_has_backend_details(self):
        columns, data = self.run_command([self.server.id])
        self.client.find_share_server.assert_called_once_with(
            self.server.id, ignore_missing=False
        )
        fields = dict(zip(columns, data))
        self.assertEqual(
            format_columns.DictColumn({'ip': '10.0.0.1'}),
            fields['backend_details'],
        )
        self.assertEqual(self.server.host, fields['host'])

    def test_show_missing(self):
        parsed = self.parse(['nope'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('nope', str(err))


class TestDeleteServer(ServerCase):
    command = srv_cmd.DeleteShareServer

    def test_delete_wait(self):
        self.run_command([self.server.id, '--wait'])
        self.client.delete_share_server.assert_called_once_with(
            self.server, ignore_missing=False
        )
        self.client.wait_for_delete.assert_called_once_with(
            self.server, wait=600, callback=mock.ANY, failures=['error']
        )

    def test_delete_partial_failure(self):
        parsed = self.parse([self.server.id, 'nope'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertEqual('1 of 2 share servers failed to delete.', str(err))


class TestAdoptServer(ServerCase):
    command = srv_cmd.AdoptShareServer

    def test_adopt_wait(self):
        self.client.manage_share_server.return_value = self.server
        self.client.wait_for_status.return_value = self.server
        columns, data = self.run_command(
            [
                'h@dummy2',
                'net1',
                'ident',
                '--driver-options',
                'a=b',
                '--driver-options',
                'c=d',
                '--share-network-subnet',
                'sub',
                '--wait',
            ]
        )
        self.client.manage_share_server.assert_called_once_with(
            'h@dummy2',
            self.net.id,
            'ident',
            driver_options={'a': 'b', 'c': 'd'},
            share_network_subnet_id='sub',
        )
        self.client.wait_for_status.assert_called_once_with(
            self.server,
            status='active',
            failures=['manage_error', 'error'],
            wait=600,
            callback=mock.ANY,
        )
        self.assertIn('backend_details', columns)

    def test_adopt_needs_2_49(self):
        self.assertGate(
            '2.48', ['h@b', 'net1', 'ident'], 'manage_share_server'
        )

    def test_adopt_missing_args(self):
        self.assertRaises(
            osc_base.ParserException, self.parse, ['h@b', 'net1']
        )


class TestAbandonServer(ServerCase):
    command = srv_cmd.AbandonShareServer

    def test_abandon_force_wait(self):
        self.run_command([self.server.id, '--force', '--wait'])
        self.client.unmanage_share_server.assert_called_once_with(
            self.server, force=True
        )
        self.client.wait_for_delete.assert_called_once_with(
            self.server,
            wait=600,
            callback=mock.ANY,
            failures=['unmanage_error'],
        )

    def test_abandon_in_use(self):
        self.client.unmanage_share_server.side_effect = (
            sdk_exceptions.BadRequestException(message='server in use')
        )
        parsed = self.parse([self.server.id])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('server in use', str(err))
        self.client.wait_for_delete.assert_not_called()


class TestSetServer(ServerCase):
    command = srv_cmd.SetShareServer

    def test_task_state_alone_keeps_the_status(self):
        # manilaclient also resets the status to active here.
        self.run_command([self.server.id, '--task-state', 'migration_error'])
        self.client.reset_share_server_task_state.assert_called_once_with(
            self.server, 'migration_error'
        )
        self.client.reset_share_server_status.assert_not_called()

    def test_task_state_without_value_clears(self):
        self.run_command([self.server.id, '--task-state'])
        self.client.reset_share_server_task_state.assert_called_once_with(
            self.server, None
        )

    def test_status(self):
        self.run_command([self.server.id, '--status', 'error'])
        self.client.reset_share_server_status.assert_called_once_with(
            self.server, 'error'
        )
        self.client.reset_share_server_task_state.assert_not_called()

    def test_nothing_given(self):
        parsed = self.parse([self.server.id])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('--status or --task-state', str(err))
        self.client.find_share_server.assert_not_called()

    def test_task_state_needs_2_57(self):
        self.assertGate(
            '2.56',
            [self.server.id, '--task-state', 'x'],
            'reset_share_server_task_state',
        )

    def test_both_fail_together(self):
        fail = sdk_exceptions.ForbiddenException(message='admin only')
        self.client.reset_share_server_status.side_effect = fail
        self.client.reset_share_server_task_state.side_effect = fail
        parsed = self.parse(
            [self.server.id, '--status', 'active', '--task-state', 'None']
        )
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('2 of 2 changes', str(err))


class TestMigrationStart(ServerCase):
    command = srv_cmd.StartShareServerMigration

    def test_start(self):
        columns, data = self.run_command(
            [
                self.server.id,
                'h@dummy4',
                *MIGRATE,
                '--new-share-network',
                'net1',
            ]
        )
        self.client.start_share_server_migration.assert_called_once_with(
            self.server,
            'h@dummy4',
            True,
            False,
            False,
            new_share_network_id=self.net.id,
        )
        self.assertEqual(((), ()), (columns, data))
        self.client.check_share_server_migration.assert_not_called()

    def test_check_only(self):
        self.client.check_share_server_migration.return_value = {
            'compatible': True,
            'requested_capabilities': {'writable': True},
            'supported_capabilities': {'writable': True},
        }
        columns, data = self.run_command(
            [self.server.id, 'h@dummy4', *MIGRATE, '--check-only']
        )
        self.client.check_share_server_migration.assert_called_once_with(
            self.server,
            'h@dummy4',
            True,
            False,
            False,
            new_share_network_id=None,
        )
        self.client.start_share_server_migration.assert_not_called()
        self.assertEqual(
            ('compatible', 'requested_capabilities', 'supported_capabilities'),
            columns,
        )
        self.assertEqual(True, data[0])

    def test_wait(self):
        migrating = fakes.fake(
            _server.ShareServer,
            id=self.server.id,
            task_state='migration_in_progress',
        )
        self.client.get_share_server.return_value = migrating
        self.client.get_share_server_migration_progress.return_value = {
            'total_progress': 100,
            'task_state': 'migration_driver_phase1_done',
            'destination_share_server_id': 'dest',
        }
        columns, data = self.run_command(
            [self.server.id, 'h@dummy4', *MIGRATE, '--wait']
        )
        self.client.wait_for_status.assert_called_once_with(
            migrating,
            status='migration_driver_phase1_done',
            failures=['migration_error', 'migration_cancelled'],
            wait=600,
            attribute='task_state',
        )
        self.assertEqual(
            ('total_progress', 'task_state', 'destination_share_server_id'),
            columns,
        )

    def test_wait_failure_is_one_line(self):
        migrating = fakes.fake(
            _server.ShareServer,
            id=self.server.id,
            task_state='migration_error',
        )
        self.client.get_share_server.return_value = migrating
        self.client.wait_for_status.side_effect = (
            sdk_exceptions.ResourceFailure('went to migration_error')
        )
        parsed = self.parse([self.server.id, 'h@dummy4', *MIGRATE, '--wait'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('migration_error', str(err))
        self.assertNotIn('\n', str(err))

    def test_flags_are_required_booleans(self):
        self.assertRaises(
            osc_base.ParserException, self.parse, [self.server.id, 'h@dummy4']
        )
        self.assertRaises(
            osc_base.ParserException,
            self.parse,
            [
                self.server.id,
                'h@dummy4',
                '--writable',
                'maybe',
                '--preserve-snapshots',
                'True',
                '--nondisruptive',
                'True',
            ],
        )

    def test_unknown_host(self):
        self.client.start_share_server_migration.side_effect = (
            sdk_exceptions.BadRequestException(
                message='Service nohost@x not found'
            )
        )
        parsed = self.parse([self.server.id, 'nohost@x', *MIGRATE])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('nohost@x', str(err))

    def test_needs_2_57(self):
        self.assertGate(
            '2.56',
            [self.server.id, 'h@b', *MIGRATE],
            'start_share_server_migration',
        )


class TestMigrationOthers(ServerCase):
    command = srv_cmd.CompleteShareServerMigration

    def test_complete_wait(self):
        self.client.complete_share_server_migration.return_value = {
            'destination_share_server_id': 'dest'
        }
        dest = fakes.fake(_server.ShareServer, id='dest')
        self.client.get_share_server.return_value = dest
        self.run_command([self.server.id, '--wait'])
        self.client.complete_share_server_migration.assert_called_once_with(
            self.server
        )
        self.client.get_share_server.assert_called_once_with('dest')
        self.client.wait_for_status.assert_called_once_with(
            dest,
            status='migration_success',
            failures=mock.ANY,
            wait=600,
            attribute='task_state',
        )

    def test_complete(self):
        self.client.complete_share_server_migration.return_value = {}
        self.run_command([self.server.id])
        self.client.wait_for_status.assert_not_called()

    def test_cancel(self):
        self.cmd = srv_cmd.CancelShareServerMigration(self.app, None)
        self.run_command([self.server.id])
        self.client.cancel_share_server_migration.assert_called_once_with(
            self.server
        )

    def test_show(self):
        self.cmd = srv_cmd.ShowShareServerMigration(self.app, None)
        self.client.get_share_server_migration_progress.return_value = {
            'total_progress': 50,
            'task_state': 'migration_in_progress',
            'destination_share_server_id': 'dest',
        }
        columns, data = self.run_command([self.server.id])
        self.assertEqual((50, 'migration_in_progress', 'dest'), data)

    def test_gates(self):
        for cls in (
            srv_cmd.CompleteShareServerMigration,
            srv_cmd.CancelShareServerMigration,
            srv_cmd.ShowShareServerMigration,
        ):
            self.cmd = cls(self.app, None)
            self.set_share_api_version('2.56')
            parsed = self.parse([self.server.id])
            self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.find_share_server.assert_not_called()
