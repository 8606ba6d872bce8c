"""Share instance action implementations (admin)"""

from osc_lib.cli import format_columns
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_instance as _instance
from osc_share_plugin.v2 import common
from osc_share_plugin.v2.common import output
from osc_share_plugin.v2 import share

LIST_COLUMNS = common.columns(
    _instance.ShareInstance,
    'id',
    'share_id',
    'host',
    'status',
    'availability_zone',
    'share_network_id',
    'share_server_id',
    'share_type_id',
)
EL_COLUMNS = common.columns(
    _instance.ShareInstanceExportLocation,
    'id',
    'path',
    ('is_admin', 'Is Admin Only'),
    'is_preferred',
)
EL_FORMATTERS = {'metadata': format_columns.DictColumn}
#: Statuses that end a wait for an instance's deletion with a failure.
DELETE_FAILURES = ('error_deleting',)
#: The instance statuses manilaclient names (Manila takes any).
STATUSES = (
    'available, error, creating, deleting, error_deleting, migrating, '
    'migrating_to, server_migrating'
)


def add_instance_argument(parser, help_text, many=False):
    return common.add_positional(parser, 'instance', help_text, many)


def show_instance(client, instance):
    """Columns and data of an instance, with its export locations."""
    extra = output.export_locations_of(
        client, '2.9', client.share_instance_export_locations, instance
    )
    return common.show_item(instance, extra=extra)


class ListShareInstance(common.Lister):
    _description = _('List share instances (admin)')
    resource = _instance.ShareInstance
    min_version = '2.3'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        parser.add_argument(
            '--share', metavar='<share>',
            help=_('List the instances of this share only (name or ID)'))
        common.add_option(
            parser, '--export-location', min_version='2.35',
            help=_('Filter by export location (ID or path)'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        query = {}
        location = parsed_args.export_location
        if location and parsed_args.share:
            raise exceptions.CommandError(
                _('--share and --export-location cannot be used together')
            )
        if location:
            uuid_like = common.is_uuid_like(location)
            key = 'export_location_id' if uuid_like else 'export_location_path'
            query[key] = location
        if parsed_args.share:
            found = share.find_share(self.client, parsed_args.share)
            query['share_id'] = found.id
        return common.list_items(
            self, parsed_args, self.client.share_instances, LIST_COLUMNS,
            query=query,
        )  # fmt: skip


class _OneInstance:
    """A command on one share instance, given by ID."""

    min_version = '2.3'
    #: Help of the instance's positional.
    instance_help = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_instance_argument(parser, self.instance_help)
        return parser

    def instance_of(self, parsed_args):
        return self.client.get_share_instance(parsed_args.instance)


class ShowShareInstance(_OneInstance, common.ShowOne):
    _description = _('Show the details of a share instance (admin)')
    instance_help = _('Share instance to show (ID)')

    def take_action(self, parsed_args):
        return show_instance(self.client, self.instance_of(parsed_args))


class SetShareInstance(_OneInstance, common.Command):
    _description = _('Set the status of a share instance (admin)')
    instance_help = _('Share instance to modify (ID)')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--status',
            metavar='<status>',
            help=_('Status to assign to the instance, such as: %s') % STATUSES,
        )
        return parser

    def take_action(self, parsed_args):
        if not parsed_args.status:
            raise exceptions.CommandError(_('Nothing to set: give --status'))
        self.client.reset_share_instance_status(
            self.instance_of(parsed_args), parsed_args.status
        )


class DeleteShareInstance(common.RemoveCommand):
    _description = _('Force-delete one or more share instances (admin)')
    min_version = '2.3'
    noun = _('share instances')
    call = 'delete_share_instance'
    call_kwargs = {}
    wait_help = _('Wait for the share instance(s) to be deleted')
    wait_failures = DELETE_FAILURES

    def add_targets(self, parser):
        return add_instance_argument(
            parser, _('Share instance(s) to delete (ID)'), many=True
        )

    def find_target(self, value):
        return self.client.get_share_instance(value)


class _InstanceLocations:
    """Instance export locations exist in the API from 2.9 on."""

    min_version = '2.9'
    parent_argument = ('instance', _('Share instance (ID)'))
    location_metavar = '<export_location>'
    list_method = 'share_instance_export_locations'
    parent_key = 'share_instance_id'
    get_method = 'get_share_instance_export_location'
    list_columns = (EL_COLUMNS,)


class ListShareInstanceExportLocation(
    _InstanceLocations, common.ListExportLocations
):
    _description = _('List the export locations of a share instance (admin)')
    resource = _instance.ShareInstanceExportLocation


class ShowShareInstanceExportLocation(
    _InstanceLocations, common.ShowExportLocation
):
    _description = _('Show an export location of a share instance (admin)')
    show_options = {
        'column_map': {'metadata': 'properties'},
        'hidden': ('instance_id',),
        'formatters': EL_FORMATTERS,
    }
