"""Several targets in one command, worked on at once, against the cloud.

``share delete a b c ... --wait`` deletes and waits on a few shares at a
time; what it prints stays one line per failed target and the "N of M"
line, as when it went one after the other.
"""

import signal
import time
import uuid

from openstack import exceptions

from osc_share_plugin.v2.common import multi
from tests.functional import base
from tests.functional import fault_server

SHARES = 10


class BulkDeleteTest(base.TestCase):
    def create_shares(self, count):
        """``count`` available shares of the member's project, made at once."""
        client = base.proxy(base.MEMBER)
        shares = [
            self.create_share(cloud=base.MEMBER, wait=False)
            for _ in range(count)
        ]
        return [
            client.wait_for_status(
                share,
                'available',
                failures=['error'],
                interval=1,
                wait=base.FIXTURE_WAIT,
            )
            for share in shares
        ]

    def assertGone(self, get, ids):
        for resource_id in ids:
            self.assertRaises(exceptions.NotFoundException, get, resource_id)

    def test_delete_many_with_one_missing(self):
        shares = self.create_shares(SHARES)
        missing = base.unique('no-such-share')
        names = [share.name for share in shares]
        names.insert(SHARES // 2, missing)
        rc, out, err = self.openstack(
            ['share', 'delete', *names, '--wait'],
            cloud=base.MEMBER,
            fail_ok=True,
        )
        self.assertEqual(1, rc, err)
        self.assertNotIn('Traceback', err)
        lines = err.splitlines()
        failures = [line for line in lines if line.startswith('Failed to')]
        self.assertEqual(1, len(failures), err)
        self.assertIn(f"Failed to delete '{missing}'", failures[0])
        self.assertEqual(
            f'1 of {SHARES + 1} shares failed to delete.', lines[-1], err
        )
        # Each share was waited for, until gone.
        for share in shares:
            self.assertIn(f'share {share.name} is gone after', err)
        self.assertGone(
            base.proxy(base.MEMBER).get_share, [s.id for s in shares]
        )

    def test_delete_many_snapshots(self):
        share = self.create_share(cloud=base.MEMBER)
        snapshots = [
            self.create_snapshot(share, cloud=base.MEMBER) for _ in range(3)
        ]
        rc, out, err = self.openstack(
            ['share', 'snapshot', 'delete', '--wait']
            + [snapshot['name'] for snapshot in snapshots],
            cloud=base.MEMBER,
        )
        self.assertEqual(0, rc, err)
        for snapshot in snapshots:
            self.assertIn(f"{snapshot['name']} is gone after", err)
        self.assertGone(
            base.proxy(base.MEMBER).get_share_snapshot,
            [snapshot['id'] for snapshot in snapshots],
        )


class BulkInterruptedTest(base.TestCase):
    def test_ctrl_c_during_the_waits(self):
        """Exit 130 at once with one line, however many waits are on."""
        with fault_server.FaultServer() as server:
            # Every share the fault server knows stays 'creating': each
            # wait goes on until interrupted.
            proc = base.start_openstack(
                [
                    '--os-shared-file-system-endpoint-override',
                    server.url('creating'),
                    'share',
                    'delete',
                    *(str(uuid.uuid4()) for _ in range(12)),
                    '--wait',
                ]
            )
            # The first action alone; then a thread a target: its wait,
            # and the others' actions, each followed by its wait.
            workers = min(12, multi.THREADS)
            deadline = time.monotonic() + 60
            while (
                time.monotonic() < deadline and len(deletes(server)) < workers
            ):
                time.sleep(0.2)
            time.sleep(1)  # every wait under way is polling
            proc.send_signal(signal.SIGINT)
            sent = time.monotonic()
            out, err = proc.communicate(timeout=60)
            exited_after = time.monotonic() - sent
            requests = len(server.requests)
            time.sleep(2.5)  # longer than a pause between two polls
            self.assertEqual(requests, len(server.requests), 'still polling')
        self.assertEqual(130, proc.returncode, err)
        self.assertLess(exited_after, 10, 'waited for the worker threads')
        self.assertNotIn('Traceback', err)
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertEqual(workers, len(deletes(server)), err)
        self.assertEqual(
            ['Waiting for share fault to be gone'] * workers, lines[:-1]
        )
        self.assertEqual(
            f'Interrupted: 12 of 12 shares not done: {workers} under way go '
            f'on on the server, {12 - workers} not tried',
            lines[-1],
        )


def deletes(server):
    return [path for method, path in server.requests if method == 'DELETE']
