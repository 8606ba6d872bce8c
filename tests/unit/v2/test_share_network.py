"""openstack share network ..."""

from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import security_service as _ss
from osc_share_plugin.sdk.v2 import share_network as _sn
from osc_share_plugin.v2 import share_network as sn_cmd
from tests.unit.v2 import fakes

NET_UUID = 'aaaaaaaa-0000-0000-0000-000000000001'
SUBNET_UUID = 'aaaaaaaa-0000-0000-0000-000000000002'


def network(**attrs):
    attrs.setdefault(
        'share_network_subnets',
        [
            {
                'id': SUBNET_UUID,
                'availability_zone': None,
                'metadata': {'k': 'v'},
            }
        ],
    )
    return fakes.fake(_sn.ShareNetwork, **attrs)


def by_name(items):
    """find_* side effect: resolve names (or IDs) among ``items``."""

    def find(name_or_id, ignore_missing=True, **query):
        for item in items:
            if name_or_id in (item.id, item.name):
                return item
        raise sdk_exceptions.NotFoundException(f'No such thing {name_or_id}')

    return find


class NetworkCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        self.net = network(name='net1')
        self.client.find_share_network.side_effect = by_name([self.net])
        self.services = fakes.fakes(_ss.SecurityService, 2)
        self.client.find_security_service.side_effect = by_name(self.services)
        manager = self.app.client_manager
        manager.is_service_available = mock.Mock(return_value=False)
        manager.sdk_connection = mock.Mock()


class TestCreateShareNetwork(NetworkCase):
    command = sn_cmd.CreateShareNetwork

    def setUp(self):
        super().setUp()
        self.client.create_share_network.return_value = self.net

    def test_create_no_options(self):
        columns, data = self.run_command([])
        self.client.create_share_network.assert_called_once_with()
        fields = dict(zip(columns, data))
        self.assertEqual(self.net.id, fields['id'])
        self.assertNotIn('security_services', fields)
        self.assertNotIn('availability_zone', fields)
        subnets = fields['share_network_subnets']
        # manilaclient's name for subnet metadata; JSON keeps the dicts.
        self.assertEqual(
            [
                {
                    'id': SUBNET_UUID,
                    'availability_zone': None,
                    'properties': {'k': 'v'},
                }
            ],
            subnets.machine_readable(),
        )
        self.assertIn(f'id = {SUBNET_UUID}', subnets.human_readable())
        self.assertIn("properties = k='v'", subnets.human_readable())

    def test_create_every_option_ids_pass_through(self):
        self.run_command(
            [
                '--name',
                'n',
                '--description',
                'd',
                '--neutron-net-id',
                NET_UUID,
                '--neutron-subnet-id',
                SUBNET_UUID,
                '--availability-zone',
                'az1',
            ]
        )
        self.client.create_share_network.assert_called_once_with(
            name='n',
            description='d',
            neutron_net_id=NET_UUID,
            neutron_subnet_id=SUBNET_UUID,
            availability_zone='az1',
        )

    def test_neutron_names_without_network_service(self):
        parsed = self.parse(
            [
                '--neutron-net-id',
                'private',
                '--neutron-subnet-id',
                'private-subnet',
            ]
        )
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn("'private' is not an ID", str(err))
        self.assertIn('no network service', str(err))
        self.client.create_share_network.assert_not_called()

    def test_neutron_names_resolved_with_network_service(self):
        self.app.client_manager.is_service_available.return_value = True
        neutron = self.app.client_manager.sdk_connection.network
        neutron.find_network.return_value = mock.Mock(id='net-id')
        neutron.find_subnet.return_value = mock.Mock(id='subnet-id')
        self.run_command(
            [
                '--neutron-net-id',
                'private',
                '--neutron-subnet-id',
                'private-subnet',
            ]
        )
        neutron.find_network.assert_called_once_with(
            'private', ignore_missing=False
        )
        neutron.find_subnet.assert_called_once_with(
            'private-subnet', ignore_missing=False
        )
        self.client.create_share_network.assert_called_once_with(
            neutron_net_id='net-id', neutron_subnet_id='subnet-id'
        )

    def test_neutron_name_not_found(self):
        self.app.client_manager.is_service_available.return_value = True
        neutron = self.app.client_manager.sdk_connection.network
        neutron.find_network.side_effect = sdk_exceptions.NotFoundException(
            'No Network found for private'
        )
        parsed = self.parse(
            ['--neutron-net-id', 'private', '--neutron-subnet-id', SUBNET_UUID]
        )
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn("Neutron network 'private' not found", str(err))

    def test_net_without_subnet(self):
        parsed = self.parse(['--neutron-net-id', NET_UUID])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('go together', str(err))
        self.client.create_share_network.assert_not_called()

    def test_availability_zone_needs_2_51(self):
        self.set_share_api_version('2.50')
        parsed = self.parse(['--availability-zone', 'az1'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('--os-share-api-version 2.51', str(err))
        self.client.create_share_network.assert_not_called()


class TestDeleteShareNetwork(NetworkCase):
    command = sn_cmd.DeleteShareNetwork

    def test_delete_many(self):
        other = network(name='net2')
        self.client.find_share_network.side_effect = by_name([self.net, other])
        self.run_command(['net1', other.id])
        self.assertEqual(
            [
                mock.call(self.net, ignore_missing=False),
                mock.call(other, ignore_missing=False),
            ],
            self.client.delete_share_network.call_args_list,
        )
        self.client.wait_for_delete.assert_not_called()

    def test_delete_partial_failure(self):
        parsed = self.parse(['net1', 'missing'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertEqual('1 of 2 share networks failed to delete.', str(err))
        self.client.delete_share_network.assert_called_once_with(
            self.net, ignore_missing=False
        )
        self.assertIn('missing', self.logger.output)

    def test_delete_in_use(self):
        self.client.delete_share_network.side_effect = (
            sdk_exceptions.ConflictException(
                message='Can not delete share network, it has 1 share(s).'
            )
        )
        parsed = self.parse(['net1'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        # One target: its own error, one line.
        self.assertIn("'net1'", str(err))
        self.assertIn('1 share(s)', str(err))

    def test_delete_wait(self):
        self.run_command(['net1', '--wait', '--wait-timeout', '9'])
        self.client.wait_for_delete.assert_called_once_with(
            self.net, wait=9, callback=mock.ANY, failures=[]
        )


class TestListShareNetwork(NetworkCase):
    command = sn_cmd.ListShareNetwork

    def setUp(self):
        super().setUp()
        self.nets = [network(), network()]
        self.client.share_networks.return_value = iter(self.nets)

    def test_list_default(self):
        columns, data = self.run_command([])
        self.client.share_networks.assert_called_once_with(details=False)
        self.assertEqual(('ID', 'Name'), columns)
        self.assertEqual([(n.id, n.name) for n in self.nets], list(data))

    def test_list_detail_all_projects(self):
        columns, data = self.run_command(['--detail', '--all-projects'])
        self.client.share_networks.assert_called_once_with(
            details=True, all_projects=True
        )
        self.assertEqual(
            (
                'ID',
                'Name',
                'Status',
                'Created At',
                'Updated At',
                'Description',
                'Project ID',
            ),
            columns,
        )
        n = self.nets[0]
        self.assertEqual(
            (
                n.id,
                n.name,
                n.status,
                n.created_at,
                n.updated_at,
                n.description,
                n.project_id,
            ),
            list(data)[0],
        )

    def test_list_every_filter(self):
        service = self.services[0]
        self.run_command(
            [
                '--name',
                'n',
                '--name~',
                'n-',
                '--description',
                'd',
                '--description~',
                'd-',
                '--created-since',
                '2025-01-01',
                '--created-before',
                '2026-01-01',
                '--security-service',
                service.name,
                '--neutron-net-id',
                'nn',
                '--neutron-subnet-id',
                'ns',
                '--network-type',
                'vlan',
                '--segmentation-id',
                '7',
                '--cidr',
                '10.0.0.0/24',
                '--ip-version',
                '4',
                '--limit',
                '3',
            ]
        )
        self.client.find_security_service.assert_called_once_with(
            service.name, ignore_missing=False
        )
        self.client.share_networks.assert_called_once_with(
            details=False,
            name='n',
            **{'name~': 'n-', 'description~': 'd-'},
            description='d',
            created_since='2025-01-01',
            created_before='2026-01-01',
            security_service_id=service.id,
            neutron_net_id='nn',
            neutron_subnet_id='ns',
            network_type='vlan',
            segmentation_id='7',
            cidr='10.0.0.0/24',
            ip_version='4',
            limit=3,
        )

    def test_project_implies_all_projects(self):
        with mock.patch(
            'osc_share_plugin.v2.common.identity.find_id',
            return_value='proj-id',
        ) as find:
            self.run_command(['--project', 'demo'])
        find.assert_called_once_with(self.app, 'project', 'demo', None)
        self.client.share_networks.assert_called_once_with(
            details=False, project_id='proj-id', all_projects=True
        )

    def test_bad_ip_version(self):
        self.assertRaises(
            osc_base.ParserException, self.parse, ['--ip-version', '5']
        )

    def test_pattern_filters_need_2_36(self):
        self.set_share_api_version('2.35')
        parsed = self.parse(['--name~', 'x'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('2.36', str(err))
        self.client.share_networks.assert_not_called()

    def test_lister_filters_are_declared(self):
        known = set(_sn.ShareNetwork._query_mapping._mapping)
        for action in self.cmd.get_parser('x')._actions:
            attr = getattr(action, 'api_attr', None)
            if attr:
                self.assertIn(attr, known)


class TestShowShareNetwork(NetworkCase):
    command = sn_cmd.ShowShareNetwork

    def test_show_with_security_services(self):
        self.client.security_services.return_value = iter(self.services)
        columns, data = self.run_command(['net1'])
        self.client.find_share_network.assert_called_once_with(
            'net1', ignore_missing=False
        )
        self.client.security_services.assert_called_once_with(
            details=False, share_network_id=self.net.id
        )
        fields = dict(zip(columns, data))
        self.assertEqual(
            [
                {'security_service_name': s.name, 'security_service_id': s.id}
                for s in self.services
            ],
            fields['security_services'].machine_readable(),
        )
        self.assertEqual(self.net.name, fields['name'])
        self.assertEqual(tuple(sorted(columns)), columns)

    def test_show_missing(self):
        parsed = self.parse(['nope'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('nope', str(err))


class TestSetShareNetwork(NetworkCase):
    command = sn_cmd.SetShareNetwork

    def test_set_name_below_2_63(self):
        # manilaclient raises here whatever is given.
        self.set_share_api_version('2.62')
        self.run_command(['net1', '--name', 'new', '--description', 'd'])
        self.client.update_share_network.assert_called_once_with(
            self.net, name='new', description='d'
        )

    def test_set_neutron_ids(self):
        self.run_command(
            [
                'net1',
                '--neutron-net-id',
                NET_UUID,
                '--neutron-subnet-id',
                SUBNET_UUID,
            ]
        )
        self.client.update_share_network.assert_called_once_with(
            self.net, neutron_net_id=NET_UUID, neutron_subnet_id=SUBNET_UUID
        )

    def test_set_status(self):
        self.run_command(['net1', '--status', 'error'])
        self.client.reset_share_network_status.assert_called_once_with(
            self.net, 'error'
        )
        self.client.update_share_network.assert_not_called()

    def test_status_choices_and_gate(self):
        self.assertRaises(
            osc_base.ParserException, self.parse, ['net1', '--status', 'bogus']
        )
        self.set_share_api_version('2.62')
        parsed = self.parse(['net1', '--status', 'active'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('--status', str(err))
        self.client.reset_share_network_status.assert_not_called()

    def test_add_security_service_below_2_63(self):
        self.set_share_api_version('2.62')
        self.run_command(
            ['net1', '--new-security-service', self.services[0].name]
        )
        self.client.add_share_network_security_service.assert_called_once_with(
            self.net, self.services[0].id
        )

    def test_add_wait(self):
        changed = network(status='network_change')
        self.client.add_share_network_security_service.return_value = changed
        self.run_command(
            ['net1', '--new-security-service', self.services[0].id, '--wait']
        )
        self.client.wait_for_status.assert_called_once_with(
            changed,
            status='active',
            failures=['error'],
            wait=600,
            callback=mock.ANY,
        )

    def test_replace(self):
        old, new = self.services
        self.run_command(
            [
                'net1',
                '--current-security-service',
                old.name,
                '--new-security-service',
                new.name,
            ]
        )
        self.client.update_share_network_security_service.assert_called_once_with(
            self.net, old.id, new.id
        )
        self.client.add_share_network_security_service.assert_not_called()

    def test_check_add(self):
        self.client.check_share_network_security_service_add.return_value = {
            'compatible': True
        }
        self.run_command(
            [
                'net1',
                '--new-security-service',
                self.services[0].name,
                '--check-only',
            ]
        )
        self.client.check_share_network_security_service_add.assert_called_once_with(
            self.net, self.services[0].id, reset_operation=False
        )
        self.client.add_share_network_security_service.assert_not_called()
        self.assertIn('compatible', self.app.stdout.make_string())

    def test_check_replace_restart_not_ready(self):
        old, new = self.services
        check = self.client.check_share_network_security_service_update
        check.return_value = {'compatible': None}
        self.run_command(
            [
                'net1',
                '--current-security-service',
                old.id,
                '--new-security-service',
                new.id,
                '--restart-check',
            ]
        )
        check.assert_called_once_with(
            self.net, old.id, new.id, reset_operation=True
        )
        self.assertIn('run it again', self.app.stdout.make_string())
        self.client.update_share_network_security_service.assert_not_called()

    def test_check_incompatible_fails(self):
        self.client.check_share_network_security_service_add.return_value = {
            'compatible': False
        }
        parsed = self.parse(
            [
                'net1',
                '--new-security-service',
                self.services[0].id,
                '--check-only',
            ]
        )
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('not compatible', str(err))

    def test_check_without_new_service(self):
        parsed = self.parse(['net1', '--check-only'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('--new-security-service', str(err))
        self.client.find_share_network.assert_not_called()

    def test_one_failed_change_is_its_own_error(self):
        self.client.update_share_network.side_effect = (
            sdk_exceptions.ForbiddenException(message='used by servers')
        )
        parsed = self.parse(['net1', '--name', 'x'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('used by servers', str(err))

    def test_several_failed_changes_counted(self):
        self.client.update_share_network.side_effect = (
            sdk_exceptions.ForbiddenException(message='used by servers')
        )
        parsed = self.parse(['net1', '--name', 'x', '--status', 'active'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('1 of 2 changes', str(err))
        self.client.reset_share_network_status.assert_called_once_with(
            self.net, 'active'
        )


class TestUnsetShareNetwork(NetworkCase):
    command = sn_cmd.UnsetShareNetwork

    def test_unset_name_description(self):
        self.run_command(['net1', '--name', '--description'])
        self.client.update_share_network.assert_called_once_with(
            self.net, name=None, description=None
        )

    def test_unset_security_service(self):
        self.run_command(['net1', '--security-service', self.services[1].name])
        self.client.remove_share_network_security_service.assert_called_once_with(
            self.net, self.services[1].id
        )
        self.client.update_share_network.assert_not_called()

    def test_unset_missing_service(self):
        parsed = self.parse(['net1', '--security-service', 'nope'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.remove_share_network_security_service.assert_not_called()
