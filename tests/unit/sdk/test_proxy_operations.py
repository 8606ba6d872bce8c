"""Proxy methods of the operations family, on the wire."""

from openstack import exceptions

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import qos_type as _qos_type
from tests.unit.sdk import base

MSG_ID = 'dddddddd-2222-3333-4444-555555555555'
MSG_ID_2 = 'dddddddd-2222-3333-4444-666666666666'
QOS_ID = 'eeeeeeee-2222-3333-4444-555555555555'
PROJECT = 'f00dbabe00000000000000000000cafe'
USER = 'beef0000000000000000000000000001'

QUOTAS = {
    'shares': 50, 'snapshots': 50, 'gigabytes': 1000,
    'snapshot_gigabytes': 1000, 'share_networks': 10, 'share_groups': 50,
    'share_group_snapshots': 50, 'share_replicas': 100,
    'replica_gigabytes': 1000, 'per_share_gigabytes': -1, 'backups': 10,
    'backup_gigabytes': 1000, 'encryption_keys': 100,
}  # fmt: skip


class TestAvailabilityZones(base.ProxyTestCase):
    def test_availability_zones(self):
        self.requests.get(
            base.url('availability-zones'),
            json={'availability_zones': [
                {'id': 'az-1', 'name': 'nova', 'created_at': 'c',
                 'updated_at': None},
            ]},
        )  # fmt: skip
        zones = list(self.proxy.availability_zones())
        self.assertEqual(
            [('az-1', 'nova', 'c')],
            [(z.id, z.name, z.created_at) for z in zones],
        )
        self.assertEqual(1, len(self.history))
        self.assertRequest(self.history[0], 'GET', '/availability-zones')


POOL = {
    'name': 'h@b#p', 'host': 'h', 'backend': 'b', 'pool': 'p',
    'capabilities': {'free_capacity_gb': 10.0, 'snapshot_support': True},
}  # fmt: skip


class TestStoragePools(base.ProxyTestCase):
    def test_storage_pools_detail_with_every_filter(self):
        self.requests.get(
            base.url('scheduler-stats', 'pools', 'detail'),
            json={'pools': [POOL]},
        )
        pools = list(self.proxy.storage_pools(
            host='h', backend='b', pool='p', share_type='gold',
            capabilities={'snapshot_support': True},
        ))  # fmt: skip
        self.assertEqual('h@b#p', pools[0].name)
        self.assertEqual(POOL['capabilities'], pools[0].capabilities)
        self.assertRequest(
            self.history[0], 'GET', '/scheduler-stats/pools/detail',
            query={'host': ['h'], 'backend': ['b'], 'pool': ['p'],
                   'share_type': ['gold'],
                   'capabilities': ["{'snapshot_support': 'True'}"]},
        )  # fmt: skip

    def test_storage_pools_summary(self):
        self.requests.get(
            base.url('scheduler-stats', 'pools'),
            json={'pools': [{'name': 'h@b#p', 'host': 'h'}]},
        )
        pools = list(self.proxy.storage_pools(details=False))
        self.assertEqual(['h@b#p'], [p.name for p in pools])
        self.assertRequest(self.history[0], 'GET', '/scheduler-stats/pools')

    def test_storage_pools_seed_filter_names(self):
        self.requests.get(
            base.url('scheduler-stats', 'pools', 'detail'),
            json={'pools': [POOL]},
        )
        list(self.proxy.storage_pools(
            pool_name='p', host_name='h', backend_name='b'))  # fmt: skip
        self.assertRequest(
            self.history[0], 'GET', '/scheduler-stats/pools/detail',
            query={'host': ['h'], 'backend': ['b'], 'pool': ['p']},
        )  # fmt: skip

    def test_storage_pools_unknown_filter(self):
        self.assertRaises(
            exceptions.InvalidResourceQuery,
            lambda: list(self.proxy.storage_pools(name='p')),
        )
        self.assertEqual([], self.history)


def message(**extra):
    body = {
        'id': MSG_ID, 'resource_type': 'SHARE', 'resource_id': 'r',
        'action_id': '001', 'detail_id': '008', 'message_level': 'ERROR',
        'user_message': 'allocate host: No storage could be allocated.',
        'created_at': 'c', 'expires_at': 'e', 'request_id': 'req',
        'project_id': PROJECT,
    }  # fmt: skip
    body.update(extra)
    return body


class TestUserMessages(base.ProxyTestCase):
    def test_user_messages_every_filter(self):
        self.requests.get(base.url('messages'), json={'messages': [message()]})
        query = {
            'action_id': '001', 'detail_id': '008', 'message_level': 'ERROR',
            'project_id': PROJECT, 'request_id': 'req', 'resource_id': 'r',
            'resource_type': 'SHARE', 'created_since': '2026-01-01T00:00:00',
            'created_before': '2026-02-01T00:00:00', 'sort_key': 'created_at',
            'sort_dir': 'asc', 'offset': 2, 'limit': 5,
        }  # fmt: skip
        messages = list(self.proxy.user_messages(**query))
        self.assertEqual([MSG_ID], [m.id for m in messages])
        self.assertEqual('ERROR', messages[0].message_level)
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0], 'GET', '/messages',
            query={k: [str(v)] for k, v in query.items()},
        )  # fmt: skip

    def test_user_messages_follow_pages_by_offset(self):
        next1 = base.url('messages') + '?limit=1&marker=' + MSG_ID
        self.requests.get(
            base.url('messages'),
            [
                {'json': {
                    'messages': [message()],
                    'messages_links': [{'rel': 'next', 'href': next1}],
                }},
                {'json': {'messages': [message(id=MSG_ID_2)]}},
            ],
        )  # fmt: skip
        messages = list(self.proxy.user_messages(resource_id='r'))
        self.assertEqual([MSG_ID, MSG_ID_2], [m.id for m in messages])
        self.assertEqual(2, len(self.history))
        self.assertRequest(
            self.history[1],
            'GET',
            '/messages',
            query={'resource_id': ['r'], 'offset': ['1'], 'limit': ['1']},
        )

    def test_get_user_message(self):
        self.requests.get(
            base.url('messages', MSG_ID), json={'message': message()}
        )
        msg = self.proxy.get_user_message(MSG_ID)
        self.assertEqual('008', msg.detail_id)
        self.assertRequest(self.history[0], 'GET', '/messages/' + MSG_ID)

    def test_delete_user_message(self):
        self.requests.delete(base.url('messages', MSG_ID), status_code=204)
        self.assertIsNone(self.proxy.delete_user_message(MSG_ID))
        self.assertRequest(self.history[0], 'DELETE', '/messages/' + MSG_ID)

    def test_delete_user_message_missing(self):
        self.requests.delete(base.url('messages', MSG_ID), status_code=404)
        self.proxy.delete_user_message(MSG_ID)
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_user_message,
            MSG_ID,
            ignore_missing=False,
        )


class TestLimits(base.ProxyTestCase):
    def test_limits(self):
        rate = [{'uri': '*', 'regex': '.*', 'limit': [
            {'verb': 'POST', 'value': 10, 'remaining': 9, 'unit': 'MINUTE',
             'next-available': 'n'}]}]  # fmt: skip
        self.requests.get(
            base.url('limits'),
            json={'limits': {'rate': rate, 'absolute': {'maxTotalShares': 5}}},
        )
        limits = list(self.proxy.limits())
        self.assertEqual(1, len(limits))
        self.assertEqual({'maxTotalShares': 5}, limits[0].absolute)
        self.assertEqual(rate, limits[0].rate)
        self.assertRequest(self.history[0], 'GET', '/limits')

    def test_limits_broken_answer(self):
        self.requests.get(base.url('limits'), json={'limits': []})
        self.assertRaises(_base.InvalidResponse, list, self.proxy.limits())

    def test_limits_take_no_filter(self):
        self.assertRaises(
            exceptions.InvalidResourceQuery, list, self.proxy.limits(x=1)
        )
        self.assertEqual([], self.history)


class TestQuotaSets(base.ProxyTestCase):
    def test_get_quota_set(self):
        self.requests.get(
            base.url('quota-sets', PROJECT),
            json={'quota_set': dict(QUOTAS, id=PROJECT)},
        )
        quotas = self.proxy.get_quota_set(PROJECT)
        self.assertEqual(PROJECT, quotas.id)
        self.assertEqual(50, quotas.shares)
        self.assertEqual(-1, quotas.per_share_gigabytes)
        self.assertEqual(10, quotas.backups)
        self.assertRequest(self.history[0], 'GET', '/quota-sets/' + PROJECT)

    def test_get_quota_set_of_a_user_in_detail(self):
        usage = {'limit': 5, 'in_use': 2, 'reserved': 0}
        self.requests.get(
            base.url('quota-sets', PROJECT, 'detail'),
            json={'quota_set': {'id': PROJECT, 'shares': usage}},
        )
        quotas = self.proxy.get_quota_set(PROJECT, user_id=USER, detail=True)
        self.assertEqual(usage, quotas.shares)
        self.assertRequest(
            self.history[0], 'GET', f'/quota-sets/{PROJECT}/detail',
            query={'user_id': [USER]},
        )  # fmt: skip

    def test_get_quota_set_of_a_share_type(self):
        self.requests.get(
            base.url('quota-sets', PROJECT), json={'quota_set': QUOTAS}
        )
        quotas = self.proxy.get_quota_set(PROJECT, share_type='gold')
        # The project is the ID even when the server leaves it out.
        self.assertEqual(PROJECT, quotas.id)
        self.assertRequest(
            self.history[0], 'GET', '/quota-sets/' + PROJECT,
            query={'share_type': ['gold']},
        )  # fmt: skip

    def test_get_default_quota_set(self):
        self.requests.get(
            base.url('quota-sets', PROJECT, 'defaults'),
            json={'quota_set': dict(QUOTAS, id=PROJECT)},
        )
        self.assertEqual(
            1000, self.proxy.get_default_quota_set(PROJECT).gigabytes
        )
        self.assertRequest(
            self.history[0], 'GET', f'/quota-sets/{PROJECT}/defaults'
        )

    def test_update_quota_set(self):
        self.requests.put(
            base.url('quota-sets', PROJECT),
            json={'quota_set': dict(QUOTAS, shares=-1, backups=3)},
        )
        quotas = self.proxy.update_quota_set(
            PROJECT, user_id=USER, shares=-1, backups=3
        )
        self.assertEqual(
            (-1, 3, PROJECT), (quotas.shares, quotas.backups, quotas.id)
        )
        self.assertRequest(
            self.history[0], 'PUT', '/quota-sets/' + PROJECT,
            query={'user_id': [USER]},
            json={'quota_set': {'shares': -1, 'backups': 3}},
        )  # fmt: skip

    def test_update_quota_set_force_for_a_share_type(self):
        self.requests.put(
            base.url('quota-sets', PROJECT), json={'quota_set': QUOTAS}
        )
        self.proxy.update_quota_set(
            PROJECT, share_type='gold', force=True, gigabytes=1
        )
        self.assertRequest(
            self.history[0], 'PUT', '/quota-sets/' + PROJECT,
            query={'share_type': ['gold']},
            json={'quota_set': {'gigabytes': 1, 'force': True}},
        )  # fmt: skip

    def test_update_quota_set_refused(self):
        self.requests.put(
            base.url('quota-sets', PROJECT), status_code=400,
            json={'badRequest': {'code': 400, 'message':
                  'Quota value 1 for shares is smaller than already used '
                  'and reserved 2.'}},
        )  # fmt: skip
        err = self.assertRaises(
            exceptions.BadRequestException,
            self.proxy.update_quota_set, PROJECT, shares=1,
        )  # fmt: skip
        self.assertIn('smaller than already used', str(err))

    def test_delete_quota_set(self):
        self.requests.delete(base.url('quota-sets', PROJECT), status_code=202)
        self.assertIsNone(self.proxy.delete_quota_set(PROJECT))
        self.assertRequest(self.history[0], 'DELETE', '/quota-sets/' + PROJECT)

    def test_delete_quota_set_of_a_user(self):
        self.requests.delete(base.url('quota-sets', PROJECT), status_code=202)
        self.proxy.delete_quota_set(PROJECT, user_id=USER)
        self.assertRequest(
            self.history[0], 'DELETE', '/quota-sets/' + PROJECT,
            query={'user_id': [USER]},
        )  # fmt: skip

    def test_get_quota_class_set(self):
        self.requests.get(
            base.url('quota-class-sets', 'default'),
            json={'quota_class_set': dict(QUOTAS, id='default')},
        )
        quotas = self.proxy.get_quota_class_set('default')
        self.assertEqual(('default', 1000), (quotas.id, quotas.gigabytes))
        self.assertRequest(self.history[0], 'GET', '/quota-class-sets/default')

    def test_update_quota_class_set(self):
        self.requests.put(
            base.url('quota-class-sets', 'gold'),
            json={'quota_class_set': dict(QUOTAS, backup_gigabytes=7)},
        )
        quotas = self.proxy.update_quota_class_set('gold', backup_gigabytes=7)
        self.assertEqual(('gold', 7), (quotas.id, quotas.backup_gigabytes))
        self.assertRequest(
            self.history[0], 'PUT', '/quota-class-sets/gold',
            json={'quota_class_set': {'backup_gigabytes': 7}},
        )  # fmt: skip


SERVICE = {
    'id': 3, 'binary': 'manila-share', 'host': 'h@b', 'zone': 'nova',
    'status': 'enabled', 'state': 'up', 'updated_at': 'u',
    'disabled_reason': None, 'ensuring': False,
}  # fmt: skip


class TestServices(base.ProxyTestCase):
    def test_services_every_filter(self):
        self.requests.get(base.url('services'), json={'services': [SERVICE]})
        query = {
            'host': 'h@b', 'binary': 'manila-share', 'zone': 'nova',
            'state': 'up', 'status': 'enabled', 'ensuring': 'False',
        }  # fmt: skip
        services = list(self.proxy.services(**query))
        self.assertEqual(
            [(3, 'nova', 'up')],
            [(s.id, s.availability_zone, s.state) for s in services],
        )
        self.assertRequest(
            self.history[0], 'GET', '/services',
            query={k: [v] for k, v in query.items()},
        )  # fmt: skip

    def test_enable_service(self):
        self.requests.put(
            base.url('services', 'enable'),
            json={'host': 'h@b', 'binary': 'manila-share',
                  'status': 'enabled', 'disabled_reason': None},
        )  # fmt: skip
        service = self.proxy.enable_service('h@b', 'manila-share')
        self.assertEqual('enabled', service.status)
        self.assertRequest(
            self.history[0], 'PUT', '/services/enable',
            json={'host': 'h@b', 'binary': 'manila-share'},
        )  # fmt: skip

    def test_disable_service_with_a_reason(self):
        self.requests.put(
            base.url('services', 'disable'),
            json={'host': 'h@b', 'binary': 'manila-share',
                  'status': 'disabled', 'disabled_reason': 'maintenance'},
        )  # fmt: skip
        service = self.proxy.disable_service(
            'h@b', 'manila-share', disable_reason='maintenance'
        )
        self.assertEqual('maintenance', service.disabled_reason)
        self.assertRequest(
            self.history[0], 'PUT', '/services/disable',
            json={'host': 'h@b', 'binary': 'manila-share',
                  'disabled_reason': 'maintenance'},
        )  # fmt: skip

    def test_disable_unknown_service(self):
        self.requests.put(
            base.url('services', 'disable'), status_code=404,
            json={'itemNotFound': {'code': 404, 'message':
                  'Could not find binary manila-x on host h.'}},
        )  # fmt: skip
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.disable_service, 'h', 'manila-x',
        )  # fmt: skip

    def test_ensure_service_shares(self):
        self.requests.post(
            base.url('services', 'ensure-shares'), status_code=202
        )
        self.assertIsNone(self.proxy.ensure_service_shares('h@b'))
        self.assertRequest(
            self.history[0], 'POST', '/services/ensure-shares',
            json={'ensure_shares': {'host': 'h@b'}},
        )  # fmt: skip


def qos(**extra):
    body = {
        'id': QOS_ID, 'name': 'gold-qos', 'description': 'd',
        'specs': {'peak_iops': '300'}, 'created_at': 'c', 'updated_at': None,
    }  # fmt: skip
    body.update(extra)
    return body


class TestQosTypes(base.ProxyTestCase):
    def test_qos_types_every_filter(self):
        self.requests.get(base.url('qos-types'), json={'qos_types': [qos()]})
        query = {
            'name': 'n', 'name~': 'n-part', 'description': 'd',
            'description~': 'd-part', 'sort_key': 'name', 'sort_dir': 'desc',
            'offset': 1, 'limit': 2,
        }  # fmt: skip
        types = list(self.proxy.qos_types(**query))
        self.assertEqual({'peak_iops': '300'}, types[0].specs)
        self.assertRequest(
            self.history[0], 'GET', '/qos-types',
            query={k: [str(v)] for k, v in query.items()},
        )  # fmt: skip

    def test_find_qos_type_by_name(self):
        self.requests.get(base.url('qos-types'), json={'qos_types': [qos()]})
        self.assertEqual(QOS_ID, self.proxy.find_qos_type('gold-qos').id)
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0], 'GET', '/qos-types', query={'name': ['gold-qos']}
        )

    def test_find_qos_type_by_id(self):
        self.requests.get(
            base.url('qos-types', QOS_ID), json={'qos_type': qos()}
        )
        self.assertEqual('gold-qos', self.proxy.find_qos_type(QOS_ID).name)
        self.assertEqual(1, len(self.history))

    def test_find_qos_type_missing(self):
        self.requests.get(base.url('qos-types'), json={'qos_types': []})
        self.assertIsNone(self.proxy.find_qos_type('nope'))
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.find_qos_type, 'nope', ignore_missing=False,
        )  # fmt: skip

    def test_get_qos_type(self):
        self.requests.get(
            base.url('qos-types', QOS_ID), json={'qos_type': qos()}
        )
        self.assertEqual('d', self.proxy.get_qos_type(QOS_ID).description)
        self.assertRequest(self.history[0], 'GET', '/qos-types/' + QOS_ID)

    def test_create_qos_type(self):
        self.requests.post(base.url('qos-types'), json={'qos_type': qos()})
        res = self.proxy.create_qos_type(
            'gold-qos', description='d', specs={'peak_iops': '300'}
        )
        self.assertEqual(QOS_ID, res.id)
        self.assertRequest(
            self.history[0], 'POST', '/qos-types',
            json={'qos_type': {'name': 'gold-qos', 'description': 'd',
                               'specs': {'peak_iops': '300'}}},
        )  # fmt: skip

    def test_update_qos_type_clears_description(self):
        self.requests.put(
            base.url('qos-types', QOS_ID),
            json={'qos_type': qos(description=None)},
        )
        current = _qos_type.QosType.existing(**qos())
        res = self.proxy.update_qos_type(current, description=None)
        self.assertIsNone(res.description)
        self.assertRequest(
            self.history[0], 'PUT', '/qos-types/' + QOS_ID,
            json={'qos_type': {'description': None}},
        )  # fmt: skip

    def test_delete_qos_type(self):
        self.requests.delete(base.url('qos-types', QOS_ID), status_code=204)
        self.proxy.delete_qos_type(QOS_ID)
        self.assertRequest(self.history[0], 'DELETE', '/qos-types/' + QOS_ID)

    def test_update_qos_type_specs(self):
        self.requests.post(
            base.url('qos-types', QOS_ID, 'specs'),
            json={'specs': {'peak_iops': '500'}},
        )
        current = _qos_type.QosType.existing(**qos())
        res = self.proxy.update_qos_type_specs(
            current, peak_iops='500', burst='1'
        )
        self.assertEqual({'peak_iops': '500', 'burst': '1'}, res.specs)
        self.assertRequest(
            self.history[0], 'POST', f'/qos-types/{QOS_ID}/specs',
            json={'specs': {'peak_iops': '500', 'burst': '1'}},
        )  # fmt: skip

    def test_delete_qos_type_specs_missing_raises_after_all(self):
        self.requests.delete(
            base.url('qos-types', QOS_ID, 'specs', 'gone'), status_code=404
        )
        self.requests.delete(
            base.url('qos-types', QOS_ID, 'specs', 'peak_iops'),
            status_code=204,
        )
        err = self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_qos_type_specs,
            QOS_ID, ['gone', 'peak_iops'], ignore_missing=False,
        )  # fmt: skip
        self.assertIn('gone', str(err))
        self.assertEqual(
            ['DELETE', 'DELETE'], [r.method for r in self.history]
        )
        self.assertRequest(
            self.history[1], 'DELETE', f'/qos-types/{QOS_ID}/specs/peak_iops'
        )
