"""``openstack share snapshot ...`` against the real local cloud.

The ``default`` share type's dummy backends support mounting snapshots,
so snapshot access rules and export locations work on its shares.
"""

import json

from tests.functional import base

LIST_HEADERS = ['ID', 'Name']
DETAIL_HEADERS = LIST_HEADERS + [
    'Status', 'Description', 'Created At', 'Size', 'Share ID',
    'Share Proto', 'Share Size', 'User ID',
]  # fmt: skip


class SnapshotTestCase(base.TestCase):
    def setUp(self):
        super().setUp()
        self.share = self.create_share()

    def cleanup_snapshots(self, name):
        """Delete whatever snapshot a CLI run made under ``name``."""

        def cleanup():
            admin = base.proxy(base.ADMIN)
            for snap in admin.share_snapshots(name=name, all_projects=True):
                if snap.status not in ('available', 'error', 'deleting'):
                    admin.reset_share_snapshot_status(snap, 'error')
                self.delete_snapshot(snap.id)

        self.addCleanup(cleanup)

    def cli_snapshot(self, share=None, cloud=base.ADMIN):
        """A snapshot made with ``share snapshot create --wait``."""
        name = base.unique('snap')
        self.cleanup_snapshots(name)
        rc, out, err = self.openstack(
            ['share', 'snapshot', 'create', (share or self.share).id,
             '--name', name, '--wait', '-f', 'json'], cloud=cloud)  # fmt: skip
        self.assertEqual(0, rc, err)
        return json.loads(out)

    def snapshot_status(self, snapshot_id):
        return base.proxy().get_share_snapshot(snapshot_id).status


class CreateSnapshotTest(SnapshotTestCase):
    def test_create_wait_show_list_delete(self):
        name = base.unique('snap')
        self.cleanup_snapshots(name)
        rc, out, err = self.openstack([
            'share', 'snapshot', 'create', self.share.name, '--name', name,
            '--description', 'by test', '--property', 'purpose=test',
            '--wait', '-f', 'json',
        ])  # fmt: skip
        self.assertEqual(0, rc, err)
        snap = json.loads(out)
        self.assertEqual('available', snap['status'])
        self.assertEqual({'purpose': 'test'}, snap['metadata'])
        self.assertEqual(self.share.id, snap['share_id'])
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertRegex(
            lines[0],
            rf'^Waiting for snapshot {name} to be '
            r'available$',
        )
        self.assertRegex(lines[-1], r'is available after \d')

        shown = self.ok_json(['share', 'snapshot', 'show', name])
        self.assertEqual({'purpose': 'test'}, shown['properties'])
        self.assertNotIn('metadata', shown)
        locations = shown['export_locations']
        self.assertIsInstance(locations, list)
        self.assertTrue(locations)
        self.assertTrue(
            all('path' in loc and 'id' in loc for loc in locations)
        )

        listed = self.ok_json(['share', 'snapshot', 'list', '--name', name])
        self.assertEqual([{'ID': snap['id'], 'Name': name}], listed)
        detail = self.ok_json(
            [
                'share',
                'snapshot',
                'list',
                '--share',
                self.share.name,
                '--detail',
            ]
        )
        self.assertEqual(DETAIL_HEADERS, list(detail[0]))
        self.assertEqual([snap['id']], [s['ID'] for s in detail])
        everyone = self.ok_json(
            ['share', 'snapshot', 'list', '--name', name, '--all-projects']
        )
        self.assertEqual(['ID', 'Name', 'Project ID'], list(everyone[0]))

        out = self.ok(
            ['share', 'snapshot', 'list', '--share', self.share.id, '--count']
        )
        self.assertEqual('Total number of snapshots: 1', out.splitlines()[0])

        rc, out, err = self.openstack(
            ['share', 'snapshot', 'delete', name, '--wait']
        )
        self.assertEqual(0, rc, err)
        self.assertIn('is gone after', err)
        self.assertEqual([], list(base.proxy().share_snapshots(name=name)))
        _rc, _out, err = self.fails(['share', 'snapshot', 'show', name], rc=1)
        self.assertOneLineError(err, name)

    def test_set_unset(self):
        snap = self.cli_snapshot()
        new = base.unique('renamed')
        self.cleanup_snapshots(new)
        self.ok(
            [
                'share',
                'snapshot',
                'set',
                snap['id'],
                '--name',
                new,
                '--description',
                'd',
                '--property',
                'a=1',
                '--property',
                'b=2',
            ]
        )
        shown = self.ok_json(['share', 'snapshot', 'show', new])
        self.assertEqual(
            ('d', {'a': '1', 'b': '2'}),
            (shown['description'], shown['properties']),
        )
        self.ok(
            [
                'share',
                'snapshot',
                'unset',
                new,
                '--description',
                '--property',
                'a',
            ]
        )
        shown = self.ok_json(['share', 'snapshot', 'show', new])
        self.assertEqual(
            (None, {'b': '2'}), (shown['description'], shown['properties'])
        )
        _rc, _out, err = self.fails(
            ['share', 'snapshot', 'unset', new, '--property', 'nosuch'], rc=1
        )
        self.assertOneLineError(err, 'nosuch')

    def test_admin_reset_status_member_refused(self):
        member_share = self.create_share(cloud=base.MEMBER)
        snap = self.cli_snapshot(member_share, base.MEMBER)
        _rc, _out, err = self.fails(
            ['share', 'snapshot', 'set', snap['id'], '--status', 'error'],
            cloud=base.MEMBER,
            rc=1,
        )
        self.assertOneLineError(err)
        self.assertEqual('available', self.snapshot_status(snap['id']))
        self.ok(['share', 'snapshot', 'set', snap['id'], '--status', 'error'])
        self.assertEqual('error', self.snapshot_status(snap['id']))
        # A member sees its own snapshot, not the admin's.
        mine = self.ok_json(['share', 'snapshot', 'list'], cloud=base.MEMBER)
        self.assertIn(snap['id'], [s['ID'] for s in mine])
        admin_snap = self.cli_snapshot()
        self.assertNotIn(admin_snap['id'], [s['ID'] for s in mine])
        _rc, _out, err = self.fails(
            ['share', 'snapshot', 'show', admin_snap['id']],
            cloud=base.MEMBER,
            rc=1,
        )
        self.assertOneLineError(err)


class SnapshotBadInputTest(SnapshotTestCase):
    def test_nonexistent_names(self):
        ghost = base.unique('ghost')
        for args in (
            ['share', 'snapshot', 'show', ghost],
            ['share', 'snapshot', 'delete', ghost],
            ['share', 'snapshot', 'create', ghost],
            ['share', 'snapshot', 'list', '--share', ghost],
            ['share', 'snapshot', 'access', 'list', ghost],
        ):
            _rc, _out, err = self.fails(args, rc=1)
            self.assertOneLineError(err, ghost)

    def test_ambiguous_name(self):
        name = base.unique('twin')
        self.cleanup_snapshots(name)
        for _ in range(2):
            self.create_snapshot(self.share, name=name)
        _rc, _out, err = self.fails(['share', 'snapshot', 'show', name], rc=1)
        self.assertOneLineError(err, name)
        _rc, _out, err = self.fails(
            ['share', 'snapshot', 'delete', name], rc=1
        )
        self.assertOneLineError(err, name)
        self.assertEqual(2, len(list(base.proxy().share_snapshots(name=name))))

    def test_snapshot_of_share_in_error(self):
        broken = self.create_share()
        base.proxy().reset_share_status(broken, 'error')
        name = base.unique('snap')
        self.cleanup_snapshots(name)
        _rc, _out, err = self.fails(
            ['share', 'snapshot', 'create', broken.id, '--name', name], rc=1
        )
        self.assertOneLineError(err)
        self.assertEqual([], list(base.proxy().share_snapshots(name=name)))

    def test_delete_with_dependent_share(self):
        snap = self.cli_snapshot()
        clone = self.create_share(snapshot_id=snap['id'])
        _rc, _out, err = self.fails(
            ['share', 'snapshot', 'delete', snap['name']], rc=1
        )
        self.assertOneLineError(err, clone.name, '--force')
        self.assertEqual('available', self.snapshot_status(snap['id']))

    def test_partial_delete(self):
        snap = self.cli_snapshot()
        ghost = base.unique('ghost')
        _rc, _out, err = self.fails(
            ['share', 'snapshot', 'delete', snap['id'], ghost, '--wait'], rc=1
        )
        self.assertIn('1 of 2 snapshots failed to delete.', err)
        self.assertIn(ghost, err)
        self.assertEqual(
            [], list(base.proxy().share_snapshots(name=snap['name']))
        )

    def test_microversion_gates(self):
        snap = self.cli_snapshot()
        _rc, _out, err = self.fails(
            [
                '--os-share-api-version',
                '2.78',
                'share',
                'snapshot',
                'list',
                '--count',
            ],
            rc=1,
        )
        self.assertOneLineError(err, '2.79')
        _rc, _out, err = self.fails(
            [
                '--os-share-api-version',
                '2.31',
                'share',
                'snapshot',
                'export',
                'location',
                'list',
                snap['id'],
            ],
            rc=1,
        )
        self.assertOneLineError(err, '2.32')


class AdoptRevertTest(SnapshotTestCase):
    def test_adopt_after_abandon(self):
        snap = self.cli_snapshot()
        location = self.ok_json(['share', 'snapshot', 'show', snap['id']])[
            'provider_location'
        ]
        rc, _out, err = self.openstack(
            ['share', 'snapshot', 'abandon', snap['name'], '--wait']
        )
        self.assertEqual(0, rc, err)
        self.assertEqual(
            [], list(base.proxy().share_snapshots(name=snap['name']))
        )
        name = base.unique('adopted')
        self.cleanup_snapshots(name)
        rc, out, err = self.openstack([
            'share', 'snapshot', 'adopt', self.share.name, location,
            '--name', name, '--driver-option', 'origin=test', '--wait',
            '-f', 'json'])  # fmt: skip
        self.assertEqual(0, rc, err)
        adopted = json.loads(out)
        self.assertEqual(
            ('available', location),
            (adopted['status'], adopted['provider_location']),
        )

    def test_adopt_wait_failure(self):
        name = base.unique('bogus')

        def cleanup():
            admin = base.proxy()
            for snap in admin.share_snapshots(name=name, all_projects=True):
                admin.delete_share_snapshot(snap, force=True)
                admin.wait_for_delete(snap, interval=1, wait=120)

        self.addCleanup(cleanup)
        _rc, _out, err = self.fails(
            [
                'share',
                'snapshot',
                'adopt',
                self.share.id,
                '/no/such/place',
                '--name',
                name,
                '--wait',
                '--wait-timeout',
                '120',
            ],
            rc=1,
        )
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertRegex(lines[-1], r'failed: its status is manage_error$')
        self.assertNotIn('Traceback', err)

    def test_member_cannot_abandon(self):
        member_share = self.create_share(cloud=base.MEMBER)
        snap = self.cli_snapshot(member_share, base.MEMBER)
        _rc, _out, err = self.fails(
            ['share', 'snapshot', 'abandon', snap['id']],
            cloud=base.MEMBER,
            rc=1,
        )
        self.assertOneLineError(err)
        self.assertEqual('available', self.snapshot_status(snap['id']))

    def test_revert_to_newest_snapshot(self):
        self.cli_snapshot()
        newest = self.cli_snapshot()
        rc, _out, err = self.openstack(
            ['share', 'revert', newest['name'], '--wait']
        )
        self.assertEqual(0, rc, err)
        self.assertEqual(
            'available', base.proxy().get_share(self.share.id).status
        )


class MountableSnapshotTest(SnapshotTestCase):
    def test_access_and_export_locations(self):
        snap = self.cli_snapshot()
        rc, out, err = self.openstack([
            'share', 'snapshot', 'access', 'create', snap['name'], 'ip',
            '10.20.0.0/16', '--wait', '-f', 'json'])  # fmt: skip
        self.assertEqual(0, rc, err)
        rule = json.loads(out)
        self.assertEqual(
            {'id', 'access_type', 'access_to', 'state'}, set(rule)
        )
        self.assertEqual('active', rule['state'])
        listed = self.ok_json(
            ['share', 'snapshot', 'access', 'list', snap['id']]
        )
        self.assertEqual(
            [
                {
                    'ID': rule['id'],
                    'Access Type': 'ip',
                    'Access To': '10.20.0.0/16',
                    'State': 'active',
                }
            ],
            listed,
        )

        locations = self.ok_json(
            ['share', 'snapshot', 'export', 'location', 'list', snap['name']]
        )
        self.assertTrue(locations)
        self.assertEqual(['ID', 'Path'], list(locations[0]))
        one = self.ok_json(
            [
                'share',
                'snapshot',
                'export',
                'location',
                'show',
                snap['name'],
                locations[0]['ID'],
            ]
        )
        self.assertEqual(locations[0]['Path'], one['path'])
        self.assertIn('share_snapshot_instance_id', one)

        # The dummy driver takes ip rules only on NFS: the rule ends in
        # error and --wait says so.
        _rc, _out, err = self.fails([
            'share', 'snapshot', 'access', 'create', snap['id'], 'user',
            'alice', '--wait'], rc=1)  # fmt: skip
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertRegex(lines[-1], r'failed: its status is error$')
        ids = [
            r['ID']
            for r in self.ok_json(
                ['share', 'snapshot', 'access', 'list', snap['id']]
            )
        ]
        self.assertEqual(2, len(ids))

        ghost = '00000000-0000-0000-0000-000000000000'
        _rc, _out, err = self.fails(
            ['share', 'snapshot', 'access', 'delete', snap['id'], *ids,
             ghost, '--wait'], rc=1)  # fmt: skip
        self.assertIn('1 of 3 access rules failed to delete.', err)
        self.assertEqual(
            [],
            self.ok_json(['share', 'snapshot', 'access', 'list', snap['id']]),
        )

    def test_access_bad_input(self):
        snap = self.cli_snapshot()
        for args, needle in (
            (['cert', 'client.example.com'], 'NFS'),
            (['ip', '10.0.0.256'], '10.0.0.256'),
            (['ip', '10.0.0.1/24'], 'host bits'),
            (['magic', 'x'], 'magic'),
        ):
            _rc, _out, err = self.fails(
                ['share', 'snapshot', 'access', 'create', snap['id'], *args],
                rc=1,
            )
            self.assertOneLineError(err, needle)
        self.assertEqual(
            [],
            self.ok_json(['share', 'snapshot', 'access', 'list', snap['id']]),
        )


class SnapshotInstanceTest(SnapshotTestCase):
    def test_instances(self):
        snap = self.cli_snapshot()
        listed = self.ok_json(
            [
                'share',
                'snapshot',
                'instance',
                'list',
                '--snapshot',
                snap['name'],
                '--detailed',
            ]
        )
        self.assertEqual(1, len(listed))
        instance = listed[0]
        self.assertEqual(
            [
                'ID',
                'Snapshot ID',
                'Status',
                'Created At',
                'Updated At',
                'Share ID',
                'Share Instance ID',
                'Progress',
                'Provider Location',
            ],
            list(instance),
        )
        self.assertEqual(
            (snap['id'], self.share.id),
            (instance['Snapshot ID'], instance['Share ID']),
        )
        shown = self.ok_json(
            ['share', 'snapshot', 'instance', 'show', instance['ID']]
        )
        self.assertEqual(
            instance['Provider Location'], shown['provider_location']
        )
        self.assertIsInstance(shown['export_locations'], list)

        locations = self.ok_json(
            [
                'share',
                'snapshot',
                'instance',
                'export',
                'location',
                'list',
                instance['ID'],
            ]
        )
        self.assertEqual(['ID', 'Path', 'Is Admin only'], list(locations[0]))
        self.assertIn(True, [loc['Is Admin only'] for loc in locations])
        one = self.ok_json(
            [
                'share',
                'snapshot',
                'instance',
                'export',
                'location',
                'show',
                instance['ID'],
                locations[0]['ID'],
            ]
        )
        self.assertEqual(locations[0]['Path'], one['path'])

        self.ok(
            [
                'share',
                'snapshot',
                'instance',
                'set',
                instance['ID'],
                '--status',
                'error',
            ]
        )
        self.assertEqual('error', self.snapshot_status(snap['id']))
        self.ok(['share', 'snapshot', 'instance', 'set', instance['ID']])
        self.assertEqual('available', self.snapshot_status(snap['id']))

    def test_member_refused(self):
        member_share = self.create_share(cloud=base.MEMBER)
        snap = self.cli_snapshot(member_share, base.MEMBER)
        _rc, _out, err = self.fails(
            ['share', 'snapshot', 'instance', 'list'], cloud=base.MEMBER, rc=1
        )
        self.assertOneLineError(err)
        instance = next(
            iter(base.proxy().share_snapshot_instances(snapshot_id=snap['id']))
        )
        _rc, _out, err = self.fails(
            [
                'share',
                'snapshot',
                'instance',
                'set',
                instance.id,
                '--status',
                'error',
            ],
            cloud=base.MEMBER,
            rc=1,
        )
        self.assertOneLineError(err)
        self.assertEqual('available', self.snapshot_status(snap['id']))
