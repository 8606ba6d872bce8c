"""``openstack share lock ...`` against the real local cloud."""

import json
import time

from openstack import exceptions as sdk_exceptions

from tests.functional import base

MEMBER = base.MEMBER


class LockTestCase(base.TestCase):
    def create_lock(self, resource_id, cloud=MEMBER, **attrs):
        """A share lock made through the SDK, removed at cleanup (admin)."""
        lock = base.proxy(cloud).create_resource_lock(
            resource_id=resource_id, **attrs
        )
        self.addCleanup(self.delete_lock, lock.id)
        return lock

    def delete_lock(self, lock_id):
        base.proxy(base.ADMIN).delete_resource_lock(lock_id)

    def cleanup_locks_of(self, resource_id):
        def cleanup():
            admin = base.proxy(base.ADMIN)
            for lock in admin.resource_locks(
                resource_id=resource_id, all_projects=True
            ):
                admin.delete_resource_lock(lock)

        self.addCleanup(cleanup)

    def create_rule(self, share, cloud=MEMBER):
        """An active IP access rule on ``share``: its ID."""
        client = base.proxy(cloud)
        rule = client.post(
            f'/shares/{share.id}/action',
            json={'allow_access': {
                'access_type': 'ip', 'access_to': '203.0.113.7',
                'access_level': 'rw',
            }},
        ).json()['access']  # fmt: skip
        deadline = time.monotonic() + base.FIXTURE_WAIT
        while rule['state'] != 'active':
            self.assertNotIn('error', rule['state'])
            self.assertLess(time.monotonic(), deadline, rule)
            time.sleep(0.3)
            rule = self.get_rule(rule['id'], cloud)
        return rule['id']

    def get_rule(self, rule_id, cloud=MEMBER):
        return (
            base.proxy(cloud)
            .get(f'/share-access-rules/{rule_id}')
            .json()['access']
        )

    def locks_on(self, resource_id):
        return list(base.proxy(base.ADMIN).resource_locks(
            resource_id=resource_id, all_projects=True
        ))  # fmt: skip


class ShareLockTest(LockTestCase):
    def test_locked_share_cannot_be_deleted_until_unlocked(self):
        share = self.create_share(cloud=MEMBER)
        self.cleanup_locks_of(share.id)
        rc, out, err = self.openstack(
            ['share', 'lock', 'create', share.name, '--reason', 'keep it',
             '-f', 'json'],
            cloud=MEMBER,
        )  # fmt: skip
        self.assertEqual(0, rc, err)
        lock = json.loads(out)
        self.assertEqual(
            ['created_at', 'id', 'lock_context', 'lock_reason',
             'project_id', 'resource_action', 'resource_id',
             'resource_type', 'updated_at', 'user_id'],
            sorted(lock),
        )  # fmt: skip
        # No type given: a share's name makes it a share lock.
        self.assertEqual(
            ('share', share.id, 'delete', 'keep it', 'user'),
            (lock['resource_type'], lock['resource_id'],
             lock['resource_action'], lock['lock_reason'],
             lock['lock_context']),
        )  # fmt: skip

        rows = self.ok_json(
            ['share', 'lock', 'list', '--resource', share.name,
             '--detailed'],
            cloud=MEMBER,
        )  # fmt: skip
        self.assertEqual([lock['id']], [r['ID'] for r in rows])
        self.assertEqual(
            ['ID', 'Resource Id', 'Resource Type', 'Resource Action',
             'Lock Context', 'User Id', 'Project Id', 'Created At',
             'Updated At', 'Lock Reason'],
            list(rows[0]),
        )  # fmt: skip
        shown = self.ok_json(['share', 'lock', 'show', lock['id']],
                             cloud=MEMBER)  # fmt: skip
        self.assertEqual('keep it', shown['Lock Reason'])

        rc, out, err = self.fails(
            ['share', 'delete', share.name], cloud=MEMBER, rc=1
        )
        self.assertOneLineError(err, lock['id'], 'prevent delete')
        self.assertEqual(
            'available', base.proxy(MEMBER).get_share(share.id).status
        )

        self.ok(['share', 'lock', 'set', lock['id'], '--lock-reason',
                 'still'], cloud=MEMBER)  # fmt: skip
        got = base.proxy(MEMBER).get_resource_lock(lock['id'])
        self.assertEqual('still', got.lock_reason)
        self.ok(['share', 'lock', 'unset', lock['id'], '--lock-reason'],
                cloud=MEMBER)  # fmt: skip
        got = base.proxy(MEMBER).get_resource_lock(lock['id'])
        self.assertIsNone(got.lock_reason)

        self.ok(['share', 'lock', 'delete', lock['id']], cloud=MEMBER)
        self.assertEqual([], self.locks_on(share.id))
        rc, out, err = self.openstack(
            ['share', 'delete', share.id, '--wait'], cloud=MEMBER
        )
        self.assertEqual(0, rc, err)
        self.assertRaises(
            sdk_exceptions.NotFoundException,
            base.proxy(MEMBER).get_share, share.id,
        )  # fmt: skip

    def test_member_cannot_lift_an_admin_lock(self):
        share = self.create_share(cloud=MEMBER)
        lock = self.create_lock(share.id, cloud=base.ADMIN,
                                lock_reason='audit')  # fmt: skip
        self.assertEqual('admin', lock.lock_context)
        rc, out, err = self.fails(
            ['share', 'lock', 'delete', lock.id], cloud=MEMBER, rc=1
        )
        # Not the member's project's lock: the member does not see it.
        self.assertOneLineError(err, lock.id)
        self.assertEqual([lock.id], [lk.id for lk in self.locks_on(share.id)])
        rc, out, err = self.fails(
            ['share', 'delete', share.id], cloud=MEMBER, rc=1
        )
        self.assertOneLineError(err, lock.id)
        self.assertEqual(
            'available', base.proxy(MEMBER).get_share(share.id).status
        )

    def test_delete_many_one_missing(self):
        share = self.create_share(cloud=MEMBER)
        self.cleanup_locks_of(share.id)
        lock = self.create_lock(share.id)
        ghost = '0c0c0c0c-0000-4000-8000-000000000000'
        rc, out, err = self.fails(
            ['share', 'lock', 'delete', ghost, lock.id], cloud=MEMBER, rc=1
        )
        self.assertIn('1 of 2 locks failed to delete.', err)
        self.assertNotIn('Traceback', err)
        self.assertEqual([], self.locks_on(share.id))


class AccessRuleLockTest(LockTestCase):
    def test_visibility_and_deletion_locks_on_an_access_rule(self):
        share = self.create_share(cloud=MEMBER)
        rule_id = self.create_rule(share)
        self.cleanup_locks_of(rule_id)

        # An ID with no type: it turns out to be an access rule.
        lock = self.ok_json(
            ['share', 'lock', 'create', rule_id, '--resource-action',
             'delete', '--reason', 'in use'],
            cloud=MEMBER,
        )  # fmt: skip
        self.assertEqual(
            ('access_rule', rule_id),
            (lock['resource_type'], lock['resource_id']),
        )
        resp = base.proxy(MEMBER).post(
            f'/shares/{share.id}/action',
            json={'deny_access': {'access_id': rule_id}},
            raise_exc=False,
        )
        self.assertGreaterEqual(resp.status_code, 400, resp.text)
        self.assertEqual('active', self.get_rule(rule_id)['state'])

        # Hidden from the member by an admin's visibility lock.
        self.assertEqual('203.0.113.7', self.get_rule(rule_id)['access_to'])
        show = self.ok_json(
            ['share', 'lock', 'create', rule_id, 'access_rule',
             '--resource-action', 'show'],
        )  # fmt: skip
        self.assertEqual('******', self.get_rule(rule_id)['access_to'])
        rows = self.ok_json(
            ['share', 'lock', 'list', '--all-projects', '--resource',
             rule_id, '--resource-action', 'show'],
        )  # fmt: skip
        self.assertEqual([show['id']], [r['ID'] for r in rows])
        self.ok(['share', 'lock', 'delete', show['id'], lock['id']])
        self.assertEqual('203.0.113.7', self.get_rule(rule_id)['access_to'])
        self.assertEqual([], self.locks_on(rule_id))

    def test_show_lock_on_a_share_refused(self):
        share = self.create_share(cloud=MEMBER)
        self.cleanup_locks_of(share.id)
        rc, out, err = self.fails(
            ['share', 'lock', 'create', share.id, 'share',
             '--resource-action', 'show'],
            cloud=MEMBER, rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, 'resource_action')
        self.assertEqual([], self.locks_on(share.id))


class LockBadInputTest(LockTestCase):
    def test_unknown_resource_type(self):
        share = self.create_share(cloud=MEMBER)
        self.cleanup_locks_of(share.id)
        rc, out, err = self.fails(
            ['share', 'lock', 'create', share.id, 'share_network'],
            cloud=MEMBER, rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, "Unknown resource type 'share_network'")
        self.assertEqual([], self.locks_on(share.id))

    def test_unknown_resource(self):
        ghost = base.unique('ghost')
        rc, out, err = self.fails(
            ['share', 'lock', 'create', ghost], cloud=MEMBER, rc=1
        )
        self.assertOneLineError(err, 'No share or access rule found', ghost)
        rc, out, err = self.fails(
            ['share', 'lock', 'show', ghost], cloud=MEMBER, rc=1
        )
        self.assertOneLineError(err, ghost)

    def test_below_2_81(self):
        rc, out, err = self.fails(
            ['--os-share-api-version', '2.80', 'share', 'lock', 'list'],
            cloud=MEMBER, rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, 'requires --os-share-api-version 2.81')
