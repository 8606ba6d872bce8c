"""Hostile IDs and keys: each addresses that value as one segment, or fails.

The exact URL requested is asserted: a ``/``, ``..``, ``?``, ``#``, ``%``,
a space or a non-ASCII letter in an ID or a key must never reach another
resource (``share export location set A ../../B`` once acted on share B).
"""

import inspect

from openstack import exceptions
from openstack import fields
from openstack import utils

from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.sdk.v2 import share_export_location as _el
from osc_share_plugin.sdk.v2 import share_type as _share_type
from tests.unit.sdk import base

SHARE_ID = '0a1b2c3d-0000-4000-8000-00000000000a'
OTHER_ID = '0a1b2c3d-0000-4000-8000-00000000000b'
TYPE_ID = '0a1b2c3d-0000-4000-8000-00000000000c'

#: (value, how it must appear in the path)
HOSTILE = (
    (f'../../{OTHER_ID}', f'..%2F..%2F{OTHER_ID}'),
    ('a/b', 'a%2Fb'),
    ('k?x=1', 'k%3Fx%3D1'),
    ('k#frag', 'k%23frag'),
    ('100%', '100%25'),
    ('a%2Fb', 'a%252Fb'),
    ('with space', 'with%20space'),
    ('clé-ü', 'cl%C3%A9-%C3%BC'),
    ('..x', '..x'),
)
#: Values that cannot be one segment: refused before any request.
REFUSED = ('..', '.', '')


class HostileTestCase(base.ProxyTestCase):
    def setUp(self):
        super().setUp()
        self.mark()

    def mark(self):
        """Later assertions look at the requests from here on."""
        self._start = len(self.history)

    @property
    def sent(self):
        return self.history[self._start :]

    def mock_any(self, method, json=None, status_code=200):
        import requests_mock

        return self.requests.register_uri(
            method, requests_mock.ANY, json=json, status_code=status_code
        )

    def assertOnlyUrl(self, method, path):
        """Exactly one request, to ``ENDPOINT + path`` as sent (raw)."""
        self.assertEqual(1, len(self.sent), [r.url for r in self.sent])
        request = self.sent[0]
        self.assertEqual(method, request.method)
        self.assertEqual(base.ENDPOINT + path, request.url.split('?')[0])


class TestShares(HostileTestCase):
    def test_get_share(self):
        for value, quoted in HOSTILE:
            with self.subTest(value=value):
                self.mark()
                self.mock_any('GET', json={'share': {'id': value}})
                self.proxy.get_share(value)
                self.assertOnlyUrl('GET', f'/shares/{quoted}')

    def test_delete_and_update_share(self):
        for value, quoted in HOSTILE:
            with self.subTest(value=value):
                self.mark()
                self.mock_any('DELETE', status_code=202)
                self.proxy.delete_share(value)
                self.assertOnlyUrl('DELETE', f'/shares/{quoted}')
                self.mark()
                self.mock_any('PUT', json={'share': {'id': value}})
                self.proxy.update_share(value, name='n')
                self.assertOnlyUrl('PUT', f'/shares/{quoted}')

    def test_share_action(self):
        for value, quoted in HOSTILE:
            with self.subTest(value=value):
                self.mark()
                self.mock_any('POST', status_code=202)
                self.proxy.reset_share_status(value, 'available')
                self.assertOnlyUrl('POST', f'/shares/{quoted}/action')

    def test_find_share_by_hostile_name_lists(self):
        self.mock_any('GET', json={'shares': []})
        self.assertIsNone(self.proxy.find_share(f'../{OTHER_ID}'))
        self.assertOnlyUrl('GET', '/shares/detail')
        self.assertEqual(
            {'name': [f'../{OTHER_ID}']}, self.query(self.sent[0])
        )

    def test_refused_ids(self):
        for value in REFUSED:
            with self.subTest(value=value):
                self.mark()
                self.mock_any('GET', json={'share': {'id': 'x'}})
                self.assertRaises(
                    exceptions.InvalidRequest, self.proxy.get_share, value
                )
                self.assertEqual([], self.sent)


class TestShareMetadata(HostileTestCase):
    def test_metadata_item_keys(self):
        for value, quoted in HOSTILE:
            with self.subTest(key=value):
                self.mark()
                self.mock_any('GET', json={'meta': {value: 'v'}})
                res = self.proxy.get_share_metadata_item(SHARE_ID, value)
                self.assertEqual('v', res.metadata[value])
                self.assertOnlyUrl(
                    'GET', f'/shares/{SHARE_ID}/metadata/{quoted}'
                )

    def test_delete_metadata_keys(self):
        for value, quoted in HOSTILE:
            with self.subTest(key=value):
                self.mark()
                self.mock_any('DELETE', status_code=200)
                self.proxy.delete_share_metadata(SHARE_ID, [value])
                self.assertOnlyUrl(
                    'DELETE', f'/shares/{SHARE_ID}/metadata/{quoted}'
                )

    def test_metadata_of_hostile_share(self):
        for value, quoted in HOSTILE:
            with self.subTest(share=value):
                self.mark()
                self.mock_any('POST', json={'metadata': {'k': 'v'}})
                self.proxy.update_share_metadata(value, {'k': 'v'})
                self.assertOnlyUrl('POST', f'/shares/{quoted}/metadata')

    def test_refused_keys(self):
        for value in REFUSED:
            with self.subTest(key=value):
                self.mark()
                self.mock_any('DELETE', status_code=200)
                self.assertRaises(
                    exceptions.InvalidRequest,
                    self.proxy.delete_share_metadata,
                    SHARE_ID,
                    [value],
                )
                self.assertEqual([], self.sent)


class TestExportLocations(HostileTestCase):
    def test_get_export_location(self):
        for value, quoted in HOSTILE:
            with self.subTest(location=value):
                self.mark()
                self.mock_any('GET', json={'export_location': {'id': value}})
                self.proxy.get_export_location(value, SHARE_ID)
                self.assertOnlyUrl(
                    'GET', f'/shares/{SHARE_ID}/export_locations/{quoted}'
                )

    def test_export_location_metadata(self):
        """The issue's case: set/unset never reach share B."""
        for value, quoted in HOSTILE:
            with self.subTest(location=value):
                self.mark()
                self.mock_any('POST', json={'metadata': {'k': 'v'}})
                self.proxy.update_export_location_metadata(
                    value, SHARE_ID, {'k': 'v'}
                )
                self.assertOnlyUrl(
                    'POST',
                    f'/shares/{SHARE_ID}/export_locations/{quoted}/metadata',
                )
                self.mark()
                self.mock_any('DELETE', status_code=200)
                self.proxy.delete_export_location_metadata(
                    value, SHARE_ID, [value]
                )
                self.assertOnlyUrl(
                    'DELETE',
                    f'/shares/{SHARE_ID}/export_locations/{quoted}'
                    f'/metadata/{quoted}',
                )

    def test_list_of_hostile_share(self):
        for value, quoted in HOSTILE:
            with self.subTest(share=value):
                self.mark()
                self.mock_any(
                    'GET',
                    json={'export_locations': [{'id': 'e', 'path': 'p'}]},
                )
                (location,) = self.proxy.export_locations(value)
                # The resource keeps the raw value; only the path is quoted.
                self.assertEqual(value, location.share_id)
                self.assertOnlyUrl('GET', f'/shares/{quoted}/export_locations')


class TestShareTypes(HostileTestCase):
    def share_type(self):
        return _share_type.ShareType.existing(id=TYPE_ID)

    def test_get_share_type(self):
        for value, quoted in HOSTILE:
            with self.subTest(share_type=value):
                self.mark()
                self.mock_any('GET', json={'share_type': {'id': value}})
                _share_type.ShareType.existing(id=value).fetch(self.proxy)
                self.assertOnlyUrl('GET', f'/types/{quoted}')

    def test_delete_extra_specs(self):
        for value, quoted in HOSTILE:
            with self.subTest(key=value):
                self.mark()
                self.mock_any('DELETE', status_code=202)
                self.share_type().delete_specs(self.proxy, [value])
                self.assertOnlyUrl(
                    'DELETE', f'/types/{TYPE_ID}/extra_specs/{quoted}'
                )

    def test_extra_specs_of_hostile_type(self):
        for value, quoted in HOSTILE:
            with self.subTest(share_type=value):
                self.mark()
                self.mock_any('GET', json={'extra_specs': {'a': 'b'}})
                _share_type.ShareType.existing(id=value).fetch_specs(
                    self.proxy
                )
                self.assertOnlyUrl('GET', f'/types/{quoted}/extra_specs')

    def test_project_access_of_hostile_type(self):
        for value, quoted in HOSTILE:
            with self.subTest(share_type=value):
                self.mark()
                self.mock_any('GET', json={'share_type_access': []})
                _share_type.ShareType.existing(id=value).project_access(
                    self.proxy
                )
                self.assertOnlyUrl('GET', f'/types/{quoted}/share_type_access')
                self.mark()
                self.mock_any('POST', status_code=202)
                _share_type.ShareType.existing(id=value).add_project_access(
                    self.proxy, 'p'
                )
                self.assertOnlyUrl('POST', f'/types/{quoted}/action')


class TestRawPathsAreRefused(HostileTestCase):
    def test_dot_segments_never_leave(self):
        """A path pasted together raw is caught by the proxy itself."""
        self.mock_any('GET', json={'share': {}})
        for url in (
            f'/shares/{SHARE_ID}/export_locations/../../{OTHER_ID}',
            '/shares/./x',
            f'/shares/{SHARE_ID}/metadata/k#x',
        ):
            with self.subTest(url=url):
                self.assertRaises(
                    exceptions.InvalidRequest, self.proxy.get, url
                )
        self.assertEqual([], self.sent)


class TestEveryResource(HostileTestCase):
    """Future resources are covered without writing anything."""

    def test_found_the_resources(self):
        names = base.share_resources()
        self.assertIn(f'{_share.__name__}.Share', names)
        self.assertIn(f'{_el.__name__}.ShareExportLocation', names)

    def _instance(self, cls, value):
        uri = {
            name: value
            for name, attr in inspect.getmembers(cls)
            if isinstance(attr, fields.URI)
        }
        return cls.existing(id=value, **uri), uri

    def test_hostile_id_and_uri_attributes_are_quoted(self):
        for name, cls in sorted(base.share_resources().items()):
            for value, quoted in HOSTILE:
                with self.subTest(resource=name, value=value):
                    res, uri = self._instance(cls, value)
                    wire = {getattr(cls, attr).name: quoted for attr in uri}
                    expected_base = cls.base_path % {'id': quoted, **wire}
                    request = res._prepare_request(requires_id=True)
                    self.assertEqual(
                        utils.urljoin(expected_base, quoted), request.url
                    )
                    self.assertEqual(
                        utils.urljoin(expected_base, quoted, 'action'),
                        res._path('action'),
                    )

    def test_refused_ids_for_every_resource(self):
        for name, cls in sorted(base.share_resources().items()):
            for value in ('..', '.'):
                with self.subTest(resource=name, value=value):
                    res, _uri = self._instance(cls, value)
                    self.assertRaises(
                        exceptions.InvalidRequest,
                        res._prepare_request,
                        requires_id=True,
                    )

    def test_list_quotes_uri_attributes(self):
        for name, cls in sorted(base.share_resources().items()):
            keys = utils.get_string_format_keys(cls.base_path)
            if not keys or not cls.allow_list:
                continue
            with self.subTest(resource=name):
                self.mark()
                self.mock_any('GET', json={cls.resources_key: []})
                params = {key: 'a/../b' for key in keys}
                list(cls.list(self.proxy, **params))
                expected = cls.base_path % {key: 'a%2F..%2Fb' for key in keys}
                self.assertOnlyUrl('GET', expected)
