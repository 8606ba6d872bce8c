"""``openstack share replica ...`` on backends that handle share servers.

How Manila's own CI runs replication: the ``replicated_dhss`` share type
(DHSS=True, readable) puts a share on a share network, with a share server
on ``dummy2`` or ``dummy4`` (one replication domain, both in AZ ``nova``);
its replica lands on the other backend, on a share server of its own on
the same share network.  Manila keeps unused share servers: the network's
cleanup deletes them.
"""

import ipaddress
import json

from tests.functional import base
from tests.functional import test_networks
from tests.functional import test_replication

AZ = test_networks.AZ
SHARE_TYPE = 'replicated_dhss'
#: The standalone network plugin's ranges of each DHSS=True backend of
#: tools/local-cloud (user and admin networks): export locations of a
#: share server come from its backend's ranges.
BACKEND_NETWORKS = {
    'dummy2': ('203.0.113.0/24', '198.51.100.0/24'),
    'dummy4': ('192.0.2.0/25', '192.0.2.128/25'),
}


def backend_of(host):
    """``dummy2`` of ``localcloud@dummy2`` or ``localcloud@dummy2#pool``."""
    return host.split('@')[1].split('#')[0]


def in_backend_networks(path, backend):
    address = ipaddress.ip_address(path.split(':')[0])
    return any(
        address in ipaddress.ip_network(cidr)
        for cidr in BACKEND_NETWORKS[backend]
    )


class DhssReplicaTest(
    test_networks.NetworkFixtures, test_replication.ReplicaTestCase
):
    def create_share_on_network(self):
        """A network (its subnet in AZ nova) and a replicated_dhss share."""
        network = self.create_network(availability_zone=AZ)
        share = self.create_share(
            share_type=SHARE_TYPE,
            share_network_id=network.id,
            availability_zone=AZ,
        )
        # Cleanups run backwards: replicas, then the share, then the
        # network with the share servers Manila leaves on it.
        self.addCleanup(self.delete_replicas, share.id)
        return network, share

    def assertOnBackendNetworks(self, paths, backend):
        self.assertTrue(paths)
        for path in paths:
            self.assertTrue(
                in_backend_networks(path, backend),
                f'{path} is not on a network of {backend}',
            )

    def test_replica_lifecycle_on_share_servers(self):
        admin = base.proxy()
        network, share = self.create_share_on_network()
        self.assertEqual(network.id, share.share_network_id)
        self.assertTrue(share.share_server_id, share)
        first_backend = backend_of(share.host)
        self.assertIn(first_backend, BACKEND_NETWORKS)
        (original,) = admin.share_replicas(share_id=share.id)
        self.assertEqual('active', original.replica_state)
        self.assertEqual(share.share_server_id, original.share_server_id)

        create = [
            'share',
            'replica',
            'create',
            share.name,
            '--share-network',
            network.name,
        ]
        # --share-network needs 2.72: refused before anything is made.
        _rc, _out, err = self.fails(
            ['--os-share-api-version', '2.71'] + create, rc=1
        )
        self.assertOneLineError(err, '2.72')
        self.assertEqual(
            [original.id],
            [r.id for r in admin.share_replicas(share_id=share.id)],
        )

        rc, out, err = self.openstack(create + ['--wait', '-f', 'json'])
        self.assertEqual(0, rc, err)
        replica = json.loads(out)
        self.assertIn(f'share replica {replica["id"]} is in_sync after', err)
        self.assertEqual(
            ('available', 'in_sync'),
            (replica['status'], replica['replica_state']),
        )
        # The other DHSS=True backend, a server of its own, same network.
        second_backend = backend_of(replica['host'])
        self.assertEqual(
            set(BACKEND_NETWORKS), {first_backend, second_backend}
        )
        self.assertEqual(network.id, replica['share_network_id'])
        self.assertTrue(replica['share_server_id'], replica)
        server = admin.get_share_server(replica['share_server_id'])
        self.assertEqual(
            ('active', network.id, second_backend),
            (server.status, server.share_network_id, backend_of(server.host)),
        )
        self.assertEqual(
            {
                share.share_server_id: first_backend,
                replica['share_server_id']: second_backend,
            },
            {
                s.id: backend_of(s.host)
                for s in admin.share_servers(share_network_id=network.id)
            },
        )

        # Export locations: the replica's server's addresses, in_sync.
        locations = self.ok_json(
            ['share', 'replica', 'export', 'location', 'list', replica['id']]
        )
        self.assertEqual(
            {el['path'] for el in replica['export_locations']},
            {el['Path'] for el in locations},
        )
        self.assertEqual(
            {'in_sync'}, {el['Replica State'] for el in locations}
        )
        self.assertOnBackendNetworks(
            [el['Path'] for el in locations], second_backend
        )

        # Promote: the states swap and the share follows the new active
        # replica to its backend, share server and addresses.
        self.replica_waited('promote', replica['id'], 'active')
        self.assertEqual(
            {replica['id']: 'active', original.id: 'in_sync'},
            {
                rid: row['Replica State']
                for rid, row in self.replicas(share).items()
            },
        )
        promoted = admin.get_share(share.id)
        self.assertEqual(
            (replica['host'], replica['share_server_id']),
            (promoted.host, promoted.share_server_id),
        )
        self.assertOnBackendNetworks(
            [el.path for el in admin.export_locations(share.id)],
            second_backend,
        )

        # The former active replica: out of sync, then resynced.
        self.ok(
            [
                'share',
                'replica',
                'set',
                original.id,
                '--replica-state',
                'out_of_sync',
            ]
        )
        self.assertEqual(
            'out_of_sync', admin.get_share_replica(original.id).replica_state
        )
        self.replica_waited('resync', original.id, 'in_sync')
        self.assertEqual(
            'in_sync', admin.get_share_replica(original.id).replica_state
        )

        # Delete it: the promoted replica is left, on its own server.
        self.replica_waited('delete', original.id, 'gone')
        self.assertEqual(
            [(replica['id'], 'active', replica['share_server_id'])],
            [
                (r.id, r.replica_state, r.share_server_id)
                for r in admin.share_replicas(share_id=share.id)
            ],
        )
