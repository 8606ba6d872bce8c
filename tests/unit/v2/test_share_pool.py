"""openstack share pool list"""

from unittest import mock

from openstack import exceptions as sdk_exceptions
from osc_lib.cli import format_columns
from osc_lib import exceptions

from osc_share_plugin.sdk.v2 import storage_pool as _pool
from osc_share_plugin.v2 import share_pool
from tests.unit.v2 import fakes


class TestPoolList(fakes.CommandTestCase):
    command = share_pool.ListSharePool

    def setUp(self):
        super().setUp()
        self.pools = fakes.fakes(
            _pool.StoragePool, capabilities={'free_capacity_gb': 10.0}
        )
        self.client.storage_pools.return_value = iter(self.pools)

    def test_list(self):
        columns, rows = self.run_command([])
        self.client.storage_pools.assert_called_once_with(details=False)
        self.assertEqual(('Name', 'Host', 'Backend', 'Pool'), columns)
        self.assertEqual(
            [(p.name, p.host, p.backend, p.pool) for p in self.pools],
            [tuple(r) for r in rows],
        )

    def test_list_detail_every_filter(self):
        self.client.find_share_type.return_value = mock.Mock(id='type-id')
        columns, rows = self.run_command(
            ['--host', 'h', '--backend', 'b', '--pool', 'p',
             '--share-type', 'gold', '--detail']
        )  # fmt: skip
        self.client.storage_pools.assert_called_once_with(
            details=True, host='h', backend='b', pool='p', share_type='type-id'
        )
        self.assertEqual(
            ('Name', 'Host', 'Backend', 'Pool', 'Capabilities'), columns
        )
        capabilities = list(rows)[0][4]
        self.assertIsInstance(capabilities, format_columns.DictColumn)
        # -f json: capabilities as structured data.
        self.assertEqual(
            {'free_capacity_gb': 10.0}, capabilities.machine_readable()
        )

    def test_share_type_needs_2_23(self):
        self.set_share_api_version('2.22')
        parsed = self.parse(['--share-type', 'gold'])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.storage_pools.assert_not_called()

    def test_member_is_refused(self):
        self.client.storage_pools.side_effect = (
            sdk_exceptions.ForbiddenException('Access was denied.')
        )
        parsed = self.parse([])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertEqual('Access was denied.', str(err))
