"""Requests in flight at once, over every thread: ``MAX_IN_FLIGHT``."""

import threading
import time
from unittest import mock

from openstack import proxy

from osc_share_plugin.sdk.v2 import _proxy
from tests.unit.sdk import base

SHARE_ID = '11111111-2222-3333-4444-555555555555'


class TestInFlight(base.ProxyTestCase):
    def test_threads_share_the_bound(self):
        # Below the bound, where the request would go on the wire
        # (requests_mock itself would send one request at a time).
        lock = threading.Lock()
        in_flight = [0]
        most = [0]

        def send(*args, **kwargs):
            with lock:
                in_flight[0] += 1
                most[0] = max(most[0], in_flight[0])
            time.sleep(0.05)  # a slow server: the other threads pile up
            with lock:
                in_flight[0] -= 1
            return mock.Mock(status_code=204, content=b'')

        answers = []
        threads = [
            threading.Thread(
                target=lambda: answers.append(
                    self.proxy.request('/shares/' + SHARE_ID, 'GET')
                )
            )
            for _ in range(3 * _proxy.MAX_IN_FLIGHT)
        ]
        with mock.patch.object(proxy.Proxy, 'request', side_effect=send):
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(20)
        self.assertEqual(3 * _proxy.MAX_IN_FLIGHT, len(answers))
        self.assertEqual(_proxy.MAX_IN_FLIGHT, most[0])

    def test_a_failed_request_frees_its_place(self):
        self.requests.get(base.url('shares', SHARE_ID), status_code=500)
        for _ in range(_proxy.MAX_IN_FLIGHT + 1):
            self.assertRaises(Exception, self.proxy.get_share, SHARE_ID)
        self.assertEqual(
            _proxy.MAX_IN_FLIGHT + 1, len(self.requests.request_history)
        )
