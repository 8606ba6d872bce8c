"""Share export location action implementations"""

from osc_lib.cli import format_columns
from osc_lib import utils

from osc_share_plugin.i18n import _
from osc_share_plugin.v2 import common

COLUMN_MAP = {
    'is_preferred': 'preferred',
    'is_admin': 'is_admin_only',
    'metadata': 'properties',
}
FORMATTERS = {'metadata': format_columns.DictColumn}
LIST_COLUMNS = (
    ('id', 'ID', False),
    ('path', 'Path', False),
    ('is_preferred', 'Preferred', False),
    ('is_admin', 'Is Admin Only', False),
    ('share_instance_id', 'Share Instance ID', True),
    ('created_at', 'Created At', True),
    ('updated_at', 'Updated At', True),
)
#: Export locations exist in the API from this microversion on.
MIN_VERSION = '2.9'
METADATA_VERSION = '2.87'


def _add_share_argument(parser):
    parser.add_argument(
        'share', metavar='<share>', help=_('Share (name or ID)')
    )


def _add_location_argument(parser):
    parser.add_argument(
        'export_location',
        metavar='<export-location>',
        help=_('Export location (ID)'),
    )


class ListShareExportLocation(common.Lister):
    _description = _('List the export locations of a share')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_share_argument(parser)
        parser.add_argument(
            '--long',
            action='store_true',
            default=False,
            help=_('List more fields'),
        )
        return parser

    def take_action(self, parsed_args):
        client = self.client
        common.require_microversion(client, MIN_VERSION, _('Export locations'))
        share = client.find_share(parsed_args.share, ignore_missing=False)
        attrs, headers = common.list_columns(LIST_COLUMNS, parsed_args.long)
        return headers, (
            utils.get_item_properties(location, attrs)
            for location in client.export_locations(share)
        )


class ShowShareExportLocation(common.ShowOne):
    _description = _('Show an export location of a share')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_share_argument(parser)
        _add_location_argument(parser)
        return parser

    def take_action(self, parsed_args):
        client = self.client
        common.require_microversion(client, MIN_VERSION, _('Export locations'))
        share = client.find_share(parsed_args.share, ignore_missing=False)
        location = client.get_export_location(
            parsed_args.export_location, share
        )
        return common.show_item(
            location, COLUMN_MAP, ('share_id',), FORMATTERS
        )


class SetShareExportLocation(common.Command):
    _description = _('Set properties on an export location of a share')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_share_argument(parser)
        _add_location_argument(parser)
        common.add_property_option(
            parser,
            _(
                'Set a property on the export location (repeat option to '
                'set multiple properties)'
            ),
            min_version=METADATA_VERSION,
            required=True,
        )
        return parser

    def take_action(self, parsed_args):
        client = self.client
        share = client.find_share(parsed_args.share, ignore_missing=False)
        client.update_export_location_metadata(
            parsed_args.export_location, share, parsed_args.property
        )


class UnsetShareExportLocation(common.Command):
    _description = _('Unset properties of an export location of a share')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_share_argument(parser)
        _add_location_argument(parser)
        common.add_property_unset_option(
            parser,
            _(
                'Remove a property from the export location (repeat '
                'option to remove multiple properties)'
            ),
            min_version=METADATA_VERSION,
            required=True,
        )
        return parser

    def take_action(self, parsed_args):
        client = self.client
        share = client.find_share(parsed_args.share, ignore_missing=False)
        client.delete_export_location_metadata(
            parsed_args.export_location,
            share,
            parsed_args.property,
            ignore_missing=False,
        )
