"""Share limits action implementations"""

from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import limit as _limit
from osc_share_plugin.v2 import common

ABSOLUTE_HEADERS = ('Name', 'Value')
RATE_HEADERS = (
    'Verb', 'Regex', 'URI', 'Value', 'Remaining', 'Unit', 'Next Available',
)  # fmt: skip


class ShowShareLimits(common.Lister):
    _description = _(
        'Show the absolute limits (the default) or the rate limits of the '
        'project'
    )
    resource = _limit.Limit

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        parser.add_argument(
            '--absolute', action='store_true', default=False,
            help=_('Show the absolute limits (the default)'))
        parser.add_argument(
            '--rate', action='store_true', default=False,
            help=_('Show the rate limits'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        if parsed_args.absolute and parsed_args.rate:
            raise exceptions.CommandError(
                _('--absolute and --rate cannot be used together')
            )
        limits = next(iter(self.client.limits()), None)
        if parsed_args.rate:
            rows = [
                (
                    limit.get('verb'), rate.get('regex'), rate.get('uri'),
                    limit.get('value'), limit.get('remaining'),
                    limit.get('unit'), limit.get('next-available'),
                )
                for rate in (limits and limits.rate) or []
                for limit in rate.get('limit') or []
            ]  # fmt: skip
            return RATE_HEADERS, rows
        absolute = (limits and limits.absolute) or {}
        return ABSOLUTE_HEADERS, sorted(absolute.items())
