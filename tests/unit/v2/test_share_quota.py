"""openstack share quota ..."""

from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions

from osc_share_plugin.sdk.v2 import quota_set as _quota_set
from osc_share_plugin.v2 import share_quota
from tests.unit.v2 import fakes

QUOTAS = {
    'shares': 50, 'snapshots': 50, 'gigabytes': 1000,
    'snapshot_gigabytes': 1000, 'share_networks': 10,
    'per_share_gigabytes': -1, 'backups': 10, 'backup_gigabytes': 1000,
}  # fmt: skip


class QuotaTestCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        identity = self.app.client_manager.sdk_connection.identity
        self.identity = identity
        identity.find_domain.side_effect = lambda name, **kw: mock.Mock(
            id=name + '-id'
        )
        identity.find_project.side_effect = lambda name, **kw: mock.Mock(
            id=name + '-id'
        )
        identity.find_user.side_effect = lambda name, **kw: mock.Mock(
            id=name + '-uid'
        )
        self.client.find_share_type.return_value = mock.Mock(id='type-id')
        self.quota_set = _quota_set.QuotaSet.existing(id='demo-id', **QUOTAS)

    def assertCommandError(self, argv, *needles):
        parsed = self.parse(argv)
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        for needle in needles:
            self.assertIn(needle, str(err))
        return err


class TestQuotaSet(QuotaTestCase):
    command = share_quota.SetShareQuota

    def test_set_every_quota_for_a_project(self):
        argv = ['demo', '--project-domain', 'dom']
        expected = {}
        for flag, key, _v in share_quota.QUOTAS:
            argv += [flag, '7']
            expected[key] = 7
        self.assertIsNone(self.run_command(argv))
        self.identity.find_project.assert_called_once_with(
            'demo', ignore_missing=False, domain_id='dom-id'
        )
        self.client.update_quota_set.assert_called_once_with(
            'demo-id', force=False, **expected
        )
        self.client.update_quota_class_set.assert_not_called()

    def test_set_unlimited_and_force_for_a_user(self):
        self.run_command(
            ['demo', '--user', 'alice', '--user-domain', 'ud',
             '--shares', '-1', '--gigabytes', '0', '--force']
        )  # fmt: skip
        self.identity.find_user.assert_called_once_with(
            'alice', ignore_missing=False, domain_id='ud-id'
        )
        self.client.update_quota_set.assert_called_once_with(
            'demo-id', force=True, user_id='alice-uid', shares=-1, gigabytes=0
        )

    def test_set_for_a_share_type(self):
        self.run_command(['demo', '--share-type', 'gold', '--shares', '3'])
        self.client.find_share_type.assert_called_once_with(
            'gold', ignore_missing=False
        )
        self.client.update_quota_set.assert_called_once_with(
            'demo-id', force=False, share_type='type-id', shares=3
        )

    def test_set_class(self):
        self.run_command(
            ['default', '--class', '--backups', '4', '--backup-gigabytes', '9']
        )
        self.client.update_quota_class_set.assert_called_once_with(
            'default', backups=4, backup_gigabytes=9
        )
        self.identity.find_project.assert_not_called()
        self.client.update_quota_set.assert_not_called()

    def test_negative_quota_refused(self):
        for value in ('-2', 'many', '1.5'):
            err = self.assertCommandError(['demo', '--shares', value])
            self.assertEqual(
                f"--shares must be a whole number, or -1 for unlimited, not "
                f"'{value}'",
                str(err),
            )
        self.client.update_quota_set.assert_not_called()
        self.identity.find_project.assert_not_called()

    def test_nothing_to_set(self):
        self.assertCommandError(['demo'], 'Nothing to set', '--shares')
        self.client.update_quota_set.assert_not_called()

    def test_user_and_share_type_refused(self):
        self.assertCommandError(
            ['demo', '--user', 'u', '--share-type', 'gold', '--shares', '1'],
            '--user and --share-type cannot be used together',
        )
        self.client.update_quota_set.assert_not_called()
        self.identity.find_user.assert_not_called()

    def test_class_with_user_refused(self):
        self.assertCommandError(
            ['default', '--class', '--user', 'u', '--shares', '1'],
            '--class cannot be used with --user',
        )
        self.client.update_quota_class_set.assert_not_called()

    def test_nonexistent_project(self):
        self.identity.find_project.side_effect = (
            sdk_exceptions.NotFoundException('No Project found for nope')
        )
        self.assertCommandError(
            ['nope', '--shares', '1'], 'No Project found for nope'
        )
        self.client.update_quota_set.assert_not_called()

    def test_below_usage_gives_manilas_reason(self):
        self.client.update_quota_set.side_effect = (
            sdk_exceptions.BadRequestException(
                'Quota value 1 for shares is smaller than already used and '
                'reserved 2.'
            )
        )
        err = self.assertCommandError(['demo', '--shares', '1'])
        self.assertEqual(
            'Quota value 1 for shares is smaller than already used and '
            'reserved 2.',
            str(err),
        )

    def test_microversion_gates(self):
        for version, argv in (
            ('2.38', ['--share-type', 'gold', '--shares', '1']),
            ('2.39', ['--share-groups', '1']),
            ('2.52', ['--share-replicas', '1']),
            ('2.61', ['--per-share-gigabytes', '1']),
            ('2.79', ['--backups', '1']),
            ('2.89', ['--encryption-keys', '1']),
            ('2.6', ['--shares', '1']),
        ):
            self.set_share_api_version(version)
            self.assertCommandError(['demo'] + argv, 'requires')
        self.client.update_quota_set.assert_not_called()


class TestQuotaShow(QuotaTestCase):
    command = share_quota.ShowShareQuota

    def test_show_project(self):
        self.client.get_quota_set.return_value = self.quota_set
        columns, data = self.run_command(['demo'])
        self.client.get_quota_set.assert_called_once_with(
            'demo-id', detail=False
        )
        self.assertEqual(tuple(sorted(list(QUOTAS) + ['id'])), columns)
        shown = dict(zip(columns, data))
        self.assertEqual(-1, shown['per_share_gigabytes'])
        self.assertEqual(10, shown['backups'])
        self.assertEqual(1000, shown['backup_gigabytes'])
        self.assertEqual('demo-id', shown['id'])

    def test_show_detail_for_a_user(self):
        usage = {'in_use': 2, 'limit': 5, 'reserved': 0}
        self.client.get_quota_set.return_value = _quota_set.QuotaSet.existing(
            id='demo-id', shares=usage
        )
        columns, data = self.run_command(['demo', '--user', 'u', '--detail'])
        self.client.get_quota_set.assert_called_once_with(
            'demo-id', detail=True, user_id='u-uid'
        )
        shown = dict(zip(columns, data))
        self.assertEqual(
            'in_use = 2\nlimit = 5\nreserved = 0',
            shown['shares'].human_readable(),
        )
        self.assertEqual(usage, shown['shares'].machine_readable())

    def test_show_share_type(self):
        self.client.get_quota_set.return_value = self.quota_set
        self.run_command(['demo', '--share-type', 'gold'])
        self.client.get_quota_set.assert_called_once_with(
            'demo-id', detail=False, share_type='type-id'
        )

    def test_show_defaults(self):
        self.client.get_default_quota_set.return_value = self.quota_set
        columns, data = self.run_command(['demo', '--defaults'])
        self.client.get_default_quota_set.assert_called_once_with('demo-id')
        self.client.get_quota_set.assert_not_called()
        self.assertIn('shares', columns)

    def test_show_class(self):
        self.client.get_quota_class_set.return_value = (
            _quota_set.QuotaClassSet.existing(id='default', **QUOTAS)
        )
        columns, data = self.run_command(['--class', 'default'])
        self.client.get_quota_class_set.assert_called_once_with('default')
        self.identity.find_project.assert_not_called()
        shown = dict(zip(columns, data))
        self.assertEqual(('default', 10), (shown['id'], shown['backups']))

    def test_show_class_with_detail_refused(self):
        self.assertCommandError(
            ['default', '--class', '--detail'], '--class cannot be used with'
        )
        self.client.get_quota_class_set.assert_not_called()

    def test_detail_needs_2_25(self):
        self.set_share_api_version('2.24')
        self.assertCommandError(['demo', '--detail'], '--detail requires')
        self.client.get_quota_set.assert_not_called()

    def test_user_and_share_type_refused(self):
        self.assertCommandError(
            ['demo', '--user', 'u', '--share-type', 'gold'],
            '--user and --share-type cannot be used together',
        )


class TestQuotaDelete(QuotaTestCase):
    command = share_quota.DeleteShareQuota

    def test_delete_project(self):
        self.assertIsNone(self.run_command(['demo']))
        self.client.delete_quota_set.assert_called_once_with('demo-id')

    def test_delete_user(self):
        self.run_command(['demo', '--user', 'u'])
        self.client.delete_quota_set.assert_called_once_with(
            'demo-id', user_id='u-uid'
        )

    def test_delete_share_type(self):
        self.run_command(['demo', '--share-type', 'gold'])
        self.client.delete_quota_set.assert_called_once_with(
            'demo-id', share_type='type-id'
        )

    def test_forbidden_for_a_member(self):
        self.client.delete_quota_set.side_effect = (
            sdk_exceptions.ForbiddenException('Policy does not allow it.')
        )
        self.assertCommandError(['demo'], 'Policy does not allow it.')


class TestMemberOwnProject(QuotaTestCase):
    command = share_quota.ShowShareQuota

    def setUp(self):
        super().setUp()
        # A member may not list projects: Keystone forbids it.
        self.identity.find_project.side_effect = (
            sdk_exceptions.ForbiddenException('forbidden')
        )
        self.app.client_manager.auth_ref = mock.Mock(
            project_name='demo', project_id='own-id',
            project_domain_name='Default', project_domain_id='default',
        )  # fmt: skip
        self.client.get_quota_set.return_value = self.quota_set

    def test_own_project_by_name(self):
        self.run_command(['demo'])
        self.client.get_quota_set.assert_called_once_with(
            'own-id', detail=False
        )

    def test_own_project_in_its_domain(self):
        self.run_command(['demo', '--project-domain', 'Default'])
        self.client.get_quota_set.assert_called_once_with(
            'own-id', detail=False
        )

    def test_other_project_taken_as_an_id(self):
        self.run_command(['other'])
        self.client.get_quota_set.assert_called_once_with(
            'other', detail=False
        )
