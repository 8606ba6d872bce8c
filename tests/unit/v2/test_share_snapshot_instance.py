"""openstack share snapshot instance ..."""

from openstack import exceptions as sdk_exceptions
from osc_lib import exceptions
from osc_lib.test import base as osc_base

from osc_share_plugin.sdk.v2 import share_snapshot as _snapshot
from osc_share_plugin.sdk.v2 import share_snapshot_instance as _instance
from osc_share_plugin.v2 import share_snapshot_instance
from tests.unit.v2 import fakes


def an_instance(**attrs):
    return fakes.fake(_instance.ShareSnapshotInstance, **attrs)


def a_location(**attrs):
    return fakes.fake(_instance.ShareSnapshotInstanceExportLocation, **attrs)


class InstanceTestCase(fakes.CommandTestCase):
    def assertRefused(self, argv, *needles):
        parsed = self.parse(argv)
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        for needle in needles:
            self.assertIn(needle, str(err))
        return err


class TestListShareSnapshotInstance(InstanceTestCase):
    command = share_snapshot_instance.ListShareSnapshotInstance

    def setUp(self):
        super().setUp()
        self.instances = [an_instance(), an_instance()]
        self.client.share_snapshot_instances.return_value = iter(
            self.instances
        )

    def test_list(self):
        headers, rows = self.run_command([])
        self.assertEqual(('ID', 'Snapshot ID', 'Status'), headers)
        i = self.instances[0]
        self.assertEqual((i.id, i.snapshot_id, i.status), tuple(list(rows)[0]))
        self.client.share_snapshot_instances.assert_called_once_with(
            details=False
        )

    def test_list_snapshot_by_name_detailed(self):
        snapshot = fakes.fake(_snapshot.ShareSnapshot, name='snap')
        self.client.find_share_snapshot.return_value = snapshot
        headers, _rows = self.run_command(['--snapshot', 'snap', '--detailed'])
        self.assertEqual(
            (
                'ID',
                'Snapshot ID',
                'Status',
                'Created At',
                'Updated At',
                'Share ID',
                'Share Instance ID',
                'Progress',
                'Provider Location',
            ),
            headers,
        )
        # Name or ID, of any project: an admin command.
        self.client.find_share_snapshot.assert_called_once_with(
            'snap', ignore_missing=False, all_projects=True
        )
        self.client.share_snapshot_instances.assert_called_once_with(
            details=True, snapshot_id=snapshot.id
        )

    def test_member_is_refused_in_one_line(self):
        self.client.share_snapshot_instances.side_effect = (
            sdk_exceptions.ForbiddenException(
                'Policy doesn\'t allow share_snapshot_instance:index'
            )
        )
        parsed = self.parse([])
        err = self.assertRaises(exceptions.CommandError, self.cmd.run, parsed)
        self.assertIn('Policy', str(err))
        self.assertEqual(1, len(str(err).splitlines()))

    def test_below_2_19(self):
        self.set_share_api_version('2.18')
        self.assertRefused([], '2.19')
        self.client.share_snapshot_instances.assert_not_called()


class TestShowShareSnapshotInstance(InstanceTestCase):
    command = share_snapshot_instance.ShowShareSnapshotInstance

    def test_show(self):
        instance = an_instance()
        self.client.get_share_snapshot_instance.return_value = instance
        self.client.share_snapshot_instance_export_locations.return_value = (
            iter([a_location(path='1.1.1.1:/p')])
        )
        columns, data = self.run_command([instance.id])
        shown = dict(zip(columns, data))
        self.client.get_share_snapshot_instance.assert_called_once_with(
            instance.id
        )
        self.assertEqual(
            instance.provider_location, shown['provider_location']
        )
        self.assertEqual(
            '1.1.1.1:/p',
            shown['export_locations'].machine_readable()[0]['path'],
        )

    def test_show_before_2_32(self):
        self.set_share_api_version('2.31')
        self.client.get_share_snapshot_instance.return_value = an_instance()
        columns, _data = self.run_command(['i1'])
        self.assertNotIn('export_locations', columns)
        self.client.share_snapshot_instance_export_locations.assert_not_called()


class TestSetShareSnapshotInstance(InstanceTestCase):
    command = share_snapshot_instance.SetShareSnapshotInstance

    def test_default_status_is_available(self):
        self.run_command(['i1'])
        self.client.reset_share_snapshot_instance_status.assert_called_once_with(
            'i1', 'available'
        )

    def test_status(self):
        self.run_command(['i1', '--status', 'error_deleting'])
        self.client.reset_share_snapshot_instance_status.assert_called_once_with(
            'i1', 'error_deleting'
        )

    def test_bad_status(self):
        self.assertRaises(
            osc_base.ParserException,
            self.parse,
            ['i1', '--status', 'manage_error'],
        )


class TestSnapshotInstanceExportLocations(InstanceTestCase):
    command = share_snapshot_instance.ListShareSnapshotInstanceExportLocation

    def test_list(self):
        location = a_location(is_admin_only=True)
        self.client.share_snapshot_instance_export_locations.return_value = (
            iter([location])
        )
        headers, rows = self.run_command(['i1'])
        self.assertEqual(('ID', 'Path', 'Is Admin only'), headers)
        self.assertEqual(
            [(location.id, location.path, True)], [tuple(r) for r in rows]
        )
        self.client.share_snapshot_instance_export_locations.assert_called_once_with(
            snapshot_instance_id='i1'
        )

    def test_show(self):
        self.cmd = (
            share_snapshot_instance.ShowShareSnapshotInstanceExportLocation(
                self.app, None
            )
        )
        location = a_location()
        self.client.get_share_snapshot_instance_export_location.return_value = location
        columns, data = self.run_command(['i1', 'el1'])
        self.client.get_share_snapshot_instance_export_location.assert_called_once_with(
            'el1', 'i1'
        )
        self.assertEqual(location.path, dict(zip(columns, data))['path'])
        self.assertNotIn('snapshot_instance_id', columns)

    def test_below_2_32(self):
        self.set_share_api_version('2.31')
        self.assertRefused(['i1'], '2.32')
