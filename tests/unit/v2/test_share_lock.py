"""openstack share lock ..."""

from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import resource_lock as _lock
from osc_share_plugin.v2 import share_lock
from tests.unit.v2 import fakes
from tests.unit.v2.test_share_backup import finder

SHORT_HEADERS = ('ID', 'Resource Id', 'Resource Type', 'Resource Action')
DETAIL_HEADERS = SHORT_HEADERS + (
    'Lock Context', 'User Id', 'Project Id', 'Created At', 'Updated At',
    'Lock Reason',
)  # fmt: skip
CREATE_FIELDS = (
    'created_at', 'id', 'lock_context', 'lock_reason', 'project_id',
    'resource_action', 'resource_id', 'resource_type', 'updated_at',
    'user_id',
)  # fmt: skip


class LockTestCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share()
        self.locks = fakes.fakes(
            _lock.ResourceLock, resource_id=self.share.id,
            resource_type='share', resource_action='delete',
        )  # fmt: skip
        self.lock = self.locks[0]
        self.client.find_resource_lock.side_effect = finder(*self.locks)

    def assertNeeds2_81(self, argv):
        self.set_share_api_version('2.80')
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(argv)
        )
        self.assertIn('requires --os-share-api-version 2.81', str(err))
        self.client.find_resource_lock.assert_not_called()
        self.client.find_lockable_resource.assert_not_called()


class TestCreateShareLock(LockTestCase):
    command = share_lock.CreateShareLock

    def setUp(self):
        super().setUp()
        self.client.find_lockable_resource.return_value = ('share', self.share)
        self.client.create_resource_lock.return_value = self.lock

    def test_create_share_lock_by_name(self):
        columns, data = self.run_command(
            [self.share.name, 'share', '--reason', 'keep'],
            [('resource_type', 'share'), ('resource_action', 'delete'),
             ('lock_reason', 'keep')],
        )  # fmt: skip
        self.client.find_lockable_resource.assert_called_once_with(
            self.share.name, 'share'
        )
        self.client.create_resource_lock.assert_called_once_with(
            resource_id=self.share.id, resource_type='share',
            resource_action='delete', lock_reason='keep',
        )  # fmt: skip
        self.assertEqual(CREATE_FIELDS, columns)
        self.assertEqual(self.lock.id, dict(zip(columns, data))['id'])

    def test_create_type_defaults_to_what_the_id_is(self):
        rule = _lock.LockedAccessRule.existing(
            id='0a0a0a0a-0000-0000-0000-000000000000', share_id=self.share.id
        )
        self.client.find_lockable_resource.return_value = ('access_rule', rule)
        self.run_command(
            [rule.id, '--resource-action', 'show', '--lock_reason', 'hide']
        )
        self.client.find_lockable_resource.assert_called_once_with(
            rule.id, None
        )
        self.client.create_resource_lock.assert_called_once_with(
            resource_id=rule.id, resource_type='access_rule',
            resource_action='show', lock_reason='hide',
        )  # fmt: skip

    def test_create_unknown_resource_type_one_line(self):
        self.client.find_lockable_resource.side_effect = (
            sdk_exceptions.SDKException(
                "Unknown resource type 'network': locks hold share or "
                'access_rule'
            )
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run,
            self.parse([self.share.id, 'network']),
        )  # fmt: skip
        self.assertIn("Unknown resource type 'network'", str(err))
        self.client.create_resource_lock.assert_not_called()

    def test_create_unknown_resource(self):
        self.client.find_lockable_resource.side_effect = (
            sdk_exceptions.NotFoundException(
                'No share or access rule found for ghost'
            )
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(['ghost'])
        )
        self.assertEqual('No share or access rule found for ghost', str(err))
        self.client.create_resource_lock.assert_not_called()

    def test_create_refused_by_manila_one_line(self):
        self.client.create_resource_lock.side_effect = (
            sdk_exceptions.BadRequestException(
                "'resource_action' can only be\none of ['delete']"
            )
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run,
            self.parse([self.share.id, '--resource-action', 'show']),
        )  # fmt: skip
        self.assertEqual(
            "'resource_action' can only be one of ['delete']", str(err)
        )

    def test_create_needs_2_81(self):
        self.assertNeeds2_81([self.share.name, 'share'])


class TestDeleteShareLock(LockTestCase):
    command = share_lock.DeleteShareLock

    def test_delete_many(self):
        self.run_command([lk.id for lk in self.locks])
        self.assertEqual(
            [mock.call(lk, ignore_missing=False) for lk in self.locks],
            self.client.delete_resource_lock.call_args_list,
        )

    def test_delete_refused_and_missing(self):
        self.client.delete_resource_lock.side_effect = (
            sdk_exceptions.ForbiddenException(
                'Resource lock cannot be manipulated by user.'
            )
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run,
            self.parse([self.lock.id, 'ghost']),
        )  # fmt: skip
        self.assertEqual('2 of 2 locks failed to delete.', str(err))
        self.assertIn('cannot be manipulated by user', self.logger.output)
        self.assertIn("Failed to delete 'ghost'", self.logger.output)

    def test_delete_needs_2_81(self):
        self.assertNeeds2_81([self.lock.id])


class TestListShareLock(LockTestCase):
    command = share_lock.ListShareLock

    def setUp(self):
        super().setUp()
        self.client.resource_locks.return_value = iter(self.locks)

    def test_list(self):
        columns, data = self.run_command([])
        self.client.resource_locks.assert_called_once_with()
        self.assertEqual(SHORT_HEADERS, columns)
        self.assertEqual(
            [(lk.id, self.share.id, 'share', 'delete') for lk in self.locks],
            list(data),
        )

    def test_list_detailed(self):
        columns, data = self.run_command(['--detailed', '1'])
        self.assertEqual(DETAIL_HEADERS, columns)
        self.assertEqual(self.lock.lock_reason, list(data)[0][9])

    def test_list_every_filter(self):
        identity = self.app.client_manager.sdk_connection.identity
        identity.find_project.return_value = mock.Mock(id='p-id')
        identity.find_user.return_value = mock.Mock(id='u-id')
        self.run_command(
            ['--project', 'demo', '--user', 'bob', '--id', self.lock.id,
             '--resource_id', self.share.id, '--resource-type', 'share',
             '--resource-action', 'delete', '--context', 'user',
             '--since', '2026-01-01', '--before', '2026-02-01',
             '--limit', '2', '--offset', '4', '--sort-key', 'created_at',
             '--sort-dir', 'asc'],
        )  # fmt: skip
        self.client.resource_locks.assert_called_once_with(
            project_id='p-id', all_projects=True, user_id='u-id',
            id=self.lock.id, resource_id=self.share.id,
            resource_type='share', resource_action='delete',
            lock_context='user', created_since='2026-01-01',
            created_before='2026-02-01', limit=2, offset=4,
            sort_key='created_at', sort_dir='asc',
        )  # fmt: skip
        # An ID is a filter as given: no lookup.
        self.client.find_lockable_resource.assert_not_called()

    def test_list_resource_by_share_name(self):
        self.client.find_lockable_resource.return_value = ('share', self.share)
        self.run_command(['--resource', self.share.name])
        self.client.find_lockable_resource.assert_called_once_with(
            self.share.name, 'share'
        )
        self.client.resource_locks.assert_called_once_with(
            resource_id=self.share.id
        )

    def test_list_resource_by_name_in_every_project(self):
        self.client.find_lockable_resource.return_value = ('share', self.share)
        self.run_command(['--all-projects', '--resource', self.share.name])
        self.client.find_lockable_resource.assert_called_once_with(
            self.share.name, 'share', all_projects=True
        )

    def test_list_bad_context(self):
        self.assertRaises(
            osc_base.ParserException, self.parse, ['--lock-context', 'me']
        )

    def test_list_needs_2_81(self):
        self.assertNeeds2_81([])


class TestShowShareLock(LockTestCase):
    command = share_lock.ShowShareLock

    def test_show_uses_manilaclient_field_names(self):
        columns, data = self.run_command([self.lock.id])
        self.client.find_resource_lock.assert_called_once_with(
            self.lock.id, ignore_missing=False
        )
        self.assertEqual(DETAIL_HEADERS, columns)
        shown = dict(zip(columns, data))
        self.assertEqual(self.lock.lock_context, shown['Lock Context'])
        self.assertEqual(self.share.id, shown['Resource Id'])

    def test_show_missing(self):
        self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(['ghost'])
        )


class TestSetShareLock(LockTestCase):
    command = share_lock.SetShareLock

    def test_set(self):
        self.run_command(
            [self.lock.id, '--resource_action', 'show', '--reason', 'new']
        )
        self.client.update_resource_lock.assert_called_once_with(
            self.lock, resource_action='show', lock_reason='new'
        )

    def test_set_nothing_sends_nothing(self):
        self.run_command([self.lock.id])
        self.client.find_resource_lock.assert_not_called()
        self.client.update_resource_lock.assert_not_called()

    def test_set_needs_2_81(self):
        self.assertNeeds2_81([self.lock.id, '--reason', 'r'])


class TestUnsetShareLock(LockTestCase):
    command = share_lock.UnsetShareLock

    def test_unset_reason(self):
        self.run_command([self.lock.id, '--lock-reason'])
        self.client.update_resource_lock.assert_called_once_with(
            self.lock, lock_reason=None
        )

    def test_unset_reason_takes_no_value(self):
        self.assertRaises(
            osc_base.ParserException, self.parse,
            [self.lock.id, '--lock-reason', 'x', 'y'],
        )  # fmt: skip

    def test_unset_nothing(self):
        self.run_command([self.lock.id])
        self.client.update_resource_lock.assert_not_called()
