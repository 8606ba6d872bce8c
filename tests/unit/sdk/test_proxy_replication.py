"""Share instances, replicas and migration, on the wire."""

import urllib.parse

from openstack import exceptions

from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.sdk.v2 import share_instance as _instance
from osc_share_plugin.sdk.v2 import share_migration as _migration
from osc_share_plugin.sdk.v2 import share_replica as _replica
from tests.unit.sdk import base

EXPERIMENTAL = 'X-OpenStack-Manila-API-Experimental'
SHARE_ID = '11111111-2222-3333-4444-555555555555'
INSTANCE_ID = 'dddddddd-2222-3333-4444-555555555555'
REPLICA_ID = 'eeeeeeee-2222-3333-4444-555555555555'
EL_ID = 'cccccccc-2222-3333-4444-555555555555'
INSTANCE_PATH = '/share_instances/' + INSTANCE_ID
REPLICA_PATH = '/share-replicas/' + REPLICA_ID
SHARE_ACTION = f'/shares/{SHARE_ID}/action'


def instance_body(**extra):
    body = {
        'id': INSTANCE_ID,
        'share_id': SHARE_ID,
        'status': 'available',
        'host': 'h@b#p',
        'replica_state': None,
        'progress': '100%',
        'share_type_id': 't',
        'cast_rules_to_readonly': False,
    }
    body.update(extra)
    return body


def replica_body(**extra):
    body = {
        'id': REPLICA_ID,
        'share_id': SHARE_ID,
        'status': 'available',
        'replica_state': 'in_sync',
        'host': 'h@b#p',
        'availability_zone': 'nova',
        'metadata': {'k': 'v'},
    }
    body.update(extra)
    return body


class TestShareInstances(base.ProxyTestCase):
    def test_share_instances(self):
        self.requests.get(
            base.url('share_instances'),
            json={'share_instances': [instance_body()]},
        )
        found = list(self.proxy.share_instances())
        self.assertEqual(1, len(found))
        self.assertIsInstance(found[0], _instance.ShareInstance)
        self.assertEqual(SHARE_ID, found[0].share_id)
        self.assertEqual('t', found[0].share_type_id)
        self.assertRequest(self.history[0], 'GET', '/share_instances')

    def test_share_instances_seed_filters(self):
        self.requests.get(
            base.url('share_instances'), json={'share_instances': []}
        )
        list(
            self.proxy.share_instances(
                export_location_id=EL_ID,
                export_location_path='/p',
                is_soft_deleted=True,
            )
        )
        self.assertRequest(
            self.history[0],
            'GET',
            '/share_instances',
            query={
                'export_location_id': [EL_ID],
                'export_location_path': ['/p'],
                'is_soft_deleted': ['True'],
            },
        )

    def test_share_instances_of_a_share(self):
        self.requests.get(
            base.url('shares', SHARE_ID, 'instances'),
            json={'share_instances': [instance_body()]},
        )
        found = list(
            self.proxy.share_instances(share_id=_share.Share(id=SHARE_ID))
        )
        self.assertEqual([INSTANCE_ID], [i.id for i in found])
        self.assertRequest(
            self.history[0], 'GET', f'/shares/{SHARE_ID}/instances'
        )

    def test_share_instances_unknown_filter(self):
        self.assertRaises(
            exceptions.InvalidResourceQuery,
            lambda: list(self.proxy.share_instances(name='x')),
        )
        self.assertEqual([], self.history)

    def test_get_share_instance(self):
        self.requests.get(
            base.url('share_instances', INSTANCE_ID),
            json={'share_instance': instance_body()},
        )
        instance = self.proxy.get_share_instance(INSTANCE_ID)
        self.assertEqual('h@b#p', instance.host)
        self.assertEqual('100%', instance.progress)
        self.assertRequest(self.history[0], 'GET', INSTANCE_PATH)

    def test_get_share_instance_not_found(self):
        self.requests.get(
            base.url('share_instances', INSTANCE_ID), status_code=404, json={}
        )
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.get_share_instance,
            INSTANCE_ID,
        )

    def test_reset_share_instance_status(self):
        self.requests.post(
            base.url('share_instances', INSTANCE_ID, 'action'), status_code=202
        )
        self.assertIsNone(
            self.proxy.reset_share_instance_status(INSTANCE_ID, 'error')
        )
        self.assertRequest(
            self.history[0],
            'POST',
            INSTANCE_PATH + '/action',
            json={'reset_status': {'status': 'error'}},
        )

    def test_delete_share_instance_is_a_force_delete(self):
        self.requests.post(
            base.url('share_instances', INSTANCE_ID, 'action'), status_code=202
        )
        self.assertIsNone(
            self.proxy.delete_share_instance(
                _instance.ShareInstance(id=INSTANCE_ID)
            )
        )
        self.assertRequest(
            self.history[0],
            'POST',
            INSTANCE_PATH + '/action',
            json={'force_delete': None},
        )

    def test_delete_share_instance_forbidden(self):
        self.requests.post(
            base.url('share_instances', INSTANCE_ID, 'action'),
            status_code=403,
            json={},
        )
        self.assertRaises(
            exceptions.ForbiddenException,
            self.proxy.delete_share_instance,
            INSTANCE_ID,
        )

    def test_instance_export_locations(self):
        self.requests.get(
            base.url('share_instances', INSTANCE_ID, 'export_locations'),
            json={
                'export_locations': [
                    {
                        'id': EL_ID,
                        'path': '/p',
                        'preferred': True,
                        'is_admin_only': True,
                        'share_instance_id': INSTANCE_ID,
                    }
                ]
            },
        )
        found = list(self.proxy.share_instance_export_locations(INSTANCE_ID))
        self.assertEqual(1, len(found))
        self.assertTrue(found[0].is_admin)
        self.assertTrue(found[0].is_preferred)
        self.assertEqual(INSTANCE_ID, found[0].instance_id)
        self.assertRequest(
            self.history[0], 'GET', INSTANCE_PATH + '/export_locations'
        )

    def test_get_instance_export_location(self):
        self.requests.get(
            base.url(
                'share_instances', INSTANCE_ID, 'export_locations', EL_ID
            ),
            json={'export_location': {'id': EL_ID, 'path': '/p'}},
        )
        location = self.proxy.get_share_instance_export_location(
            EL_ID, _instance.ShareInstance(id=INSTANCE_ID)
        )
        self.assertEqual('/p', location.path)
        self.assertRequest(
            self.history[0],
            'GET',
            INSTANCE_PATH + '/export_locations/' + EL_ID,
        )


class TestShareReplicas(base.ProxyTestCase):
    def test_share_replicas_filters_on_the_server(self):
        self.requests.get(
            base.url('share-replicas', 'detail'),
            json={'share_replicas': [replica_body()]},
        )
        found = list(
            self.proxy.share_replicas(share_id=_share.Share(id=SHARE_ID))
        )
        self.assertEqual(1, len(found))
        self.assertIsInstance(found[0], _replica.ShareReplica)
        self.assertEqual('in_sync', found[0].replica_state)
        self.assertEqual({'k': 'v'}, found[0].metadata)
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-replicas/detail',
            query={'share_id': [SHARE_ID]},
        )

    def test_share_replicas_summary(self):
        self.requests.get(
            base.url('share-replicas'), json={'share_replicas': []}
        )
        list(self.proxy.share_replicas(details=False))
        self.assertRequest(self.history[0], 'GET', '/share-replicas')

    def test_share_replicas_follow_pages_by_offset(self):
        link = base.url('share-replicas', 'detail') + '?limit=1&marker=x'
        self.requests.get(
            base.url('share-replicas', 'detail'),
            [
                {
                    'json': {
                        'share_replicas': [replica_body()],
                        'share_replica_links': [{'rel': 'next', 'href': link}],
                    }
                },
                {'json': {'share_replicas': [replica_body(id='r2')]}},
            ],
        )
        found = list(self.proxy.share_replicas())
        self.assertEqual([REPLICA_ID, 'r2'], [r.id for r in found])
        self.assertEqual(2, len(self.history))
        self.assertEqual(
            {'limit': ['1'], 'offset': ['1']}, self.query(self.history[1])
        )

    def test_share_replicas_limit_is_one_page(self):
        self.requests.get(
            base.url('share-replicas', 'detail'),
            json={
                'share_replicas': [replica_body()],
                'share_replica_links': [
                    {'rel': 'next', 'href': base.url('share-replicas')}
                ],
            },
        )
        found = list(self.proxy.share_replicas(limit=1, offset=2))
        self.assertEqual(1, len(found))
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-replicas/detail',
            query={'limit': ['1'], 'offset': ['2']},
        )

    def test_share_replicas_have_no_metadata_filter(self):
        self.assertRaises(
            exceptions.InvalidResourceQuery,
            lambda: list(self.proxy.share_replicas(metadata={'k': 'v'})),
        )

    def test_get_share_replica(self):
        self.requests.get(
            base.url('share-replicas', REPLICA_ID),
            json={'share_replica': replica_body()},
        )
        replica = self.proxy.get_share_replica(REPLICA_ID)
        self.assertEqual(SHARE_ID, replica.share_id)
        self.assertRequest(self.history[0], 'GET', REPLICA_PATH)

    def test_create_share_replica(self):
        self.requests.post(
            base.url('share-replicas'),
            status_code=202,
            json={'share_replica': replica_body(status='creating')},
        )
        replica = self.proxy.create_share_replica(
            _share.Share(id=SHARE_ID),
            availability_zone='az2',
            scheduler_hints={'only_host': 'h@b#p'},
            share_network_id='net',
            metadata={'k': 'v'},
        )
        self.assertEqual('creating', replica.status)
        self.assertRequest(
            self.history[0],
            'POST',
            '/share-replicas',
            json={
                'share_replica': {
                    'share_id': SHARE_ID,
                    'availability_zone': 'az2',
                    'scheduler_hints': {'only_host': 'h@b#p'},
                    'share_network_id': 'net',
                    'metadata': {'k': 'v'},
                }
            },
        )

    def test_create_share_replica_minimal(self):
        self.requests.post(
            base.url('share-replicas'),
            status_code=202,
            json={'share_replica': replica_body()},
        )
        self.proxy.create_share_replica(SHARE_ID)
        self.assertRequest(
            self.history[0],
            'POST',
            '/share-replicas',
            json={'share_replica': {'share_id': SHARE_ID}},
        )

    def test_create_share_replica_refused(self):
        self.requests.post(
            base.url('share-replicas'),
            status_code=400,
            json={'badRequest': {'message': 'Replication not supported'}},
        )
        err = self.assertRaises(
            exceptions.BadRequestException,
            self.proxy.create_share_replica,
            SHARE_ID,
        )
        self.assertIn('Replication not supported', str(err))

    def test_delete_share_replica(self):
        self.requests.delete(
            base.url('share-replicas', REPLICA_ID), status_code=202
        )
        self.assertIsNone(self.proxy.delete_share_replica(REPLICA_ID))
        self.assertRequest(self.history[0], 'DELETE', REPLICA_PATH)

    def test_delete_share_replica_force(self):
        self.requests.post(
            base.url('share-replicas', REPLICA_ID, 'action'), status_code=202
        )
        self.proxy.delete_share_replica(REPLICA_ID, force=True)
        self.assertRequest(
            self.history[0],
            'POST',
            REPLICA_PATH + '/action',
            json={'force_delete': None},
        )

    def test_delete_share_replica_missing(self):
        self.requests.delete(
            base.url('share-replicas', REPLICA_ID), status_code=404, json={}
        )
        self.assertIsNone(self.proxy.delete_share_replica(REPLICA_ID))
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_replica,
            REPLICA_ID,
            ignore_missing=False,
        )

    def test_delete_last_active_replica_error(self):
        self.requests.delete(
            base.url('share-replicas', REPLICA_ID),
            status_code=400,
            json={
                'badRequest': {'message': 'Cannot delete last active replica.'}
            },
        )
        err = self.assertRaises(
            exceptions.BadRequestException,
            self.proxy.delete_share_replica,
            REPLICA_ID,
        )
        self.assertIn('last active replica', str(err))

    def test_actions(self):
        self.requests.post(
            base.url('share-replicas', REPLICA_ID, 'action'), status_code=202
        )
        replica = _replica.ShareReplica(id=REPLICA_ID)
        self.proxy.promote_share_replica(replica)
        self.proxy.promote_share_replica(REPLICA_ID, quiesce_wait_time=30)
        self.proxy.resync_share_replica(REPLICA_ID)
        self.proxy.reset_share_replica_status(REPLICA_ID, 'error')
        self.proxy.reset_share_replica_state(REPLICA_ID, 'out_of_sync')
        bodies = [
            {'promote': None},
            {'promote': {'quiesce_wait_time': 30}},
            {'resync': None},
            {'reset_status': {'status': 'error'}},
            {'reset_replica_state': {'replica_state': 'out_of_sync'}},
        ]
        self.assertEqual(len(bodies), len(self.history))
        for request, body in zip(self.history, bodies):
            self.assertRequest(
                request, 'POST', REPLICA_PATH + '/action', json=body
            )

    def test_metadata(self):
        meta = base.url('share-replicas', REPLICA_ID, 'metadata')
        self.requests.get(meta, json={'metadata': {'a': 'b'}})
        self.requests.post(meta, json={'metadata': {'a': 'b', 'c': 'd'}})
        self.requests.put(meta, json={'metadata': {'c': 'd'}})
        self.requests.delete(meta + '/a', status_code=200)
        self.requests.delete(meta + '/x', status_code=404, json={})
        self.assertEqual(
            {'a': 'b'},
            self.proxy.get_share_replica_metadata(REPLICA_ID).metadata,
        )
        self.assertEqual(
            {'a': 'b', 'c': 'd'},
            self.proxy.update_share_replica_metadata(
                REPLICA_ID, {'c': 'd'}
            ).metadata,
        )
        self.proxy.update_share_replica_metadata(
            REPLICA_ID, {'c': 'd'}, replace=True
        )
        self.proxy.delete_share_replica_metadata(REPLICA_ID, ['a'])
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_replica_metadata,
            REPLICA_ID,
            ['x'],
            ignore_missing=False,
        )
        path = REPLICA_PATH + '/metadata'
        self.assertRequest(self.history[0], 'GET', path)
        self.assertRequest(
            self.history[1], 'POST', path, json={'metadata': {'c': 'd'}}
        )
        self.assertRequest(
            self.history[2], 'PUT', path, json={'metadata': {'c': 'd'}}
        )
        self.assertRequest(self.history[3], 'DELETE', path + '/a')
        self.assertRequest(self.history[4], 'DELETE', path + '/x')

    def test_replica_export_locations(self):
        self.requests.get(
            base.url('share-replicas', REPLICA_ID, 'export-locations'),
            json={
                'export_locations': [
                    {
                        'id': EL_ID,
                        'path': '/p',
                        'preferred': False,
                        'replica_state': 'in_sync',
                        'availability_zone': 'nova',
                    }
                ]
            },
        )
        found = list(
            self.proxy.share_replica_export_locations(
                _replica.ShareReplica(id=REPLICA_ID)
            )
        )
        self.assertEqual('in_sync', found[0].replica_state)
        self.assertEqual('nova', found[0].availability_zone)
        self.assertFalse(found[0].is_preferred)
        self.assertRequest(
            self.history[0], 'GET', REPLICA_PATH + '/export-locations'
        )

    def test_get_replica_export_location(self):
        self.requests.get(
            base.url('share-replicas', REPLICA_ID, 'export-locations', EL_ID),
            json={'export_location': {'id': EL_ID, 'path': '/p'}},
        )
        location = self.proxy.get_share_replica_export_location(
            EL_ID, REPLICA_ID
        )
        self.assertEqual('/p', location.path)
        self.assertRequest(
            self.history[0], 'GET', REPLICA_PATH + '/export-locations/' + EL_ID
        )


class TestShareMigration(base.ProxyTestCase):
    def setUp(self):
        super().setUp()
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'), status_code=202
        )

    def test_start(self):
        self.proxy.start_share_migration(
            _share.Share(id=SHARE_ID),
            'h@b#p',
            preserve_metadata=True,
            preserve_snapshots=False,
            writable=True,
            nondisruptive=False,
            new_share_network_id='net',
            new_share_type_id='type',
        )
        self.assertRequest(
            self.history[0],
            'POST',
            SHARE_ACTION,
            json={
                'migration_start': {
                    'host': 'h@b#p',
                    'preserve_metadata': True,
                    'preserve_snapshots': False,
                    'writable': True,
                    'nondisruptive': False,
                    'force_host_assisted_migration': False,
                    'new_share_network_id': 'net',
                    'new_share_type_id': 'type',
                }
            },
        )

    def test_start_requires_each_answer(self):
        self.assertRaises(
            TypeError,
            self.proxy.start_share_migration,
            SHARE_ID,
            'h@b#p',
            preserve_metadata=True,
        )
        self.assertEqual([], self.history)

    def test_start_conflict(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'),
            status_code=400,
            json={'badRequest': {'message': 'same host'}},
        )
        err = self.assertRaises(
            exceptions.BadRequestException,
            self.proxy.start_share_migration,
            SHARE_ID,
            'h@b#p',
            preserve_metadata=True,
            preserve_snapshots=True,
            writable=True,
            nondisruptive=True,
        )
        self.assertIn('same host', str(err))

    def test_complete_and_cancel(self):
        self.proxy.complete_share_migration(SHARE_ID)
        self.proxy.cancel_share_migration(_share.Share(id=SHARE_ID))
        self.assertRequest(
            self.history[0],
            'POST',
            SHARE_ACTION,
            json={'migration_complete': None},
        )
        self.assertRequest(
            self.history[1],
            'POST',
            SHARE_ACTION,
            json={'migration_cancel': None},
        )

    def test_progress_is_a_get_from_2_98(self):
        self.requests.get(
            base.url('shares', SHARE_ID, 'migration-progress'),
            json={
                'total_progress': 50,
                'task_state': 'migration_driver_in_progress',
                'details': {'x': 1},
            },
        )
        progress = self.proxy.get_share_migration_progress(SHARE_ID)
        self.assertIsInstance(progress, _migration.ShareMigration)
        self.assertEqual(50, progress.total_progress)
        self.assertEqual(50, progress.progress)
        self.assertEqual('migration_driver_in_progress', progress.task_state)
        self.assertEqual({'x': 1}, progress.details)
        self.assertRequest(
            self.history[0], 'GET', f'/shares/{SHARE_ID}/migration-progress'
        )

    def test_progress_is_the_action_before_2_98(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'),
            json={
                'total_progress': 100,
                'task_state': 'migration_driver_phase1_done',
            },
        )
        for version in ('2.97', '2.59'):
            self.proxy.default_microversion = version
            progress = self.proxy.get_share_migration_progress(SHARE_ID)
            self.assertEqual(100, progress.total_progress)
            request = self.history[-1]
            self.assertEqual('POST', request.method)
            self.assertEqual({'migration_get_progress': None}, request.json())
            self.assertEqual(
                version, request.headers['X-OpenStack-Manila-API-Version']
            )


class TestExperimentalHeader(base.ProxyTestCase):
    """Replicas 2.11-2.55 and migration actions to 2.95 need the header."""

    def setUp(self):
        super().setUp()
        self.requests.get(
            base.url('share-replicas', 'detail'), json={'share_replicas': []}
        )
        self.requests.get(
            base.url('share-replicas', REPLICA_ID, 'export-locations'),
            json={'export_locations': []},
        )
        self.requests.post(
            base.url('share-replicas', REPLICA_ID, 'action'), status_code=202
        )
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'),
            status_code=202,
            json={'total_progress': 1, 'task_state': 'x'},
        )
        self.requests.get(
            base.url('share_instances'), json={'share_instances': []}
        )

    def replica_calls(self):
        list(self.proxy.share_replicas())
        list(self.proxy.share_replica_export_locations(REPLICA_ID))
        self.proxy.promote_share_replica(REPLICA_ID)

    def migration_calls(self):
        self.proxy.start_share_migration(
            SHARE_ID,
            'h',
            preserve_metadata=True,
            preserve_snapshots=True,
            writable=True,
            nondisruptive=False,
        )
        self.proxy.complete_share_migration(SHARE_ID)
        self.proxy.cancel_share_migration(SHARE_ID)
        self.proxy.get_share_migration_progress(SHARE_ID)

    def headers(self, version, calls):
        self.proxy.default_microversion = version
        before = len(self.history)
        calls()
        return [r.headers for r in self.history[before:]]

    def test_replicas_in_range(self):
        for version in ('2.11', '2.47', '2.55'):
            for headers in self.headers(version, self.replica_calls):
                self.assertEqual('True', headers.get(EXPERIMENTAL), version)

    def test_replicas_out_of_range(self):
        for version in ('2.56', '2.99'):
            for headers in self.headers(version, self.replica_calls):
                self.assertNotIn(EXPERIMENTAL, headers)

    def test_migration_in_range(self):
        for version in ('2.29', '2.59', '2.95'):
            for headers in self.headers(version, self.migration_calls):
                self.assertEqual('True', headers.get(EXPERIMENTAL), version)

    def test_migration_out_of_range(self):
        for version in ('2.96', '2.97'):
            for headers in self.headers(version, self.migration_calls):
                self.assertNotIn(EXPERIMENTAL, headers)

    def test_other_share_actions_get_no_header(self):
        self.proxy.default_microversion = '2.40'
        self.proxy.reset_share_status(SHARE_ID, 'error')
        list(self.proxy.share_instances())
        for request in self.history:
            self.assertNotIn(EXPERIMENTAL, request.headers)


class TestHostilePaths(base.ProxyTestCase):
    def test_ids_are_one_quoted_segment(self):
        self.requests.get(
            base.url('shares', 'a%2Fb', 'migration-progress'),
            json={'total_progress': 1, 'task_state': 'x'},
        )
        self.requests.get(
            base.url('shares', 'a%2Fb', 'instances'),
            json={'share_instances': []},
        )
        self.requests.get(
            base.url('share-replicas', 'r%3Fx', 'export-locations'),
            json={'export_locations': []},
        )
        self.proxy.get_share_migration_progress('a/b')
        list(self.proxy.share_instances(share_id='a/b'))
        list(self.proxy.share_replica_export_locations('r?x'))
        self.assertEqual(
            [
                '/v2/shares/a%2Fb/migration-progress',
                '/v2/shares/a%2Fb/instances',
                '/v2/share-replicas/r%3Fx/export-locations',
            ],
            [urllib.parse.urlsplit(r.url).path for r in self.history],
        )
