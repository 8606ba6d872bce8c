"""Every Proxy method, on the wire."""

from unittest import mock

from openstack import exceptions

from osc_share_plugin.sdk.v2 import _proxy
from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.sdk.v2 import share_export_location as _el
from osc_share_plugin.sdk.v2 import share_snapshot as _snapshot
from osc_share_plugin.sdk.v2 import share_type as _share_type
from tests.unit.sdk import base

SHARE_ID = '11111111-2222-3333-4444-555555555555'
SHARE_ID_2 = '11111111-2222-3333-4444-666666666666'
SNAP_ID = 'aaaaaaaa-2222-3333-4444-555555555555'
TYPE_ID = 'bbbbbbbb-2222-3333-4444-555555555555'
EL_ID = 'cccccccc-2222-3333-4444-555555555555'

SHARE_PATH = '/shares/' + SHARE_ID
ACTION_PATH = SHARE_PATH + '/action'
EL_PATH = SHARE_PATH + '/export_locations/' + EL_ID


def share_body(**extra):
    body = {
        'id': SHARE_ID,
        'name': 'share1',
        'size': 10,
        'status': 'available',
        'share_proto': 'NFS',
    }
    body.update(extra)
    return body


class TestShareList(base.ProxyTestCase):
    def test_shares_sends_every_seed_query_parameter(self):
        self.requests.get(base.url('shares', 'detail'), json={'shares': []})
        query = {
            'name': 'n',
            'name~': 'n-part',
            'description': 'd',
            'description~': 'd-part',
            'status': 'available',
            'host': 'host@be#pool',
            'project_id': 'proj',
            'share_server_id': 'srv',
            'share_network_id': 'net',
            'share_type_id': 'type',
            'share_group_id': 'grp',
            'snapshot_id': 'snap',
            'metadata': {'k1': 'v1'},
            'extra_specs': {'snapshot_support': True},
            'is_public': True,
            'export_location_id': 'el-id',
            'export_location_path': '/el/path',
            'is_soft_deleted': True,
            'mount_point_name': 'mp',
            'availability_zone': 'az1',
            'encryption_key_ref': 'ref',
            'with_count': True,
            'all_projects': True,
            'sort_key': 'name',
            'sort_dir': 'desc',
            'offset': 3,
        }
        self.assertEqual([], list(self.proxy.shares(**query)))
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0],
            'GET',
            '/shares/detail',
            query={
                'name': ['n'],
                'name~': ['n-part'],
                'description': ['d'],
                'description~': ['d-part'],
                'status': ['available'],
                'host': ['host@be#pool'],
                'project_id': ['proj'],
                'share_server_id': ['srv'],
                'share_network_id': ['net'],
                'share_type_id': ['type'],
                'share_group_id': ['grp'],
                'snapshot_id': ['snap'],
                # Manila literal_evals these two.
                'metadata': ["{'k1': 'v1'}"],
                'extra_specs': ["{'snapshot_support': 'True'}"],
                'is_public': ['True'],
                'export_location_id': ['el-id'],
                'export_location_path': ['/el/path'],
                'is_soft_deleted': ['True'],
                'mount_point_name': ['mp'],
                'availability_zone': ['az1'],
                'encryption_key_ref': ['ref'],
                'with_count': ['True'],
                'all_tenants': ['True'],
                'sort_key': ['name'],
                'sort_dir': ['desc'],
                'offset': ['3'],
                # An offset is applied with a limit only: a page size joins.
                'limit': ['1000'],
            },
        )

    def test_shares_returns_shares(self):
        self.requests.get(
            base.url('shares', 'detail'),
            json={'shares': [share_body(), share_body(id=SHARE_ID_2)]},
        )
        shares = list(self.proxy.shares())
        self.assertEqual([SHARE_ID, SHARE_ID_2], [s.id for s in shares])
        self.assertIsInstance(shares[0], _share.Share)
        self.assertEqual('NFS', shares[0].share_protocol)
        self.assertEqual(10, shares[0].size)

    def test_shares_summary(self):
        self.requests.get(
            base.url('shares'), json={'shares': [{'id': SHARE_ID}]}
        )
        shares = list(self.proxy.shares(details=False))
        self.assertEqual([SHARE_ID], [s.id for s in shares])
        self.assertRequest(self.history[0], 'GET', '/shares')

    def test_shares_follows_pages_by_offset_not_marker(self):
        next1 = base.url('shares', 'detail') + '?marker=' + SHARE_ID_2
        next2 = base.url('shares', 'detail') + '?marker=s3&offset=2'
        self.requests.get(
            base.url('shares', 'detail'),
            [
                {
                    'json': {
                        'shares': [share_body(), share_body(id=SHARE_ID_2)],
                        'shares_links': [{'rel': 'next', 'href': next1}],
                    }
                },
                {
                    'json': {
                        'shares': [share_body(id='s3')],
                        'shares_links': [{'rel': 'next', 'href': next2}],
                    }
                },
                {'json': {'shares': [share_body(id='s4')]}},
            ],
        )
        shares = list(self.proxy.shares(status='available'))
        self.assertEqual(
            [SHARE_ID, SHARE_ID_2, 's3', 's4'], [s.id for s in shares]
        )
        self.assertEqual(3, len(self.history))
        self.assertRequest(
            self.history[0],
            'GET',
            '/shares/detail',
            query={'status': ['available']},
        )
        # Manila ignores the marker: the next page is asked by offset.
        self.assertRequest(
            self.history[1],
            'GET',
            '/shares/detail',
            query={'status': ['available'], 'offset': ['2']},
        )
        self.assertRequest(
            self.history[2],
            'GET',
            '/shares/detail',
            query={'status': ['available'], 'offset': ['3']},
        )

    def test_shares_pages_from_the_requested_offset(self):
        # Manila applies an offset only with a limit, so a page size goes
        # with it; Manila echoes the request's parameters in its next link.
        next1 = base.url('shares', 'detail') + '?offset=5&limit=1000&marker=x'
        self.requests.get(
            base.url('shares', 'detail'),
            [
                {
                    'json': {
                        'shares': [share_body(), share_body(id=SHARE_ID_2)],
                        'shares_links': [{'rel': 'next', 'href': next1}],
                    }
                },
                {'json': {'shares': []}},
            ],
        )
        self.assertEqual(2, len(list(self.proxy.shares(offset=5))))
        self.assertEqual(2, len(self.history))
        self.assertEqual(
            {'offset': ['5'], 'limit': ['1000']},
            self.query(self.history[0]),
        )
        self.assertEqual(
            {'offset': ['7'], 'limit': ['1000']},
            self.query(self.history[1]),
        )

    def test_shares_offset_ends_without_a_next_link(self):
        # A short page has no next link: that is the end, even though a
        # limit was sent (openstacksdk would guess one more page from it).
        self.requests.get(
            base.url('shares', 'detail'),
            json={'shares': [share_body(id=SHARE_ID_2)]},
        )
        shares = list(self.proxy.shares(offset=1, sort_key='name'))
        self.assertEqual([SHARE_ID_2], [s.id for s in shares])
        self.assertEqual(1, len(self.history))

    def test_shares_limit_is_one_request(self):
        next1 = base.url('shares', 'detail') + '?limit=2&marker=' + SHARE_ID_2
        self.requests.get(
            base.url('shares', 'detail'),
            json={
                'shares': [share_body(), share_body(id=SHARE_ID_2)],
                'shares_links': [{'rel': 'next', 'href': next1}],
            },
        )
        shares = list(self.proxy.shares(limit=2, offset=4))
        self.assertEqual(2, len(shares))
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0],
            'GET',
            '/shares/detail',
            query={'limit': ['2'], 'offset': ['4']},
        )


class TestShareFind(base.ProxyTestCase):
    def test_find_by_id_is_one_get(self):
        self.requests.get(
            base.url('shares', SHARE_ID), json={'share': share_body()}
        )
        share = self.proxy.find_share(SHARE_ID, ignore_missing=False)
        self.assertEqual(SHARE_ID, share.id)
        self.assertEqual('share1', share.name)
        self.assertEqual(1, len(self.history))
        self.assertRequest(self.history[0], 'GET', SHARE_PATH)

    def test_find_by_name_is_one_list(self):
        self.requests.get(
            base.url('shares', 'detail'), json={'shares': [share_body()]}
        )
        share = self.proxy.find_share('share1', ignore_missing=False)
        self.assertEqual(SHARE_ID, share.id)
        # No GET /shares/share1: a name that is not a UUID skips it.
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0],
            'GET',
            '/shares/detail',
            query={'name': ['share1']},
        )

    def test_find_by_name_passes_filters(self):
        self.requests.get(
            base.url('shares', 'detail'), json={'shares': [share_body()]}
        )
        self.proxy.find_share(
            'share1', all_projects=True, is_soft_deleted=True
        )
        self.assertRequest(
            self.history[0],
            'GET',
            '/shares/detail',
            query={
                'name': ['share1'],
                'all_tenants': ['True'],
                'is_soft_deleted': ['True'],
            },
        )

    def test_find_uuid_named_share_falls_back_to_list(self):
        self.requests.get(
            base.url('shares', SHARE_ID),
            status_code=404,
            json={'itemNotFound': {'message': 'nope'}},
        )
        self.requests.get(
            base.url('shares', 'detail'),
            json={'shares': [share_body(id=SHARE_ID_2, name=SHARE_ID)]},
        )
        share = self.proxy.find_share(SHARE_ID)
        self.assertEqual(SHARE_ID_2, share.id)
        self.assertEqual(2, len(self.history))
        self.assertRequest(self.history[0], 'GET', SHARE_PATH)
        self.assertRequest(
            self.history[1],
            'GET',
            '/shares/detail',
            query={'name': [SHARE_ID]},
        )

    def test_find_duplicate_name(self):
        self.requests.get(
            base.url('shares', 'detail'),
            json={'shares': [share_body(), share_body(id=SHARE_ID_2)]},
        )
        self.assertRaises(
            exceptions.DuplicateResource,
            self.proxy.find_share,
            'share1',
            ignore_missing=False,
        )

    def test_find_nothing(self):
        self.requests.get(base.url('shares', 'detail'), json={'shares': []})
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.find_share,
            'ghost',
            ignore_missing=False,
        )
        self.assertIsNone(self.proxy.find_share('ghost'))
        self.assertIsNone(self.proxy.find_share('ghost', ignore_missing=True))
        self.assertEqual(3, len(self.history))


class TestShareCrud(base.ProxyTestCase):
    def test_get_share(self):
        self.requests.get(
            base.url('shares', SHARE_ID), json={'share': share_body(size=3)}
        )
        share = self.proxy.get_share(SHARE_ID)
        self.assertEqual(3, share.size)
        self.assertRequest(self.history[0], 'GET', SHARE_PATH)

    def test_get_share_not_found(self):
        self.requests.get(base.url('shares', SHARE_ID), status_code=404)
        self.assertRaises(
            exceptions.NotFoundException, self.proxy.get_share, SHARE_ID
        )

    def test_create_share(self):
        self.requests.post(
            base.url('shares'), json={'share': share_body(status='creating')}
        )
        share = self.proxy.create_share(
            share_protocol='NFS',
            size=10,
            name='share1',
            metadata={'k': 'v'},
            is_public=True,
            scheduler_hints={'same_host': SHARE_ID_2},
            share_type='default',
            mount_point_name='mp',
        )
        self.assertEqual(SHARE_ID, share.id)
        self.assertEqual('creating', share.status)
        self.assertRequest(
            self.history[0],
            'POST',
            '/shares',
            json={
                'share': {
                    'share_proto': 'NFS',
                    'size': 10,
                    'name': 'share1',
                    'metadata': {'k': 'v'},
                    'is_public': True,
                    'scheduler_hints': {'same_host': SHARE_ID_2},
                    'share_type': 'default',
                    'mount_point_name': 'mp',
                }
            },
        )

    def test_update_share_maps_name_and_description(self):
        self.requests.put(
            base.url('shares', SHARE_ID),
            json={'share': share_body(name='new')},
        )
        share = self.proxy.update_share(
            SHARE_ID, name='new', description='desc', is_public=False
        )
        self.assertEqual('new', share.name)
        self.assertRequest(
            self.history[0],
            'PUT',
            SHARE_PATH,
            json={
                'share': {
                    'display_name': 'new',
                    'display_description': 'desc',
                    'is_public': False,
                }
            },
        )

    def test_update_share_display_keys_pass_through(self):
        self.requests.put(
            base.url('shares', SHARE_ID), json={'share': share_body()}
        )
        self.proxy.update_share(SHARE_ID, display_name=None)
        self.assertRequest(
            self.history[0],
            'PUT',
            SHARE_PATH,
            json={'share': {'display_name': None}},
        )

    def test_delete_share(self):
        self.requests.delete(base.url('shares', SHARE_ID), status_code=202)
        self.assertIsNone(self.proxy.delete_share(SHARE_ID))
        self.assertRequest(self.history[0], 'DELETE', SHARE_PATH)

    def test_delete_share_of_a_group(self):
        self.requests.delete(base.url('shares', SHARE_ID), status_code=202)
        self.proxy.delete_share(SHARE_ID, share_group_id='grp')
        self.assertRequest(
            self.history[0],
            'DELETE',
            SHARE_PATH,
            query={'share_group_id': ['grp']},
        )

    def test_delete_share_missing(self):
        self.requests.delete(base.url('shares', SHARE_ID), status_code=404)
        self.proxy.delete_share(SHARE_ID)
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share,
            SHARE_ID,
            ignore_missing=False,
        )
        self.assertEqual(2, len(self.history))

    def test_force_delete_share(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'), status_code=202
        )
        self.proxy.delete_share(SHARE_ID, force=True)
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0], 'POST', ACTION_PATH, json={'force_delete': None}
        )

    def test_force_delete_share_missing(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'), status_code=404
        )
        self.proxy.delete_share(SHARE_ID, force=True)
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share,
            SHARE_ID,
            ignore_missing=False,
            force=True,
        )

    def test_revert_share_to_snapshot(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'), status_code=202
        )
        self.assertIsNone(
            self.proxy.revert_share_to_snapshot(SHARE_ID, SNAP_ID)
        )
        self.assertRequest(
            self.history[0],
            'POST',
            ACTION_PATH,
            json={'revert': {'snapshot_id': SNAP_ID}},
        )

    def test_action_error_raises(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'),
            status_code=400,
            json={'badRequest': {'message': 'no way'}},
        )
        err = self.assertRaises(
            exceptions.BadRequestException, self.proxy.restore_share, SHARE_ID
        )
        self.assertIn('no way', str(err))

    def test_manage_share(self):
        self.requests.post(
            base.url('shares', 'manage'),
            json={'share': share_body(status='manage_starting')},
        )
        share = self.proxy.manage_share(
            'NFS',
            '10.0.0.1:/path',
            'host@be#pool',
            name='adopted',
            driver_options={'opt': 'x'},
            is_public=True,
        )
        self.assertIsInstance(share, _share.Share)
        self.assertEqual(SHARE_ID, share.id)
        self.assertEqual('manage_starting', share.status)
        self.assertRequest(
            self.history[0],
            'POST',
            '/shares/manage',
            json={
                'share': {
                    'protocol': 'NFS',
                    'export_path': '10.0.0.1:/path',
                    'service_host': 'host@be#pool',
                    'name': 'adopted',
                    'driver_options': {'opt': 'x'},
                    'is_public': True,
                }
            },
        )

    def test_unmanage_share(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'), status_code=202
        )
        self.proxy.unmanage_share(SHARE_ID)
        self.assertRequest(
            self.history[0], 'POST', ACTION_PATH, json={'unmanage': None}
        )

    def test_soft_delete_share(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'), status_code=202
        )
        self.proxy.soft_delete_share(SHARE_ID)
        self.assertRequest(
            self.history[0], 'POST', ACTION_PATH, json={'soft_delete': None}
        )

    def test_restore_share(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'), status_code=202
        )
        self.proxy.restore_share(_share.Share(id=SHARE_ID))
        self.assertRequest(
            self.history[0], 'POST', ACTION_PATH, json={'restore': None}
        )

    def test_reset_share_status(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'), status_code=202
        )
        self.proxy.reset_share_status(SHARE_ID, 'error')
        self.assertRequest(
            self.history[0],
            'POST',
            ACTION_PATH,
            json={'reset_status': {'status': 'error'}},
        )

    def test_reset_share_task_state(self):
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'), status_code=202
        )
        self.proxy.reset_share_task_state(SHARE_ID, 'migration_error')
        self.proxy.reset_share_task_state(SHARE_ID, None)
        self.assertRequest(
            self.history[0],
            'POST',
            ACTION_PATH,
            json={'reset_task_state': {'task_state': 'migration_error'}},
        )
        self.assertRequest(
            self.history[1],
            'POST',
            ACTION_PATH,
            json={'reset_task_state': {'task_state': None}},
        )


class TestShareResize(base.ProxyTestCase):
    def setUp(self):
        super().setUp()
        self.requests.get(
            base.url('shares', SHARE_ID), json={'share': share_body(size=10)}
        )
        self.requests.post(
            base.url('shares', SHARE_ID, 'action'), status_code=202
        )

    def test_extend(self):
        self.proxy.resize_share(SHARE_ID, 20)
        self.assertEqual(2, len(self.history))
        self.assertRequest(self.history[0], 'GET', SHARE_PATH)
        self.assertRequest(
            self.history[1],
            'POST',
            ACTION_PATH,
            json={'extend': {'new_size': 20}},
        )

    def test_extend_force(self):
        self.proxy.resize_share(SHARE_ID, 20, force=True)
        self.assertRequest(
            self.history[1],
            'POST',
            ACTION_PATH,
            json={'extend': {'new_size': 20, 'force': True}},
        )

    def test_shrink(self):
        self.proxy.resize_share(SHARE_ID, 5)
        self.assertRequest(
            self.history[1],
            'POST',
            ACTION_PATH,
            json={'shrink': {'new_size': 5}},
        )

    def test_no_shrink(self):
        self.proxy.resize_share(SHARE_ID, 5, no_shrink=True)
        self.assertEqual(['GET'], [r.method for r in self.history])

    def test_no_extend(self):
        self.proxy.resize_share(SHARE_ID, 20, no_extend=True)
        self.assertEqual(['GET'], [r.method for r in self.history])

    def test_no_shrink_still_extends(self):
        self.proxy.resize_share(SHARE_ID, 20, no_shrink=True)
        self.assertRequest(
            self.history[1],
            'POST',
            ACTION_PATH,
            json={'extend': {'new_size': 20}},
        )

    def test_same_size_does_nothing(self):
        self.proxy.resize_share(SHARE_ID, 10)
        self.assertEqual(['GET'], [r.method for r in self.history])

    def test_known_size_makes_no_get(self):
        share = _share.Share.existing(id=SHARE_ID, size=10)
        self.proxy.resize_share(share, 15)
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0],
            'POST',
            ACTION_PATH,
            json={'extend': {'new_size': 15}},
        )

    def test_share_without_size_is_fetched(self):
        self.proxy.resize_share(_share.Share(id=SHARE_ID), 5)
        self.assertEqual(['GET', 'POST'], [r.method for r in self.history])


class TestShareMetadata(base.ProxyTestCase):
    META = base.url('shares', SHARE_ID, 'metadata')

    def test_get_share_metadata(self):
        self.requests.get(self.META, json={'metadata': {'a': '1', 'b': '2'}})
        share = self.proxy.get_share_metadata(SHARE_ID)
        self.assertEqual({'a': '1', 'b': '2'}, share.metadata)
        self.assertRequest(self.history[0], 'GET', SHARE_PATH + '/metadata')

    def test_get_share_metadata_item(self):
        self.requests.get(self.META + '/a', json={'meta': {'a': '1'}})
        share = self.proxy.get_share_metadata_item(SHARE_ID, 'a')
        self.assertEqual({'a': '1'}, share.metadata)
        self.assertRequest(self.history[0], 'GET', SHARE_PATH + '/metadata/a')

    def test_create_share_metadata(self):
        self.requests.post(
            self.META, json={'metadata': {'a': '1', 'old': 'x'}}
        )
        share = self.proxy.create_share_metadata(SHARE_ID, a='1')
        self.assertEqual({'a': '1', 'old': 'x'}, share.metadata)
        self.assertRequest(
            self.history[0],
            'POST',
            SHARE_PATH + '/metadata',
            json={'metadata': {'a': '1'}},
        )

    def test_update_share_metadata_merges_with_post(self):
        self.requests.post(self.META, json={'metadata': {'a': '1'}})
        self.proxy.update_share_metadata(SHARE_ID, {'a': '1'})
        self.assertRequest(
            self.history[0],
            'POST',
            SHARE_PATH + '/metadata',
            json={'metadata': {'a': '1'}},
        )

    def test_update_share_metadata_replace_puts(self):
        self.requests.put(self.META, json={'metadata': {'a': '1'}})
        share = self.proxy.update_share_metadata(
            SHARE_ID, {'a': '1'}, replace=True
        )
        self.assertEqual({'a': '1'}, share.metadata)
        self.assertRequest(
            self.history[0],
            'PUT',
            SHARE_PATH + '/metadata',
            json={'metadata': {'a': '1'}},
        )

    def test_delete_share_metadata(self):
        self.requests.delete(self.META + '/a', status_code=200)
        self.requests.delete(self.META + '/b', status_code=200)
        self.assertIsNone(
            self.proxy.delete_share_metadata(SHARE_ID, ['a', 'b'])
        )
        self.assertRequest(
            self.history[0], 'DELETE', SHARE_PATH + '/metadata/a'
        )
        self.assertRequest(
            self.history[1], 'DELETE', SHARE_PATH + '/metadata/b'
        )

    def test_delete_share_metadata_missing_ignored(self):
        self.requests.delete(self.META + '/a', status_code=404)
        self.requests.delete(self.META + '/b', status_code=200)
        self.proxy.delete_share_metadata(SHARE_ID, ['a', 'b'])
        self.assertEqual(2, len(self.history))

    def test_delete_share_metadata_missing_raises_after_all(self):
        self.requests.delete(self.META + '/a', status_code=404)
        self.requests.delete(self.META + '/b', status_code=200)
        err = self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_metadata,
            SHARE_ID,
            ['a', 'b'],
            ignore_missing=False,
        )
        self.assertIn('a', str(err))
        # b was still deleted.
        self.assertEqual(2, len(self.history))
        self.assertRequest(
            self.history[1], 'DELETE', SHARE_PATH + '/metadata/b'
        )


class TestExportLocations(base.ProxyTestCase):
    def test_export_locations(self):
        self.requests.get(
            base.url('shares', SHARE_ID, 'export_locations'),
            json={
                'export_locations': [
                    {
                        'id': EL_ID,
                        'path': '10.0.0.1:/p',
                        'preferred': True,
                        'is_admin_only': False,
                    },
                ]
            },
        )
        locations = list(
            self.proxy.export_locations(_share.Share(id=SHARE_ID))
        )
        self.assertEqual(1, len(locations))
        self.assertIsInstance(locations[0], _el.ShareExportLocation)
        self.assertEqual('10.0.0.1:/p', locations[0].path)
        self.assertTrue(locations[0].is_preferred)
        self.assertFalse(locations[0].is_admin)
        self.assertEqual(SHARE_ID, locations[0].share_id)
        self.assertRequest(
            self.history[0], 'GET', SHARE_PATH + '/export_locations'
        )

    def test_get_export_location(self):
        self.requests.get(
            base.url('shares', SHARE_ID, 'export_locations', EL_ID),
            json={
                'export_location': {
                    'id': EL_ID,
                    'path': '/p',
                    'metadata': {'k': 'v'},
                }
            },
        )
        location = self.proxy.get_export_location(EL_ID, SHARE_ID)
        self.assertEqual('/p', location.path)
        self.assertEqual({'k': 'v'}, location.metadata)
        self.assertRequest(self.history[0], 'GET', EL_PATH)

    def test_update_export_location_metadata(self):
        self.requests.post(
            base.url(
                'shares', SHARE_ID, 'export_locations', EL_ID, 'metadata'
            ),
            json={'metadata': {'k': 'v', 'o': 'x'}},
        )
        location = self.proxy.update_export_location_metadata(
            EL_ID, _share.Share(id=SHARE_ID), {'k': 'v'}
        )
        self.assertEqual({'k': 'v', 'o': 'x'}, location.metadata)
        self.assertRequest(
            self.history[0],
            'POST',
            EL_PATH + '/metadata',
            json={'metadata': {'k': 'v'}},
        )

    def test_update_export_location_metadata_replace(self):
        self.requests.put(
            base.url(
                'shares', SHARE_ID, 'export_locations', EL_ID, 'metadata'
            ),
            json={'metadata': {'k': 'v'}},
        )
        self.proxy.update_export_location_metadata(
            EL_ID, SHARE_ID, {'k': 'v'}, replace=True
        )
        self.assertRequest(
            self.history[0],
            'PUT',
            EL_PATH + '/metadata',
            json={'metadata': {'k': 'v'}},
        )

    def test_delete_export_location_metadata(self):
        meta = base.url(
            'shares', SHARE_ID, 'export_locations', EL_ID, 'metadata'
        )
        self.requests.delete(meta + '/k', status_code=200)
        self.requests.delete(meta + '/gone', status_code=404)
        self.proxy.delete_export_location_metadata(
            EL_ID, SHARE_ID, ['k', 'gone']
        )
        self.assertRequest(self.history[0], 'DELETE', EL_PATH + '/metadata/k')
        self.assertRequest(
            self.history[1], 'DELETE', EL_PATH + '/metadata/gone'
        )
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_export_location_metadata,
            EL_ID,
            SHARE_ID,
            ['gone'],
            ignore_missing=False,
        )


class TestSnapshots(base.ProxyTestCase):
    def test_share_snapshots(self):
        self.requests.get(
            base.url('snapshots', 'detail'),
            json={
                'snapshots': [
                    {
                        'id': SNAP_ID,
                        'name': 'snap1',
                        'size': 4,
                        'share_id': SHARE_ID,
                    }
                ]
            },
        )
        snaps = list(
            self.proxy.share_snapshots(
                share_id=SHARE_ID, all_projects=True, status='available'
            )
        )
        self.assertIsInstance(snaps[0], _snapshot.ShareSnapshot)
        self.assertEqual(4, snaps[0].size)
        self.assertEqual(SHARE_ID, snaps[0].share_id)
        self.assertRequest(
            self.history[0],
            'GET',
            '/snapshots/detail',
            query={
                'share_id': [SHARE_ID],
                'all_tenants': ['True'],
                'status': ['available'],
            },
        )

    def test_share_snapshots_summary(self):
        self.requests.get(base.url('snapshots'), json={'snapshots': []})
        self.assertEqual([], list(self.proxy.share_snapshots(details=False)))
        self.assertRequest(self.history[0], 'GET', '/snapshots')

    def test_share_snapshots_page_by_offset(self):
        next1 = base.url('snapshots', 'detail') + '?marker=' + SNAP_ID
        self.requests.get(
            base.url('snapshots', 'detail'),
            [
                {
                    'json': {
                        'snapshots': [{'id': SNAP_ID}],
                        'snapshots_links': [{'rel': 'next', 'href': next1}],
                    }
                },
                {'json': {'snapshots': []}},
            ],
        )
        list(self.proxy.share_snapshots())
        self.assertEqual({'offset': ['1']}, self.query(self.history[1]))

    def test_get_share_snapshot(self):
        self.requests.get(
            base.url('snapshots', SNAP_ID),
            json={'snapshot': {'id': SNAP_ID, 'size': 4}},
        )
        snap = self.proxy.get_share_snapshot(SNAP_ID)
        self.assertEqual(4, snap.size)
        self.assertRequest(self.history[0], 'GET', '/snapshots/' + SNAP_ID)

    def test_find_share_snapshot_by_id(self):
        self.requests.get(
            base.url('snapshots', SNAP_ID),
            json={'snapshot': {'id': SNAP_ID, 'name': 's'}},
        )
        snap = self.proxy.find_share_snapshot(SNAP_ID, ignore_missing=False)
        self.assertEqual(SNAP_ID, snap.id)
        self.assertEqual(1, len(self.history))

    def test_find_share_snapshot_by_name(self):
        self.requests.get(
            base.url('snapshots', 'detail'),
            json={'snapshots': [{'id': SNAP_ID, 'name': 's'}]},
        )
        snap = self.proxy.find_share_snapshot('s', ignore_missing=False)
        self.assertEqual(SNAP_ID, snap.id)
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0], 'GET', '/snapshots/detail', query={'name': ['s']}
        )

    def test_find_share_snapshot_missing(self):
        self.requests.get(
            base.url('snapshots', 'detail'), json={'snapshots': []}
        )
        self.assertIsNone(self.proxy.find_share_snapshot('s'))
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.find_share_snapshot,
            's',
            ignore_missing=False,
        )


class TestShareTypes(base.ProxyTestCase):
    TYPES = {
        'share_types': [
            {
                'id': TYPE_ID,
                'name': 'gold',
                'share_type_access:is_public': True,
                'extra_specs': {'driver_handles_share_servers': 'False'},
            },
            {'id': 'other', 'name': 'silver'},
        ]
    }

    def test_share_types(self):
        self.requests.get(base.url('types'), json=self.TYPES)
        types = list(self.proxy.share_types(is_public='all'))
        self.assertEqual(['gold', 'silver'], [t.name for t in types])
        self.assertIsInstance(types[0], _share_type.ShareType)
        self.assertTrue(types[0].is_public)
        self.assertRequest(
            self.history[0], 'GET', '/types', query={'is_public': ['all']}
        )

    def test_find_share_type_by_name_lists_and_matches(self):
        self.requests.get(base.url('types'), json=self.TYPES)
        share_type = self.proxy.find_share_type('gold', ignore_missing=False)
        self.assertEqual(TYPE_ID, share_type.id)
        # Manila has no name filter on types: one list of every type the
        # caller may see (private ones too), no GET.
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0], 'GET', '/types', query={'is_public': ['all']}
        )

    def test_find_share_type_by_id(self):
        self.requests.get(
            base.url('types', TYPE_ID),
            json={'share_type': {'id': TYPE_ID, 'name': 'gold'}},
        )
        share_type = self.proxy.find_share_type(TYPE_ID)
        self.assertEqual('gold', share_type.name)
        self.assertEqual(1, len(self.history))
        self.assertRequest(self.history[0], 'GET', '/types/' + TYPE_ID)

    def test_find_share_type_missing(self):
        self.requests.get(base.url('types'), json=self.TYPES)
        self.assertIsNone(self.proxy.find_share_type('bronze'))
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.find_share_type,
            'bronze',
            ignore_missing=False,
        )


class TestWait(base.ProxyTestCase):
    def setUp(self):
        super().setUp()
        # Only _proxy's view of the time module is faked: keystoneauth and
        # requests keep the real clock.
        self.clock = [0.0]
        self.sleeps = []

        def sleep(seconds):
            self.sleeps.append(seconds)
            self.clock[0] += seconds

        fake_time = mock.Mock()
        fake_time.sleep.side_effect = sleep
        fake_time.monotonic.side_effect = lambda: self.clock[0]
        self._time_patch = mock.patch.object(_proxy, 'time', fake_time)
        self._time_patch.start()
        self.addCleanup(self._time_patch.stop)
        self.share = _share.Share.existing(id=SHARE_ID, status='creating')

    def _statuses(self, *statuses, **extra):
        self.requests.get(
            base.url('shares', SHARE_ID),
            [
                {'json': {'share': share_body(status=s, **extra)}}
                for s in statuses
            ],
        )

    def test_wait_for_status_success(self):
        self._statuses('creating', 'creating', 'available')
        result = self.proxy.wait_for_status(
            self.share, 'available', failures=['error'], interval=2, wait=60
        )
        self.assertEqual('available', result.status)
        self.assertEqual(3, len(self.history))
        for request in self.history:
            self.assertRequest(request, 'GET', SHARE_PATH)
        # Quick first poll, then backing off by 1.5.
        self.assertEqual(3, len(self.sleeps))
        self.assertAlmostEqual(0.1, self.sleeps[0])
        self.assertAlmostEqual(0.15, self.sleeps[1])
        self.assertAlmostEqual(0.225, self.sleeps[2])

    def test_wait_for_status_already_there_does_not_poll(self):
        share = _share.Share.existing(id=SHARE_ID, status='available')
        self.assertIs(share, self.proxy.wait_for_status(share, 'available'))
        self.assertEqual([], self.sleeps)
        self.assertEqual(0, len(self.history))

    def test_backoff_is_capped_at_interval(self):
        self._statuses(*(['creating'] * 8 + ['available']))
        self.proxy.wait_for_status(self.share, 'available', interval=0.3)
        self.assertEqual(9, len(self.sleeps))
        self.assertTrue(
            all(b >= a for a, b in zip(self.sleeps, self.sleeps[1:]))
        )
        self.assertAlmostEqual(0.3, max(self.sleeps))
        self.assertAlmostEqual(0.3, self.sleeps[-1])

    def test_wait_for_status_failure(self):
        self._statuses('creating', 'ERROR')
        err = self.assertRaises(
            exceptions.ResourceFailure,
            self.proxy.wait_for_status,
            self.share,
            'available',
            failures=['error'],
            wait=60,
        )
        self.assertIn("'error'", str(err))
        self.assertIn(SHARE_ID, str(err))
        self.assertEqual(2, len(self.history))

    def test_wait_for_status_timeout(self):
        self._statuses(*(['creating'] * 50))
        err = self.assertRaises(
            exceptions.ResourceTimeout,
            self.proxy.wait_for_status,
            self.share,
            'available',
            interval=1,
            wait=3,
        )
        self.assertIn('3 seconds', str(err))
        # Never sleeps past the deadline.
        self.assertLessEqual(sum(self.sleeps), 3)
        self.assertGreater(len(self.history), 1)

    def test_wait_for_status_progress_callback(self):
        self._statuses('creating', 'available')
        self.requests.get(
            base.url('shares', SHARE_ID),
            [
                {
                    'json': {
                        'share': share_body(status='creating', progress='40%')
                    }
                },
                {
                    'json': {
                        'share': share_body(
                            status='available', progress='100%'
                        )
                    }
                },
            ],
        )
        callback = mock.Mock()
        self.proxy.wait_for_status(self.share, 'available', callback=callback)
        self.assertEqual(
            [mock.call(40), mock.call(100)], callback.call_args_list
        )

    def test_wait_for_status_404_raises(self):
        self.requests.get(base.url('shares', SHARE_ID), status_code=404)
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.wait_for_status,
            self.share,
            'available',
        )

    def test_wait_for_delete_ends_on_404(self):
        self.requests.get(
            base.url('shares', SHARE_ID),
            [
                {'json': {'share': share_body(status='deleting')}},
                {'status_code': 404, 'json': {}},
            ],
        )
        share = _share.Share.existing(id=SHARE_ID, status='deleting')
        self.assertIs(share, self.proxy.wait_for_delete(share, wait=60))
        self.assertEqual(2, len(self.history))
        # Asked at once, then after the first pause.
        self.assertEqual(1, len(self.sleeps))
        self.assertAlmostEqual(0.1, self.sleeps[0])

    def test_wait_for_delete_done_with_its_delete_never_sleeps(self):
        self.requests.get(
            base.url('shares', SHARE_ID), status_code=404, json={}
        )
        share = _share.Share.existing(id=SHARE_ID, status='deleting')
        self.assertIs(share, self.proxy.wait_for_delete(share, wait=60))
        self.assertEqual(1, len(self.history))
        self.assertEqual([], self.sleeps)

    def test_wait_for_delete_error_deleting_fails(self):
        self._statuses('deleting', 'error_deleting', 'error_deleting')
        share = _share.Share.existing(id=SHARE_ID, status='deleting')
        error = self.assertRaises(
            exceptions.ResourceFailure,
            self.proxy.wait_for_delete,
            share,
            failures=['error_deleting'],
            interval=1,
            wait=5,
        )
        self.assertIn('error_deleting', str(error))

    def test_wait_for_delete_timeout(self):
        self._statuses(*(['deleting'] * 50))
        share = _share.Share.existing(id=SHARE_ID, status='deleting')
        self.assertRaises(
            exceptions.ResourceTimeout,
            self.proxy.wait_for_delete,
            share,
            interval=1,
            wait=2,
        )
