"""The helpers every family of proxy methods shares"""

from osc_share_plugin.sdk.v2 import _proxy_common
from osc_share_plugin.sdk.v2 import share_network as _share_network
from osc_share_plugin.sdk.v2 import storage_pool as _storage_pool
from tests.unit.sdk import base

NETWORK_ID = '0a1b2c3d-0000-4000-8000-0000000000e1'


class TestDetailPath(base.ProxyTestCase):
    def test_detail_path_is_under_the_base_path(self):
        self.assertEqual(
            '/scheduler-stats/pools/detail',
            _proxy_common.detail_path(_storage_pool.StoragePool),
        )

    def test_list_in_detail_or_summary(self):
        self.requests.get(
            base.url('share-networks'), json={'share_networks': []}
        )
        self.requests.get(
            base.url('share-networks', 'detail'),
            json={'share_networks': [{'id': NETWORK_ID}]},
        )
        found = list(
            self.proxy._list_in_detail(
                _share_network.ShareNetwork, True, name='n'
            )
        )
        self.assertEqual([NETWORK_ID], [n.id for n in found])
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-networks/detail',
            query={'name': ['n']},
        )
        self.assertEqual(
            [],
            list(
                self.proxy._list_in_detail(_share_network.ShareNetwork, False)
            ),
        )
        self.assertRequest(self.history[1], 'GET', '/share-networks')

    def test_find_in_detail_by_name(self):
        self.requests.get(
            base.url('share-networks', 'detail'),
            json={'share_networks': [{'id': NETWORK_ID, 'name': 'net'}]},
        )
        found = self.proxy._find_in_detail(
            _share_network.ShareNetwork, 'net', False, all_projects=True
        )
        self.assertEqual(NETWORK_ID, found.id)
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-networks/detail',
            query={'name': ['net'], 'all_tenants': ['True']},
        )

    def test_query_may_name_the_resource_type(self):
        # Positional-only: a ``resource_type`` filter (share transfers)
        # does not clash with the helpers' own parameter.
        self.requests.get(
            base.url('share-transfers', 'detail'),
            json={'transfers': []},
        )
        from osc_share_plugin.sdk.v2 import share_transfer

        self.assertIsNone(
            self.proxy._find_in_detail(
                share_transfer.ShareTransfer,
                'x',
                True,
                resource_type='share',
            )
        )


class TestUnderParent(base.ProxyTestCase):
    def test_list_and_get_under_a_parent_given_as_id_or_resource(self):
        from osc_share_plugin.sdk.v2 import share_network_subnet

        subnets = base.url('share-networks', NETWORK_ID, 'subnets')
        self.requests.get(subnets, json={'share_network_subnets': []})
        self.requests.get(
            subnets + '/s1', json={'share_network_subnet': {'id': 's1'}}
        )
        subnet = share_network_subnet.ShareNetworkSubnet
        parent = _share_network.ShareNetwork.existing(id=NETWORK_ID)
        for given in (NETWORK_ID, parent):
            self.assertEqual(
                [],
                list(self.proxy._list_under(subnet, share_network_id=given)),
            )
            found = self.proxy._get_under(subnet, 's1', share_network_id=given)
            self.assertEqual('s1', found.id)
        paths = [request.path for request in self.history]
        self.assertEqual(
            [f'/v2/share-networks/{NETWORK_ID}/subnets'.lower()] * 4,
            [path.rsplit('/s1', 1)[0] for path in paths],
        )
