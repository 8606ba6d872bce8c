"""Share export location action implementations"""

from osc_lib.cli import format_columns
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_export_location as _el
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share

COLUMN_MAP = {'metadata': 'properties'}
FORMATTERS = {'metadata': format_columns.DictColumn}
_SHORT = ('id', 'path', 'is_preferred', ('is_admin', 'Is Admin Only'))
LIST_COLUMNS = common.columns(_el.ShareExportLocation, *_SHORT)
LONG_COLUMNS = common.columns(
    _el.ShareExportLocation,
    *_SHORT,
    ('share_instance_id', 'Share Instance ID'),
    'created_at',
    'updated_at',
)
METADATA_VERSION = '2.87'


class _ExportLocationCommand(common.ExportLocationsOf):
    """Export locations exist in the API from 2.9 on."""

    min_version = '2.9'
    list_method = 'export_locations'
    parent_key = 'share'
    list_columns = (LIST_COLUMNS, LONG_COLUMNS)

    def add_parent(self, parser):
        share.add_share_argument(parser, _('Share (name or ID)'))

    def parent_of(self, parsed_args):
        return share.find_share(self.client, parsed_args.share)

    def location_of(self, parsed_args):
        """(share, export location): both checked, in the order given.

        The location must exist before its metadata is touched, so a bad
        ID is named as such (not as missing metadata keys).
        """
        from openstack import exceptions as sdk_exceptions

        found = self.parent_of(parsed_args)
        try:
            location = self.client.get_export_location(
                parsed_args.export_location, found
            )
        except sdk_exceptions.NotFoundException:
            raise exceptions.CommandError(
                _('Export location %(location)r not found on share %(share)s')
                % {
                    'location': parsed_args.export_location,
                    'share': parsed_args.share,
                }
            )
        return found, location


class ListShareExportLocation(
    _ExportLocationCommand, common.ListExportLocations
):
    _description = _('List the export locations of a share')
    resource = _el.ShareExportLocation

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_long_option(parser)
        return parser


class ShowShareExportLocation(_ExportLocationCommand, common.ShowOne):
    _description = _('Show an export location of a share')

    def take_action(self, parsed_args):
        location = self.location_of(parsed_args)[1]
        return common.show_item(
            location, COLUMN_MAP, ('share_id',), FORMATTERS
        )


class _ChangeLocationProperties(_ExportLocationCommand, common.Command):
    """Set or unset: ``--property`` (required) in one call."""

    #: ``(add_property_option or add_property_unset_option, its help)``.
    property_option = None
    #: The proxy method, called with ``(location, share, properties)``.
    call = None
    call_kwargs = {}

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_option, help_text = self.property_option
        add_option(
            parser, help_text, min_version=METADATA_VERSION, required=True
        )
        return parser

    def take_action(self, parsed_args):
        found = self.location_of(parsed_args)[0]
        getattr(self.client, self.call)(
            parsed_args.export_location,
            found,
            parsed_args.property,
            **self.call_kwargs,
        )


class SetShareExportLocation(_ChangeLocationProperties):
    _description = _('Set properties on an export location of a share')
    property_option = (
        common.add_property_option,
        _(
            'Set a property on the export location (repeat option to set '
            'multiple properties)'
        ),
    )
    call = 'update_export_location_metadata'


class UnsetShareExportLocation(_ChangeLocationProperties):
    _description = _('Unset properties of an export location of a share')
    property_option = (
        common.add_property_unset_option,
        _(
            'Remove a property from the export location (repeat option to '
            'remove multiple properties)'
        ),
    )
    call = 'delete_export_location_metadata'
    call_kwargs = {'ignore_missing': False}
