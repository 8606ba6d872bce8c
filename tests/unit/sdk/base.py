"""A real Proxy on a real keystoneauth session, with HTTP mocked."""

import importlib
import inspect
import pkgutil
from unittest import mock
import urllib.parse

from keystoneauth1 import session as ks_session
from keystoneauth1 import token_endpoint
from oslotest import base
from requests_mock.contrib import fixture as rm_fixture

import osc_share_plugin.sdk.v2 as sdk_v2
from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _proxy

ENDPOINT = 'https://manila.example/v2'
MICROVERSION = '2.99'


def share_resources():
    """Every ShareResource subclass importable under sdk.v2, now or later."""
    found = {}
    for info in pkgutil.iter_modules(sdk_v2.__path__):
        module = importlib.import_module(f'{sdk_v2.__name__}.{info.name}')
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, _base.ShareResource) and cls.base_path:
                found[f'{cls.__module__}.{cls.__qualname__}'] = cls
    return found


def url(*parts):
    return '/'.join((ENDPOINT,) + parts)


class ProxyTestCase(base.BaseTestCase):
    def setUp(self):
        super().setUp()
        self.requests = self.useFixture(rm_fixture.Fixture())
        sess = ks_session.Session(auth=token_endpoint.Token(ENDPOINT, 'tok'))
        self.proxy = _proxy.Proxy(
            session=sess,
            service_type='shared-file-system',
            endpoint_override=ENDPOINT,
            default_microversion=MICROVERSION,
        )
        # What openstack.connection.Connection would provide, minus caching.
        self.proxy._connection = mock.Mock(
            cache_enabled=False,
            _global_request_id=None,
            _api_cache_keys=set(),
            current_location=None,
            **{'_get_current_location.return_value': None},
        )

    @property
    def history(self):
        return self.requests.request_history

    @staticmethod
    def query(request):
        """The exact query string, case preserved (requests_mock lowers)."""
        return urllib.parse.parse_qs(
            urllib.parse.urlsplit(request.url).query, keep_blank_values=True
        )

    def assertRequest(
        self,
        request,
        method,
        path,
        query=None,
        json=None,
        no_body=False,
    ):
        """Method, URL, exact query, JSON body and microversion headers."""
        self.assertEqual(method, request.method)
        split = urllib.parse.urlsplit(request.url)
        self.assertEqual(
            ENDPOINT + path, f'{split.scheme}://{split.netloc}{split.path}'
        )
        self.assertEqual(query or {}, self.query(request))
        if json is not None:
            self.assertEqual(json, request.json())
        if no_body:
            self.assertFalse(request.body)
        self.assertEqual(
            f'shared-file-system {MICROVERSION}',
            request.headers.get('OpenStack-API-Version'),
        )
        self.assertEqual(
            MICROVERSION, request.headers.get('X-OpenStack-Manila-API-Version')
        )
        self.assertEqual('tok', request.headers.get('X-Auth-Token'))
