"""Share groups, group snapshots and group types: Proxy methods on the wire."""

from openstack import exceptions

from osc_share_plugin.sdk.v2 import share_group as _group
from osc_share_plugin.sdk.v2 import share_group_snapshot as _snapshot
from osc_share_plugin.sdk.v2 import share_group_type as _type
from tests.unit.sdk import base

GROUP_ID = '11111111-aaaa-3333-4444-555555555555'
GROUP_ID_2 = '11111111-aaaa-3333-4444-666666666666'
SNAP_ID = '22222222-aaaa-3333-4444-555555555555'
TYPE_ID = '33333333-aaaa-3333-4444-555555555555'
ST_ID = '44444444-aaaa-3333-4444-555555555555'
PROJECT_ID = '5555aaaa5555aaaa5555aaaa5555aaaa'
EXPERIMENTAL = 'X-OpenStack-Manila-API-Experimental'


def group_body(**extra):
    body = {
        'id': GROUP_ID,
        'name': 'g1',
        'status': 'available',
        'share_types': [ST_ID],
        'share_group_type_id': TYPE_ID,
        'links': [],
    }
    body.update(extra)
    return body


def snap_body(**extra):
    body = {
        'id': SNAP_ID,
        'name': 's1',
        'status': 'available',
        'share_group_id': GROUP_ID,
        'members': [{'id': 'm1', 'size': 1, 'share_id': 'sh1'}],
    }
    body.update(extra)
    return body


def type_body(**extra):
    body = {
        'id': TYPE_ID,
        'name': 't1',
        'is_public': False,
        'group_specs': {'consistent_snapshot_support': 'pool'},
        'share_types': [ST_ID],
        'is_default': False,
    }
    body.update(extra)
    return body


class TestShareGroups(base.ProxyTestCase):
    def test_share_groups_sends_every_filter(self):
        self.requests.get(
            base.url('share-groups', 'detail'), json={'share_groups': []}
        )
        query = {
            'name': 'n',
            'name~': 'n-part',
            'description': 'd',
            'description~': 'd-part',
            'status': 'available',
            'host': 'h@b#p',
            'project_id': 'p',
            'share_server_id': 'srv',
            'share_network_id': 'net',
            'share_group_type_id': TYPE_ID,
            'source_share_group_snapshot_id': SNAP_ID,
            'availability_zone_id': 'az',
            'consistent_snapshot_support': 'pool',
            'all_projects': True,
            'sort_key': 'name',
            'sort_dir': 'asc',
            'limit': 5,
            'offset': 2,
        }
        self.assertEqual([], list(self.proxy.share_groups(**query)))
        self.assertEqual(1, len(self.history))
        expected = {
            key: [str(value)]
            for key, value in query.items()
            if key != 'all_projects'
        }
        expected['all_tenants'] = ['True']
        self.assertRequest(
            self.history[0], 'GET', '/share-groups/detail', query=expected
        )

    def test_share_groups_unknown_filter_is_an_error(self):
        self.assertRaises(
            exceptions.InvalidResourceQuery,
            lambda: list(self.proxy.share_groups(snapshot='x')),
        )
        self.assertEqual(0, len(self.history))

    def test_share_groups_summary(self):
        self.requests.get(
            base.url('share-groups'),
            json={'share_groups': [{'id': GROUP_ID, 'name': 'g1'}]},
        )
        groups = list(self.proxy.share_groups(details=False))
        self.assertEqual([GROUP_ID], [g.id for g in groups])
        self.assertRequest(self.history[0], 'GET', '/share-groups')

    def test_share_groups_follow_pages_by_offset(self):
        next1 = base.url('share-groups', 'detail') + '?marker=' + GROUP_ID_2
        self.requests.get(
            base.url('share-groups', 'detail'),
            [
                {
                    'json': {
                        'share_groups': [
                            group_body(),
                            group_body(id=GROUP_ID_2),
                        ],
                        'share_groups_links': [{'rel': 'next', 'href': next1}],
                    }
                },
                {'json': {'share_groups': [group_body(id='g3')]}},
            ],
        )
        groups = list(self.proxy.share_groups(status='available'))
        self.assertEqual([GROUP_ID, GROUP_ID_2, 'g3'], [g.id for g in groups])
        self.assertEqual(2, len(self.history))
        self.assertRequest(
            self.history[1],
            'GET',
            '/share-groups/detail',
            query={'status': ['available'], 'offset': ['2']},
        )

    def test_share_groups_limit_is_one_page(self):
        next1 = base.url('share-groups', 'detail') + '?marker=x'
        self.requests.get(
            base.url('share-groups', 'detail'),
            json={
                'share_groups': [group_body()],
                'share_groups_links': [{'rel': 'next', 'href': next1}],
            },
        )
        self.assertEqual(1, len(list(self.proxy.share_groups(limit=1))))
        self.assertEqual(1, len(self.history))

    def test_get_share_group(self):
        self.requests.get(
            base.url('share-groups', GROUP_ID),
            json={
                'share_group': group_body(consistent_snapshot_support='pool')
            },
        )
        group = self.proxy.get_share_group(GROUP_ID)
        self.assertIsInstance(group, _group.ShareGroup)
        self.assertEqual([ST_ID], group.share_types)
        self.assertEqual(TYPE_ID, group.share_group_type_id)
        self.assertEqual('pool', group.consistent_snapshot_support)
        self.assertRequest(self.history[0], 'GET', '/share-groups/' + GROUP_ID)

    def test_find_share_group_by_id_is_one_get(self):
        self.requests.get(
            base.url('share-groups', GROUP_ID),
            json={'share_group': group_body()},
        )
        self.assertEqual(GROUP_ID, self.proxy.find_share_group(GROUP_ID).id)
        self.assertEqual(1, len(self.history))

    def test_find_share_group_by_name_is_one_list(self):
        self.requests.get(
            base.url('share-groups', 'detail'),
            json={'share_groups': [group_body()]},
        )
        self.assertEqual(GROUP_ID, self.proxy.find_share_group('g1').id)
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-groups/detail',
            query={'name': ['g1']},
        )

    def test_find_share_group_missing(self):
        self.requests.get(
            base.url('share-groups', 'detail'), json={'share_groups': []}
        )
        self.assertIsNone(self.proxy.find_share_group('nope'))
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.find_share_group,
            'nope',
            ignore_missing=False,
        )

    def test_create_share_group(self):
        self.requests.post(
            base.url('share-groups'),
            status_code=202,
            json={'share_group': group_body(status='creating')},
        )
        group = self.proxy.create_share_group(
            name='g1',
            description='d',
            share_types=[ST_ID],
            share_group_type_id=TYPE_ID,
            share_network_id='net',
            availability_zone='az1',
        )
        self.assertEqual('creating', group.status)
        self.assertRequest(
            self.history[0],
            'POST',
            '/share-groups',
            json={
                'share_group': {
                    'name': 'g1',
                    'description': 'd',
                    'share_types': [ST_ID],
                    'share_group_type_id': TYPE_ID,
                    'share_network_id': 'net',
                    'availability_zone': 'az1',
                }
            },
        )

    def test_create_share_group_from_snapshot(self):
        self.requests.post(
            base.url('share-groups'),
            status_code=202,
            json={'share_group': group_body()},
        )
        self.proxy.create_share_group(source_share_group_snapshot_id=SNAP_ID)
        self.assertEqual(
            {'share_group': {'source_share_group_snapshot_id': SNAP_ID}},
            self.history[0].json(),
        )

    def test_update_share_group(self):
        self.requests.put(
            base.url('share-groups', GROUP_ID),
            json={'share_group': group_body(name='new')},
        )
        group = self.proxy.update_share_group(
            GROUP_ID, name='new', description=None
        )
        self.assertEqual('new', group.name)
        self.assertRequest(
            self.history[0],
            'PUT',
            '/share-groups/' + GROUP_ID,
            json={'share_group': {'name': 'new', 'description': None}},
        )

    def test_delete_share_group(self):
        self.requests.delete(
            base.url('share-groups', GROUP_ID), status_code=202
        )
        self.assertIsNone(self.proxy.delete_share_group(GROUP_ID))
        self.assertRequest(
            self.history[0], 'DELETE', '/share-groups/' + GROUP_ID
        )

    def test_delete_share_group_missing(self):
        self.requests.delete(
            base.url('share-groups', GROUP_ID), status_code=404
        )
        self.proxy.delete_share_group(GROUP_ID)
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_group,
            GROUP_ID,
            ignore_missing=False,
        )

    def test_delete_share_group_with_shares_conflicts(self):
        self.requests.delete(
            base.url('share-groups', GROUP_ID),
            status_code=409,
            json={
                'conflictingRequest': {
                    'code': 409,
                    'message': 'Cannot delete a share group with shares',
                }
            },
        )
        self.assertRaises(
            exceptions.ConflictException,
            self.proxy.delete_share_group,
            GROUP_ID,
        )

    def test_force_delete_share_group(self):
        self.requests.post(
            base.url('share-groups', GROUP_ID, 'action'), status_code=202
        )
        self.proxy.delete_share_group(GROUP_ID, force=True)
        self.assertRequest(
            self.history[0],
            'POST',
            f'/share-groups/{GROUP_ID}/action',
            json={'force_delete': None},
        )

    def test_reset_share_group_status(self):
        self.requests.post(
            base.url('share-groups', GROUP_ID, 'action'), status_code=202
        )
        self.proxy.reset_share_group_status(GROUP_ID, 'error')
        self.assertRequest(
            self.history[0],
            'POST',
            f'/share-groups/{GROUP_ID}/action',
            json={'reset_status': {'status': 'error'}},
        )


class TestShareGroupSnapshots(base.ProxyTestCase):
    def test_share_group_snapshots_sends_every_filter(self):
        self.requests.get(
            base.url('share-group-snapshots', 'detail'),
            json={'share_group_snapshots': []},
        )
        query = {
            'name': 'n',
            'description': 'd',
            'status': 'available',
            'share_group_id': GROUP_ID,
            'project_id': 'p',
            'user_id': 'u',
            'sort_key': 'name',
            'sort_dir': 'desc',
            'limit': 3,
            'offset': 1,
        }
        list(self.proxy.share_group_snapshots(all_projects=True, **query))
        expected = {key: [str(value)] for key, value in query.items()}
        expected['all_tenants'] = ['True']
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-group-snapshots/detail',
            query=expected,
        )

    def test_share_group_snapshots_summary(self):
        self.requests.get(
            base.url('share-group-snapshots'),
            json={'share_group_snapshots': [{'id': SNAP_ID, 'name': 's'}]},
        )
        snaps = list(self.proxy.share_group_snapshots(details=False))
        self.assertEqual([SNAP_ID], [s.id for s in snaps])
        self.assertRequest(self.history[0], 'GET', '/share-group-snapshots')

    def test_share_group_snapshots_follow_the_singular_links(self):
        # Manila names these links share_group_snapshot_links.
        next1 = base.url('share-group-snapshots', 'detail') + '?marker=x'
        self.requests.get(
            base.url('share-group-snapshots', 'detail'),
            [
                {
                    'json': {
                        'share_group_snapshots': [snap_body()],
                        'share_group_snapshot_links': [
                            {'rel': 'next', 'href': next1}
                        ],
                    }
                },
                {'json': {'share_group_snapshots': [snap_body(id='s2')]}},
            ],
        )
        snaps = list(self.proxy.share_group_snapshots())
        self.assertEqual([SNAP_ID, 's2'], [s.id for s in snaps])
        self.assertEqual(2, len(self.history))
        self.assertEqual({'offset': ['1']}, self.query(self.history[1]))

    def test_get_share_group_snapshot(self):
        self.requests.get(
            base.url('share-group-snapshots', SNAP_ID),
            json={'share_group_snapshot': snap_body()},
        )
        snap = self.proxy.get_share_group_snapshot(SNAP_ID)
        self.assertIsInstance(snap, _snapshot.ShareGroupSnapshot)
        self.assertEqual(GROUP_ID, snap.share_group_id)
        self.assertEqual('sh1', snap.members[0]['share_id'])
        self.assertRequest(
            self.history[0], 'GET', '/share-group-snapshots/' + SNAP_ID
        )

    def test_find_share_group_snapshot_by_name(self):
        self.requests.get(
            base.url('share-group-snapshots', 'detail'),
            json={'share_group_snapshots': [snap_body()]},
        )
        self.assertEqual(
            SNAP_ID, self.proxy.find_share_group_snapshot('s1').id
        )
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-group-snapshots/detail',
            query={'name': ['s1']},
        )

    def test_find_share_group_snapshot_by_id(self):
        self.requests.get(
            base.url('share-group-snapshots', SNAP_ID),
            json={'share_group_snapshot': snap_body()},
        )
        self.proxy.find_share_group_snapshot(SNAP_ID, ignore_missing=False)
        self.assertEqual(1, len(self.history))

    def test_create_share_group_snapshot(self):
        self.requests.post(
            base.url('share-group-snapshots'),
            status_code=202,
            json={'share_group_snapshot': snap_body(status='creating')},
        )
        group = _group.ShareGroup.existing(id=GROUP_ID)
        snap = self.proxy.create_share_group_snapshot(
            group, name='s1', description='d'
        )
        self.assertEqual('creating', snap.status)
        self.assertRequest(
            self.history[0],
            'POST',
            '/share-group-snapshots',
            json={
                'share_group_snapshot': {
                    'share_group_id': GROUP_ID,
                    'name': 's1',
                    'description': 'd',
                }
            },
        )

    def test_reset_share_group_snapshot_status(self):
        self.requests.post(
            base.url('share-group-snapshots', SNAP_ID, 'action'),
            status_code=202,
        )
        self.proxy.reset_share_group_snapshot_status(SNAP_ID, 'error')
        self.assertRequest(
            self.history[0],
            'POST',
            f'/share-group-snapshots/{SNAP_ID}/action',
            json={'reset_status': {'status': 'error'}},
        )

    def test_update_share_group_snapshot(self):
        self.requests.put(
            base.url('share-group-snapshots', SNAP_ID),
            json={'share_group_snapshot': snap_body(description='x')},
        )
        self.proxy.update_share_group_snapshot(SNAP_ID, description='x')
        self.assertRequest(
            self.history[0],
            'PUT',
            '/share-group-snapshots/' + SNAP_ID,
            json={'share_group_snapshot': {'description': 'x'}},
        )

    def test_delete_share_group_snapshot(self):
        self.requests.delete(
            base.url('share-group-snapshots', SNAP_ID), status_code=202
        )
        self.proxy.delete_share_group_snapshot(SNAP_ID, ignore_missing=False)
        self.assertRequest(
            self.history[0], 'DELETE', '/share-group-snapshots/' + SNAP_ID
        )

    def test_delete_share_group_snapshot_missing(self):
        self.requests.delete(
            base.url('share-group-snapshots', SNAP_ID), status_code=404
        )
        self.proxy.delete_share_group_snapshot(SNAP_ID)
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_group_snapshot,
            SNAP_ID,
            ignore_missing=False,
        )

    def test_force_delete_share_group_snapshot(self):
        self.requests.post(
            base.url('share-group-snapshots', SNAP_ID, 'action'),
            status_code=202,
        )
        self.proxy.delete_share_group_snapshot(SNAP_ID, force=True)
        self.assertRequest(
            self.history[0],
            'POST',
            f'/share-group-snapshots/{SNAP_ID}/action',
            json={'force_delete': None},
        )

    def test_share_group_snapshot_members(self):
        self.requests.get(
            base.url('share-group-snapshots', SNAP_ID, 'members'),
            json={
                'share_group_snapshot_members': [
                    {
                        'id': 'm1',
                        'share_id': 'sh1',
                        'size': 2,
                        'share_protocol': 'NFS',
                        'share_group_snapshot_id': SNAP_ID,
                    }
                ]
            },
        )
        members = list(self.proxy.share_group_snapshot_members(SNAP_ID))
        self.assertEqual(['sh1'], [m.share_id for m in members])
        self.assertEqual(2, members[0].size)
        self.assertEqual('NFS', members[0].share_protocol)
        self.assertRequest(
            self.history[0],
            'GET',
            f'/share-group-snapshots/{SNAP_ID}/members',
        )


class TestShareGroupTypes(base.ProxyTestCase):
    def test_share_group_types(self):
        self.requests.get(
            base.url('share-group-types'),
            json={'share_group_types': [type_body()]},
        )
        types = list(
            self.proxy.share_group_types(
                is_public='all', group_specs={'k': 'v'}
            )
        )
        self.assertIsInstance(types[0], _type.ShareGroupType)
        self.assertEqual([ST_ID], types[0].share_types)
        self.assertFalse(types[0].is_public)
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-group-types',
            query={'is_public': ['all'], 'group_specs': ["{'k': 'v'}"]},
        )

    def test_get_share_group_type(self):
        self.requests.get(
            base.url('share-group-types', TYPE_ID),
            json={'share_group_type': type_body()},
        )
        got = self.proxy.get_share_group_type(TYPE_ID)
        self.assertEqual(
            'pool', got.group_specs['consistent_snapshot_support']
        )
        self.assertRequest(
            self.history[0], 'GET', '/share-group-types/' + TYPE_ID
        )

    def test_get_default_share_group_type(self):
        self.requests.get(
            base.url('share-group-types', 'default'),
            json={'share_group_type': type_body(is_default=True)},
        )
        got = self.proxy.get_default_share_group_type()
        self.assertTrue(got.is_default)
        self.assertEqual(TYPE_ID, got.id)
        self.assertRequest(
            self.history[0], 'GET', '/share-group-types/default'
        )

    def test_get_default_share_group_type_none(self):
        self.requests.get(
            base.url('share-group-types', 'default'), status_code=404
        )
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.get_default_share_group_type,
        )

    def test_find_share_group_type_by_name_sees_private_types(self):
        self.requests.get(
            base.url('share-group-types'),
            json={
                'share_group_types': [
                    type_body(id='other', name='x'),
                    type_body(),
                ]
            },
        )
        self.assertEqual(TYPE_ID, self.proxy.find_share_group_type('t1').id)
        self.assertEqual(1, len(self.history))
        self.assertRequest(
            self.history[0],
            'GET',
            '/share-group-types',
            query={'is_public': ['all']},
        )

    def test_find_share_group_type_by_id(self):
        self.requests.get(
            base.url('share-group-types', TYPE_ID),
            json={'share_group_type': type_body()},
        )
        self.assertEqual(TYPE_ID, self.proxy.find_share_group_type(TYPE_ID).id)
        self.assertEqual(1, len(self.history))

    def test_create_share_group_type(self):
        self.requests.post(
            base.url('share-group-types'),
            json={'share_group_type': type_body()},
        )
        got = self.proxy.create_share_group_type(
            't1',
            (ST_ID,),
            group_specs={'consistent_snapshot_support': 'pool'},
            is_public=False,
        )
        self.assertEqual(TYPE_ID, got.id)
        self.assertRequest(
            self.history[0],
            'POST',
            '/share-group-types',
            json={
                'share_group_type': {
                    'name': 't1',
                    'share_types': [ST_ID],
                    'group_specs': {'consistent_snapshot_support': 'pool'},
                    'is_public': False,
                }
            },
        )

    def test_delete_share_group_type(self):
        self.requests.delete(
            base.url('share-group-types', TYPE_ID), status_code=204
        )
        self.proxy.delete_share_group_type(TYPE_ID, ignore_missing=False)
        self.assertRequest(
            self.history[0], 'DELETE', '/share-group-types/' + TYPE_ID
        )

    def test_get_share_group_type_specs(self):
        self.requests.get(
            base.url('share-group-types', TYPE_ID, 'group-specs'),
            json={'group_specs': {'a': 'b'}},
        )
        got = self.proxy.get_share_group_type_specs(TYPE_ID)
        self.assertEqual({'a': 'b'}, got.group_specs)
        self.assertRequest(
            self.history[0], 'GET', f'/share-group-types/{TYPE_ID}/group-specs'
        )

    def test_update_share_group_type_specs(self):
        self.requests.post(
            base.url('share-group-types', TYPE_ID, 'group-specs'),
            json={'group_specs': {'a': 'b'}},
        )
        got = self.proxy.update_share_group_type_specs(TYPE_ID, a='b')
        self.assertEqual({'a': 'b'}, got.group_specs)
        self.assertRequest(
            self.history[0],
            'POST',
            f'/share-group-types/{TYPE_ID}/group-specs',
            json={'group_specs': {'a': 'b'}},
        )

    def test_delete_share_group_type_specs_quotes_keys(self):
        self.requests.delete(
            base.url('share-group-types', TYPE_ID, 'group-specs', 'a'),
            status_code=204,
        )
        self.requests.delete(
            base.url('share-group-types', TYPE_ID, 'group-specs', 'b%2Fc'),
            status_code=404,
        )
        self.proxy.delete_share_group_type_specs(TYPE_ID, ['a', 'b/c'])
        self.assertEqual(2, len(self.history))
        self.assertEqual(
            base.url('share-group-types', TYPE_ID, 'group-specs', 'b%2Fc'),
            self.history[1].url,
        )
        err = self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_group_type_specs,
            TYPE_ID,
            ['a', 'b/c'],
            ignore_missing=False,
        )
        self.assertIn('b/c', str(err))
        self.assertIn('Group specs not found', str(err))

    def test_share_group_type_access(self):
        self.requests.get(
            base.url('share-group-types', TYPE_ID, 'access'),
            json={
                'share_group_type_access': [
                    {'share_group_type_id': TYPE_ID, 'project_id': PROJECT_ID}
                ]
            },
        )
        access = self.proxy.share_group_type_access(TYPE_ID)
        self.assertEqual([PROJECT_ID], [a.project_id for a in access])
        self.assertRequest(
            self.history[0], 'GET', f'/share-group-types/{TYPE_ID}/access'
        )

    def test_add_and_remove_share_group_type_access(self):
        self.requests.post(
            base.url('share-group-types', TYPE_ID, 'action'), status_code=202
        )
        self.proxy.add_share_group_type_access(TYPE_ID, PROJECT_ID)
        self.proxy.remove_share_group_type_access(TYPE_ID, PROJECT_ID)
        self.assertRequest(
            self.history[0],
            'POST',
            f'/share-group-types/{TYPE_ID}/action',
            json={'addProjectAccess': {'project': PROJECT_ID}},
        )
        self.assertRequest(
            self.history[1],
            'POST',
            f'/share-group-types/{TYPE_ID}/action',
            json={'removeProjectAccess': {'project': PROJECT_ID}},
        )


class TestExperimentalHeader(base.ProxyTestCase):
    """2.31 to 2.54 need the experimental header; 2.55 on must not have it."""

    CALLS = (
        ('share-groups/detail', {'share_groups': []},
         lambda p: list(p.share_groups())),
        ('share-group-snapshots/detail', {'share_group_snapshots': []},
         lambda p: list(p.share_group_snapshots())),
        ('share-group-types', {'share_group_types': []},
         lambda p: list(p.share_group_types())),
        (f'share-group-snapshots/{SNAP_ID}/members',
         {'share_group_snapshot_members': []},
         lambda p: list(p.share_group_snapshot_members(SNAP_ID))),
        ('share-group-types/default', {'share_group_type': type_body()},
         lambda p: p.get_default_share_group_type()),
    )  # fmt: skip

    def headers_at(self, version):
        self.proxy.default_microversion = version
        for path, body, call in self.CALLS:
            self.requests.get(base.url(path), json=body)
            call(self.proxy)
        return [
            request.headers for request in self.history[-len(self.CALLS) :]
        ]

    def test_header_at_2_31_and_2_54(self):
        for version in ('2.31', '2.40', '2.54'):
            for headers in self.headers_at(version):
                self.assertEqual('True', headers.get(EXPERIMENTAL))
                self.assertEqual(
                    version, headers.get('X-OpenStack-Manila-API-Version')
                )

    def test_no_header_at_2_55_and_later(self):
        for version in ('2.55', '2.99'):
            for headers in self.headers_at(version):
                self.assertNotIn(EXPERIMENTAL, headers)

    def test_header_on_actions_and_writes(self):
        self.proxy.default_microversion = '2.31'
        self.requests.post(
            base.url('share-groups', GROUP_ID, 'action'), status_code=202
        )
        self.requests.delete(
            base.url('share-group-snapshots', SNAP_ID), status_code=202
        )
        self.requests.post(
            base.url('share-group-types', TYPE_ID, 'group-specs'),
            json={'group_specs': {}},
        )
        self.proxy.reset_share_group_status(GROUP_ID, 'error')
        self.proxy.delete_share_group_snapshot(SNAP_ID)
        self.proxy.update_share_group_type_specs(TYPE_ID, a='b')
        for request in self.history:
            self.assertEqual('True', request.headers.get(EXPERIMENTAL))

    def test_other_apis_get_no_header(self):
        self.proxy.default_microversion = '2.40'
        self.requests.get(base.url('shares', 'detail'), json={'shares': []})
        list(self.proxy.shares())
        self.assertNotIn(EXPERIMENTAL, self.history[0].headers)
