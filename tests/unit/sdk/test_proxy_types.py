"""Share types, their extra specs and access, on the wire."""

from openstack import exceptions

from osc_share_plugin.sdk.v2 import share_type as _share_type
from tests.unit.sdk import base

TYPE_ID = 'bbbbbbbb-2222-3333-4444-555555555555'
TYPE_PATH = '/types/' + TYPE_ID
TYPE = {
    'id': TYPE_ID,
    'name': 'gold',
    'share_type_access:is_public': False,
    'extra_specs': {'driver_handles_share_servers': 'False'},
    'required_extra_specs': {'driver_handles_share_servers': 'False'},
    'description': 'd',
    'is_default': False,
}


class TestShareTypeCrud(base.ProxyTestCase):
    def test_create(self):
        self.requests.post(base.url('types'), json={'share_type': TYPE})
        created = self.proxy.create_share_type(
            'gold',
            extra_specs={'driver_handles_share_servers': 'False'},
            is_public=False,
            description='d',
        )
        self.assertRequest(
            self.history[0],
            'POST',
            '/types',
            json={
                'share_type': {
                    'name': 'gold',
                    'extra_specs': {'driver_handles_share_servers': 'False'},
                    'share_type_access:is_public': False,
                    'description': 'd',
                }
            },
        )
        self.assertEqual(TYPE_ID, created.id)
        self.assertFalse(created.is_public)

    def test_get_and_default(self):
        self.requests.get(
            base.url('types', TYPE_ID), json={'share_type': TYPE}
        )
        self.requests.get(
            base.url('types', 'default'),
            json={'share_type': dict(TYPE, is_default=True)},
        )
        self.assertEqual('gold', self.proxy.get_share_type(TYPE_ID).name)
        default = self.proxy.get_default_share_type()
        self.assertTrue(default.is_default)
        self.assertRequest(self.history[0], 'GET', TYPE_PATH)
        self.assertRequest(self.history[1], 'GET', '/types/default')

    def test_no_default_type(self):
        self.requests.get(
            base.url('types', 'default'),
            status_code=404,
            json={'itemNotFound': {'message': 'Default share type not found'}},
        )
        self.assertRaises(
            exceptions.NotFoundException, self.proxy.get_default_share_type
        )

    def test_update(self):
        self.requests.put(
            base.url('types', TYPE_ID), json={'share_type': TYPE}
        )
        self.proxy.update_share_type(TYPE_ID, name='gold2', is_public=True)
        self.assertRequest(
            self.history[0],
            'PUT',
            TYPE_PATH,
            json={
                'share_type': {
                    'name': 'gold2',
                    'share_type_access:is_public': True,
                }
            },
        )

    def test_delete(self):
        self.requests.delete(base.url('types', TYPE_ID), status_code=202)
        self.proxy.delete_share_type(TYPE_ID)
        self.assertRequest(self.history[0], 'DELETE', TYPE_PATH)

    def test_delete_missing(self):
        self.requests.delete(base.url('types', TYPE_ID), status_code=404)
        self.proxy.delete_share_type(TYPE_ID)
        self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_type,
            TYPE_ID,
            ignore_missing=False,
        )

    def test_list_filters(self):
        self.requests.get(base.url('types'), json={'share_types': [TYPE]})
        types = list(
            self.proxy.share_types(is_public='all', extra_specs={'a': 'b'})
        )
        self.assertEqual([TYPE_ID], [t.id for t in types])
        self.assertRequest(
            self.history[0],
            'GET',
            '/types',
            query={'is_public': ['all'], 'extra_specs': ["{'a': 'b'}"]},
        )

    def test_list_undeclared_filter_fails_loudly(self):
        self.assertRaises(
            exceptions.InvalidResourceQuery,
            lambda: list(self.proxy.share_types(name='gold')),
        )
        self.assertEqual(0, len(self.history))


class TestShareTypeExtraSpecs(base.ProxyTestCase):
    def test_get(self):
        self.requests.get(
            base.url('types', TYPE_ID, 'extra_specs'),
            json={'extra_specs': {'a': 'b'}},
        )
        found = self.proxy.get_share_type_extra_specs(TYPE_ID)
        self.assertEqual({'a': 'b'}, found.extra_specs)

    def test_update(self):
        self.requests.post(
            base.url('types', TYPE_ID, 'extra_specs'),
            json={'extra_specs': {'a': 'b'}},
        )
        self.proxy.update_share_type_extra_specs(TYPE_ID, a='b')
        self.assertRequest(
            self.history[0],
            'POST',
            TYPE_PATH + '/extra_specs',
            json={'extra_specs': {'a': 'b'}},
        )

    def test_delete_names_the_missing_keys(self):
        self.requests.delete(base.url('types', TYPE_ID, 'extra_specs', 'a'))
        self.requests.delete(
            base.url('types', TYPE_ID, 'extra_specs', 'ghost'),
            status_code=404,
        )
        err = self.assertRaises(
            exceptions.NotFoundException,
            self.proxy.delete_share_type_extra_specs,
            TYPE_ID,
            ['ghost', 'a'],
            ignore_missing=False,
        )
        self.assertIn('ghost', str(err))
        self.assertIn('Extra specs not found', str(err))
        # Every other key was still removed.
        self.assertEqual(
            ['DELETE', 'DELETE'], [r.method for r in self.history]
        )


class TestShareTypeAccess(base.ProxyTestCase):
    def test_list(self):
        self.requests.get(
            base.url('types', TYPE_ID, 'share_type_access'),
            json={
                'share_type_access': [
                    {'project_id': 'p1', 'share_type_id': TYPE_ID}
                ]
            },
        )
        access = self.proxy.share_type_access(TYPE_ID)
        self.assertEqual(['p1'], [a.project_id for a in access])
        self.assertIsInstance(access[0], _share_type.ShareTypeAccess)

    def test_add_and_remove(self):
        self.requests.post(
            base.url('types', TYPE_ID, 'action'), status_code=202
        )
        self.proxy.add_share_type_access(TYPE_ID, 'p1')
        self.proxy.remove_share_type_access(TYPE_ID, 'p1')
        self.assertRequest(
            self.history[0],
            'POST',
            TYPE_PATH + '/action',
            json={'addProjectAccess': {'project': 'p1'}},
        )
        self.assertRequest(
            self.history[1],
            'POST',
            TYPE_PATH + '/action',
            json={'removeProjectAccess': {'project': 'p1'}},
        )
