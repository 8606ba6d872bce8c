"""Security service action implementations"""

import contextlib
import logging
import re

from osc_lib.cli import format_columns
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import security_service as _ss
from osc_share_plugin.v2.common import targets
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share_network

_SS = _ss.SecurityService
FORMATTERS = {'share_networks': format_columns.ListColumn}
#: How a password is shown unless asked for.
MASK = '******'

#: (flag, API attribute, help, microversion) of the service's fields.
FIELDS = (
    ('--dns-ip', 'dns_ip', _('DNS IP address of the service'), None),
    ('--ou', 'ou', _('Organizational unit'), '2.44'),
    ('--server', 'server', _('Address of the service (host or IP)'), None),
    ('--domain', 'domain', _('Domain of the service'), None),
    ('--user', 'user', _('User or group the tenant uses'), None),
    ('--password', 'password', _('Password of the user'), None),
    ('--name', 'name', _('Security service name'), None),
    ('--description', 'description', _('Description'), None),
    ('--default-ad-site', 'default_ad_site',
     _('Default Active Directory site (not with --server)'), '2.76'),
)  # fmt: skip


class _PasswordFilter(logging.Filter):
    """Masks passwords in log records (``--debug``).

    Request and response bodies (``"password": "..."``) and the parsed
    arguments osc-lib logs (``password='...'``).
    """

    PATTERNS = (
        re.compile(r'("password"\s*:\s*)"(?:[^"\\]|\\.)*"'),
        re.compile(r"(\bpassword=)'(?:[^'\\]|\\.)*'"),
        re.compile(r'(\bpassword=)"(?:[^"\\]|\\.)*"'),
    )

    def filter(self, record):
        message = record.getMessage()
        if 'password' in message:
            for pattern in self.PATTERNS:
                message = pattern.sub(r'\1"%s"' % MASK, message)
            record.msg = message
            record.args = None
        return True


@contextlib.contextmanager
def passwords_masked():
    """While it lasts, no log handler prints a security service password.

    keystoneauth logs request and response bodies whole with ``--debug``.
    """
    masking = _PasswordFilter()
    loggers = [logging.getLogger()] + [
        logger
        for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    ]
    handlers = {h for logger in loggers for h in logger.handlers}
    for handler in handlers:
        handler.addFilter(masking)
    try:
        yield
    finally:
        for handler in handlers:
            handler.removeFilter(masking)


class _Masked:
    """Security service commands keep passwords out of ``--debug``."""

    def run(self, parsed_args):
        with passwords_masked():
            return super().run(parsed_args)


def add_field_options(parser, unset=False):
    for flag, attr, help_text, version in FIELDS:
        if unset:
            common.add_option(
                parser, flag, action='store_true', default=False,
                attr=attr, min_version=version,
                help=_('Clear: %s') % help_text,
            )  # fmt: skip
        else:
            common.add_option(
                parser, flag, attr=attr, min_version=version, help=help_text
            )


def add_reveal_option(parser):
    parser.add_argument(
        '--show-password',
        action='store_true',
        default=False,
        help=_('Show the password Manila returns, instead of masking it'),
    )


def show_service(service, parsed_args):
    """Show columns, with the password masked unless asked for."""
    columns, data = common.show_item(service, formatters=FORMATTERS)
    if not getattr(parsed_args, 'show_password', False):
        data = tuple(
            MASK if name == 'password' and value else value
            for name, value in zip(columns, data)
        )
    return columns, data


def check_ad_site(service_type, attrs):
    if (
        service_type == 'active_directory'
        and attrs.get('server')
        and attrs.get('default_ad_site')
    ):
        raise exceptions.CommandError(
            _('--server and --default-ad-site cannot be used together for '
              'an active_directory service')
        )  # fmt: skip


SERVICE = targets.Target(
    'security_service', 'find_security_service', plural='security_services'
)


class CreateShareSecurityService(_Masked, common.ShowOne):
    _description = _('Create a security service')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # Checked in take_action: one line and exit 1, not argparse's usage.
        parser.add_argument(
            'type',
            metavar='<type>',
            help=_('Type: ldap, kerberos or active_directory'),
        )
        add_field_options(parser)
        add_reveal_option(parser)
        return parser

    def take_action(self, parsed_args):
        if parsed_args.type not in _ss.TYPES:
            raise exceptions.CommandError(
                _('Unknown security service type %(type)r: use %(types)s')
                % {'type': parsed_args.type, 'types': ', '.join(_ss.TYPES)}
            )
        attrs = common.get_attrs(self, parsed_args)
        check_ad_site(parsed_args.type, attrs)
        service = self.client.create_security_service(
            type=parsed_args.type, **attrs
        )
        return show_service(service, parsed_args)


class DeleteShareSecurityService(common.RemoveCommand):
    _description = _('Delete one or more security services')
    noun = _('security services')
    call = 'delete_security_service'
    target = SERVICE
    target_help = _('Security service(s) to delete (name or ID)')


class ListShareSecurityService(_Masked, common.Lister):
    _description = _('List security services')
    resource = _SS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        add(parser, '--all-projects', action='store_true', default=False,
            attr='all_projects',
            help=_('List security services of every project (admin)'))
        add(parser, '--share-network', attr='share_network_id',
            find=share_network.find_share_network,
            help=_('Filter by share network using them (name or ID)'))
        add(parser, '--status', attr=True,
            help=_('Filter by status (Manila ignores it)'))
        add(parser, '--name', attr=True, help=_('Filter by name'))
        add(parser, '--type', choices=_ss.TYPES, attr=True,
            help=_('Filter by type: ldap, kerberos or active_directory'))
        for flag, attr, help_text, version in FIELDS:
            if attr not in ('name', 'description', 'password'):
                add(parser, flag, attr=attr, min_version=version,
                    help=_('Filter by: %s') % help_text)
        common.add_long_option(
            parser, '--detail',
            help=_('List the share networks using each service'))
        common.add_paging_options(parser, _('security services'), sort=None)
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        spec = ['id', 'name', 'status', 'type']
        if parsed_args.all_projects:
            spec.append('project_id')
        if parsed_args.long:
            spec.append('share_networks')
        details = parsed_args.long or parsed_args.all_projects
        return common.list_items(
            self, parsed_args, self.client.security_services,
            common.columns(_SS, *spec), formatters=FORMATTERS,
            query={'details': details},
        )  # fmt: skip


class ShowShareSecurityService(_Masked, common.ShowOne):
    _description = _('Show the details of a security service')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        SERVICE.add(parser, _('Security service (name or ID)'))
        add_reveal_option(parser)
        return parser

    def take_action(self, parsed_args):
        service = SERVICE.find_given(self.client, parsed_args)
        return show_service(service, parsed_args)


class _ChangeSecurityService(_Masked, common.Command):
    """Set and unset: the same fields, given a value or cleared."""

    #: Whether the field options clear (unset) rather than take a value.
    clearing = False

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        SERVICE.add(parser, _('Security service to modify (name or ID)'))
        add_field_options(parser, unset=self.clearing)
        return parser

    def take_action(self, parsed_args):
        service = SERVICE.find_given(self.client, parsed_args)
        attrs = self.changes(service, common.get_attrs(self, parsed_args))
        if attrs:
            self.client.update_security_service(service, **attrs)

    def changes(self, service, attrs):
        """The update's attributes, from those of the options given."""
        raise NotImplementedError


class SetShareSecurityService(_ChangeSecurityService):
    _description = _('Set security service properties')

    def changes(self, service, attrs):
        check_ad_site(service.type, attrs)
        return attrs


class UnsetShareSecurityService(_ChangeSecurityService):
    _description = _('Unset security service properties')
    clearing = True

    def changes(self, service, attrs):
        # Manila keeps what it is sent: '' clears a field, as manilaclient.
        return dict.fromkeys(attrs, '')
