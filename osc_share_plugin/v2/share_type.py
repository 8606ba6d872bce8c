"""Share type action implementations"""

from osc_lib.cli import format_columns
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_type as _share_type
from osc_share_plugin.v2 import common
from osc_share_plugin.v2.common import access
from osc_share_plugin.v2.common import options

#: What manilaclient shows of a type, in its order.
FIELDS = (
    'id',
    'name',
    'visibility',
    'is_default',
    'required_extra_specs',
    'optional_extra_specs',
    'description',
)
FORMATTERS = {
    'required_extra_specs': format_columns.DictColumn,
    'optional_extra_specs': format_columns.DictColumn,
}
DHSS = 'driver_handles_share_servers'
#: Boolean capability specs that have an option of their own.
BOOL_SPECS = (
    'snapshot_support',
    'create_share_from_snapshot_support',
    'revert_to_snapshot_support',
    'mount_snapshot_support',
)


def _spec_value(text):
    """A boolean spec: ``true``/``false`` (any form) or ``<is> True``."""
    if text.lower().startswith('<is>'):
        return text
    return str(common.parse_bool(text))


class _ShareTypes(access.TypeFamily):
    type_argument = ('share_type', '<share-type>', _('share type'))
    find_method = 'find_share_type'
    fields = FIELDS
    formatters = FORMATTERS

    def view(self, share_type):
        """A type as manilaclient shows it: visibility, split extra specs."""
        required = share_type.required_extra_specs or {}
        optional = {
            key: value
            for key, value in (share_type.extra_specs or {}).items()
            if key not in required
        }
        return {
            'id': share_type.id,
            'name': share_type.name,
            'visibility': 'public' if share_type.is_public else 'private',
            'is_default': share_type.is_default,
            'required_extra_specs': required,
            'optional_extra_specs': optional,
            'description': share_type.description,
        }


def _add_visibility_options(parser, min_version=None):
    options.add_visibility_options(
        parser,
        _('Make the type usable by every project (or --public <bool>)'),
        _('Make the type usable only by projects given access'),
        min_version=min_version,
    )


class CreateShareType(_ShareTypes, common.ShowOne):
    _description = _('Create a new share type')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        add(parser, 'name', metavar='<name>', attr=True,
            help=_('Share type name'))
        parser.add_argument(
            'spec_driver_handles_share_servers',
            metavar='<spec_driver_handles_share_servers>',
            type=common.parse_bool,
            help=_('Whether backends of this type handle share servers '
                   '(true or false)'))
        add(parser, '--description', attr=True, min_version='2.41',
            help=_('Share type description'))
        for spec in BOOL_SPECS:
            add(parser, '--' + spec.replace('_', '-'), type=_spec_value,
                metavar='<bool>', help=_('Extra spec %s (true or false)')
                % spec)
        common.add_key_value_option(
            parser, '--extra-specs',
            _('Extra specs of the type (key=value ...; repeatable)'))
        _add_visibility_options(parser)
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        attrs = common.get_attrs(self, parsed_args)
        specs = dict(parsed_args.extra_specs or {})
        if DHSS in specs:
            raise exceptions.CommandError(
                _('%s is set by the positional argument, not --extra-specs')
                % DHSS
            )
        specs[DHSS] = str(parsed_args.spec_driver_handles_share_servers)
        for spec in BOOL_SPECS:
            if getattr(parsed_args, spec) is not None:
                specs[spec] = getattr(parsed_args, spec)
        attrs.setdefault('is_public', True)
        share_type = self.client.create_share_type(
            attrs.pop('name'), extra_specs=specs, **attrs
        )
        return self.show_type(share_type)


class DeleteShareType(_ShareTypes, access.DeleteTypes):
    _description = _('Delete one or more share types')
    noun = _('share types')
    call = 'delete_share_type'


class ListShareType(_ShareTypes, access.ListTypes):
    _description = _('List share types')
    resource = _share_type.ShareType
    list_method = 'share_types'
    specs_filter = (
        '--extra-specs',
        '2.43',
        _('Filter by extra specs (key=value ...; repeatable)'),
    )


class ShowShareType(_ShareTypes, access.ShowTypeOrDefault):
    _description = _('Show a share type, or the default share type')
    default_method = 'get_default_share_type'


class SetShareType(_ShareTypes, common.Command):
    _description = _('Set share type properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        self.add_type_argument(parser, _('Share type to modify (name or ID)'))
        common.add_key_value_option(
            parser, '--extra-specs',
            _('Extra specs to add or change (key=value ...; repeatable)'))
        add(parser, '--name', attr=True, min_version='2.50',
            help=_('New name of the share type'))
        add(parser, '--description', attr=True, min_version='2.50',
            help=_('New description of the share type'))
        _add_visibility_options(parser, min_version='2.50')
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        share_type = self.find_type(parsed_args.share_type)
        attrs = common.get_attrs(self, parsed_args)
        steps = []
        if attrs:
            steps.append(lambda: client.update_share_type(share_type, **attrs))
        if parsed_args.extra_specs:
            steps.append(
                lambda: client.update_share_type_extra_specs(
                    share_type, **parsed_args.extra_specs
                )
            )
        common.run_steps(steps, _('share type'), share_type)


class UnsetShareType(_ShareTypes, access.UnsetTypeSpecs):
    _description = _('Unset share type extra specs')
    delete_method = 'delete_share_type_extra_specs'
    keys_argument = ('extra_specs', _('Extra spec(s) to remove'))


class CreateShareTypeAccess(_ShareTypes, access.ChangeProjectAccess):
    _description = _('Give projects access to a private share type')
    change_method = 'add_share_type_access'


class DeleteShareTypeAccess(_ShareTypes, access.ChangeProjectAccess):
    _description = _('Remove projects from a private share type')
    change_method = 'remove_share_type_access'
    adding = False


class ListShareTypeAccess(_ShareTypes, access.ListProjectAccess):
    _description = _('List the projects that may use a private share type')
    resource = _share_type.ShareTypeAccess
    list_method = 'share_type_access'
