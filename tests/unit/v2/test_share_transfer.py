"""openstack share transfer ..."""

import io
from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share_transfer as _transfer
from osc_share_plugin.v2 import share_transfer
from tests.unit.v2 import fakes
from tests.unit.v2.test_share_backup import finder

SHORT_HEADERS = ('ID', 'Name', 'Resource Type', 'Resource Id')
DETAIL_HEADERS = SHORT_HEADERS + (
    'Created At', 'Source Project Id', 'Destination Project Id', 'Accepted',
    'Expires At',
)  # fmt: skip
SHOW_FIELDS = (
    'accepted', 'created_at', 'destination_project_id', 'expires_at', 'id',
    'name', 'resource_id', 'resource_type', 'source_project_id',
)  # fmt: skip


class TransferTestCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share()
        self.transfers = fakes.fakes(
            _transfer.ShareTransfer, resource_id=self.share.id,
            resource_type='share', auth_key=None,
        )  # fmt: skip
        self.transfer = self.transfers[0]
        self.client.find_share.side_effect = finder(self.share)
        self.client.find_share_transfer.side_effect = finder(*self.transfers)
        self.app.stderr = io.StringIO()

    def assertNeeds2_77(self, argv):
        self.set_share_api_version('2.76')
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(argv)
        )
        self.assertIn('requires --os-share-api-version 2.77', str(err))
        self.client.find_share.assert_not_called()
        self.client.find_share_transfer.assert_not_called()


class TestCreateShareTransfer(TransferTestCase):
    command = share_transfer.CreateShareTransfer

    def setUp(self):
        super().setUp()
        self.created = fakes.fake(
            _transfer.ShareTransfer, resource_id=self.share.id,
            auth_key='a1b2c3d4', share_id=self.share.id,
        )  # fmt: skip
        self.client.create_share_transfer.return_value = self.created

    def test_create_prints_the_auth_key(self):
        columns, data = self.run_command(
            [self.share.name, '--name', 'tr'], [('name', 'tr')]
        )
        self.client.create_share_transfer.assert_called_once_with(
            share_id=self.share.id, name='tr'
        )
        shown = dict(zip(columns, data))
        self.assertEqual('a1b2c3d4', shown['auth_key'])
        self.assertEqual(self.created.id, shown['id'])
        self.assertEqual(sorted(SHOW_FIELDS + ('auth_key',)), sorted(columns))
        # Said once, on stdout; stderr says how to use it, without it.
        note = self.app.stderr.getvalue()
        self.assertIn('shown only now', note)
        self.assertIn(f'share transfer accept {self.created.id}', note)
        self.assertNotIn('a1b2c3d4', note)

    def test_create_without_name(self):
        self.run_command([self.share.id])
        self.client.create_share_transfer.assert_called_once_with(
            share_id=self.share.id
        )

    def test_create_refused_one_line(self):
        self.client.create_share_transfer.side_effect = (
            sdk_exceptions.BadRequestException(
                'Invalid share: Shares exported over share networks\n'
                'cannot be transferred.'
            )
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse([self.share.id])
        )
        self.assertEqual(
            'Invalid share: Shares exported over share networks cannot be '
            'transferred.',
            str(err),
        )

    def test_create_unknown_share(self):
        self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(['ghost'])
        )
        self.client.create_share_transfer.assert_not_called()

    def test_create_needs_2_77(self):
        self.assertNeeds2_77([self.share.name])


class TestDeleteShareTransfer(TransferTestCase):
    command = share_transfer.DeleteShareTransfer

    def test_delete_many_by_name_and_id(self):
        self.run_command([self.transfers[0].name, self.transfers[1].id])
        self.assertEqual(
            [mock.call(t, ignore_missing=False) for t in self.transfers],
            self.client.delete_share_transfer.call_args_list,
        )

    def test_delete_partial_failure(self):
        self.client.delete_share_transfer.side_effect = [
            sdk_exceptions.BadRequestException('expected in awaiting'),
            None,
        ]
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run,
            self.parse([t.id for t in self.transfers]),
        )  # fmt: skip
        self.assertEqual('1 of 2 transfers failed to delete.', str(err))
        self.assertIn('expected in awaiting', self.logger.output)

    def test_delete_needs_2_77(self):
        self.assertNeeds2_77([self.transfer.id])


class TestListShareTransfer(TransferTestCase):
    command = share_transfer.ListShareTransfer

    def setUp(self):
        super().setUp()
        self.client.share_transfers.return_value = iter(self.transfers)

    def test_list(self):
        columns, data = self.run_command([])
        self.client.share_transfers.assert_called_once_with(details=False)
        self.assertEqual(SHORT_HEADERS, columns)
        self.assertEqual(
            [(t.id, t.name, 'share', self.share.id) for t in self.transfers],
            list(data),
        )

    def test_list_detailed(self):
        columns, data = self.run_command(['--detailed'], [('long', True)])
        self.client.share_transfers.assert_called_once_with(details=True)
        self.assertEqual(DETAIL_HEADERS, columns)
        row = list(data)[0]
        self.assertEqual(self.transfer.is_accepted, row[7])

    def test_list_every_filter(self):
        project = mock.Mock(id='src-id')
        identity = self.app.client_manager.sdk_connection.identity
        identity.find_project.return_value = project
        self.run_command(
            ['--all-projects', '--name', 'tr', '--name~', 't',
             '--id', self.transfer.id, '--resource-type', 'share',
             '--resource-id', self.share.name,
             '--source-project-id', 'demo', '--limit', '3',
             '--offset', '1', '--sort_key', 'name', '--sort_dir', 'asc'],
        )  # fmt: skip
        self.client.share_transfers.assert_called_once_with(
            details=False, all_projects=True, name='tr', id=self.transfer.id,
            resource_type='share', resource_id=self.share.id,
            source_project_id='src-id', limit=3, offset=1, sort_key='name',
            sort_dir='asc', **{'name~': 't'},
        )  # fmt: skip
        identity.find_project.assert_called_once_with(
            'demo', ignore_missing=False
        )

    def test_list_resource_id_as_given(self):
        other = '0b0b0b0b-0000-0000-0000-000000000000'
        self.run_command(['--resource-id', other])
        self.client.find_share.assert_not_called()
        self.client.share_transfers.assert_called_once_with(
            details=False, resource_id=other
        )

    def test_list_needs_2_77(self):
        self.assertNeeds2_77([])


class TestShowShareTransfer(TransferTestCase):
    command = share_transfer.ShowShareTransfer

    def test_show(self):
        columns, data = self.run_command([self.transfer.name])
        self.assertEqual(SHOW_FIELDS, columns)
        shown = dict(zip(columns, data))
        self.assertEqual(
            self.transfer.source_project_id, shown['source_project_id']
        )

    def test_show_missing(self):
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(['ghost'])
        )
        self.assertEqual('No such thing ghost', str(err))


class TestAcceptShareTransfer(TransferTestCase):
    command = share_transfer.AcceptShareTransfer

    def test_accept_by_id_without_a_lookup(self):
        # The receiving project cannot see the transfer: its ID is used.
        self.assertIsNone(
            self.run_command(
                [self.transfer.id, 'key'], [('clear_rules', False)]
            )
        )
        self.client.find_share_transfer.assert_not_called()
        self.client.accept_share_transfer.assert_called_once_with(
            self.transfer.id, 'key', clear_access_rules=False
        )

    def test_accept_by_name_clear_rules(self):
        self.client.find_share_transfer.side_effect = None
        self.client.find_share_transfer.return_value = self.transfer
        self.run_command([self.transfer.name, 'key', '--clear_rules'])
        self.client.find_share_transfer.assert_called_once_with(
            self.transfer.name
        )
        self.client.accept_share_transfer.assert_called_once_with(
            self.transfer.id, 'key', clear_access_rules=True
        )

    def test_accept_name_not_visible(self):
        self.client.find_share_transfer.side_effect = None
        self.client.find_share_transfer.return_value = None
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, self.parse(['tr', 'key'])
        )
        self.assertIn('No share transfer named tr is visible here', str(err))
        self.client.accept_share_transfer.assert_not_called()

    def test_accept_wrong_key_one_line(self):
        self.client.accept_share_transfer.side_effect = (
            sdk_exceptions.BadRequestException(
                'Invalid auth key: Attempt to transfer x with invalid auth '
                'key.'
            )
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run,
            self.parse([self.transfer.id, 'wrong']),
        )  # fmt: skip
        self.assertIn('invalid auth key', str(err))

    def test_accept_needs_two_arguments(self):
        self.assertRaises(
            osc_base.ParserException, self.parse, [self.transfer.id]
        )

    def test_accept_needs_2_77(self):
        self.assertNeeds2_77([self.transfer.name, 'key'])
