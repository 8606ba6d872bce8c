"""``openstack share backup ...`` against the real local cloud.

The local cloud backs up two ways: with ``--backup-options`` through the
dummy driver, which restores only onto the backed up share, and without
through manila-data (no data kept), which restores onto another share too.

Backups are made and deleted by the same user: Manila gives back the
quota of the user who deletes a backup, so an admin deleting a member's
backup leaves the member's backup quota used up for good.
"""

import json
import re

from openstack import exceptions as sdk_exceptions

from tests.functional import base

#: Who makes (and deletes) the backups.
OWNER = base.ADMIN
MEMBER2 = 'local-member2'


class BackupTestCase(base.TestCase):
    def create_backup(self, share, cloud=OWNER, **attrs):
        """A backup made through the SDK, available, deleted at cleanup."""
        client = base.proxy(cloud)
        attrs.setdefault('name', base.unique('bk'))
        backup = client.create_share_backup(share_id=share.id, **attrs)
        self.addCleanup(self.delete_backup, backup.id, cloud)
        return client.wait_for_status(
            backup, 'available', failures=['error'], interval=1,
            wait=base.FIXTURE_WAIT,
        )  # fmt: skip

    def delete_backup(self, backup_id, cloud=OWNER):
        """Delete a backup whatever its state, as its owner."""
        client = base.proxy(cloud)
        try:
            backup = client.get_share_backup(backup_id)
        except sdk_exceptions.NotFoundException:
            return
        if backup.status not in ('available', 'error', 'deleting'):
            base.proxy(base.ADMIN).reset_share_backup_status(backup, 'error')
        if backup.status != 'deleting':
            client.delete_share_backup(backup)
        client.wait_for_delete(backup, interval=1, wait=base.FIXTURE_WAIT)

    def cleanup_backups_named(self, name, cloud=OWNER):
        def cleanup():
            for backup in base.proxy(cloud).share_backups(name=name):
                self.delete_backup(backup.id, cloud)

        self.addCleanup(cleanup)

    def status(self, share, cloud=OWNER):
        return base.proxy(cloud).get_share(share.id).status

    def assertProgress(self, err, *whats):
        """stderr: for each ``what``, "Waiting for ..." then "... is"."""
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertEqual(2 * len(whats), len(lines), err)
        for n, what in enumerate(whats):
            self.assertEqual(
                f'Waiting for {what} to be available', lines[2 * n]
            )
            self.assertRegex(
                lines[2 * n + 1],
                rf'^{re.escape(what)} is available after \d+\.\d s$',
            )


class BackupLifecycleTest(BackupTestCase):
    def test_create_wait_show_list_set_unset_delete(self):
        share = self.create_share(cloud=OWNER)
        name = base.unique('bk')
        self.cleanup_backups_named(name)
        rc, out, err = self.openstack(
            ['share', 'backup', 'create', share.name, '--name', name,
             '--description', 'first', '--backup-options',
             'backup_type=dummy', '--wait', '-f', 'json'],
            cloud=OWNER,
        )  # fmt: skip
        self.assertEqual(0, rc, err)
        created = json.loads(out)
        self.assertEqual('available', created['status'])
        self.assertEqual(share.id, created['share_id'])
        self.assertEqual('first', created['description'])
        self.assertEqual('dummy', created['backup_type'])
        self.assertEqual('100', created['progress'])
        self.assertNotIn('backup_options', created)
        self.assertProgress(err, f'share backup {name}')

        shown = self.ok_json(['share', 'backup', 'show', name], cloud=OWNER)
        self.assertEqual(created['id'], shown['id'])

        rows = self.ok_json(
            ['share', 'backup', 'list', '--share', share.name, '--detail'],
            cloud=OWNER,
        )
        self.assertEqual([created['id']], [r['ID'] for r in rows])
        self.assertEqual(
            ['ID', 'Name', 'Share ID', 'Status', 'Description', 'Size',
             'Created At', 'Updated At', 'Availability Zone', 'Progress',
             'Restore Progress', 'Host', 'Topic'],
            list(rows[0]),
        )  # fmt: skip
        rows = self.ok_json(
            ['share', 'backup', 'list', '--name~', name[3:], '--status',
             'available'],
            cloud=OWNER,
        )  # fmt: skip
        self.assertEqual(
            [(created['id'], name, share.id, 'available')],
            [(r['ID'], r['Name'], r['Share ID'], r['Status']) for r in rows],
        )

        new = base.unique('bk')
        self.cleanup_backups_named(new)
        self.ok(['share', 'backup', 'set', name, '--name', new,
                 '--description', 'second'], cloud=OWNER)  # fmt: skip
        backup = base.proxy(OWNER).get_share_backup(created['id'])
        self.assertEqual((new, 'second'), (backup.name, backup.description))
        self.ok(['share', 'backup', 'unset', new, '--description'],
                cloud=OWNER)  # fmt: skip
        backup = base.proxy(OWNER).get_share_backup(created['id'])
        self.assertEqual((new, None), (backup.name, backup.description))

        rc, out, err = self.openstack(
            ['share', 'backup', 'delete', new, '--wait'], cloud=OWNER
        )
        self.assertEqual(0, rc, err)
        self.assertIn(f'Waiting for share backup {new} to be gone', err)
        self.assertRaises(
            sdk_exceptions.NotFoundException,
            base.proxy(OWNER).get_share_backup, created['id'],
        )  # fmt: skip
        self.assertEqual('available', self.status(share))

    def test_admin_resets_status_member_may_not(self):
        share = self.create_share(cloud=MEMBER2)
        backup = self.create_backup(share, cloud=MEMBER2)
        rc, out, err = self.fails(
            ['share', 'backup', 'set', backup.id, '--status', 'error'],
            cloud=MEMBER2,
        )
        self.assertOneLineError(err, 'denied')
        client = base.proxy(MEMBER2)
        self.assertEqual(
            'available', client.get_share_backup(backup.id).status
        )
        self.ok(['share', 'backup', 'set', backup.id, '--status', 'error'])
        self.assertEqual('error', client.get_share_backup(backup.id).status)

    def test_delete_many_one_missing(self):
        share = self.create_share(cloud=OWNER)
        backup = self.create_backup(share)
        rc, out, err = self.fails(
            ['share', 'backup', 'delete', backup.name, base.unique('ghost'),
             '--wait'],
            cloud=OWNER,
        )  # fmt: skip
        self.assertIn('1 of 2 backups failed to delete.', err)
        self.assertNotIn('Traceback', err)
        self.assertRaises(
            sdk_exceptions.NotFoundException,
            base.proxy(OWNER).get_share_backup, backup.id,
        )  # fmt: skip


class BackupRestoreTest(BackupTestCase):
    def test_restore_onto_its_share_wait(self):
        share = self.create_share(cloud=OWNER)
        backup = self.create_backup(
            share, backup_options={'backup_type': 'dummy'}
        )
        rc, out, err = self.openstack(
            ['share', 'backup', 'restore', backup.name, '--wait'],
            cloud=OWNER,
        )
        self.assertEqual(0, rc, err)
        self.assertEqual('', out)
        self.assertProgress(
            err, f'share backup {backup.name}', f'share {share.name}'
        )
        self.assertEqual('available', self.status(share))
        restored = base.proxy(OWNER).get_share_backup(backup.id)
        self.assertEqual(
            ('available', '100'), (restored.status, restored.restore_progress)
        )
        self.assertEqual(
            backup.id, base.proxy(OWNER).get_share(share.id).source_backup_id
        )

    def test_restore_onto_another_share_wait(self):
        share = self.create_share(cloud=OWNER)
        target = self.create_share(cloud=OWNER)
        backup = self.create_backup(share)
        rc, out, err = self.openstack(
            ['share', 'backup', 'restore', backup.id, '--target-share',
             target.name, '--wait', '--wait-timeout', '120'],
            cloud=OWNER,
        )  # fmt: skip
        self.assertEqual(0, rc, err)
        self.assertProgress(
            err, f'share backup {backup.name}', f'share {target.name}'
        )
        got = base.proxy(OWNER).get_share(target.id)
        self.assertEqual(
            ('available', backup.id), (got.status, got.source_backup_id)
        )
        self.assertEqual('available', self.status(share))

    def test_restore_onto_another_protocol_refused(self):
        share = self.create_share(cloud=OWNER)
        cifs = self.create_share(cloud=OWNER, share_protocol='CIFS')
        backup = self.create_backup(share)
        rc, out, err = self.fails(
            ['share', 'backup', 'restore', backup.name, '--target-share',
             cifs.id],
            cloud=OWNER, rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, 'NFS share', 'a CIFS share')
        self.assertEqual('available', self.status(cifs))
        self.assertEqual(
            'available', base.proxy(OWNER).get_share_backup(backup.id).status
        )

    def test_restore_onto_smaller_share_refused(self):
        share = self.create_share(cloud=OWNER, size=2)
        small = self.create_share(cloud=OWNER, size=1)
        backup = self.create_backup(share)
        rc, out, err = self.fails(
            ['share', 'backup', 'restore', backup.name, '--target-share',
             small.name, '--wait'],
            cloud=OWNER, rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, 'too small')
        self.assertEqual('available', self.status(small))

    def test_targeted_restore_needs_2_91(self):
        share = self.create_share(cloud=OWNER)
        backup = self.create_backup(share)
        rc, out, err = self.fails(
            ['--os-share-api-version', '2.90', 'share', 'backup', 'restore',
             backup.id, '--target-share', share.id],
            cloud=OWNER, rc=1,
        )  # fmt: skip
        self.assertOneLineError(
            err, '--target-share requires --os-share-api-version 2.91'
        )
        self.assertEqual('available', self.status(share))


class BackupBadInputTest(BackupTestCase):
    def test_backup_of_a_share_not_available(self):
        share = self.create_share(cloud=OWNER)
        base.proxy(base.ADMIN).reset_share_status(share, 'error')
        name = base.unique('bk')
        self.cleanup_backups_named(name)
        rc, out, err = self.fails(
            ['share', 'backup', 'create', share.id, '--name', name],
            cloud=OWNER, rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, "must be in 'available' state")
        self.assertEqual([], list(base.proxy(OWNER).share_backups(name=name)))

    def test_unknown_share_and_backup(self):
        ghost = base.unique('ghost')
        rc, out, err = self.fails(
            ['share', 'backup', 'create', ghost], cloud=OWNER, rc=1
        )
        self.assertOneLineError(err, ghost)
        rc, out, err = self.fails(
            ['share', 'backup', 'show', ghost], cloud=OWNER, rc=1
        )
        self.assertOneLineError(err, ghost)

    def test_below_2_80(self):
        rc, out, err = self.fails(
            ['--os-share-api-version', '2.79', 'share', 'backup', 'list'],
            cloud=OWNER, rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, 'requires --os-share-api-version 2.80')
