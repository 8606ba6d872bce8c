"""openstack share qos type ..."""

from openstack import exceptions as sdk_exceptions
from osc_lib.cli import format_columns
from osc_lib import exceptions

from osc_share_plugin.sdk.v2 import qos_type as _qos_type
from osc_share_plugin.v2 import share_qos_type
from tests.unit.v2 import fakes

SHOW_COLUMNS = (
    'created_at', 'description', 'id', 'name', 'specs', 'updated_at'
)  # fmt: skip


class QosTestCase(fakes.CommandTestCase):
    def setUp(self):
        super().setUp()
        self.qos = fakes.fake(_qos_type.QosType, specs={'peak_iops': '300'})
        self.client.find_qos_type.return_value = self.qos

    def assertCommandError(self, argv, message=None):
        parsed = self.parse(argv)
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        if message:
            self.assertEqual(message, str(err))
        return err


class TestQosTypeCreate(QosTestCase):
    command = share_qos_type.CreateShareQosType

    def test_create(self):
        self.client.create_qos_type.return_value = self.qos
        columns, data = self.run_command(
            ['gold', '--description', 'd', '--spec', 'peak_iops=300',
             '--spec', 'expected_iops=a=b']
        )  # fmt: skip
        self.client.create_qos_type.assert_called_once_with(
            'gold', description='d',
            specs={'peak_iops': '300', 'expected_iops': 'a=b'},
        )  # fmt: skip
        self.assertEqual(SHOW_COLUMNS, columns)
        specs = dict(zip(columns, data))['specs']
        self.assertEqual({'peak_iops': '300'}, specs.machine_readable())

    def test_create_name_only(self):
        self.client.create_qos_type.return_value = self.qos
        self.run_command(['gold'])
        self.client.create_qos_type.assert_called_once_with('gold')

    def test_spec_without_equals(self):
        self.assertCommandError(
            ['gold', '--spec', 'peak_iops'],
            "--spec 'peak_iops' is not of the form key=value",
        )
        self.client.create_qos_type.assert_not_called()

    def test_needs_2_94(self):
        self.set_share_api_version('2.93')
        self.assertCommandError(['gold'])
        self.client.create_qos_type.assert_not_called()


class TestQosTypeDelete(QosTestCase):
    command = share_qos_type.DeleteShareQosType

    def test_delete_several_partial_failure(self):
        self.client.find_qos_type.side_effect = [
            self.qos,
            sdk_exceptions.NotFoundException('No QosType found for nope'),
        ]
        self.assertCommandError(
            [self.qos.name, 'nope'], '1 of 2 QoS types failed to delete.'
        )
        self.client.delete_qos_type.assert_called_once_with(
            self.qos, ignore_missing=False
        )
        self.assertIn('No QosType found for nope', self.logger.output)


class TestQosTypeList(QosTestCase):
    command = share_qos_type.ListShareQosType

    def test_list(self):
        self.client.qos_types.return_value = iter([self.qos])
        columns, rows = self.run_command([])
        self.client.qos_types.assert_called_once_with()
        self.assertEqual(
            ('ID', 'Name', 'Description', 'Specs', 'Created At',
             'Updated At'),
            columns,
        )  # fmt: skip
        first = tuple(next(iter(rows)))
        self.assertEqual(self.qos.id, first[0])
        self.assertIsInstance(first[3], format_columns.DictColumn)

    def test_every_filter(self):
        self.client.qos_types.return_value = iter([])
        self.run_command(
            ['--name', 'n', '--name~', 'n-part', '--description', 'd',
             '--description~', 'd-part', '--limit', '2', '--offset', '1',
             '--sort_key', 'name', '--sort-dir', 'desc']
        )  # fmt: skip
        self.client.qos_types.assert_called_once_with(**{
            'name': 'n', 'name~': 'n-part', 'description': 'd',
            'description~': 'd-part', 'limit': 2, 'offset': 1,
            'sort_key': 'name', 'sort_dir': 'desc',
        })  # fmt: skip


class TestQosTypeShow(QosTestCase):
    command = share_qos_type.ShowShareQosType

    def test_show(self):
        columns, data = self.run_command([self.qos.name])
        self.client.find_qos_type.assert_called_once_with(
            self.qos.name, ignore_missing=False
        )
        self.assertEqual(SHOW_COLUMNS, columns)
        self.assertEqual(self.qos.id, dict(zip(columns, data))['id'])


class TestQosTypeSet(QosTestCase):
    command = share_qos_type.SetShareQosType

    def test_set_description_and_specs(self):
        self.run_command(
            [self.qos.name, '--description', 'new', '--spec', 'peak_iops=500']
        )
        self.client.update_qos_type.assert_called_once_with(
            self.qos, description='new'
        )
        self.client.update_qos_type_specs.assert_called_once_with(
            self.qos, peak_iops='500'
        )

    def test_set_nothing_changes_nothing(self):
        self.run_command([self.qos.name])
        self.client.update_qos_type.assert_not_called()
        self.client.update_qos_type_specs.assert_not_called()

    def test_spec_without_equals_changes_nothing(self):
        self.assertCommandError(
            [self.qos.name, '--description', 'x', '--spec', 'bad']
        )
        self.client.find_qos_type.assert_not_called()
        self.client.update_qos_type.assert_not_called()

    def test_one_failed_change(self):
        self.client.update_qos_type_specs.side_effect = (
            sdk_exceptions.BadRequestException('bad spec')
        )
        err = self.assertCommandError(
            [self.qos.name, '--description', 'new', '--spec', 'k=v']
        )
        self.assertIn('1 of 2 changes to QoS type', str(err))
        self.client.update_qos_type.assert_called_once_with(
            self.qos, description='new'
        )


class TestQosTypeUnset(QosTestCase):
    command = share_qos_type.UnsetShareQosType

    def test_unset(self):
        self.run_command(
            [self.qos.name, '--description', '--spec', 'a', '--spec', 'b']
        )
        self.client.update_qos_type.assert_called_once_with(
            self.qos, description=None
        )
        self.client.delete_qos_type_specs.assert_called_once_with(
            self.qos, ['a', 'b'], ignore_missing=False
        )

    def test_missing_spec(self):
        self.client.delete_qos_type_specs.side_effect = (
            sdk_exceptions.NotFoundException('QoS type specs not found: a')
        )
        # One change: its failure is the error itself.
        self.assertCommandError(
            [self.qos.name, '--spec', 'a'],
            f'QoS type {self.qos.name}: QoS type specs not found: a',
        )
        self.client.update_qos_type.assert_not_called()
