"""openstack share replica ..."""

from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share_replica as _replica
from osc_share_plugin.v2 import share_replica
from tests.unit.v2 import fakes

LIST_HEADERS = (
    'ID',
    'Status',
    'Replica State',
    'Share ID',
    'Host',
    'Availability Zone',
    'Updated At',
)
REPLICA_ID = 'eeeeeeee-2222-3333-4444-555555555555'


def replica(**attrs):
    attrs.setdefault('status', 'available')
    attrs.setdefault('replica_state', 'in_sync')
    return fakes.fake(_replica.ShareReplica, **attrs)


def location(**attrs):
    return fakes.fake(_replica.ShareReplicaExportLocation, **attrs)


class ReplicaTestCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        sleep = mock.patch.object(share_replica.time, 'sleep')
        self.sleep = sleep.start()
        self.addCleanup(sleep.stop)
        self.share = fakes.create_one_share(replication_type='readable')
        self.client.find_share.return_value = self.share
        self.client.share_replica_export_locations.return_value = []


class TestCreateShareReplica(ReplicaTestCase):
    command = share_replica.CreateShareReplica

    def test_create(self):
        new = replica(status='creating', replica_state='out_of_sync')
        self.client.create_share_replica.return_value = new
        columns, data = self.run_command(
            [self.share.name], [('share', self.share.name), ('wait', False)]
        )
        self.client.find_share.assert_called_once_with(
            self.share.name, ignore_missing=False
        )
        self.client.create_share_replica.assert_called_once_with(self.share)
        shown = dict(zip(columns, data))
        self.assertEqual('creating', shown['status'])
        self.assertIn('properties', shown)
        self.assertNotIn('metadata', shown)
        self.client.get_share_replica.assert_not_called()

    def test_create_every_option(self):
        self.client.create_share_replica.return_value = replica()
        net = mock.Mock(id='net-id')
        self.client.find_share_network.return_value = net
        self.run_command(
            [
                self.share.id,
                '--availability-zone',
                'az2',
                '--scheduler-hint',
                'only_host=h@b#p',
                '--share-network',
                'mynet',
                '--property',
                'k=v',
            ]
        )
        self.client.find_share_network.assert_called_once_with(
            'mynet', ignore_missing=False
        )
        self.client.create_share_replica.assert_called_once_with(
            self.share,
            availability_zone='az2',
            scheduler_hints={'only_host': 'h@b#p'},
            share_network_id='net-id',
            metadata={'k': 'v'},
        )

    def test_bad_scheduler_hint(self):
        parsed_args = self.parse([self.share.id, '--scheduler-hint', 'x=y'])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('only_host', str(err))
        self.client.create_share_replica.assert_not_called()

    def test_gates(self):
        for flag, value, version in (
            ('--scheduler-hint', 'only_host=h', '2.66'),
            ('--share-network', 'n', '2.71'),
            ('--property', 'k=v', '2.94'),
        ):
            self.set_share_api_version(version)
            err = self.assertRaises(
                exceptions.CommandError,
                self.cmd.run,
                self.parse([self.share.id, flag, value]),
            )
            self.assertIn(flag, str(err))
        self.set_share_api_version('2.10')
        self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse([self.share.id])
        )
        self.client.create_share_replica.assert_not_called()

    def test_share_without_replication_type(self):
        self.share._update(replication_type=None)
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.name]),
        )
        self.assertIn('replication_type', str(err))
        self.client.create_share_replica.assert_not_called()

    def test_create_wait_until_in_sync(self):
        new = replica(status='creating', replica_state=None)
        self.client.create_share_replica.return_value = new
        self.client.get_share_replica.side_effect = [
            replica(id=new.id, status='creating', replica_state=None),
            replica(
                id=new.id, status='available', replica_state='out_of_sync'
            ),
            replica(id=new.id, status='available', replica_state='in_sync'),
        ]
        self.client.share_replica_export_locations.return_value = [
            location(path='/p')
        ]
        columns, data = self.run_command([self.share.id, '--wait'])
        self.assertEqual(3, self.client.get_share_replica.call_count)
        self.client.get_share_replica.assert_called_with(new.id)
        shown = dict(zip(columns, data))
        self.assertEqual('in_sync', shown['replica_state'])
        self.assertEqual(
            ['/p'],
            [
                el['path']
                for el in shown['export_locations'].machine_readable()
            ],
        )

    def test_create_wait_active_is_ready(self):
        new = replica(status='creating')
        self.client.create_share_replica.return_value = new
        self.client.get_share_replica.return_value = replica(
            id=new.id, replica_state='active'
        )
        self.run_command([self.share.id, '--wait'])
        self.assertEqual(1, self.client.get_share_replica.call_count)

    def test_create_wait_error(self):
        new = replica(status='creating')
        self.client.create_share_replica.return_value = new
        self.client.get_share_replica.return_value = replica(
            id=new.id, status='error', replica_state='out_of_sync'
        )
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.id, '--wait']),
        )
        self.assertEqual(
            f'share replica {new.id} failed: its status is error', str(err)
        )

    def test_create_wait_replica_state_error(self):
        new = replica(status='creating')
        self.client.create_share_replica.return_value = new
        self.client.get_share_replica.return_value = replica(
            id=new.id, status='available', replica_state='error'
        )
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.id, '--wait']),
        )
        self.assertIn('its replica state is error', str(err))

    def test_create_wait_timeout(self):
        new = replica(status='creating')
        self.client.create_share_replica.return_value = new
        self.client.get_share_replica.return_value = replica(
            id=new.id, status='creating', replica_state='out_of_sync'
        )
        clock = iter(range(0, 1000, 1))
        with mock.patch.object(
            share_replica.time, 'monotonic', lambda: next(clock)
        ):
            err = self.assertRaises(
                exceptions.CommandError,
                self.cmd.run,
                self.parse([self.share.id, '--wait', '--wait-timeout', '5']),
            )
        self.assertIn('Timed out after 5 s', str(err))
        self.assertIn('status: creating, replica_state: out_of_sync', str(err))

    def test_create_wait_retries_a_restarting_api(self):
        new = replica(status='creating')
        self.client.create_share_replica.return_value = new
        self.client.get_share_replica.side_effect = [
            sdk_exceptions.HttpException(
                'Service Unavailable', http_status=503
            ),
            replica(id=new.id),
        ]
        self.run_command([self.share.id, '--wait'])
        self.assertEqual(2, self.client.get_share_replica.call_count)

    def test_create_wait_other_errors_end_it(self):
        new = replica(status='creating')
        self.client.create_share_replica.return_value = new
        self.client.get_share_replica.side_effect = (
            sdk_exceptions.NotFoundException('No share replica')
        )
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.id, '--wait']),
        )
        self.assertIn('No share replica', str(err))
        self.assertEqual(1, self.client.get_share_replica.call_count)

    def test_create_server_refusal_is_one_line(self):
        self.client.create_share_replica.side_effect = (
            sdk_exceptions.BadRequestException(
                'Replication not supported\nfor share x'
            )
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse([self.share.id])
        )
        self.assertEqual('Replication not supported for share x', str(err))


class TestDeleteShareReplica(ReplicaTestCase):
    command = share_replica.DeleteShareReplica

    def setUp(self):
        super().setUp()
        self.replicas = {r.id: r for r in (replica(), replica())}

        def get(replica_id):
            if replica_id not in self.replicas:
                raise sdk_exceptions.NotFoundException('No replica')
            return self.replicas[replica_id]

        self.client.get_share_replica.side_effect = get

    def test_delete(self):
        ids = list(self.replicas)
        self.cmd.run(self.parse(ids))
        self.assertEqual(
            [
                mock.call(self.replicas[i], ignore_missing=False, force=False)
                for i in ids
            ],
            self.client.delete_share_replica.call_args_list,
        )

    def test_delete_force_wait(self):
        rid = next(iter(self.replicas))
        self.client.wait_for_delete.side_effect = lambda res, **kw: res
        self.cmd.run(self.parse([rid, '--force', '--wait']))
        self.client.delete_share_replica.assert_called_once_with(
            self.replicas[rid], ignore_missing=False, force=True
        )
        self.assertEqual(
            ['error_deleting'],
            self.client.wait_for_delete.call_args.kwargs['failures'],
        )

    def test_delete_last_active_partial_failure(self):
        ids = list(self.replicas)
        self.client.delete_share_replica.side_effect = [
            None,
            sdk_exceptions.BadRequestException(
                'Cannot delete last active replica.'
            ),
        ]
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(ids)
        )
        self.assertEqual('1 of 2 replicas failed to delete.', str(err))
        self.assertIn('Cannot delete last active replica.', self.logger.output)

    def test_delete_needs_one(self):
        self.assertRaises(osc_base.ParserException, self.parse, [])


class TestListShareReplica(ReplicaTestCase):
    command = share_replica.ListShareReplica

    def test_list(self):
        replicas = [replica(), replica()]
        self.client.share_replicas.return_value = iter(replicas)
        columns, data = self.run_command([])
        self.assertEqual(LIST_HEADERS, columns)
        self.assertEqual(
            [
                (
                    r.id,
                    r.status,
                    r.replica_state,
                    r.share_id,
                    r.host,
                    r.availability_zone,
                    r.updated_at,
                )
                for r in replicas
            ],
            list(data),
        )
        self.client.share_replicas.assert_called_once_with()

    def test_list_share_by_name_filters_on_the_server(self):
        self.client.share_replicas.return_value = iter([])
        list(self.run_command(['--share', self.share.name])[1])
        self.client.find_share.assert_called_once_with(
            self.share.name, ignore_missing=False
        )
        self.client.share_replicas.assert_called_once_with(
            share_id=self.share.id
        )

    def test_list_property_filters_here(self):
        wanted = replica(metadata={'k': 'v', 'o': 'x'})
        self.client.share_replicas.return_value = iter(
            [replica(metadata={'k': 'other'}), wanted, replica()]
        )
        _columns, data = self.run_command(['--property', 'k=v'])
        self.assertEqual([wanted.id], [row[0] for row in data])
        self.client.share_replicas.assert_called_once_with()

    def test_list_property_needs_2_95(self):
        self.set_share_api_version('2.94')
        self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse(['--property', 'k=v']),
        )

    def test_list_needs_2_11(self):
        self.set_share_api_version('2.10')
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse([])
        )
        self.assertIn('2.11', str(err))


class TestShowShareReplica(ReplicaTestCase):
    command = share_replica.ShowShareReplica

    def test_show_by_id(self):
        found = replica(id=REPLICA_ID, metadata={'k': 'v'})
        self.client.get_share_replica.return_value = found
        self.client.share_replica_export_locations.return_value = [
            location(path='/a', replica_state='in_sync')
        ]
        columns, data = self.run_command([REPLICA_ID])
        self.client.get_share_replica.assert_called_once_with(REPLICA_ID)
        self.client.find_share.assert_not_called()
        shown = dict(zip(columns, data))
        self.assertEqual({'k': 'v'}, shown['properties'].machine_readable())
        self.assertEqual(
            'in_sync',
            shown['export_locations'].machine_readable()[0]['replica_state'],
        )
        self.assertNotIn('scheduler_hints', shown)

    def test_show_active_replica_of_a_share_by_name(self):
        active = replica(replica_state='active')
        self.client.share_replicas.return_value = [replica(), active]
        self.client.find_share.return_value = self.share
        columns, data = self.run_command([self.share.name])
        self.client.get_share_replica.assert_not_called()
        self.client.find_share.assert_called_once_with(
            self.share.name, ignore_missing=True
        )
        self.client.share_replicas.assert_called_once_with(
            share_id=self.share.id
        )
        self.assertEqual(active.id, dict(zip(columns, data))['id'])

    def test_show_share_id_that_is_no_replica(self):
        self.client.get_share_replica.side_effect = (
            sdk_exceptions.NotFoundException('no')
        )
        active = replica(replica_state='active')
        self.client.share_replicas.return_value = [active]
        columns, data = self.run_command([self.share.id])
        self.assertEqual(active.id, dict(zip(columns, data))['id'])

    def test_show_nothing_found(self):
        self.client.find_share.return_value = None
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(['nope'])
        )
        self.assertEqual(
            'No share replica, nor share, found for nope', str(err)
        )

    def test_show_share_not_replicated(self):
        self.client.share_replicas.return_value = []
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([self.share.name]),
        )
        self.assertIn('has no active replica', str(err))

    def test_show_before_2_47_has_no_export_locations(self):
        self.set_share_api_version('2.46')
        self.client.get_share_replica.return_value = replica()
        columns, _data = self.run_command([REPLICA_ID])
        self.client.share_replica_export_locations.assert_not_called()
        self.assertNotIn('export_locations', columns)


class TestSetShareReplica(ReplicaTestCase):
    command = share_replica.SetShareReplica

    def test_set_everything(self):
        found = replica()
        self.client.get_share_replica.return_value = found
        self.cmd.run(
            self.parse(
                [
                    REPLICA_ID,
                    '--replica-state',
                    'out_of_sync',
                    '--status',
                    'error',
                    '--property',
                    'k=v',
                ]
            )
        )
        self.client.reset_share_replica_state.assert_called_once_with(
            found, 'out_of_sync'
        )
        self.client.reset_share_replica_status.assert_called_once_with(
            found, 'error'
        )
        self.client.update_share_replica_metadata.assert_called_once_with(
            found, {'k': 'v'}
        )

    def test_bad_choices(self):
        self.assertRaises(
            osc_base.ParserException,
            self.parse,
            [REPLICA_ID, '--replica-state', 'sleepy'],
        )
        self.assertRaises(
            osc_base.ParserException,
            self.parse,
            [REPLICA_ID, '--status', 'fine'],
        )

    def test_set_nothing(self):
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse([REPLICA_ID])
        )
        self.assertIn('Nothing to set', str(err))
        self.client.get_share_replica.assert_not_called()

    def test_partial_failure(self):
        found = replica()
        self.client.get_share_replica.return_value = found
        self.client.reset_share_replica_status.side_effect = (
            sdk_exceptions.ForbiddenException('Policy does not allow')
        )
        err = self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([REPLICA_ID, '--status', 'error', '--property', 'k=v']),
        )
        self.assertIn('1 of 2 changes to share replica', str(err))
        self.client.update_share_replica_metadata.assert_called_once()

    def test_property_needs_2_95(self):
        self.set_share_api_version('2.94')
        self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([REPLICA_ID, '--property', 'k=v']),
        )


class TestUnsetShareReplica(ReplicaTestCase):
    command = share_replica.UnsetShareReplica

    def test_unset(self):
        found = replica()
        self.client.get_share_replica.return_value = found
        self.cmd.run(
            self.parse([REPLICA_ID, '--property', 'a', '--property', 'b'])
        )
        self.client.delete_share_replica_metadata.assert_called_once_with(
            found, ['a', 'b'], ignore_missing=False
        )

    def test_unset_nothing(self):
        self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse([REPLICA_ID])
        )
        self.client.delete_share_replica_metadata.assert_not_called()


class TestPromoteShareReplica(ReplicaTestCase):
    command = share_replica.PromoteShareReplica

    def test_promote(self):
        found = replica(id=REPLICA_ID)
        self.client.get_share_replica.return_value = found
        self.cmd.run(self.parse([REPLICA_ID, '--quiesce-wait-time', '30']))
        self.client.promote_share_replica.assert_called_once_with(
            found, quiesce_wait_time=30
        )

    def test_promote_active_replica(self):
        self.client.get_share_replica.return_value = replica(
            id=REPLICA_ID, replica_state='active'
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse([REPLICA_ID])
        )
        self.assertEqual(
            f'Share replica {REPLICA_ID} is already the active replica',
            str(err),
        )
        self.client.promote_share_replica.assert_not_called()

    def test_promote_wait(self):
        found = replica(id=REPLICA_ID)
        self.client.get_share_replica.side_effect = [
            found,
            replica(id=REPLICA_ID, status='replication_change'),
            replica(id=REPLICA_ID, replica_state='active'),
        ]
        self.cmd.run(self.parse([REPLICA_ID, '--wait']))
        self.assertEqual(3, self.client.get_share_replica.call_count)

    def test_bad_quiesce_wait_time(self):
        for value in ('0', '-1', 'soon'):
            self.assertRaises(
                osc_base.ParserException,
                self.parse,
                [REPLICA_ID, '--quiesce-wait-time', value],
            )

    def test_quiesce_needs_2_75(self):
        self.set_share_api_version('2.74')
        self.assertRaises(
            exceptions.CommandError,
            self.cmd.run,
            self.parse([REPLICA_ID, '--quiesce-wait-time', '3']),
        )
        self.client.promote_share_replica.assert_not_called()


class TestResyncShareReplica(ReplicaTestCase):
    command = share_replica.ResyncShareReplica

    def test_resync_wait(self):
        found = replica(id=REPLICA_ID, replica_state='out_of_sync')
        self.client.get_share_replica.side_effect = [
            found,
            found,
            replica(id=REPLICA_ID, replica_state='in_sync'),
        ]
        self.cmd.run(self.parse([REPLICA_ID, '--wait']))
        self.client.resync_share_replica.assert_called_once_with(found)
        self.assertEqual(3, self.client.get_share_replica.call_count)

    def test_resync_active(self):
        self.client.get_share_replica.return_value = replica(
            replica_state='active'
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse([REPLICA_ID])
        )
        self.assertIn('is the active replica', str(err))
        self.client.resync_share_replica.assert_not_called()


class TestReplicaExportLocations(ReplicaTestCase):
    command = share_replica.ListShareReplicaExportLocation

    def test_list(self):
        locations = [location(), location()]
        self.client.share_replica_export_locations.return_value = locations
        columns, data = self.run_command([REPLICA_ID])
        self.client.share_replica_export_locations.assert_called_once_with(
            replica_id=REPLICA_ID
        )
        self.assertEqual(
            ('ID', 'Availability Zone', 'Replica State', 'Preferred', 'Path'),
            columns,
        )
        self.assertEqual(
            [
                (
                    el.id,
                    el.availability_zone,
                    el.replica_state,
                    el.is_preferred,
                    el.path,
                )
                for el in locations
            ],
            list(data),
        )

    def test_list_needs_2_47(self):
        self.set_share_api_version('2.46')
        self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse([REPLICA_ID])
        )

    def test_show(self):
        self.cmd = share_replica.ShowShareReplicaExportLocation(self.app, None)
        found = location()
        self.client.get_share_replica_export_location.return_value = found
        columns, data = self.run_command([REPLICA_ID, found.id])
        self.client.get_share_replica_export_location.assert_called_once_with(
            found.id, REPLICA_ID
        )
        shown = dict(zip(columns, data))
        self.assertEqual(found.replica_state, shown['replica_state'])
        self.assertNotIn('replica_id', shown)
