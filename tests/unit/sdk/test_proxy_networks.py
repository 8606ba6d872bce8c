"""Share networks, subnets, security services and share servers, on the wire."""

from openstack import exceptions

from osc_share_plugin.sdk.v2 import security_service as _ss
from osc_share_plugin.sdk.v2 import share_network as _sn
from osc_share_plugin.sdk.v2 import share_network_subnet as _subnet
from osc_share_plugin.sdk.v2 import share_server as _server
from tests.unit.sdk import base

SN_ID = '11111111-aaaa-bbbb-cccc-000000000001'
SUBNET_ID = '11111111-aaaa-bbbb-cccc-000000000002'
SS_ID = '11111111-aaaa-bbbb-cccc-000000000003'
SS_ID_2 = '11111111-aaaa-bbbb-cccc-000000000004'
SRV_ID = '11111111-aaaa-bbbb-cccc-000000000005'
DEST_ID = '11111111-aaaa-bbbb-cccc-000000000006'

SN_PATH = '/share-networks/' + SN_ID
SUBNET_PATH = SN_PATH + '/subnets/' + SUBNET_ID
SS_PATH = '/security-services/' + SS_ID
SRV_PATH = '/share-servers/' + SRV_ID
EXPERIMENTAL = 'X-OpenStack-Manila-API-Experimental'


def sn_body(**extra):
    body = {
        'id': SN_ID,
        'name': 'net1',
        'status': 'active',
        'share_network_subnets': [],
    }
    body.update(extra)
    return body


def subnet_body(**extra):
    body = {
        'id': SUBNET_ID,
        'share_network_id': SN_ID,
        'availability_zone': 'az1',
        'metadata': {},
    }
    body.update(extra)
    return body


def ss_body(**extra):
    body = {'id': SS_ID, 'name': 'ldap1', 'type': 'ldap', 'status': 'new'}
    body.update(extra)
    return body


def srv_body(**extra):
    body = {
        'id': SRV_ID,
        'host': 'h@dummy2',
        'status': 'active',
        'share_network_id': SN_ID,
        'identifier': 'ident-1',
    }
    body.update(extra)
    return body


class TestShareNetworks(base.ProxyTestCase):
    def test_share_networks_every_filter(self):
        self.requests.get(
            base.url('share-networks', 'detail'),
            json={'share_networks': [sn_body()]},
        )
        query = {
            'name': 'n',
            'name~': 'n-',
            'description': 'd',
            'description~': 'd-',
            'project_id': 'p',
            'all_projects': True,
            'created_since': '2025-01-01',
            'created_before': '2026-01-01',
            'security_service_id': SS_ID,
            'neutron_net_id': 'net',
            'neutron_subnet_id': 'sub',
            'network_type': 'vlan',
            'segmentation_id': 7,
            'cidr': '10.0.0.0/24',
            'ip_version': 4,
            'offset': 2,
        }
        found = list(self.proxy.share_networks(**query))
        self.assertEqual([SN_ID], [n.id for n in found])
        self.assertIsInstance(found[0], _sn.ShareNetwork)
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-networks/detail',
            query={
                'name': ['n'],
                'name~': ['n-'],
                'description': ['d'],
                'description~': ['d-'],
                'project_id': ['p'],
                'all_tenants': ['True'],
                'created_since': ['2025-01-01'],
                'created_before': ['2026-01-01'],
                'security_service_id': [SS_ID],
                'neutron_net_id': ['net'],
                'neutron_subnet_id': ['sub'],
                'network_type': ['vlan'],
                'segmentation_id': ['7'],
                'cidr': ['10.0.0.0/24'],
                'ip_version': ['4'],
                'offset': ['2'],
                'limit': ['1000'],
            },
        )

    def test_share_networks_summary(self):
        self.requests.get(
            base.url('share-networks'),
            json={'share_networks': [{'id': SN_ID}]},
        )
        self.assertEqual(1, len(list(self.proxy.share_networks(False))))
        self.assertRequest(self.history[0], 'GET', '/share-networks')

    def test_share_networks_unknown_filter_is_an_error(self):
        # Manila would compare it with every network and list none.
        self.assertRaises(
            exceptions.InvalidResourceQuery,
            lambda: list(self.proxy.share_networks(sort_key='name')),
        )
        self.assertEqual([], self.history)

    def test_share_networks_follow_pages_by_offset(self):
        self.requests.get(
            base.url('share-networks', 'detail'),
            [
                {
                    'json': {
                        'share_networks': [sn_body(), sn_body(id='b')],
                        'share_networks_links': [
                            {
                                'rel': 'next',
                                'href': base.url('share-networks', 'detail')
                                + '?marker=b',
                            }
                        ],
                    }
                },
                {'json': {'share_networks': [sn_body(id='c')]}},
            ],
        )
        found = list(self.proxy.share_networks())
        self.assertEqual([SN_ID, 'b', 'c'], [n.id for n in found])
        self.assertEqual({'offset': ['2']}, self.query(self.history[1]))

    def test_share_networks_limit_is_one_page(self):
        self.requests.get(
            base.url('share-networks', 'detail'),
            json={'share_networks': [sn_body()]},
        )
        list(self.proxy.share_networks(limit=1))
        self.assertEqual(1, len(self.history))
        self.assertEqual({'limit': ['1']}, self.query(self.history[0]))

    def test_find_by_id_is_one_get(self):
        self.requests.get(
            base.url('share-networks', SN_ID),
            json={'share_network': sn_body()},
        )
        found = self.proxy.find_share_network(SN_ID, ignore_missing=False)
        self.assertEqual('net1', found.name)
        self.assertEqual(1, len(self.history))
        self.assertRequest(self.history[0], 'GET', SN_PATH)

    def test_find_by_name_is_one_filtered_list(self):
        self.requests.get(
            base.url('share-networks', 'detail'),
            json={'share_networks': [sn_body()]},
        )
        found = self.proxy.find_share_network('net1', all_projects=True)
        self.assertEqual(SN_ID, found.id)
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-networks/detail',
            query={'name': ['net1'], 'all_tenants': ['True']},
        )

    def test_find_missing(self):
        self.requests.get(
            base.url('share-networks', 'detail'), json={'share_networks': []}
        )
        self.assertIsNone(self.proxy.find_share_network('nope'))
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.find_share_network,
            'nope',
            ignore_missing=False,
        )

    def test_get(self):
        self.requests.get(
            base.url('share-networks', SN_ID),
            json={'share_network': sn_body(mtu=1500)},
        )
        self.assertEqual(1500, self.proxy.get_share_network(SN_ID).mtu)
        self.assertRequest(self.history[0], 'GET', SN_PATH)

    def test_create(self):
        self.requests.post(
            base.url('share-networks'), json={'share_network': sn_body()}
        )
        created = self.proxy.create_share_network(
            name='net1',
            neutron_net_id='n',
            neutron_subnet_id='s',
            availability_zone='az1',
        )
        self.assertEqual(SN_ID, created.id)
        self.assertRequest(
            self.history[0],
            'POST',
            '/share-networks',
            json={
                'share_network': {
                    'name': 'net1',
                    'neutron_net_id': 'n',
                    'neutron_subnet_id': 's',
                    'availability_zone': 'az1',
                }
            },
        )

    def test_update(self):
        self.requests.put(
            base.url('share-networks', SN_ID),
            json={'share_network': sn_body(name='new')},
        )
        updated = self.proxy.update_share_network(
            SN_ID, name='new', description=None
        )
        self.assertEqual('new', updated.name)
        self.assertRequest(
            self.history[0],
            'PUT',
            SN_PATH,
            json={'share_network': {'name': 'new', 'description': None}},
        )

    def test_delete(self):
        self.requests.delete(
            base.url('share-networks', SN_ID), status_code=202
        )
        self.assertIsNone(self.proxy.delete_share_network(SN_ID))
        self.assertRequest(self.history[0], 'DELETE', SN_PATH)

    def test_delete_missing(self):
        self.requests.delete(
            base.url('share-networks', SN_ID), status_code=404
        )
        self.proxy.delete_share_network(SN_ID)
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_network,
            SN_ID,
            ignore_missing=False,
        )

    def test_delete_in_use_conflict(self):
        self.requests.delete(
            base.url('share-networks', SN_ID),
            status_code=409,
            json={
                'conflictingRequest': {
                    'message': 'it has 1 share(s).',
                    'code': 409,
                }
            },
        )
        err = self.assertRaises(
            exceptions.ConflictException,
            self.proxy.delete_share_network,
            SN_ID,
        )
        self.assertIn('share(s)', str(err))


class TestShareNetworkActions(base.ProxyTestCase):
    def setUp(self):
        super().setUp()
        self.action = self.requests.post(
            base.url('share-networks', SN_ID, 'action'),
            json={'share_network': sn_body(status='network_change')},
        )

    def assertAction(self, body):
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0], 'POST', SN_PATH + '/action', json=body
        )
        self.assertNotIn(EXPERIMENTAL, self.history[0].headers)

    def test_add_security_service(self):
        net = self.proxy.add_share_network_security_service(SN_ID, SS_ID)
        self.assertEqual('network_change', net.status)
        self.assertAction(
            {'add_security_service': {'security_service_id': SS_ID}}
        )

    def test_remove_security_service(self):
        self.proxy.remove_share_network_security_service(SN_ID, SS_ID)
        self.assertAction(
            {'remove_security_service': {'security_service_id': SS_ID}}
        )

    def test_update_security_service(self):
        net = self.proxy.update_share_network_security_service(
            SN_ID, SS_ID, SS_ID_2
        )
        self.assertEqual(SN_ID, net.id)
        self.assertAction(
            {
                'update_security_service': {
                    'current_service_id': SS_ID,
                    'new_service_id': SS_ID_2,
                }
            }
        )

    def test_check_add(self):
        self.action.return_value = None
        self.requests.post(
            base.url('share-networks', SN_ID, 'action'),
            json={'compatible': None, 'requested_operation': {}},
        )
        result = self.proxy.check_share_network_security_service_add(
            SN_ID, SS_ID, reset_operation=True
        )
        self.assertIsNone(result['compatible'])
        self.assertAction(
            {
                'add_security_service_check': {
                    'security_service_id': SS_ID,
                    'reset_operation': True,
                }
            }
        )

    def test_check_update(self):
        self.requests.post(
            base.url('share-networks', SN_ID, 'action'),
            json={'compatible': True},
        )
        result = self.proxy.check_share_network_security_service_update(
            SN_ID, SS_ID, SS_ID_2
        )
        self.assertTrue(result['compatible'])
        self.assertAction(
            {
                'update_security_service_check': {
                    'current_service_id': SS_ID,
                    'new_service_id': SS_ID_2,
                    'reset_operation': False,
                }
            }
        )

    def test_check_subnet_create(self):
        self.requests.post(
            base.url('share-networks', SN_ID, 'action'),
            json={'compatible': True},
        )
        result = self.proxy.check_share_network_subnet_create(
            SN_ID,
            availability_zone='az1',
            neutron_net_id='n',
            neutron_subnet_id='s',
        )
        self.assertEqual({'compatible': True}, result)
        self.assertAction(
            {
                'share_network_subnet_create_check': {
                    'availability_zone': 'az1',
                    'neutron_net_id': 'n',
                    'neutron_subnet_id': 's',
                    'reset_operation': False,
                }
            }
        )

    def test_reset_status(self):
        self.requests.post(
            base.url('share-networks', SN_ID, 'action'), status_code=202
        )
        self.assertIsNone(
            self.proxy.reset_share_network_status(SN_ID, 'error')
        )
        self.assertAction({'reset_status': {'status': 'error'}})


class TestSubnets(base.ProxyTestCase):
    def test_list(self):
        self.requests.get(
            base.url('share-networks', SN_ID, 'subnets'),
            json={
                'share_network_subnets': [subnet_body(), subnet_body(id='b')]
            },
        )
        found = list(self.proxy.share_network_subnets(SN_ID))
        self.assertEqual([SUBNET_ID, 'b'], [s.id for s in found])
        self.assertIsInstance(found[0], _subnet.ShareNetworkSubnet)
        self.assertEqual(SN_ID, found[0].share_network_id)
        self.assertRequest(self.history[0], 'GET', SN_PATH + '/subnets')

    def test_get(self):
        self.requests.get(
            base.url('share-networks', SN_ID, 'subnets', SUBNET_ID),
            json={'share_network_subnet': subnet_body()},
        )
        found = self.proxy.get_share_network_subnet(SN_ID, SUBNET_ID)
        self.assertEqual('az1', found.availability_zone)
        self.assertRequest(self.history[0], 'GET', SUBNET_PATH)

    def test_create_uses_the_hyphenated_key(self):
        self.requests.post(
            base.url('share-networks', SN_ID, 'subnets'),
            json={'share_network_subnet': subnet_body()},
        )
        created = self.proxy.create_share_network_subnet(
            SN_ID, availability_zone='az1', metadata={'k': 'v'}
        )
        self.assertEqual(SUBNET_ID, created.id)
        self.assertRequest(
            self.history[0],
            'POST',
            SN_PATH + '/subnets',
            json={
                'share-network-subnet': {
                    'availability_zone': 'az1',
                    'metadata': {'k': 'v'},
                }
            },
        )

    def test_delete(self):
        self.requests.delete(
            base.url('share-networks', SN_ID, 'subnets', SUBNET_ID),
            status_code=202,
        )
        self.proxy.delete_share_network_subnet(SN_ID, SUBNET_ID)
        self.assertRequest(self.history[0], 'DELETE', SUBNET_PATH)

    def test_delete_missing(self):
        self.requests.delete(
            base.url('share-networks', SN_ID, 'subnets', SUBNET_ID),
            status_code=404,
        )
        self.proxy.delete_share_network_subnet(SN_ID, SUBNET_ID)
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_network_subnet,
            SN_ID,
            SUBNET_ID,
            ignore_missing=False,
        )

    def test_metadata(self):
        url = base.url(
            'share-networks', SN_ID, 'subnets', SUBNET_ID, 'metadata'
        )
        self.requests.get(url, json={'metadata': {'a': '1'}})
        self.requests.post(url, json={'metadata': {'a': '1', 'b': '2'}})
        self.requests.delete(url + '/a', status_code=200)
        self.requests.delete(url + '/zz', status_code=404)
        got = self.proxy.get_share_network_subnet_metadata(SN_ID, SUBNET_ID)
        self.assertEqual({'a': '1'}, got.metadata)
        got = self.proxy.update_share_network_subnet_metadata(
            SN_ID, SUBNET_ID, {'b': '2'}
        )
        self.assertEqual({'a': '1', 'b': '2'}, got.metadata)
        self.assertRequest(
            self.history[1],
            'POST',
            SUBNET_PATH + '/metadata',
            json={'metadata': {'b': '2'}},
        )
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_network_subnet_metadata,
            SN_ID,
            SUBNET_ID,
            ['a', 'zz'],
            ignore_missing=False,
        )
        self.assertRequest(
            self.history[2], 'DELETE', SUBNET_PATH + '/metadata/a'
        )
        self.assertRequest(
            self.history[3], 'DELETE', SUBNET_PATH + '/metadata/zz'
        )


class TestSecurityServices(base.ProxyTestCase):
    def test_list_every_filter(self):
        self.requests.get(
            base.url('security-services', 'detail'),
            json={'security_services': [ss_body()]},
        )
        found = list(
            self.proxy.security_services(
                name='n',
                type='ldap',
                user='u',
                server='s',
                dns_ip='1.1.1.1',
                domain='d',
                ou='o',
                default_ad_site='site',
                share_network_id=SN_ID,
                all_projects=True,
                limit=5,
            )
        )
        self.assertIsInstance(found[0], _ss.SecurityService)
        self.assertRequest(
            self.history[0],
            'GET',
            '/security-services/detail',
            query={
                'name': ['n'],
                'type': ['ldap'],
                'user': ['u'],
                'server': ['s'],
                'dns_ip': ['1.1.1.1'],
                'domain': ['d'],
                'ou': ['o'],
                'default_ad_site': ['site'],
                'share_network_id': [SN_ID],
                'all_tenants': ['True'],
                'limit': ['5'],
            },
        )

    def test_list_summary(self):
        self.requests.get(
            base.url('security-services'),
            json={'security_services': [ss_body()]},
        )
        list(self.proxy.security_services(details=False))
        self.assertRequest(self.history[0], 'GET', '/security-services')

    def test_find_by_name(self):
        self.requests.get(
            base.url('security-services', 'detail'),
            json={'security_services': [ss_body()]},
        )
        found = self.proxy.find_security_service('ldap1')
        self.assertEqual(SS_ID, found.id)
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0],
            'GET',
            '/security-services/detail',
            query={'name': ['ldap1']},
        )

    def test_find_by_id(self):
        self.requests.get(
            base.url('security-services', SS_ID),
            json={'security_service': ss_body()},
        )
        self.assertEqual(
            'ldap1',
            self.proxy.find_security_service(SS_ID, ignore_missing=False).name,
        )
        self.assertEqual(1, len(self.history))

    def test_get(self):
        self.requests.get(
            base.url('security-services', SS_ID),
            json={'security_service': ss_body(ou='o')},
        )
        self.assertEqual('o', self.proxy.get_security_service(SS_ID).ou)
        self.assertRequest(self.history[0], 'GET', SS_PATH)

    def test_create(self):
        self.requests.post(
            base.url('security-services'), json={'security_service': ss_body()}
        )
        self.proxy.create_security_service(
            type='ldap', name='ldap1', password='pw', dns_ip='1.1.1.1'
        )
        self.assertRequest(
            self.history[0],
            'POST',
            '/security-services',
            json={
                'security_service': {
                    'type': 'ldap',
                    'name': 'ldap1',
                    'password': 'pw',
                    'dns_ip': '1.1.1.1',
                }
            },
        )

    def test_update(self):
        self.requests.put(
            base.url('security-services', SS_ID),
            json={'security_service': ss_body(user='')},
        )
        self.proxy.update_security_service(SS_ID, user='', server='s')
        self.assertRequest(
            self.history[0],
            'PUT',
            SS_PATH,
            json={'security_service': {'user': '', 'server': 's'}},
        )

    def test_delete(self):
        self.requests.delete(
            base.url('security-services', SS_ID), status_code=202
        )
        self.proxy.delete_security_service(SS_ID)
        self.assertRequest(self.history[0], 'DELETE', SS_PATH)


class TestShareServers(base.ProxyTestCase):
    def test_list_every_filter_one_request(self):
        self.requests.get(
            base.url('share-servers'), json={'share_servers': [srv_body()]}
        )
        query = {
            'host': 'h',
            'status': 'active',
            'project_id': 'p',
            'share_network': 'net1',
            'share_network_id': SN_ID,
            'share_network_subnet_id': SUBNET_ID,
            'source_share_server_id': SRV_ID,
            'identifier': 'i',
            'task_state': 'migration_success',
            'is_auto_deletable': True,
            'encryption_key_ref': 'r',
        }
        found = list(self.proxy.share_servers(**query))
        self.assertIsInstance(found[0], _server.ShareServer)
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-servers',
            query={k: [str(v)] for k, v in query.items()},
        )

    def test_list_rejects_paging(self):
        # Manila lists nothing for a key it does not know.
        self.assertRaises(
            exceptions.InvalidResourceQuery,
            lambda: list(self.proxy.share_servers(limit=1)),
        )
        self.assertEqual([], self.history)

    def test_get_and_details(self):
        self.requests.get(
            base.url('share-servers', SRV_ID),
            json={
                'share_server': srv_body(backend_details={'ip': '10.0.0.1'})
            },
        )
        self.requests.get(
            base.url('share-servers', SRV_ID, 'details'),
            json={'details': {'ip': '10.0.0.1'}},
        )
        self.assertEqual(
            {'ip': '10.0.0.1'},
            self.proxy.get_share_server(SRV_ID).backend_details,
        )
        self.assertEqual(
            {'ip': '10.0.0.1'}, self.proxy.get_share_server_details(SRV_ID)
        )
        self.assertRequest(self.history[1], 'GET', SRV_PATH + '/details')

    def test_find_by_id(self):
        self.requests.get(
            base.url('share-servers', SRV_ID),
            json={'share_server': srv_body()},
        )
        self.assertEqual(SRV_ID, self.proxy.find_share_server(SRV_ID).id)
        self.assertEqual(1, len(self.history))

    def test_find_by_identifier(self):
        self.requests.get(
            base.url('share-servers'), json={'share_servers': [srv_body()]}
        )
        self.assertEqual(SRV_ID, self.proxy.find_share_server('ident-1').id)
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-servers',
            query={'identifier': ['ident-1']},
        )

    def test_find_unknown_uuid_tries_identifier(self):
        self.requests.get(base.url('share-servers', SRV_ID), status_code=404)
        self.requests.get(
            base.url('share-servers'), json={'share_servers': []}
        )
        self.assertIsNone(self.proxy.find_share_server(SRV_ID))
        self.assertEqual(2, len(self.history))
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.find_share_server,
            SRV_ID,
            ignore_missing=False,
        )

    def test_find_duplicate_identifier(self):
        self.requests.get(
            base.url('share-servers'),
            json={'share_servers': [srv_body(), srv_body(id=DEST_ID)]},
        )
        self.assertRaises(
            exceptions.DuplicateResource,
            self.proxy.find_share_server,
            'ident-1',
        )

    def test_delete(self):
        self.requests.delete(
            base.url('share-servers', SRV_ID), status_code=202
        )
        self.proxy.delete_share_server(SRV_ID)
        self.assertRequest(self.history[0], 'DELETE', SRV_PATH)

    def test_manage(self):
        self.requests.post(
            base.url('share-servers', 'manage'),
            json={'share_server': srv_body(status='manage_starting')},
        )
        server = self.proxy.manage_share_server(
            'h@dummy2',
            SN_ID,
            'ident-1',
            driver_options={'a': 'b'},
            share_network_subnet_id=SUBNET_ID,
        )
        self.assertEqual('manage_starting', server.status)
        self.assertEqual(SRV_ID, server.id)
        self.assertRequest(
            self.history[0],
            'POST',
            '/share-servers/manage',
            json={
                'share_server': {
                    'host': 'h@dummy2',
                    'share_network_id': SN_ID,
                    'identifier': 'ident-1',
                    'driver_options': {'a': 'b'},
                    'share_network_subnet_id': SUBNET_ID,
                }
            },
        )


class TestShareServerActions(base.ProxyTestCase):
    def setUp(self):
        super().setUp()
        self.requests.post(
            base.url('share-servers', SRV_ID, 'action'), status_code=202
        )

    def assertAction(self, body, experimental):
        self.assertEqual(1, len(self.history))
        request = self.history[0]
        self.assertRequest(request, 'POST', SRV_PATH + '/action', json=body)
        if experimental:
            self.assertEqual('True', request.headers.get(EXPERIMENTAL))
        else:
            self.assertNotIn(EXPERIMENTAL, request.headers)

    def test_unmanage(self):
        self.proxy.unmanage_share_server(SRV_ID, force=True)
        self.assertAction({'unmanage': {'force': True}}, False)

    def test_reset_status(self):
        self.proxy.reset_share_server_status(SRV_ID, 'error')
        self.assertAction({'reset_status': {'status': 'error'}}, False)

    def test_reset_task_state(self):
        self.proxy.reset_share_server_task_state(SRV_ID, None)
        self.assertAction({'reset_task_state': {'task_state': None}}, True)

    def test_migration_check(self):
        self.requests.post(
            base.url('share-servers', SRV_ID, 'action'),
            json={'compatible': False},
        )
        result = self.proxy.check_share_server_migration(
            SRV_ID, 'h@dummy4', True, False, True, new_share_network_id=SN_ID
        )
        self.assertEqual({'compatible': False}, result)
        self.assertAction(
            {
                'migration_check': {
                    'host': 'h@dummy4',
                    'writable': True,
                    'nondisruptive': False,
                    'preserve_snapshots': True,
                    'new_share_network_id': SN_ID,
                }
            },
            True,
        )

    def test_migration_start(self):
        self.proxy.start_share_server_migration(
            SRV_ID, 'h@dummy4', False, False, False
        )
        self.assertAction(
            {
                'migration_start': {
                    'host': 'h@dummy4',
                    'writable': False,
                    'nondisruptive': False,
                    'preserve_snapshots': False,
                    'new_share_network_id': None,
                }
            },
            True,
        )

    def test_migration_complete(self):
        self.requests.post(
            base.url('share-servers', SRV_ID, 'action'),
            json={'destination_share_server_id': DEST_ID},
        )
        self.assertEqual(
            {'destination_share_server_id': DEST_ID},
            self.proxy.complete_share_server_migration(SRV_ID),
        )
        self.assertAction({'migration_complete': None}, True)

    def test_migration_cancel(self):
        self.proxy.cancel_share_server_migration(SRV_ID)
        self.assertAction({'migration_cancel': None}, True)

    def test_migration_progress(self):
        self.requests.post(
            base.url('share-servers', SRV_ID, 'action'),
            json={
                'total_progress': 50,
                'task_state': 'migration_in_progress',
                'destination_share_server_id': DEST_ID,
            },
        )
        self.assertEqual(
            50,
            self.proxy.get_share_server_migration_progress(SRV_ID)[
                'total_progress'
            ],
        )
        self.assertAction({'migration_get_progress': None}, True)

    def test_action_error(self):
        self.requests.post(
            base.url('share-servers', SRV_ID, 'action'),
            status_code=400,
            json={'badRequest': {'message': 'Service not found', 'code': 400}},
        )
        err = self.assertRaises(
            exceptions.BadRequestException,
            self.proxy.start_share_server_migration,
            SRV_ID,
            'nohost@x',
            False,
            False,
            False,
        )
        self.assertIn('Service not found', str(err))
