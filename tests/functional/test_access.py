"""``openstack share access ...`` against the real local cloud.

The dummy driver accepts ``ip`` rules on NFS shares and puts any other
rule in ``error``, which is how ``--wait`` failures are made here.
"""

import json

from tests.functional import base

LIST_HEADERS = [
    'ID', 'Access Type', 'Access To', 'Access Level', 'State', 'Access Key',
    'Created At', 'Updated At',
]  # fmt: skip
GHOST = '00000000-0000-0000-0000-000000000000'


class AccessTestCase(base.TestCase):
    def setUp(self):
        super().setUp()
        self.share = self.create_share()

    def rules(self, share=None, cloud=base.ADMIN, *extra):
        return self.ok_json(
            ['share', 'access', 'list', (share or self.share).id, *extra],
            cloud=cloud,
        )

    def grant(self, access_to, *extra, share=None, cloud=base.ADMIN):
        rc, out, err = self.openstack(
            ['share', 'access', 'create', (share or self.share).name, 'ip',
             access_to, '--wait', '-f', 'json', *extra], cloud=cloud,
        )  # fmt: skip
        self.assertEqual(0, rc, err)
        return json.loads(out)


class AccessTest(AccessTestCase):
    def test_create_show_list_set_unset_delete(self):
        rule = self.grant(
            '10.30.0.0/16',
            '--access-level',
            'ro',
            '--properties',
            'team=storage',
            'tier=gold',
        )
        self.assertEqual(
            (
                'active',
                'ro',
                self.share.id,
                {'team': 'storage', 'tier': 'gold'},
            ),
            (
                rule['state'],
                rule['access_level'],
                rule['share_id'],
                rule['properties'],
            ),
        )
        self.assertNotIn('metadata', rule)

        shown = self.ok_json(['share', 'access', 'show', rule['id']])
        self.assertEqual(rule['properties'], shown['properties'])

        listed = self.rules()
        self.assertEqual(LIST_HEADERS, list(listed[0]))
        self.assertEqual([rule['id']], [r['ID'] for r in listed])
        # --properties keeps the 2.82 filters (manilaclient drops them).
        self.assertEqual(
            [rule['id']],
            [
                r['ID']
                for r in self.rules(
                    None,
                    base.ADMIN,
                    '--properties',
                    'team=storage',
                    '--access-type',
                    'ip',
                    '--access-level',
                    'ro',
                )
            ],
        )
        self.assertEqual(
            [],
            self.rules(
                None,
                base.ADMIN,
                '--properties',
                'team=storage',
                '--access-level',
                'rw',
            ),
        )

        self.ok(
            [
                'share',
                'access',
                'set',
                rule['id'],
                '--access-level',
                'rw',
                '--property',
                'tier=silver',
            ]
        )
        self.ok(['share', 'access', 'unset', rule['id'], '--property', 'team'])
        shown = self.ok_json(['share', 'access', 'show', rule['id']])
        self.assertEqual(
            ('rw', {'tier': 'silver'}),
            (shown['access_level'], shown['properties']),
        )

        rc, _out, err = self.openstack(
            [
                'share',
                'access',
                'delete',
                self.share.name,
                rule['id'],
                '--wait',
            ]
        )
        self.assertEqual(0, rc, err)
        self.assertIn('is gone after', err)
        self.assertEqual([], self.rules())

    def test_wait_failure_and_partial_delete(self):
        good = self.grant('10.31.0.1')
        _rc, _out, err = self.fails(
            ['share', 'access', 'create', self.share.id, 'user', 'alice',
             '--wait'], rc=1)  # fmt: skip
        lines = [line for line in err.splitlines() if line.strip()]
        self.assertRegex(lines[-1], r'failed: its status is error$')
        bad = [r for r in self.rules() if r['Access To'] == 'alice']
        self.assertEqual(['error'], [r['State'] for r in bad])

        _rc, _out, err = self.fails(
            ['share', 'access', 'delete', self.share.id, good['id'],
             bad[0]['ID'], GHOST, '--wait'], rc=1)  # fmt: skip
        self.assertIn('1 of 3 access rules failed to delete.', err)
        self.assertIn(GHOST, err)
        self.assertEqual([], self.rules())

    def test_delete_lock_needs_unrestrict(self):
        rule = self.grant(
            '10.32.0.1', '--lock-deletion', '--lock-reason', 'functional test'
        )
        _rc, _out, err = self.fails(
            ['share', 'access', 'delete', self.share.id, rule['id']], rc=1
        )
        self.assertOneLineError(err, 'lock')
        self.assertEqual([rule['id']], [r['ID'] for r in self.rules()])
        rc, _out, err = self.openstack(
            [
                'share',
                'access',
                'delete',
                self.share.id,
                rule['id'],
                '--unrestrict',
                '--wait',
            ]
        )
        self.assertEqual(0, rc, err)
        self.assertEqual([], self.rules())

    def test_old_microversions(self):
        rule = self.grant('10.33.0.1')
        old = self.ok_json(
            [
                '--os-share-api-version',
                '2.44',
                'share',
                'access',
                'list',
                self.share.id,
            ]
        )
        self.assertEqual([rule['id']], [r['ID'] for r in old])
        self.assertEqual(LIST_HEADERS, list(old[0]))
        older = self.ok_json(
            [
                '--os-share-api-version',
                '2.20',
                'share',
                'access',
                'list',
                self.share.id,
            ]
        )
        self.assertEqual(LIST_HEADERS[:5], list(older[0]))
        _rc, _out, err = self.fails(
            [
                '--os-share-api-version',
                '2.44',
                'share',
                'access',
                'show',
                rule['id'],
            ],
            rc=1,
        )
        self.assertOneLineError(err, '2.45')


class AccessBadInputTest(AccessTestCase):
    def assertRefused(self, args, *needles, cloud=base.ADMIN):
        _rc, _out, err = self.fails(args, cloud=cloud, rc=1)
        self.assertOneLineError(err, *needles)

    def test_bad_rules_change_nothing(self):
        share = self.share.id
        create = ['share', 'access', 'create', share]
        self.assertRefused(create + ['cert', 'client.example.com'], 'NFS')
        self.assertRefused(create + ['ip', '10.0.0.300'], '10.0.0.300')
        self.assertRefused(create + ['ip', '10.0.0.1/24'], 'host bits')
        self.assertRefused(
            create + ['ip', '10.0.0.1', '--access-level', 'rx'], 'rx'
        )
        self.assertRefused(
            ['--os-share-api-version', '2.81']
            + create
            + ['ip', '10.0.0.1', '--lock-deletion'],
            '2.82',
        )
        self.assertRefused(
            create + ['ip', '10.0.0.1', '--lock-reason', 'x'], '--lock-reason'
        )
        self.assertEqual([], self.rules())

    def test_nonexistent_share_and_rule(self):
        ghost = base.unique('ghost')
        self.assertRefused(
            ['share', 'access', 'create', ghost, 'ip', '10.0.0.1'], ghost
        )
        self.assertRefused(['share', 'access', 'list', ghost], ghost)
        self.assertRefused(['share', 'access', 'show', GHOST])
        self.assertRefused(
            ['share', 'access', 'delete', self.share.id, GHOST], GHOST
        )

    def test_member_and_admin(self):
        mine = self.create_share(cloud=base.MEMBER)
        rule = self.grant('10.34.0.1', share=mine, cloud=base.MEMBER)
        self.assertEqual(
            [rule['id']], [r['ID'] for r in self.rules(mine, base.MEMBER)]
        )
        # The admin's share is not the member's to open.
        self.assertRefused(
            ['share', 'access', 'create', self.share.id, 'ip', '10.0.0.1'],
            self.share.id,
            cloud=base.MEMBER,
        )
        self.assertRefused(
            ['share', 'access', 'list', self.share.id],
            self.share.id,
            cloud=base.MEMBER,
        )
        self.assertEqual([], self.rules())
