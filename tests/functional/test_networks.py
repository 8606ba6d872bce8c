"""``openstack share network|subnet|security service`` on the local cloud."""

import json
import time
import uuid

from openstack import exceptions as sdk_exceptions

from tests.functional import base

NET_UUID = str(uuid.uuid4())
SUBNET_UUID = str(uuid.uuid4())
AZ = 'nova'


class NetworkFixtures:
    """Share networks and security services made through the SDK."""

    def create_network(self, cloud=base.ADMIN, **attrs):
        attrs.setdefault('name', base.unique('net'))
        network = base.proxy(cloud).create_share_network(**attrs)
        self.addCleanup(self.delete_network, network.id)
        return network

    def delete_network(self, network_id):
        """Whatever is on it (servers, extra subnets), then the network."""
        admin = base.proxy(base.ADMIN)
        try:
            network = admin.get_share_network(network_id)
        except sdk_exceptions.NotFoundException:
            return
        for share in admin.shares(
            share_network_id=network_id, all_projects=True
        ):
            self.delete_share(share.id)
        for server in admin.share_servers(share_network_id=network_id):
            self.delete_server(server.id)
        subnets = network.share_network_subnets or []
        for subnet in subnets[1:]:
            admin.delete_share_network_subnet(network_id, subnet['id'])
        for service in admin.security_services(
            details=False, share_network_id=network_id
        ):
            try:
                admin.remove_share_network_security_service(
                    network_id, service.id
                )
            except sdk_exceptions.SDKException:
                pass
        admin.delete_share_network(network_id)
        admin.wait_for_delete(network, interval=1, wait=base.FIXTURE_WAIT)

    def delete_server(self, server_id):
        admin = base.proxy(base.ADMIN)
        try:
            server = admin.get_share_server(server_id)
        except sdk_exceptions.NotFoundException:
            return
        deadline = time.monotonic() + base.FIXTURE_WAIT
        while (
            server.status
            in ('creating', 'deleting', 'manage_starting', 'unmanage_starting')
            and time.monotonic() < deadline
        ):
            time.sleep(1)
            try:
                server = admin.get_share_server(server_id)
            except sdk_exceptions.NotFoundException:
                return
        if server.status not in ('active', 'error'):
            admin.reset_share_server_status(server, 'error')
        if server.task_state:
            admin.reset_share_server_task_state(server, None)
        try:
            admin.delete_share_server(server)
        except sdk_exceptions.NotFoundException:
            return
        admin.wait_for_delete(server, interval=1, wait=base.FIXTURE_WAIT)

    def create_service(self, cloud=base.ADMIN, **attrs):
        attrs.setdefault('type', 'ldap')
        attrs.setdefault('name', base.unique('ss'))
        service = base.proxy(cloud).create_security_service(**attrs)
        self.addCleanup(self.delete_service, service.id)
        return service

    def delete_service(self, service_id):
        try:
            base.proxy(base.ADMIN).delete_security_service(service_id)
        except sdk_exceptions.SDKException:
            pass

    def cleanup_network_named(self, name):
        def cleanup():
            for network in base.proxy(base.ADMIN).share_networks(
                details=False, name=name, all_projects=True
            ):
                self.delete_network(network.id)

        self.addCleanup(cleanup)

    def cleanup_service_named(self, name):
        def cleanup():
            for service in base.proxy(base.ADMIN).security_services(
                details=False, name=name, all_projects=True
            ):
                self.delete_service(service.id)

        self.addCleanup(cleanup)


class ShareNetworkTestCase(NetworkFixtures, base.TestCase):
    def test_lifecycle(self):
        name = base.unique('net')
        self.cleanup_network_named(name)
        created = self.ok_json([
            'share', 'network', 'create', '--name', name,
            '--description', 'first', '--neutron-net-id', NET_UUID,
            '--neutron-subnet-id', SUBNET_UUID,
        ])  # fmt: skip
        self.assertEqual(name, created['name'])
        self.assertEqual('first', created['description'])
        self.assertEqual('active', created['status'])
        [subnet] = created['share_network_subnets']
        # UUIDs go through as given: no Neutron to ask.
        self.assertEqual(NET_UUID, subnet['neutron_net_id'])
        self.assertEqual(SUBNET_UUID, subnet['neutron_subnet_id'])
        self.assertEqual({}, subnet['properties'])

        shown = self.ok_json(['share', 'network', 'show', name])
        self.assertEqual(created['id'], shown['id'])
        self.assertEqual([], shown['security_services'])

        rows = self.ok_json(['share', 'network', 'list', '--name', name])
        self.assertEqual([{'ID': created['id'], 'Name': name}], rows)
        rows = self.ok_json([
            'share', 'network', 'list', '--name~', name[-8:], '--detail',
            '--neutron-net-id', NET_UUID,
        ])  # fmt: skip
        self.assertEqual(
            ['ID', 'Name', 'Status', 'Created At', 'Updated At',
             'Description'], list(rows[0]),
        )  # fmt: skip
        self.assertEqual([created['id']], [r['ID'] for r in rows])
        rows = self.ok_json(['share', 'network', 'list', '--all-projects',
                             '--name', name])  # fmt: skip
        self.assertEqual(['ID', 'Name', 'Project ID'], list(rows[0]))

        new_name = base.unique('net-renamed')
        self.cleanup_network_named(new_name)
        self.assertEqual('', self.ok([
            'share', 'network', 'set', name, '--name', new_name,
            '--description', 'second',
        ]))  # fmt: skip
        shown = self.ok_json(['share', 'network', 'show', new_name])
        self.assertEqual('second', shown['description'])
        self.ok(['share', 'network', 'unset', new_name, '--description'])
        shown = self.ok_json(['share', 'network', 'show', created['id']])
        self.assertIsNone(shown['description'])

        rc, out, err = self.openstack(
            ['share', 'network', 'delete', new_name, '--wait']
        )
        self.assertEqual(0, rc, err)
        self.assertIn('is gone after', err)
        self.assertIsNone(base.proxy().find_share_network(created['id']))

    def test_create_with_subnet_in_an_availability_zone(self):
        name = base.unique('net-az')
        self.cleanup_network_named(name)
        created = self.ok_json([
            'share', 'network', 'create', '--name', name,
            '--availability-zone', AZ,
        ])  # fmt: skip
        [subnet] = created['share_network_subnets']
        self.assertEqual(AZ, subnet['availability_zone'])

    def test_set_below_2_63(self):
        # manilaclient fails every set below 2.63.
        network = self.create_network()
        new_name = base.unique('net-262')
        self.ok(['--os-share-api-version', '2.62', 'share', 'network', 'set',
                 network.id, '--name', new_name])  # fmt: skip
        self.assertEqual(
            new_name, base.proxy().get_share_network(network.id).name
        )
        rc, out, err = self.fails([
            '--os-share-api-version', '2.62', 'share', 'network', 'set',
            network.id, '--status', 'error',
        ])  # fmt: skip
        self.assertOneLineError(err, '--status', '2.63')
        self.assertEqual(
            'active', base.proxy().get_share_network(network.id).status
        )

    def test_set_status(self):
        network = self.create_network()
        self.ok(['share', 'network', 'set', network.name, '--status',
                 'error'])  # fmt: skip
        self.assertEqual(
            'error', base.proxy().get_share_network(network.id).status
        )
        self.ok(['share', 'network', 'set', network.name, '--status',
                 'active'])  # fmt: skip
        self.assertEqual(
            'active', base.proxy().get_share_network(network.id).status
        )

    def test_neutron_name_without_network_service(self):
        name = base.unique('net-neutron')
        self.cleanup_network_named(name)
        rc, out, err = self.fails([
            'share', 'network', 'create', '--name', name,
            '--neutron-net-id', 'private', '--neutron-subnet-id', 'sub',
        ], rc=1)  # fmt: skip
        self.assertOneLineError(err, "'private'", 'no network service')
        self.assertIsNone(base.proxy().find_share_network(name))

    def test_neutron_net_without_subnet(self):
        name = base.unique('net-half')
        self.cleanup_network_named(name)
        rc, out, err = self.fails([
            'share', 'network', 'create', '--name', name,
            '--neutron-net-id', NET_UUID,
        ], rc=1)  # fmt: skip
        self.assertOneLineError(err, '--neutron-subnet-id')
        self.assertIsNone(base.proxy().find_share_network(name))

    def test_missing_network(self):
        missing = base.unique('no-net')
        for args in (['show', missing], ['set', missing, '--name', 'x'],
                     ['unset', missing, '--name'], ['subnet', 'list',
                                                   missing]):  # fmt: skip
            rc, out, err = self.fails(['share', 'network', *args], rc=1)
            self.assertOneLineError(err, missing)

    def test_delete_several_one_missing(self):
        network = self.create_network()
        missing = base.unique('no-net')
        rc, out, err = self.fails(
            ['share', 'network', 'delete', network.name, missing], rc=1
        )
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertEqual('1 of 2 share networks failed to delete.', lines[-1])
        self.assertIsNone(base.proxy().find_share_network(network.id))

    def test_member_network(self):
        name = base.unique('net-member')
        self.cleanup_network_named(name)
        created = self.ok_json(['share', 'network', 'create', '--name',
                                name], cloud=base.MEMBER)  # fmt: skip
        rows = self.ok_json(['share', 'network', 'list', '--name', name],
                            cloud=base.MEMBER)  # fmt: skip
        self.assertEqual([created['id']], [r['ID'] for r in rows])
        # Only admins reset a status: one line, nothing changed.
        rc, out, err = self.fails(['share', 'network', 'set', name,
                                   '--status', 'error'],
                                  cloud=base.MEMBER, rc=1)  # fmt: skip
        self.assertOneLineError(err)
        self.assertEqual(
            'active', base.proxy().get_share_network(created['id']).status
        )
        self.ok(['share', 'network', 'delete', name], cloud=base.MEMBER)


class SubnetTestCase(NetworkFixtures, base.TestCase):
    def test_subnet_commands(self):
        network = self.create_network()
        created = self.ok_json([
            'share', 'network', 'subnet', 'create', network.name,
            '--availability-zone', AZ, '--property', 'a=1',
            '--property', 'b=2',
        ])  # fmt: skip
        self.assertEqual(AZ, created['availability_zone'])
        self.assertEqual(network.id, created['share_network_id'])
        self.assertEqual({'a': '1', 'b': '2'}, created['properties'])

        rows = self.ok_json(['share', 'network', 'subnet', 'list',
                             network.name])  # fmt: skip
        self.assertEqual(
            ['ID', 'Availability Zone', 'Neutron Net ID', 'Neutron Subnet ID'],
            list(rows[0]),
        )
        self.assertEqual(
            {created['id'], network.share_network_subnets[0]['id']},
            {r['ID'] for r in rows},
        )
        rows = self.ok_json(['share', 'network', 'subnet', 'list',
                             network.id, '--long'])  # fmt: skip
        by_id = {r['ID']: r for r in rows}
        self.assertEqual(
            {'a': '1', 'b': '2'}, by_id[created['id']]['Properties']
        )

        self.ok(['share', 'network', 'subnet', 'set', network.name,
                 created['id'], '--property', 'c=3'])  # fmt: skip
        self.ok(['share', 'network', 'subnet', 'unset', network.name,
                 created['id'], '--property', 'a'])  # fmt: skip
        shown = self.ok_json(['share', 'network', 'subnet', 'show',
                              network.name, created['id']])  # fmt: skip
        self.assertEqual({'b': '2', 'c': '3'}, shown['properties'])

        rc, out, err = self.fails(
            ['share', 'network', 'subnet', 'unset', network.name,
             created['id'], '--property', 'nope'], rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, 'nope')

        # The network shows its subnets with their properties.
        shown = self.ok_json(['share', 'network', 'show', network.id])
        props = {s['id']: s.get('properties')
                 for s in shown['share_network_subnets']}  # fmt: skip
        self.assertEqual({'b': '2', 'c': '3'}, props[created['id']])

        self.ok(['share', 'network', 'subnet', 'delete', network.name,
                 created['id']])  # fmt: skip
        rows = self.ok_json(['share', 'network', 'subnet', 'list',
                             network.name])  # fmt: skip
        self.assertNotIn(created['id'], {r['ID'] for r in rows})

    def test_check_only(self):
        network = self.create_network()
        result = self.ok_json([
            'share', 'network', 'subnet', 'create', network.name,
            '--availability-zone', AZ, '--check-only',
        ])  # fmt: skip
        self.assertTrue(result['compatible'])
        # A check creates nothing.
        self.assertEqual(
            1, len(list(base.proxy().share_network_subnets(network.id)))
        )

    def test_check_only_with_property(self):
        network = self.create_network()
        rc, out, err = self.fails([
            'share', 'network', 'subnet', 'create', network.name,
            '--check-only', '--property', 'a=1',
        ], rc=1)  # fmt: skip
        self.assertOneLineError(err, '--property', '--check-only')
        self.assertEqual(
            1, len(list(base.proxy().share_network_subnets(network.id)))
        )

    def test_bad_inputs(self):
        network = self.create_network()
        rc, out, err = self.fails([
            'share', 'network', 'subnet', 'create', network.name,
            '--neutron-net-id', NET_UUID,
        ], rc=1)  # fmt: skip
        self.assertOneLineError(err, '--neutron-net-id')
        missing = str(uuid.uuid4())
        rc, out, err = self.fails(['share', 'network', 'subnet', 'show',
                                   network.name, missing], rc=1)  # fmt: skip
        self.assertOneLineError(err, missing)
        rc, out, err = self.fails([
            '--os-share-api-version', '2.77', 'share', 'network', 'subnet',
            'create', network.name, '--property', 'a=1',
        ], rc=1)  # fmt: skip
        self.assertOneLineError(err, '--property', '2.78')
        self.assertEqual(
            1, len(list(base.proxy().share_network_subnets(network.id)))
        )


class SecurityServiceTestCase(NetworkFixtures, base.TestCase):
    def test_lifecycle(self):
        name = base.unique('ss')
        password = 'pw-' + uuid.uuid4().hex
        self.cleanup_service_named(name)
        rc, out, err = self.openstack([
            '--debug', 'share', 'security', 'service', 'create', 'ldap',
            '--name', name, '--password', password, '--dns-ip', '10.0.0.2',
            '--server', 'ldap.example', '--domain', 'example', '--user',
            'admin', '--ou', 'OU=x', '-f', 'json',
        ])  # fmt: skip
        self.assertEqual(0, rc, err)
        # Neither the request nor the answer shows the password.
        self.assertIn('REQ:', err)
        self.assertNotIn(password, err)
        self.assertNotIn(password, out)
        created = json.loads(out)
        self.assertEqual('******', created['password'])
        self.assertEqual('ldap', created['type'])
        self.assertEqual('OU=x', created['ou'])

        shown = self.ok_json(['share', 'security', 'service', 'show', name,
                              '--show-password'])  # fmt: skip
        self.assertEqual(password, shown['password'])

        rows = self.ok_json(['share', 'security', 'service', 'list',
                             '--name', name])  # fmt: skip
        self.assertEqual(
            [{'ID': created['id'], 'Name': name, 'Status': 'new',
              'Type': 'ldap'}], rows,
        )  # fmt: skip
        rows = self.ok_json(
            [
                'share',
                'security',
                'service',
                'list',
                '--server',
                'ldap.example',
                '--detail',
            ]
        )
        self.assertIn(created['id'], {r['ID'] for r in rows})
        self.assertIn('Share Networks', rows[0])

        self.ok(['share', 'security', 'service', 'set', name, '--server',
                 'ldap2.example', '--description', 'd'])  # fmt: skip
        self.ok(['share', 'security', 'service', 'unset', name, '--user',
                 '--ou'])  # fmt: skip
        shown = self.ok_json(['share', 'security', 'service', 'show',
                              created['id']])  # fmt: skip
        self.assertEqual('ldap2.example', shown['server'])
        self.assertEqual('d', shown['description'])
        self.assertEqual('', shown['user'])
        self.assertEqual('', shown['ou'])

        self.ok(['share', 'security', 'service', 'delete', name])
        self.assertIsNone(base.proxy().find_security_service(created['id']))

    def test_unknown_type(self):
        name = base.unique('ss-nis')
        self.cleanup_service_named(name)
        rc, out, err = self.fails(['share', 'security', 'service', 'create',
                                   'nis', '--name', name], rc=1)  # fmt: skip
        self.assertOneLineError(err, "'nis'", 'ldap')
        self.assertIsNone(base.proxy().find_security_service(name))

    def test_ad_server_and_site(self):
        name = base.unique('ss-ad')
        self.cleanup_service_named(name)
        rc, out, err = self.fails([
            'share', 'security', 'service', 'create', 'active_directory',
            '--name', name, '--server', 's', '--default-ad-site', 'site',
        ], rc=1)  # fmt: skip
        self.assertOneLineError(err, '--default-ad-site')
        self.assertIsNone(base.proxy().find_security_service(name))

    def test_network_add_remove_unused(self):
        service = self.create_service()
        network = self.create_network()
        out = self.ok(['share', 'network', 'set', network.name,
                       '--new-security-service', service.name,
                       '--check-only'])  # fmt: skip
        self.assertIn('compatible', out)
        self.assertEqual([], list(base.proxy().security_services(
            share_network_id=network.id)))  # fmt: skip
        self.ok(['share', 'network', 'set', network.name,
                 '--new-security-service', service.name])  # fmt: skip
        shown = self.ok_json(['share', 'network', 'show', network.name])
        self.assertEqual(
            [{'security_service_name': service.name,
              'security_service_id': service.id}],
            shown['security_services'],
        )  # fmt: skip
        rows = self.ok_json(
            [
                'share',
                'security',
                'service',
                'list',
                '--share-network',
                network.name,
            ]
        )
        self.assertEqual([service.id], [r['ID'] for r in rows])
        rows = self.ok_json(
            ['share', 'network', 'list', '--security-service', service.name]
        )
        self.assertEqual([network.id], [r['ID'] for r in rows])

        # A service in use cannot be deleted: one line, still there.
        rc, out, err = self.fails(['share', 'security', 'service', 'delete',
                                   service.name], rc=1)  # fmt: skip
        self.assertOneLineError(err, service.name)
        self.assertIsNotNone(base.proxy().find_security_service(service.id))

        self.ok(['share', 'network', 'unset', network.name,
                 '--security-service', service.id])  # fmt: skip
        shown = self.ok_json(['share', 'network', 'show', network.name])
        self.assertEqual([], shown['security_services'])
