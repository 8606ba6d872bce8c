"""openstack share availability zone list"""

from osc_lib import exceptions

from osc_share_plugin.sdk.v2 import availability_zone as _az
from osc_share_plugin.v2 import share_availability_zone
from tests.unit.v2 import fakes


class TestAvailabilityZoneList(fakes.CommandTestCase):
    command = share_availability_zone.ListShareAvailabilityZone

    def test_list(self):
        zones = fakes.fakes(_az.AvailabilityZone)
        self.client.availability_zones.return_value = iter(zones)
        columns, rows = self.run_command([])
        self.client.availability_zones.assert_called_once_with()
        self.assertEqual(('Id', 'Name', 'Created At', 'Updated At'), columns)
        self.assertEqual(
            [(z.id, z.name, z.created_at, z.updated_at) for z in zones],
            [tuple(r) for r in rows],
        )

    def test_needs_2_7(self):
        self.set_share_api_version('2.6')
        parsed = self.parse([])
        self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.client.availability_zones.assert_not_called()
