"""Snapshot, snapshot instance and access rule Proxy methods, on the wire."""

from openstack import exceptions

from osc_share_plugin.sdk.v2 import share_access_rule as _rule
from osc_share_plugin.sdk.v2 import share_snapshot as _snapshot
from osc_share_plugin.sdk.v2 import share_snapshot_instance as _instance
from tests.unit.sdk import base

SHARE_ID = '11111111-2222-3333-4444-555555555555'
SNAP_ID = 'aaaaaaaa-2222-3333-4444-555555555555'
INST_ID = 'dddddddd-2222-3333-4444-555555555555'
RULE_ID = 'eeeeeeee-2222-3333-4444-555555555555'
EL_ID = 'cccccccc-2222-3333-4444-555555555555'

SNAP_PATH = '/snapshots/' + SNAP_ID
SNAP_ACTION = SNAP_PATH + '/action'
SHARE_ACTION = '/shares/' + SHARE_ID + '/action'
RULE_PATH = '/share-access-rules/' + RULE_ID


def snap_body(**extra):
    body = {
        'id': SNAP_ID,
        'name': 'snap1',
        'share_id': SHARE_ID,
        'status': 'creating',
        'size': 1,
    }
    body.update(extra)
    return body


def rule_body(**extra):
    body = {
        'id': RULE_ID,
        'share_id': SHARE_ID,
        'access_type': 'ip',
        'access_to': '10.0.0.0/24',
        'access_level': 'rw',
        'state': 'queued_to_apply',
        'metadata': {},
    }
    body.update(extra)
    return body


class TestSnapshots(base.ProxyTestCase):
    def test_share_snapshots_every_filter(self):
        self.requests.get(
            base.url('snapshots', 'detail'), json={'snapshots': []}
        )
        list(
            self.proxy.share_snapshots(
                name='n',
                **{'name~': 'n', 'description~': 'd'},
                description='d',
                status='available',
                share_id=SHARE_ID,
                project_id='p',
                usage='used',
                metadata={'k': 'v'},
                all_projects=True,
                sort_key='name',
                sort_dir='asc',
            )
        )
        self.assertRequest(
            self.history[0],
            'GET',
            '/snapshots/detail',
            query={
                'name': ['n'],
                'name~': ['n'],
                'description~': ['d'],
                'description': ['d'],
                'status': ['available'],
                'share_id': [SHARE_ID],
                'project_id': ['p'],
                'usage': ['used'],
                'metadata': ["{'k': 'v'}"],
                'all_tenants': ['True'],
                'sort_key': ['name'],
                'sort_dir': ['asc'],
            },
        )

    def test_share_snapshots_unknown_filter(self):
        self.assertRaises(
            exceptions.InvalidResourceQuery,
            self.proxy.share_snapshots,
            colour='red',
        )
        self.assertEqual([], self.history)

    def test_share_snapshots_follow_server_links(self):
        # Manila names them share_snapshots_links.
        nxt = base.url('snapshots', 'detail') + '?limit=1&marker=' + SNAP_ID
        self.requests.get(
            base.url('snapshots', 'detail'),
            [
                {
                    'json': {
                        'snapshots': [snap_body()],
                        'share_snapshots_links': [
                            {'rel': 'next', 'href': nxt}
                        ],
                    }
                },
                {'json': {'snapshots': [snap_body(id='other')]}},
            ],
        )
        snaps = list(self.proxy.share_snapshots())
        self.assertEqual([SNAP_ID, 'other'], [s.id for s in snaps])
        self.assertEqual(2, len(self.history))
        self.assertEqual(
            {'limit': ['1'], 'offset': ['1']}, self.query(self.history[1])
        )

    def test_share_snapshots_limit_is_one_page(self):
        self.requests.get(
            base.url('snapshots', 'detail'),
            json={
                'snapshots': [snap_body()],
                'share_snapshots_links': [
                    {'rel': 'next', 'href': base.url('snapshots')}
                ],
            },
        )
        self.assertEqual(1, len(list(self.proxy.share_snapshots(limit=1))))
        self.assertEqual(1, len(self.history))

    def test_find_by_uuid_then_name_is_two_requests(self):
        self.requests.get(base.url('snapshots', SNAP_ID), status_code=404)
        self.requests.get(
            base.url('snapshots', 'detail'),
            json={'snapshots': [snap_body(name=SNAP_ID)]},
        )
        snap = self.proxy.find_share_snapshot(SNAP_ID, ignore_missing=False)
        self.assertEqual(SNAP_ID, snap.name)
        self.assertEqual(2, len(self.history))
        self.assertRequest(
            self.history[1],
            'GET',
            '/snapshots/detail',
            query={'name': [SNAP_ID]},
        )

    def test_find_ambiguous_name(self):
        self.requests.get(
            base.url('snapshots', 'detail'),
            json={
                'snapshots': [snap_body(name='s'), snap_body(id='x', name='s')]
            },
        )
        self.assertRaises(
            exceptions.DuplicateResource,
            self.proxy.find_share_snapshot,
            's',
        )
        self.assertEqual(1, len(self.history))

    def test_count_share_snapshots(self):
        self.requests.get(
            base.url('snapshots'), json={'snapshots': [], 'count': 7}
        )
        self.assertEqual(
            7,
            self.proxy.count_share_snapshots(
                share_id=SHARE_ID, all_projects=True
            ),
        )
        self.assertRequest(
            self.history[0],
            'GET',
            '/snapshots',
            query={
                'share_id': [SHARE_ID],
                'all_tenants': ['True'],
                'with_count': ['True'],
                'limit': ['1'],
            },
        )

    def test_create_share_snapshot(self):
        self.requests.post(
            base.url('snapshots'),
            json={'snapshot': snap_body()},
            status_code=202,
        )
        snap = self.proxy.create_share_snapshot(
            share_id=SHARE_ID,
            name='snap1',
            description='d',
            force=True,
            metadata={'k': 'v'},
        )
        self.assertIsInstance(snap, _snapshot.ShareSnapshot)
        self.assertEqual('creating', snap.status)
        self.assertRequest(
            self.history[0],
            'POST',
            '/snapshots',
            json={
                'snapshot': {
                    'share_id': SHARE_ID,
                    'name': 'snap1',
                    'description': 'd',
                    'force': True,
                    'metadata': {'k': 'v'},
                }
            },
        )

    def test_update_share_snapshot_sends_display_keys(self):
        self.requests.put(
            base.url('snapshots', SNAP_ID),
            json={'snapshot': snap_body(name='new')},
        )
        snap = self.proxy.update_share_snapshot(
            SNAP_ID, name='new', description=''
        )
        self.assertEqual('new', snap.name)
        self.assertRequest(
            self.history[0],
            'PUT',
            SNAP_PATH,
            json={
                'snapshot': {'display_name': 'new', 'display_description': ''}
            },
        )

    def test_delete_share_snapshot(self):
        self.requests.delete(base.url('snapshots', SNAP_ID), status_code=202)
        self.assertIsNone(self.proxy.delete_share_snapshot(SNAP_ID))
        self.assertRequest(self.history[0], 'DELETE', SNAP_PATH)

    def test_delete_share_snapshot_force(self):
        self.requests.post(
            base.url('snapshots', SNAP_ID, 'action'), status_code=202
        )
        self.proxy.delete_share_snapshot(SNAP_ID, force=True)
        self.assertRequest(
            self.history[0], 'POST', SNAP_ACTION, json={'force_delete': None}
        )

    def test_delete_share_snapshot_missing(self):
        self.requests.delete(base.url('snapshots', SNAP_ID), status_code=404)
        self.proxy.delete_share_snapshot(SNAP_ID)
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_snapshot,
            SNAP_ID,
            ignore_missing=False,
        )

    def test_reset_share_snapshot_status(self):
        self.requests.post(
            base.url('snapshots', SNAP_ID, 'action'), status_code=202
        )
        self.proxy.reset_share_snapshot_status(SNAP_ID, 'error')
        self.assertRequest(
            self.history[0],
            'POST',
            SNAP_ACTION,
            json={'reset_status': {'status': 'error'}},
        )

    def test_manage_and_unmanage(self):
        self.requests.post(
            base.url('snapshots', 'manage'),
            json={'snapshot': snap_body(status='manage_starting')},
            status_code=202,
        )
        self.requests.post(
            base.url('snapshots', SNAP_ID, 'action'), status_code=202
        )
        snap = self.proxy.manage_share_snapshot(
            SHARE_ID, '/loc', name='n', driver_options={'a': 'b'}
        )
        self.assertEqual('manage_starting', snap.status)
        self.assertRequest(
            self.history[0],
            'POST',
            '/snapshots/manage',
            json={
                'snapshot': {
                    'share_id': SHARE_ID,
                    'provider_location': '/loc',
                    'name': 'n',
                    'driver_options': {'a': 'b'},
                }
            },
        )
        self.proxy.unmanage_share_snapshot(snap)
        self.assertRequest(
            self.history[1], 'POST', SNAP_ACTION, json={'unmanage': None}
        )

    def test_snapshot_metadata(self):
        meta = base.url('snapshots', SNAP_ID, 'metadata')
        self.requests.get(meta, json={'metadata': {'a': '1'}})
        self.requests.post(meta, json={'metadata': {'a': '1', 'b': '2'}})
        self.requests.delete(meta + '/a', status_code=200)
        self.requests.delete(meta + '/gone', status_code=404)
        self.assertEqual(
            {'a': '1'},
            self.proxy.get_share_snapshot_metadata(SNAP_ID).metadata,
        )
        self.proxy.update_share_snapshot_metadata(SNAP_ID, {'b': '2'})
        self.assertRequest(
            self.history[1],
            'POST',
            SNAP_PATH + '/metadata',
            json={'metadata': {'b': '2'}},
        )
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_snapshot_metadata,
            SNAP_ID,
            ['a', 'gone'],
            ignore_missing=False,
        )
        self.assertRequest(
            self.history[2], 'DELETE', SNAP_PATH + '/metadata/a'
        )

    def test_snapshot_access_rules(self):
        self.requests.get(
            base.url('snapshots', SNAP_ID, 'access-list'),
            json={
                'snapshot_access_list': [
                    {
                        'id': RULE_ID,
                        'access_type': 'ip',
                        'access_to': '1.1.1.1',
                        'state': 'active',
                    }
                ]
            },
        )
        rules = list(self.proxy.share_snapshot_access_rules(SNAP_ID))
        self.assertIsInstance(rules[0], _snapshot.ShareSnapshotAccessRule)
        self.assertEqual('active', rules[0].state)
        self.assertEqual('active', rules[0].status)
        self.assertRequest(self.history[0], 'GET', SNAP_PATH + '/access-list')

    def test_create_snapshot_access_rule(self):
        self.requests.post(
            base.url('snapshots', SNAP_ID, 'action'),
            json={
                'snapshot_access': {
                    'id': RULE_ID,
                    'access_type': 'ip',
                    'access_to': '1.1.1.1',
                    'state': 'queued_to_apply',
                }
            },
            status_code=202,
        )
        rule = self.proxy.create_share_snapshot_access_rule(
            SNAP_ID, 'ip', '1.1.1.1'
        )
        self.assertEqual(
            (RULE_ID, 'queued_to_apply', SNAP_ID),
            (rule.id, rule.state, rule.snapshot_id),
        )
        self.assertRequest(
            self.history[0],
            'POST',
            SNAP_ACTION,
            json={
                'allow_access': {'access_type': 'ip', 'access_to': '1.1.1.1'}
            },
        )

    def test_snapshot_access_rule_fetch_and_delete(self):
        listing = base.url('snapshots', SNAP_ID, 'access-list')
        self.requests.post(
            base.url('snapshots', SNAP_ID, 'action'), status_code=202
        )
        self.requests.get(
            listing,
            [
                {
                    'json': {
                        'snapshot_access_list': [
                            {'id': RULE_ID, 'state': 'denying'}
                        ]
                    }
                },
                {'json': {'snapshot_access_list': []}},
            ],
        )
        rule = self.proxy.delete_share_snapshot_access_rule(SNAP_ID, RULE_ID)
        self.assertRequest(
            self.history[0],
            'POST',
            SNAP_ACTION,
            json={'deny_access': {'access_id': RULE_ID}},
        )
        self.assertEqual('denying', rule.fetch(self.proxy).state)
        self.assertRaises(exceptions.NotFoundException, rule.fetch, self.proxy)

    def test_snapshot_export_locations(self):
        base_url = base.url('snapshots', SNAP_ID, 'export-locations')
        self.requests.get(
            base_url,
            json={
                'share_snapshot_export_locations': [
                    {'id': EL_ID, 'path': '1.1.1.1:/p', 'is_admin_only': False}
                ]
            },
        )
        self.requests.get(
            base_url + '/' + EL_ID,
            json={
                'share_snapshot_export_location': {
                    'id': EL_ID,
                    'path': '1.1.1.1:/p',
                    'created_at': 't',
                }
            },
        )
        els = list(self.proxy.share_snapshot_export_locations(SNAP_ID))
        self.assertEqual(('1.1.1.1:/p', False), (els[0].path, els[0].is_admin))
        el = self.proxy.get_share_snapshot_export_location(EL_ID, SNAP_ID)
        self.assertEqual('t', el.created_at)
        self.assertRequest(
            self.history[0], 'GET', SNAP_PATH + '/export-locations'
        )
        self.assertRequest(
            self.history[1], 'GET', SNAP_PATH + '/export-locations/' + EL_ID
        )


class TestSnapshotInstances(base.ProxyTestCase):
    def test_share_snapshot_instances(self):
        self.requests.get(
            base.url('snapshot-instances', 'detail'),
            json={
                'snapshot_instances': [
                    {
                        'id': INST_ID,
                        'snapshot_id': SNAP_ID,
                        'status': 'available',
                        'provider_location': '/p',
                    }
                ]
            },
        )
        insts = list(self.proxy.share_snapshot_instances(snapshot_id=SNAP_ID))
        self.assertIsInstance(insts[0], _instance.ShareSnapshotInstance)
        self.assertEqual('/p', insts[0].provider_location)
        self.assertRequest(
            self.history[0],
            'GET',
            '/snapshot-instances/detail',
            query={'snapshot_id': [SNAP_ID]},
        )

    def test_share_snapshot_instances_summary(self):
        self.requests.get(
            base.url('snapshot-instances'), json={'snapshot_instances': []}
        )
        list(self.proxy.share_snapshot_instances(details=False))
        self.assertRequest(self.history[0], 'GET', '/snapshot-instances')

    def test_get_and_reset(self):
        self.requests.get(
            base.url('snapshot-instances', INST_ID),
            json={'snapshot_instance': {'id': INST_ID, 'status': 'error'}},
        )
        self.requests.post(
            base.url('snapshot-instances', INST_ID, 'action'), status_code=202
        )
        self.assertEqual(
            'error', self.proxy.get_share_snapshot_instance(INST_ID).status
        )
        self.proxy.reset_share_snapshot_instance_status(INST_ID, 'available')
        self.assertRequest(
            self.history[0], 'GET', '/snapshot-instances/' + INST_ID
        )
        self.assertRequest(
            self.history[1],
            'POST',
            f'/snapshot-instances/{INST_ID}/action',
            json={'reset_status': {'status': 'available'}},
        )

    def test_instance_export_locations(self):
        base_url = base.url('snapshot-instances', INST_ID, 'export-locations')
        self.requests.get(
            base_url,
            json={
                'share_snapshot_export_locations': [
                    {'id': EL_ID, 'path': '/p'}
                ]
            },
        )
        self.requests.get(
            base_url + '/' + EL_ID,
            json={
                'share_snapshot_export_location': {'id': EL_ID, 'path': '/p'}
            },
        )
        els = list(
            self.proxy.share_snapshot_instance_export_locations(INST_ID)
        )
        self.assertEqual('/p', els[0].path)
        self.assertEqual(
            '/p',
            self.proxy.get_share_snapshot_instance_export_location(
                EL_ID, INST_ID
            ).path,
        )
        path = f'/snapshot-instances/{INST_ID}/export-locations'
        self.assertRequest(self.history[0], 'GET', path)
        self.assertRequest(self.history[1], 'GET', path + '/' + EL_ID)


class TestAccessRules(base.ProxyTestCase):
    def test_access_rules_every_filter(self):
        self.requests.get(
            base.url('share-access-rules'),
            json={'access_list': [rule_body(state='active')]},
        )
        rules = list(
            self.proxy.access_rules(
                SHARE_ID,
                metadata={'k': 'v'},
                access_type='ip',
                access_to='10.0.0.0/24',
                access_key='key',
                access_level='rw',
            )
        )
        self.assertIsInstance(rules[0], _rule.ShareAccessRule)
        self.assertEqual('active', rules[0].status)
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-access-rules',
            query={
                'share_id': [SHARE_ID],
                'metadata': ["{'k': 'v'}"],
                'access_type': ['ip'],
                'access_to': ['10.0.0.0/24'],
                'access_key': ['key'],
                'access_level': ['rw'],
            },
        )

    def test_access_rules_below_2_45_use_the_action(self):
        self.proxy.default_microversion = '2.44'
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'),
            json={'access_list': [rule_body()]},
        )
        rules = list(self.proxy.access_rules(SHARE_ID))
        self.assertEqual(SHARE_ID, rules[0].share_id)
        request = self.history[0]
        self.assertEqual('POST', request.method)
        self.assertEqual({'access_list': None}, request.json())
        self.assertEqual(
            '2.44', request.headers['X-OpenStack-Manila-API-Version']
        )
        self.assertRaises(
            exceptions.InvalidResourceQuery,
            self.proxy.access_rules,
            SHARE_ID,
            access_type='ip',
        )

    def test_get_access_rule(self):
        self.requests.get(
            base.url('share-access-rules', RULE_ID),
            json={'access': rule_body(state='active')},
        )
        self.assertEqual('active', self.proxy.get_access_rule(RULE_ID).state)
        self.assertRequest(self.history[0], 'GET', RULE_PATH)

    def test_create_access_rule(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'),
            json={'access': rule_body()},
        )
        rule = self.proxy.create_access_rule(
            SHARE_ID,
            access_type='ip',
            access_to='10.0.0.0/24',
            access_level='ro',
            metadata={'k': 'v'},
            lock_deletion=True,
            lock_reason='why',
        )
        self.assertEqual(RULE_ID, rule.id)
        self.assertRequest(
            self.history[0],
            'POST',
            SHARE_ACTION,
            json={
                'allow_access': {
                    'access_type': 'ip',
                    'access_to': '10.0.0.0/24',
                    'access_level': 'ro',
                    'metadata': {'k': 'v'},
                    'lock_deletion': True,
                    'lock_reason': 'why',
                }
            },
        )

    def test_delete_access_rule(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'), status_code=202
        )
        resp = self.proxy.delete_access_rule(
            RULE_ID, SHARE_ID, unrestrict=True
        )
        self.assertEqual(202, resp.status_code)
        self.assertRequest(
            self.history[0],
            'POST',
            SHARE_ACTION,
            json={'deny_access': {'access_id': RULE_ID, 'unrestrict': True}},
        )

    def test_delete_access_rule_missing(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'), status_code=404
        )
        self.assertIsNone(self.proxy.delete_access_rule(RULE_ID, SHARE_ID))
        self.assertEqual(
            {'deny_access': {'access_id': RULE_ID}}, self.history[0].json()
        )
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_access_rule,
            RULE_ID,
            SHARE_ID,
            ignore_missing=False,
        )

    def test_update_access_rule(self):
        self.requests.put(
            base.url('share-access-rules', RULE_ID),
            json={'access': rule_body(access_level='ro')},
        )
        rule = self.proxy.update_access_rule(RULE_ID, 'ro')
        self.assertEqual('ro', rule.access_level)
        self.assertRequest(
            self.history[0],
            'PUT',
            RULE_PATH,
            json={'update_access': {'access_level': 'ro'}},
        )

    def test_access_rule_metadata(self):
        meta = base.url('share-access-rules', RULE_ID, 'metadata')
        self.requests.put(meta, json={'metadata': {'a': '1'}})
        self.requests.delete(meta + '/a', status_code=200)
        self.requests.delete(meta + '/gone', status_code=404)
        rule = self.proxy.update_access_rule_metadata(RULE_ID, {'a': '1'})
        self.assertEqual({'a': '1'}, rule.metadata)
        self.assertRequest(
            self.history[0],
            'PUT',
            RULE_PATH + '/metadata',
            json={'metadata': {'a': '1'}},
        )
        self.proxy.delete_access_rule_metadata(RULE_ID, ['a', 'gone'])
        self.assertRequest(
            self.history[1], 'DELETE', RULE_PATH + '/metadata/a'
        )
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_access_rule_metadata,
            RULE_ID,
            ['gone'],
            ignore_missing=False,
        )

    def test_wait_for_rule_state(self):
        self.requests.get(
            base.url('share-access-rules', RULE_ID),
            [
                {'json': {'access': rule_body(state='queued_to_apply')}},
                {'json': {'access': rule_body(state='error')}},
            ],
        )
        rule = _rule.ShareAccessRule.existing(**rule_body())
        self.assertRaises(
            exceptions.ResourceFailure,
            self.proxy.wait_for_status,
            rule,
            'active',
            failures=['error'],
            interval=0.01,
            wait=5,
        )
