"""``openstack share ...`` against the real local cloud."""

import json
import re

from openstack import exceptions as sdk_exceptions

from tests.functional import base

LIST_COLUMNS = [
    'ID',
    'Name',
    'Size',
    'Share Proto',
    'Status',
    'Is Public',
    'Share Type Name',
    'Host',
    'Availability Zone',
]
LONG_ONLY_COLUMNS = [
    'Description',
    'Project ID',
    'User ID',
    'Properties',
    'Created At',
    'Share Type',
]


def wait_lines(err, what, goal):
    """The two progress lines ``--wait`` prints on stderr."""
    lines = [line for line in err.splitlines() if line.strip()]
    return lines, [
        rf'^Waiting for {re.escape(what)} to be {goal}$',
        rf'^{re.escape(what)} is {goal} after \d+(\.\d+)? s$',
    ]


class ShareTestCase(base.TestCase):
    def assertWaitProgress(self, err, what, goal):
        lines, patterns = wait_lines(err, what, goal)
        self.assertEqual(2, len(lines), f'progress lines:\n{err}')
        for line, pattern in zip(lines, patterns):
            self.assertRegex(line, pattern)

    def find(self, name, cloud=base.ADMIN, **query):
        return base.proxy(cloud).find_share(name, **query)

    def cleanup_by_name(self, name, cloud=base.ADMIN):
        """Delete whatever share a CLI run created under ``name``."""

        def cleanup():
            for share in base.proxy(base.ADMIN).shares(
                name=name, all_projects=True
            ):
                self.delete_share(share.id, cloud)

        self.addCleanup(cleanup)


class CreateShareTest(ShareTestCase):
    def test_create_wait(self):
        name = base.unique('create')
        self.cleanup_by_name(name)
        rc, out, err = self.openstack(
            [
                'share',
                'create',
                'NFS',
                '1',
                '--name',
                name,
                '--description',
                'made by test_create_wait',
                '--property',
                'purpose=functional',
                '--property',
                'team=storage',
                '--share-type',
                'default',
                '--wait',
                '-f',
                'json',
            ]
        )
        self.assertEqual(0, rc)
        share = json.loads(out)
        self.assertEqual('available', share['status'])
        self.assertEqual(name, share['name'])
        self.assertEqual('made by test_create_wait', share['description'])
        self.assertEqual(1, share['size'])
        self.assertEqual('NFS', share['share_proto'])
        self.assertEqual('default', share['share_type_name'])
        self.assertEqual(
            {'purpose': 'functional', 'team': 'storage'}, share['properties']
        )
        self.assertWaitProgress(err, f'share {name}', 'available')
        self.assertEqual('available', self.find(name).status)

    def test_create_without_wait(self):
        name = base.unique('create')
        self.cleanup_by_name(name)
        share = self.ok_json(['share', 'create', 'NFS', '1', '--name', name])
        self.assertEqual(name, share['name'])
        self.assertIn(share['status'], ('creating', 'available'))
        self.assertIsNotNone(self.find(name))

    def test_create_wait_ends_in_error(self):
        # No backend has this name: the scheduler puts the share in error.
        client = base.proxy(base.ADMIN)
        type_name = base.unique('nohost')
        resp = client.post(
            '/types',
            json={
                'share_type': {
                    'name': type_name,
                    'share_type_access:is_public': True,
                    'extra_specs': {
                        'driver_handles_share_servers': 'False',
                        'share_backend_name': 'no-such-backend',
                    },
                }
            },
        )
        type_id = resp.json()['share_type']['id']
        self.addCleanup(client.delete, f'/types/{type_id}', raise_exc=False)
        name = base.unique('doomed')
        self.cleanup_by_name(name)
        rc, out, err = self.fails(
            [
                'share',
                'create',
                'NFS',
                '1',
                '--name',
                name,
                '--share-type',
                type_name,
                '--wait',
                '--wait-timeout',
                '120',
            ]
        )
        self.assertEqual(1, rc)
        self.assertNotIn('Traceback', err)
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertEqual(f'Waiting for share {name} to be available', lines[0])
        self.assertEqual(
            f'share {name} failed: its status is error', lines[-1]
        )
        self.assertEqual(2, len(lines), err)
        self.assertEqual('error', self.find(name).status)

    def test_create_rejected_by_api(self):
        # DHSS=True needs a share network: Manila answers 400.
        name = base.unique('rejected')
        self.cleanup_by_name(name)
        rc, out, err = self.fails(
            [
                'share',
                'create',
                'NFS',
                '1',
                '--name',
                name,
                '--share-type',
                'dhss_true',
                '--wait',
            ]
        )
        self.assertEqual(1, rc)
        self.assertOneLineError(err, 'hare network')
        self.assertEqual('', out)
        self.assertIsNone(self.find(name))

    def test_create_unknown_share_type(self):
        name = base.unique('badtype')
        self.cleanup_by_name(name)
        rc, out, err = self.fails(
            [
                'share',
                'create',
                'NFS',
                '1',
                '--name',
                name,
                '--share-type',
                'no-such-type-' + name,
            ]
        )
        self.assertEqual(1, rc)
        # Manila's own message does not name the type.
        self.assertOneLineError(err, 'hare type')
        self.assertIsNone(self.find(name))

    def test_create_bad_size(self):
        for size in ('0', '-1', 'abc', '1.5'):
            name = base.unique('badsize')
            rc, out, err = self.fails(
                ['share', 'create', 'NFS', size, '--name', name]
            )
            self.assertEqual(2, rc, f'size {size}: {err}')
            self.assertNotIn('Traceback', err)
            last = err.strip().splitlines()[-1]
            self.assertRegex(
                last,
                r'^openstack share create: error: argument <size>: '
                + re.escape(repr(size))
                + ' is not a positive whole number$',
            )
            self.assertIsNone(self.find(name))


class ListShareTest(ShareTestCase):
    def make_shares(self, prefix, cloud=base.ADMIN):
        """Three shares ``<prefix>-a/-b/-c``; b and c have property k=v."""
        client = base.proxy(cloud)
        made = []
        for suffix, metadata in (
            ('c', {'colour': 'blue', 'tag': prefix}),
            ('a', {'tag': prefix}),
            ('b', {'colour': 'blue', 'tag': prefix}),
        ):
            share = client.create_share(
                share_protocol='NFS',
                size=1,
                name=f'{prefix}-{suffix}',
                description=f'desc {suffix}',
                metadata=metadata,
            )
            self.addCleanup(self.delete_share, share.id, cloud)
            made.append(share)
        for share in made:
            client.wait_for_status(
                share,
                'available',
                failures=['error'],
                interval=1,
                wait=base.FIXTURE_WAIT,
            )
        return {share.name: share for share in made}

    def names(self, rows):
        return [row['Name'] for row in rows]

    def test_list_columns_and_filters(self):
        prefix = base.unique('lst')
        shares = self.make_shares(prefix)

        rows = self.ok_json(['share', 'list', '--name~', prefix])
        self.assertEqual(sorted(shares), sorted(self.names(rows)))
        for row in rows:
            self.assertEqual(LIST_COLUMNS, list(row))
            self.assertEqual(shares[row['Name']].id, row['ID'])
            self.assertEqual('available', row['Status'])
            self.assertEqual(1, row['Size'])
            self.assertEqual('NFS', row['Share Proto'])
            self.assertEqual('default', row['Share Type Name'])

        long_rows = self.ok_json(
            ['share', 'list', '--name~', prefix, '--long']
        )
        self.assertEqual(3, len(long_rows))
        for row in long_rows:
            for column in LIST_COLUMNS + LONG_ONLY_COLUMNS:
                self.assertIn(column, row)
            suffix = row['Name'][-1]
            self.assertEqual(f'desc {suffix}', row['Description'])
            self.assertEqual(prefix, row['Properties']['tag'])

        rows = self.ok_json(['share', 'list', '--name', f'{prefix}-b'])
        self.assertEqual([f'{prefix}-b'], self.names(rows))

        rows = self.ok_json(
            ['share', 'list', '--name~', prefix, '--status', 'available']
        )
        self.assertEqual(3, len(rows))
        rows = self.ok_json(
            ['share', 'list', '--name~', prefix, '--status', 'error']
        )
        self.assertEqual([], rows)

        rows = self.ok_json(
            ['share', 'list', '--name~', prefix, '--property', 'colour=blue']
        )
        self.assertEqual(
            sorted([f'{prefix}-b', f'{prefix}-c']), sorted(self.names(rows))
        )
        rows = self.ok_json(
            [
                'share',
                'list',
                '--property',
                f'tag={prefix}',
                '--property',
                'colour=blue',
            ]
        )
        self.assertEqual(
            sorted([f'{prefix}-b', f'{prefix}-c']), sorted(self.names(rows))
        )

    def test_list_sort_limit_marker(self):
        prefix = base.unique('pg')
        self.make_shares(prefix)
        ordered = [f'{prefix}-a', f'{prefix}-b', f'{prefix}-c']

        rows = self.ok_json(
            ['share', 'list', '--name~', prefix, '--sort', 'name:asc']
        )
        self.assertEqual(ordered, self.names(rows))
        rows = self.ok_json(
            ['share', 'list', '--name~', prefix, '--sort', 'name:desc']
        )
        self.assertEqual(ordered[::-1], self.names(rows))

        rows = self.ok_json(
            [
                'share',
                'list',
                '--name~',
                prefix,
                '--sort',
                'name:asc',
                '--limit',
                '1',
            ]
        )
        self.assertEqual(ordered[:1], self.names(rows))

        rows = self.ok_json(
            [
                'share',
                'list',
                '--name~',
                prefix,
                '--sort',
                'name:asc',
                '--marker',
                ordered[0],
                '--limit',
                '1',
            ]
        )
        self.assertEqual(ordered[1:2], self.names(rows))

        rc, out, err = self.fails(
            ['share', 'list', '--name~', prefix, '--limit', '0']
        )
        self.assertEqual(2, rc)
        self.assertNotIn('Traceback', err)

        # Manila ignores offset without limit: the plugin must not.
        rows = self.ok_json(
            [
                'share',
                'list',
                '--name~',
                prefix,
                '--sort',
                'name:asc',
                '--marker',
                ordered[0],
            ]
        )
        self.assertEqual(ordered[1:], self.names(rows), 'marker ignored')
        rows = self.ok_json(
            [
                'share',
                'list',
                '--name~',
                prefix,
                '--sort',
                'name:asc',
                '--offset',
                '2',
            ]
        )
        self.assertEqual(ordered[2:], self.names(rows), 'offset ignored')

    def test_projects(self):
        prefix = base.unique('prj')
        admin_share = self.create_share(name=f'{prefix}-admin')
        member_share = self.create_share(
            cloud=base.MEMBER, name=f'{prefix}-member'
        )

        # The member sees its own share only, even asking for all.
        rows = self.ok_json(
            ['share', 'list', '--name~', prefix], cloud=base.MEMBER
        )
        self.assertEqual([member_share.name], self.names(rows))
        rc, out, err = self.fails(
            ['share', 'show', admin_share.name], cloud=base.MEMBER
        )
        self.assertEqual(1, rc)
        self.assertOneLineError(err, admin_share.name)
        rc, out, err = self.fails(
            ['share', 'show', admin_share.id], cloud=base.MEMBER
        )
        self.assertEqual(1, rc)
        self.assertOneLineError(err, admin_share.id)

        # The admin sees its own project by default, every one on demand.
        rows = self.ok_json(['share', 'list', '--name~', prefix])
        self.assertEqual([admin_share.name], self.names(rows))
        rows = self.ok_json(
            ['share', 'list', '--name~', prefix, '--all-projects', '--long']
        )
        self.assertEqual(
            sorted([admin_share.name, member_share.name]),
            sorted(self.names(rows)),
        )
        by_name = {row['Name']: row for row in rows}
        self.assertEqual(
            member_share.project_id,
            by_name[member_share.name]['Project ID'],
        )
        self.assertNotEqual(admin_share.project_id, member_share.project_id)
        rows = self.ok_json(
            ['share', 'list', '--name~', prefix, '--project', 'demo']
        )
        self.assertEqual([member_share.name], self.names(rows))


class ShowShareTest(ShareTestCase):
    def test_show_by_name_and_id(self):
        share = self.create_share(metadata={'owner': 'tests', 'n': '1'})
        by_name = self.ok_json(['share', 'show', share.name])
        by_id = self.ok_json(['share', 'show', share.id])
        self.assertEqual(by_name, by_id)
        self.assertEqual(share.id, by_name['id'])
        self.assertEqual('available', by_name['status'])
        self.assertEqual({'owner': 'tests', 'n': '1'}, by_name['properties'])
        locations = by_name['export_locations']
        self.assertIsInstance(locations, list)
        self.assertGreaterEqual(len(locations), 1)
        for location in locations:
            self.assertIsInstance(location, dict)
            self.assertIn('path', location)
            self.assertIn('preferred', location)
        for hidden in ('display_name', 'display_description', 'links'):
            self.assertNotIn(hidden, by_name)
        for column in ('share_proto', 'snapshot_support', 'host', 'size'):
            self.assertIn(column, by_name)

        table = self.ok(['share', 'show', share.name])
        self.assertIn(locations[0]['path'], table)

    def test_show_missing(self):
        name = base.unique('ghost')
        rc, out, err = self.fails(['share', 'show', name])
        self.assertEqual(1, rc)
        self.assertEqual('', out)
        self.assertOneLineError(err, name)

    def test_properties_show(self):
        share = self.create_share(metadata={'alpha': '1', 'beta': 'two'})
        props = self.ok_json(['share', 'properties', 'show', share.name])
        self.assertEqual({'alpha': '1', 'beta': 'two'}, props)
        bare = self.create_share()
        self.assertEqual(
            {}, self.ok_json(['share', 'properties', 'show', bare.id])
        )


class SetShareTest(ShareTestCase):
    def test_set_and_unset(self):
        share = self.create_share(description='before')
        new_name = base.unique('renamed')
        out = self.ok(
            [
                'share',
                'set',
                share.id,
                '--name',
                new_name,
                '--description',
                'after',
                '--property',
                'k1=v1',
                '--property',
                'k2=v2',
            ]
        )
        self.assertEqual('', out)
        shown = self.ok_json(['share', 'show', share.id])
        self.assertEqual(new_name, shown['name'])
        self.assertEqual('after', shown['description'])
        self.assertEqual({'k1': 'v1', 'k2': 'v2'}, shown['properties'])

        # --property adds, keeping the others.
        self.ok(['share', 'set', new_name, '--property', 'k3=v3'])
        shown = self.ok_json(['share', 'show', new_name])
        self.assertEqual(
            {'k1': 'v1', 'k2': 'v2', 'k3': 'v3'}, shown['properties']
        )

        self.ok(
            [
                'share',
                'unset',
                new_name,
                '--property',
                'k1',
                '--property',
                'k3',
                '--description',
            ]
        )
        shown = self.ok_json(['share', 'show', new_name])
        self.assertEqual({'k2': 'v2'}, shown['properties'])
        self.assertIn(shown['description'], (None, ''))

        rc, out, err = self.fails(
            ['share', 'unset', new_name, '--property', 'no-such-key']
        )
        self.assertEqual(1, rc)
        self.assertNotIn('Traceback', err)
        self.assertIn('no-such-key', err)

    def test_set_public_admin_and_member(self):
        share = self.create_share()
        self.ok(['share', 'set', share.name, '--public'])
        self.assertTrue(base.proxy().get_share(share.id).is_public)
        self.ok(['share', 'set', share.name, '--private'])
        self.assertFalse(base.proxy().get_share(share.id).is_public)

        # Manila's default policy keeps public shares to admins.
        mine = self.create_share(cloud=base.MEMBER)
        rc, out, err = self.fails(
            ['share', 'set', mine.name, '--public'], cloud=base.MEMBER
        )
        self.assertEqual(1, rc)
        self.assertNotIn('Traceback', err)
        self.assertFalse(base.proxy().get_share(mine.id).is_public)

    def test_set_status_admin(self):
        share = self.create_share()
        self.ok(['share', 'set', share.name, '--status', 'error'])
        self.assertEqual('error', base.proxy().get_share(share.id).status)
        self.ok(['share', 'set', share.id, '--status', 'available'])
        self.assertEqual('available', base.proxy().get_share(share.id).status)

    def test_set_status_member_forbidden(self):
        share = self.create_share(cloud=base.MEMBER)
        rc, out, err = self.fails(
            ['share', 'set', share.name, '--status', 'error'],
            cloud=base.MEMBER,
        )
        self.assertEqual(1, rc)
        self.assertNotIn('Traceback', err)
        self.assertIn(share.name, err.splitlines()[-1])
        self.assertEqual('available', base.proxy().get_share(share.id).status)


class ResizeShareTest(ShareTestCase):
    def test_extend_and_shrink_wait(self):
        share = self.create_share()
        rc, out, err = self.openstack(
            ['share', 'resize', share.name, '2', '--wait']
        )
        self.assertEqual('', out)
        self.assertWaitProgress(err, f'share {share.name}', 'available')
        got = base.proxy().get_share(share.id)
        self.assertEqual((2, 'available'), (got.size, got.status))

        rc, out, err = self.openstack(
            ['share', 'resize', share.id, '1', '--wait']
        )
        self.assertWaitProgress(err, f'share {share.name}', 'available')
        got = base.proxy().get_share(share.id)
        self.assertEqual((1, 'available'), (got.size, got.status))

        rc, out, err = self.fails(['share', 'resize', share.id, '1'])
        self.assertEqual(1, rc)
        self.assertOneLineError(err, 'already 1 GiB')

    def test_resize_bad_size(self):
        name = base.unique('nosuch')
        for size in ('0', '-1', 'abc'):
            rc, out, err = self.fails(['share', 'resize', name, size])
            self.assertEqual(2, rc, f'size {size}: {err}')
            self.assertNotIn('Traceback', err)
            self.assertRegex(
                err.strip().splitlines()[-1],
                r'^openstack share resize: error: argument <new-size>: '
                + re.escape(repr(size))
                + ' is not a positive whole number$',
            )


class DeleteShareTest(ShareTestCase):
    def test_delete_wait(self):
        share = self.create_share()
        rc, out, err = self.openstack(
            ['share', 'delete', share.name, '--wait']
        )
        self.assertEqual('', out)
        self.assertWaitProgress(err, f'share {share.name}', 'gone')
        self.assertRaises(
            sdk_exceptions.NotFoundException, base.proxy().get_share, share.id
        )

    def test_delete_multiple_one_missing(self):
        share = self.create_share()
        missing = base.unique('missing')
        rc, out, err = self.fails(
            ['share', 'delete', share.id, missing, '--wait']
        )
        self.assertEqual(1, rc)
        self.assertNotIn('Traceback', err)
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertEqual('1 of 2 shares failed to delete.', lines[-1])
        self.assertTrue(any(missing in line for line in lines[:-1]), err)
        # The good one was deleted anyway (and waited for).
        self.assertRaises(
            sdk_exceptions.NotFoundException, base.proxy().get_share, share.id
        )

    def test_soft_delete_and_restore(self):
        share = self.create_share()
        self.ok(['share', 'delete', share.name, '--soft'])
        got = base.proxy().get_share(share.id)
        self.assertTrue(got.is_soft_deleted)

        rows = self.ok_json(
            ['share', 'list', '--soft-deleted', '--name', share.name]
        )
        self.assertEqual([share.id], [row['ID'] for row in rows])
        rows = self.ok_json(['share', 'list', '--name', share.name])
        self.assertEqual([], rows)

        self.ok(['share', 'restore', share.name])
        got = base.proxy().get_share(share.id)
        self.assertFalse(got.is_soft_deleted)
        rows = self.ok_json(['share', 'list', '--name', share.name])
        self.assertEqual([share.id], [row['ID'] for row in rows])
        rows = self.ok_json(
            ['share', 'list', '--soft-deleted', '--name', share.name]
        )
        self.assertEqual([], rows)


class ManageShareTest(ShareTestCase):
    def test_abandon_then_adopt(self):
        share = self.create_share()
        shown = self.ok_json(['share', 'show', share.id])
        host = shown['host']
        path = shown['export_locations'][0]['path']

        rc, out, err = self.openstack(
            ['share', 'abandon', share.name, '--wait']
        )
        self.assertEqual('', out)
        self.assertWaitProgress(err, f'share {share.name}', 'gone')
        self.assertRaises(
            sdk_exceptions.NotFoundException, base.proxy().get_share, share.id
        )

        name = base.unique('adopted')
        self.cleanup_by_name(name)
        rc, out, err = self.openstack(
            [
                'share',
                'adopt',
                host,
                'NFS',
                path,
                '--name',
                name,
                '--share-type',
                'default',
                '--description',
                'adopted',
                '--wait',
                '-f',
                'json',
            ]
        )
        adopted = json.loads(out)
        self.assertWaitProgress(err, f'share {name}', 'available')
        self.assertEqual('available', adopted['status'])
        self.assertEqual(name, adopted['name'])
        self.assertEqual(host, adopted['host'])
        self.assertEqual('adopted', adopted['description'])
        # The dummy driver exports a managed share under new paths.
        locations = self.ok_json(['share', 'export', 'location', 'list', name])
        self.assertGreaterEqual(len(locations), 1)
        self.assertEqual('available', self.find(name).status)


class RevertShareTest(ShareTestCase):
    def test_revert_wait(self):
        share = self.create_share(share_type='default')
        snapshot = self.create_snapshot(share)
        rc, out, err = self.openstack(
            ['share', 'revert', snapshot['name'], '--wait']
        )
        self.assertEqual('', out)
        self.assertWaitProgress(err, f'share {share.name}', 'available')
        self.assertEqual('available', base.proxy().get_share(share.id).status)

    def test_revert_missing_snapshot(self):
        name = base.unique('nosnap')
        rc, out, err = self.fails(['share', 'revert', name])
        self.assertEqual(1, rc)
        self.assertOneLineError(err, name)


class ExportLocationTest(ShareTestCase):
    def test_list_show_set_unset(self):
        share = self.create_share()
        rows = self.ok_json(
            ['share', 'export', 'location', 'list', share.name]
        )
        self.assertGreaterEqual(len(rows), 1)
        for row in rows:
            self.assertEqual(
                ['ID', 'Path', 'Preferred', 'Is Admin Only'], list(row)
            )
        long_rows = self.ok_json(
            ['share', 'export', 'location', 'list', share.id, '--long']
        )
        self.assertIn('Share Instance ID', long_rows[0])
        location_id = rows[0]['ID']

        shown = self.ok_json(
            ['share', 'export', 'location', 'show', share.name, location_id]
        )
        self.assertEqual(location_id, shown['id'])
        self.assertEqual(rows[0]['Path'], shown['path'])
        self.assertIn('preferred', shown)
        self.assertIn('is_admin_only', shown)

        self.assertEqual(
            '',
            self.ok(
                [
                    'share',
                    'export',
                    'location',
                    'set',
                    share.name,
                    location_id,
                    '--property',
                    'zone=blue',
                    '--property',
                    'speed=fast',
                ]
            ),
        )
        shown = self.ok_json(
            ['share', 'export', 'location', 'show', share.id, location_id]
        )
        self.assertEqual(
            {'zone': 'blue', 'speed': 'fast'}, shown['properties']
        )
        self.ok(
            [
                'share',
                'export',
                'location',
                'unset',
                share.id,
                location_id,
                '--property',
                'zone',
            ]
        )
        shown = self.ok_json(
            ['share', 'export', 'location', 'show', share.id, location_id]
        )
        self.assertEqual({'speed': 'fast'}, shown['properties'])

        rc, out, err = self.fails(
            [
                'share',
                'export',
                'location',
                'show',
                share.id,
                '00000000-0000-0000-0000-000000000000',
            ]
        )
        self.assertEqual(1, rc)
        self.assertOneLineError(err)

    def test_set_needs_2_87(self):
        share = self.create_share()
        location = next(iter(base.proxy().export_locations(share)))
        rc, out, err = self.fails(
            [
                '--os-share-api-version',
                '2.86',
                'share',
                'export',
                'location',
                'set',
                share.id,
                location.id,
                '--property',
                'a=b',
            ]
        )
        self.assertEqual(1, rc)
        self.assertOneLineError(err, '--property', '2.87', '2.86')


class MicroversionTest(ShareTestCase):
    def test_option_needs_newer_microversion(self):
        name = base.unique('mv')
        self.cleanup_by_name(name)
        rc, out, err = self.fails(
            [
                '--os-share-api-version',
                '2.50',
                'share',
                'create',
                'NFS',
                '1',
                '--name',
                name,
                '--mount-point-name',
                'x',
            ]
        )
        self.assertEqual(1, rc)
        self.assertOneLineError(err, '--mount-point-name', '2.84', '2.50')
        self.assertEqual('', out)
        self.assertIsNone(self.find(name))

    def test_unsupported_versions(self):
        for version in ('2.120', '3.0'):
            rc, out, err = self.fails(
                ['--os-share-api-version', version, 'share', 'list']
            )
            self.assertEqual(1, rc, f'{version}: {err}')
            self.assertOneLineError(err, version, '2.0 to 2.99')

    def test_explicit_old_microversion(self):
        prefix = base.unique('old')
        share = self.create_share(name=prefix)
        rows = self.ok_json(
            [
                '--os-share-api-version',
                '2.40',
                'share',
                'list',
                '--name',
                share.name,
            ]
        )
        self.assertEqual([share.id], [row['ID'] for row in rows])
        shown = self.ok_json(
            ['--os-share-api-version', '2.9', 'share', 'show', share.id]
        )
        self.assertIsInstance(shown['export_locations'], list)
        # Before 2.9 the API had no export locations resource.
        shown = self.ok_json(
            ['--os-share-api-version', '2.8', 'share', 'show', share.id]
        )
        self.assertEqual(share.id, shown['id'])


class CliBasicsTest(base.TestCase):
    def test_help(self):
        out = self.ok(['--help'], cloud=None)
        self.assertIn('share create', out)
        self.assertIn('--os-share-api-version', out)
        out = self.ok(['share', 'create', '--help'], cloud=None)
        self.assertIn('--wait-timeout', out)
        self.assertIn('--mount-point-name', out)
        self.assertIn('2.84', out)

    def test_bad_wait_timeout(self):
        rc, out, err = self.fails(
            ['share', 'create', 'NFS', '1', '--wait-timeout', '0']
        )
        self.assertEqual(2, rc)
        self.assertIn('is not a positive whole number', err)
