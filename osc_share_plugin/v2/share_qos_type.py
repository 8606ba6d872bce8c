"""Share QoS type action implementations"""

from osc_lib.cli import format_columns
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import qos_type as _qos_type
from osc_share_plugin.v2.common import targets
from osc_share_plugin.v2 import common

#: Specs: ``key='value'`` in a table, a dict in JSON/YAML.
FORMATTERS = {'specs': format_columns.DictColumn}
LIST_COLUMNS = common.columns(
    _qos_type.QosType, ('id', 'ID'), 'name', 'description', 'specs',
    'created_at', 'updated_at',
)  # fmt: skip


QOS_TYPE = targets.Target(
    'qos_type', 'find_qos_type', plural='qos_types', metavar='<qos_type>'
)


class _QosTypeCommand:
    """QoS types exist in the API from 2.94 on."""

    min_version = '2.94'


def _add_spec_option(parser, help_text, metavar='<key=value>', **kwargs):
    common.add_option(
        parser,
        '--spec',
        metavar=metavar,
        action='append',
        help=help_text,
        **kwargs,
    )


def _specs(pairs):
    """``['peak_iops=300']`` -> ``{'peak_iops': '300'}``, checked."""
    specs = {}
    for pair in pairs or ():
        key, sep, value = pair.partition('=')
        if not sep or not key:
            raise exceptions.CommandError(
                _('--spec %r is not of the form key=value') % pair
            )
        specs[key] = value
    return specs


def _show(qos_type):
    return common.show_item(
        qos_type, hidden=('location',), formatters=FORMATTERS
    )


class CreateShareQosType(_QosTypeCommand, common.ShowOne):
    _description = _('Create a QoS type')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        parser.add_argument(
            'name', metavar='<name>', help=_('QoS type name (unique)'))
        common.add_option(
            parser, '--description', attr=True,
            help=_('QoS type description'))
        _add_spec_option(
            parser, _('A spec of the QoS type, such as peak_iops=300 '
                      '(repeat option to set multiple specs)'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        attrs = common.get_attrs(self, parsed_args)
        specs = _specs(parsed_args.spec)
        if specs:
            attrs['specs'] = specs
        return _show(self.client.create_qos_type(parsed_args.name, **attrs))


class DeleteShareQosType(_QosTypeCommand, common.RemoveCommand):
    _description = _('Delete one or more QoS types')
    noun = _('QoS types')
    call = 'delete_qos_type'
    target = QOS_TYPE

    def add_targets(self, parser):
        return QOS_TYPE.add(
            parser,
            _('QoS type(s) to delete (name or ID)'),
            many=True,
            metavar='<qos_types>',
        )


class ListShareQosType(_QosTypeCommand, common.Lister):
    _description = _('List QoS types')
    resource = _qos_type.QosType

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        common.add_name_filters(parser, _('QoS type'), like_min_version=None)
        # fmt: off
        add(parser, '--limit', metavar='<num>', type=common.positive_int,
            attr='limit',
            help=_('Return at most this many QoS types (one server-side '
                   'page)'))
        add(parser, '--offset', metavar='<num>', type=common.non_negative_int,
            attr='offset', help=_('Skip this many QoS types first'))
        add(parser, '--sort-key', '--sort_key', metavar='<key>',
            attr='sort_key',
            help=_('Sort on the server by this key (such as name or '
                   'created_at)'))
        add(parser, '--sort-dir', '--sort_dir', metavar='<direction>',
            attr='sort_dir', choices=('asc', 'desc'),
            help=_('Sort direction: asc or desc'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        return common.list_items(
            self, parsed_args, self.client.qos_types, LIST_COLUMNS,
            formatters=FORMATTERS,
        )  # fmt: skip


class ShowShareQosType(_QosTypeCommand, common.ShowOne):
    _description = _('Show a QoS type')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        QOS_TYPE.add(parser, _('QoS type to show (name or ID)'))
        return parser

    def take_action(self, parsed_args):
        return _show(QOS_TYPE.find_given(self.client, parsed_args))


class SetShareQosType(_QosTypeCommand, common.Command):
    _description = _('Set the description or specs of a QoS type')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        QOS_TYPE.add(parser, _('QoS type to modify (name or ID)'))
        common.add_option(
            parser, '--description', help=_('New QoS type description')
        )
        _add_spec_option(
            parser,
            _(
                'Add or change a spec, such as peak_iops=300 (repeat option '
                'to set multiple specs)'
            ),
        )
        return parser

    def take_action(self, parsed_args):
        specs = _specs(parsed_args.spec)
        qos_type = QOS_TYPE.find_given(self.client, parsed_args)
        client = self.client
        steps = []
        if parsed_args.description is not None:
            steps.append(
                lambda: client.update_qos_type(
                    qos_type, description=parsed_args.description
                )
            )
        if specs:
            steps.append(
                lambda: client.update_qos_type_specs(qos_type, **specs)
            )
        common.run_steps(steps, _('QoS type'), qos_type)


class UnsetShareQosType(_QosTypeCommand, common.ChangeCommand):
    _description = _('Unset the description or specs of a QoS type')
    noun = _('QoS type')
    update = 'update_qos_type'
    target = QOS_TYPE
    target_help = _('QoS type to modify (name or ID)')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        description = common.add_option(
            parser,
            '--description',
            action='store_true',
            default=False,
            attr='description',
            help=_('Clear the QoS type description'),
        )
        description.clears = True  # sent as None: see common.cleared_attrs
        _add_spec_option(
            parser,
            _('Remove this spec (repeat option to remove multiple specs)'),
            metavar='<key>',
            step=('delete_qos_type_specs', {'ignore_missing': False}),
        )
        return parser
