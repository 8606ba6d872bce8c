"""A 2xx answer that is not the document the API defines is an error.

Invalid JSON, an empty body, HTML, a JSON list or the wrong top-level key
must never pass for the resource (``share show`` once printed only the
``id`` row, ``share create`` echoed what it sent).
"""

import fixtures
from keystoneauth1 import exceptions as ksa_exceptions
from openstack import exceptions

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _proxy
from osc_share_plugin.sdk.v2 import share as _share
from tests.unit.sdk import base

SHARE_ID = '0a1b2c3d-0000-4000-8000-00000000000a'
SHARE_URL = base.url('shares', SHARE_ID)

#: (what, requests_mock keyword arguments, expected words in the error)
BROKEN = (
    (
        'invalid JSON',
        {
            'text': '{"share": ',
            'headers': {'Content-Type': 'application/json'},
        },
        'not JSON',
    ),
    ('empty body', {'text': ''}, 'empty body'),
    (
        'HTML',
        {
            'text': '<html><body>Proxy error</body></html>',
            'headers': {'Content-Type': 'text/html'},
        },
        'not JSON',
    ),
    ('a JSON list', {'json': [1, 2]}, 'not an object'),
    ('wrong key', {'json': {'shares': []}}, "'share'"),
    ('key not an object', {'json': {'share': 'x'}}, "'share'"),
)


class TestBrokenAnswers(base.ProxyTestCase):
    def assertBroken(self, call, words, method, url):
        err = self.assertRaises(_base.InvalidResponse, call)
        text = str(err)
        self.assertIn(words, text)
        self.assertIn(f'{method} {url}', text)
        self.assertNotIn('\n', text)
        self.assertLess(len(text), 300)

    def test_get_share(self):
        for what, kwargs, words in BROKEN:
            with self.subTest(what):
                self.requests.get(SHARE_URL, status_code=200, **kwargs)
                self.assertBroken(
                    lambda: self.proxy.get_share(SHARE_ID),
                    words,
                    'GET',
                    SHARE_URL,
                )

    def test_create_share(self):
        for what, kwargs, words in BROKEN:
            with self.subTest(what):
                self.requests.post(
                    base.url('shares'), status_code=202, **kwargs
                )
                self.assertBroken(
                    lambda: self.proxy.create_share(
                        share_protocol='NFS', size=1
                    ),
                    words,
                    'POST',
                    base.url('shares'),
                )

    def test_update_share(self):
        self.requests.put(SHARE_URL, text='nope')
        self.assertBroken(
            lambda: self.proxy.update_share(SHARE_ID, name='n'),
            'not JSON',
            'PUT',
            SHARE_URL,
        )

    def test_list_shares(self):
        url = base.url('shares', 'detail')
        for what, body in (
            ('wrong key', {'json': {'share': []}}),
            ('list of strings', {'json': {'shares': ['a']}}),
            ('empty body', {'text': ''}),
            ('HTML', {'text': '<html></html>'}),
        ):
            with self.subTest(what):
                self.requests.get(url, **body)
                err = self.assertRaises(
                    _base.InvalidResponse, list, self.proxy.shares()
                )
                self.assertIn('/shares/detail', str(err))

    def test_metadata(self):
        url = SHARE_URL + '/metadata'
        self.requests.get(url, json={'meta': {}})
        self.assertRaises(
            _base.InvalidResponse, self.proxy.get_share_metadata, SHARE_ID
        )
        self.requests.post(url, text='')
        self.assertRaises(
            _base.InvalidResponse,
            self.proxy.update_share_metadata,
            SHARE_ID,
            {'k': 'v'},
        )
        self.requests.get(url + '/k', json={'meta': {'other': 'v'}})
        self.assertRaises(
            _base.InvalidResponse,
            self.proxy.get_share_metadata_item,
            SHARE_ID,
            'k',
        )

    def test_share_type_extra_specs(self):
        from osc_share_plugin.sdk.v2 import share_type

        type_id = '0a1b2c3d-0000-4000-8000-00000000000c'
        self.requests.get(
            base.url('types', type_id, 'extra_specs'), json={'specs': {}}
        )
        res = share_type.ShareType.existing(id=type_id)
        err = self.assertRaises(
            _base.InvalidResponse, res.fetch_specs, self.proxy
        )
        self.assertIn("'extra_specs'", str(err))

    def test_share_group_type_specs_and_access(self):
        # Group types share the type code: their answers are checked too.
        from osc_share_plugin.sdk.v2 import share_group_type

        type_id = '0a1b2c3d-0000-4000-8000-00000000000d'
        type_url = base.url('share-group-types', type_id)
        self.requests.get(type_url + '/group-specs', json={'specs': {}})
        self.requests.post(type_url + '/group-specs', json={})
        self.requests.get(type_url + '/access', json={'access': []})
        res = share_group_type.ShareGroupType.existing(id=type_id)
        for call, key in (
            (lambda: res.fetch_specs(self.proxy), 'group_specs'),
            (lambda: res.set_specs(self.proxy, a='b'), 'group_specs'),
            (
                lambda: res.project_access(self.proxy),
                'share_group_type_access',
            ),
        ):
            err = self.assertRaises(_base.InvalidResponse, call)
            self.assertIn(repr(key), str(err))

    def test_manage_answers_the_managed_resource(self):
        # ShareResource._manage serves shares, snapshots and share servers.
        self.requests.post(
            base.url('share-servers', 'manage'), json={'share': {'id': 'x'}}
        )
        err = self.assertRaises(
            _base.InvalidResponse,
            self.proxy.manage_share_server,
            'h@dummy',
            SHARE_ID,
            'ident',
        )
        self.assertIn("'share_server'", str(err))

    def test_action_may_answer_nothing(self):
        self.requests.post(SHARE_URL + '/action', status_code=202, text='')
        self.proxy.reset_share_status(SHARE_ID, 'available')

    def test_delete_may_answer_nothing(self):
        self.requests.delete(SHARE_URL, status_code=202, text='')
        self.proxy.delete_share(SHARE_ID)

    def test_good_answer_still_works(self):
        self.requests.get(SHARE_URL, json={'share': {'id': SHARE_ID}})
        self.assertEqual(SHARE_ID, self.proxy.get_share(SHARE_ID).id)


class TestWaitThroughRestarts(base.ProxyTestCase):
    def setUp(self):
        super().setUp()
        self.useFixture(_NoSleep())
        self.share = _share.Share.existing(id=SHARE_ID, status='creating')

    def test_retries_503_and_refused_then_succeeds(self):
        self.requests.get(
            SHARE_URL,
            [
                {'status_code': 503, 'text': 'restarting'},
                {'exc': ksa_exceptions.ConnectFailure('refused')},
                {'status_code': 502, 'text': 'bad gateway'},
                {'status_code': 504, 'text': 'gateway timeout'},
                {'json': {'share': {'id': SHARE_ID, 'status': 'available'}}},
            ],
        )
        res = self.proxy.wait_for_status(self.share, 'available', wait=60)
        self.assertEqual('available', res.status)
        self.assertEqual(5, len(self.history))

    def test_times_out_with_the_last_error(self):
        self.requests.get(SHARE_URL, status_code=503, text='Unavailable')
        err = self.assertRaises(
            exceptions.ResourceTimeout,
            self.proxy.wait_for_status,
            self.share,
            'available',
            wait=3,
        )
        self.assertIn('the last poll failed', str(err))
        self.assertIsInstance(err.last_error, exceptions.HttpException)
        self.assertGreater(len(self.history), 3)

    def test_other_errors_end_the_wait(self):
        self.requests.get(SHARE_URL, status_code=500, text='boom')
        self.assertRaises(
            exceptions.HttpException,
            self.proxy.wait_for_status,
            self.share,
            'available',
            wait=60,
        )
        self.assertEqual(1, len(self.history))

    def test_wait_for_delete_retries_too(self):
        self.requests.get(
            SHARE_URL,
            [
                {'exc': ksa_exceptions.ConnectFailure('refused')},
                {'status_code': 404, 'json': {'itemNotFound': {}}},
            ],
        )
        self.proxy.wait_for_delete(self.share, wait=60)
        self.assertEqual(2, len(self.history))


class _NoSleep(fixtures.Fixture):
    """time.sleep in _poll advances a fake clock instead."""

    def _setUp(self):
        self.now = 0.0

        def sleep(seconds):
            self.now += seconds

        self.useFixture(fixtures.MockPatchObject(_proxy.time, 'sleep', sleep))
        self.useFixture(
            fixtures.MockPatchObject(
                _proxy.time, 'monotonic', lambda: self.now
            )
        )


class TestSend(base.ProxyTestCase):
    """ShareResource._send: every resource's own requests go through it."""

    def test_microversion_default_or_given_and_errors_raise(self):
        url = base.url('shares', SHARE_ID, 'details')
        self.requests.get(url, json={})
        _share.Share._send(self.proxy, 'get', f'/shares/{SHARE_ID}/details')
        _share.Share._send(
            self.proxy, 'get', f'/shares/{SHARE_ID}/details', '2.40'
        )
        versions = [
            request.headers['OpenStack-API-Version']
            for request in self.history
        ]
        self.assertEqual(
            [
                'shared-file-system ' + base.MICROVERSION,
                'shared-file-system 2.40',
            ],
            versions,
        )
        self.requests.get(url, status_code=404, json={})
        self.assertRaises(
            exceptions.NotFoundException,
            _share.Share._send,
            self.proxy,
            'get',
            f'/shares/{SHARE_ID}/details',
        )


class TestDeleteEach(base.ProxyTestCase):
    def test_every_key_tried_then_the_missing_named(self):
        tried = []

        def delete(key):
            tried.append(key)
            if key.startswith('ghost'):
                raise exceptions.NotFoundException('gone')

        keys = ['ghost1', 'a', 'ghost2', 'b']
        _base.delete_each(keys, delete, True, 'Keys not found')
        self.assertEqual(keys, tried)
        err = self.assertRaises(
            exceptions.NotFoundException,
            _base.delete_each,
            keys,
            delete,
            False,
            'Keys not found on share x',
        )
        self.assertIn('Keys not found on share x: ghost1, ghost2', str(err))
        self.assertEqual(keys * 2, tried)
