"""openstack share limits show"""

from osc_lib import exceptions

from osc_share_plugin.sdk.v2 import limit as _limit
from osc_share_plugin.v2 import share_limits
from tests.unit.v2 import fakes

RATE = [
    {'uri': '*/shares', 'regex': '.*', 'limit': [
        {'verb': 'POST', 'value': 10, 'remaining': 9, 'unit': 'MINUTE',
         'next-available': '2026-01-01T00:00:00Z'},
        {'verb': 'GET', 'value': 100, 'remaining': 100, 'unit': 'MINUTE',
         'next-available': '2026-01-01T00:00:01Z'},
    ]},
]  # fmt: skip


class TestLimitsShow(fakes.CommandTestCase):
    command = share_limits.ShowShareLimits

    def setUp(self):
        super().setUp()
        self.client.limits.return_value = iter([
            _limit.Limit.existing(
                absolute={'maxTotalShares': 50, 'totalSharesUsed': -1,
                          'maxTotalShareBackups': 10},
                rate=RATE,
            )
        ])  # fmt: skip

    def test_neither_option_shows_absolute_limits(self):
        columns, rows = self.run_command([])
        self.client.limits.assert_called_once_with()
        self.assertEqual(('Name', 'Value'), columns)
        self.assertEqual(
            [('maxTotalShareBackups', 10), ('maxTotalShares', 50),
             ('totalSharesUsed', -1)],
            list(rows),
        )  # fmt: skip

    def test_absolute(self):
        columns, rows = self.run_command(['--absolute'])
        self.assertEqual(('Name', 'Value'), columns)
        self.assertEqual(3, len(list(rows)))

    def test_rate(self):
        columns, rows = self.run_command(['--rate'])
        self.assertEqual(
            ('Verb', 'Regex', 'URI', 'Value', 'Remaining', 'Unit',
             'Next Available'),
            columns,
        )  # fmt: skip
        self.assertEqual(
            [('POST', '.*', '*/shares', 10, 9, 'MINUTE',
              '2026-01-01T00:00:00Z'),
             ('GET', '.*', '*/shares', 100, 100, 'MINUTE',
              '2026-01-01T00:00:01Z')],
            list(rows),
        )  # fmt: skip

    def test_no_rate_limits(self):
        self.client.limits.return_value = iter(
            [_limit.Limit.existing(absolute={}, rate=[])]
        )
        columns, rows = self.run_command(['--rate'])
        self.assertEqual([], list(rows))

    def test_both_refused(self):
        parsed = self.parse(['--absolute', '--rate'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.limits.assert_not_called()
