"""Types (share types, share group types): project access, the default."""

from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.v2.common import commands
from osc_share_plugin.v2.common import identity
from osc_share_plugin.v2.common import multi
from osc_share_plugin.v2.common import options
from osc_share_plugin.v2.common import output


class _TypeArgument:
    #: ``(dest, metavar, noun)`` of the type argument, e.g.
    #: ``('share_type', '<share-type>', _('share type'))``.
    type_argument = None
    #: The proxy's finder of the type, e.g. ``'find_share_type'``.
    find_method = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        dest, metavar, noun = self.type_argument
        parser.add_argument(
            dest, metavar=metavar, help=_('Private %s (name or ID)') % noun
        )
        return parser

    def find_type(self, parsed_args):
        finder = getattr(self.client, self.find_method)
        return finder(
            getattr(parsed_args, self.type_argument[0]), ignore_missing=False
        )


class ChangeProjectAccess(_TypeArgument, commands.Command):
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
        found = self.find_type(parsed_args)
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


class ListProjectAccess(_TypeArgument, commands.Lister):
    """``... access list <type>``: the projects that may use it."""

    #: The proxy method listing the type's access.
    list_method = None

    def take_action(self, parsed_args):
        found = self.find_type(parsed_args)
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


class ShowTypeOrDefault(commands.ShowOne):
    """``... type show [<type>] [--default]``: one type, or the default.

    Subclasses declare ``type_argument`` (dest, metavar, noun), the
    proxy's ``find_method`` and ``default_method``, and ``show(obj)``.
    """

    type_argument = None
    find_method = None
    default_method = None

    def show(self, found):
        raise NotImplementedError

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        dest, metavar, noun = self.type_argument
        parser.add_argument(
            dest,
            metavar=metavar,
            nargs='?',
            help=_('%s to show (name or ID)') % noun.capitalize(),
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
            return self.show(getattr(self.client, self.default_method)())
        finder = getattr(self.client, self.find_method)
        return self.show(finder(name_or_id, ignore_missing=False))


class ListTypes(commands.Lister):
    """``... type list``: public types; ``--all`` lists private ones too."""

    #: The proxy's list method, e.g. ``'share_types'``.
    list_method = None
    #: ``(flag, min_version, help)`` of the specs filter.
    specs_filter = None
    #: ``(fields, headers)`` of the list.
    list_columns = None

    def row(self, found):
        raise NotImplementedError

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
        return output.list_items(
            self,
            parsed_args,
            getattr(self.client, self.list_method),
            self.list_columns,
            query=query,
            rows=self.row,
        )


class UnsetTypeSpecs(commands.Command):
    """``... type unset <type> <key>...``: remove extra or group specs."""

    type_argument = None
    find_method = None
    #: The proxy method removing the keys, e.g.
    #: ``'delete_share_type_extra_specs'``.
    delete_method = None
    #: ``(dest, help)`` of the keys, e.g. ``('extra_specs', ...)``.
    keys_argument = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        dest, metavar, noun = self.type_argument
        keys_dest, keys_help = self.keys_argument
        # fmt: off
        parser.add_argument(
            dest, metavar=metavar,
            help=_('%s to modify (name or ID)') % noun.capitalize())
        parser.add_argument(
            keys_dest, metavar='<key>', nargs='+', help=keys_help)
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        finder = getattr(self.client, self.find_method)
        found = finder(
            getattr(parsed_args, self.type_argument[0]), ignore_missing=False
        )
        getattr(self.client, self.delete_method)(
            found,
            getattr(parsed_args, self.keys_argument[0]),
            ignore_missing=False,
        )
