"""Share snapshot instance action implementations (admin)"""

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_snapshot_instance as _instance
from osc_share_plugin.v2 import common

_Instance = _instance.ShareSnapshotInstance
_Location = _instance.ShareSnapshotInstanceExportLocation
LIST_COLUMNS = common.columns(_Instance, 'id', 'snapshot_id', 'status')
DETAIL_COLUMNS = common.columns(
    _Instance,
    'id',
    'snapshot_id',
    'status',
    'created_at',
    'updated_at',
    'share_id',
    'share_instance_id',
    'progress',
    'provider_location',
)
LOCATION_COLUMNS = common.columns(
    _Location, 'id', 'path', ('is_admin', 'Is Admin only')
)


def _find_any_snapshot(cmd, name_or_id, parsed_args):
    # An admin command: a snapshot of any project, by name too.
    return cmd.client.find_share_snapshot(
        name_or_id, ignore_missing=False, all_projects=True
    ).id


STATUSES = ('available', 'error', 'creating', 'deleting', 'error_deleting')
MOUNTABLE_VERSION = '2.32'


class _InstanceCommand:
    """Snapshot instances exist in the API from 2.19 on."""

    min_version = '2.19'
    #: Whether the command is about one instance, named by its ID.
    takes_instance = True

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        if self.takes_instance:
            parser.add_argument(
                'snapshot_instance',
                metavar='<snapshot_instance>',
                help=_('Snapshot instance (ID)'),
            )
        return parser


class ListShareSnapshotInstance(_InstanceCommand, common.Lister):
    _description = _('List share snapshot instances (admin)')
    resource = _Instance
    takes_instance = False

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        common.add_option(
            parser, '--snapshot', attr='snapshot_id', find=_find_any_snapshot,
            help=_('Filter by snapshot (name or ID)'))
        common.add_long_option(
            parser, '--detailed', help=_('List more instance fields'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        return common.list_items(
            self,
            parsed_args,
            self.client.share_snapshot_instances,
            LIST_COLUMNS,
            DETAIL_COLUMNS,
            query={'details': parsed_args.long},
        )


class ShowShareSnapshotInstance(_InstanceCommand, common.ShowOne):
    _description = _('Show the details of a share snapshot instance (admin)')

    def take_action(self, parsed_args):
        client = self.client
        instance = client.get_share_snapshot_instance(
            parsed_args.snapshot_instance
        )
        extra = {}
        if common.supports_microversion(client, MOUNTABLE_VERSION):
            locations = client.share_snapshot_instance_export_locations(
                instance
            )
            extra['export_locations'] = common.ExportLocationsColumn(
                [dict(location._body.attributes) for location in locations]
            )
        return common.show_item(instance, extra=extra)


class SetShareSnapshotInstance(_InstanceCommand, common.Command):
    _description = _('Reset the status of a share snapshot instance (admin)')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        parser.add_argument(
            '--status', metavar='<status>', default='available',
            choices=STATUSES,
            help=_('Status to set: %s (default: available)')
            % ', '.join(STATUSES))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        self.client.reset_share_snapshot_instance_status(
            parsed_args.snapshot_instance, parsed_args.status
        )


class _InstanceLocations(common.ExportLocationsOf):
    min_version = MOUNTABLE_VERSION
    location_metavar = '<export_location>'
    list_method = 'share_snapshot_instance_export_locations'
    parent_key = 'snapshot_instance_id'
    get_method = 'get_share_snapshot_instance_export_location'
    list_columns = (LOCATION_COLUMNS,)
    show_options = {'hidden': ('snapshot_instance_id',)}


class ListShareSnapshotInstanceExportLocation(
    _InstanceLocations, common.ListExportLocations
):
    _description = _('List the export locations of a snapshot instance')
    resource = _Location
    # (dest, help, many, plural, metavar): list and show name it apart.
    parent_argument = (
        'instance',
        _('Snapshot instance (ID)'),
        False,
        None,
        '<instance>',
    )


class ShowShareSnapshotInstanceExportLocation(
    _InstanceLocations, common.ShowExportLocation
):
    _description = _('Show an export location of a snapshot instance')
    parent_argument = (
        'snapshot_instance',
        _('Snapshot instance (ID)'),
        False,
        None,
        '<snapshot_instance>',
    )
