"""Share group type action implementations"""

from osc_lib.cli import format_columns

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_group_type as _type
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share_group

#: What manilaclient shows of a group type, in its order.
FIELDS = (
    'id',
    'name',
    'share_types',
    'visibility',
    'is_default',
    'group_specs',
)
HEADERS = tuple(common.title(field) for field in FIELDS)
FORMATTERS = {
    'share_types': share_group.LinesColumn,
    'group_specs': format_columns.DictColumn,
}
#: ``--group-specs`` filter on lists.
SPECS_FILTER_VERSION = '2.66'


def _view(group_type):
    return {
        'id': group_type.id,
        'name': group_type.name,
        'share_types': group_type.share_types or [],
        'visibility': 'public' if group_type.is_public else 'private',
        'is_default': group_type.is_default,
        'group_specs': group_type.group_specs or {},
    }


def _show(group_type):
    return common.show_dict(_view(group_type), FORMATTERS)


def _row(group_type):
    return _show(group_type)[1]


_TYPE_ARGUMENT = (
    'share_group_type',
    '<share-group-type>',
    _('share group type'),
)


def find_type(client, name_or_id):
    return client.find_share_group_type(name_or_id, ignore_missing=False)


def _add_type_argument(parser, help_text, **kwargs):
    parser.add_argument(
        'share_group_type',
        metavar='<share-group-type>',
        help=help_text,
        **kwargs,
    )


class CreateShareGroupType(common.ShowOne):
    _description = _('Create a new share group type')
    min_version = share_group.MIN_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        parser.add_argument(
            'name', metavar='<name>', help=_('Share group type name'))
        common.add_option(
            parser, 'share_types', metavar='<share-types>', nargs='+',
            attr='share_types', find='share_type',
            help=_('Share types groups of this type may hold (names or '
                   'IDs)'))
        common.add_key_value_option(
            parser, '--group-specs', attr='group_specs',
            help=_('Group specs of the type, such as '
                   'consistent_snapshot_support=pool (key=value ...; '
                   'repeatable)'))
        common.add_bool_option(
            parser, '--public',
            _('Make the type usable by every project (or --public <bool>; '
              'default: true)'),
            attr='is_public', off_flag='--private',
            off_help=_('Make the type usable only by projects given access'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        attrs = common.get_attrs(self, parsed_args)
        attrs.setdefault('is_public', True)
        group_type = self.client.create_share_group_type(
            parsed_args.name, attrs.pop('share_types'), **attrs
        )
        return _show(group_type)


class DeleteShareGroupType(common.RemoveCommand):
    _description = _('Delete one or more share group types')
    min_version = share_group.MIN_VERSION
    noun = _('share group types')
    call = 'delete_share_group_type'

    def add_targets(self, parser):
        return parser.add_argument(
            'share_group_types', metavar='<share-group-types>', nargs='+',
            help=_('Share group type(s) to delete (name or ID)'))  # fmt: skip

    def find_target(self, value):
        return find_type(self.client, value)


class ListShareGroupType(common.ListTypes):
    _description = _('List share group types')
    resource = _type.ShareGroupType
    min_version = share_group.MIN_VERSION
    list_method = 'share_group_types'
    list_columns = (FIELDS, HEADERS)
    specs_filter = (
        '--group-specs',
        SPECS_FILTER_VERSION,
        _('Filter by group specs (key=value ...; repeatable)'),
    )

    def row(self, group_type):
        return _row(group_type)


class ShowShareGroupType(common.ShowTypeOrDefault):
    _description = _('Show a share group type, or the default one')
    min_version = share_group.MIN_VERSION
    type_argument = _TYPE_ARGUMENT
    find_method = 'find_share_group_type'
    default_method = 'get_default_share_group_type'

    def show(self, group_type):
        return _show(group_type)


class SetShareGroupType(common.Command):
    _description = _('Set share group type group specs')
    min_version = share_group.MIN_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_type_argument(
            parser, _('Share group type to modify (name or ID)')
        )
        common.add_key_value_option(
            parser,
            '--group-specs',
            _('Group specs to add or change (key=value ...; repeatable)'),
        )
        return parser

    def take_action(self, parsed_args):
        client = self.client
        group_type = find_type(client, parsed_args.share_group_type)
        if parsed_args.group_specs:
            client.update_share_group_type_specs(
                group_type, **parsed_args.group_specs
            )


class UnsetShareGroupType(common.UnsetTypeSpecs):
    _description = _('Unset share group type group specs')
    min_version = share_group.MIN_VERSION
    type_argument = _TYPE_ARGUMENT
    find_method = 'find_share_group_type'
    delete_method = 'delete_share_group_type_specs'
    keys_argument = ('group_specs', _('Group spec(s) to remove'))


class CreateShareGroupTypeAccess(common.ChangeProjectAccess):
    _description = _('Give projects access to a private share group type')
    min_version = share_group.MIN_VERSION
    type_argument = _TYPE_ARGUMENT
    find_method = 'find_share_group_type'
    change_method = 'add_share_group_type_access'


class DeleteShareGroupTypeAccess(common.ChangeProjectAccess):
    _description = _('Remove projects from a private share group type')
    min_version = share_group.MIN_VERSION
    type_argument = _TYPE_ARGUMENT
    find_method = 'find_share_group_type'
    change_method = 'remove_share_group_type_access'
    adding = False


class ListShareGroupTypeAccess(common.ListProjectAccess):
    _description = _('List the projects that may use a private group type')
    resource = _type.ShareGroupTypeAccess
    min_version = share_group.MIN_VERSION
    type_argument = _TYPE_ARGUMENT
    find_method = 'find_share_group_type'
    list_method = 'share_group_type_access'
