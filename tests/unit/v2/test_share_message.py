"""openstack share message ..."""

from unittest import mock
import uuid

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions

from osc_share_plugin.sdk.v2 import user_message as _message
from osc_share_plugin.v2 import share_message
from tests.unit.v2 import fakes

HEADERS = (
    'ID', 'Resource Type', 'Resource ID', 'Action ID', 'User Message',
    'Detail ID', 'Created At',
)  # fmt: skip


class TestMessageList(fakes.CommandTestCase):
    command = share_message.ListShareMessage

    def setUp(self):
        super().setUp()
        self.messages = fakes.fakes(_message.UserMessage)
        self.client.user_messages.return_value = iter(self.messages)

    def test_list(self):
        columns, rows = self.run_command([])
        self.client.user_messages.assert_called_once_with()
        self.assertEqual(HEADERS, columns)
        m = self.messages[0]
        self.assertEqual(
            (m.id, m.resource_type, m.resource_id, m.action_id,
             m.user_message, m.detail_id, m.created_at),
            tuple(next(iter(rows))),
        )  # fmt: skip

    def test_every_filter(self):
        rid = str(uuid.uuid4())
        self.run_command(
            ['--resource-id', rid, '--resource-type', 'share_snapshot',
             '--action-id', '001', '--detail-id', '008', '--request-id',
             'req', '--message-level', 'ERROR', '--limit', '3', '--since',
             '2026-01-01T00:00:00', '--before', '2026-02-01T00:00:00']
        )  # fmt: skip
        self.client.user_messages.assert_called_once_with(
            resource_id=rid, resource_type='SHARE_SNAPSHOT', action_id='001',
            detail_id='008', request_id='req', message_level='ERROR',
            limit=3, created_since='2026-01-01T00:00:00',
            created_before='2026-02-01T00:00:00',
        )  # fmt: skip
        self.client.find_share.assert_not_called()

    def test_share_name_resolved(self):
        share = fakes.create_one_share()
        self.client.find_share.return_value = share
        for argv in (
            ['--resource-id', share.name, '--resource-type', 'share'],
            ['--resource-id', share.name],
        ):
            self.client.user_messages.reset_mock()
            self.client.user_messages.return_value = iter([])
            self.run_command(argv)
            query = self.client.user_messages.call_args.kwargs
            self.assertEqual(share.id, query['resource_id'])
        self.client.find_share.assert_called_with(
            share.name, ignore_missing=False
        )

    def test_other_resource_type_not_resolved(self):
        self.run_command(
            ['--resource-id', 'grp', '--resource-type', 'share_group']
        )
        self.client.find_share.assert_not_called()
        self.client.user_messages.assert_called_once_with(
            resource_id='grp', resource_type='SHARE_GROUP'
        )

    def test_unknown_share_name(self):
        self.client.find_share.side_effect = sdk_exceptions.NotFoundException(
            'No Share found for nope'
        )
        parsed = self.parse(['--resource-id', 'nope'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertEqual('No Share found for nope', str(err))
        self.client.user_messages.assert_not_called()

    def test_since_needs_2_52(self):
        self.set_share_api_version('2.51')
        parsed = self.parse(['--since', '2026-01-01'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)

    def test_needs_2_37(self):
        self.set_share_api_version('2.36')
        parsed = self.parse([])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.user_messages.assert_not_called()


class TestMessageShow(fakes.CommandTestCase):
    command = share_message.ShowShareMessage

    def test_show(self):
        message = fakes.fake(_message.UserMessage)
        self.client.get_user_message.return_value = message
        columns, data = self.run_command([message.id])
        self.client.get_user_message.assert_called_once_with(message.id)
        self.assertEqual(
            ('action_id', 'created_at', 'detail_id', 'expires_at', 'id',
             'message_level', 'project_id', 'request_id', 'resource_id',
             'resource_type', 'user_message'),
            columns,
        )  # fmt: skip
        self.assertEqual(message.user_message, dict(zip(columns, data))[
            'user_message'])  # fmt: skip


class TestMessageDelete(fakes.CommandTestCase):
    command = share_message.DeleteShareMessage

    def test_delete_several(self):
        self.assertIsNone(self.run_command(['m1', 'm2']))
        self.assertEqual(
            [mock.call('m1', ignore_missing=False),
             mock.call('m2', ignore_missing=False)],
            self.client.delete_user_message.call_args_list,
        )  # fmt: skip

    def test_partial_failure(self):
        self.client.delete_user_message.side_effect = [
            None,
            sdk_exceptions.NotFoundException('Message m2 could not be found.'),
        ]
        parsed = self.parse(['m1', 'm2'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertEqual('1 of 2 messages failed to delete.', str(err))
        self.assertIn('Message m2 could not be found.', self.logger.output)
        self.assertEqual(2, self.client.delete_user_message.call_count)
