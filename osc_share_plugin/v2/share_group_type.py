"""Share group type action implementations"""

from osc_lib.cli import format_columns

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_group_type as _type
from osc_share_plugin.v2 import common
from osc_share_plugin.v2.common import access
from osc_share_plugin.v2.common import options
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
FORMATTERS = {
    'share_types': share_group.LinesColumn,
    'group_specs': format_columns.DictColumn,
}
#: ``--group-specs`` filter on lists.
SPECS_FILTER_VERSION = '2.66'


class _GroupTypes(access.TypeFamily):
    """Share group types exist in the API from share groups' version on."""

    min_version = share_group.MIN_VERSION
    type_argument = (
        'share_group_type',
        '<share-group-type>',
        _('share group type'),
    )
    find_method = 'find_share_group_type'
    fields = FIELDS
    formatters = FORMATTERS

    def view(self, group_type):
        return {
            'id': group_type.id,
            'name': group_type.name,
            'share_types': group_type.share_types or [],
            'visibility': 'public' if group_type.is_public else 'private',
            'is_default': group_type.is_default,
            'group_specs': group_type.group_specs or {},
        }


class CreateShareGroupType(_GroupTypes, common.ShowOne):
    _description = _('Create a new share group type')

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
        options.add_visibility_options(
            parser,
            _('Make the type usable by every project (or --public <bool>; '
              'default: true)'),
            _('Make the type usable only by projects given access'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        attrs = common.get_attrs(self, parsed_args)
        attrs.setdefault('is_public', True)
        group_type = self.client.create_share_group_type(
            parsed_args.name, attrs.pop('share_types'), **attrs
        )
        return self.show_type(group_type)


class DeleteShareGroupType(_GroupTypes, access.DeleteTypes):
    _description = _('Delete one or more share group types')
    noun = _('share group types')
    call = 'delete_share_group_type'


class ListShareGroupType(_GroupTypes, access.ListTypes):
    _description = _('List share group types')
    resource = _type.ShareGroupType
    list_method = 'share_group_types'
    specs_filter = (
        '--group-specs',
        SPECS_FILTER_VERSION,
        _('Filter by group specs (key=value ...; repeatable)'),
    )


class ShowShareGroupType(_GroupTypes, access.ShowTypeOrDefault):
    _description = _('Show a share group type, or the default one')
    default_method = 'get_default_share_group_type'


class SetShareGroupType(_GroupTypes, common.Command):
    _description = _('Set share group type group specs')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        self.add_type_argument(
            parser, _('Share group type to modify (name or ID)')
        )
        common.add_key_value_option(
            parser,
            '--group-specs',
            _('Group specs to add or change (key=value ...; repeatable)'),
        )
        return parser

    def take_action(self, parsed_args):
        group_type = self.find_type(parsed_args.share_group_type)
        if parsed_args.group_specs:
            self.client.update_share_group_type_specs(
                group_type, **parsed_args.group_specs
            )


class UnsetShareGroupType(_GroupTypes, access.UnsetTypeSpecs):
    _description = _('Unset share group type group specs')
    delete_method = 'delete_share_group_type_specs'
    keys_argument = ('group_specs', _('Group spec(s) to remove'))


class CreateShareGroupTypeAccess(_GroupTypes, access.ChangeProjectAccess):
    _description = _('Give projects access to a private share group type')
    change_method = 'add_share_group_type_access'


class DeleteShareGroupTypeAccess(_GroupTypes, access.ChangeProjectAccess):
    _description = _('Remove projects from a private share group type')
    change_method = 'remove_share_group_type_access'
    adding = False


class ListShareGroupTypeAccess(_GroupTypes, access.ListProjectAccess):
    _description = _('List the projects that may use a private group type')
    resource = _type.ShareGroupTypeAccess
    list_method = 'share_group_type_access'
