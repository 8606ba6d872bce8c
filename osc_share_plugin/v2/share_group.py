"""Share group action implementations"""

from cliff import columns as cliff_columns
from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_group as _group
from osc_share_plugin.v2.common import changes
from osc_share_plugin.v2.common import targets
from osc_share_plugin.v2 import common

#: Share groups exist in the API from 2.31 on (experimental until 2.54).
MIN_VERSION = '2.31'
#: ``name~``, ``description~`` and ``description`` filters.
LIKE_VERSION = '2.36'
HIDDEN_COLUMNS = ('links',)
LIST_COLUMNS = common.columns(
    _group.ShareGroup, 'id', 'name', 'status', 'description'
)
PROJECT_COLUMNS = common.columns(
    _group.ShareGroup, 'id', 'name', 'status', 'description', 'project_id'
)
STATUSES = ('available', 'error', 'creating', 'deleting', 'error_deleting')


class LinesColumn(cliff_columns.FormattableColumn):
    """A list: one item a line in tables, a list in JSON/YAML."""

    def human_readable(self):
        return '\n'.join(str(item) for item in self._value or [])

    def machine_readable(self):
        return list(self._value or [])


FORMATTERS = {'share_types': LinesColumn}


def show_group(group):
    return common.show_item(group, None, HIDDEN_COLUMNS, FORMATTERS)


GROUP = targets.Target('share_group', 'find_share_group')


def find_optional(kind):
    """A ``find`` for resources other families may not resolve yet.

    ``find_share_network`` and ``find_share_server`` belong to another
    family: until the Proxy has them, the value is taken as an ID.
    """

    def find(cmd, value, parsed_args):
        finder = getattr(cmd.client, f'find_{kind}', None)
        if finder is None:
            return value
        return finder(value, ignore_missing=False).id

    return find


def _add_text_options(parser, noun):
    # fmt: off
    common.add_option(parser, '--name', attr=True,
                      help=_('%s name') % noun)
    common.add_option(parser, '--description', attr=True,
                      help=_('%s description') % noun)
    # fmt: on


class CreateShareGroup(common.ShowOne):
    _description = _('Create a new share group')
    min_version = MIN_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        _add_text_options(parser, _('Share group'))
        add(parser, '--share-types', nargs='+', attr='share_types',
            find='share_type',
            help=_('Share type(s) of the group (names or IDs); the default '
                   'share type otherwise'))
        add(parser, '--share-group-type', attr='share_group_type_id',
            find='share_group_type',
            help=_('Share group type (name or ID); the default group type '
                   'otherwise'))
        add(parser, '--share-network', attr='share_network_id',
            find=find_optional('share_network'),
            help=_('Share network of the group (name or ID)'))
        add(parser, '--source-share-group-snapshot',
            attr='source_share_group_snapshot_id',
            find='share_group_snapshot',
            help=_('Create the group, and a share for each member, from '
                   'this group snapshot (name or ID)'))
        add(parser, '--availability-zone', attr=True,
            help=_('Availability zone to create the group in'))
        common.add_wait_options(
            parser, _('Wait for the share group to become available'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        attrs = common.get_attrs(self, parsed_args)
        source = attrs.get('source_share_group_snapshot_id')
        if source and 'share_group_type_id' not in attrs:
            # Manila asks for a group type even then, else takes the
            # cloud's default: the source group's type is the one that fits.
            snapshot = client.get_share_group_snapshot(source)
            attrs['share_group_type_id'] = client.get_share_group(
                snapshot.share_group_id
            ).share_group_type_id
        group = client.create_share_group(**attrs)
        if parsed_args.wait:
            group = common.wait_for_status(self, group, parsed_args)
        return show_group(group)


class DeleteShareGroup(common.RemoveCommand):
    _description = _('Delete one or more share groups')
    min_version = MIN_VERSION
    noun = _('share groups')
    force_help = _(
        'Delete whatever the group status, and its snapshots; not while it '
        'holds shares (admin only)'
    )
    wait_help = _('Wait for the share group(s) to be deleted')

    target = GROUP

    def add_targets(self, parser):
        return GROUP.add(
            parser,
            _('Share group(s) to delete (name or ID)'),
            many=True,
            metavar='<share_group>',
        )

    def refuse_if_holding(self, group):
        held = len(
            list(self.client.shares(details=False, share_group_id=group.id))
        )
        if held:
            raise exceptions.CommandError(
                _(
                    'Share group %(group)s still holds %(count)s share(s): '
                    'delete them first'
                )
                % {'group': group.name or group.id, 'count': held}
            )

    def remove(self, group, parsed_args):
        force = parsed_args.force
        if force:
            # The server would drop the group's snapshots, then fail on its
            # first share.
            self.refuse_if_holding(group)
        try:
            self.client.delete_share_group(
                group, ignore_missing=False, force=force
            )
        except sdk_exceptions.ForbiddenException as err:
            if not force:
                raise
            raise exceptions.CommandError(
                _('--force is for administrators only: %s')
                % common.one_line(err)
            )
        except sdk_exceptions.ConflictException:
            self.refuse_if_holding(group)
            raise


class ListShareGroup(common.Lister):
    _description = _('List share groups')
    resource = _group.ShareGroup
    min_version = MIN_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        common.add_name_filters(parser, _('share group'), LIKE_VERSION)
        add(parser, '--status', attr=True, help=_('Filter by status'))
        add(parser, '--share-server', attr='share_server_id',
            find=find_optional('share_server'),
            help=_('Filter by share server (ID, admin)'))
        add(parser, '--share-group-type', attr='share_group_type_id',
            find='share_group_type',
            help=_('Filter by share group type (name or ID)'))
        add(parser, '--snapshot', attr='source_share_group_snapshot_id',
            find='share_group_snapshot',
            help=_('Filter by the group snapshot the groups were made from '
                   '(name or ID)'))
        add(parser, '--host', attr=True, help=_('Filter by host (admin)'))
        add(parser, '--share-network', attr='share_network_id',
            find=find_optional('share_network'),
            help=_('Filter by share network (name or ID)'))
        common.add_project_filters(parser, _('share groups'))
        common.add_paging_options(parser, _('share groups'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        all_projects = parsed_args.all_projects or parsed_args.project
        return common.list_items(
            self,
            parsed_args,
            self.client.share_groups,
            PROJECT_COLUMNS if all_projects else LIST_COLUMNS,
        )


class ShowShareGroup(common.ShowOne):
    _description = _('Show the details of a share group')
    min_version = MIN_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        GROUP.add(parser, _('Share group to show (name or ID)'))
        return parser

    def take_action(self, parsed_args):
        return show_group(GROUP.find_given(self.client, parsed_args))


class _ChangeGroup(common.ChangeCommand):
    noun = _('share group')
    update = 'update_share_group'
    min_version = MIN_VERSION
    target = GROUP
    target_help = _('Share group to modify (name or ID)')


class SetShareGroup(_ChangeGroup):
    _description = _('Set share group properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        _add_text_options(parser, _('New share group'))
        changes.add_status_option(
            parser, _('group'), STATUSES, 'reset_share_group_status',
            refuse_others=False)
        # fmt: on
        return parser


class UnsetShareGroup(_ChangeGroup):
    _description = _('Unset share group properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_clear_options(parser, _('share group'))
        return parser
