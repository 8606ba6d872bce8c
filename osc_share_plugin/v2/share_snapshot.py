"""Share snapshot action implementations"""

from osc_lib.cli import format_columns
from osc_lib.cli import parseractions
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_snapshot as _snapshot
from osc_share_plugin.v2.common import changes
from osc_share_plugin.v2.common import targets
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share
from osc_share_plugin.v2 import share_access

#: create and adopt print the server's answer, as manilaclient does;
#: show names metadata 'properties' and adds the export locations.
SHOW_COLUMN_MAP = {'metadata': 'properties'}
HIDDEN_COLUMNS = ('display_name', 'display_description', 'force')
FORMATTERS = {'metadata': format_columns.DictColumn}

LIST_COLUMNS = ('id', 'name')
DETAIL_COLUMNS = LIST_COLUMNS + (
    'status',
    'description',
    'created_at',
    'size',
    'share_id',
    'share_protocol',
    'share_size',
    'user_id',
)
STATUSES = (
    'available', 'error', 'creating', 'deleting', 'manage_starting',
    'manage_error', 'unmanage_starting', 'unmanage_error', 'error_deleting',
)  # fmt: skip
CREATE_FAILURES = ('error',)
MANAGE_FAILURES = ('error', 'manage_error')
DELETE_FAILURES = ('error_deleting',)
UNMANAGE_FAILURES = ('unmanage_error', 'error_deleting')
METADATA_VERSION = '2.73'
MOUNTABLE_VERSION = '2.32'


SNAPSHOT = targets.Target('snapshot', 'find_share_snapshot')


def _add_text_options(parser, name_attr='name', desc_attr='description'):
    common.add_option(
        parser, '--name', attr=name_attr, help=_('Snapshot name')
    )
    common.add_option(
        parser, '--description', attr=desc_attr,
        help=_('Snapshot description'))  # fmt: skip


class _NewSnapshot(common.ShowOne):
    """create and adopt: a snapshot of a share, available with --wait."""

    #: Help of the share positional.
    share_help = None
    #: Statuses that end a ``--wait`` as failed.
    failures = None

    def add_options(self, parser):
        """The options between the share and ``--wait``."""
        raise NotImplementedError

    def make(self, found_share, parsed_args, attrs):
        """The server's answer to the request, from the declared attrs."""
        raise NotImplementedError

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        share.add_share_argument(parser, self.share_help)
        self.add_options(parser)
        common.add_wait_options(
            parser, _('Wait for the snapshot to become available')
        )
        return parser

    def take_action(self, parsed_args):
        found = share.find_share(self.client, parsed_args.share)
        snapshot = self.make(
            found, parsed_args, common.get_attrs(self, parsed_args)
        )
        if parsed_args.wait:
            snapshot = common.wait_for_status(
                self, snapshot, parsed_args, failures=self.failures
            )
        return common.show_item(snapshot, None, HIDDEN_COLUMNS, FORMATTERS)


class CreateShareSnapshot(_NewSnapshot):
    _description = _('Create a snapshot of a share')
    share_help = _('Share to snapshot (name or ID)')
    failures = CREATE_FAILURES

    def add_options(self, parser):
        # fmt: off
        common.add_option(
            parser, '--force', action='store_true', default=False, attr=True,
            help=_('Snapshot the share even when it is busy'))
        _add_text_options(parser)
        common.add_property_option(
            parser, _('Set a property on the snapshot (repeat option to set '
                      'multiple properties)'), min_version=METADATA_VERSION)
        # fmt: on

    def make(self, found_share, parsed_args, attrs):
        return self.client.create_share_snapshot(
            share_id=found_share.id, **attrs
        )


class DeleteShareSnapshot(common.RemoveCommand):
    _description = _('Delete one or more share snapshots')
    noun = _('snapshots')
    force_help = _(
        'Delete whatever the snapshot status, even with shares made from it '
        '(admin only)'
    )
    target = SNAPSHOT
    target_help = _('Snapshot(s) to delete (name or ID)')
    wait_help = _('Wait for the snapshot(s) to be deleted')
    wait_failures = DELETE_FAILURES

    def remove(self, snapshot, parsed_args):
        if not parsed_args.force:
            _refuse_if_cloned(self.client, snapshot)
        self.client.delete_share_snapshot(
            snapshot, ignore_missing=False, force=parsed_args.force
        )


def _refuse_if_cloned(client, snapshot):
    """Manila deletes a snapshot whose clones remain; many backends fail."""
    clones = list(client.shares(details=False, snapshot_id=snapshot.id))
    if clones:
        raise exceptions.CommandError(
            _('snapshot %(snap)s has %(n)d share(s) made from it (%(ids)s): '
              'delete them first, or use --force')
            % {'snap': snapshot.name or snapshot.id, 'n': len(clones),
               'ids': ', '.join(c.name or c.id for c in clones)}
        )  # fmt: skip


class ListShareSnapshot(common.Lister):
    _description = _('List share snapshots')
    resource = _snapshot.ShareSnapshot

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        common.add_project_filters(parser, _('snapshots'))
        common.add_name_filters(parser, _('snapshot'))
        add(parser, '--status', attr=True, help=_('Filter by status'))
        add(parser, '--share', attr='share_id', find='share',
            help=_('Filter by share (name or ID)'))
        add(parser, '--usage', choices=('used', 'unused'), attr=True,
            help=_('Filter by usage: used (shares were made from the '
                   'snapshot) or unused (admin only: Manila ignores it for '
                   'others)'))
        common.add_property_option(
            parser, _('Filter by property (repeat option to filter by '
                      'multiple properties)'), min_version=METADATA_VERSION)
        common.add_long_option(
            parser, '--detail', help=_('List more snapshot fields'))
        add(parser, '--count', action='store_true', default=False,
            min_version='2.79',
            help=_('Also print how many snapshots match, before paging'))
        common.add_paging_options(parser, _('snapshots'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        spec = DETAIL_COLUMNS if parsed_args.long else LIST_COLUMNS
        projects = parsed_args.all_projects or parsed_args.project
        if projects:
            spec += ('project_id',)
        if parsed_args.count:
            self._print_count(parsed_args)
        return common.list_items(
            self,
            parsed_args,
            self.client.share_snapshots,
            common.columns(_snapshot.ShareSnapshot, *spec),
            query={'details': bool(parsed_args.long or projects)},
        )

    def _print_count(self, parsed_args):
        query = common.get_attrs(self, parsed_args)
        for paging in ('limit', 'offset'):
            query.pop(paging, None)
        count = self.client.count_share_snapshots(**query)
        line = _('Total number of snapshots: %s') % count
        # Scripts parsing -f json/csv/value get clean output.
        table = getattr(parsed_args, 'formatter', 'table') == 'table'
        stream = self.app.stdout if table else self.app.stderr
        stream.write(line + '\n')


class ShowShareSnapshot(common.ShowOne):
    _description = _('Show the details of a share snapshot')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        SNAPSHOT.add(parser, _('Snapshot to show (name or ID)'))
        return parser

    def take_action(self, parsed_args):
        client = self.client
        snapshot = SNAPSHOT.find_given(client, parsed_args)
        extra = {}
        if common.supports_microversion(client, MOUNTABLE_VERSION):
            locations = [
                dict(location._body.attributes)
                for location in client.share_snapshot_export_locations(
                    snapshot
                )
            ]
            extra['export_locations'] = common.ExportLocationsColumn(locations)
        if 'metadata' not in snapshot._body.attributes:
            extra['properties'] = format_columns.DictColumn({})
        return common.show_item(
            snapshot, SHOW_COLUMN_MAP, HIDDEN_COLUMNS, FORMATTERS, extra
        )


class _ChangeSnapshot(common.ChangeCommand):
    noun = _('snapshot')
    update = 'update_share_snapshot'
    target = SNAPSHOT
    target_help = _('Snapshot to modify (name or ID)')


class SetShareSnapshot(_ChangeSnapshot):
    _description = _('Set share snapshot properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        _add_text_options(parser, 'display_name', 'display_description')
        common.add_option(
            parser, '--status', choices=STATUSES,
            step='reset_share_snapshot_status',
            help=_('Reset the snapshot status (admin only): %s')
            % ', '.join(STATUSES))
        changes.add_set_property_option(
            parser, _('snapshot'), 'update_share_snapshot_metadata',
            min_version=METADATA_VERSION)
        # fmt: on
        return parser


class UnsetShareSnapshot(_ChangeSnapshot):
    _description = _('Unset share snapshot properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        common.add_clear_options(parser, _('snapshot'), 'display_name',
                                 'display_description')
        changes.add_unset_property_option(
            parser, _('snapshot'), 'delete_share_snapshot_metadata',
            min_version=METADATA_VERSION)
        # fmt: on
        return parser


class AdoptShareSnapshot(_NewSnapshot):
    _description = _('Adopt a snapshot the backend already has (manage)')
    min_version = '2.12'
    share_help = _('Share the snapshot belongs to (name or ID)')
    failures = MANAGE_FAILURES

    def add_options(self, parser):
        # fmt: off
        parser.add_argument(
            'provider_location', metavar='<provider-location>',
            help=_('Where the backend keeps the snapshot'))
        _add_text_options(parser)
        common.add_option(
            parser, '--driver-option', metavar='<key=value>',
            action=parseractions.KeyValueAction, attr='driver_options',
            help=_('Driver option (repeat option to set multiple options)'))
        # fmt: on

    def make(self, found_share, parsed_args, attrs):
        return self.client.manage_share_snapshot(
            found_share, parsed_args.provider_location, **attrs
        )


class AbandonShareSnapshot(common.RemoveCommand):
    _description = _('Abandon one or more share snapshots (unmanage)')
    min_version = '2.12'
    noun = _('snapshots')
    verb = _('abandon')
    call = 'unmanage_share_snapshot'
    call_kwargs = {}
    target = SNAPSHOT
    target_help = _('Snapshot(s) to abandon (name or ID)')
    wait_help = _('Wait for the snapshot(s) to be abandoned')
    wait_failures = UNMANAGE_FAILURES


# ---------------------------------------------- mountable snapshots (2.32)


class _MountableCommand:
    """Snapshot access rules and export locations: 2.32 on."""

    min_version = MOUNTABLE_VERSION

    def snapshot_of(self, parsed_args):
        return SNAPSHOT.find_given(self.client, parsed_args)


class CreateShareSnapshotAccess(_MountableCommand, common.ShowOne):
    _description = _('Grant access to a mountable snapshot (read only)')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        SNAPSHOT.add(parser, _('Snapshot (name or ID)'))
        parser.add_argument(
            'access_type', metavar='<access_type>',
            help=_('Access type: ip, user (user or group), cert or cephx'))
        parser.add_argument(
            'access_to', metavar='<access_to>',
            help=_('Who gets access: an IP or CIDR, a user or group name, a '
                   'TLS identity or a Ceph ID'))
        common.add_wait_options(
            parser, _('Wait for the rule to become active'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        snapshot = self.snapshot_of(parsed_args)
        share_access.check_access(
            client,
            parsed_args.access_type,
            parsed_args.access_to,
            snapshot.share_protocol,
        )
        rule = client.create_share_snapshot_access_rule(
            snapshot, parsed_args.access_type, parsed_args.access_to
        )
        if parsed_args.wait:
            rule = common.wait_for_status(
                self,
                rule,
                parsed_args,
                status='active',
                failures=share_access.FAILURES,
            )
        return common.show_item(rule)


class DeleteShareSnapshotAccess(_MountableCommand, common.Command):
    _description = _('Revoke access to a mountable snapshot')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        SNAPSHOT.add(parser, _('Snapshot (name or ID)'))
        parser.add_argument(
            'id', metavar='<id>', nargs='+',
            help=_('Access rule(s) to delete (ID)'))
        common.add_wait_options(
            parser, _('Wait for the rule(s) to be deleted'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        snapshot = self.snapshot_of(parsed_args)
        common.for_each(
            parsed_args.id,
            lambda access_id: client.delete_share_snapshot_access_rule(
                snapshot, access_id
            ),
            _('access rules'),
            _('delete'),
            then=common.waiter_for_delete(
                self, parsed_args, share_access.FAILURES
            ),
        )


class ListShareSnapshotAccess(_MountableCommand, common.Lister):
    _description = _('List the access rules of a mountable snapshot')
    resource = _snapshot.ShareSnapshotAccessRule

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        SNAPSHOT.add(parser, _('Snapshot (name or ID)'))
        return parser

    def take_action(self, parsed_args):
        return common.list_items(
            self, parsed_args, self.client.share_snapshot_access_rules,
            common.columns(_snapshot.ShareSnapshotAccessRule, 'id',
                           'access_type', 'access_to', 'state'),
            query={'snapshot_id': self.snapshot_of(parsed_args)},
        )  # fmt: skip


class _SnapshotLocations(_MountableCommand):
    list_method = 'share_snapshot_export_locations'
    parent_key = 'snapshot_id'
    get_method = 'get_share_snapshot_export_location'
    list_columns = (
        common.columns(_snapshot.ShareSnapshotExportLocation, 'id', 'path'),
    )
    show_options = {'hidden': ('snapshot_id',)}

    def add_parent(self, parser):
        SNAPSHOT.add(parser, _('Snapshot (name or ID)'))

    def parent_of(self, parsed_args):
        return self.snapshot_of(parsed_args)


class ListShareSnapshotExportLocation(
    _SnapshotLocations, common.ListExportLocations
):
    _description = _('List the export locations of a mountable snapshot')
    resource = _snapshot.ShareSnapshotExportLocation


class ShowShareSnapshotExportLocation(
    _SnapshotLocations, common.ShowExportLocation
):
    _description = _('Show an export location of a mountable snapshot')
