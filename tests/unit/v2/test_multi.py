"""Several targets at once: ``multi.for_each`` and the waits it runs."""

import argparse
import io
import signal
import threading
import time
from unittest import mock

from osc_lib import exceptions
from osc_lib.test import base

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.v2.common import multi
from osc_share_plugin.v2.common import waiting

#: Longest a test waits for threads that should get there much sooner.
PATIENCE = 20


def fail(item):
    raise RuntimeError(f'no {item}')


class TestForEach(base.TestCase):
    def test_actions_overlap(self):
        # Only THREADS actions running at the same time pass the barrier:
        # one after the other, the first would wait for the others forever.
        barrier = threading.Barrier(multi.THREADS, timeout=PATIENCE)
        items = ['first'] + [f's{n}' for n in range(multi.THREADS)]

        def action(item):
            if item != 'first':
                barrier.wait()
            return item.upper()

        self.assertEqual(
            [item.upper() for item in items],
            multi.for_each(items, action, 'shares', 'delete'),
        )

    def test_every_action_is_sent_before_any_wait(self):
        # The waits' polls would take the API's time from the actions.
        events = []
        lock = threading.Lock()

        def action(item):
            time.sleep(0.02 if item == 'c' else 0)  # the last to end
            with lock:
                events.append(('act', item))
            return item

        def then(res):
            with lock:
                events.append(('wait', res))
            return res

        self.assertEqual(
            ['a', 'b', 'c', 'd'],
            multi.for_each(['a', 'b', 'c', 'd'], action, 'x', 'delete', then),
        )
        kinds = [kind for kind, _item in events]
        self.assertEqual(['act'] * 4 + ['wait'] * 4, kinds)
        self.assertEqual(('act', 'a'), events[0])  # the first, alone

    def test_no_wait_for_a_failed_action(self):
        waited = []
        with self.assertLogs(multi.LOG):
            self.assertRaises(
                exceptions.CommandError,
                multi.for_each,
                ['a', 'b', 'c'],
                lambda item: fail(item) if item == 'b' else item,
                'x',
                'delete',
                waited.append,
            )
        self.assertEqual(['a', 'c'], sorted(waited))

    def test_never_more_at_once_than_threads(self):
        threads = mock.patch.object(multi, 'THREADS', 3)
        threads.start()
        self.addCleanup(threads.stop)
        lock = threading.Lock()
        running = [0]
        most = [0]

        def step(item):
            with lock:
                running[0] += 1
                most[0] = max(most[0], running[0])
            time.sleep(0.01)
            with lock:
                running[0] -= 1
            return item

        items = list(range(6 * multi.THREADS))
        self.assertEqual(
            items, multi.for_each(items, step, 'shares', 'delete', step)
        )
        self.assertEqual(multi.THREADS, most[0])

    def test_failures_reported_in_item_order(self):
        # The later items end first; their lines still come in item order.
        items = ['a', 'b', 'c', 'd', 'e']
        delays = {'a': 0, 'b': 0.3, 'c': 0.2, 'd': 0.1, 'e': 0}

        def action(item):
            time.sleep(delays[item])
            if item in ('b', 'd'):
                fail(item)
            return item

        def then(res):
            if res == 'e':
                raise RuntimeError('went to status error_deleting')
            return res

        with self.assertLogs(multi.LOG) as logs:
            err = self.assertRaises(
                exceptions.CommandError,
                multi.for_each,
                items,
                action,
                'shares',
                'delete',
                then,
            )
        self.assertEqual('3 of 5 shares failed to delete.', str(err))
        self.assertEqual(
            [
                "Failed to delete 'b': no b",
                "Failed to delete 'd': no d",
                "Failed to delete 'e': went to status error_deleting",
            ],
            [record.getMessage() for record in logs.records],
        )

    def test_results_in_item_order(self):
        items = list(range(12))

        def action(item):
            time.sleep((12 - item) / 200)
            return item * 10

        self.assertEqual(
            [item * 10 for item in items],
            multi.for_each(items, action, 'shares', 'delete'),
        )

    def test_single_target_fails_in_its_own_line(self):
        with mock.patch.object(multi.LOG, 'error') as logged:
            err = self.assertRaises(
                exceptions.CommandError,
                multi.for_each,
                ['x'],
                fail,
                'shares',
                'delete',
            )
            self.assertEqual("Failed to delete 'x': no x", str(err))
            err = self.assertRaises(
                exceptions.CommandError,
                multi.for_each,
                ['x'],
                str.upper,
                'shares',
                'delete',
                lambda res: fail(res),
            )
        self.assertEqual("Failed to delete 'x': no X", str(err))
        logged.assert_not_called()

    def test_single_target_runs_in_this_thread(self):
        seen = []
        multi.for_each(
            ['x'],
            lambda item: seen.append(threading.current_thread()),
            'shares',
            'delete',
            lambda res: seen.append(threading.current_thread()),
        )
        self.assertEqual([threading.main_thread()] * 2, seen)

    def test_first_action_alone_makes_the_client_once(self):
        # osc-lib's ClientCache makes a client on first use, without a
        # lock: the token, the catalog and the microversion negotiation.
        made = []

        class Lazy:
            handle = None

            @property
            def client(self):
                if self.handle is None:
                    time.sleep(0.05)  # make_client's requests
                    made.append(threading.current_thread())
                    self.handle = object()
                return self.handle

        lazy = Lazy()
        started = []

        def action(item):
            started.append((item, lazy.client))
            return item

        items = [f's{n}' for n in range(10)]
        multi.for_each(items, action, 'shares', 'delete')
        self.assertEqual([threading.main_thread()], made)
        self.assertEqual('s0', started[0][0])
        self.assertEqual({lazy.handle}, {client for _i, client in started})


class TestInterrupted(base.TestCase):
    def setUp(self):
        super().setUp()
        # Ctrl-C raises KeyboardInterrupt, as in a terminal, even where
        # the test runner was started ignoring SIGINT (a background job).
        previous = signal.signal(signal.SIGINT, signal.default_int_handler)
        self.addCleanup(signal.signal, signal.SIGINT, previous)
        workers = mock.patch.object(multi, 'THREADS', 2)
        workers.start()
        self.addCleanup(workers.stop)
        self.release = threading.Event()
        self.addCleanup(self.release.set)
        self.lock = threading.Lock()
        self.started = []
        self.waited = []

    def action(self, item):
        with self.lock:
            self.started.append(item)
        if item != 'a':
            # Blocks like a long request, until the test ends.
            self.release.wait(PATIENCE)
        return item

    def then(self, res):
        self.waited.append(res)
        return res

    def interrupt_once_two_are_under_way(self):
        deadline = time.monotonic() + PATIENCE
        while len(self.started) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.1)  # for_each is waiting on the first results
        signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)

    def test_ctrl_c_stops_at_once_with_one_line(self):
        items = list('abcdefghij')
        threading.Thread(
            target=self.interrupt_once_two_are_under_way, daemon=True
        ).start()
        start = time.monotonic()
        with self.assertLogs(multi.LOG) as logs:
            self.assertRaises(
                KeyboardInterrupt,
                multi.for_each,
                items,
                self.action,
                'shares',
                'delete',
                self.then,
            )
        # Did not wait for the two actions still blocked.
        self.assertLess(time.monotonic() - start, PATIENCE / 2)
        self.assertEqual(
            [
                'Interrupted: 10 of 10 shares not done: 3 under way go on '
                'on the server, 7 not tried'
            ],
            [record.getMessage() for record in logs.records],
        )
        self.assertEqual(['a', 'b', 'c'], sorted(self.started))
        # The workers stop: once the blocked actions end, nothing else
        # starts, not even the waits of the actions that were under way.
        self.release.set()
        time.sleep(0.2)
        self.assertEqual(['a', 'b', 'c'], sorted(self.started))
        self.assertNotIn('b', self.waited)
        self.assertNotIn('c', self.waited)

    def test_ctrl_c_during_the_waits(self):
        # Every action was sent: what is left is under way, none untried.
        items = list('abcde')
        blocked = []

        def then(res):
            with self.lock:
                blocked.append(res)
            self.release.wait(PATIENCE)  # a wait that goes on
            return res

        def interrupt_once_waiting():
            deadline = time.monotonic() + PATIENCE
            while len(blocked) < 2 and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(0.1)
            signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)

        threading.Thread(target=interrupt_once_waiting, daemon=True).start()
        with self.assertLogs(multi.LOG) as logs:
            self.assertRaises(
                KeyboardInterrupt,
                multi.for_each,
                items,
                lambda item: fail(item) if item == 'e' else item,
                'shares',
                'delete',
                then,
            )
        self.assertEqual(
            [
                'Interrupted: 4 of 5 shares not done: 4 under way go on '
                'on the server, 0 not tried'
            ],
            [record.getMessage() for record in logs.records],
        )
        self.assertEqual(2, len(blocked))


class TestWaitsOfSeveral(base.TestCase):
    def cmd(self):
        cmd = mock.Mock()
        cmd.app.stderr = io.StringIO()
        cmd.app.stderr.isatty = lambda: True
        return cmd

    def share(self):
        return _share.Share.existing(id='sid', name='s1', status='deleting')

    def test_whole_wait_bounded_by_wait_timeout(self):
        cmd = self.cmd()
        args = argparse.Namespace(wait=True, wait_timeout=600)
        clock = [1000.0]
        with mock.patch.object(time, 'monotonic', lambda: clock[0]):
            wait = multi.waiter_for_delete(cmd, args, ('error_deleting',))
            wait(self.share())
            clock[0] += 100.5  # the other targets' waits went first
            wait(self.share())
            clock[0] += 600
            wait(self.share())
        self.assertEqual(
            [600, 500, 0],
            [
                call.kwargs['wait']
                for call in cmd.client.wait_for_delete.call_args_list
            ],
        )

    def test_no_wait_no_waiter(self):
        args = argparse.Namespace(wait=False, wait_timeout=600)
        self.assertIsNone(multi.waiter_for_delete(mock.Mock(), args, ()))

    def run_in_worker(self, stopped, function):
        def work():
            waiting.hush_when(stopped)
            function()

        thread = threading.Thread(target=work)
        thread.start()
        thread.join(PATIENCE)

    def test_worker_draws_no_progress_bar(self):
        cmd = self.cmd()

        def wait():
            waiting._progress_callback(cmd)(40)

        self.run_in_worker(threading.Event(), wait)
        self.assertEqual('', cmd.app.stderr.getvalue())
        waiting._progress_callback(cmd)(40)  # the main thread draws it
        self.assertEqual('\rProgress: 40%', cmd.app.stderr.getvalue())

    def test_worker_hushed_once_stopped(self):
        cmd = self.cmd()
        stopped = threading.Event()
        self.run_in_worker(stopped, lambda: waiting.progress(cmd, 'one'))
        stopped.set()
        self.run_in_worker(stopped, lambda: waiting.progress(cmd, 'two'))
        self.assertEqual('one\n', cmd.app.stderr.getvalue())


class TestListCheckPerThread(base.TestCase):
    def test_a_page_under_way_is_checked_in_its_own_thread_only(self):
        # While one thread fetches a list page, another thread's GET of a
        # single resource must not be checked as a page of that list.
        fetching = threading.Event()
        release = threading.Event()
        seen = {}

        def page():
            seen['lister'] = _base.expected_list()
            fetching.set()
            release.wait(PATIENCE)
            yield _share.Share.existing(id='sid')

        lister = threading.Thread(
            target=lambda: list(_share.Share._checked_pages(page(), '/x'))
        )
        lister.start()
        try:
            self.assertTrue(fetching.wait(PATIENCE))
            self.assertIsNone(_base.expected_list())
        finally:
            release.set()
            lister.join(PATIENCE)
        self.assertEqual('shares', seen['lister'])
        self.assertIsNone(_base.expected_list())
