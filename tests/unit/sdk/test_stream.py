"""List pages read as they arrive (``_stream``), and what the proxy asks."""

import json
import logging
from unittest import mock

from oslotest import base as oslo_base

from osc_share_plugin.sdk.v2 import _proxy
from osc_share_plugin.sdk.v2 import _stream
from tests.unit.sdk import base


def pieces(data, size):
    return [data[i : i + size] for i in range(0, len(data), size)]


def page(items, **extra):
    return {
        'shares': [
            {'id': f'id-{n}', 'name': f's\u00e9{n}', 'size': n * 1000}
            for n in range(items)
        ],
        **extra,
    }


class TestReadPage(oslo_base.BaseTestCase):
    def read(self, data, size, encoding='utf-8'):
        return _stream.read_page(pieces(data, size), encoding, 'shares')

    def test_same_page_whatever_the_pieces(self):
        body = page(7, count=123456789, shares_links=[{'rel': 'next'}])
        data = json.dumps(body, indent=1).encode()
        # Pieces of one byte split every value, multi-byte characters and
        # numbers (123456789 must not end as 1234) included.
        for size in (1, 2, 3, 7, 64, len(data)):
            got = self.read(data, size)
            self.assertEqual(body['count'], got['count'], size)
            self.assertEqual(body['shares_links'], got['shares_links'])
            self.assertEqual(body['shares'], list(got['shares']), size)
            self.assertEqual(7, len(got['shares']))

    def test_items_are_kept_as_text(self):
        got = self.read(json.dumps(page(2)).encode(), 5)
        items = got['shares']
        self.assertIsInstance(items, _stream.Items)
        self.assertEqual(
            ['{"id": "id-0", "name": "s\\u00e90", "size": 0}'],
            items._texts[:1],
        )
        self.assertIsNot(items[0], items[0])  # built when read
        self.assertEqual('id-1', items[-1]['id'])
        self.assertEqual(['id-1'], [s['id'] for s in items[1:]])

    def test_encoding_told_from_the_first_bytes(self):
        data = json.dumps(page(2)).encode('utf-16-le')
        got = _stream.read_page(pieces(data, 3), None, 'shares')
        self.assertEqual('s\u00e91', list(got['shares'])[1]['name'])

    def test_empty_pages(self):
        for text in ('{}', ' { "shares" : [ ] } ', '{"shares": []}'):
            got = self.read(text.encode(), 1)
            self.assertEqual([], list(got.get('shares', [])), text)

    def test_not_an_object_is_parsed_whole(self):
        self.assertEqual([1, 2], self.read(b'[1, 2]', 1))

    def test_empty_body(self):
        for data in (b'', b'  \n'):
            self.assertRaises(_stream.EmptyBody, self.read, data, 1)

    def test_broken_bodies(self):
        for data in (
            b'{"shares": [{"id": 1}',
            b'{"shares": [{"id": 1}}',
            b'{"shares": [] "x": 1}',
            b'{"shares": []} extra',
            b'{1: 2}',
            b'<html>502 Bad Gateway</html>',
            b'{"shares": [{"id": "\xff"}]}',
        ):
            err = self.assertRaises(_stream.NotJSON, self.read, data, 4)
            self.assertEqual(
                data[:10].decode(errors='ignore')[:4], err.head[:4], data
            )


class TestProxyAsksForAStream(base.ProxyTestCase):
    def sent_for_a_list(self, debug_heard):
        """keystoneauth's request arguments for a list page."""
        self.requests.get(base.url('shares', 'detail'), json=page(3))
        with (
            mock.patch.object(
                _proxy, '_debug_heard', return_value=debug_heard
            ),
            mock.patch(
                'keystoneauth1.session.Session.request',
                wraps=self.proxy.session.request,
            ) as sent,
        ):
            self.assertEqual(3, len(list(self.proxy.shares())))
        return sent.call_args.kwargs

    def test_list_pages_stream_without_logging_their_body(self):
        sent = self.sent_for_a_list(debug_heard=False)
        self.assertTrue(sent['stream'])
        self.assertFalse(sent['log'])

    def test_with_debug_the_body_is_logged(self):
        sent = self.sent_for_a_list(debug_heard=True)
        self.assertTrue(sent['stream'])
        self.assertNotIn('log', sent)

    def test_other_requests_are_not_streamed(self):
        self.requests.get(
            base.url('shares', 'x1'), json={'share': {'id': 'x1'}}
        )
        with mock.patch(
            'keystoneauth1.session.Session.request',
            wraps=self.proxy.session.request,
        ) as sent:
            self.proxy.get_share('x1')
        self.assertNotIn('stream', sent.call_args.kwargs)


class TestDebugHeard(oslo_base.BaseTestCase):
    def setUp(self):
        super().setUp()
        self.root = logging.getLogger()
        level, handlers = self.root.level, self.root.handlers[:]
        self.addCleanup(setattr, self.root, 'level', level)
        self.addCleanup(setattr, self.root, 'handlers', handlers)
        self.root.handlers = []
        self.root.setLevel(logging.DEBUG)  # as osc-lib sets it
        self.handler = logging.StreamHandler()

    def test_console_at_warning(self):
        self.handler.setLevel(logging.WARNING)
        self.root.addHandler(self.handler)
        self.assertFalse(_proxy._debug_heard('test.ksa.session'))

    def test_console_at_debug(self):
        self.handler.setLevel(logging.DEBUG)
        self.root.addHandler(self.handler)
        self.assertTrue(_proxy._debug_heard('test.ksa.session'))

    def test_logger_above_debug(self):
        self.handler.setLevel(logging.DEBUG)
        self.root.addHandler(self.handler)
        logger = logging.getLogger('test.ksa.quiet')
        logger.setLevel(logging.INFO)
        self.addCleanup(logger.setLevel, logging.NOTSET)
        self.assertFalse(_proxy._debug_heard('test.ksa.quiet'))
