"""Share network action implementations"""

from cliff import columns as cliff_columns
from osc_lib.cli import format_columns
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_network as _sn
from osc_share_plugin.v2.common import changes
from osc_share_plugin.v2.common import targets
from osc_share_plugin.v2 import common

_SN = _sn.ShareNetwork


class DictListColumn(cliff_columns.FormattableColumn):
    """Embedded dicts: ``key = value`` blocks in tables, a list in JSON."""

    def human_readable(self):
        blocks = []
        for item in self._value or []:
            blocks.append('\n'.join(
                f'{key} = {format_columns.DictColumn(value).human_readable()}'
                if isinstance(value, dict) else f'{key} = {value}'
                for key, value in item.items()
            ))  # fmt: skip
        return '\n\n'.join(blocks)

    def machine_readable(self):
        return [dict(item) for item in self._value or []]


FORMATTERS = {
    'share_network_subnets': DictListColumn,
    'security_services': DictListColumn,
}
HIDDEN_COLUMNS = ('availability_zone',)
STATUS_CHOICES = ('active', 'error', 'network_change')
#: A share network being changed (security service, subnet) says so.
UPDATE_FAILURES = ('error',)


# ------------------------------------------ helpers of the network family


def find_share_network(cmd, name_or_id, parsed_args=None):
    """``find=`` of every option naming a share network: its ID."""
    return cmd.client.find_share_network(name_or_id, ignore_missing=False).id


def find_security_service(cmd, name_or_id, parsed_args=None):
    return cmd.client.find_security_service(
        name_or_id, ignore_missing=False
    ).id


def _neutron_finder(kind):
    """``find=`` for a Neutron network or subnet (name or ID).

    IDs go through as given; names need the cloud's network service.
    """

    def find(cmd, value, parsed_args=None):
        if common.is_uuid_like(value):
            return value
        manager = cmd.app.client_manager
        available = getattr(manager, 'is_service_available', None)
        if not (available and available('network')):
            raise exceptions.CommandError(
                _(
                    'Neutron %(kind)s %(value)r is not an ID, and this '
                    'cloud has no network service to find its name in'
                )
                % {'kind': kind, 'value': value}
            )
        found = getattr(manager.sdk_connection.network, f'find_{kind}')
        try:
            return found(value, ignore_missing=False).id
        except Exception as err:
            raise exceptions.CommandError(
                _('Neutron %(kind)s %(value)r not found: %(err)s')
                % {'kind': kind, 'value': value, 'err': common.one_line(err)}
            )

    return find


def add_neutron_options(parser, help_net, help_subnet):
    common.add_option(
        parser, '--neutron-net-id', attr='neutron_net_id',
        find=_neutron_finder('network'), help=help_net,
    )  # fmt: skip
    common.add_option(
        parser, '--neutron-subnet-id', attr='neutron_subnet_id',
        find=_neutron_finder('subnet'), help=help_subnet,
    )  # fmt: skip


def check_neutron_pair(parsed_args):
    """A subnet is a Neutron network and one of its subnets, or neither."""
    if bool(parsed_args.neutron_net_id) != bool(parsed_args.neutron_subnet_id):
        raise exceptions.CommandError(
            _('--neutron-net-id and --neutron-subnet-id go together')
        )


def subnet_dicts(subnets):
    """Embedded subnets, with manilaclient's ``properties`` for metadata."""
    shown = []
    for subnet in subnets or []:
        subnet = dict(subnet)
        if 'metadata' in subnet:
            subnet['properties'] = subnet.pop('metadata') or {}
        shown.append(subnet)
    return shown


def show_share_network(client, network, security_services=True):
    extra = {'share_network_subnets': subnet_dicts(
        network.share_network_subnets
    )}  # fmt: skip
    if security_services:
        extra['security_services'] = [
            {'security_service_name': ss.name, 'security_service_id': ss.id}
            for ss in client.security_services(
                details=False, share_network_id=network.id
            )
        ]
    formatted = {k: FORMATTERS[k](v) for k, v in extra.items()}
    return common.show_item(network, hidden=HIDDEN_COLUMNS, extra=formatted)


NETWORK = targets.Target(
    'share_network', 'find_share_network', plural='share_networks'
)


# ------------------------------------------------------------- commands


class CreateShareNetwork(common.ShowOne):
    _description = _('Create a share network')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        add(parser, '--name', attr=True, help=_('Share network name'))
        add(parser, '--description', attr=True,
            help=_('Share network description'))
        add_neutron_options(
            parser,
            _('Neutron network of the default subnet (name or ID)'),
            _('Neutron subnet of the default subnet (name or ID)'))
        add(parser, '--availability-zone', attr=True, min_version='2.51',
            help=_('Availability zone of the first subnet; without it, the '
                   'subnet serves every zone'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        check_neutron_pair(parsed_args)
        attrs = common.get_attrs(self, parsed_args)
        network = self.client.create_share_network(**attrs)
        return show_share_network(self.client, network, False)


class DeleteShareNetwork(common.RemoveCommand):
    _description = _('Delete one or more share networks')
    noun = _('share networks')
    call = 'delete_share_network'
    target = NETWORK
    target_help = _('Share network(s) to delete (name or ID)')
    wait_help = _('Wait for the share network(s) to be deleted')
    wait_failures = ()


class ListShareNetwork(common.Lister):
    _description = _('List share networks')
    resource = _SN

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        common.add_name_filters(parser, _('share network'))
        common.add_project_filters(parser, _('share networks'))
        add(parser, '--created-since', metavar='<yyyy-mm-dd>', attr=True,
            help=_('Filter by creation date, on or after'))
        add(parser, '--created-before', metavar='<yyyy-mm-dd>', attr=True,
            help=_('Filter by creation date, before'))
        add(parser, '--security-service', attr='security_service_id',
            find=find_security_service,
            help=_('Filter by security service (name or ID)'))
        add(parser, '--neutron-net-id', attr=True,
            help=_('Filter by Neutron network (ID)'))
        add(parser, '--neutron-subnet-id', attr=True,
            help=_('Filter by Neutron subnet (ID)'))
        add(parser, '--network-type', attr=True,
            help=_('Filter by network type: flat, vlan, vxlan, geneve...'))
        add(parser, '--segmentation-id', attr=True,
            help=_('Filter by segmentation ID'))
        add(parser, '--cidr', metavar='<X.X.X.X/X>', attr=True,
            help=_('Filter by CIDR'))
        add(parser, '--ip-version', metavar='<4|6>', choices=('4', '6'),
            attr=True, help=_('Filter by IP version: 4 or 6'))
        common.add_long_option(
            parser, '--detail', help=_('List share networks with details'))
        common.add_paging_options(parser, _('share networks'), sort=None)
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        spec = ['id', 'name']
        if parsed_args.long:
            spec += ['status', 'created_at', 'updated_at', 'description']
        if parsed_args.all_projects:
            spec.append('project_id')
        return common.list_items(
            self, parsed_args, self.client.share_networks,
            common.columns(_SN, *spec),
            query={'details': parsed_args.long or parsed_args.all_projects},
        )  # fmt: skip


class ShowShareNetwork(common.ShowOne):
    _description = _('Show the details of a share network')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        NETWORK.add(parser, _('Share network to show (name or ID)'))
        return parser

    def take_action(self, parsed_args):
        network = NETWORK.find_given(self.client, parsed_args)
        return show_share_network(self.client, network)


class SetShareNetwork(common.Command):
    _description = _('Set share network properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        NETWORK.add(parser, _('Share network to modify (name or ID)'))
        add(parser, '--name', attr=True, help=_('New share network name'))
        add(parser, '--description', attr=True,
            help=_('New share network description'))
        add(parser, '--status', choices=STATUS_CHOICES, min_version='2.63',
            step='reset_share_network_status',
            help=_('Reset the status: active, error or network_change '
                   '(admin only)'))
        add_neutron_options(
            parser,
            _('New Neutron network of the default subnet (name or ID); not '
              'while the network is in use'),
            _('New Neutron subnet of the default subnet (name or ID); not '
              'while the network is in use'))
        add(parser, '--current-security-service', min_version='2.63',
            metavar='<security-service>',
            help=_('Security service to replace with '
                   '--new-security-service (name or ID)'))
        add(parser, '--new-security-service', metavar='<security-service>',
            help=_('Security service to add, or to replace '
                   '--current-security-service with (name or ID); adding '
                   'to a network in use needs 2.63'))
        add(parser, '--check-only', action='store_true', default=False,
            min_version='2.63',
            help=_('Only check whether the security service can be added '
                   'or replaced'))
        add(parser, '--restart-check', action='store_true', default=False,
            min_version='2.63',
            help=_('Start the check again (its result may be stale)'))
        common.add_wait_options(
            parser, _('Wait for the network to be active again after a '
                      'security service change'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        checking = parsed_args.check_only or parsed_args.restart_check
        new, current = (
            parsed_args.new_security_service,
            parsed_args.current_security_service,
        )
        if (checking or current) and not new:
            raise exceptions.CommandError(
                _(
                    '--check-only, --restart-check and '
                    '--current-security-service need --new-security-service'
                )
            )
        network = NETWORK.find_given(client, parsed_args)
        steps = changes.declared_steps(
            self, parsed_args, network, 'update_share_network'
        )
        changed = []
        if new:
            ids = [find_security_service(self, new)]
            if current:
                ids.insert(0, find_security_service(self, current))
            if checking:
                steps.append(lambda: self._check(network, ids, parsed_args))
            else:
                verb = 'update' if current else 'add'
                change = getattr(
                    client, f'{verb}_share_network_security_service'
                )
                steps.append(lambda: changed.append(change(network, *ids)))
        changes.run_steps(
            steps, _('share network'), network, name_lone_failure=False
        )
        if parsed_args.wait and changed:
            common.wait_for_status(
                self, changed[0], parsed_args, 'active', UPDATE_FAILURES
            )

    def _check(self, network, ids, parsed_args):
        verb = 'update' if len(ids) == 2 else 'add'
        check = getattr(
            self.client, f'check_share_network_security_service_{verb}'
        )
        result = check(
            network, *ids, reset_operation=parsed_args.restart_check
        )
        report_check(
            self,
            result.get('compatible'),
            _('security service %(what)s on share network %(network)s')
            % {
                'what': (
                    _('replacement') if verb == 'update' else _('addition')
                ),
                'network': parsed_args.share_network,
            },
        )


def report_check(cmd, compatible, what):
    """A dry run's verdict on stdout; an incompatible one fails."""
    if compatible is None:
        message = _('Check of the %s started: run it again for the result')
    elif compatible:
        message = _('Check of the %s: compatible')
    else:
        raise exceptions.CommandError(
            _('Check of the %s: not compatible') % what
        )
    cmd.app.stdout.write(message % what + '\n')


class UnsetShareNetwork(common.Command):
    _description = _('Unset share network properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        NETWORK.add(parser, _('Share network to modify (name or ID)'))
        common.add_clear_options(parser, _('share network'))
        parser.add_argument(
            '--security-service', metavar='<security-service>',
            help=_('Remove this security service from the network (name or '
                   'ID); only while no share server uses the network'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        network = NETWORK.find_given(client, parsed_args)
        steps = changes.declared_steps(
            self, parsed_args, network, 'update_share_network'
        )
        if parsed_args.security_service:
            service = find_security_service(self, parsed_args.security_service)
            steps.append(
                lambda: client.remove_share_network_security_service(
                    network, service
                )
            )
        changes.run_steps(
            steps, _('share network'), network, name_lone_failure=False
        )
