"""``openstack share instance|replica ...`` against the real local cloud.

The ``replicated`` share type (readable) lands on dummy1 or dummy3, one
replication domain: a replica goes to the other backend.
"""

import json
import time

from openstack import exceptions as sdk_exceptions

from tests.functional import base

INSTANCE_COLUMNS = [
    'ID',
    'Share ID',
    'Host',
    'Status',
    'Availability Zone',
    'Share Network ID',
    'Share Server ID',
    'Share Type ID',
]
REPLICA_COLUMNS = [
    'ID',
    'Status',
    'Replica State',
    'Share ID',
    'Host',
    'Availability Zone',
    'Updated At',
]


def progress_lines(err):
    return [line for line in err.splitlines() if line.strip()]


class InstanceTest(base.TestCase):
    def instance_of(self, share):
        instances = list(base.proxy().share_instances(share_id=share.id))
        self.assertEqual(1, len(instances))
        return instances[0]

    def test_list_show_and_export_locations(self):
        share = self.create_share()
        rows = self.ok_json(
            ['share', 'instance', 'list', '--share', share.name]
        )
        self.assertEqual(1, len(rows))
        self.assertEqual(INSTANCE_COLUMNS, list(rows[0]))
        self.assertEqual(share.id, rows[0]['Share ID'])
        instance_id = rows[0]['ID']

        shown = self.ok_json(['share', 'instance', 'show', instance_id])
        self.assertEqual(share.id, shown['share_id'])
        self.assertEqual(share.host, shown['host'])
        self.assertIsInstance(shown['export_locations'], list)
        self.assertTrue(shown['export_locations'])
        paths = {el['path'] for el in shown['export_locations']}

        locations = self.ok_json(
            ['share', 'instance', 'export', 'location', 'list', instance_id]
        )
        self.assertEqual(
            ['ID', 'Path', 'Is Admin Only', 'Preferred'], list(locations[0])
        )
        self.assertEqual(paths, {el['Path'] for el in locations})
        one = self.ok_json(
            [
                'share',
                'instance',
                'export',
                'location',
                'show',
                instance_id,
                locations[0]['ID'],
            ]
        )
        self.assertEqual(locations[0]['Path'], one['path'])
        self.assertEqual(instance_id, one['share_instance_id'])

        # The export location filter finds this instance only.
        found = self.ok_json(
            [
                'share',
                'instance',
                'list',
                '--export-location',
                locations[0]['ID'],
            ]
        )
        self.assertEqual([instance_id], [row['ID'] for row in found])
        found = self.ok_json(
            [
                'share',
                'instance',
                'list',
                '--export-location',
                locations[0]['Path'],
            ]
        )
        self.assertEqual([instance_id], [row['ID'] for row in found])

    def test_reset_status_and_force_delete(self):
        share = self.create_share()
        instance = self.instance_of(share)
        self.ok(['share', 'instance', 'set', instance.id, '--status', 'error'])
        self.assertEqual(
            'error', base.proxy().get_share_instance(instance.id).status
        )
        rc, out, err = self.openstack(
            ['share', 'instance', 'delete', instance.id, '--wait']
        )
        self.assertEqual(0, rc, err)
        lines = progress_lines(err)
        self.assertEqual(2, len(lines), err)
        self.assertIn(f'share instance {instance.id} is gone after', lines[1])
        self.assertRaises(
            sdk_exceptions.NotFoundException,
            base.proxy().get_share_instance,
            instance.id,
        )

    def test_member_cannot_touch_instances(self):
        share = self.create_share()
        instance = self.instance_of(share)
        for args in (
            ['share', 'instance', 'list'],
            ['share', 'instance', 'show', instance.id],
            ['share', 'instance', 'set', instance.id, '--status', 'error'],
            ['share', 'instance', 'delete', instance.id],
        ):
            _rc, _out, err = self.fails(args, cloud=base.MEMBER, rc=1)
            self.assertOneLineError(err)
        again = base.proxy().get_share_instance(instance.id)
        self.assertEqual('available', again.status)

    def test_bad_input(self):
        missing = '00000000-0000-0000-0000-000000000000'
        _rc, _out, err = self.fails(
            ['share', 'instance', 'show', missing], rc=1
        )
        self.assertOneLineError(err)
        _rc, _out, err = self.fails(
            ['share', 'instance', 'set', missing], rc=1
        )
        self.assertOneLineError(err, '--status')
        _rc, _out, err = self.fails(
            ['share', 'instance', 'list', '--share', base.unique('nope')], rc=1
        )
        self.assertOneLineError(err, 'No share found')
        _rc, _out, err = self.fails(
            ['--os-share-api-version', '2.2', 'share', 'instance', 'list'],
            rc=1,
        )
        self.assertOneLineError(err, '2.3')


class ReplicaTestCase(base.TestCase):
    def create_replicated_share(self, cloud=base.ADMIN):
        share = self.create_share(cloud=cloud, share_type='replicated')
        # Runs before the share's own cleanup: a share with replicas
        # cannot be deleted.
        self.addCleanup(self.delete_replicas, share.id)
        return share

    def delete_replicas(self, share_id):
        admin = base.proxy()
        deadline = time.monotonic() + base.FIXTURE_WAIT
        while time.monotonic() < deadline:
            replicas = [
                r
                for r in admin.share_replicas(share_id=share_id)
                if r.replica_state != 'active'
            ]
            if not replicas:
                return
            for replica in replicas:
                try:
                    admin.delete_share_replica(replica, force=True)
                except sdk_exceptions.SDKException:
                    pass
            time.sleep(1)

    def replicas(self, share):
        return {
            row['ID']: row
            for row in self.ok_json(
                ['share', 'replica', 'list', '--share', share.name]
            )
        }

    def replica_waited(self, verb, replica_id, goal):
        """``share replica <verb> <replica> --wait`` reaches ``goal``."""
        rc, _out, err = self.openstack(
            ['share', 'replica', verb, replica_id, '--wait']
        )
        self.assertEqual(0, rc, err)
        self.assertIn(f'share replica {replica_id} is {goal} after', err)

    def create_replica(self, share):
        rc, out, err = self.openstack(
            ['share', 'replica', 'create', share.name, '--wait', '-f', 'json']
        )
        self.assertEqual(0, rc, err)
        return json.loads(out), err


class ReplicaTest(ReplicaTestCase):
    def test_replica_lifecycle(self):
        share = self.create_replicated_share()
        original = self.ok_json(['share', 'replica', 'show', share.name])
        self.assertEqual('active', original['replica_state'])
        self.assertEqual(share.host, original['host'])

        replica, err = self.create_replica(share)
        lines = progress_lines(err)
        self.assertEqual(
            f'Waiting for share replica {replica["id"]} to be in_sync',
            lines[0],
        )
        self.assertEqual('available', replica['status'])
        self.assertEqual('in_sync', replica['replica_state'])
        self.assertNotEqual(share.host, replica['host'])
        self.assertEqual(
            {'dummy1', 'dummy3'},
            {
                host.split('@')[1].split('#')[0]
                for host in (share.host, replica['host'])
            },
        )
        self.assertTrue(replica['export_locations'])
        self.assertEqual(
            {'in_sync'},
            {el['replica_state'] for el in replica['export_locations']},
        )

        rows = self.replicas(share)
        self.assertEqual({original['id'], replica['id']}, set(rows))
        self.assertEqual(REPLICA_COLUMNS, list(rows[replica['id']]))
        self.assertEqual('active', rows[original['id']]['Replica State'])

        # Export locations, per replica.
        locations = self.ok_json(
            ['share', 'replica', 'export', 'location', 'list', replica['id']]
        )
        self.assertEqual(
            ['ID', 'Availability Zone', 'Replica State', 'Preferred', 'Path'],
            list(locations[0]),
        )
        self.assertEqual(
            {el['path'] for el in replica['export_locations']},
            {el['Path'] for el in locations},
        )
        one = self.ok_json(
            [
                'share',
                'replica',
                'export',
                'location',
                'show',
                replica['id'],
                locations[0]['ID'],
            ]
        )
        self.assertEqual(locations[0]['Path'], one['path'])
        self.assertEqual('in_sync', one['replica_state'])

        # Promote: the new replica becomes the active one.
        self.replica_waited('promote', replica['id'], 'active')
        rows = self.replicas(share)
        self.assertEqual('active', rows[replica['id']]['Replica State'])
        self.assertNotEqual('active', rows[original['id']]['Replica State'])
        self.assertEqual(
            replica['id'],
            self.ok_json(['share', 'replica', 'show', share.id])['id'],
        )

        # Out of sync, then resynced.
        self.ok(
            [
                'share',
                'replica',
                'set',
                original['id'],
                '--replica-state',
                'out_of_sync',
            ]
        )
        self.assertEqual(
            'out_of_sync',
            self.ok_json(['share', 'replica', 'show', original['id']])[
                'replica_state'
            ],
        )
        self.replica_waited('resync', original['id'], 'in_sync')
        self.assertEqual(
            'in_sync',
            base.proxy().get_share_replica(original['id']).replica_state,
        )

        # Delete the non-active replica and wait for it to be gone.
        self.replica_waited('delete', original['id'], 'gone')
        self.assertEqual([replica['id']], list(self.replicas(share)))

    def test_properties(self):
        share = self.create_replicated_share()
        active = base.proxy().share_replicas(share_id=share.id)
        active = next(iter(active))
        key = base.unique('k')
        self.ok(
            [
                'share',
                'replica',
                'set',
                active.id,
                '--property',
                f'{key}=v1',
                '--property',
                'other=v2',
            ]
        )
        shown = self.ok_json(['share', 'replica', 'show', active.id])
        self.assertEqual({key: 'v1', 'other': 'v2'}, shown['properties'])
        rows = self.ok_json(
            ['share', 'replica', 'list', '--property', f'{key}=v1']
        )
        self.assertEqual([active.id], [row['ID'] for row in rows])
        self.ok(['share', 'replica', 'unset', active.id, '--property', key])
        shown = self.ok_json(['share', 'replica', 'show', active.id])
        self.assertEqual({'other': 'v2'}, shown['properties'])
        _rc, _out, err = self.fails(
            ['share', 'replica', 'unset', active.id, '--property', key], rc=1
        )
        self.assertOneLineError(err, key)

    def test_experimental_range(self):
        share = self.create_replicated_share()
        for version in ('2.11', '2.55'):
            rows = self.ok_json(
                [
                    '--os-share-api-version',
                    version,
                    'share',
                    'replica',
                    'list',
                    '--share',
                    share.id,
                ]
            )
            self.assertEqual(1, len(rows), version)
        shown = self.ok_json(
            [
                '--os-share-api-version',
                '2.50',
                'share',
                'replica',
                'show',
                rows[0]['ID'],
            ]
        )
        self.assertEqual('active', shown['replica_state'])
        self.assertTrue(shown['export_locations'])
        _rc, _out, err = self.fails(
            ['--os-share-api-version', '2.10', 'share', 'replica', 'list'],
            rc=1,
        )
        self.assertOneLineError(err, '2.11')


class ReplicaBadInputTest(ReplicaTestCase):
    def test_share_without_replication_type(self):
        share = self.create_share()
        _rc, _out, err = self.fails(
            ['share', 'replica', 'create', share.name], rc=1
        )
        self.assertOneLineError(err, 'replication_type')
        self.assertEqual(
            [], list(base.proxy().share_replicas(share_id=share.id))
        )

    def test_active_replica(self):
        share = self.create_replicated_share()
        active = next(iter(base.proxy().share_replicas(share_id=share.id)))
        for verb, needle in (
            ('promote', 'already the active replica'),
            ('resync', 'is the active replica'),
            ('delete', 'last active replica'),
        ):
            _rc, _out, err = self.fails(
                ['share', 'replica', verb, active.id], rc=1
            )
            self.assertOneLineError(err, needle)
        again = base.proxy().get_share_replica(active.id)
        self.assertEqual(
            ('available', 'active'), (again.status, again.replica_state)
        )

    def test_unknown(self):
        missing = '00000000-0000-0000-0000-000000000000'
        for args in (
            ['share', 'replica', 'show', base.unique('nope')],
            ['share', 'replica', 'promote', missing],
            ['share', 'replica', 'create', base.unique('nope')],
            ['share', 'replica', 'set', missing],
            ['share', 'replica', 'set', missing, '--status', 'error'],
        ):
            _rc, _out, err = self.fails(args, rc=1)
            self.assertOneLineError(err)

    def test_member_cannot_reset_states(self):
        share = self.create_replicated_share(cloud=base.MEMBER)
        replica = next(iter(base.proxy().share_replicas(share_id=share.id)))
        for args in (
            ['share', 'replica', 'set', replica.id, '--status', 'error'],
            [
                'share',
                'replica',
                'set',
                replica.id,
                '--replica-state',
                'error',
            ],
        ):
            _rc, _out, err = self.fails(args, cloud=base.MEMBER, rc=1)
            self.assertOneLineError(err)
        again = base.proxy().get_share_replica(replica.id)
        self.assertEqual(
            ('available', 'active'), (again.status, again.replica_state)
        )
        # What a member may see of its replicas: no host.
        shown = self.ok_json(
            ['share', 'replica', 'show', share.name], cloud=base.MEMBER
        )
        self.assertEqual(replica.id, shown['id'])
        self.assertNotIn('host', shown)
