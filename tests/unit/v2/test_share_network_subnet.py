"""openstack share network subnet ..."""

from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib.cli import format_columns
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share_network as _sn
from osc_share_plugin.sdk.v2 import share_network_subnet as _subnet
from osc_share_plugin.v2 import share_network_subnet as subnet_cmd
from tests.unit.v2 import fakes

NET_UUID = 'aaaaaaaa-0000-0000-0000-000000000001'
SUBNET_UUID = 'aaaaaaaa-0000-0000-0000-000000000002'


class SubnetCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        self.net = fakes.fake(_sn.ShareNetwork, name='net1')
        self.client.find_share_network.return_value = self.net
        self.subnet = fakes.fake(
            _subnet.ShareNetworkSubnet,
            share_network_id=self.net.id,
            metadata={'k': 'v'},
        )
        manager = self.app.client_manager
        manager.is_service_available = mock.Mock(return_value=False)

    def assertFoundNetwork(self):
        self.client.find_share_network.assert_called_once_with(
            'net1', ignore_missing=False
        )

    def assertNeeds(self, version, argv, method):
        self.set_share_api_version(version)
        parsed = self.parse(argv)
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn(
            f'--os-share-api-version {version_after(version)}', str(err)
        )
        getattr(self.client, method).assert_not_called()
        self.client.find_share_network.assert_not_called()


def version_after(version):
    major, minor = version.split('.')
    return f'{major}.{int(minor) + 1}'


class TestCreateSubnet(SubnetCase):
    command = subnet_cmd.CreateShareNetworkSubnet

    def setUp(self):
        super().setUp()
        self.client.create_share_network_subnet.return_value = self.subnet

    def test_create(self):
        columns, data = self.run_command(
            [
                'net1',
                '--neutron-net-id',
                NET_UUID,
                '--neutron-subnet-id',
                SUBNET_UUID,
                '--availability-zone',
                'az1',
                '--property',
                'a=b',
            ]
        )
        self.assertFoundNetwork()
        self.client.create_share_network_subnet.assert_called_once_with(
            self.net.id,
            neutron_net_id=NET_UUID,
            neutron_subnet_id=SUBNET_UUID,
            availability_zone='az1',
            metadata={'a': 'b'},
        )
        fields = dict(zip(columns, data))
        self.assertEqual(self.net.id, fields['share_network_id'])
        self.assertEqual(
            format_columns.DictColumn({'k': 'v'}), fields['properties']
        )
        self.assertNotIn('metadata', fields)

    def test_create_bare(self):
        self.run_command(['net1'])
        self.client.create_share_network_subnet.assert_called_once_with(
            self.net.id
        )

    def test_check_only(self):
        self.client.check_share_network_subnet_create.return_value = {
            'compatible': True,
            'hosts_check_result': {'h@b': True},
        }
        columns, data = self.run_command(
            ['net1', '--availability-zone', 'az1', '--check-only']
        )
        self.client.check_share_network_subnet_create.assert_called_once_with(
            self.net.id, reset_operation=False, availability_zone='az1'
        )
        self.client.create_share_network_subnet.assert_not_called()
        self.assertEqual(('compatible', 'hosts_check_result'), columns)
        self.assertEqual(True, data[0])

    def test_restart_check(self):
        self.client.check_share_network_subnet_create.return_value = {
            'compatible': None
        }
        self.run_command(['net1', '--restart-check'])
        self.client.check_share_network_subnet_create.assert_called_once_with(
            self.net.id, reset_operation=True
        )

    def test_check_with_property_fails(self):
        parsed = self.parse(['net1', '--check-only', '--property', 'a=b'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('--property', str(err))
        self.client.find_share_network.assert_not_called()
        self.client.check_share_network_subnet_create.assert_not_called()

    def test_net_without_subnet(self):
        parsed = self.parse(['net1', '--neutron-subnet-id', SUBNET_UUID])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('go together', str(err))
        self.client.create_share_network_subnet.assert_not_called()

    def test_gates(self):
        self.assertNeeds('2.50', ['net1'], 'create_share_network_subnet')

    def test_check_gate(self):
        self.assertNeeds(
            '2.69',
            ['net1', '--check-only'],
            'check_share_network_subnet_create',
        )

    def test_property_gate(self):
        self.assertNeeds(
            '2.77',
            ['net1', '--property', 'a=b'],
            'create_share_network_subnet',
        )


class TestDeleteSubnet(SubnetCase):
    command = subnet_cmd.DeleteShareNetworkSubnet

    def test_delete_many(self):
        self.run_command(['net1', 'a', 'b'])
        self.assertFoundNetwork()
        self.assertEqual(
            [
                mock.call(self.net.id, 'a', ignore_missing=False),
                mock.call(self.net.id, 'b', ignore_missing=False),
            ],
            self.client.delete_share_network_subnet.call_args_list,
        )

    def test_delete_partial_failure(self):
        self.client.delete_share_network_subnet.side_effect = [
            None,
            sdk_exceptions.ConflictException(message='it has shares'),
        ]
        parsed = self.parse(['net1', 'a', 'b'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertEqual(
            '1 of 2 share network subnets failed to delete.', str(err)
        )
        self.assertIn('it has shares', self.logger.output)

    def test_needs_a_subnet(self):
        self.assertRaises(osc_base.ParserException, self.parse, ['net1'])


class TestListSubnet(SubnetCase):
    command = subnet_cmd.ListShareNetworkSubnet

    def setUp(self):
        super().setUp()
        self.client.share_network_subnets.return_value = iter([self.subnet])

    def test_list(self):
        columns, data = self.run_command(['net1'])
        self.assertFoundNetwork()
        self.client.share_network_subnets.assert_called_once_with(
            share_network_id=self.net.id
        )
        self.assertEqual(
            ('ID', 'Availability Zone', 'Neutron Net ID', 'Neutron Subnet ID'),
            columns,
        )
        s = self.subnet
        self.assertEqual(
            [
                (
                    s.id,
                    s.availability_zone,
                    s.neutron_net_id,
                    s.neutron_subnet_id,
                )
            ],
            list(data),
        )

    def test_list_long(self):
        columns, data = self.run_command(['net1', '--long'])
        self.assertEqual('Properties', columns[-1])
        self.assertIn('CIDR', columns)
        self.assertEqual(
            format_columns.DictColumn({'k': 'v'}), list(data)[0][-1]
        )

    def test_list_needs_2_51(self):
        self.assertNeeds('2.50', ['net1'], 'share_network_subnets')


class TestShowSubnet(SubnetCase):
    command = subnet_cmd.ShowShareNetworkSubnet

    def test_show(self):
        self.client.get_share_network_subnet.return_value = self.subnet
        columns, data = self.run_command(['net1', self.subnet.id])
        self.client.get_share_network_subnet.assert_called_once_with(
            self.net.id, self.subnet.id
        )
        self.assertIn('properties', columns)
        self.assertIn('share_network_id', columns)
        self.assertEqual(tuple(sorted(columns)), columns)

    def test_show_missing(self):
        self.client.get_share_network_subnet.side_effect = (
            sdk_exceptions.NotFoundException(message='Subnet x not found')
        )
        parsed = self.parse(['net1', 'x'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('not found', str(err))


class TestSetUnsetSubnet(SubnetCase):
    command = subnet_cmd.SetShareNetworkSubnet

    def test_set(self):
        self.run_command(
            ['net1', 'sub', '--property', 'a=b', '--property', 'c=d']
        )
        self.client.update_share_network_subnet_metadata.assert_called_once_with(
            self.net.id, 'sub', {'a': 'b', 'c': 'd'}
        )

    def test_set_needs_property(self):
        self.assertRaises(
            osc_base.ParserException, self.parse, ['net1', 'sub']
        )

    def test_set_needs_2_78(self):
        self.assertNeeds(
            '2.77',
            ['net1', 'sub', '--property', 'a=b'],
            'update_share_network_subnet_metadata',
        )

    def test_unset(self):
        self.cmd = subnet_cmd.UnsetShareNetworkSubnet(self.app, None)
        self.run_command(['net1', 'sub', '--property', 'a', '--property', 'c'])
        self.client.delete_share_network_subnet_metadata.assert_called_once_with(
            self.net.id, 'sub', ['a', 'c'], ignore_missing=False
        )
