"""A list page is parsed once, and its items one at a time."""

import json

import requests

from osc_share_plugin.sdk.v2 import _base
from tests.unit.sdk import base


def _share(index):
    return {
        'id': f'0a1b2c3d-0000-4000-8000-{index:012d}',
        'name': f's{index}',
        'size': index,
        'metadata': {'k': [index, None, True]},
        'export_locations': [],
    }


class TestListPages(base.ProxyTestCase):
    def test_same_shares_as_a_whole_parse(self):
        shares = [_share(i) for i in range(5)]
        body = json.dumps(
            {'count': 5, 'shares': shares, 'shares_links': []}, indent=1
        )
        self.requests.get(base.url('shares', 'detail'), text=body)
        listed = list(self.proxy.shares())
        self.assertEqual([s['id'] for s in shares], [s.id for s in listed])
        self.assertEqual(
            [s['metadata'] for s in shares], [s.metadata for s in listed]
        )
        self.assertEqual(1, self.requests.call_count)

    def test_body_is_parsed_once(self):
        self.requests.get(
            base.url('shares', 'detail'),
            json={'shares': [_share(1), _share(2)]},
        )
        real = json.JSONDecoder.raw_decode
        starts = []

        def counting(decoder, text, index=0):
            starts.append(index)
            return real(decoder, text, index)

        self.patch(json.JSONDecoder, 'raw_decode', counting)
        self.assertEqual(2, len(list(self.proxy.shares())))
        # 'shares' (key), each item to check it, each item when read:
        # openstacksdk's own response.json() parses nothing more.
        self.assertEqual(5, len(starts))

    def test_items_are_built_as_they_are_read(self):
        response = requests.Response()
        response.status_code = 200
        response._content = json.dumps(
            {'shares': [_share(1), _share(2)]}
        ).encode()
        items = _base.document(response, 'shares', list)
        self.assertIsInstance(items, list)
        self.assertEqual(2, len(items))
        self.assertTrue(items)
        first = next(iter(items))
        self.assertEqual('s1', first['name'])
        # Each read builds new objects: nothing keeps the page's items.
        self.assertIsNot(first, next(iter(items)))
        self.assertEqual('s2', items[-1]['name'])
        self.assertEqual(['s2'], [s['name'] for s in items[1:]])
        self.assertIs(response.json()['shares'], items)
        self.assertEqual(b'', response.content)

    def test_empty_page(self):
        self.requests.get(
            base.url('shares', 'detail'),
            text='{ "shares" : [ ] , "shares_links": [] }',
        )
        self.assertEqual([], list(self.proxy.shares()))

    def test_broken_pages_are_invalid(self):
        for text in (
            '{"shares": [{"id": "a"},]}',
            '{"shares": [{"id": "a"}] x',
            '{"shares": [{"id": "a"}]} {}',
            '{"shares": [{"id": "a"}',
            '{"shares": [1 2]}',
            '{1: []}',
        ):
            with self.subTest(text):
                self.requests.get(base.url('shares', 'detail'), text=text)
                err = self.assertRaises(
                    _base.InvalidResponse, list, self.proxy.shares()
                )
                self.assertIn('/shares/detail', str(err))
