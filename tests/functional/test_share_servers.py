"""``openstack share server ...`` (and networks in use) on the local cloud.

A share of the ``dhss_true`` type on a share network makes Manila create a
share server on a DHSS=True backend (``dummy2`` or ``dummy4``, one
replication domain): that server is listed, shown, reset, abandoned,
adopted and migrated from one backend to the other here.
"""

import json
import uuid

from openstack import exceptions as sdk_exceptions

from tests.functional import base
from tests.functional import test_networks

AZ = test_networks.AZ
DHSS_BACKENDS = ('localcloud@dummy2', 'localcloud@dummy4')
MIGRATE_FLAGS = ['--preserve-snapshots', 'False', '--writable', 'False',
                 '--nondisruptive', 'False']  # fmt: skip


class ServerTestCase(test_networks.NetworkFixtures, base.TestCase):
    def share_with_server(self, network=None):
        """A network (its subnet in an AZ), a DHSS=True share, its server."""
        network = network or self.create_network(availability_zone=AZ)
        name = base.unique('dhss')
        self.addCleanup(self.delete_servers_of, network.id)
        self.addCleanup(self.delete_shares_of, network.id)
        rc, out, err = self.openstack([
            'share', 'create', 'NFS', '1', '--name', name,
            '--share-type', 'dhss_true', '--share-network', network.id,
            '--availability-zone', AZ, '--wait',
        ])  # fmt: skip
        self.assertEqual(0, rc, err)
        share = base.proxy().find_share(name, ignore_missing=False)
        self.assertTrue(share.share_server_id, share)
        return (
            network,
            share,
            base.proxy().get_share_server(share.share_server_id),
        )

    def waited_json(self, args):
        """JSON of a --wait run, whose progress lines go to stderr."""
        rc, out, err = self.openstack(list(args) + ['-f', 'json'])
        self.assertEqual(0, rc, err)
        self.assertIn(' after ', err)
        return json.loads(out)

    def delete_shares_of(self, network_id):
        for share in base.proxy().shares(
            share_network_id=network_id, all_projects=True
        ):
            self.delete_share(share.id)

    def delete_servers_of(self, network_id):
        for server in base.proxy().share_servers(share_network_id=network_id):
            self.delete_server(server.id)


class ShareServerTestCase(ServerTestCase):
    def test_servers_of_a_network_in_use(self):
        network, share, server = self.share_with_server()

        rows = self.ok_json(['share', 'server', 'list', '--share-network',
                             network.name])  # fmt: skip
        self.assertEqual(
            [{'ID': server.id, 'Host': server.host, 'Status': 'active',
              'Share Network ID': network.id,
              'Project ID': server.project_id}], rows,
        )  # fmt: skip
        rows = self.ok_json(
            [
                'share',
                'server',
                'list',
                '--host',
                server.host,
                '--status',
                'active',
                '--long',
            ]
        )
        self.assertIn(server.id, {r['ID'] for r in rows})
        self.assertIn('Identifier', rows[0])

        shown = self.ok_json(['share', 'server', 'show', server.id])
        self.assertEqual(network.id, shown['share_network_id'])
        # What manilaclient drops: the backend's details.
        self.assertEqual(
            base.proxy().get_share_server_details(server.id),
            shown['backend_details'],
        )
        self.assertIn('service_ip', shown['backend_details'])

        # --task-state alone leaves the status alone (manilaclient resets
        # it to active).
        self.ok(['share', 'server', 'set', server.id, '--status', 'error'])
        self.ok(['share', 'server', 'set', server.id, '--task-state',
                 'migration_error'])  # fmt: skip
        got = base.proxy().get_share_server(server.id)
        self.assertEqual(
            ('error', 'migration_error'), (got.status, got.task_state)
        )
        self.ok(['share', 'server', 'set', server.id, '--status', 'active',
                 '--task-state'])  # fmt: skip
        got = base.proxy().get_share_server(server.id)
        self.assertEqual(('active', None), (got.status, got.task_state))

        # What a network in use refuses: one line, nothing changed.
        rc, out, err = self.fails(
            ['share', 'network', 'delete', network.name], rc=1
        )
        self.assertOneLineError(err, 'share(s)')
        subnet_id = network.share_network_subnets[0]['id']
        rc, out, err = self.fails(
            ['share', 'network', 'subnet', 'delete', network.name, subnet_id],
            rc=1,
        )
        self.assertOneLineError(err, 'shares')
        rc, out, err = self.fails(['share', 'server', 'delete', server.id],
                                  rc=1)  # fmt: skip
        self.assertOneLineError(err, server.id)
        self.assertIsNotNone(base.proxy().find_share_network(network.id))
        self.assertEqual(
            'active', base.proxy().get_share_server(server.id).status
        )

    def test_security_services_before_and_in_use(self):
        # Services first: cleanups run backwards, so the network (and the
        # association) is gone before the services are deleted.
        first = self.create_service()
        second = self.create_service(type='ldap', server='ldap2.example')
        network = self.create_network(availability_zone=AZ)
        out = self.ok([
            'share', 'network', 'set', network.name,
            '--new-security-service', first.name, '--check-only',
        ])  # fmt: skip
        self.assertIn('compatible', out)
        self.assertEqual([], self.services_of(network))
        self.openstack_wait([
            'share', 'network', 'set', network.name,
            '--new-security-service', first.name, '--wait',
        ], f'share network {network.name}', 'active')  # fmt: skip
        self.assertEqual([first.id], self.services_of(network))
        out = self.ok([
            'share', 'network', 'set', network.name,
            '--current-security-service', first.name,
            '--new-security-service', second.id, '--check-only',
        ])  # fmt: skip
        self.assertIn('compatible', out)
        self.assertEqual([first.id], self.services_of(network))
        self.openstack_wait([
            'share', 'network', 'set', network.id,
            '--current-security-service', first.id,
            '--new-security-service', second.name, '--wait',
        ], f'share network {network.name}', 'active')  # fmt: skip
        self.assertEqual([second.id], self.services_of(network))

        # In use: the check starts on the backends (Manila 23.0.1's share
        # manager fails it, so it never ends here); nothing changes.
        self.share_with_server(network)
        out = self.ok([
            'share', 'network', 'set', network.name,
            '--current-security-service', second.name,
            '--new-security-service', first.name, '--check-only',
        ])  # fmt: skip
        self.assertIn('Check of the security service replacement', out)
        self.assertEqual([second.id], self.services_of(network))
        # A network in use keeps its services.
        rc, out, err = self.fails(['share', 'network', 'unset', network.name,
                                   '--security-service', second.name],
                                  rc=1)  # fmt: skip
        self.assertOneLineError(err)
        self.assertEqual([second.id], self.services_of(network))

    def services_of(self, network):
        return sorted(
            s.id for s in base.proxy().security_services(
                details=False, share_network_id=network.id
            )
        )  # fmt: skip

    def openstack_wait(self, args, what, goal):
        rc, out, err = self.openstack(args)
        self.assertEqual(0, rc, err)
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertEqual(f'Waiting for {what} to be {goal}', lines[0], err)
        self.assertRegex(lines[-1], rf'^{what} is {goal} after ')
        return out

    def test_abandon_and_adopt(self):
        network, share, server = self.share_with_server()
        # A server with shares cannot be abandoned.
        rc, out, err = self.fails(['share', 'server', 'abandon', server.id],
                                  rc=1)  # fmt: skip
        self.assertOneLineError(err)
        self.delete_share(share.id)

        self.openstack_wait(
            ['share', 'server', 'abandon', server.id, '--wait'],
            f'share server {server.id}',
            'gone',
        )
        self.assertIsNone(base.proxy().find_share_server(server.id))

        host = server.host
        rc, out, err = self.openstack([
            'share', 'server', 'adopt', host, network.name,
            server.identifier, '--wait', '-f', 'json',
            # The network's one subnet is in an AZ: no default to adopt in.
            '--share-network-subnet', server.share_network_subnet_ids[0],
        ])  # fmt: skip
        self.assertEqual(0, rc, err)
        adopted = base.proxy().find_share_server(
            server.identifier, ignore_missing=False
        )
        self.assertEqual(('active', host, network.id),
                         (adopted.status, adopted.host,
                          adopted.share_network_id))  # fmt: skip
        self.assertIn(adopted.id, out)

        # Found by its backend identifier too.
        shown = self.ok_json(['share', 'server', 'show', server.identifier])
        self.assertEqual(adopted.id, shown['id'])

        self.openstack_wait(
            ['share', 'server', 'delete', adopted.id, '--wait'],
            f'share server {adopted.id}',
            'gone',
        )
        self.assertIsNone(base.proxy().find_share_server(adopted.id))

    def test_adopt_bad_inputs(self):
        network = self.create_network()
        rc, out, err = self.fails([
            'share', 'server', 'adopt', 'localcloud@nope', network.name,
            'ident-' + uuid.uuid4().hex,
        ], rc=1)  # fmt: skip
        self.assertOneLineError(err)
        missing = base.unique('no-net')
        rc, out, err = self.fails(
            ['share', 'server', 'adopt', DHSS_BACKENDS[0], missing, 'x'], rc=1
        )
        self.assertOneLineError(err, missing)
        self.assertEqual(
            [], list(base.proxy().share_servers(share_network_id=network.id))
        )

    def test_member_cannot(self):
        missing = str(uuid.uuid4())
        for args in (
            ['share', 'server', 'list'],
            ['share', 'server', 'show', missing],
            ['share', 'server', 'delete', missing],
            ['share', 'server', 'set', missing, '--status', 'error'],
            ['share', 'server', 'abandon', missing],
            ['share', 'server', 'migration', 'show', missing],
            ['share', 'server', 'adopt', DHSS_BACKENDS[0], missing, 'x'],
        ):
            rc, out, err = self.fails(args, cloud=base.MEMBER, rc=1)
            self.assertOneLineError(err)
            self.assertEqual('', out)

    def test_missing_server(self):
        missing = str(uuid.uuid4())
        for args in (['show', missing], ['set', missing, '--status', 'x'],
                     ['migration', 'complete', missing]):  # fmt: skip
            rc, out, err = self.fails(['share', 'server', *args], rc=1)
            self.assertOneLineError(err, missing)
        rc, out, err = self.fails(['share', 'server', 'set', missing])
        self.assertOneLineError(err, '--status')


class ServerMigrationTestCase(ServerTestCase):
    def test_migration_between_backends(self):
        network, share, server = self.share_with_server()
        self.assertIn(server.host, DHSS_BACKENDS)
        destination = next(h for h in DHSS_BACKENDS if h != server.host)
        start = ['share', 'server', 'migration', 'start', server.id,
                 destination, *MIGRATE_FLAGS]  # fmt: skip

        check = self.ok_json([*start, '--check-only'])
        self.assertTrue(check['compatible'], check)
        self.assertEqual(destination, check['requested_capabilities']['host'])
        self.assertIsNone(base.proxy().get_share_server(server.id).task_state)

        # A host that does not exist: one line, nothing started.
        rc, out, err = self.fails(
            ['share', 'server', 'migration', 'start', server.id,
             'localcloud@nope', *MIGRATE_FLAGS], rc=1,
        )  # fmt: skip
        self.assertOneLineError(err)
        got = base.proxy().get_share_server(server.id)
        self.assertEqual(('active', None), (got.status, got.task_state))

        # Phase one, then cancel: the server stays where it is.
        progress = self.waited_json([*start, '--wait'])
        self.assertEqual('migration_driver_phase1_done',
                         progress['task_state'])  # fmt: skip
        shown = self.ok_json(['share', 'server', 'migration', 'show',
                              server.id])  # fmt: skip
        self.assertEqual(
            progress['destination_share_server_id'],
            shown['destination_share_server_id'],
        )
        self.ok(['share', 'server', 'migration', 'cancel', server.id])
        self.wait_for_task_state(server.id, 'migration_cancelled')
        self.assertEqual(server.host, base.proxy().get_share(share.id).host
                         .split('#')[0])  # fmt: skip

        # Phase one again, then complete: the share is on the other backend.
        progress = self.waited_json([*start, '--wait'])
        destination_id = progress['destination_share_server_id']
        # delete_servers_of cleans it up, after the share is gone.
        rc, out, err = self.openstack(
            ['share', 'server', 'migration', 'complete', server.id, '--wait']
        )
        self.assertEqual(0, rc, err)
        self.assertIn('is migration_success after', err)
        moved = base.proxy().get_share(share.id)
        self.assertEqual(destination, moved.host.split('#')[0])
        self.assertEqual(destination_id, moved.share_server_id)
        got = base.proxy().get_share_server(destination_id)
        self.assertEqual(
            ('active', 'migration_success', destination),
            (got.status, got.task_state, got.host),
        )

    def wait_for_task_state(self, server_id, task_state):
        server = base.proxy().get_share_server(server_id)
        try:
            base.proxy().wait_for_status(
                server, task_state, attribute='task_state', interval=1,
                wait=base.FIXTURE_WAIT,
            )  # fmt: skip
        except sdk_exceptions.SDKException as err:
            self.fail(f'{server_id} never reached {task_state}: {err}')
