"""Types (share types, share group types): their commands, declared.

A type family declares once, in a mixin on :class:`TypeFamily`, what its
commands share: the type's positional, its finder, and how a type is shown
(``share_type._ShareTypes``). Each command then names only what is its own:

.. code-block:: python

    class UnsetShareType(_ShareTypes, access.UnsetTypeSpecs):
        _description = _('Unset share type extra specs')
        delete_method = 'delete_share_type_extra_specs'
        keys_argument = ('extra_specs', _('Extra spec(s) to remove'))
"""

from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.v2.common import commands
from osc_share_plugin.v2.common import identity
from osc_share_plugin.v2.common import multi
from osc_share_plugin.v2.common import options
from osc_share_plugin.v2.common import output
from osc_share_plugin.v2.common import removal


class TypeFamily:
    """What every command of one type family shares."""

    #: ``(dest, metavar, noun)`` of the type argument, e.g.
    #: ``('share_type', '<share-type>', _('share type'))``.
    type_argument = None
    #: The proxy's finder of the type, e.g. ``'find_share_type'``.
    find_method = None
    #: The fields a type is shown with (and listed with), in their order.
    fields = ()
    #: Formatters of those fields.
    formatters = {}

    def view(self, found):
        """``{field: value}`` of a type, one entry for each of ``fields``."""
        raise NotImplementedError

    def add_type_argument(self, parser, help_text, **kwargs):
        dest, metavar, _noun = self.type_argument
        return parser.add_argument(
            dest, metavar=metavar, help=help_text, **kwargs
        )

    def find_type(self, name_or_id):
        finder = getattr(self.client, self.find_method)
        return finder(name_or_id, ignore_missing=False)

    def given_type(self, parsed_args):
        """The type the command's type argument names."""
        return self.find_type(getattr(parsed_args, self.type_argument[0]))

    def show_type(self, found):
        """``(columns, data)`` of a type, for a ShowOne."""
        return output.show_dict(self.view(found), self.formatters)


class _PrivateTypeArgument(TypeFamily):
    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        self.add_type_argument(
            parser, _('Private %s (name or ID)') % self.type_argument[2]
        )
        return parser


class ChangeProjectAccess(_PrivateTypeArgument, commands.Command):
    """``... access create|delete <type> <project>...``: each in turn.

    Projects are names or IDs, resolved through Keystone.
    """

    #: The proxy method called with ``(type, project_id)``.
    change_method = None
    #: Whether projects are given access (``create``) or lose it.
    adding = True

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'projects',
            metavar='<project>',
            nargs='+',
            help=_('Project(s) (name or ID)'),
        )
        identity.add_domain_option(parser, 'project')
        return parser

    def take_action(self, parsed_args):
        found = self.given_type(parsed_args)
        change = getattr(self.client, self.change_method)

        def apply(project):
            change(
                found,
                identity.find_project_id(
                    self.app, project, parsed_args.project_domain
                ),
            )

        multi.for_each(
            parsed_args.projects,
            apply,
            _('projects'),
            _('be given access') if self.adding else _('be removed'),
        )


class ListProjectAccess(_PrivateTypeArgument, commands.Lister):
    """``... access list <type>``: the projects that may use it."""

    #: The proxy method listing the type's access.
    list_method = None

    def take_action(self, parsed_args):
        found = self.given_type(parsed_args)
        if found.is_public:
            raise exceptions.CommandError(
                _('%(noun)s %(name)s is public: every project may use it')
                % {
                    'noun': self.type_argument[2].capitalize(),
                    'name': getattr(parsed_args, self.type_argument[0]),
                }
            )
        return output.list_items(
            self,
            parsed_args,
            lambda: getattr(self.client, self.list_method)(found),
            output.columns(self.resource, 'project_id'),
        )


class DeleteTypes(TypeFamily, removal.RemoveCommand):
    """``... type delete <type> [<type> ...]``: ``noun`` and ``call``."""

    def add_targets(self, parser):
        dest, metavar, noun = self.type_argument
        return parser.add_argument(
            dest + 's',
            metavar=metavar[:-1] + 's>',
            nargs='+',
            help=_('%s(s) to delete (name or ID)') % noun.capitalize(),
        )

    def find_target(self, value):
        return self.find_type(value)


class ShowTypeOrDefault(TypeFamily, commands.ShowOne):
    """``... type show [<type>] [--default]``: one type, or the default."""

    #: The proxy's getter of the cloud's default type.
    default_method = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        noun = self.type_argument[2]
        self.add_type_argument(
            parser,
            _('%s to show (name or ID)') % noun.capitalize(),
            nargs='?',
        )
        parser.add_argument(
            '--default',
            action='store_true',
            help=_('Show the default %s of the cloud') % noun,
        )
        return parser

    def take_action(self, parsed_args):
        dest, _metavar, noun = self.type_argument
        name_or_id = getattr(parsed_args, dest)
        if parsed_args.default == bool(name_or_id):
            raise exceptions.CommandError(
                _('Give a %s or --default, not both') % noun
                if parsed_args.default
                else _('Give a %s (name or ID) or --default') % noun
            )
        if parsed_args.default:
            found = getattr(self.client, self.default_method)()
        else:
            found = self.find_type(name_or_id)
        return self.show_type(found)


class ListTypes(TypeFamily, commands.Lister):
    """``... type list``: public types; ``--all`` lists private ones too."""

    #: The proxy's list method, e.g. ``'share_types'``.
    list_method = None
    #: ``(flag, min_version, help)`` of the specs filter.
    specs_filter = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        flag, min_version, help_text = self.specs_filter
        # fmt: off
        options.add_option(
            parser, '--all', action='store_true', default=False,
            attr='is_public', help=_('List private types too (admin)'))
        options.add_key_value_option(
            parser, flag, attr=flag[2:].replace('-', '_'),
            min_version=min_version, help=help_text)
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        query = {'is_public': 'all'} if parsed_args.all else {}
        headers = tuple(output.title(field) for field in self.fields)
        return output.list_items(
            self,
            parsed_args,
            getattr(self.client, self.list_method),
            (self.fields, headers),
            query=query,
            rows=lambda found: self.show_type(found)[1],
        )


class UnsetTypeSpecs(TypeFamily, commands.Command):
    """``... type unset <type> <key>...``: remove extra or group specs."""

    #: The proxy method removing the keys, e.g.
    #: ``'delete_share_type_extra_specs'``.
    delete_method = None
    #: ``(dest, help)`` of the keys, e.g. ``('extra_specs', ...)``.
    keys_argument = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        keys_dest, keys_help = self.keys_argument
        noun = self.type_argument[2]
        self.add_type_argument(
            parser, _('%s to modify (name or ID)') % noun.capitalize()
        )
        parser.add_argument(
            keys_dest, metavar='<key>', nargs='+', help=keys_help
        )
        return parser

    def take_action(self, parsed_args):
        getattr(self.client, self.delete_method)(
            self.given_type(parsed_args),
            getattr(parsed_args, self.keys_argument[0]),
            ignore_missing=False,
        )
