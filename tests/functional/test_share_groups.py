"""``openstack share group ...`` (and group snapshots, group types) for real."""

import time

from openstack import exceptions as sdk_exceptions

from tests.functional import base

GROUP_COLUMNS = ['ID', 'Name', 'Status', 'Description']
TYPE_FIELDS = [
    'id',
    'name',
    'share_types',
    'visibility',
    'is_default',
    'group_specs',
]


class GroupTestCase(base.TestCase):
    """Fixtures made through the SDK, torn down whatever state they are in."""

    def run_ok(self, args, cloud=base.ADMIN):
        """A command that must succeed; ``--wait`` progress on stderr."""
        rc, out, err = self.openstack(args, cloud=cloud, fail_ok=True)
        self.assertEqual(0, rc, f'{args!r} failed:\n{out}\n{err}')
        self.assertNotIn('Traceback', err)
        return out, err

    def make_group_type(self, share_types=('default',), public=True):
        client = base.proxy()
        group_type = client.create_share_group_type(
            base.unique('sgt'), list(share_types), is_public=public
        )
        self.addCleanup(self.delete_group_type, group_type.id)
        return group_type

    def delete_group_type(self, type_id):
        try:
            base.proxy().delete_share_group_type(type_id)
        except sdk_exceptions.SDKException:
            pass  # still in use by a group another cleanup removes later

    def cleanup_group_named(self, name, cloud=base.ADMIN):
        """Remove whatever group a CLI run made under ``name``."""

        def cleanup():
            admin = base.proxy()
            for group in admin.share_groups(name=name, all_projects=True):
                self.delete_group(group.id)

        self.addCleanup(cleanup)

    def make_group(self, group_type, cloud=base.ADMIN, cleanup=True):
        client = base.proxy(cloud)
        group = client.create_share_group(
            name=base.unique('sg'),
            share_group_type_id=group_type.id,
            share_types=list(group_type.share_types),
        )
        if cleanup:
            self.addCleanup(self.delete_group, group.id)
        return client.wait_for_status(
            group, 'available', failures=['error'], interval=1,
            wait=base.FIXTURE_WAIT,
        )  # fmt: skip

    def add_share(self, group, cloud=base.ADMIN):
        """A share in ``group``, removed by the group's cleanup."""
        return self.create_share(
            cloud=cloud, cleanup=False, share_group_id=group.id
        )

    def delete_group(self, group_id):
        """The group's shares, snapshots, then the group; wait for each."""
        admin = base.proxy()
        try:
            admin.get_share_group(group_id)
        except sdk_exceptions.NotFoundException:
            return
        for share in list(
            admin.shares(share_group_id=group_id, all_projects=True)
        ):
            try:
                admin.delete_share(share, share_group_id=group_id)
            except sdk_exceptions.SDKException:
                admin.delete_share(share, force=True)
            admin.wait_for_delete(share, interval=1, wait=base.FIXTURE_WAIT)
        for snap in list(
            admin.share_group_snapshots(
                share_group_id=group_id, all_projects=True
            )
        ):
            self.wait_settled(admin.get_share_group_snapshot, snap.id)
            admin.delete_share_group_snapshot(snap, force=True)
            admin.wait_for_delete(snap, interval=1, wait=base.FIXTURE_WAIT)
        group = self.wait_settled(admin.get_share_group, group_id)
        if group is None:
            return
        admin.delete_share_group(group, force=True)
        admin.wait_for_delete(group, interval=1, wait=base.FIXTURE_WAIT)

    def wait_settled(self, get, res_id):
        """Out of creating/deleting; None once gone."""
        deadline = time.monotonic() + base.FIXTURE_WAIT
        while True:
            try:
                res = get(res_id)
            except sdk_exceptions.NotFoundException:
                return None
            if res.status not in ('creating', 'deleting'):
                return res
            if time.monotonic() > deadline:
                return res
            time.sleep(0.5)

    def group_names(self, cloud=base.ADMIN, **query):
        return [g.name for g in base.proxy(cloud).share_groups(**query)]


class ShareGroupTypeTest(GroupTestCase):
    def test_type_lifecycle_specs_and_access_by_project_name(self):
        name = base.unique('sgt')
        self.addCleanup(
            lambda: [
                self.delete_group_type(t.id)
                for t in base.proxy().share_group_types(is_public='all')
                if t.name == name
            ]
        )
        created = self.ok_json(
            ['share', 'group', 'type', 'create', name, 'default',
             '--group-specs', 'consistent_snapshot_support=pool',
             '--public', 'false']
        )  # fmt: skip
        self.assertEqual(TYPE_FIELDS, list(created))
        default_type = self.share_type('default')
        self.assertEqual([default_type.id], created['share_types'])
        self.assertEqual('private', created['visibility'])
        self.assertEqual(
            {'consistent_snapshot_support': 'pool'}, created['group_specs']
        )

        shown = self.ok_json(['share', 'group', 'type', 'show', name])
        self.assertEqual(created['id'], shown['id'])
        rows = self.ok_json(['share', 'group', 'type', 'list', '--all'])
        self.assertIn(name, [row['Name'] for row in rows])
        self.assertEqual(
            ['ID', 'Name', 'Share Types', 'Visibility', 'Is Default',
             'Group Specs'],
            list(rows[0]),
        )  # fmt: skip
        # Private: not in the public listing.
        rows = self.ok_json(['share', 'group', 'type', 'list'])
        self.assertNotIn(name, [row['Name'] for row in rows])

        self.ok(['share', 'group', 'type', 'set', name,
                 '--group-specs', 'team=storage', 'tier=gold'])  # fmt: skip
        specs = base.proxy().get_share_group_type_specs(created['id'])
        self.assertEqual(
            {'consistent_snapshot_support': 'pool', 'team': 'storage',
             'tier': 'gold'},
            specs.group_specs,
        )  # fmt: skip
        self.ok(['share', 'group', 'type', 'unset', name, 'team', 'tier'])
        specs = base.proxy().get_share_group_type_specs(created['id'])
        self.assertEqual(
            {'consistent_snapshot_support': 'pool'}, specs.group_specs
        )
        rc, out, err = self.fails(
            ['share', 'group', 'type', 'unset', name, 'no-such-spec']
        )
        self.assertOneLineError(err, 'no-such-spec')

        # Access by project name, resolved through Keystone.
        self.ok(['share', 'group', 'type', 'access', 'create', name, 'demo',
                 '--project-domain', 'Default'])  # fmt: skip
        demo_id = base.proxy(base.MEMBER).get_project_id()
        rows = self.ok_json(['share', 'group', 'type', 'access', 'list', name])
        self.assertEqual([{'Project ID': demo_id}], rows)
        # The member now sees the private type.
        shown = self.ok_json(
            ['share', 'group', 'type', 'show', created['id']],
            cloud=base.MEMBER,
        )
        self.assertEqual(name, shown['name'])
        self.ok(['share', 'group', 'type', 'access', 'delete', name, 'demo'])
        rows = self.ok_json(['share', 'group', 'type', 'access', 'list', name])
        self.assertEqual([], rows)

        self.ok(['share', 'group', 'type', 'delete', name])
        self.assertIsNone(base.proxy().find_share_group_type(name))

    def test_show_default(self):
        rc, out, err = self.openstack(
            ['share', 'group', 'type', 'show', '--default', '-f', 'json'],
            fail_ok=True,
        )
        if rc == 0:  # the cloud may have a default group type one day
            self.assertIn('"is_default": true', out)
        else:
            self.assertOneLineError(err, 'Default share group type')

    def test_access_list_of_a_public_type(self):
        group_type = self.make_group_type()
        rc, out, err = self.fails(
            ['share', 'group', 'type', 'access', 'list', group_type.name]
        )
        self.assertOneLineError(err, 'is public')

    def test_unknown_share_type(self):
        name = base.unique('sgt')
        missing = base.unique('nosuchtype')
        rc, out, err = self.fails(
            ['share', 'group', 'type', 'create', name, 'default', missing],
            rc=1,
        )
        self.assertOneLineError(err, missing)
        self.assertIsNone(base.proxy().find_share_group_type(name))

    def test_member_cannot_change_group_types(self):
        group_type = self.make_group_type()
        name = base.unique('sgt')
        rc, out, err = self.fails(
            ['share', 'group', 'type', 'create', name, 'default'],
            cloud=base.MEMBER,
            rc=1,
        )
        self.assertOneLineError(err)
        self.assertIsNone(base.proxy().find_share_group_type(name))
        for args in (
            ['set', group_type.name, '--group-specs', 'a=b'],
            ['unset', group_type.name, 'consistent_snapshot_support'],
            ['access', 'create', group_type.name, 'demo'],
            ['delete', group_type.name],
        ):
            rc, out, err = self.fails(
                ['share', 'group', 'type', *args], cloud=base.MEMBER, rc=1
            )
            self.assertOneLineError(err)
        got = base.proxy().get_share_group_type(group_type.id)
        self.assertEqual({}, got.group_specs)

    def test_delete_unknown_and_known(self):
        group_type = self.make_group_type()
        missing = base.unique('missing')
        rc, out, err = self.fails(
            ['share', 'group', 'type', 'delete', missing, group_type.id]
        )
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertEqual(
            '1 of 2 share group types failed to delete.', lines[-1]
        )
        self.assertIsNone(base.proxy().find_share_group_type(group_type.id))


class ShareGroupTest(GroupTestCase):
    def test_group_of_two_shares_snapshot_members_and_clone(self):
        group_type = self.make_group_type()
        name = base.unique('sg')
        self.cleanup_group_named(name)
        out, err = self.run_ok(
            ['share', 'group', 'create', '--name', name,
             '--description', 'db data and logs',
             '--share-group-type', group_type.name,
             '--share-types', 'default', '--wait', '-f', 'json']
        )  # fmt: skip
        self.assertIn(f'share group {name} is available', err)
        group = base.proxy().find_share_group(name, ignore_missing=False)
        self.assertEqual('available', group.status)
        self.assertEqual(group_type.id, group.share_group_type_id)
        shares = [self.add_share(group), self.add_share(group)]

        # Show, list (by name and group type), set and unset.
        shown = self.ok_json(['share', 'group', 'show', name])
        self.assertEqual([self.share_type().id], shown['share_types'])
        self.assertNotIn('links', shown)
        rows = self.ok_json(
            ['share', 'group', 'list', '--name', name,
             '--share-group-type', group_type.name]
        )  # fmt: skip
        self.assertEqual(GROUP_COLUMNS, list(rows[0]))
        self.assertEqual([group.id], [row['ID'] for row in rows])
        rows = self.ok_json(
            ['share', 'group', 'list', '--all-projects', '--name~', name,
             '--sort', 'name:desc', '--limit', '5']
        )  # fmt: skip
        self.assertEqual(GROUP_COLUMNS + ['Project ID'], list(rows[0]))
        self.ok(['share', 'group', 'set', name, '--description', 'renamed'])
        self.assertEqual(
            'renamed', base.proxy().get_share_group(group.id).description
        )
        self.ok(['share', 'group', 'unset', name, '--description'])
        self.assertIsNone(base.proxy().get_share_group(group.id).description)

        # A group holding shares says so; nothing is deleted.
        rc, out, err = self.fails(['share', 'group', 'delete', name], rc=1)
        self.assertOneLineError(err, 'still holds 2 share(s)')
        self.assertEqual(
            'available', base.proxy().get_share_group(group.id).status
        )

        # The group snapshot and its members, one per share.
        snap_name = base.unique('sgs')
        out, err = self.run_ok(
            ['share', 'group', 'snapshot', 'create', name,
             '--name', snap_name, '--description', 'nightly',
             '--wait', '-f', 'json']
        )  # fmt: skip
        self.assertIn(f'share group snapshot {snap_name} is available', err)
        snap = base.proxy().find_share_group_snapshot(
            snap_name, ignore_missing=False
        )
        rows = self.ok_json(
            ['share', 'group', 'snapshot', 'members', 'list', snap_name]
        )
        self.assertEqual(
            sorted(s.id for s in shares), sorted(r['Share ID'] for r in rows)
        )
        self.assertEqual({1}, {r['Size'] for r in rows})
        shown = self.ok_json(['share', 'group', 'snapshot', 'show', snap.id])
        self.assertEqual(group.id, shown['share_group_id'])
        self.assertEqual('nightly', shown['description'])
        self.assertNotIn('members', shown)
        rows = self.ok_json(
            ['share', 'group', 'snapshot', 'list', '--share-group', name,
             '--detailed']
        )  # fmt: skip
        self.assertEqual([snap.id], [r['ID'] for r in rows])
        self.assertEqual(group.id, rows[0]['Share Group ID'])
        self.ok(['share', 'group', 'snapshot', 'set', snap_name,
                 '--description', 'weekly'])  # fmt: skip
        self.assertEqual(
            'weekly',
            base.proxy().get_share_group_snapshot(snap.id).description,
        )
        self.ok(['share', 'group', 'snapshot', 'unset', snap_name,
                 '--description'])  # fmt: skip
        self.assertIsNone(
            base.proxy().get_share_group_snapshot(snap.id).description
        )

        # A new group from the snapshot: its group type is the source's.
        clone = base.unique('sgc')
        self.cleanup_group_named(clone)
        out, err = self.run_ok(
            ['share', 'group', 'create', '--name', clone,
             '--source-share-group-snapshot', snap_name, '--wait',
             '-f', 'json']
        )  # fmt: skip
        clone_group = base.proxy().find_share_group(
            clone, ignore_missing=False
        )
        self.assertEqual(snap.id, clone_group.source_share_group_snapshot_id)
        self.assertEqual(group_type.id, clone_group.share_group_type_id)
        rows = self.ok_json(
            ['share', 'group', 'list', '--snapshot', snap_name]
        )
        self.assertEqual([clone_group.id], [row['ID'] for row in rows])
        clone_shares = list(base.proxy().shares(share_group_id=clone_group.id))
        self.assertEqual(2, len(clone_shares))

        # Deletes with --wait: the snapshot, then the emptied clone.
        out, err = self.run_ok(
            ['share', 'group', 'snapshot', 'delete', snap_name, '--wait']
        )
        self.assertIn('is gone', err)
        self.assertIsNone(base.proxy().find_share_group_snapshot(snap.id))
        for share in clone_shares:
            base.proxy().delete_share(share, share_group_id=clone_group.id)
        for share in clone_shares:
            base.proxy().wait_for_delete(share, interval=1, wait=120)
        out, err = self.run_ok(['share', 'group', 'delete', clone, '--wait'])
        self.assertIn(f'share group {clone} is gone', err)
        self.assertIsNone(base.proxy().find_share_group(clone_group.id))

    def test_group_options_need_2_31_and_work_experimentally(self):
        group_type = self.make_group_type()
        group = self.make_group(group_type)
        rc, out, err = self.fails(
            ['--os-share-api-version', '2.30', 'share', 'group', 'show',
             group.name],
            rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, '2.31', '2.30')
        # 2.40 is in the experimental range: the header makes it work.
        shown = self.ok_json(
            ['--os-share-api-version', '2.40', 'share', 'group', 'show',
             group.name]
        )  # fmt: skip
        self.assertEqual(group.id, shown['id'])
        # availability_zone came at 2.34, consistent_snapshot_support too.
        self.assertIn('availability_zone', shown)
        rows = self.ok_json(
            ['--os-share-api-version', '2.40', 'share', 'group', 'type',
             'list']
        )  # fmt: skip
        self.assertIn(group_type.name, [row['Name'] for row in rows])
        rows = self.ok_json(
            ['--os-share-api-version', '2.32', 'share', 'group', 'list',
             '--name', group.name]
        )  # fmt: skip
        self.assertEqual([group.id], [row['ID'] for row in rows])
        rc, out, err = self.fails(
            ['--os-share-api-version', '2.35', 'share', 'group', 'list',
             '--name~', group.name],
            rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, '--name~', '2.36')

    def test_share_type_the_group_type_does_not_allow(self):
        group_type = self.make_group_type()
        name = base.unique('sg')
        self.cleanup_group_named(name)
        rc, out, err = self.fails(
            ['share', 'group', 'create', '--name', name,
             '--share-group-type', group_type.name,
             '--share-types', 'mountable'],
            rc=1,
        )  # fmt: skip
        self.assertOneLineError(err)
        self.assertEqual([], self.group_names(name=name, all_projects=True))
        missing = base.unique('nosuch')
        rc, out, err = self.fails(
            ['share', 'group', 'create', '--name', name,
             '--share-group-type', missing],
            rc=1,
        )  # fmt: skip
        self.assertOneLineError(err, missing)
        self.assertEqual([], self.group_names(name=name, all_projects=True))

    def test_snapshot_of_an_empty_or_errored_group(self):
        group_type = self.make_group_type()
        empty = self.make_group(group_type)
        rc, out, err = self.fails(
            ['share', 'group', 'snapshot', 'create', empty.name], rc=1
        )
        self.assertOneLineError(err, 'holds no shares')
        self.assertEqual(
            [],
            list(base.proxy().share_group_snapshots(share_group_id=empty.id)),
        )
        full = self.make_group(group_type)
        self.add_share(full)
        self.ok(['share', 'group', 'set', full.name, '--status', 'error'])
        self.assertEqual('error', base.proxy().get_share_group(full.id).status)
        rc, out, err = self.fails(
            ['share', 'group', 'snapshot', 'create', full.name], rc=1
        )
        self.assertOneLineError(err, 'available')
        self.assertEqual(
            [],
            list(base.proxy().share_group_snapshots(share_group_id=full.id)),
        )
        self.ok(['share', 'group', 'set', full.name, '--status', 'available'])

    def test_member_force_delete_is_refused(self):
        group_type = self.make_group_type()
        group = self.make_group(group_type, cloud=base.MEMBER)
        rc, out, err = self.fails(
            ['share', 'group', 'delete', group.name, '--force'],
            cloud=base.MEMBER,
            rc=1,
        )
        self.assertOneLineError(err, '--force is for administrators only')
        self.assertEqual(
            'available', base.proxy().get_share_group(group.id).status
        )
        # Without --force the member deletes its own empty group.
        out, err = self.run_ok(
            ['share', 'group', 'delete', group.name, '--wait'],
            cloud=base.MEMBER,
        )
        self.assertIsNone(base.proxy().find_share_group(group.id))

    def test_delete_several_one_missing(self):
        group_type = self.make_group_type()
        group = self.make_group(group_type)
        missing = base.unique('missing')
        rc, out, err = self.fails(
            ['share', 'group', 'delete', missing, group.id, '--wait'], rc=1
        )
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertEqual('1 of 2 share groups failed to delete.', lines[-1])
        self.assertTrue(any(missing in line for line in lines[:-1]), err)
        self.assertIsNone(base.proxy().find_share_group(group.id))

    def test_unknown_names_are_one_line(self):
        missing = base.unique('missing')
        for args in (
            ['share', 'group', 'show', missing],
            ['share', 'group', 'snapshot', 'show', missing],
            ['share', 'group', 'snapshot', 'members', 'list', missing],
            ['share', 'group', 'type', 'show', missing],
            ['share', 'group', 'snapshot', 'create', missing],
            ['share', 'group', 'snapshot', 'list', '--share-group', missing],
        ):
            rc, out, err = self.fails(args, rc=1)
            self.assertOneLineError(err, missing)
