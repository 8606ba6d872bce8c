"""openstack share export location ..."""

from osc_lib.cli import format_columns
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.v2 import share_export_location as el_cmd
from tests.unit.v2 import fakes


class TestExportLocation(fakes.TestShareV2):
    def setUp(self):
        super().setUp()
        self.share = fakes.create_one_share()
        self.client.find_share.return_value = self.share
        self.locations = [
            fakes.create_one_export_location(self.share.id),
            fakes.create_one_export_location(self.share.id, preferred=False),
        ]

    def assertFoundShare(self):
        self.client.find_share.assert_called_once_with(
            self.share.name, ignore_missing=False
        )


class TestListShareExportLocation(TestExportLocation):
    def setUp(self):
        super().setUp()
        self.client.export_locations.return_value = iter(self.locations)
        self.cmd = el_cmd.ListShareExportLocation(self.app, None)

    def test_list(self):
        parsed_args = self.check_parser(
            self.cmd,
            [self.share.name],
            [('share', self.share.name), ('long', False)],
        )
        columns, data = self.cmd.take_action(parsed_args)
        self.assertFoundShare()
        self.client.export_locations.assert_called_once_with(self.share)
        self.assertEqual(('ID', 'Path', 'Preferred', 'Is Admin Only'), columns)
        self.assertEqual(
            [
                (loc.id, loc.path, loc.is_preferred, loc.is_admin)
                for loc in self.locations
            ],
            list(data),
        )

    def test_list_long(self):
        parsed_args = self.check_parser(
            self.cmd, [self.share.name, '--long'], [('long', True)]
        )
        columns, data = self.cmd.take_action(parsed_args)
        self.assertEqual(
            (
                'ID',
                'Path',
                'Preferred',
                'Is Admin Only',
                'Share Instance ID',
                'Created At',
                'Updated At',
            ),
            columns,
        )
        rows = list(data)
        self.assertEqual(self.locations[0].share_instance_id, rows[0][4])

    def test_list_needs_2_9(self):
        self.set_share_api_version('2.8')
        parsed_args = self.check_parser(self.cmd, [self.share.name], [])
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--os-share-api-version 2.9', str(err))
        self.client.find_share.assert_not_called()

    def test_list_missing_share(self):
        self.assertRaises(
            osc_base.ParserException, self.check_parser, self.cmd, [], []
        )


class TestShowShareExportLocation(TestExportLocation):
    def setUp(self):
        super().setUp()
        self.location = fakes.create_one_export_location(
            self.share.id, metadata={'k': 'v'}
        )
        self.client.get_export_location.return_value = self.location
        self.cmd = el_cmd.ShowShareExportLocation(self.app, None)

    def test_show(self):
        parsed_args = self.check_parser(
            self.cmd,
            [self.share.name, self.location.id],
            [
                ('share', self.share.name),
                ('export_location', self.location.id),
            ],
        )
        columns, data = self.cmd.take_action(parsed_args)
        self.assertFoundShare()
        self.client.get_export_location.assert_called_once_with(
            self.location.id, self.share
        )
        expected_columns = (
            'created_at',
            'id',
            'is_admin_only',
            'path',
            'preferred',
            'properties',
            'share_instance_id',
            'updated_at',
        )
        # Once each: ShareExportLocation re-declares ``metadata`` that
        # MetadataMixin declares too (fixed in bced83f).
        self.assertEqual(expected_columns, columns)
        shown = dict(zip(columns, data))
        loc = self.location
        self.assertItemEqual(
            (
                loc.created_at,
                loc.id,
                loc.is_admin,
                loc.path,
                loc.is_preferred,
                format_columns.DictColumn({'k': 'v'}),
                loc.share_instance_id,
                loc.updated_at,
            ),
            [shown[c] for c in expected_columns],
        )

    def test_show_needs_2_9(self):
        self.set_share_api_version('2.8')
        parsed_args = self.check_parser(
            self.cmd, [self.share.name, self.location.id], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--os-share-api-version 2.9', str(err))
        self.client.get_export_location.assert_not_called()


class TestSetShareExportLocation(TestExportLocation):
    def setUp(self):
        super().setUp()
        self.cmd = el_cmd.SetShareExportLocation(self.app, None)

    def test_set(self):
        parsed_args = self.check_parser(
            self.cmd,
            [
                self.share.name,
                'el-id',
                '--property',
                'a=1',
                '--property',
                'b=2',
            ],
            [('property', {'a': '1', 'b': '2'})],
        )
        self.assertEqual(0, self.cmd.run(parsed_args))
        self.assertFoundShare()
        self.client.update_export_location_metadata.assert_called_once_with(
            'el-id', self.share, {'a': '1', 'b': '2'}
        )

    def test_set_needs_2_87(self):
        self.set_share_api_version('2.86')
        parsed_args = self.check_parser(
            self.cmd, [self.share.name, 'el-id', '--property', 'a=1'], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--property', str(err))
        self.assertIn('--os-share-api-version 2.87', str(err))
        self.client.update_export_location_metadata.assert_not_called()

    def test_set_needs_property(self):
        self.assertRaises(
            osc_base.ParserException,
            self.check_parser,
            self.cmd,
            [self.share.name, 'el-id'],
            [],
        )


class TestUnsetShareExportLocation(TestExportLocation):
    def setUp(self):
        super().setUp()
        self.cmd = el_cmd.UnsetShareExportLocation(self.app, None)

    def test_unset(self):
        parsed_args = self.check_parser(
            self.cmd,
            [self.share.name, 'el-id', '--property', 'a', '--property', 'b'],
            [('property', ['a', 'b'])],
        )
        self.cmd.run(parsed_args)
        self.assertFoundShare()
        self.client.delete_export_location_metadata.assert_called_once_with(
            'el-id', self.share, ['a', 'b'], ignore_missing=False
        )

    def test_unset_needs_2_87(self):
        self.set_share_api_version('2.86')
        parsed_args = self.check_parser(
            self.cmd, [self.share.name, 'el-id', '--property', 'a'], []
        )
        err = self.assertRaises(
            exceptions.CommandError, self.cmd.run, parsed_args
        )
        self.assertIn('--os-share-api-version 2.87', str(err))
        self.client.delete_export_location_metadata.assert_not_called()

    def test_unset_needs_property(self):
        self.assertRaises(
            osc_base.ParserException,
            self.check_parser,
            self.cmd,
            [self.share.name, 'el-id'],
            [],
        )
