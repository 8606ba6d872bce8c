"""Share group snapshot action implementations"""

from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_group_snapshot as _snapshot
from osc_share_plugin.v2.common import changes
from osc_share_plugin.v2.common import targets
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share_group

#: Show output: manilaclient leaves out the members (see ``members list``).
HIDDEN_COLUMNS = ('links', 'members')
_SHORT = ('id', 'name', 'status', 'description')
LIST_COLUMNS = common.columns(_snapshot.ShareGroupSnapshot, *_SHORT)
DETAILED = ('created_at', 'share_group_id')
MEMBER_COLUMNS = common.columns(
    _snapshot.ShareGroupSnapshotMember, 'share_id', 'size'
)
STATUSES = ('available', 'error', 'creating', 'deleting', 'error_deleting')


def show_snapshot(snapshot):
    return common.show_item(snapshot, None, HIDDEN_COLUMNS)


SNAPSHOT = targets.Target('share_group_snapshot', 'find_share_group_snapshot')


class CreateShareGroupSnapshot(common.ShowOne):
    _description = _('Snapshot every share of a share group at once')
    min_version = share_group.MIN_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        share_group.GROUP.add(
            parser, _('Share group to snapshot (name or ID)'))
        share_group._add_text_options(parser, _('Share group snapshot'))
        common.add_wait_options(
            parser, _('Wait for the group snapshot to become available'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        group = share_group.GROUP.find_given(client, parsed_args)
        # Manila snapshots an empty group without a word: nothing to keep.
        shares = client.shares(details=False, share_group_id=group.id, limit=1)
        if not any(shares):
            raise exceptions.CommandError(
                _('Share group %s holds no shares: nothing to snapshot')
                % parsed_args.share_group
            )
        snapshot = client.create_share_group_snapshot(
            group, **common.get_attrs(self, parsed_args)
        )
        if parsed_args.wait:
            snapshot = common.wait_for_status(self, snapshot, parsed_args)
        return show_snapshot(snapshot)


class DeleteShareGroupSnapshot(common.RemoveCommand):
    _description = _('Delete one or more share group snapshots')
    min_version = share_group.MIN_VERSION
    noun = _('share group snapshots')
    call = 'delete_share_group_snapshot'
    force_help = _('Delete whatever the snapshot status (admin only)')
    target = SNAPSHOT
    target_help = _('Group snapshot(s) to delete (name or ID)')
    wait_help = _('Wait for the group snapshot(s) to be deleted')


class ListShareGroupSnapshot(common.Lister):
    _description = _('List share group snapshots')
    resource = _snapshot.ShareGroupSnapshot
    min_version = share_group.MIN_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        add(parser, '--name', attr=True, help=_('Filter by name'))
        add(parser, '--status', attr=True, help=_('Filter by status'))
        add(parser, '--share-group', attr='share_group_id',
            find='share_group',
            help=_('Filter by share group (name or ID)'))
        common.add_project_filters(parser, _('share group snapshots'))
        common.add_long_option(
            parser, '--detailed',
            help=_('Also list when each was made and of which group'))
        common.add_paging_options(parser, _('share group snapshots'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        fields = _SHORT
        if parsed_args.long:
            fields += DETAILED
        if parsed_args.all_projects or parsed_args.project:
            fields += ('project_id',)
        return common.list_items(
            self,
            parsed_args,
            self.client.share_group_snapshots,
            common.columns(_snapshot.ShareGroupSnapshot, *fields),
        )


class ListShareGroupSnapshotMembers(common.Lister):
    _description = _('List the members of a share group snapshot')
    resource = _snapshot.ShareGroupSnapshotMember
    min_version = share_group.MIN_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        SNAPSHOT.add(parser, _('Group snapshot (name or ID)'))
        return parser

    def take_action(self, parsed_args):
        snapshot = SNAPSHOT.find_given(self.client, parsed_args)
        return common.list_items(
            self,
            parsed_args,
            self.client.share_group_snapshot_members,
            MEMBER_COLUMNS,
            query={'group_snapshot_id': snapshot},
        )


class ShowShareGroupSnapshot(common.ShowOne):
    _description = _('Show the details of a share group snapshot')
    min_version = share_group.MIN_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        SNAPSHOT.add(parser, _('Group snapshot to show (name or ID)'))
        return parser

    def take_action(self, parsed_args):
        return show_snapshot(SNAPSHOT.find_given(self.client, parsed_args))


class _ChangeSnapshot(common.ChangeCommand):
    noun = _('share group snapshot')
    update = 'update_share_group_snapshot'
    min_version = share_group.MIN_VERSION
    target = SNAPSHOT
    target_help = _('Group snapshot to modify (name or ID)')


class SetShareGroupSnapshot(_ChangeSnapshot):
    _description = _('Set share group snapshot properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        share_group._add_text_options(parser, _('New group snapshot'))
        changes.add_status_option(
            parser, _('snapshot'), STATUSES,
            'reset_share_group_snapshot_status')
        # fmt: on
        return parser


class UnsetShareGroupSnapshot(_ChangeSnapshot):
    _description = _('Unset share group snapshot properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_clear_options(parser, _('group snapshot'))
        return parser
