"""``openstack share transfer ...`` against the real local cloud.

Shares go from the member project (demo) to a second one (demo2).
"""

import json
import time

from openstack import exceptions as sdk_exceptions

from tests.functional import base

MEMBER = base.MEMBER
MEMBER2 = 'local-member2'


class TransferTestCase(base.TestCase):
    def create_transfer(self, share, cloud=MEMBER, name=None):
        """A transfer made through the SDK, cancelled at cleanup."""
        client = base.proxy(cloud)
        transfer = client.create_share_transfer(
            share_id=share.id, name=name or base.unique('tr')
        )
        self.addCleanup(self.cancel_transfer, transfer.id, cloud)
        return transfer

    def cancel_transfer(self, transfer_id, cloud=MEMBER):
        try:
            base.proxy(cloud).delete_share_transfer(transfer_id)
        except sdk_exceptions.BadRequestException:
            pass  # accepted meanwhile: nothing left to cancel

    def share_status(self, share, cloud=MEMBER):
        return base.proxy(cloud).get_share(share.id).status


class TransferAcceptTest(TransferTestCase):
    def test_create_then_accept_in_another_project(self):
        share = self.create_share(cloud=MEMBER)
        name = base.unique('tr')
        rc, out, err = self.openstack(
            ['share', 'transfer', 'create', share.name, '--name', name,
             '-f', 'json'],
            cloud=MEMBER,
        )  # fmt: skip
        self.assertEqual(0, rc, err)
        created = json.loads(out)
        self.addCleanup(self.cancel_transfer, created['id'])
        key = created['auth_key']
        self.assertTrue(key)
        self.assertEqual(
            ['accepted', 'auth_key', 'created_at', 'destination_project_id',
             'expires_at', 'id', 'name', 'resource_id', 'resource_type',
             'source_project_id'],
            sorted(created),
        )  # fmt: skip
        self.assertEqual((share.id, 'share', name), (
            created['resource_id'], created['resource_type'],
            created['name']))  # fmt: skip
        # The key once, on stdout; how to use it on stderr.
        self.assertOneLineError(err, 'shown only now', created['id'])
        self.assertNotIn(key, err)
        self.assertEqual('awaiting_transfer', self.share_status(share))

        # Never shown again.
        shown = self.ok_json(['share', 'transfer', 'show', name], cloud=MEMBER)
        self.assertNotIn('auth_key', shown)
        self.assertEqual(created['id'], shown['id'])
        rows = self.ok_json(
            ['share', 'transfer', 'list', '--name', name, '--detailed'],
            cloud=MEMBER,
        )
        self.assertEqual([created['id']], [r['ID'] for r in rows])
        self.assertEqual(
            ['ID', 'Name', 'Resource Type', 'Resource Id', 'Created At',
             'Source Project Id', 'Destination Project Id', 'Accepted',
             'Expires At'],
            list(rows[0]),
        )  # fmt: skip
        rows = self.ok_json(
            ['share', 'transfer', 'list', '--resource-id', share.name],
            cloud=MEMBER,
        )
        self.assertEqual([created['id']], [r['ID'] for r in rows])

        # A wrong key: one line, nothing moves.
        rc, out, err = self.fails(
            ['share', 'transfer', 'accept', created['id'], 'not-the-key'],
            cloud=MEMBER2, rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, 'invalid auth key')
        self.assertEqual('awaiting_transfer', self.share_status(share))

        # By name, the receiving project sees no transfer.
        rc, out, err = self.fails(
            ['share', 'transfer', 'accept', name, key], cloud=MEMBER2, rc=1
        )
        self.assertOneLineError(err, f'No share transfer named {name}')

        self.ok(['share', 'transfer', 'accept', created['id'], key,
                 '--clear-rules'], cloud=MEMBER2)  # fmt: skip
        self.addCleanup(self.delete_share, share.id, MEMBER2)
        moved = base.proxy(MEMBER2).get_share(share.id)
        self.assertEqual('available', moved.status)
        project2 = base.proxy(MEMBER2).get_project_id()
        self.assertEqual(project2, moved.project_id)
        shown = self.ok_json(['share', 'show', share.name], cloud=MEMBER2)
        self.assertEqual(share.id, shown['id'])
        rc, out, err = self.fails(
            ['share', 'show', share.id], cloud=MEMBER, rc=1
        )
        self.assertOneLineError(err)
        rows = self.ok_json(
            ['share', 'transfer', 'list', '--id', created['id']],
            cloud=MEMBER,
        )
        self.assertEqual([], rows)


class TransferCancelTest(TransferTestCase):
    def test_delete_gives_the_share_back(self):
        share = self.create_share(cloud=MEMBER)
        transfer = self.create_transfer(share)
        other = self.create_transfer(self.create_share(cloud=MEMBER))
        self.ok(['share', 'transfer', 'delete', transfer.name, other.id],
                cloud=MEMBER)  # fmt: skip
        self.assertEqual('available', self.share_status(share))
        for gone in (transfer, other):
            self.assertRaises(
                sdk_exceptions.NotFoundException,
                base.proxy(MEMBER).get_share_transfer, gone.id,
            )  # fmt: skip

    def test_delete_many_one_missing(self):
        share = self.create_share(cloud=MEMBER)
        transfer = self.create_transfer(share)
        ghost = base.unique('ghost')
        rc, out, err = self.fails(
            ['share', 'transfer', 'delete', ghost, transfer.id],
            cloud=MEMBER, rc=1,
        )  # fmt: skip
        self.assertIn('1 of 2 transfers failed to delete.', err)
        self.assertIn(ghost, err)
        self.assertNotIn('Traceback', err)
        self.assertEqual('available', self.share_status(share))


class TransferRefusedTest(TransferTestCase):
    def test_share_in_a_share_group(self):
        client = base.proxy(MEMBER)
        group_type = [
            t for t in client.get('/share-group-types').json()[
                'share_group_types'] if t['name'] == 'default_group'
        ][0]  # fmt: skip
        group = client.post(
            '/share-groups',
            json={'share_group': {
                'name': base.unique('grp'),
                'share_group_type_id': group_type['id'],
            }},
        ).json()['share_group']  # fmt: skip
        self.addCleanup(self.delete_group, group['id'])
        deadline = time.monotonic() + base.FIXTURE_WAIT
        while group['status'] != 'available':
            self.assertNotIn('error', group['status'])
            self.assertLess(time.monotonic(), deadline, group)
            time.sleep(0.5)
            group = client.get(f'/share-groups/{group["id"]}').json()[
                'share_group'
            ]
        share = self.create_share(cloud=MEMBER, share_group_id=group['id'])
        rc, out, err = self.fails(
            ['share', 'transfer', 'create', share.id], cloud=MEMBER, rc=1
        )
        self.assertOneLineError(
            err, 'Shares within share groups cannot be transferred'
        )
        self.assertEqual('available', self.share_status(share))

    def delete_group(self, group_id):
        client = base.proxy(base.ADMIN)
        client.delete(f'/share-groups/{group_id}', raise_exc=False)
        deadline = time.monotonic() + base.FIXTURE_WAIT
        while time.monotonic() < deadline:
            resp = client.get(f'/share-groups/{group_id}', raise_exc=False)
            if resp.status_code == 404:
                return
            time.sleep(0.5)

    def test_unknown_share(self):
        ghost = base.unique('ghost')
        rc, out, err = self.fails(
            ['share', 'transfer', 'create', ghost], cloud=MEMBER, rc=1
        )
        self.assertOneLineError(err, ghost)

    def test_below_2_77(self):
        rc, out, err = self.fails(
            ['--os-share-api-version', '2.76', 'share', 'transfer', 'list'],
            cloud=MEMBER, rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, 'requires --os-share-api-version 2.77')
