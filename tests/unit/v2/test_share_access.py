"""openstack share access ..."""

from unittest import mock

import fixtures

from openstack import exceptions as sdk_exceptions
from osc_lib.cli import format_columns
from osc_lib import exceptions

from osc_share_plugin.sdk.v2 import share_access_rule as _rule
from osc_share_plugin.v2 import share_access
from tests.unit.v2 import fakes


def a_rule(**attrs):
    attrs.setdefault('state', 'queued_to_apply')
    attrs.setdefault('metadata', {'k': 'v'})
    return fakes.fake(_rule.ShareAccessRule, **attrs)


class AccessTestCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share(share_proto='NFS')
        self.client.find_share.return_value = self.share


class TestCreateShareAccess(AccessTestCase):
    command = share_access.CreateShareAccess

    def setUp(self):
        super().setUp()
        self.rule = a_rule(share_id=self.share.id)
        self.client.create_access_rule.return_value = self.rule

    def test_create_required_only(self):
        columns, data = self.run_command(
            [self.share.name, 'ip', '10.0.0.0/24']
        )
        self.client.find_share.assert_called_once_with(
            self.share.name, ignore_missing=False
        )
        self.client.create_access_rule.assert_called_once_with(
            self.share, access_type='ip', access_to='10.0.0.0/24'
        )
        self.client.wait_for_status.assert_not_called()
        self.assertIn('properties', columns)
        self.assertNotIn('metadata', columns)
        self.assertNotIn('lock_reason', columns)
        shown = dict(zip(columns, data))
        self.assertEqual('queued_to_apply', shown['state'])
        self.assertIsInstance(shown['properties'], format_columns.DictColumn)

    def test_create_every_option(self):
        self.run_command([
            self.share.id, 'ip', '2001:db8::/64', '--access-level', 'ro',
            '--properties', 'a=b', 'c=d', '--lock-visibility',
            '--lock-deletion', '--lock-reason', 'why',
        ])  # fmt: skip
        self.client.create_access_rule.assert_called_once_with(
            self.share,
            access_type='ip',
            access_to='2001:db8::/64',
            access_level='ro',
            metadata={'a': 'b', 'c': 'd'},
            lock_visibility=True,
            lock_deletion=True,
            lock_reason='why',
        )

    def test_create_wait(self):
        active = a_rule(id=self.rule.id, state='active')
        self.client.wait_for_status.return_value = active
        columns, data = self.run_command(
            [self.share.name, 'ip', '10.0.0.1', '--wait',
             '--wait-timeout', '30'])  # fmt: skip
        kwargs = self.client.wait_for_status.call_args.kwargs
        self.assertEqual(
            ('active', ['error'], 30),
            (kwargs['status'], kwargs['failures'], kwargs['wait']),
        )
        self.assertIs(self.rule, self.client.wait_for_status.call_args.args[0])
        self.assertEqual('active', dict(zip(columns, data))['state'])

    def test_create_wait_error_state(self):
        self.client.wait_for_status.side_effect = (
            sdk_exceptions.ResourceFailure('went to error')
        )
        errored = a_rule(state='error')
        self.useFixture(
            fixtures.MockPatchObject(
                _rule.ShareAccessRule, 'fetch', return_value=errored
            )
        )
        err = self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            [self.share.name, 'ip', '10.0.0.1', '--wait'],
        )
        self.assertIn('its status is error', str(err))

    def assertRefused(self, argv, *needles):
        parsed = self.parse(argv)
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        for needle in needles:
            self.assertIn(needle, str(err))
        self.assertEqual(1, len(str(err).splitlines()))
        self.client.create_access_rule.assert_not_called()
        return err

    def test_bad_access_level(self):
        self.assertRefused(
            [self.share.name, 'ip', '1.1.1.1', '--access-level', 'rx'],
            "'rx'",
            'rw, ro',
        )
        self.client.find_share.assert_not_called()

    def test_cert_on_nfs(self):
        self.assertRefused(
            [self.share.name, 'cert', 'client.example.com'],
            'cert',
            'NFS',
            'GLUSTERFS',
        )

    def test_cert_on_glusterfs_is_sent(self):
        self.share._update(share_protocol='GLUSTERFS')
        self.run_command([self.share.name, 'cert', 'client.example.com'])
        self.client.create_access_rule.assert_called_once()

    def test_malformed_ip(self):
        self.assertRefused(
            [self.share.name, 'ip', '10.0.0.300'], 'ip', '10.0.0.300'
        )
        self.assertRefused(
            [self.share.name, 'ip', '10.0.0.1/24'], 'host bits set'
        )

    def test_ipv6_below_2_38(self):
        self.set_share_api_version('2.37')
        self.assertRefused([self.share.name, 'ip', '2001:db8::1'], '2.38')

    def test_unknown_type_and_bad_values(self):
        self.assertRefused([self.share.name, 'ipv4', '1.1.1.1'], "'ipv4'")
        self.assertRefused([self.share.name, 'user', 'ab'], '4-255')
        self.assertRefused([self.share.name, 'user', '....'], 'periods')
        self.share._update(share_protocol='CEPHFS')
        self.assertRefused(
            [self.share.name, 'cephx', 'client.alice'], 'periods'
        )
        self.share._update(share_protocol='GLUSTERFS')
        self.assertRefused([self.share.name, 'cert', 'x' * 65], '1-64')

    def test_lock_reason_needs_a_lock(self):
        self.assertRefused(
            [self.share.name, 'ip', '1.1.1.1', '--lock-reason', 'why'],
            '--lock-reason',
        )

    def test_locks_below_2_82(self):
        self.set_share_api_version('2.81')
        for flag in (
            ['--lock-visibility'],
            ['--lock-deletion'],
            ['--lock-reason', 'r'],
        ):
            self.assertRefused(
                [self.share.name, 'ip', '1.1.1.1', *flag], '2.82'
            )
        self.client.find_share.assert_not_called()

    def test_properties_below_2_45(self):
        self.set_share_api_version('2.44')
        self.assertRefused(
            [self.share.name, 'ip', '1.1.1.1', '--properties', 'a=b'],
            '--properties',
            '2.45',
        )

    def test_missing_share(self):
        self.client.find_share.side_effect = sdk_exceptions.NotFoundException(
            "No share found for 'ghost'"
        )
        self.assertRefused(['ghost', 'ip', '1.1.1.1'], 'ghost')


class TestDeleteShareAccess(AccessTestCase):
    command = share_access.DeleteShareAccess

    def test_delete_one(self):
        self.run_command([self.share.name, 'r1'])
        self.client.delete_access_rule.assert_called_once_with(
            'r1', self.share, ignore_missing=False, unrestrict=False
        )
        self.client.wait_for_delete.assert_not_called()

    def test_delete_several_unrestrict_wait(self):
        self.run_command(
            [self.share.name, 'r1', 'r2', '--unrestrict', '--wait']
        )
        self.assertEqual(
            [
                mock.call(r, self.share, ignore_missing=False, unrestrict=True)
                for r in ('r1', 'r2')
            ],
            self.client.delete_access_rule.call_args_list,
        )
        waited = [
            c.args[0] for c in self.client.wait_for_delete.call_args_list
        ]
        self.assertCountEqual(['r1', 'r2'], [r.id for r in waited])
        self.assertEqual({self.share.id}, {r.share_id for r in waited})
        self.assertEqual(
            ['error'], self.client.wait_for_delete.call_args.kwargs['failures']
        )

    def test_delete_partial_failure(self):
        def delete(access_id, *args, **kwargs):
            if access_id == 'r2':
                raise sdk_exceptions.NotFoundException('gone')

        self.client.delete_access_rule.side_effect = delete
        err = self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            [self.share.name, 'r1', 'r2', 'r3'],
        )
        self.assertEqual('1 of 3 access rules failed to delete.', str(err))
        self.assertEqual(3, self.client.delete_access_rule.call_count)
        self.assertIn("'r2'", self.logger.output)

    def test_unrestrict_below_2_82(self):
        self.set_share_api_version('2.81')
        parsed = self.parse([self.share.name, 'r1', '--unrestrict'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.delete_access_rule.assert_not_called()


class TestListShareAccess(AccessTestCase):
    command = share_access.ListShareAccess

    def setUp(self):
        super().setUp()
        self.rules = [a_rule(), a_rule()]
        self.client.access_rules.return_value = iter(self.rules)

    def test_list(self):
        headers, rows = self.run_command([self.share.name])
        self.assertEqual(
            (
                'ID',
                'Access Type',
                'Access To',
                'Access Level',
                'State',
                'Access Key',
                'Created At',
                'Updated At',
            ),
            headers,
        )
        rows = list(rows)
        self.assertEqual(
            (self.rules[0].id, self.rules[0].access_type), rows[0][:2]
        )
        self.client.access_rules.assert_called_once_with(share=self.share)

    def test_list_columns_follow_the_version(self):
        self.set_share_api_version('2.20')
        headers, _rows = self.run_command([self.share.name])
        self.assertEqual(
            ('ID', 'Access Type', 'Access To', 'Access Level', 'State'),
            headers,
        )
        self.set_share_api_version('2.32')
        headers, _rows = self.run_command([self.share.name])
        self.assertEqual('Access Key', headers[-1])

    def test_properties_keep_the_other_filters(self):
        self.run_command(
            [
                self.share.name,
                '--properties',
                'a=b',
                '--access-type',
                'ip',
                '--access-to',
                '1.1.1.1',
                '--access-key',
                'k',
                '--access-level',
                'ro',
            ]
        )
        self.client.access_rules.assert_called_once_with(
            share=self.share,
            metadata={'a': 'b'},
            access_type='ip',
            access_to='1.1.1.1',
            access_key='k',
            access_level='ro',
        )

    def test_filters_below_2_82(self):
        self.set_share_api_version('2.81')
        parsed = self.parse([self.share.name, '--access-type', 'ip'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('2.82', str(err))
        self.client.access_rules.assert_not_called()


class TestShowShareAccess(fakes.CommandTestCase):
    command = share_access.ShowShareAccess

    def test_show(self):
        rule = a_rule(state='active', metadata={'a': 'b'})
        self.client.get_access_rule.return_value = rule
        columns, data = self.run_command([rule.id])
        self.client.get_access_rule.assert_called_once_with(rule.id)
        shown = dict(zip(columns, data))
        self.assertEqual({'a': 'b'}, shown['properties'].machine_readable())
        self.assertEqual(rule.share_id, shown['share_id'])

    def test_show_below_2_45(self):
        self.set_share_api_version('2.44')
        parsed = self.parse(['r1'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('2.45', str(err))
        self.client.get_access_rule.assert_not_called()


class TestSetShareAccess(fakes.CommandTestCase):
    command = share_access.SetShareAccess

    def test_set_level_and_properties(self):
        self.run_command(
            [
                'r1',
                '--access-level',
                'ro',
                '--property',
                'a=b',
                '--property',
                'c=d',
            ]
        )
        self.client.update_access_rule.assert_called_once_with('r1', 'ro')
        self.client.update_access_rule_metadata.assert_called_once_with(
            'r1', {'a': 'b', 'c': 'd'}
        )

    def test_level_below_2_88(self):
        self.set_share_api_version('2.87')
        parsed = self.parse(['r1', '--access-level', 'ro'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('2.88', str(err))
        self.client.update_access_rule.assert_not_called()

    def test_bad_level(self):
        parsed = self.parse(['r1', '--access-level', 'rwx'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.update_access_rule.assert_not_called()

    def test_one_failure_of_two(self):
        self.client.update_access_rule.side_effect = (
            sdk_exceptions.BadRequestException('no')
        )
        err = self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            ['r1', '--access-level', 'ro', '--property', 'a=b'],
        )
        self.assertIn('1 of 2', str(err))
        self.client.update_access_rule_metadata.assert_called_once()


class TestUnsetShareAccess(fakes.CommandTestCase):
    command = share_access.UnsetShareAccess

    def test_unset(self):
        self.run_command(['r1', '--property', 'a', '--property', 'b'])
        self.client.delete_access_rule_metadata.assert_called_once_with(
            'r1', ['a', 'b'], ignore_missing=False
        )

    def test_unset_below_2_45(self):
        self.set_share_api_version('2.44')
        parsed = self.parse(['r1', '--property', 'a'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.delete_access_rule_metadata.assert_not_called()


class TestCheckAccess(fakes.TestShareV2):
    def test_valid_values_pass(self):
        for args in (
            ('ip', '10.0.0.0/8', 'NFS'),
            ('ip', '::1', 'CIFS'),
            ('user', 'alice', 'CIFS'),
            ('cert', 'cn', 'glusterfs'),
            ('cephx', 'alice', 'CephFS'),
            ('user', 'bobby', None),
        ):
            share_access.check_access(self.client, *args)
