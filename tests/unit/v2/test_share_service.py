"""openstack share service ..."""

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions

from osc_share_plugin.sdk.v2 import service as _service
from osc_share_plugin.v2 import share_service
from tests.unit.v2 import fakes

SHORT = ('ID', 'Binary', 'Host', 'Zone', 'Status', 'State', 'Updated At')


def row(s, *extra):
    return (
        s.id, s.binary, s.host, s.availability_zone, s.status, s.state,
        s.updated_at,
    ) + extra  # fmt: skip


class TestServiceList(fakes.CommandTestCase):
    command = share_service.ListShareService

    def setUp(self):
        super().setUp()
        self.services = fakes.fakes(_service.Service, ensuring=True)
        self.client.services.return_value = iter(self.services)

    def test_list_at_2_99(self):
        columns, rows = self.run_command([])
        self.client.services.assert_called_once_with()
        self.assertEqual(SHORT + ('Disabled Reason', 'Ensuring'), columns)
        self.assertEqual(
            [row(s, s.disabled_reason, True) for s in self.services],
            [tuple(r) for r in rows],
        )

    def test_columns_follow_the_microversion(self):
        self.set_share_api_version('2.83')
        columns, _rows = self.run_command([])
        self.assertEqual(SHORT + ('Disabled Reason',), columns)
        self.set_share_api_version('2.82')
        self.client.services.return_value = iter(self.services)
        columns, rows = self.run_command([])
        self.assertEqual(SHORT, columns)
        self.assertEqual(row(self.services[0]), tuple(next(iter(rows))))

    def test_every_filter(self):
        self.run_command(
            ['--host', 'h@b', '--binary', 'manila-share', '--status',
             'enabled', '--state', 'up', '--zone', 'nova', '--ensuring',
             'False']
        )  # fmt: skip
        self.client.services.assert_called_once_with(
            host='h@b', binary='manila-share', status='enabled', state='up',
            zone='nova', ensuring='False',
        )  # fmt: skip

    def test_bad_state(self):
        self.assertRaises(
            fakes.osc_base.ParserException, self.parse, ['--state', 'sideways']
        )

    def test_ensuring_needs_2_93(self):
        self.set_share_api_version('2.92')
        parsed = self.parse(['--ensuring', 'True'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.services.assert_not_called()


class TestServiceSet(fakes.CommandTestCase):
    command = share_service.SetShareService

    def test_enable(self):
        self.assertIsNone(
            self.run_command(['h@b', 'manila-share', '--enable'])
        )
        self.client.enable_service.assert_called_once_with(
            'h@b', 'manila-share'
        )
        self.client.disable_service.assert_not_called()

    def test_disable_with_reason(self):
        self.run_command(
            ['h@b', 'manila-share', '--disable', '--disable-reason', 'fix']
        )
        self.client.disable_service.assert_called_once_with(
            'h@b', 'manila-share', disable_reason='fix'
        )

    def test_disable_without_reason(self):
        self.run_command(['h@b', 'manila-data', '--disable'])
        self.client.disable_service.assert_called_once_with(
            'h@b', 'manila-data', disable_reason=None
        )

    def test_needs_one_of_enable_or_disable(self):
        for argv in ([], ['--enable', '--disable']):
            parsed = self.parse(['h', 'manila-share'] + argv)
            err = self.assertRaises(
                exceptions.CommandError, self.cmd.run, parsed
            )
            self.assertEqual('Give one of --enable or --disable', str(err))
        self.client.enable_service.assert_not_called()
        self.client.disable_service.assert_not_called()

    def test_reason_only_with_disable(self):
        parsed = self.parse(
            ['h', 'manila-share', '--enable', '--disable-reason', 'x']
        )
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.enable_service.assert_not_called()

    def test_reason_needs_2_83(self):
        self.set_share_api_version('2.82')
        parsed = self.parse(
            ['h', 'manila-share', '--disable', '--disable-reason', 'x']
        )
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.disable_service.assert_not_called()

    def test_unknown_host_or_binary(self):
        self.client.disable_service.side_effect = (
            sdk_exceptions.NotFoundException(
                'Could not find binary manila-x on host h.'
            )
        )
        parsed = self.parse(['h', 'manila-x', '--disable'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertEqual('Could not find binary manila-x on host h.', str(err))


class TestServiceEnsureShares(fakes.CommandTestCase):
    command = share_service.EnsureShareServiceShares

    def test_ensure(self):
        self.assertIsNone(self.run_command(['h@b']))
        self.client.ensure_service_shares.assert_called_once_with('h@b')

    def test_needs_2_86(self):
        self.set_share_api_version('2.85')
        parsed = self.parse(['h@b'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.ensure_service_shares.assert_not_called()

    def test_unknown_host(self):
        self.client.ensure_service_shares.side_effect = (
            sdk_exceptions.NotFoundException(
                'The resource could not be found.'
            )
        )
        parsed = self.parse(['nohost'])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertEqual('No manila-share service on host nohost', str(err))
