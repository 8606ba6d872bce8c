"""Client-side checks: what a person got wrong is named before any change."""

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.v2 import share
from osc_share_plugin.v2 import share_export_location
from tests.unit.v2 import fakes


class TestShareSetChoices(fakes.CommandTestCase):
    command = share.SetShare

    def test_every_manila_status_is_accepted(self):
        for status in share.SHARE_STATUSES:
            args = self.parse(['s1', '--status', status])
            self.assertEqual(status, args.status)

    def test_bad_status_is_refused_by_the_parser(self):
        for value in ('bogus', 'AVAILABLE', 'extending', ''):
            with self.subTest(value=value):
                self.assertRaises(
                    osc_base.ParserException,
                    self.parse,
                    ['s1', '--status', value],
                )
        self.client.reset_share_status.assert_not_called()

    def test_bad_status_message_is_one_short_line(self):
        check = share._choice('share status', share.SHARE_STATUSES)
        err = self.assertRaises(Exception, check, 'bogus')
        self.assertEqual(
            "'bogus' is not a valid share status (see --help)", str(err)
        )

    def test_help_lists_the_choices(self):
        parser = self.cmd.get_parser('share set')
        text = parser.format_help()
        for value in ('server_migrating', 'data_copying_error'):
            self.assertIn(value, ' '.join(text.split()))

    def test_task_state(self):
        self.assertEqual(
            'migration_error',
            self.parse(['s1', '--task-state', 'migration_error']).task_state,
        )
        for cleared in ('None', 'null', ''):
            self.assertEqual(
                cleared, self.parse(['s1', '--task-state', cleared]).task_state
            )
        self.assertRaises(
            osc_base.ParserException,
            self.parse,
            ['s1', '--task-state', 'bogus'],
        )


class TestCreateShareType(fakes.CommandTestCase):
    command = share.CreateShare

    def test_unknown_share_type_is_named_before_create(self):
        self.client.find_share_type.side_effect = (
            sdk_exceptions.NotFoundException(
                "No share type found for 'nosuch'"
            )
        )
        self.assertRaises(
            sdk_exceptions.NotFoundException,
            self.run_command,
            ['NFS', '1', '--share-type', 'nosuch'],
        )
        self.client.find_share_type.assert_called_once_with(
            'nosuch', ignore_missing=False
        )
        self.client.create_share.assert_not_called()


class TestExportLocationFirst(fakes.CommandTestCase):
    command = share_export_location.UnsetShareExportLocation

    def setUp(self):
        super().setUp()
        self.share = fakes.fake(_share.Share, name='s1')
        self.client.find_share.return_value = self.share
        self.client.get_export_location.side_effect = (
            sdk_exceptions.NotFoundException('nope')
        )

    def test_missing_location_is_named_not_the_keys(self):
        err = self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            ['s1', '../../other', '--property', 'k'],
        )
        self.assertEqual(
            "Export location '../../other' not found on share s1", str(err)
        )
        self.client.delete_export_location_metadata.assert_not_called()

    def test_set_checks_too(self):
        self.cmd = share_export_location.SetShareExportLocation(self.app, None)
        self.assertRaises(
            exceptions.CommandError,
            self.run_command,
            ['s1', 'nosuch', '--property', 'k=v'],
        )
        self.client.update_export_location_metadata.assert_not_called()
